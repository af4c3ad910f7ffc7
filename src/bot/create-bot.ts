import { sequentialize } from "@grammyjs/runner";
import { Bot, HttpError, type Transformer } from "grammy";
import type { AnswerService } from "../answer/types.ts";
import { MAX_SEED_BYTES } from "../corpus/seed-upload.ts";
import { isAppError } from "../errors.ts";
import type { AppLogger } from "../logger.ts";
import type { BotMetrics } from "../metrics/metrics.ts";
import type { BotStore } from "../store/bot-store.ts";
import { boundedApiRetry, describeApiFailure } from "./api-retry.ts";
import { BackgroundJobs } from "./background-jobs.ts";
import { openBotState } from "./bot-state.ts";
import { DEFAULT_API_ROOT } from "./connect.ts";
import { langMiddleware, type BotContext } from "./context.ts";
import { adminFeature } from "./features/admin.ts";
import { feedbackFeature } from "./features/feedback.ts";
import { helpFeature } from "./features/help.ts";
import { inlineFeature } from "./features/inline.ts";
import { moreFeature } from "./features/more.ts";
import { otherUpdatesFeature } from "./features/other-updates.ts";
import { questionsFeature } from "./features/questions.ts";
import { uploadFeature } from "./features/upload.ts";
import { chatReindexer } from "./reindex-from-chat.ts";
import { BOT_TEXTS, errorReply } from "./texts.ts";

/** What the bot needs; everything concrete is made by the caller (src/main.ts or a test). */
export interface CreateBotOptions {
  token: string;
  /** Bot API server, e.g. a local one; Telegram's when absent. */
  apiRoot?: string;
  service: AnswerService;
  /** What the bot remembers (question log, votes, follow-ups, pending buttons): see src/store/. */
  store: BotStore;
  /** Where the bot reports questions, rebuilds, votes and failed Bot API calls. */
  metrics: BotMetrics;
  /** Telegram user ids allowed to /reindex, /stats, /unanswered and upload articles. */
  adminIds: readonly number[];
  logger: AppLogger;
  /** Questions one user may ask per minute before a polite "slow down". */
  rateLimitPerMinute: number;
  /** Folder uploaded articles are saved into (the one the service indexes). */
  seedsDir: string;
  /** Messages older than this on arrival (a backlog after downtime) are dropped unanswered, in ms. Default 10 min. */
  staleAfterMs?: number;
  /** Largest accepted upload, in bytes. Default 1 MB. */
  maxUploadBytes?: number;
  /** Least time between two edits of the reindex progress message, in ms. Default 1000. */
  progressIntervalMs?: number;
  /** Clock, in ms since the epoch (for tests of expiry). */
  now?: () => number;
  /** Called after each update has been fully handled (success or failure), e.g. by tests and metrics. */
  onUpdateDone?: (updateId: number) => void;
}

/** The bot and what the process that runs it needs. */
export interface BotApp {
  bot: Bot<BotContext>;
  /** Registers the command menu in English (default) and Russian; failures are logged as warnings. */
  registerCommands(): Promise<void>;
  /** Resolves when background work (rebuilds started from chat) has finished. */
  idle(): Promise<void>;
}

/** Methods whose failure must not delay or break an answer: one try, failures are warnings. */
const NON_ESSENTIAL_METHODS: ReadonlySet<string> = new Set(["sendChatAction", "setMyCommands", "editMessageReplyMarkup"]);

/** An API transformer that counts calls failing for good (installed outside the retries) by method. */
function countApiErrors(metrics: BotMetrics): Transformer {
  return async (prev, method, payload, signal) => {
    try {
      const result = await prev(method, payload, signal);
      if (!result.ok) metrics.telegramError(method);
      return result;
    } catch (error) {
      metrics.telegramError(method);
      throw error;
    }
  };
}

/**
 * Builds the Telegram bot: questions in private chats (and in groups when mentioned, replied to or
 * via /ask) with 👍/👎 under each answer, inline mode, /help, /sources, admin /reindex, /stats,
 * /unanswered and article uploads. Holds no retrieval logic: every answer comes from `service`. Only
 * assembles: cross-cutting middleware here (the language of the bot's words is set once, as
 * `ctx.lang` and `ctx.t`), each feature in its own composer (src/bot/features/) given only what it uses.
 */
