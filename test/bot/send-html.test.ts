import { Bot } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendHtml } from "../../src/bot/send-html.ts";
import { BotApiStub } from "../helpers/bot-api-stub.ts";
import { captureLogger } from "../helpers/bot-harness.ts";

/** The plain-text resend after Telegram refuses a reply's HTML ("can't parse entities"). */

let stub: BotApiStub;
let bot: Bot;
beforeAll(async () => {
  stub = new BotApiStub();
  await stub.start();
  bot = new Bot(stub.token, { client: { apiRoot: stub.apiRoot } });
});
afterAll(async () => {
  await stub?.stop();
});

const URL_NUR = "https://www.nur.kz/politics/universe/2123160-tokaev-peregovoril-po-telefonu-s-putinym/?utm=a&b=1";

describe("sendHtml's plain-text fallback", () => {
  it("keeps every link's address, and the words", async () => {
    const html = [
      "Here is what the documents say:",
      "<blockquote>Токаев выразил соболезнования &amp; поддержку.</blockquote>",
      `— <b>NUR.KZ</b>, 2024-06-24 · <a href="${URL_NUR.replace(/&/g, "&amp;")}">ссылка</a>`,
      `— <b>TASS</b> · <a href="https://tass.com/world/1">https://tass.com/world/1</a>`,
    ].join("\n");
    stub.injectFault("sendMessage", { kind: "parse" });
    const from = stub.calls.length;
    await sendHtml(bot.api, 42, html, { logger: captureLogger() });

    const sent = stub.callsOf("sendMessage", from).filter((c) => c.outcome === "ok");
    expect(sent).toHaveLength(1);
    expect(sent[0]!.payload.parse_mode).toBeUndefined();
    const text = String(sent[0]!.payload.text);
    expect(text).toContain("Токаев выразил соболезнования & поддержку.");
    expect(text).toContain(`NUR.KZ, 2024-06-24 · ссылка: ${URL_NUR}`);
    // A link whose text is its address is not written twice.
    expect(text).toContain("TASS · https://tass.com/world/1");
    expect(text.split("https://tass.com/world/1")).toHaveLength(2);
    expect(text).not.toMatch(/<\/?\w+/);
  });
});
