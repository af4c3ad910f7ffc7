import { spawn, type ChildProcess } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BotApiStub, visibleText, type RecordedCall, type StubUser } from "./helpers/bot-api-stub.ts";

/**
 * The acceptance scenario of issue 12, as a new user would try it: `npm start` (src/main.ts, in its own
 * process) against a local Bot API server, with ADMIN_IDS=42, DATA_DIR and METRICS_PORT set; then
 * stopped (SIGTERM) and started again on the same DATA_DIR; then started on a damaged database file.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const TSX_LOADER = pathToFileURL(join(ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href;
const MAIN = join(ROOT, "src", "main.ts");

const user501: StubUser = { id: 501, first_name: "Ann", language_code: "en" };
const user502: StubUser = { id: 502, first_name: "Ben", language_code: "en" };
const admin42: StubUser = { id: 42, first_name: "Admin", language_code: "en" };
const AUSTRALIA = "What is the capital of Australia?";
const CROCUS = "How many people died in the Crocus City Hall attack?";

let work: string;
let stub: BotApiStub;
let metricsPort: number;

/** A port on 127.0.0.1 that is free right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/** The bot as `npm start` runs it, and what it printed. */
interface RunningMain {
  child: ChildProcess;
  output(): string;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

async function startMain(): Promise<RunningMain> {
  const child = spawn(process.execPath, ["--import", TSX_LOADER, MAIN], {
    cwd: work,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: work,
      TELEGRAM_BOT_TOKEN: stub.token,
      TELEGRAM_API_ROOT: stub.apiRoot,
      ADMIN_IDS: "42",
      DATA_DIR: join(work, "data"),
      METRICS_PORT: String(metricsPort),
      SEEDS_DIR: join(work, "seeds"),
      EMBEDDINGS_DIR: join(work, "embeddings"),
      // No model here: lexical search, offline.
      EMBEDDING_MODEL: "acme/no-such-model",
      MODELS_DIR: join(work, "no-models"),
      ALLOW_REMOTE_MODELS: "false",
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.on("close", (code) => done(code)));
  // Ready when /healthz says so: the index is loaded and polling runs.
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the bot exited with ${child.exitCode}:\n${output}`);
    const status = await fetch(`http://127.0.0.1:${metricsPort}/healthz`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) break;
    if (Date.now() > deadline) throw new Error(`/healthz never said 200 (last ${status}):\n${output}`);
    await new Promise((done) => setTimeout(done, 200));
  }
  return {
    child,
    output: () => output,
    async stop() {
      child.kill("SIGTERM");
      return exited;
    },
  };
}

/** Sends `text` from `user` and resolves with the first message the bot sends back to that chat. */
async function say(user: StubUser, text: string): Promise<RecordedCall> {
  const from = stub.calls.length;
  stub.sendText(user, text);
  return stub.waitForCall((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === user.id && c.outcome === "ok", { from, timeoutMs: 30_000 });
}

const shown = (call: RecordedCall) => (call.payload.parse_mode === "HTML" ? visibleText(String(call.payload.text)) : String(call.payload.text));

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "newsquote-main-"));
  await cp(join(ROOT, "seeds"), join(work, "seeds"), { recursive: true });
  stub = new BotApiStub();
  await stub.start();
  metricsPort = await freePort();
});

