import { Composer } from "grammy";
import type { AppLogger } from "../../logger.ts";
import type { BotMetrics } from "../../metrics/metrics.ts";
import type { BotStore } from "../../store/bot-store.ts";
import type { VoteResult } from "../../store/feedback-log.ts";
import { answerKeyboard } from "../answer-keyboard.ts";
import { chatKey, type BotState } from "../bot-state.ts";
import { VOTE_BUTTON } from "../callback-data.ts";
import type { BotContext } from "../context.ts";
import { bestEffort, warnOnly } from "../warn-only.ts";

/**
 * 👍 / 👎 under an answer: recorded once per person and answer (pressing the other one changes the
 * vote; the same one again changes nothing), and acknowledged by editing the buttons — the chosen one
 * says thanks — never with a new message. A press on an answer past the retention says so.
 */
export function feedbackFeature(options: { store: BotStore; state: BotState; metrics: BotMetrics; logger: AppLogger }): Composer<BotContext> {
  const { store, state, metrics, logger } = options;
  const composer = new Composer<BotContext>();

  composer.callbackQuery(VOTE_BUTTON.pattern, async (ctx, next) => {
    const data = VOTE_BUTTON.unpack(ctx.callbackQuery.data);
    if (!data) return next();
    const result = bestEffort<VoteResult>(logger, "recording a vote", () => store.feedback.vote(data.answer, ctx.from.id, data.vote), { status: "unknown" });
    if (result.status === "unknown") {
      await ctx.answerCallbackQuery({ text: ctx.t.voteExpired });
      return;
    }
    await ctx.answerCallbackQuery();
    if (result.status === "unchanged") return;
    metrics.feedback(result.vote);
    logger.info({ vote: result.vote, changed: result.status === "changed" }, "feedback recorded");
    // Keep "More" while its passages are still pending for this chat.
    const chatId = ctx.chat?.id ?? ctx.from.id;
    const more = bestEffort(logger, "reading the More passages", () => state.more.get(data.answer)?.chat === chatKey(store, chatId), false);
    if (ctx.callbackQuery.message === undefined && ctx.callbackQuery.inline_message_id === undefined) return;
    await ctx
      .editMessageReplyMarkup({ reply_markup: answerKeyboard(data.answer, result.lang, { vote: result.vote, more }) })
      .catch(warnOnly(logger, "thanking for a vote"));
  });

  return composer;
}
