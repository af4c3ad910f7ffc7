import type { Api } from "grammy";
import { ReindexBusyError } from "../answer/answer-service.ts";
import type { AnswerService, ReindexReport } from "../answer/types.ts";
import type { Lang } from "../corpus/article.ts";
import type { AppLogger } from "../logger.ts";
import type { BotMetrics } from "../metrics/metrics.ts";
import type { BackgroundJobs } from "./background-jobs.ts";
import { sendHtml } from "./send-html.ts";
import { BOT_TEXTS } from "./texts.ts";
import { warnOnly as warnOnlyFor } from "./warn-only.ts";

/** What a rebuild from chat needs. */
export interface ChatReindexOptions {
  /** The bot's API, for the status message and the report (sent outside the update that asked). */
  api: Api;
  service: AnswerService;
  logger: AppLogger;
  metrics: BotMetrics;
  /** Where the rebuild runs, so that `BotApp.idle()` can wait for it. */
  background: BackgroundJobs;
  /** Least time between two edits of the progress message, in ms. */
  progressIntervalMs: number;
  /** Clock, in ms since the epoch. */
  now: () => number;
}

/** Starts a rebuild asked for in `chatId` (see `chatReindexer`). */
export type StartReindex = (chatId: number, lang: Lang, replyTo?: number) => Promise<void>;

/**
 * Index rebuilds asked for from chat (/reindex or an upload). The returned function returns once the
 * rebuild is under way: progress is shown by editing one status message (at most every
 * `progressIntervalMs`, or per 10 % done), and the report is sent when it ends. The rebuild runs in
 * `background` so answers are not held up. When a rebuild is already running, says so and starts
 * nothing. Each outcome and duration goes to the metrics.
 */
export function chatReindexer(options: ChatReindexOptions): StartReindex {
  return (chatId, lang, replyTo) => startReindex(options, chatId, lang, replyTo);
}

async function startReindex(deps: ChatReindexOptions, chatId: number, lang: Lang, replyTo?: number): Promise<void> {
  const { api, service, logger, now, metrics } = deps;
  const warnOnly = (what: string) => warnOnlyFor(logger, what);
  const texts = BOT_TEXTS[lang];
  const startedAt = performance.now();
  const seconds = () => (performance.now() - startedAt) / 1000;
  let lastEditAt = now();
  let lastPhase: string | undefined;
  let lastShare = 0;
  let lastText = texts.reindexStarted;
  // The status message is sent after the rebuild started; progress edits wait for its id (undefined: not sent).
  let settleStatus: (messageId: number | undefined) => void = () => undefined;
  const status = new Promise<number | undefined>((resolve) => (settleStatus = resolve));
  let edits: Promise<void> = Promise.resolve();
  const edit = (text: string) => {
    if (text === lastText) return;
    lastText = text;
    edits = edits.then(async () => {
      const messageId = await status;
      if (messageId === undefined) return;
      await api.editMessageText(chatId, messageId, text, { parse_mode: "HTML" }).then(() => undefined, warnOnly("progress edit"));
    });
  };
  // The rebuild is asked for first (no await before it), so two /reindex cannot both pass a busy check.
  let running: Promise<ReindexReport>;
  try {
    running = service.reindex((progress) => {
      const share = progress.total > 0 ? progress.done / progress.total : 0;
      // Each phase counts from 0 again: the 10 % steps are measured within the phase.
      if (progress.phase !== lastPhase) {
        lastPhase = progress.phase;
        lastShare = 0;
      }
      if (now() - lastEditAt >= deps.progressIntervalMs || share - lastShare >= 0.1 - 1e-9) {
        lastEditAt = now();
        lastShare = share;
        edit(texts.reindexProgress(progress.phase, progress.done, progress.total));
      }
    });
  } catch (error) {
    running = Promise.reject(error);
  }
  // reindex() returns an already rejected promise when a rebuild is running: that settles within a
  // few microtasks, so "busy" is known before anything says "started".
  const busy = await Promise.race([
    running.then(
      () => false,
      (error: unknown) => error instanceof ReindexBusyError,
    ),
    Promise.resolve().then(() => false),
  ]);
  if (busy) {
    metrics.reindex("busy");
    settleStatus(undefined);
    await sendHtml(api, chatId, texts.reindexBusy, { ...(replyTo !== undefined ? { replyTo } : {}), logger });
    return;
  }
  api
    .sendMessage(chatId, texts.reindexStarted, {
      ...(replyTo !== undefined ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } } : {}),
    })
    .then(
      (message) => settleStatus(message.message_id),
      (error: unknown) => {
        warnOnly("reindex status message")(error);
        settleStatus(undefined);
      },
    );
  const job = running.then(
    async (report) => {
      metrics.reindex("ok", seconds());
      logger.info({ chatId, ...report }, "reindex from chat finished");
      edit(texts.reindexProgress("done", 1, 1));
      await edits;
      await sendHtml(api, chatId, texts.reindexDone(report), { logger });
    },
    async (error: unknown) => {
      await status;
      await edits;
      if (error instanceof ReindexBusyError) {
        metrics.reindex("busy");
        await sendHtml(api, chatId, texts.reindexBusy, { logger });
        return;
      }
      metrics.reindex("failed", seconds());
      logger.error({ chatId, err: error }, "reindex from chat failed");
      await sendHtml(api, chatId, texts.reindexFailed, { logger });
    },
  );
  deps.background.track(job.catch((error: unknown) => logger.error({ err: error }, "reindex report failed")));
  await status;
}
