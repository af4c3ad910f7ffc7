import { expect } from "vitest";
import { openAnswerService } from "../../src/answer/answer-service.ts";
import { sourceOf } from "../../src/answer/source.ts";
import { unescapeHtml } from "../../src/bot/telegram-format.ts";
import type { AnswerService } from "../../src/answer/types.ts";
import type { Article } from "../../src/corpus/article.ts";
import { readIndex } from "../../src/index/store.ts";
import type { RecordedCall, StubChat, StubUser } from "../helpers/bot-api-stub.ts";
import { prepareCorpus } from "../helpers/bot-harness.ts";

export const alice: StubUser = { id: 1001, first_name: "Alice", language_code: "en" };
export const boris: StubUser = { id: 1002, first_name: "Борис", language_code: "ru" };
export const carol: StubUser = { id: 1003, first_name: "Carol", language_code: "en" };
export const admin: StubUser = { id: 9001, first_name: "Admin", language_code: "en" };
export const group: StubChat = { id: -100_555, type: "supergroup", title: "News chat" };

/** A made-up article whose text holds HTML-like markup and ampersands (must reach users escaped). */
export const HTML_SEED = {
  name: "900_markup_test.txt",
  text: [
    "Saiga <b>census</b> & steppe report",
    "",
    "The Betpak-Dala saiga census counted <b>bold</b> herds & calves near Lake Balkhash in spring.",
    "Rangers said the <i>saiga</i> census used drones & planes over the Betpak-Dala steppe.",
    "",
  ].join("\n"),
};

/** A made-up article of very long sentences, so that one answer exceeds Telegram's 4096 characters. */
export const LONG_SEED = {
  name: "901_long_sentences.txt",
  text: [
    "Glacier monitoring in the Zailiysky Alatau",
    "",
    ...Array.from({ length: 6 }, (_, i) =>
      `Hydrologists monitoring the Tuyuksu glacier in the Zailiysky Alatau reported in survey ${i + 1} that ` +
        Array.from({ length: 45 }, (_, j) => `the Tuyuksu glacier tongue retreated by ${i * 100 + j + 1} meters along transect ${j + 1}`).join(", ") +
        ".",
    ),
    "",
  ].join("\n\n"),
};

/** Temp seeds (repo seeds + made-up ones), an index built lexically, and the real service over it. */
export async function openTestService(): Promise<{ service: AnswerService; articles: Map<string, Article>; root: string; seedsDir: string; indexDir: string }> {
  const corpus = await prepareCorpus({ [HTML_SEED.name]: HTML_SEED.text, [LONG_SEED.name]: LONG_SEED.text });
  const service = await openAnswerService({ seedsDir: corpus.seedsDir, indexDir: corpus.indexDir, embedder: null, buildIfStale: true });
  const articles = await loadArticles(corpus.indexDir);
  return { service, articles, ...corpus };
}

/** The cleaned articles as the index holds them (quotes must be substrings of these). */
export async function loadArticles(indexDir: string): Promise<Map<string, Article>> {
  const data = await readIndex(indexDir);
  return new Map(data.articles.map((a) => [a.id, a]));
}

/** The quotes of an HTML reply, unescaped, each with the visible source line that follows it. */
export function quotesOf(html: string): { quote: string; sourceLine: string }[] {
  const found: { quote: string; sourceLine: string }[] = [];
  for (const match of html.matchAll(/<blockquote>([\s\S]*?)<\/blockquote>/g)) {
    // Quotes of one document share the source line after the last of them.
    const after = html.slice((match.index ?? 0) + match[0].length);
    const sourceLine = /^— .*$/m.exec(after)?.[0] ?? "";
    // Words matching the question are in <b>: the quote is what the reader sees, tags removed.
    found.push({ quote: unescapeHtml((match[1] ?? "").replace(/<[^>]*>/g, "")), sourceLine: unescapeHtml(sourceLine.replace(/<[^>]*>/g, "")) });
  }
  return found;
}

/**
 * Asserts every quote is verbatim in some article and that its source line names that article
 * (its title or outlet); returns the ids of the quoted articles.
 */
export function expectVerbatimQuotes(html: string, articles: Map<string, Article>): string[] {
  const quotes = quotesOf(html);
  const docs: string[] = [];
  for (const { quote, sourceLine } of quotes) {
    const article = [...articles.values()].find((a) => a.text.includes(quote.trim()));
    expect(article, `quote not found verbatim in any article: ${quote.slice(0, 80)}`).toBeDefined();
    if (!article) continue;
    expect(sourceLine).toContain(sourceOf(article).name);
    docs.push(article.id);
  }
  return docs;
}

/** An inline button of a sent message. */
export interface SentButton {
  text: string;
  callback_data: string;
}

/** The inline buttons of a message the bot sent (all rows, in order). */
export function buttonsOf(call: RecordedCall): SentButton[] {
  const markup = call.payload.reply_markup as { inline_keyboard?: SentButton[][] } | undefined;
  return markup?.inline_keyboard?.flat() ?? [];
}
