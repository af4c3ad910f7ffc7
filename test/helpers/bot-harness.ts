import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AnswerService } from "../../src/answer/types.ts";
import { createBot, type BotApp, type CreateBotOptions } from "../../src/bot/create-bot.ts";
import { startPolling, type RunningBot } from "../../src/bot/run-bot.ts";
import type { AppLogger } from "../../src/logger.ts";
import { createMetrics, type Metrics } from "../../src/metrics/metrics.ts";
import type { BotStore } from "../../src/store/bot-store.ts";
import { BotApiStub, visibleText, type RecordedCall, type StubChat, type StubUser } from "./bot-api-stub.ts";
import { openScratchStore } from "./scratch-store.ts";

/** The repository's seed articles (copied, never written to). */
export const REPO_SEEDS = join(import.meta.dirname, "..", "..", "seeds");

/** A temp copy of the seeds (plus `extra` made-up articles) and an empty index folder. */
export async function prepareCorpus(extra: Record<string, string> = {}): Promise<{ root: string; seedsDir: string; indexDir: string }> {
  const root = await mkdtemp(join(tmpdir(), "newsquote-bot-"));
  const seedsDir = join(root, "seeds");
  const indexDir = join(root, "embeddings");
  await cp(REPO_SEEDS, seedsDir, { recursive: true });
  for (const [name, text] of Object.entries(extra)) await writeFile(join(seedsDir, name), text, "utf8");
  return { root, seedsDir, indexDir };
}

/** A log line captured by `captureLogger`. */
export interface LogLine {
  level: "debug" | "info" | "warn" | "error";
  obj: object;
  msg: string | undefined;
}

/** A logger that keeps every line in memory (tests assert on warnings, e.g. a failed setMyCommands). */
export function captureLogger(): AppLogger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at = (level: LogLine["level"]) => (obj: object, msg?: string) => {
    lines.push({ level, obj, msg });
  };
  return { lines, debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

/** A bot running against a stub Bot API server, with helpers to talk to it as users. */
export interface BotHarness {
  stub: BotApiStub;
  app: BotApp;
  /** The bot's store (the one given, or a scratch one removed on `stop()`). */
  store: BotStore;
  /** The bot's metrics (the ones given, or new ones). */
  metrics: Metrics;
  logger: ReturnType<typeof captureLogger>;
  /** Resolves when the bot has finished handling the update. */
  handled(updateId: number, timeoutMs?: number): Promise<void>;
  /**
   * Sends `text` from `user` and resolves, once the bot has handled it, with the sendMessage calls
   * the bot made to that chat meanwhile (their text as the user sees it is in `visible`).
   */
  ask(user: StubUser, text: string, options?: { chat?: StubChat }): Promise<BotReply[]>;
  stop(): Promise<void>;
}

/** One message the bot sent, as recorded by the stub. */
export interface BotReply {
  call: RecordedCall;
  /** The raw text (HTML when parse_mode is HTML). */
  text: string;
  /** What the user sees: tags removed, entities decoded. */
  visible: string;
}

/** Turns recorded sendMessage calls to `chatId` (from index `from`) into replies. */
export function repliesTo(stub: BotApiStub, chatId: number, from: number): BotReply[] {
  return stub
    .callsOf("sendMessage", from)
    .filter((call) => Number(call.payload.chat_id) === chatId && call.outcome === "ok")
    .map((call) => {
      const text = String(call.payload.text);
      return { call, text, visible: call.payload.parse_mode === "HTML" ? visibleText(text) : text };
    });
}

/**
 * Starts a stub server (or uses `stub`, left running on `stop()`) and the bot (long polling via the
 * production `startPolling`). Without a `store`, the bot gets a scratch one in a temp folder.
 */
export async function startBotHarness(
  options: Omit<CreateBotOptions, "token" | "apiRoot" | "logger" | "onUpdateDone" | "store" | "metrics"> & {
    service: AnswerService;
    store?: BotStore;
    metrics?: Metrics;
    stub?: BotApiStub;
  },
): Promise<BotHarness> {
  const ownStub = options.stub === undefined;
  const stub = options.stub ?? new BotApiStub();
  if (ownStub) await stub.start();
  const scratch = options.store ? null : await openScratchStore();
  const store = options.store ?? scratch!.store;
  const metrics = options.metrics ?? createMetrics({ indexSize: () => null, processMetrics: false });
  const logger = captureLogger();
  const done = new Set<number>();
  const waiting = new Map<number, () => void>();
  const { stub: _stub, ...botOptions } = options;
  const app = createBot({
    ...botOptions,
    store,
    metrics,
    token: stub.token,
    apiRoot: stub.apiRoot,
    logger,
    onUpdateDone: (updateId) => {
      done.add(updateId);
      waiting.get(updateId)?.();
    },
  });
  let running: RunningBot | null = await startPolling(app.bot, logger, { timeoutSeconds: 2 });

  const handled = (updateId: number, timeoutMs = 20_000) =>
    done.has(updateId)
      ? Promise.resolve()
      : new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`update ${updateId} not handled within ${timeoutMs} ms`)), timeoutMs);
          waiting.set(updateId, () => {
            clearTimeout(timer);
            waiting.delete(updateId);
            resolve();
          });
        });

  return {
    stub,
    app,
    store,
    metrics,
    logger,
    handled,
    async ask(user, text, askOptions = {}) {
      const from = stub.calls.length;
      const chatId = askOptions.chat?.id ?? user.id;
      const { updateId } = stub.sendText(user, text, askOptions.chat ? { chat: askOptions.chat } : {});
      await handled(updateId);
      return repliesTo(stub, chatId, from);
    },
    async stop() {
      const current = running;
      running = null;
      await current?.stop();
      await app.idle();
      if (ownStub) await stub.stop();
      await scratch?.cleanup();
    },
  };
}

/** Removes a folder made by `prepareCorpus`. */
export async function removeCorpus(root: string): Promise<void> {
  await rm(root, { recursive: true, force: true });
}
