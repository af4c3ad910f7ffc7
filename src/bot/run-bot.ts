import { createServer, type Server } from "node:http";
import { run } from "@grammyjs/runner";
import { webhookCallback, type Bot } from "grammy";
import type { AppLogger } from "../logger.ts";

/** A running bot: `stop()` stops taking updates and resolves when in-flight updates are handled. */
export interface RunningBot {
  stop(): Promise<void>;
}

/** A bot served by webhook; `port` is where it listens (useful when asked for port 0). */
export interface WebhookBot extends RunningBot {
  port: number;
}

/** Update types the bot handles (passed to getUpdates / setWebhook). */
export const ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "inline_query"] as const;

/**
 * Long polling with @grammyjs/runner (updates handled concurrently, sequentialized per chat by the bot).
 * Removes a webhook first, since Telegram refuses getUpdates while one is set. When polling stops for
 * good (Telegram answers getUpdates with 401 — bad token — or 409 — another instance or a webhook),
 * logs "polling stopped" at error level and calls `onFatal` (main exits non-zero there).
 */
export async function startPolling(
  bot: Bot,
  logger: AppLogger,
  options: { timeoutSeconds?: number; onFatal?: (error: unknown) => void } = {},
): Promise<RunningBot> {
  await bot.init();
  await bot.api.deleteWebhook();
  const handle = run(bot, {
    runner: {
      fetch: { timeout: options.timeoutSeconds ?? 30, allowed_updates: [...ALLOWED_UPDATES] },
      retryInterval: "exponential",
      silent: true,
      maxRetryTime: 24 * 60 * 60 * 1000,
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
  };
}

/**
 * Webhook mode: registers `url` with Telegram (with `secret` as the secret token header, when given)
 * and serves updates on `port` with node:http. Requests to other paths, or without the secret, are refused.
 */
export async function startWebhook(
  bot: Bot,
  logger: AppLogger,
  webhook: { url: string; port: number; secret: string | undefined },
): Promise<WebhookBot> {
  await bot.init();
  const path = new URL(webhook.url).pathname;
  const callback = webhookCallback(bot, "http", {
    ...(webhook.secret ? { secretToken: webhook.secret } : {}),
    onTimeout: "return",
  });
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
    server.listen(webhook.port, () => {
      server.off("error", reject);
      resolve();
    });
  });
  server.on("error", (error) => logger.error({ err: error }, "webhook server error"));
  await bot.api.setWebhook(webhook.url, {
    allowed_updates: [...ALLOWED_UPDATES],
    ...(webhook.secret ? { secret_token: webhook.secret } : {}),
  });
  logger.info({ username: bot.botInfo.username, port: webhook.port }, "bot started (webhook)");
  const address = server.address();
  return {
    port: typeof address === "object" && address !== null ? address.port : webhook.port,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.allSettled([...inFlight]);
    },
  };
}
