import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { Article } from "../../src/corpus/article.ts";
import { chunkArticle, DEFAULT_CHUNK_OPTIONS } from "../../src/corpus/chunk.ts";
import type { ChunkOptions } from "../../src/corpus/chunk.ts";
import { parseArticle } from "../../src/corpus/clean.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import { splitSentences } from "../../src/corpus/sentences.ts";

const SEEDS_DIR = fileURLToPath(new URL("../../seeds/", import.meta.url));
const FIXTURES_DIR = fileURLToPath(new URL("../fixtures/corpus/", import.meta.url));

let articles: Article[] = [];

beforeAll(async () => {
  const seeds = await loadCorpus(SEEDS_DIR);
  const fixtures = await loadCorpus(FIXTURES_DIR);
  articles = [...seeds.articles, ...fixtures.articles];
});

const OPTION_SETS: ChunkOptions[] = [DEFAULT_CHUNK_OPTIONS, { maxChars: 200, overlapSentences: 1 }, { maxChars: 400, overlapSentences: 0 }];

/** Paragraphs of the article (blocks between blank lines) as [start, end) offsets. */
function paragraphs(text: string): [number, number][] {
  const result: [number, number][] = [];
  let start = 0;
  for (const match of text.matchAll(/\n[^\S\n]*\n\s*/g)) {
    result.push([start, match.index]);
    start = match.index + match[0].length;
  }
  result.push([start, text.length]);
  return result;
}

describe("chunkArticle", () => {
  it("sees all seeds and fixtures", () => {
    expect(articles).toHaveLength(8);
  });

  it.each(OPTION_SETS)("passages are exact slices of whole sentences covering the article (%j)", (options) => {
    for (const article of articles) {
      const passages = chunkArticle(article, options);
      expect(passages.length).toBeGreaterThan(0);
      const sentences = splitSentences(article.text);
      const starts = new Set(sentences.map((s) => s.start));
      const ends = new Set(sentences.map((s) => s.end));
      for (const passage of passages) {
        expect(passage.doc).toBe(article.id);
        expect(passage.text).toBe(article.text.slice(passage.start, passage.end));
        expect(starts.has(passage.start) && ends.has(passage.end)).toBe(true);
        const single = splitSentences(passage.text).length === 1;
        if (!single) expect(passage.text.length).toBeLessThanOrEqual(options.maxChars);
      }
      // No sentence is lost: each lies inside some passage.
      for (const sentence of sentences) {
        expect(passages.some((p) => p.start <= sentence.start && sentence.end <= p.end)).toBe(true);
      }
      // Passages are in text order.
      for (let i = 1; i < passages.length; i++) {
        expect(passages[i]!.start).toBeGreaterThan(passages[i - 1]!.start);
        expect(passages[i]!.end).toBeGreaterThan(passages[i - 1]!.end);
      }
    }
  });

  it.each(OPTION_SETS)("consecutive passages share exactly `overlapSentences` whole sentences or none (%j)", (options) => {
    let overlaps = 0;
    for (const article of articles) {
      const passages = chunkArticle(article, options);
      for (let i = 1; i < passages.length; i++) {
        const previous = passages[i - 1]!;
        const current = passages[i]!;
        if (current.start >= previous.end) continue;
        overlaps += 1;
        const shared = article.text.slice(current.start, previous.end);
        expect(splitSentences(shared)).toHaveLength(options.overlapSentences);
      }
    }
    if (options.overlapSentences > 0) expect(overlaps).toBeGreaterThan(0);
    else expect(overlaps).toBe(0);
  });

  it("packs short news paragraphs together: some passage of every multi-paragraph article spans paragraphs", () => {
    for (const article of articles) {
      const paras = paragraphs(article.text);
      if (paras.length < 3) continue;
      const drafts = chunkArticle(article);
      const spans = drafts.map((p) => paras.filter(([start, end]) => end > p.start && start < p.end).length);
      expect(Math.max(...spans), article.id).toBeGreaterThanOrEqual(2);
    }
  });

  it("packs the Russian one-line paragraphs together and keeps the subheading with what follows", () => {
    const article = articles.find((a) => a.id.startsWith("001_"))!;
    const passages = chunkArticle(article);
    for (const passage of passages) expect(splitSentences(passage.text).length).toBeGreaterThanOrEqual(2);
    const withHeading = passages.filter((p) => p.text.includes("Теракты в Дагестане"));
    expect(withHeading).toHaveLength(1);
    expect(withHeading[0]!.text.startsWith("Теракты в Дагестане\nНапомним")).toBe(true);
  });

  it("never ends a passage with a subheading the text goes on after: it starts the next passage, with what it heads", () => {
    const raw = [
      "# Туман на трассе",
      "",
      "Около 410 человек из застрявших машин вывезли в пункты обогрева в школе посёлка Ключарёво и в спорткомплексе.",
      "",
      "Почему произошла авария",
      "",
      "По предварительной версии, водитель фуры не снизил скорость в тумане. Табло на трассе не работало с осени.",
    ].join("\n");
    const article = parseArticle("950_fog.md", raw, "h");
    const passages = chunkArticle(article, { maxChars: 160, overlapSentences: 0 });
    for (const passage of passages) expect(passage.text.endsWith("Почему произошла авария")).toBe(false);
    expect(passages.some((p) => p.text.startsWith("Почему произошла авария\n\nПо предварительной версии"))).toBe(true);
  });

  it("keeps the ':' lead-in with the quote it introduces (seed 002)", () => {
    const article = articles.find((a) => a.id.startsWith("002_"))!;
    const passage = chunkArticle(article).find((p) => p.text.includes("assured RIA Novosti:"));
    expect(passage?.text).toContain("“Foreign embassies in Kazakhstan were not damaged during the riots");
  });

  it("gives a sentence longer than maxChars a passage of its own, uncut", () => {
    const long = `The commission listed ${Array.from({ length: 60 }, (_, i) => `item ${i + 1}`).join(", ")}.`;
    const raw = `Short one before.\n\nFirst sentence here. ${long} Last sentence here.`;
    const article = parseArticle("long.txt", raw, "h");
    const passages = chunkArticle(article, { maxChars: 200, overlapSentences: 1 });
    expect(long.length).toBeGreaterThan(200);
    expect(passages.map((p) => p.text)).toContain(long);
    expect(passages.some((p) => p.text.includes("Last sentence here."))).toBe(true);
  });

  it("returns no passages for an empty article", () => {
    const article: Article = { id: "e.txt", text: "", hash: "h", meta: { title: null, date: null, outlet: null, url: null, lang: "en" } };
    expect(chunkArticle(article)).toEqual([]);
  });
});
