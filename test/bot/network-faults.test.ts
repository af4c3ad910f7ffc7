import { spawn } from "node:child_process";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { AnswerService } from "../../src/answer/types.ts";
import { API_RETRY_POLICY } from "../../src/bot/api-retry.ts";
import { createBot } from "../../src/bot/create-bot.ts";
import { startPolling, startWebhook } from "../../src/bot/run-bot.ts";
import { createMetrics } from "../../src/metrics/metrics.ts";
import { BotApiStub } from "../helpers/bot-api-stub.ts";
import { memoryStore } from "../helpers/scratch-store.ts";
import { captureLogger, removeCorpus, repliesTo, startBotHarness, type BotHarness } from "../helpers/bot-harness.ts";
import { alice, openTestService } from "./e2e-support.ts";

/**
 * The Telegram Bot API unreachable or failing: retries are bounded. At start the bot gives up with one
 * line naming the API root (never the token); while running, a reply that still fails is logged and
 * dropped, and the chat is free for the next question.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const TSX_LOADER = pathToFileURL(join(ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href;
const MAIN = join(ROOT, "src", "main.ts");
const TOKEN = "123456789:AAH_secret_part_of_the_token_for_tests_xyz";
const SECRET_PART = "AAH_secret_part_of_the_token_for_tests_xyz";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A service the start-up never reaches (no update is handled before the bot has started). */
const UNUSED_SERVICE = {} as Pick<AnswerService, "reindexing"> as AnswerService;

async function listen(server: Server): Promise<number> {
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  cleanups.push(() => new Promise<void>((done) => server.close(() => done())));
  return (server.address() as AddressInfo).port;
}

