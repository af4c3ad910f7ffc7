import { ReindexBusyError } from "../answer/answer-service.ts";
import type { Lang } from "../corpus/article.ts";
import type { BotDeps } from "./deps.ts";
import { sendHtml } from "./send-html.ts";
import { BOT_TEXTS } from "./texts.ts";

/**
 * Starts an index rebuild asked for from chat (/reindex or an upload) and returns once it is under
 * way: progress is shown by editing one status message (at most every `progressIntervalMs`, or per
 * 10 % done), and the report is sent when it ends. The rebuild runs in `deps.background` so
 * answers are not held up. When a rebuild is already running, says so and starts nothing.
 */
export async function startReindex(deps: BotDeps, chatId: number, lang: Lang, replyTo?: number): Promise<void> {
  const { api, service, logger, now, warnOnly } = deps;
  const texts = BOT_TEXTS[lang];
  if (service.reindexing) {
    await sendHtml(api, chatId, texts.reindexBusy, { ...(replyTo !== undefined ? { replyTo } : {}), logger });
    return;
  }
  const status = await api.sendMessage(chatId, texts.reindexStarted, {
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
      api.editMessageText(chatId, status.message_id, text, { parse_mode: "HTML" }).then(
        () => undefined,
        warnOnly("progress edit"),
      ),
    );
  };
  let job: Promise<void>;
  try {
    const running = service.reindex((progress) => {
      const share = progress.total > 0 ? progress.done / progress.total : 0;
      if (now() - lastEditAt >= deps.progressIntervalMs || share - lastShare >= 0.1) {
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
        await sendHtml(api, chatId, texts.reindexDone(report), { logger });
      },
      async (error: unknown) => {
        await edits;
        if (error instanceof ReindexBusyError) {
          await sendHtml(api, chatId, texts.reindexBusy, { logger });
          return;
        }
        logger.error({ chatId, err: error }, "reindex from chat failed");
        await sendHtml(api, chatId, texts.reindexFailed, { logger });
      },
    );
  } catch (error) {
    job = Promise.reject(error);
  }
  deps.background.track(job.catch((error: unknown) => logger.error({ err: error }, "reindex report failed")));
}
