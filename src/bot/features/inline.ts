import { Composer } from "grammy";
import type { InlineQueryResultArticle } from "grammy/types";
import { sourceName } from "../../answer/source.ts";
import { formatQuote, splitHtml } from "../telegram-format.ts";
import type { AnswerService } from "../../answer/types.ts";
import { detectLanguage } from "../../corpus/language.ts";
import { isAppError } from "../../errors.ts";
import type { AppLogger } from "../../logger.ts";
import type { BotContext } from "../context.ts";
import { BOT_TEXTS } from "../texts.ts";

/** Quotes offered per inline query, at most. */
const MAX_INLINE_RESULTS = 5;
/** Longest title and description of an inline result, in characters (the rest is cut). */
const MAX_INLINE_LABEL = 200;

/**
 * Inline mode (`@bot question` in any chat): up to five quotes, each a ready-to-send message with
 * its source. No rate limiting and no follow-ups (inline queries have no chat). An empty query,
 * an abstention or a refused question shows a button that opens the bot's /help instead. Inline
 * queries are not logged (each keystroke is one): the question log holds questions asked in chats.
 */
export function inlineFeature(options: { service: AnswerService; logger: AppLogger }): Composer<BotContext> {
  const { service, logger } = options;
  const composer = new Composer<BotContext>();

  composer.on("inline_query", async (ctx) => {
    const query = ctx.inlineQuery.query.trim();
    // The service's answer language for this query, so the bot's hints and the quotes agree.
    const hint = ctx.lang;
    const texts = BOT_TEXTS[detectLanguage(query, hint)];
    if (query === "") {
      await ctx.answerInlineQuery([], { cache_time: 10, button: { text: texts.inlineHint, start_parameter: "help" } });
      return;
    }
    let results: InlineQueryResultArticle[] = [];
    try {
      const result = await service.answer(query, { lang: hint });
      if (!result.abstained) {
        results = result.quotes.slice(0, MAX_INLINE_RESULTS).map((quote, i) => ({
          type: "article",
          id: `${i}`,
          title: sourceName(quote.source).slice(0, MAX_INLINE_LABEL),
          description: quote.text.slice(0, MAX_INLINE_LABEL),
          input_message_content: {
            message_text: splitHtml(formatQuote(quote, result.lang))[0] ?? "",
            parse_mode: "HTML",
            link_preview_options: { is_disabled: true },
          },
        }));
      }
    } catch (error) {
      if (!isAppError(error)) throw error;
      logger.info({ messageKey: error.messageKey }, "inline question refused");
    }
    await ctx.answerInlineQuery(results, {
      cache_time: 10,
      ...(results.length === 0 ? { button: { text: texts.inlineNothing, start_parameter: "help" } } : {}),
    });
  });

  return composer;
}
