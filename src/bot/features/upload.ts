import { Composer, InlineKeyboard, type Context } from "grammy";
import type { Lang } from "../../corpus/article.ts";
import { decodeSeedText, findSeed, safeSeedFileName, saveSeed, UploadRejectedError } from "../../corpus/seed-upload.ts";
import { pendingStore, type BotDeps } from "../deps.ts";
import { DownloadError } from "../download-error.ts";
import { startReindex } from "../reindex-from-chat.ts";
import { langOf, replyHtml, textsOf } from "../reply.ts";
import { sendHtml } from "../send-html.ts";
import { BOT_TEXTS } from "../texts.ts";

/** How long the download of an upload may take, in ms. */
const DOWNLOAD_TIMEOUT_MS = 30_000;

/** A checked upload waiting for the admin to confirm replacing the article of the same name. */
interface PendingUpload {
  /** The seed file name it is saved under (see `safeSeedFileName`). */
  name: string;
  /** The name the admin's file had, when it differs from `name`. */
  sentAs: string | undefined;
  bytes: Uint8Array;
  lang: Lang;
  adminId: number;
  /** The chat the confirmation was asked in: a press from any other chat is refused. */
  chatId: number;
}

/**
 * Article uploads: a document sent by an admin in a private chat is checked (name, size, text),
 * saved into the seeds folder and indexed by a background rebuild; an existing name asks first
 * (Replace / Cancel buttons, the `up:` callbacks). Documents from non-admins get the "text only"
 * hint; documents in groups pass on to the next handler.
 */
export function uploadFeature(deps: BotDeps): Composer<Context> {
  const { service, logger, maxUploadBytes } = deps;
  const uploads = pendingStore<PendingUpload>(deps.now);
  const composer = new Composer<Context>();

  async function saveAndReindex(chatId: number, upload: PendingUpload, overwrite: boolean): Promise<void> {
    const texts = BOT_TEXTS[upload.lang];
    let replaced: boolean;
    let name: string;
    try {
      ({ replaced, name } = await saveSeed(deps.seedsDir, upload.name, upload.bytes, { overwrite, maxBytes: maxUploadBytes }));
    } catch (error) {
      logger.error({ chatId, file: upload.name, err: error }, "saving an uploaded article failed");
      await sendHtml(deps.api, chatId, texts.uploadFailed, { logger });
      return;
    }
    logger.info({ adminId: upload.adminId, file: name, bytes: upload.bytes.length, replaced }, "article uploaded");
    if (service.reindexing) {
      await sendHtml(deps.api, chatId, texts.uploadSavedReindexBusy(name), { logger });
      return;
    }
    await sendHtml(deps.api, chatId, texts.uploadSaved(name, replaced, upload.sentAs), { logger });
    await startReindex(deps, chatId, upload.lang);
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
      const response = await fetch(deps.fileUrl(filePath), { signal: stop.signal });
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

  composer.on("message:document", async (ctx, next) => {
    if (ctx.chat.type !== "private") return next();
    const texts = textsOf(ctx);
    if (!deps.isAdmin(ctx)) {
      logger.info({ userId: ctx.from.id }, "document from a non-admin ignored");
      await replyHtml(ctx, texts.onlyText);
      return;
    }
    const document = ctx.msg.document;
    const lang = langOf(ctx);
    let upload: PendingUpload;
    try {
      const sentName = document.file_name ?? "";
      const name = safeSeedFileName(sentName);
      const file = await ctx.api.getFile(document.file_id);
      if (!file.file_path) throw new DownloadError("getFile returned no file_path");
      const bytes = await download(file.file_path, document.file_size ?? file.file_size);
      decodeSeedText(bytes, maxUploadBytes);
      upload = { name, sentAs: sentName === name ? undefined : sentName, bytes, lang, adminId: ctx.from.id, chatId: ctx.chat.id };
    } catch (error) {
      if (error instanceof UploadRejectedError) {
        logger.info({ userId: ctx.from.id, problem: error.problem }, "upload refused");
        await replyHtml(ctx, texts.uploadProblem(error.problem, maxUploadBytes));
        return;
      }
      throw error;
    }
    // "Report.TXT" replaces "report.txt": names are compared ignoring case.
    const existing = await findSeed(deps.seedsDir, upload.name);
    if (existing !== null) {
      const id = deps.shortId();
      uploads.set(id, upload);
      const keyboard = new InlineKeyboard().text(texts.uploadReplaceButton, `up:ok:${id}`).text(texts.uploadCancelButton, `up:no:${id}`);
      await ctx.reply(texts.uploadExists(existing), {
        parse_mode: "HTML",
        reply_markup: keyboard,
        reply_parameters: { message_id: ctx.msg.message_id, allow_sending_without_reply: true },
      });
      return;
    }
    await saveAndReindex(ctx.chat.id, upload, false);
  });

  composer.callbackQuery(/^up:(ok|no):(\w+)$/, async (ctx) => {
    const texts = textsOf(ctx);
    if (!deps.isAdmin(ctx)) {
      await ctx.answerCallbackQuery({ text: texts.adminOnly });
      return;
    }
    const [, decision, id] = ctx.match;
    await ctx.answerCallbackQuery();
    // A press on a message sent via inline mode has no chat: answer in the admin's private chat.
    const chatId = ctx.chat?.id ?? ctx.from.id;
    const stored = id ? uploads.get(id) : undefined;
    const upload = stored?.chatId === chatId ? stored : undefined;
    if (!upload || !id) {
      await deps.api.sendMessage(chatId, texts.uploadExpired);
      return;
    }
    uploads.delete(id);
    await ctx.editMessageReplyMarkup().catch(deps.warnOnly("removing upload buttons"));
    if (decision === "no") {
      await sendHtml(deps.api, chatId, texts.uploadCancelled, { logger });
      return;
    }
    await saveAndReindex(chatId, upload, true);
  });

  return composer;
}
