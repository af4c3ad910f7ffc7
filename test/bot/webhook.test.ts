import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnswerService } from "../../src/answer/types.ts";
import type { Article } from "../../src/corpus/article.ts";
import { createBot } from "../../src/bot/create-bot.ts";
import { startWebhook, type WebhookBot } from "../../src/bot/run-bot.ts";
import { BotApiStub } from "../helpers/bot-api-stub.ts";
import { captureLogger, removeCorpus } from "../helpers/bot-harness.ts";
import { alice, expectVerbatimQuotes, openTestService, quotesOf } from "./e2e-support.ts";

let stub: BotApiStub;
let running: WebhookBot;
let service: AnswerService;
let articles: Map<string, Article>;
let root: string;
const secret = "webhook_secret_123";

beforeAll(async () => {
  let seedsDir: string;
  ({ service, articles, root, seedsDir } = await openTestService());
  stub = new BotApiStub();
  await stub.start();
  const app = createBot({ token: stub.token, apiRoot: stub.apiRoot, service, adminIds: [], logger: captureLogger(), rateLimitPerMinute: 100, seedsDir });
  running = await startWebhook(app.bot, captureLogger(), { url: "https://bot.example.org/telegram/hook", port: 0, secret });
});

afterAll(async () => {
  await running?.stop();
  await stub?.stop();
  if (root) await removeCorpus(root);
});

describe("webhook mode", () => {
  it("registers the webhook with its secret and answers updates posted with it", async () => {
    const [setWebhook] = stub.callsOf("setWebhook");
    expect(setWebhook?.payload).toMatchObject({ url: "https://bot.example.org/telegram/hook", secret_token: secret });

    const update = {
      update_id: 1,
      message: {
        message_id: 5,
        date: Math.floor(Date.now() / 1000),
        chat: { id: alice.id, type: "private", first_name: alice.first_name },
        from: { is_bot: false, ...alice },
        text: "Сколько дней продлится траур в Дагестане?",
      },
    };
    const post = (headers: Record<string, string>, path = "/telegram/hook") =>
      fetch(`http://127.0.0.1:${running.port}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(update) });

    expect((await post({})).status).toBe(401);
    expect((await post({ "x-telegram-bot-api-secret-token": secret }, "/elsewhere")).status).toBe(404);
    expect(stub.callsOf("sendMessage")).toHaveLength(0);

    const response = await post({ "x-telegram-bot-api-secret-token": secret });
    expect(response.status).toBe(200);
    const reply = await stub.waitForCall((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === alice.id);
    const html = String(reply.payload.text);
    expect(quotesOf(html).some((q) => q.quote.includes("трехдневный"))).toBe(true);
    expectVerbatimQuotes(html, articles);
  });
});