afterAll(async () => {
  await stub?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

describe("operators see what users need, across a restart", () => {
  it("logs the abstained question and the 👎, shows both in /unanswered, serves /metrics, and remembers after a restart", { timeout: 240_000 }, async () => {
    const first = await startMain();
    try {
      // User 501 asks what the articles do not cover.
      const abstained = await say(user501, AUSTRALIA);
      expect(shown(abstained)).toMatch(/^I found nothing in the documents/);
      expect(abstained.payload.reply_markup).toBeUndefined();

      // User 502 asks about the Crocus death toll and presses 👎 under the answer.
      const answer = await say(user502, CROCUS);
      expect(shown(answer)).toMatch(/^Here is what the documents say/);
      const down = (answer.payload.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] }).inline_keyboard.flat().find((b) => b.text === "👎");
      expect(down).toBeDefined();
      const from = stub.calls.length;
      stub.pressButton(user502, down!.callback_data, { message_id: (answer.result as { message_id: number }).message_id, chatId: user502.id });
      const edit = await stub.waitForCall((c) => c.method === "editMessageReplyMarkup", { from, timeoutMs: 30_000 });
      expect(JSON.stringify(edit.payload.reply_markup)).toContain("👎 Thanks!");

      // The admin sees both.
      const report = shown(await say(admin42, "/unanswered"));
      expect(report).toContain(`1× ${AUSTRALIA}`);
      expect(report).toContain(`👎 1 ${CROCUS}`);

      // Prometheus text on METRICS_PORT.
      const metrics = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
      expect(metrics.status).toBe(200);
      expect(metrics.headers.get("content-type")).toMatch(/^text\/plain/);
      const text = await metrics.text();
      expect(text).toMatch(/^newsquote_questions_total\{outcome="answered"\} 1$/m);
      expect(text).toMatch(/^newsquote_questions_total\{outcome="abstained"\} 1$/m);
      expect(text).toMatch(/^newsquote_feedback_total\{vote="down"\} 1$/m);
      expect(text).toMatch(/^newsquote_index_documents 5$/m);
      expect(text).toMatch(/^newsquote_answer_duration_seconds_count 2$/m);
      expect(text).toMatch(/^# TYPE newsquote_telegram_api_errors_total counter$/m);
    } finally {
      expect(await first.stop()).toBe(0);
    }
    expect(first.output()).not.toContain(stub.token);
    // Stopped: nothing answers on the metrics port any more.
    expect(await fetch(`http://127.0.0.1:${metricsPort}/healthz`).then(() => "answered", () => "refused")).toBe("refused");
    expect(await readdir(join(work, "data"))).toContain("bot.sqlite");

    const second = await startMain();
    try {
      const report = shown(await say(admin42, "/unanswered"));
      expect(report).toContain(`1× ${AUSTRALIA}`);
      expect(report).toContain(`👎 1 ${CROCUS}`);
      const stats = shown(await say(admin42, "/stats"));
      expect(stats).toContain("Answered: 1\nAbstained (nothing found): 1\n👍: 0\n👎: 1");
    } finally {
      expect(await second.stop()).toBe(0);
    }
  });

  it("starts afresh, with a warning, on a damaged database file, leaving the articles and the index as they were", { timeout: 240_000 }, async () => {
    const snapshot = async (dir: string) => {
      const files = (await readdir(dir, { recursive: true })).sort();
      return Promise.all(files.map(async (f) => [f, await readFile(join(dir, f)).then((b) => b.toString("base64"), () => "(folder)")]));
    };
    const seedsBefore = await snapshot(join(work, "seeds"));
    const indexBefore = await snapshot(join(work, "embeddings"));
    await writeFile(join(work, "data", "bot.sqlite"), "garbage where the database was ".repeat(200));

    const third = await startMain();
    try {
      expect(third.output()).toMatch(/"level":40[^\n]*the database file is damaged: moved it aside/);
      const report = shown(await say(admin42, "/unanswered"));
      expect(report).toMatch(/Questions I could not answer \(last 30 days, most frequent first\)\nNone\./);
      // Still answering.
      expect(shown(await say(user501, CROCUS))).toMatch(/^Here is what the documents say/);
    } finally {
      expect(await third.stop()).toBe(0);
    }
    expect(await snapshot(join(work, "seeds"))).toEqual(seedsBefore);
    expect(await snapshot(join(work, "embeddings"))).toEqual(indexBefore);
    expect((await readdir(join(work, "data"))).filter((f) => f.startsWith("bot.sqlite.corrupt-"))).toHaveLength(1);
  });
});
