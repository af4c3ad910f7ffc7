import { Composer, InlineKeyboard } from "grammy";
import type { AnswerService } from "../../answer/types.ts";
import { decodeSeedText, findSeed, safeSeedFileName, saveSeed, UploadRejectedError } from "../../corpus/seed-upload.ts";
import type { AppLogger } from "../../logger.ts";
import type { BotStore } from "../../store/bot-store.ts";
import { isAdmin } from "../admins.ts";
import { chatKey, type BotState, type PendingUpload } from "../bot-state.ts";
import { UPLOAD_BUTTON } from "../callback-data.ts";
import type { BotContext } from "../context.ts";
import { DownloadError } from "../download-error.ts";
import type { StartReindex } from "../reindex-from-chat.ts";
import { replyHtml } from "../reply.ts";
import { sendHtml } from "../send-html.ts";
import { shortId } from "../short-id.ts";
import { BOT_TEXTS } from "../texts.ts";
import { bestEffort, warnOnly } from "../warn-only.ts";

/** How long the download of an upload may take, in ms. */
const DOWNLOAD_TIMEOUT_MS = 30_000;

/** What the upload feature needs. */
export interface UploadOptions {
  service: AnswerService;
  store: BotStore;
  state: BotState;
  logger: AppLogger;
  adminIds: readonly number[];
  /** Folder uploaded articles are saved into (the one the service indexes). */
  seedsDir: string;
  /** Largest accepted upload, in bytes. */
  maxUploadBytes: number;
  /** Download URL of a file Telegram named by `getFile`. It holds the bot token: never log it. */
  fileUrl(filePath: string): string;
  reindex: StartReindex;
}

/**
 * Article uploads: a document sent by an admin in a private chat is checked (name, size, text),
 * saved into the seeds folder and indexed by a background rebuild; an existing name asks first
 * (Replace / Cancel buttons, kept in the store so that they work after a restart, for 30 minutes).
 * Documents from non-admins get the "text only" hint; documents in groups pass on to the next handler.
 */