/** A port on 127.0.0.1 where nothing listens. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

function botAt(apiRoot: string) {
  const logger = captureLogger();
  const store = memoryStore();
  cleanups.push(async () => store.close());
  const metrics = createMetrics({ indexSize: () => null, processMetrics: false });
  const app = createBot({ token: TOKEN, apiRoot, service: UNUSED_SERVICE, store, metrics, adminIds: [], logger, rateLimitPerMinute: 10, seedsDir: "/nonexistent" });
  return { app, logger };
}

describe("starting against a Bot API that cannot be reached", () => {
  it("gives up on a closed port with one error naming the API root, not the token", async () => {
    const apiRoot = `http://127.0.0.1:${await closedPort()}`;
    const { app } = botAt(apiRoot);
    const error = await startPolling(app.bot, captureLogger(), { apiRoot }).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(new RegExp(`^cannot reach the Telegram Bot API at ${apiRoot}: .*ECONNREFUSED`));
    expect(error?.message).not.toContain(SECRET_PART);
    expect(error?.message.split("\n")).toHaveLength(1);
  });

  it("tries getMe a bounded number of times when the answer is not JSON", async () => {
    let getMeCalls = 0;
    const server = createServer((req, res) => {
      if (req.url?.endsWith("/getMe")) getMeCalls++;
      res.writeHead(200, { "content-type": "text/html" }).end("<html><body>502 Bad Gateway</body></html>");
    });
    const apiRoot = `http://127.0.0.1:${await listen(server)}`;
    const { app } = botAt(apiRoot);
    const error = await startPolling(app.bot, captureLogger(), { apiRoot }).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(new RegExp(`^cannot reach the Telegram Bot API at ${apiRoot}: .*not JSON`));
    expect(getMeCalls).toBe(API_RETRY_POLICY.networkAttempts);
  });

  it("closes the webhook port again when setWebhook keeps failing", async () => {
    const stub = new BotApiStub(TOKEN);
    await stub.start();
    cleanups.push(() => stub.stop());
    stub.injectFault("setWebhook", { kind: "drop" }, 50);
    const { app } = botAt(stub.apiRoot);
    const port = await closedPort();
    const error = await startWebhook(app.bot, captureLogger(), {
      url: "https://bot.example.org/hook",
      host: "127.0.0.1",
      port,
      secret: "s3cret",
      apiRoot: stub.apiRoot,
    }).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(/^cannot reach the Telegram Bot API at http:\/\/127\.0\.0\.1:\d+: /);
    expect(stub.callsOf("setWebhook")).toHaveLength(API_RETRY_POLICY.networkAttempts);
    // The port is free again: the process can exit (or retry) cleanly.
    const again = createServer();
    await new Promise<void>((done, fail) => {
      again.once("error", fail);
      again.listen(port, "127.0.0.1", () => done());
    });
    await new Promise<void>((done) => again.close(() => done()));
  });
});

describe("npm start against an unreachable Bot API", () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "bot-start-"));
    await cp(join(ROOT, "seeds"), join(work, "seeds"), { recursive: true });
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it("exits with status 1 and says once which API root it could not reach", async () => {
    const apiRoot = `http://127.0.0.1:${await closedPort()}`;
    const child = spawn(process.execPath, ["--import", TSX_LOADER, MAIN], {
      cwd: work,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: work,
        TELEGRAM_BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: apiRoot,
        SEEDS_DIR: join(work, "seeds"),
        EMBEDDINGS_DIR: join(work, "embeddings"),
        EMBEDDING_MODEL: "acme/no-such-model",
        MODELS_DIR: join(work, "no-models"),
        ALLOW_REMOTE_MODELS: "false",
        LOG_LEVEL: "debug",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    cleanups.push(async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((done) => child.on("close", (c) => done(c)));

    expect(code).toBe(1);
    const lines = output.split("\n").filter((line) => line.includes("cannot reach the Telegram Bot API"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`cannot reach the Telegram Bot API at ${apiRoot}: `);
    expect(output).not.toContain(SECRET_PART);
  });
});

describe("replies while Telegram drops connections", () => {
  let harness: BotHarness;
  let root: string;
  beforeAll(async () => {
    let service: AnswerService;
    ({ service, root } = await openTestService());
    harness = await startBotHarness({ service, adminIds: [], rateLimitPerMinute: 100, seedsDir: "/nonexistent" });
  });
  afterAll(async () => {
    await harness?.stop();
    if (root) await removeCorpus(root);
  });

  it("drops a reply that still fails after its bounded retries, logs it, and answers the same user's next question", async () => {
    const { stub } = harness;
    stub.injectFault("sendMessage", { kind: "drop" }, API_RETRY_POLICY.networkAttempts);
    const from = stub.calls.length;
    const first = stub.sendText(alice, "How many people died in the Crocus City Hall attack?");
    // Asked while the first reply is still being retried: the chat is sequential, so it waits its turn.
    const second = stub.sendText(alice, "What happened in Almaty in January 2022?");
    await harness.handled(first.updateId, 45_000);
    await harness.handled(second.updateId, 45_000);

    expect(stub.callsOf("sendMessage", from).filter((c) => c.outcome === "fault:drop")).toHaveLength(API_RETRY_POLICY.networkAttempts);
    const replies = repliesTo(stub, alice.id, from);
    // One message: the answer to the second question. The first reply was dropped, not retried for minutes.
    expect(replies).toHaveLength(1);
    expect((replies[0]?.call.payload.reply_parameters as { message_id?: number } | undefined)?.message_id).toBe(second.messageId);
    const dropped = harness.logger.lines.filter((l) => l.level === "error" && /reply dropped/.test(l.msg ?? ""));
    expect(dropped).toHaveLength(1);
    // Counted once for monitoring, by method (the retries before it are not failures of the call).
    expect(await harness.metrics.text()).toMatch(/^newsquote_telegram_api_errors_total\{method="sendMessage"\} 1$/m);
  });

  it("logs a getUpdates outage once, and answers again when it is over", async () => {
    const { stub, logger } = harness;
    const before = logger.lines.length;
    stub.injectFault("getUpdates", { kind: "drop" }, 3);
    // The pending long poll delivers this one; the next three getUpdates calls drop their connection.
    const first = stub.sendText(alice, "Who is Tokayev?");
    await harness.handled(first.updateId, 45_000);
    // Delivered once polling works again.
    const second = stub.sendText(alice, "What happened in Almaty in January 2022?");
    await harness.handled(second.updateId, 45_000);
    expect(stub.callsOf("getUpdates").filter((c) => c.outcome === "fault:drop")).toHaveLength(3);
    const after = logger.lines.slice(before);
    expect(after.filter((l) => l.level === "warn" && /getUpdates failed/.test(l.msg ?? ""))).toHaveLength(1);
    expect(after.filter((l) => l.level === "info" && /polling resumed/.test(l.msg ?? ""))).toHaveLength(1);
  });
});
