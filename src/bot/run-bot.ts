import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import { run } from "@grammyjs/runner";
import { webhookCallback, type Bot, type Context, type Transformer } from "grammy";
import type { AppLogger } from "../logger.ts";
import { startupCalls } from "./connect.ts";

/** A running bot: `stop()` stops taking updates and resolves when in-flight updates are handled. */
export interface RunningBot {
  stop(): Promise<void>;
  /** True while updates are being received (polling runs, or the webhook server listens). */
  isRunning(): boolean;
}

/** A bot served by webhook; `port` is where it listens (useful when asked for port 0). */
export interface WebhookBot extends RunningBot {
  port: number;
}

/** Update types the bot handles (passed to getUpdates / setWebhook). */
export const ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "inline_query"] as const;

/** Pause between two tries of a failed getUpdates while polling, in ms. */
export const POLLING_RETRY_MS = 2_000;

/** How long polling keeps retrying a failing getUpdates before it stops for good ("polling stopped"), in ms. */
export const POLLING_MAX_RETRY_MS = 24 * 60 * 60 * 1000;

/** Settings of the first calls to Telegram (see `startupCalls`). */
interface StartupOptions {
  /** The Bot API root the bot talks to, for the "cannot reach" message; Telegram's when absent. */
  apiRoot?: string;
  /** Longest the start-up calls may take together, in ms. */
  startupTimeoutMs?: number;
}

function startupSettings(options: StartupOptions): { apiRoot?: string; timeoutMs?: number } {
  return {
    ...(options.apiRoot !== undefined ? { apiRoot: options.apiRoot } : {}),
    ...(options.startupTimeoutMs !== undefined ? { timeoutMs: options.startupTimeoutMs } : {}),
  };
}

/**
 * Logs a getUpdates outage once ("getUpdates failed", warning) and its end once ("polling resumed"),
 * however many times the runner retries in between (it retries silently).
 */
function reportPollingOutages(logger: AppLogger): Transformer {
  let failing = false;
  return async (prev, method, payload, signal) => {
    if (method !== "getUpdates") return prev(method, payload, signal);
    try {
      const result = await prev(method, payload, signal);
      if (result.ok && failing) {
        failing = false;
        logger.info({}, "polling resumed");
      } else if (!result.ok && !failing) {
        failing = true;
        logger.warn({ errorCode: result.error_code, description: result.description }, "getUpdates failed; polling keeps retrying");
      }
      return result;
    } catch (error) {
      if (!failing && !signal?.aborted) {
        failing = true;
        logger.warn({ err: error }, "getUpdates failed; polling keeps retrying");
      }
      throw error;
    }
  };
}

/**
 * Long polling with @grammyjs/runner (updates handled concurrently, sequentialized per chat by the bot).
 * Connects first (getMe, then deleteWebhook, since Telegram refuses getUpdates while a webhook is set):
 * when Telegram cannot be reached this rejects with `TelegramUnreachableError` within
 * `startupTimeoutMs`. While polling, a failing getUpdates is retried every `POLLING_RETRY_MS`, logged
 * once per outage. When polling stops for good (Telegram answers getUpdates with 401 — bad token — or
 * 409 — another instance or a webhook — or it failed for `POLLING_MAX_RETRY_MS`), logs "polling
 * stopped" at error level and calls `onFatal` (main exits non-zero there).
 */
export async function startPolling<C extends Context>(
  bot: Bot<C>,
  logger: AppLogger,
  options: StartupOptions & { timeoutSeconds?: number; onFatal?: (error: unknown) => void } = {},
): Promise<RunningBot> {
  const startup = startupCalls(bot, startupSettings(options));
  await startup.identify();
  await startup.call((signal) => bot.api.deleteWebhook({}, signal));
  bot.api.config.use(reportPollingOutages(logger));
  const handle = run(bot, {
    runner: {
      fetch: { timeout: options.timeoutSeconds ?? 30, allowed_updates: [...ALLOWED_UPDATES] },
      retryInterval: POLLING_RETRY_MS,
      silent: true,
      maxRetryTime: POLLING_MAX_RETRY_MS,
    },
  });
  void handle.task()?.catch((error: unknown) => {
    logger.error({ err: error }, "polling stopped");
    options.onFatal?.(error);
  });
  logger.info({ username: bot.botInfo.username }, "bot started (long polling)");
  return {
    async stop() {
      if (handle.isRunning()) await handle.stop();
    },
    isRunning: () => handle.isRunning(),
  };
}

/** Where and how the webhook server listens. */
export interface WebhookOptions extends StartupOptions {
  /** The public https URL registered with Telegram; its path is the only one served. */
  url: string;
  /** Interface to listen on: `127.0.0.1` behind a reverse proxy on the same host, `0.0.0.0` for all. */
  host: string;
  port: number;
  /**
   * Secret Telegram sends back in `X-Telegram-Bot-Api-Secret-Token`; requests without it get 401.
   * Always set: main generates a random one when `WEBHOOK_SECRET` is empty (`randomWebhookSecret`).
   */
  secret: string;
}

/**
 * The webhook settings with a secret always present: the configured `WEBHOOK_SECRET`, or a fresh
 * random one for this run (64 hex characters, within Telegram's 1–256 of A-Z, a-z, 0-9, _ and -).
 */
export function withWebhookSecret(webhook: Omit<WebhookOptions, "secret"> & { secret: string | undefined }): WebhookOptions & { generated: boolean } {
  return webhook.secret
    ? { ...webhook, secret: webhook.secret, generated: false }
    : { ...webhook, secret: randomBytes(32).toString("hex"), generated: true };
}

/**
 * Webhook mode: registers `url` with Telegram with `secret` as the secret token, and serves updates
 * on `host:port` with node:http. Requests to other paths get 404; requests without the secret
 * header get 401 and are never handled, so a forged update cannot run a command. When Telegram
 * cannot be reached (getMe or setWebhook), the server is closed again and this rejects with
 * `TelegramUnreachableError` within `startupTimeoutMs`.
 */
export async function startWebhook<C extends Context>(bot: Bot<C>, logger: AppLogger, webhook: WebhookOptions): Promise<WebhookBot> {
  const startup = startupCalls(bot, startupSettings(webhook));
  await startup.identify();
  const path = new URL(webhook.url).pathname;
  const callback = webhookCallback(bot, "http", { secretToken: webhook.secret, onTimeout: "return" });
  const inFlight = new Set<Promise<unknown>>();
  const server: Server = createServer((req, res) => {
    if (req.method !== "POST" || new URL(req.url ?? "/", "http://localhost").pathname !== path) {
      res.writeHead(404).end();
      return;
    }
    const work = Promise.resolve(callback(req, res)).catch((error: unknown) => {
      logger.error({ err: error }, "webhook request failed");
      if (!res.headersSent) res.writeHead(500).end();
    });
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  });
  // A port already in use (EADDRINUSE) rejects here instead of becoming an uncaught exception.
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(webhook.port, webhook.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  server.on("error", (error) => logger.error({ err: error }, "webhook server error"));
  try {
    await startup.call((signal) =>
      bot.api.setWebhook(webhook.url, { allowed_updates: [...ALLOWED_UPDATES], secret_token: webhook.secret }, signal),
    );
  } catch (error) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    throw error;
  }
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : webhook.port;
  logger.info({ username: bot.botInfo.username, host: webhook.host, port }, "bot started (webhook)");
  return {
    port,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.allSettled([...inFlight]);
    },
    isRunning: () => server.listening,
  };
}
