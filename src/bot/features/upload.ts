import { Composer, InlineKeyboard, type Context } from "grammy";
import type { Lang } from "../../corpus/article.ts";
import { checkSeedFileName, decodeSeedText, saveSeed, seedExists, UploadRejectedError } from "../../corpus/seed-upload.ts";
import { pendingStore, type BotDeps } from "../deps.ts";
import { DownloadError } from "../download-error.ts";
import { startReindex } from "../reindex-from-chat.ts";
import { langOf, replyHtml, textsOf } from "../reply.ts";
import { sendHtml } from "../send-html.ts";
import { BOT_TEXTS } from "../texts.ts";

/** A checked upload waiting for the admin to confirm replacing the article of the same name. */
interface PendingUpload {
  name: string;
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
    try {
      ({ replaced } = await saveSeed(deps.seedsDir, upload.name, upload.bytes, { overwrite, maxBytes: maxUploadBytes }));
    } catch (error) {
      logger.error({ chatId, file: upload.name, err: error }, "saving an uploaded article failed");
      await sendHtml(deps.api, chatId, texts.uploadFailed, { logger });
      return;
    }
    logger.info({ adminId: upload.adminId, file: upload.name, bytes: upload.bytes.length, replaced }, "article uploaded");
    if (service.reindexing) {
      await sendHtml(deps.api, chatId, texts.uploadSavedReindexBusy(upload.name), { logger });
      return;
    }
    await sendHtml(deps.api, chatId, texts.uploadSaved(upload.name, replaced), { logger });
    await startReindex(deps, chatId, upload.lang);
  }

  async function download(filePath: string, size: number | undefined): Promise<Uint8Array> {
    if (size !== undefined && size > maxUploadBytes) throw new UploadRejectedError("tooLarge", `file_size ${size}`);
    // The URL holds the token: it is never logged.
    const response = await fetch(deps.fileUrl(filePath), { signal: AbortSignal.timeout(30_000) });
    if (!response.ok) throw new DownloadError(`file download answered HTTP ${response.status}`);
    const declared = Number(response.headers.get("content-length") ?? "0");
    if (declared > maxUploadBytes) throw new UploadRejectedError("tooLarge", `content-length ${declared}`);
    return new Uint8Array(await response.arrayBuffer());
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
      const name = checkSeedFileName(document.file_name ?? "");
      const file = await ctx.api.getFile(document.file_id);
      if (!file.file_path) throw new DownloadError("getFile returned no file_path");
      const bytes = await download(file.file_path, document.file_size);
      decodeSeedText(bytes, maxUploadBytes);
      upload = { name, bytes, lang, adminId: ctx.from.id, chatId: ctx.chat.id };
    } catch (error) {
      if (error instanceof UploadRejectedError) {
        logger.info({ userId: ctx.from.id, problem: error.problem }, "upload refused");
        await replyHtml(ctx, texts.uploadProblem(error.problem));
        return;
      }
      throw error;
    }
    if (await seedExists(deps.seedsDir, upload.name)) {
      const id = deps.shortId();
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