export function createBot(options: CreateBotOptions): BotApp {
  const { logger, token, service, store, metrics, adminIds } = options;
  const now = options.now ?? Date.now;
  const staleAfterMs = options.staleAfterMs ?? 10 * 60 * 1000;
  const apiRoot = options.apiRoot ?? DEFAULT_API_ROOT;

  const bot = new Bot<BotContext>(token, options.apiRoot ? { client: { apiRoot: options.apiRoot } } : {});
  // Bounded retries (see API_RETRY_POLICY): a call that still fails after them fails for good, and is counted.
  bot.api.config.use(
    boundedApiRetry(undefined, {
      singleTry: NON_ESSENTIAL_METHODS,
      onRetry: (method, attempt, error) => logger.debug({ method, attempt, err: error }, "Bot API call failed; retrying"),
    }),
  );
  bot.api.config.use(countApiErrors(metrics));

  const state = openBotState(store);
  const background = new BackgroundJobs();
  const reindex = chatReindexer({ api: bot.api, service, logger, metrics, background, progressIntervalMs: options.progressIntervalMs ?? 1000, now });

  // Observability hook first, so it sees every update end, handled or not.
  bot.use(async (ctx, next) => {
    try {
      await next();
    } finally {
      options.onUpdateDone?.(ctx.update.update_id);
    }
  });

  bot.use(langMiddleware());

  // Stale backlog: after downtime, messages older than `staleAfterMs` are dropped (logged), the rest answered once.
  bot.use(async (ctx, next) => {
    const date = ctx.update.message?.date ?? ctx.update.edited_message?.edit_date;
    if (date !== undefined && now() - date * 1000 > staleAfterMs) {
      logger.info({ updateId: ctx.update.update_id, ageSeconds: Math.round(now() / 1000 - date) }, "dropping stale update");
      return;
    }
    await next();
  });

  // One update at a time per chat: follow-ups see the previous answer, replies stay in order.
  bot.use(sequentialize((ctx: BotContext) => ctx.chat?.id.toString()));

  // Order matters: commands before the questions feature (which takes any text), specific
  // callbacks and documents before the catch-alls of otherUpdatesFeature.
  bot.use(helpFeature({ service, logger, adminIds }));
  bot.use(adminFeature({ service, store, logger, adminIds, reindex, now }));
  bot.use(
    uploadFeature({
      service,
      store,
      state,
      logger,
      adminIds,
      seedsDir: options.seedsDir,
      maxUploadBytes: options.maxUploadBytes ?? MAX_SEED_BYTES,
      fileUrl: (filePath) => `${apiRoot}/file/bot${token}/${filePath}`,
      reindex,
    }),
  );
  bot.use(moreFeature({ store, state, logger }));
  bot.use(feedbackFeature({ store, state, metrics, logger }));
  bot.use(questionsFeature({ service, store, state, metrics, logger, rateLimitPerMinute: options.rateLimitPerMinute }));
  bot.use(otherUpdatesFeature());
  bot.use(inlineFeature({ service, logger }));

  // Error boundary: log, and tell the user in their language when there is a chat to tell. A reply
  // that could not reach Telegram after its bounded retries is dropped: telling the user would need
  // the connection that just failed (and sequentialize has already freed the chat for the next update).
  bot.catch(async (err) => {
    const ctx = err.ctx;
    if (err.error instanceof HttpError) {
      logger.error(
        { updateId: ctx.update.update_id, chatId: ctx.chat?.id, reason: describeApiFailure(err.error), err: err.error },
        "Telegram could not be reached after retries; reply dropped",
      );
      return;
    }
    logger.error({ updateId: ctx.update.update_id, chatId: ctx.chat?.id, err: err.error }, "update failed");
    if (ctx.chat === undefined) return;
    const key = isAppError(err.error) ? err.error.messageKey : "error.generic";
    try {
      await ctx.api.sendMessage(ctx.chat.id, errorReply(key, ctx.lang), { parse_mode: "HTML" });
    } catch (error) {
      logger.warn({ updateId: ctx.update.update_id, err: error }, "could not tell the user about the failure");
    }
  });

  async function registerCommands(): Promise<void> {
    for (const lang of ["en", "ru"] as const) {
      const c = BOT_TEXTS[lang].commands;
      const commands = [
        { command: "help", description: c.help },
        { command: "sources", description: c.sources },
        { command: "ask", description: c.ask },
      ];
      try {
        await bot.api.setMyCommands(commands, lang === "ru" ? { language_code: "ru" } : {});
      } catch (error) {
        logger.warn({ lang, err: error }, "setMyCommands failed; the command menu may be missing");
      }
    }
  }

  return {
    bot,
    registerCommands,
    idle: () => background.idle(),
  };
}
