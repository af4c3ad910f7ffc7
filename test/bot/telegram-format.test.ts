import { describe, expect, it } from "vitest";
import {
  escapeHtml,
  formatAnswer,
  formatSourceLine,
  htmlToPlain,
  splitHtml,
  splitPlain,
  TELEGRAM_MESSAGE_LIMIT,
  unescapeHtml,
} from "../../src/bot/telegram-format.ts";
import type { AnswerResult, Source } from "../../src/answer/types.ts";
import { checkTelegramHtml, visibleText } from "../helpers/bot-api-stub.ts";

describe("escapeHtml", () => {
  const table: [string, string][] = [
    ["Crocus City Hall <b>attack</b>", "Crocus City Hall &lt;b&gt;attack&lt;/b&gt;"],
    ["AT&T & Kazakhtelecom", "AT&amp;T &amp; Kazakhtelecom"],
    ['He said "enough" & left', "He said &quot;enough&quot; &amp; left"],
    ["already &amp; escaped", "already &amp;amp; escaped"],
    ["«Крокус Сити Холл» — теракт", "«Крокус Сити Холл» — теракт"],
    ["Трёхдневный траур ёлки\u00a0NBSP", "Трёхдневный траур ёлки\u00a0NBSP"],
    ["🕯️ траур <3 & 👍", "🕯️ траур &lt;3 &amp; 👍"],
    ["<script>alert('x')</script>", "&lt;script&gt;alert('x')&lt;/script&gt;"],
    ["a > b", "a &gt; b"],
  ];
  it.each(table)("escapes %j", (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
    expect(checkTelegramHtml(escapeHtml(input))).toBeNull();
    expect(unescapeHtml(escapeHtml(input))).toBe(input);
  });
});

const crocus: Source = {
  doc: "000_87f934314bcdc9c2.txt",
  name: "Tokayev holds Security Council meeting",
  title: "Tokayev holds Security Council meeting",
  outlet: "Kazinform",
  date: "2024-03-23",
  url: "https://www.inform.kz/en/x?a=1&b=2",
  lang: "en",
};

describe("formatSourceLine", () => {
  it("builds the line from metadata, escaped, with an http(s) link only", () => {
    const line = formatSourceLine({ ...crocus, name: "A <i>bad</i> & title", title: "A <i>bad</i> & title" }, "en");
    expect(checkTelegramHtml(line)).toBeNull();
    expect(visibleText(line)).toContain("A <i>bad</i> & title, Kazinform, 2024-03-23");
    expect(line).toContain('href="https://www.inform.kz/en/x?a=1&amp;b=2"');
    const unsafe = formatSourceLine({ ...crocus, url: "javascript:alert(1)" }, "en");
    expect(unsafe).not.toContain("<a ");
  });

  it("names an untitled document by its source name (made from its first sentence), with outlet and date", () => {
    const untitled = { ...crocus, title: null, name: "On March 23, President Tokayev held a meeting…" };
    expect(visibleText(formatSourceLine(untitled, "en"))).toBe("— On March 23, President Tokayev held a meeting…, Kazinform, 2024-03-23 · link");
    const byOutlet = { ...crocus, title: null, name: "Kazinform, 2024-03-23", url: null };
    expect(visibleText(formatSourceLine(byOutlet, "en"))).toBe("— Kazinform, 2024-03-23");
  });
});

describe("formatAnswer", () => {
  const base: AnswerResult = {
    lang: "ru",
    abstained: false,
    decision: { answered: true, answerType: "other", matchedFocus: ["траур"], focusInTitle: [], answerTypeFound: true },
    quotes: [{ doc: crocus.doc, text: "Объявлен трехдневный траур & <митинг>", start: 0, end: 10, source: { ...crocus, lang: "ru" }, highlights: [] }],
    sources: [{ ...crocus, lang: "ru" }],
    passages: [],
    searchedQuestion: "q",
  };

  it("puts each quote in a blockquote followed by its source, in the answer's language", () => {
    const html = formatAnswer(base);
    expect(checkTelegramHtml(html)).toBeNull();
    expect(html).toContain("<blockquote>Объявлен трехдневный траур &amp; &lt;митинг&gt;</blockquote>\n— <b>");
    expect(visibleText(html)).toMatch(/^Вот что говорится в документах:/);
    expect(html).toContain(">ссылка</a>");
  });

  it("gives one source line per document, after that document's quotes", () => {
    const other: Source = { ...crocus, doc: "002.txt", title: "Shootout in Almaty", url: null };
    const quote = (doc: Source, text: string) => ({ doc: doc.doc, text, start: 0, end: text.length, source: doc, highlights: [] });
    const html = formatAnswer({
      ...base,
      lang: "en",
      quotes: [quote(crocus, "First quote."), quote(crocus, "Second quote."), quote(other, "Third quote.")],
    });
    expect(checkTelegramHtml(html)).toBeNull();
    const sourceLines = html.split("\n").filter((line) => line.startsWith("— "));
    expect(sourceLines).toHaveLength(2);
    expect(html).toMatch(/First quote\.<\/blockquote>\n<blockquote>Second quote\.<\/blockquote>\n— /);
  });

  it("puts the words that match the question in bold, escaped, inside valid HTML", () => {
    const text = "Объявлен трехдневный траур & <митинг>";
    const html = formatAnswer({ ...base, quotes: [{ ...base.quotes[0]!, text, highlights: [{ start: 21, end: 26 }, { start: 29, end: 37 }] }] });
    expect(checkTelegramHtml(html)).toBeNull();
    expect(html).toContain("<blockquote>Объявлен трехдневный <b>траур</b> &amp; <b>&lt;митинг&gt;</b></blockquote>");
  });

  it("says nothing was found and points to /sources when abstaining", () => {
    const html = formatAnswer({ ...base, lang: "en", abstained: true, quotes: [] });
    expect(html).toContain("/sources");
    expect(html).not.toContain("<blockquote>");
  });
});

