import { limit } from "@grammyjs/ratelimiter";
import { Composer, InlineKeyboard, type Context } from "grammy";
import { detectLanguage } from "../../corpus/language.ts";
import { formatAnswer } from "../../answer/telegram-format.ts";
import type { PreviousTurn } from "../../answer/types.ts";
import { isAppError } from "../../errors.ts";
import { BoundedMap } from "../bounded-map.ts";
import type { BotDeps } from "../deps.ts";
import { langOf, replyHtml, textsOf } from "../reply.ts";
import { sendHtml } from "../send-html.ts";
import { BOT_TEXTS, errorReply } from "../texts.ts";

/** Users (per chat) whose previous turn is kept (for follow-ups), at most. */
const MAX_TURNS = 1000;
/** How long a previous turn is kept for a follow-up, in ms (10 minutes). */
const TURN_TTL_MS = 10 * 60 * 1000;
/** Passages from this rank on are behind the "More" button. */
const MORE_FROM_RANK = 4;

/**
 * Questions: any text in a private chat, /ask in any chat, and in groups a message that mentions
 * the bot or replies to it. Rate limited per user. Each user's last answered question in a chat is
 * kept for 10 minutes so that a follow-up ("and in Dagestan?") is understood. Private text that
 * starts with "/" is an unknown command here: it passes on (see `otherUpdatesFeature`).
 * Must come after every other command handler, since it takes any text.
 */
export function questionsFeature(deps: BotDeps): Composer<Context> {
  const { service, logger } = deps;
  // Per user and chat: in a group, one person's question is never read as another's follow-up.
  const turns = new BoundedMap<string, PreviousTurn>(MAX_TURNS, TURN_TTL_MS, deps.now);
  const turnKey = (ctx: Context, chatId: number) => `${chatId}:${ctx.from?.id ?? "anonymous"}`;
  const composer = new Composer<Context>();

  const questionLimiter = limit<Context, never>({
    timeFrame: 60_000,
    limit: deps.rateLimitPerMinute,
    keyGenerator: (ctx) => ctx.from?.id.toString(),
    // Returning the promise lets the limiter's middleware wait for the reply.
    onLimitExceeded: async (ctx) => {
      logger.info({ userId: ctx.from?.id }, "rate limit reached");
      await replyHtml(ctx, textsOf(ctx).rateLimited).catch(deps.warnOnly("rate-limit reply"));
    },
  });

  async function askQuestion(ctx: Context, question: string): Promise<void> {
    const chatId = ctx.chat?.id;
    if (chatId === undefined) return;
    // The language the service answers in, so the bot's own words (refusals) agree with it.
    const hint = langOf(ctx);
    const fallbackLang = detectLanguage(question, hint);
    ctx.replyWithChatAction("typing").catch(deps.warnOnly("sendChatAction"));
    const previous = turns.get(turnKey(ctx, chatId));
    let result;
    try {
      result = await service.answer(question, { ...(previous ? { previous } : {}), lang: hint });
    } catch (error) {
      if (!isAppError(error)) throw error;
      logger.info({ updateId: ctx.update.update_id, messageKey: error.messageKey, err: error }, "question refused");
      await replyHtml(ctx, errorReply(error.messageKey, fallbackLang));
      return;
    }
    logger.info(
      { updateId: ctx.update.update_id, chatId, lang: result.lang, abstained: result.abstained, quotes: result.quotes.length },
      "answered",
    );
    let keyboard: InlineKeyboard | undefined;
    const morePassages = result.passages.filter((p) => p.rank >= MORE_FROM_RANK);
    if (!result.abstained && morePassages.length > 0) {
      const id = deps.shortId();
      const docs = new Set(morePassages.map((p) => p.passage.doc));
      const sources = service.sources().filter((s) => docs.has(s.doc));
      deps.more.set(id, { lang: result.lang, chatId, passages: morePassages, sources });
      keyboard = new InlineKeyboard().text(BOT_TEXTS[result.lang].moreButton, `more:${id}`);
    }
    await sendHtml(ctx.api, chatId, formatAnswer(result), {
      ...(ctx.msg ? { replyTo: ctx.msg.message_id } : {}),
      ...(keyboard ? { keyboard } : {}),
      logger,
    });
    if (result.abstained) turns.delete(turnKey(ctx, chatId));
    // The searched question (a follow-up with its topic folded in), so a second follow-up keeps the topic.
    else turns.set(turnKey(ctx, chatId), { question: result.searchedQuestion, docs: [...new Set(result.quotes.map((q) => q.doc))] });
  }

  const limitedQuestion = (ctx: Context, question: string) => questionLimiter(ctx, () => askQuestion(ctx, question));

  composer.command("ask", async (ctx) => {
    const question = ctx.match.trim();
    if (question === "") {
      await replyHtml(ctx, textsOf(ctx).askUsage);
      return;
    }
    await limitedQuestion(ctx, question);
  });

  composer.on("message:text", async (ctx, next) => {
    const text = ctx.msg.text;
    if (ctx.chat.type === "private") {
      if (text.startsWith("/")) return next();
      await limitedQuestion(ctx, text);
      return;
    }
    // Groups: only when mentioned or replied to (commands like /ask are handled above).
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
      await replyHtml(ctx, textsOf(ctx).askUsage);
      return;
    }
    await limitedQuestion(ctx, question);
  });

  return composer;
}
