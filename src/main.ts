import "dotenv/config";
import { join } from "node:path";
import { openAnswerService } from "./answer/answer-service.ts";
import { TelegramUnreachableError } from "./bot/connect.ts";
import { createBot } from "./bot/create-bot.ts";
import { startPolling, startWebhook, withWebhookSecret, type RunningBot } from "./bot/run-bot.ts";
import { ConfigError, parseConfig, requireBotToken } from "./config.ts";
import { loadOptionalEmbedder } from "./embedding/optional-embedder.ts";
import { createLogger } from "./logger.ts";
import { Health } from "./metrics/health.ts";
import { createMetrics } from "./metrics/metrics.ts";
import { startMetricsServer } from "./metrics/metrics-server.ts";
import { describeErrorSafely } from "./secrets.ts";
import { DATABASE_FILE, openBotStore } from "./store/bot-store.ts";

/** How long shutdown waits for in-flight answers and a running rebuild before exiting anyway, in ms. */
const SHUTDOWN_GRACE_MS = 20_000;

/** Secrets to scrub from anything printed, filled as soon as the configuration is read. */
const secrets: string[] = [];

/**
 * Starts the Telegram bot: config, logger, the bot's database, the metrics server (when METRICS_PORT
 * is set), model, index, bot; stops cleanly on SIGINT/SIGTERM.
 */
async function main(): Promise<void> {
  const config = parseConfig(process.env);
  const token = requireBotToken(config);
  secrets.push(token);
  // Without WEBHOOK_SECRET, a random secret for this run: Telegram echoes it, forged posts get 401.
  const webhook = config.telegram.webhook ? withWebhookSecret(config.telegram.webhook) : undefined;
  if (webhook) secrets.push(webhook.secret);
  const logger = createLogger(config.logLevel, { secrets });
  if (webhook?.generated) logger.info({}, "WEBHOOK_SECRET is empty: using a random secret for this run");

  process.on("unhandledRejection", (reason) => logger.error({ err: reason }, "unhandled rejection"));
  process.on("uncaughtException", (error) => {
    logger.fatal({ err: error }, "uncaught exception; exiting");
    process.exit(1);
  });
  // The database first: a DATA_DIR that cannot be written stops the start before the slow steps.
  const store = openBotStore({ path: join(config.dataDir, DATABASE_FILE), retentionDays: config.retentionDays, logger });
  const health = new Health();
  const metrics = createMetrics({ indexSize: () => health.indexSize() });
  // Served from the start: /healthz answers 503 while the index loads and until updates are received.
  const metricsServer = config.metricsPort !== undefined ? await startMetricsServer({ port: config.metricsPort, metrics, health, logger }) : undefined;

  // Log lines, not a bar: the bot runs under a service manager. One line per tenth of each file.
  const lastTenth = new Map<string, number>();
  const embedder = await loadOptionalEmbedder(config.embedding, (warning, details) => logger.warn({ details }, warning), {
    events: {
      onDownloadStart: (model, host) => logger.info({ model, host }, "downloading the embedding model (first use)"),
      onDownloadProgress: (file, loaded, total) => {
        const tenth = total > 0 ? Math.floor((loaded / total) * 10) : 0;
        if (lastTenth.get(file) === tenth) return;
        lastTenth.set(file, tenth);
        logger.info({ file, percent: tenth * 10, megabytes: Math.round(total / 1e5) / 10 }, "downloading the embedding model");
      },
      onDownloaded: (model, folder) => logger.info({ model, folder }, "embedding model downloaded"),
    },
  });
  if (embedder) logger.info({ model: embedder.modelId, dimensions: embedder.dimensions }, "embedding model loaded");
  const service = await openAnswerService({
    seedsDir: config.seedsDir,
    indexDir: config.embeddingsDir,
    embedder,
    buildIfStale: true,
    logger,
  });
  const manifest = service.manifest();
  logger.info({ documents: manifest.counts.documents, passages: manifest.counts.passages, mode: manifest.mode }, "index loaded");
  health.indexLoaded(() => {
    const stats = service.stats();
    return { documents: stats.documents, passages: stats.passages };
  });

  const app = createBot({
    token,
    ...(config.telegram.apiRoot ? { apiRoot: config.telegram.apiRoot } : {}),
    service,
    store,
    metrics,
    adminIds: config.telegram.adminIds,
    logger,
    rateLimitPerMinute: config.telegram.rateLimitPerMinute,
    seedsDir: config.seedsDir,
  });
  if (config.telegram.adminIds.length === 0) logger.warn({}, "ADMIN_IDS is empty: /reindex, /stats, /unanswered and uploads are refused for everyone");

  const apiRoot = config.telegram.apiRoot !== undefined ? { apiRoot: config.telegram.apiRoot } : {};
  let running: RunningBot;
  try {
    running = webhook
      ? await startWebhook(app.bot, logger, { ...webhook, ...apiRoot })
      : await startPolling(app.bot, logger, {
          ...apiRoot,
          // startPolling has logged "polling stopped" (bad token, or another instance polling): exit non-zero.
          onFatal: () => process.exit(1),
        });
  } catch (error) {
    // Telegram unreachable at start (after bounded retries, within STARTUP_TIMEOUT_MS): one line, status 1,
    // so that a service manager restarts the bot.
    if (!(error instanceof TelegramUnreachableError)) throw error;
    logger.fatal({ apiRoot: error.apiRoot }, error.message);
    process.exit(1);
  }
  health.receiving(webhook ? "webhook" : "polling", () => running.isRunning());
  await app.registerCommands();

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down: finishing in-flight answers");
    const force = setTimeout(() => {
      logger.warn({}, "shutdown grace period over; exiting");
      process.exit(0);
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    void (async () => {
      let code = 0;
      try {
        await running.stop();
        await app.idle();
        await metricsServer?.stop();
        store.close();
        logger.info({}, "stopped");
      } catch (error) {
        logger.error({ err: error }, "shutdown failed");
        code = 1;
      } finally {
        process.exit(code);
      }
    })();
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Configuration problem${error.problems.length > 1 ? "s" : ""}:`);
    for (const problem of error.problems) console.error(`  - ${problem}`);
    process.exit(1);
  }
  console.error(describeErrorSafely(error, secrets));
  process.exit(1);
});
