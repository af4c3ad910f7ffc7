import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Bot } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import { ReindexBusyError } from "../../src/answer/answer-service.ts";
import type { AnswerService, BuildProgress, ReindexReport } from "../../src/answer/types.ts";
import { BackgroundJobs } from "../../src/bot/background-jobs.ts";
import { chatReindexer } from "../../src/bot/reindex-from-chat.ts";
import { startPolling, startWebhook } from "../../src/bot/run-bot.ts";
import { BOT_TEXTS } from "../../src/bot/texts.ts";
import { createMetrics } from "../../src/metrics/metrics.ts";
import { BotApiStub, visibleText } from "../helpers/bot-api-stub.ts";
import { captureLogger } from "../helpers/bot-harness.ts";
import { admin } from "./e2e-support.ts";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return (server.address() as AddressInfo).port;
}

describe("polling that Telegram refuses for good", () => {
  it("logs 'polling stopped' and calls onFatal when getUpdates answers 401", async () => {
    // A Bot API that knows the bot but refuses getUpdates as Telegram does for a revoked token.
    const server = createServer((req, res) => {
      const method = /\/([A-Za-z]+)$/.exec(req.url ?? "")?.[1];
      res.writeHead(method === "getUpdates" ? 401 : 200, { "content-type": "application/json" });
      if (method === "getUpdates") res.end(JSON.stringify({ ok: false, error_code: 401, description: "Unauthorized" }));
      else if (method === "getMe") res.end(JSON.stringify({ ok: true, result: { id: 1, is_bot: true, first_name: "B", username: "b_bot" } }));
      else res.end(JSON.stringify({ ok: true, result: true }));
    });
    const port = await listen(server);
    const logger = captureLogger();
    const bot = new Bot("1:revoked", { client: { apiRoot: `http://127.0.0.1:${port}` } });
    const fatal = new Promise<unknown>((resolve) => {
      void startPolling(bot, logger, { timeoutSeconds: 1, onFatal: resolve }).then((running) => cleanups.push(() => running.stop()));
    });
    const error = (await fatal) as { error_code?: number };
    expect(error.error_code).toBe(401);
    expect(logger.lines.some((l) => l.level === "error" && l.msg === "polling stopped")).toBe(true);
  });
});

describe("webhook on a port already in use", () => {
  it("rejects startWebhook instead of throwing an uncaught exception", async () => {
    const stub = new BotApiStub();
    await stub.start();
    cleanups.push(() => stub.stop());
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, resolve));
    cleanups.push(() => new Promise<void>((resolve) => blocker.close(() => resolve())));
    const port = (blocker.address() as AddressInfo).port;
    const bot = new Bot(stub.token, { client: { apiRoot: stub.apiRoot } });
    await expect(startWebhook(bot, captureLogger(), { url: "https://bot.example.org/hook", host: "127.0.0.1", port, secret: "s3cret" })).rejects.toMatchObject({
      code: "EADDRINUSE",
    });
    expect(stub.callsOf("setWebhook")).toEqual([]);
  });
});

describe("reindex from chat", () => {
  const REPORT: ReindexReport = { documents: 1, passages: 2, mode: "lexical", buildMs: 1, added: [], changed: [], removed: [], skipped: [], warnings: [] };

  /** A service whose rebuild reports 0…20 of two phases, then finishes when `finish` is called. */
  function fakeService() {
    let running: Promise<ReindexReport> | null = null;
    let finish: () => void = () => undefined;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const service = {
      get reindexing() {
        return running !== null;
      },
      reindex(onProgress?: (progress: BuildProgress) => void): Promise<ReindexReport> {
        if (running) return Promise.reject(new ReindexBusyError());
        running = (async () => {
          for (const phase of ["loading", "embedding"] as const) {
            for (let done = 0; done <= 20; done++) {
              await new Promise((r) => setImmediate(r));
              onProgress?.({ phase, done, total: 20 });
            }
          }
          await finished;
          running = null;
          return REPORT;
        })();
        return running;
      },
    } as Pick<AnswerService, "reindex" | "reindexing"> as AnswerService;
    return { service, finish: () => finish() };
  }

  async function setup() {
    const stub = new BotApiStub();
    await stub.start();
    cleanups.push(() => stub.stop());
    const bot = new Bot(stub.token, { client: { apiRoot: stub.apiRoot } });
    const fake = fakeService();
    const background = new BackgroundJobs();
    const metrics = createMetrics({ indexSize: () => null, processMetrics: false });
    const startReindex = chatReindexer({
      service: fake.service,
      logger: captureLogger(),
      api: bot.api,
      metrics,
      background,
      // Never by time: only the 10 % steps make edits.
      progressIntervalMs: 1e9,
      now: () => 0,
    });
    return { stub, startReindex, background, metrics, fake };
  }

  it("says 'busy' to the second of two /reindex sent at once, and 'started' only once", async () => {
    const { stub, startReindex, background, metrics, fake } = await setup();
    await Promise.all([startReindex(admin.id, "en"), startReindex(admin.id, "en")]);
    const texts = stub.callsOf("sendMessage").map((c) => visibleText(String(c.payload.text)));
    expect(texts.filter((t) => t === visibleText(BOT_TEXTS.en.reindexStarted))).toHaveLength(1);
    expect(texts.filter((t) => t === visibleText(BOT_TEXTS.en.reindexBusy))).toHaveLength(1);
    fake.finish();
    await background.idle();
    // Counted for monitoring: one rebuild done (with its duration), one refused as busy.
    const text = await metrics.text();
    expect(text).toMatch(/^newsquote_reindex_total\{outcome="ok"\} 1$/m);
    expect(text).toMatch(/^newsquote_reindex_total\{outcome="busy"\} 1$/m);
    expect(text).toMatch(/^newsquote_reindex_duration_seconds_count 1$/m);
  });

  it("edits the status message every 10 % within each phase, not only in the first", async () => {
    const { stub, startReindex, background, fake } = await setup();
    await startReindex(admin.id, "en");
    fake.finish();
    await background.idle();
    const edits = stub.callsOf("editMessageText").map((c) => String(c.payload.text));
    const embeddingTexts = new Set(Array.from({ length: 21 }, (_, done) => BOT_TEXTS.en.reindexProgress("embedding", done, 20)));
    // 20 steps of 5 %: about an edit every second step of the second phase (the first phase took the share to 100 %).
    expect(edits.filter((t) => embeddingTexts.has(t)).length).toBeGreaterThanOrEqual(5);
    expect(stub.callsOf("sendMessage").map((c) => visibleText(String(c.payload.text))).at(-1)).toMatch(/^Index rebuilt/);
  });
});
