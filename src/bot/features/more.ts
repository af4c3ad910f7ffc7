import { Composer } from "grammy";
import { formatPassages } from "../telegram-format.ts";
import type { Source } from "../../answer/types.ts";
import type { AppLogger } from "../../logger.ts";
import type { BotStore } from "../../store/bot-store.ts";
import { answerKeyboard } from "../answer-keyboard.ts";
import { chatKey, type BotState } from "../bot-state.ts";
import { MORE_BUTTON } from "../callback-data.ts";
import type { BotContext } from "../context.ts";
import { sendHtml } from "../send-html.ts";
import { BOT_TEXTS } from "../texts.ts";
import { bestEffort, warnOnly } from "../warn-only.ts";

/**
 * The "More passages" button under an answer: sends the lower-ranked passages and their sources
 * kept when the answer was given (in the store: a button still works after a restart, for 30
 * minutes), once, then removes the button (the 👍/👎 stay). An expired or already used button, or
 * one pressed from another chat, says it has expired.
 */
export function moreFeature(options: { store: BotStore; state: BotState; logger: AppLogger }): Composer<BotContext> {
  const { store, state, logger } = options;
  const composer = new Composer<BotContext>();

  composer.callbackQuery(MORE_BUTTON.pattern, async (ctx, next) => {
    const data = MORE_BUTTON.unpack(ctx.callbackQuery.data);
    if (!data) return next();
    const chatId = ctx.chat?.id ?? ctx.from.id;
    const stored = bestEffort(logger, "reading the More passages", () => state.more.get(data.id), undefined);
    // A button pressed in another chat than the answer's is treated as unknown (never shows its passages).
    const entry = stored?.chat === chatKey(store, chatId) ? stored : undefined;
    if (!entry) {
      await ctx.answerCallbackQuery({ text: ctx.t.moreExpired });
      return;
    }
    const texts = BOT_TEXTS[entry.lang];
    await ctx.answerCallbackQuery();
    bestEffort(logger, "forgetting the More passages", () => state.more.delete(data.id), undefined);
    const sources = new Map<string, Source>(entry.sources.map((s) => [s.doc, s]));
    const html = formatPassages(entry.passages, entry.lang, (doc) => sources.get(doc));
    const messageId = ctx.callbackQuery.message?.message_id;
    // The 👍/👎 stay, showing the presser's vote if they gave one.
    const vote = bestEffort(logger, "reading the vote", () => store.feedback.voteOf(data.id, ctx.from.id), null);
    await ctx
      .editMessageReplyMarkup({ reply_markup: answerKeyboard(data.id, entry.lang, { vote, more: false }) })
      .catch(warnOnly(logger, "removing the More button"));
    await sendHtml(ctx.api, chatId, html === "" ? texts.moreNothing : html, {
      ...(messageId !== undefined ? { replyTo: messageId } : {}),
      logger,
    });
  });

  return composer;
}
