import { Composer, type Context } from "grammy";
import { formatPassages } from "../../answer/telegram-format.ts";
import type { Source } from "../../answer/types.ts";
import type { BotDeps } from "../deps.ts";
import { textsOf } from "../reply.ts";
import { sendHtml } from "../send-html.ts";
import { BOT_TEXTS } from "../texts.ts";

/**
 * The "More passages" button under an answer (`more:` callbacks): sends the lower-ranked passages
 * and their sources kept in `deps.more` when the answer was given, once, then removes the button.
 * An expired or already used button, or one pressed from another chat, says it has expired.
 */
export function moreFeature(deps: BotDeps): Composer<Context> {
  const { logger } = deps;
  const composer = new Composer<Context>();

  composer.callbackQuery(/^more:(\w+)$/, async (ctx) => {
    const id = ctx.match[1] ?? "";
    const chatId = ctx.chat?.id ?? ctx.from.id;
    const stored = deps.more.get(id);
    // A button pressed in another chat than the answer's is treated as unknown (never shows its passages).
    const entry = stored?.chatId === chatId ? stored : undefined;
    const texts = entry ? BOT_TEXTS[entry.lang] : textsOf(ctx);
    if (!entry) {
      await ctx.answerCallbackQuery({ text: texts.moreExpired });
      return;
    }
    await ctx.answerCallbackQuery();
    deps.more.delete(id);
    const sources = new Map<string, Source>(entry.sources.map((s) => [s.doc, s]));
    const html = formatPassages(entry.passages, entry.lang, (doc) => sources.get(doc));
    const messageId = ctx.callbackQuery.message?.message_id;
    await ctx.editMessageReplyMarkup().catch(deps.warnOnly("removing the More button"));
    await sendHtml(deps.api, chatId, html === "" ? texts.moreNothing : html, {
      ...(messageId !== undefined ? { replyTo: messageId } : {}),
      logger,
    });
  });

  return composer;
}
