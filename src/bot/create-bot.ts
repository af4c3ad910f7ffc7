import { autoRetry } from "@grammyjs/auto-retry";
import { limit } from "@grammyjs/ratelimiter";
import { sequentialize } from "@grammyjs/runner";
import { Bot, InlineKeyboard, type Context, type Transformer } from "grammy";
import type { InlineQueryResultArticle } from "grammy/types";
import { sourceName } from "../answer/source.ts";
import { formatAnswer, formatPassages, formatQuote, splitHtml } from "../answer/telegram-format.ts";
import type { AnswerService, PreviousTurn, RankedPassage, Source } from "../answer/types.ts";
import type { Lang } from "../corpus/article.ts";
import { checkSeedFileName, decodeSeedText, MAX_SEED_BYTES, saveSeed, seedExists, UploadRejectedError } from "../corpus/seed-upload.ts";
import { isAppError } from "../errors.ts";
import type { AppLogger } from "../logger.ts";
import { BoundedMap } from "./bounded-map.ts";
import { textLang, uiLang } from "./lang.ts";
import { sendHtml } from "./send-html.ts";
import { BOT_TEXTS, errorReply, type BotTexts } from "./texts.ts";

/** What the bot needs; everything concrete is made by the caller (src/main.ts or a test). */
export interface CreateBotOptions {
  token: string;
  /** Bot API server, e.g. a local one; Telegram's when absent. */
  apiRoot?: string;
  service: AnswerService;
  /** Telegram user ids allowed to /reindex, /stats and upload articles. */
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
  bot: Bot;
  /** Registers the command menu in English (default) and Russian; failures are logged as warnings. */
  registerCommands(): Promise<void>;
  /** Resolves when background work (rebuilds started from chat) has finished. */
  idle(): Promise<void>;
}

/** Methods whose failure must not delay or break an answer: no retries, failures are warnings. */
const NON_ESSENTIAL_METHODS = new Set(["sendChatAction", "setMyCommands", "editMessageReplyMarkup"]);

/** Previous turns kept per chat (for follow-ups). */
const MAX_CHATS = 1000;
const TURN_TTL_MS = 30 * 60 * 1000;
/** "More" buttons and pending upload confirmations kept. */
const MAX_PENDING = 500;
const PENDING_TTL_MS = 30 * 60 * 1000;
/** Passages from this rank on are behind the "More" button. */
const MORE_FROM_RANK = 4;

interface MoreEntry {
  lang: Lang;
  passages: RankedPassage[];
}

interface PendingUpload {
  name: string;
  bytes: Uint8Array;
  lang: Lang;
  adminId: number;
}

/** Auto-retry (429 retry_after, 5xx, network errors) for every method except the non-essential ones. */
function retryEssential(): Transformer {
  const retry = autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 60 });
  return (prev, method, payload, signal) =>
    NON_ESSENTIAL_METHODS.has(method) ? prev(method, payload, signal) : retry(prev, method, payload, signal);
}

/**
 * Builds the Telegram bot: questions in private chats (and in groups when mentioned, replied to or
 * via /ask), inline mode, /help, /sources, admin /reindex, /stats and article uploads. Holds no
 * retrieval logic: every answer comes from `service`.
 */