/** Every part is valid Telegram HTML within the limit, and the parts together show the same text. */
function expectGoodSplit(html: string, limit: number): string[] {
  const parts = splitHtml(html, limit);
  for (const part of parts) {
    expect(part.length).toBeLessThanOrEqual(limit);
    expect(checkTelegramHtml(part)).toBeNull();
  }
  const squash = (s: string) => s.replace(/\s+/g, "");
  expect(squash(parts.map(visibleText).join(""))).toBe(squash(visibleText(html)));
  return parts;
}

describe("splitHtml", () => {
  const sentenceEn = "The fire area reached almost 13 thousand square meters & the roof collapsed <partially>. ";
  const sentenceRu = "В Дагестане объявлен трёхдневный траур — с 24 по 26 июня «в связи с гибелью людей». ";
  const quote = (text: string) => `<blockquote>${escapeHtml(text)}</blockquote>\n— <b>Kazinform</b>, 2024-03-23 · <a href="https://x.kz/?a=1&amp;b=2">link</a>`;

  it("returns short text unchanged", () => {
    const html = quote("Short quote.");
    expect(splitHtml(html)).toEqual([html]);
  });

  const cases: [string, string, number][] = [
    ["English paragraphs over the Telegram limit", [1, 2, 3, 4, 5, 6].map(() => quote(sentenceEn.repeat(12))).join("\n\n"), TELEGRAM_MESSAGE_LIMIT],
    ["Russian quote longer than one message", quote(sentenceRu.repeat(120)), TELEGRAM_MESSAGE_LIMIT],
    ["lines without paragraphs", Array.from({ length: 80 }, (_, i) => `<i>line ${i}</i> ${escapeHtml(sentenceRu)}`).join("\n"), 1000],
    ["one endless word with entities and emoji", `<b>${"ab&amp;🕯️".repeat(400)}</b>`, 500],
    ["nested tags", `<blockquote><b>${escapeHtml(sentenceEn).repeat(30)}</b> tail</blockquote>`, 700],
  ];
  it.each(cases)("%s: parts fit, parse, and lose nothing", (_name, html, limit) => {
    const parts = expectGoodSplit(html, limit);
    expect(parts.length).toBeGreaterThan(1);
  });

  it("prefers paragraph breaks: no quote is cut when whole quotes fit", () => {
    const html = [1, 2, 3, 4, 5, 6].map(() => quote(sentenceEn.repeat(12))).join("\n\n");
    const parts = expectGoodSplit(html, TELEGRAM_MESSAGE_LIMIT);
    for (const part of parts) {
      expect(part.startsWith("<blockquote>")).toBe(true);
      expect(part.endsWith("</a>")).toBe(true);
    }
  });

  it("closes tags at a cut and reopens them in the next part", () => {
    const html = `<blockquote>${escapeHtml(sentenceRu.repeat(100))}</blockquote>`;
    const parts = expectGoodSplit(html, 2000);
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) {
      expect(part.startsWith("<blockquote>")).toBe(true);
      expect(part.endsWith("</blockquote>")).toBe(true);
    }
    // Cut between words, not inside them: every part ends with a whole word of the sentence.
    const words = new Set(escapeHtml(sentenceRu).split(" ").filter((w) => w !== ""));
    for (const part of parts) {
      const lastWord = part.replace(/<\/blockquote>$/, "").trimEnd().split(" ").at(-1) ?? "";
      expect(words.has(lastWord)).toBe(true);
    }
  });

  it("never splits an entity or a surrogate pair", () => {
    const html = "&amp;🕯️".repeat(300);
    const parts = splitHtml(html, 97);
    for (const part of parts) {
      expect(checkTelegramHtml(part)).toBeNull();
      expect(part).not.toMatch(/[\uD800-\uDBFF]$/);
      expect(part).not.toMatch(/^[\uDC00-\uDFFF]/);
    }
    expect(parts.map(visibleText).join("")).toBe(visibleText(html));
  });
});

describe("splitPlain and htmlToPlain", () => {
  it("turns our HTML into readable plain text", () => {
    expect(htmlToPlain("<blockquote>a &lt;b&gt; &amp; c</blockquote>\n— <b>T</b>")).toBe("a <b> & c\n— T");
  });

  it("splits plain text at spaces within the limit, keeping < and & as they are", () => {
    const text = "Траур & <скорбь> ".repeat(50);
    const parts = splitPlain(text, 100);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(100);
    expect(parts.join(" ").replace(/\s+/g, " ").trim()).toBe(text.trim());
    expect(parts.every((p) => p.endsWith(">") || p.endsWith("&") || p.endsWith("Траур"))).toBe(true);
  });
});
