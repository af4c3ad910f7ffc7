import { limit } from "@grammyjs/ratelimiter";
import { Composer } from "grammy";
import { formatAnswer } from "../telegram-format.ts";
import type { AnswerResult, AnswerService } from "../../answer/types.ts";
import { detectLanguage } from "../../corpus/language.ts";
import { isAppError } from "../../errors.ts";
import type { AppLogger } from "../../logger.ts";
import type { BotMetrics } from "../../metrics/metrics.ts";
import type { BotStore } from "../../store/bot-store.ts";
import { answerKeyboard } from "../answer-keyboard.ts";
import { chatKey, turnKey, type BotState } from "../bot-state.ts";
import type { BotContext } from "../context.ts";
import { replyHtml } from "../reply.ts";
import { sendHtml } from "../send-html.ts";
import { shortId } from "../short-id.ts";
import { errorReply } from "../texts.ts";
import { bestEffort, warnOnly } from "../warn-only.ts";

/** Passages from this rank on are behind the "More" button. */
const MORE_FROM_RANK = 4;

/** What the questions feature needs. */
export interface QuestionsOptions {
  service: AnswerService;
  store: BotStore;
  state: BotState;
  metrics: BotMetrics;
  logger: AppLogger;
  /** Questions one user may ask per minute. */
  rateLimitPerMinute: number;
}

/**
 * Questions: any text in a private chat, /ask in any chat, and in groups a message that mentions
 * the bot or replies to it. Rate limited per user. Each user's last answered question in a chat is
 * kept for 10 minutes (in the store, so it survives a restart) so that a follow-up ("and in
 * Dagestan?") is understood. Every answer with quotes carries 👍/👎 (and "More" when there are further
 * passages); every question answered or abstained on is logged (text, language, time, outcome — no
 * user or chat). Private text that starts with "/" is an unknown command here: it passes on (see
 * `otherUpdatesFeature`). Must come after every other command handler, since it takes any text.
 */
export function questionsFeature(options: QuestionsOptions): Composer<BotContext> {
  const { service, store, state, metrics, logger } = options;
  const composer = new Composer<BotContext>();

  const questionLimiter = limit<BotContext, never>({
    timeFrame: 60_000,
    limit: options.rateLimitPerMinute,
    keyGenerator: (ctx) => ctx.from?.id.toString(),
    // Returning the promise lets the limiter's middleware wait for the reply.
    onLimitExceeded: async (ctx) => {
      logger.info({ userId: ctx.from?.id }, "rate limit reached");
      await replyHtml(ctx, ctx.t.rateLimited).catch(warnOnly(logger, "rate-limit reply"));
    },
  });

  async function askQuestion(ctx: BotContext, question: string): Promise<void> {
    const chatId = ctx.chat?.id;
    if (chatId === undefined) return;
    const startedAt = performance.now();
    // The language the service answers in, so the bot's own words (refusals) agree with it.
    const hint = ctx.lang;
    const fallbackLang = detectLanguage(question, hint);
    ctx.replyWithChatAction("typing").catch(warnOnly(logger, "sendChatAction"));
    const turn = turnKey(store, chatId, ctx.from?.id);
    const previous = bestEffort(logger, "reading the previous turn", () => state.turns.get(turn), undefined);
    let result: AnswerResult;
    try {
      result = await service.answer(question, { ...(previous ? { previous } : {}), lang: hint });
    } catch (error) {
      if (!isAppError(error)) {
        metrics.question("error");
        throw error;
      }
      metrics.question("refused");
      logger.info({ updateId: ctx.update.update_id, messageKey: error.messageKey, err: error }, "question refused");
      await replyHtml(ctx, errorReply(error.messageKey, fallbackLang));
      return;
    }
    logger.info(
      { updateId: ctx.update.update_id, chatId, lang: result.lang, abstained: result.abstained, quotes: result.quotes.length },
      "answered",
    );
    const answerRef = shortId();
    const docs = [...new Set(result.quotes.map((q) => q.doc))];
    bestEffort(
      logger,
      "logging the question",
      () =>
        store.questions.record({
          text: question,
          lang: result.lang,
          outcome: result.abstained ? "abstained" : "answered",
          ...(result.abstained ? {} : { answerRef, docs }),
        }),
      undefined,
    );
    const keyboard = result.abstained ? undefined : answerKeyboard(answerRef, result.lang, { more: keepMore(result, answerRef, chatId) });
    await sendHtml(ctx.api, chatId, formatAnswer(result), {
      ...(ctx.msg ? { replyTo: ctx.msg.message_id } : {}),
      ...(keyboard ? { keyboard } : {}),
      logger,
    });
    metrics.question(result.abstained ? "abstained" : "answered", (performance.now() - startedAt) / 1000);
    bestEffort(
      logger,
      "keeping the turn for follow-ups",
      () => {
        if (result.abstained) state.turns.delete(turn);
        // The searched question (a follow-up with its topic folded in), so a second follow-up keeps the topic.
        else state.turns.set(turn, { question: result.searchedQuestion, docs });
      },
      undefined,
    );
  }

  /** Keeps the passages from rank 4 on behind a "More" button; true when there are any (and they were kept). */
  function keepMore(result: AnswerResult, answerRef: string, chatId: number): boolean {
    const passages = result.passages.filter((p) => p.rank >= MORE_FROM_RANK);
    if (passages.length === 0) return false;
    const docs = new Set(passages.map((p) => p.passage.doc));
    const sources = service.sources().filter((s) => docs.has(s.doc));
    return bestEffort(
      logger,
      "keeping the More passages",
      () => {
        state.more.set(answerRef, { lang: result.lang, chat: chatKey(store, chatId), passages, sources });
        return true;
      },
      false,
    );
  }

  const limitedQuestion = (ctx: BotContext, question: string) => questionLimiter(ctx, () => askQuestion(ctx, question));

  composer.command("ask", async (ctx) => {
    const question = ctx.match.trim();
    if (question === "") {
      await replyHtml(ctx, ctx.t.askUsage);
      return;
    }
    await limitedQuestion(ctx, question);
  });

  composer.chatType("private").on("message:text", async (ctx, next) => {
    if (ctx.msg.text.startsWith("/")) return next();
    await limitedQuestion(ctx, ctx.msg.text);
  });

  // Groups: only when mentioned or replied to (commands like /ask are handled above).
  composer.chatType(["group", "supergroup"]).on("message:text", async (ctx) => {
    const text = ctx.msg.text;
    const username = `@${ctx.me.username}`.toLowerCase();
    const mentions = (ctx.msg.entities ?? []).filter(
      (e) => e.type === "mention" && text.slice(e.offset, e.offset + e.length).toLowerCase() === username,
    );
    const repliedToBot = ctx.msg.reply_to_message?.from?.id === ctx.me.id;
    if (mentions.length === 0 && !repliedToBot) return;
    let question = text;
    for (const mention of [...mentions].reverse()) {
      question = question.slice(0, mention.offset) + question.slice(mention.offset + mention.length);
    }
    question = question.trim();
    if (question === "") {
      await replyHtml(ctx, ctx.t.askUsage);
      return;
    }
    await limitedQuestion(ctx, question);
  });

  return composer;
}
