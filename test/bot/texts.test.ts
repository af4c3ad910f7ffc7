import { describe, expect, it } from "vitest";
import { splitHtml } from "../../src/bot/telegram-format.ts";
import type { Source } from "../../src/answer/types.ts";
import { BOT_TEXTS } from "../../src/bot/texts.ts";
import { checkTelegramHtml, visibleText } from "../helpers/bot-api-stub.ts";

const source = (i: number, lang: "en" | "ru", date: string | null): Source => ({
  doc: `${String(i).padStart(3, "0")}.txt`,
  name: `Article number ${i} <about> the steppe & the city`,
  title: null,
  outlet: null,
  date,
  url: null,
  lang,
});

describe("/help, built from the documents in the index", () => {
  it("names up to eight documents, counts them by language with their dates, and points to /sources for the rest", () => {
    const sources = Array.from({ length: 12 }, (_, i) => source(i, i < 9 ? "en" : "ru", i === 3 ? "2022-01-05" : i === 7 ? "2024-03-23" : null));
    const en = BOT_TEXTS.en.help("newsquote_test_bot", sources);
    expect(checkTelegramHtml(en)).toBeNull();
    const visible = visibleText(en);
    expect(visible).toContain("I answer from 12 documents (9 in English, 3 in Russian), dated 2022-01-05 – 2024-03-23:");
    expect(visible).toContain("• Article number 7 <about> the steppe & the city");
    expect(visible).not.toContain("Article number 8 ");
    expect(visible).toContain("… and 4 more: /sources");
    const ru = visibleText(BOT_TEXTS.ru.help("newsquote_test_bot", sources));
    expect(ru).toContain("Я отвечаю по 12 документам (на русском — 3, на английском — 9), даты: 2022-01-05 – 2024-03-23:");
    expect(ru).toContain("… и ещё 4: /sources");
  });

  it("says so when the index is empty, and names one document in the singular", () => {
    expect(visibleText(BOT_TEXTS.en.help("b", []))).toContain("There are no documents in the index yet.");
    expect(visibleText(BOT_TEXTS.en.help("b", [source(1, "en", null)]))).toContain("I answer from 1 document (1 in English, 0 in Russian):");
    expect(visibleText(BOT_TEXTS.ru.help("b", [source(1, "ru", null)]))).toContain("Я отвечаю по 1 документу");
  });
});

describe("/unanswered", () => {
  it("lists long questions as valid HTML that splits into messages under 4096 characters", () => {
    const groups = Array.from({ length: 100 }, (_, i) => ({
      text: `Question ${i} <b>about</b> & ${"the saiga census on the Ustyurt plateau ".repeat(12)}?`,
      lang: "en" as const,
      count: 100 - i,
      lastAskedAt: 0,
    }));
    const html = BOT_TEXTS.en.unanswered({ days: 30, groups, totalGroups: 140, downvoted: [], totalDownvoted: 0 });
    expect(checkTelegramHtml(html)).toBeNull();
    const parts = splitHtml(html);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(checkTelegramHtml(part)).toBeNull();
      expect(visibleText(part).length).toBeLessThanOrEqual(4096);
    }
    const visible = visibleText(html);
    expect(visible).toContain("1. 100× Question 0 <b>about</b> & the saiga");
    // Each question is cut at 300 characters.
    const lines = visible.split("\n").filter((line) => /^\d+\. /.test(line));
    expect(lines).toHaveLength(100);
    for (const line of lines) {
      expect(line).toMatch(/… \(en\)$/);
      expect(line.length).toBeLessThan(320);
    }
    expect(visible).toContain("… and 40 more.");
    expect(visible).toMatch(/Answers marked 👎 \(last 30 days\)\nNone\./);
  });
});
