import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnswerService } from "../../src/answer/types.ts";
import { createBot, type BotApp } from "../../src/bot/create-bot.ts";
import { startPolling, type RunningBot } from "../../src/bot/run-bot.ts";
import { createLogger } from "../../src/logger.ts";
import { createMetrics } from "../../src/metrics/metrics.ts";
import { BotApiStub } from "../helpers/bot-api-stub.ts";
import { memoryStore } from "../helpers/scratch-store.ts";
import { removeCorpus } from "../helpers/bot-harness.ts";
import { alice, openTestService } from "./e2e-support.ts";

/**
 * The real pino logger, the real bot and a Bot API server that drops connections: the errors then
 * carry the request URL (`…/bot<token>/sendChatAction failed, reason: socket hang up`) in their
 * message and stack. Not a byte of the token may reach the log.
 */
let stub: BotApiStub;
let app: BotApp;
let running: RunningBot;
let service: AnswerService;
let root: string;
let output = "";

beforeAll(async () => {
  let seedsDir: string;
  ({ service, root, seedsDir } = await openTestService());
  stub = new BotApiStub("987654321:AAF_secret_part_of_the_token_abcdefghij");
  await stub.start();
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      output += chunk.toString("utf8");
      done();
    },
  });
  const logger = createLogger("debug", { destination: sink, secrets: [stub.token] });
  const metrics = createMetrics({ indexSize: () => null, processMetrics: false });
  app = createBot({ token: stub.token, apiRoot: stub.apiRoot, service, store: memoryStore(), metrics, adminIds: [], logger, rateLimitPerMinute: 100, seedsDir });
  running = await startPolling(app.bot, logger, { timeoutSeconds: 1 });
});

afterAll(async () => {
  await running?.stop();
  await app?.idle();
  await stub?.stop();
  if (root) await removeCorpus(root);
});

describe("the bot token under network faults", () => {
  it("never appears in a log line when sendChatAction, setMyCommands and a More-button edit drop their connections", async () => {
    stub.injectFault("setMyCommands", { kind: "drop" }, 2);
    await app.registerCommands();

    stub.injectFault("sendChatAction", { kind: "drop" }, 3);
    const from = stub.calls.length;
    stub.sendText(alice, "How many people died in the Crocus City Hall attack?");
    const reply = await stub.waitForCall((c) => c.method === "sendMessage" && c.outcome === "ok", { from });
    expect(String(reply.payload.text)).toContain("115");

    // Press the answer's "More" button while editMessageReplyMarkup drops its connection.
    const markup = reply.payload.reply_markup as { inline_keyboard?: { callback_data?: string }[][] } | undefined;
    const data = markup?.inline_keyboard?.flat().find((b) => b.callback_data?.startsWith("more:"))?.callback_data;
    if (data) {
      stub.injectFault("editMessageReplyMarkup", { kind: "drop" }, 3);
      const before = stub.calls.length;
      const messageId = (reply.result as { message_id: number }).message_id;
      stub.pressButton(alice, data, { message_id: messageId, chatId: alice.id });
      await stub.waitForCall((c) => c.method === "answerCallbackQuery", { from: before });
    }
    await new Promise((resolve) => setTimeout(resolve, 200));

    expect(output).toMatch(/sendChatAction failed/);
    expect(output).toMatch(/setMyCommands failed/);
    expect(output).not.toContain(stub.token);
    expect(output).not.toContain("AAF_secret_part_of_the_token_abcdefghij");
    expect(output).not.toContain(encodeURIComponent(stub.token));
  });
});
