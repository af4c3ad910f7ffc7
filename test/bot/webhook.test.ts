import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnswerService } from "../../src/answer/types.ts";
import type { Article } from "../../src/corpus/article.ts";
import { createBot } from "../../src/bot/create-bot.ts";
import { startWebhook, withWebhookSecret, type WebhookBot } from "../../src/bot/run-bot.ts";
import { parseConfig } from "../../src/config.ts";
import { createMetrics } from "../../src/metrics/metrics.ts";
import { BotApiStub } from "../helpers/bot-api-stub.ts";
import { memoryStore } from "../helpers/scratch-store.ts";
import { captureLogger, removeCorpus } from "../helpers/bot-harness.ts";
import { admin, alice, expectVerbatimQuotes, openTestService, quotesOf } from "./e2e-support.ts";

let stub: BotApiStub;
let service: AnswerService;
let articles: Map<string, Article>;
let root: string;
let seedsDir: string;
const running: WebhookBot[] = [];

beforeAll(async () => {
  ({ service, articles, root, seedsDir } = await openTestService());
  stub = new BotApiStub();
  await stub.start();
});

afterAll(async () => {
  for (const bot of running) await bot.stop();
  await stub?.stop();
  if (root) await removeCorpus(root);
});

/** Starts the real bot in webhook mode from settings as `.env` would give them. */
async function startFromEnv(env: Record<string, string>): Promise<WebhookBot> {
  const config = parseConfig(env);
  const webhook = withWebhookSecret(config.telegram.webhook!);
  const store = memoryStore();
  const metrics = createMetrics({ indexSize: () => null, processMetrics: false });
  const app = createBot({ token: stub.token, apiRoot: stub.apiRoot, service, store, metrics, adminIds: [admin.id], logger: captureLogger(), rateLimitPerMinute: 100, seedsDir });
  const bot = await startWebhook(app.bot, captureLogger(), { ...webhook, port: 0 });
  running.push(bot);
  return bot;
}

function updateFrom(user: typeof alice, text: string, updateId: number) {
  return {
    update_id: updateId,
    message: {
      message_id: 5,
      date: Math.floor(Date.now() / 1000),
      chat: { id: user.id, type: "private", first_name: user.first_name },
      from: { is_bot: false, ...user },
      text,
      ...(text.startsWith("/") ? { entities: [{ type: "bot_command", offset: 0, length: text.split(" ")[0]!.length }] } : {}),
    },
  };
}

const post = (port: number, update: object, headers: Record<string, string> = {}, path = "/telegram/hook") =>
  fetch(`http://127.0.0.1:${port}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(update) });

describe("webhook mode", () => {
  it("registers the configured secret and answers only updates posted with it", async () => {
    const secret = "webhook_secret_123";
    const bot = await startFromEnv({ WEBHOOK_URL: "https://bot.example.org/telegram/hook", WEBHOOK_SECRET: secret });
    const setWebhook = stub.callsOf("setWebhook").at(-1);
    expect(setWebhook?.payload).toMatchObject({ url: "https://bot.example.org/telegram/hook", secret_token: secret });

    const update = updateFrom(alice, "Сколько дней продлится траур в Дагестане?", 1);
    const from = stub.calls.length;
    expect((await post(bot.port, update)).status).toBe(401);
    expect((await post(bot.port, update, { "x-telegram-bot-api-secret-token": secret }, "/elsewhere")).status).toBe(404);
    expect(stub.callsOf("sendMessage", from)).toHaveLength(0);

    const response = await post(bot.port, update, { "x-telegram-bot-api-secret-token": secret });
    expect(response.status).toBe(200);
    const reply = await stub.waitForCall((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === alice.id, { from });
    const html = String(reply.payload.text);
    expect(quotesOf(html).some((q) => q.quote.includes("трехдневный"))).toBe(true);
    expectVerbatimQuotes(html, articles);
  });

  it("without WEBHOOK_SECRET, registers a random secret and refuses a forged admin /reindex with 401", async () => {
    const bot = await startFromEnv({ WEBHOOK_URL: "https://bot.example.org/telegram/hook" });
    const secret = String(stub.callsOf("setWebhook").at(-1)?.payload.secret_token ?? "");
    expect(secret).toMatch(/^[0-9a-f]{64}$/);

    const from = stub.calls.length;
    const forged = updateFrom(admin, "/reindex", 2);
    expect((await post(bot.port, forged)).status).toBe(401);
    expect((await post(bot.port, forged, { "x-telegram-bot-api-secret-token": "guess" })).status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(stub.calls.slice(from).filter((c) => c.method !== "getUpdates")).toHaveLength(0);
    expect(service.reindexing).toBe(false);

    // Telegram, which knows the secret, still gets through.
    expect((await post(bot.port, updateFrom(alice, "How many people died in the Crocus City Hall attack?", 3), { "x-telegram-bot-api-secret-token": secret })).status).toBe(200);
    await stub.waitForCall((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === alice.id, { from });
  });

  it("listens on 127.0.0.1 unless WEBHOOK_HOST says otherwise", async () => {
    const bot = await startFromEnv({ WEBHOOK_URL: "https://bot.example.org/telegram/hook" });
    const external = Object.values((await import("node:os")).networkInterfaces())
      .flat()
      .find((i) => i && i.family === "IPv4" && !i.internal)?.address;
    if (external) {
      const reached = await fetch(`http://${external}:${bot.port}/telegram/hook`, { method: "POST", body: "{}" }).then(
        () => true,
        () => false,
      );
      expect(reached).toBe(false);
    }
    expect((await post(bot.port, {})).status).toBe(401);
  });
});