export function createBot(options: CreateBotOptions): BotApp {
  const { service, logger, token } = options;
  const now = options.now ?? Date.now;
  const startedAt = now();
  const staleAfterMs = options.staleAfterMs ?? 10 * 60 * 1000;
  const maxUploadBytes = options.maxUploadBytes ?? MAX_SEED_BYTES;
  const progressIntervalMs = options.progressIntervalMs ?? 1000;
  const apiRoot = options.apiRoot ?? "https://api.telegram.org";
  const admins = new Set(options.adminIds);

  const bot = new Bot(token, options.apiRoot ? { client: { apiRoot: options.apiRoot } } : {});
  bot.api.config.use(retryEssential());

  const turns = new BoundedMap<number, PreviousTurn>(MAX_CHATS, TURN_TTL_MS, now);
  const more = new BoundedMap<string, MoreEntry>(MAX_PENDING, PENDING_TTL_MS, now);
  const uploads = new BoundedMap<string, PendingUpload>(MAX_PENDING, PENDING_TTL_MS, now);
  const background = new Set<Promise<void>>();
  let nextId = 0;
  const shortId = () => (nextId++).toString(36);

  const isAdmin = (ctx: Context) => ctx.from !== undefined && admins.has(ctx.from.id);
  const langOf = (ctx: Context): Lang => uiLang(ctx.from?.language_code, ctx.msg?.text ?? ctx.msg?.caption);
  const textsOf = (ctx: Context): BotTexts => BOT_TEXTS[langOf(ctx)];
  const reply = (ctx: Context, html: string) =>
    ctx.reply(html, {
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
      ...(ctx.msg ? { reply_parameters: { message_id: ctx.msg.message_id, allow_sending_without_reply: true } } : {}),
    });
  const warnOnly = (what: string) => (error: unknown) => logger.warn({ err: error }, `${what} failed (ignored)`);

  const questionLimiter = limit<Context, never>({
    timeFrame: 60_000,
    limit: options.rateLimitPerMinute,
    keyGenerator: (ctx) => ctx.from?.id.toString(),
    // Returning the promise lets the limiter's middleware wait for the reply.
    onLimitExceeded: async (ctx) => {
      logger.info({ userId: ctx.from?.id }, "rate limit reached");
      await reply(ctx, textsOf(ctx).rateLimited).catch(warnOnly("rate-limit reply"));
    },
  });

  // Observability hook first, so it sees every update end, handled or not.
  bot.use(async (ctx, next) => {
    try {
      await next();
    } finally {
      options.onUpdateDone?.(ctx.update.update_id);
    }
  });

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
  bot.use(sequentialize((ctx: Context) => ctx.chat?.id.toString()));

  async function askQuestion(ctx: Context, question: string): Promise<void> {
    const chatId = ctx.chat?.id;
    if (chatId === undefined) return;
    const fallbackLang = textLang(question) ?? langOf(ctx);
    ctx.replyWithChatAction("typing").catch(warnOnly("sendChatAction"));
    const previous = turns.get(chatId);
    let result;
    try {
      result = await service.answer(question, previous ? { previous } : {});
    } catch (error) {
      if (!isAppError(error)) throw error;
      logger.info({ updateId: ctx.update.update_id, messageKey: error.messageKey, err: error }, "question refused");
      await reply(ctx, errorReply(error.messageKey, fallbackLang));
      return;
    }
    logger.info(
      { updateId: ctx.update.update_id, chatId, lang: result.lang, abstained: result.abstained, quotes: result.quotes.length },
      "answered",
    );
    let keyboard: InlineKeyboard | undefined;
    const morePassages = result.passages.filter((p) => p.rank >= MORE_FROM_RANK);
    if (!result.abstained && morePassages.length > 0) {
      const id = shortId();
      more.set(id, { lang: result.lang, passages: morePassages });
      keyboard = new InlineKeyboard().text(BOT_TEXTS[result.lang].moreButton, `more:${id}`);
    }
    await sendHtml(ctx.api, chatId, formatAnswer(result), {
      ...(ctx.msg ? { replyTo: ctx.msg.message_id } : {}),
      ...(keyboard ? { keyboard } : {}),
      logger,
    });
    if (result.abstained || result.quotes.length === 0) turns.delete(chatId);
    else turns.set(chatId, { question, docs: [...new Set(result.quotes.map((q) => q.doc))] });
  }

  const limitedQuestion = (ctx: Context, question: string) => questionLimiter(ctx, () => askQuestion(ctx, question));

  bot.command(["start", "help"], async (ctx) => {
    await reply(ctx, textsOf(ctx).help(ctx.me.username));
  });

  bot.command("sources", async (ctx) => {
    const texts = textsOf(ctx);
    const sources = service.sources();
    const html =
      sources.length === 0 ? texts.sourcesEmpty : [texts.sourcesHeader, ...sources.map((s, i) => texts.sourceItem(s, i))].join("\n");
    await sendHtml(ctx.api, ctx.chat.id, html, { replyTo: ctx.msg.message_id, logger });
  });

  bot.command("ask", async (ctx) => {
    const question = ctx.match.trim();
    if (question === "") {
      await reply(ctx, textsOf(ctx).askUsage);
      return;
    }
    await limitedQuestion(ctx, question);
  });

  /** Refuses (politely, logged with the user id) when the sender is not an admin; true when refused. */
  async function refuseNonAdmin(ctx: Context, what: string): Promise<boolean> {
    if (isAdmin(ctx)) return false;
    logger.warn({ userId: ctx.from?.id, chatId: ctx.chat?.id, command: what }, "admin command refused");
    await reply(ctx, textsOf(ctx).adminOnly);
    return true;
  }

  /** Starts a rebuild in the background, reporting progress by editing one message. */
  async function startReindex(chatId: number, lang: Lang, replyTo?: number): Promise<void> {
    const texts = BOT_TEXTS[lang];
    if (service.reindexing) {
      await sendHtml(bot.api, chatId, texts.reindexBusy, { ...(replyTo !== undefined ? { replyTo } : {}), logger });
      return;
    }
    const status = await bot.api.sendMessage(chatId, texts.reindexStarted, {
      ...(replyTo !== undefined ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } } : {}),
    });
    let lastEditAt = now();
    let lastShare = 0;
    let lastText = texts.reindexStarted;
    let edits = Promise.resolve();
    const edit = (text: string) => {
      if (text === lastText) return;
      lastText = text;
      edits = edits.then(() =>
        bot.api.editMessageText(chatId, status.message_id, text, { parse_mode: "HTML" }).then(
          () => undefined,
          warnOnly("progress edit"),
        ),
      );
    };
    let job: Promise<void>;
    try {
      const running = service.reindex((progress) => {
        const share = progress.total > 0 ? progress.done / progress.total : 0;
        if (now() - lastEditAt >= progressIntervalMs || share - lastShare >= 0.1) {
          lastEditAt = now();
          lastShare = share;
          edit(texts.reindexProgress(progress.phase, progress.done, progress.total));
        }
      });
      job = running.then(
        async (report) => {
          logger.info({ chatId, ...report }, "reindex from chat finished");
          edit(texts.reindexProgress("done", 1, 1));
          await edits;
          await sendHtml(bot.api, chatId, texts.reindexDone(report), { logger });
        },
        async (error: unknown) => {
          await edits;
          if (error instanceof Error && error.name === "ReindexBusyError") {
            await sendHtml(bot.api, chatId, texts.reindexBusy, { logger });
            return;
          }
          logger.error({ chatId, err: error }, "reindex from chat failed");
          await sendHtml(bot.api, chatId, texts.reindexFailed, { logger });
        },
      );
    } catch (error) {
      job = Promise.reject(error);
    }
    const tracked = job.catch((error: unknown) => logger.error({ err: error }, "reindex report failed"));
    background.add(tracked);
    void tracked.finally(() => background.delete(tracked));
  }

  bot.command("reindex", async (ctx) => {
    if (await refuseNonAdmin(ctx, "reindex")) return;
    logger.info({ userId: ctx.from?.id }, "reindex requested");
    await startReindex(ctx.chat.id, langOf(ctx), ctx.msg.message_id);
  });

  bot.command("stats", async (ctx) => {
    if (await refuseNonAdmin(ctx, "stats")) return;
    await reply(ctx, textsOf(ctx).stats(service.stats(), (now() - startedAt) / 1000));
  });

  async function saveAndReindex(chatId: number, upload: PendingUpload, overwrite: boolean): Promise<void> {
    const texts = BOT_TEXTS[upload.lang];
    let replaced: boolean;
    try {
      ({ replaced } = await saveSeed(options.seedsDir, upload.name, upload.bytes, { overwrite, maxBytes: maxUploadBytes }));
    } catch (error) {
      logger.error({ chatId, file: upload.name, err: error }, "saving an uploaded article failed");
      await sendHtml(bot.api, chatId, texts.uploadFailed, { logger });
      return;
    }
    logger.info({ adminId: upload.adminId, file: upload.name, bytes: upload.bytes.length, replaced }, "article uploaded");
    if (service.reindexing) {
      await sendHtml(bot.api, chatId, texts.uploadSavedReindexBusy(upload.name), { logger });
      return;
    }
    await sendHtml(bot.api, chatId, texts.uploadSaved(upload.name, replaced), { logger });
    await startReindex(chatId, upload.lang);
  }

  async function download(filePath: string, size: number | undefined): Promise<Uint8Array> {
    if (size !== undefined && size > maxUploadBytes) throw new UploadRejectedError("tooLarge", `file_size ${size}`);
    // The URL holds the token: it is never logged.
    const response = await fetch(`${apiRoot}/file/bot${token}/${filePath}`, { signal: AbortSignal.timeout(30_000) });
    if (!response.ok) throw new Error(`file download answered HTTP ${response.status}`);
    const declared = Number(response.headers.get("content-length") ?? "0");
    if (declared > maxUploadBytes) throw new UploadRejectedError("tooLarge", `content-length ${declared}`);
    return new Uint8Array(await response.arrayBuffer());
  }

  bot.on("message:document", async (ctx, next) => {
    if (ctx.chat.type !== "private") return next();
    const texts = textsOf(ctx);
    if (!isAdmin(ctx)) {
      logger.info({ userId: ctx.from.id }, "document from a non-admin ignored");
      await reply(ctx, texts.onlyText);
      return;
    }
    const document = ctx.msg.document;
    const lang = langOf(ctx);
    let upload: PendingUpload;
    try {
      const name = checkSeedFileName(document.file_name ?? "");
      const file = await ctx.api.getFile(document.file_id);
      if (!file.file_path) throw new Error("getFile returned no file_path");
      const bytes = await download(file.file_path, document.file_size);
      decodeSeedText(bytes, maxUploadBytes);
      upload = { name, bytes, lang, adminId: ctx.from.id };
    } catch (error) {
      if (error instanceof UploadRejectedError) {
        logger.info({ userId: ctx.from.id, problem: error.problem }, "upload refused");
        await reply(ctx, texts.uploadProblem(error.problem));
        return;
      }
      throw error;
    }
    if (await seedExists(options.seedsDir, upload.name)) {
      const id = shortId();
      uploads.set(id, upload);
      const keyboard = new InlineKeyboard().text(texts.uploadReplaceButton, `up:ok:${id}`).text(texts.uploadCancelButton, `up:no:${id}`);
      await ctx.reply(texts.uploadExists(upload.name), {
        parse_mode: "HTML",
        reply_markup: keyboard,
        reply_parameters: { message_id: ctx.msg.message_id, allow_sending_without_reply: true },
      });
      return;
    }
    await saveAndReindex(ctx.chat.id, upload, false);
  });

  bot.callbackQuery(/^up:(ok|no):(\w+)$/, async (ctx) => {
    const texts = textsOf(ctx);
    if (!isAdmin(ctx)) {
      await ctx.answerCallbackQuery({ text: texts.adminOnly });
      return;
    }
    const [, decision, id] = ctx.match;
    const upload = id ? uploads.get(id) : undefined;
    await ctx.answerCallbackQuery();
    // A press on a message sent via inline mode has no chat: answer in the admin's private chat.
    const chatId = ctx.chat?.id ?? ctx.from.id;
    if (!upload || !id) {
      await bot.api.sendMessage(chatId, texts.moreExpired);
      return;
    }
    uploads.delete(id);
    await ctx.editMessageReplyMarkup().catch(warnOnly("removing upload buttons"));
    if (decision === "no") {
      await sendHtml(bot.api, chatId, texts.uploadCancelled, { logger });
      return;
    }
    await saveAndReindex(chatId, upload, true);
  });

  bot.callbackQuery(/^more:(\w+)$/, async (ctx) => {
    const id = ctx.match[1] ?? "";
    const entry = more.get(id);
    const texts = entry ? BOT_TEXTS[entry.lang] : textsOf(ctx);
    if (!entry) {
      await ctx.answerCallbackQuery({ text: texts.moreExpired });
      return;
    }
    await ctx.answerCallbackQuery();
    more.delete(id);
    const sources = new Map<string, Source>(service.sources().map((s) => [s.doc, s]));
    const html = formatPassages(entry.passages, entry.lang, (doc) => sources.get(doc));
    const chatId = ctx.chat?.id ?? ctx.from.id;
    const messageId = ctx.callbackQuery.message?.message_id;
    await ctx.editMessageReplyMarkup().catch(warnOnly("removing the More button"));
    await sendHtml(bot.api, chatId, html === "" ? texts.moreNothing : html, {
      ...(messageId !== undefined ? { replyTo: messageId } : {}),
      logger,
    });
  });

  bot.on("callback_query:data", async (ctx) => {
    await ctx.answerCallbackQuery({ text: textsOf(ctx).moreExpired });
  });

  bot.on("message:text", async (ctx) => {
    const text = ctx.msg.text;
    if (ctx.chat.type === "private") {
      if (text.startsWith("/")) {
        await reply(ctx, textsOf(ctx).unknownCommand);
        return;
      }
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
      await reply(ctx, textsOf(ctx).askUsage);
      return;
    }
    await limitedQuestion(ctx, question);
  });

  bot.on("edited_message", async (ctx) => {
    if (ctx.chat.type !== "private") return;
    await reply(ctx, textsOf(ctx).editedHint);
  });

  // Stickers, photos, voice, video, locations…: a polite hint in private chats, silence in groups.
  bot.on("message", async (ctx) => {
    if (ctx.chat.type !== "private") return;
    await reply(ctx, textsOf(ctx).onlyText);
  });

  bot.on("inline_query", async (ctx) => {
    const query = ctx.inlineQuery.query.trim();
    const texts = BOT_TEXTS[textLang(query) ?? uiLang(ctx.from.language_code)];
    if (query === "") {
      await ctx.answerInlineQuery([], { cache_time: 10, button: { text: texts.inlineHint, start_parameter: "help" } });
      return;
    }
    let results: InlineQueryResultArticle[] = [];
    try {
      const result = await service.answer(query);
      if (!result.abstained) {
        results = result.quotes.slice(0, 5).map((quote, i) => ({
          type: "article",
          id: `${i}`,
          title: sourceName(quote.source).slice(0, 200),
          description: quote.text.slice(0, 200),
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

  bot.catch(async (err) => {
    const ctx = err.ctx;
    logger.error({ updateId: ctx.update.update_id, chatId: ctx.chat?.id, err: err.error }, "update failed");
    if (ctx.chat === undefined) return;
    const key = isAppError(err.error) ? err.error.messageKey : "error.generic";
    try {
      await ctx.api.sendMessage(ctx.chat.id, errorReply(key, langOf(ctx)), { parse_mode: "HTML" });
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
    async idle() {
      while (background.size > 0) await Promise.allSettled([...background]);
    },
  };
}