export function uploadFeature(options: UploadOptions): Composer<BotContext> {
  const { service, store, state, logger, maxUploadBytes } = options;
  const admin = isAdmin(options.adminIds);
  const composer = new Composer<BotContext>();

  async function saveAndReindex(ctx: BotContext, chatId: number, upload: PendingUpload, bytes: Uint8Array, overwrite: boolean): Promise<void> {
    const texts = BOT_TEXTS[upload.lang];
    let replaced: boolean;
    let name: string;
    try {
      ({ replaced, name } = await saveSeed(options.seedsDir, upload.name, bytes, { overwrite, maxBytes: maxUploadBytes }));
    } catch (error) {
      logger.error({ chatId, file: upload.name, err: error }, "saving an uploaded article failed");
      await sendHtml(ctx.api, chatId, texts.uploadFailed, { logger });
      return;
    }
    logger.info({ adminId: ctx.from?.id, file: name, bytes: bytes.length, replaced }, "article uploaded");
    if (service.reindexing) {
      await sendHtml(ctx.api, chatId, texts.uploadSavedReindexBusy(name), { logger });
      return;
    }
    await sendHtml(ctx.api, chatId, texts.uploadSaved(name, replaced, upload.sentAs ?? undefined), { logger });
    await options.reindex(chatId, upload.lang);
  }

  /**
   * Downloads an uploaded file, reading at most `maxUploadBytes`: refused before downloading when
   * Telegram reported a larger `file_size` or the server a larger Content-Length, and the download is
   * cut off as soon as it passes the limit otherwise (a chunked body announces no size).
   */
  async function download(filePath: string, size: number | undefined): Promise<Uint8Array> {
    const tooLarge = (what: string) => new UploadRejectedError("tooLarge", `${what}, limit ${maxUploadBytes}`);
    if (size !== undefined && size > maxUploadBytes) throw tooLarge(`file_size ${size}`);
    const stop = new AbortController();
    const timer = setTimeout(() => stop.abort(), DOWNLOAD_TIMEOUT_MS);
    try {
      // The URL holds the token: it is never logged.
      const response = await fetch(options.fileUrl(filePath), { signal: stop.signal });
      if (!response.ok) throw new DownloadError(`file download answered HTTP ${response.status}`);
      const declared = Number(response.headers.get("content-length") ?? "0");
      if (declared > maxUploadBytes) throw tooLarge(`content-length ${declared}`);
      const chunks: Uint8Array[] = [];
      let received = 0;
      for await (const chunk of response.body ?? []) {
        received += chunk.byteLength;
        if (received > maxUploadBytes) throw tooLarge(`more than ${received} bytes`);
        chunks.push(chunk);
      }
      return Buffer.concat(chunks, received);
    } finally {
      // Whatever is left of the body is not read: hang up.
      clearTimeout(timer);
      stop.abort();
    }
  }

  const privateDocuments = composer.chatType("private").on("message:document");

  privateDocuments.filter(admin, async (ctx) => {
    const texts = ctx.t;
    const document = ctx.msg.document;
    let upload: PendingUpload;
    let bytes: Uint8Array;
    try {
      const sentName = document.file_name ?? "";
      const name = safeSeedFileName(sentName);
      const file = await ctx.api.getFile(document.file_id);
      if (!file.file_path) throw new DownloadError("getFile returned no file_path");
      bytes = await download(file.file_path, document.file_size ?? file.file_size);
      decodeSeedText(bytes, maxUploadBytes);
      upload = {
        name,
        sentAs: sentName === name ? null : sentName,
        base64: Buffer.from(bytes).toString("base64"),
        lang: ctx.lang,
        chat: chatKey(store, ctx.chat.id),
      };
    } catch (error) {
      if (error instanceof UploadRejectedError) {
        logger.info({ userId: ctx.from.id, problem: error.problem }, "upload refused");
        await replyHtml(ctx, texts.uploadProblem(error.problem, maxUploadBytes));
        return;
      }
      throw error;
    }
    // "Report.TXT" replaces "report.txt": names are compared ignoring case.
    const existing = await findSeed(options.seedsDir, upload.name);
    if (existing === null) {
      await saveAndReindex(ctx, ctx.chat.id, upload, bytes, false);
      return;
    }
    const id = shortId();
    // Kept in the store; should that fail, the admin is still asked, and a press says the upload expired.
    bestEffort(logger, "keeping the upload", () => state.uploads.set(id, upload), undefined);
    const keyboard = new InlineKeyboard()
      .text(texts.uploadReplaceButton, UPLOAD_BUTTON.pack({ decision: "ok", id }))
      .text(texts.uploadCancelButton, UPLOAD_BUTTON.pack({ decision: "no", id }));
    await ctx.reply(texts.uploadExists(existing), {
      parse_mode: "HTML",
      reply_markup: keyboard,
      reply_parameters: { message_id: ctx.msg.message_id, allow_sending_without_reply: true },
    });
  });

  privateDocuments.use(async (ctx) => {
    logger.info({ userId: ctx.from.id }, "document from a non-admin ignored");
    await replyHtml(ctx, ctx.t.onlyText);
  });

  const uploadButtons = composer.callbackQuery(UPLOAD_BUTTON.pattern);

  uploadButtons.filter(admin, async (ctx, next) => {
    const data = UPLOAD_BUTTON.unpack(ctx.callbackQuery.data);
    if (!data) return next();
    await ctx.answerCallbackQuery();
    // A press on a message sent via inline mode has no chat: answer in the admin's private chat.
    const chatId = ctx.chat?.id ?? ctx.from.id;
    const stored = bestEffort(logger, "reading the upload", () => state.uploads.get(data.id), undefined);
    const upload = stored?.chat === chatKey(store, chatId) ? stored : undefined;
    if (!upload) {
      await ctx.api.sendMessage(chatId, ctx.t.uploadExpired);
      return;
    }
    bestEffort(logger, "forgetting the upload", () => state.uploads.delete(data.id), undefined);
    await ctx.editMessageReplyMarkup().catch(warnOnly(logger, "removing upload buttons"));
    if (data.decision === "no") {
      await sendHtml(ctx.api, chatId, ctx.t.uploadCancelled, { logger });
      return;
    }
    await saveAndReindex(ctx, chatId, upload, Buffer.from(upload.base64, "base64"), true);
  });

  uploadButtons.use(async (ctx) => {
    await ctx.answerCallbackQuery({ text: ctx.t.adminOnly });
  });

  return composer;
}
