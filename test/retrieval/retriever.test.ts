import { describe, expect, it } from "vitest";
import type { Passage } from "../../src/corpus/article.ts";
import { loadEmbedder } from "../../src/embedding/transformers-embedder.ts";
import { VectorIndex } from "../../src/index/vector-index.ts";
import { mentionsQuantity } from "../../src/retrieval/analyzer.ts";
import { asksForNumber, bestSpan } from "../../src/retrieval/evidence.ts";
import { LexicalIndex } from "../../src/retrieval/lexical-index.ts";
import { retrieve } from "../../src/retrieval/retriever.ts";
import { ensureTinyModel } from "../helpers/tiny-model.ts";

const texts: [string, string][] = [
  ["en.txt", "The concert hall was supposed to host a performance by the Picnic group. Later, a fire broke out."],
  ["en.txt", "According to the latest data, the death toll exceeded 115 people."],
  ["ru.txt", "В Дагестане объявили трехдневный траур. Соответствующий указ подписал глава региона Сергей Меликов."],
  ["ru.txt", "Пострадало 46 человек, среди которых есть гражданские лица."],
  ["kz.txt", "Law enforcement officers detained more than 3,000 people in Almaty."],
];
let offset = 0;
const passages: Passage[] = texts.map(([doc, text], id) => {
  const passage = { id, doc, start: offset, end: offset + text.length, text };
  offset += text.length + 1;
  return passage;
});
const lexical = new LexicalIndex(passages);
const lexicalParts = { passages, lexical, vectors: null, embedder: null };

describe("retrieve, lexical side", () => {
  it.each([
    ["Which band was supposed to perform at the concert hall?", 0],
    ["How many people died?", 1],
    ["Кто подписал указ о трауре?", 2],
    ["Сколько человек пострадало?", 3],
    ["How many people were detained in Almaty?", 4],
    // Across languages: the name, and the glossary's concepts.
    ["Who signed the decree on mourning in Dagestan?", 2],
    ["How many were injured?", 3],
  ])("%s → passage %i first", async (question, expected) => {
    const result = await retrieve(question, lexicalParts);
    expect(result.ranked[0]?.passage.id).toBe(expected);
  });

  it("finds nothing for words no passage has, and says the question's names are not matched", async () => {
    const result = await retrieve("Who won the 2018 FIFA World Cup?", lexicalParts);
    expect(result.coverage).toBe(0);
    expect(result.anchorMatched).toBe(false);
  });

  it("marks the sentence that answers inside a passage", async () => {
    const result = await retrieve("Who signed the decree on mourning?", lexicalParts);
    const top = result.ranked[0];
    expect(top?.bestSentence && top.passage.text.slice(top.bestSentence.start - top.passage.start)).toMatch(/^В Дагестане|^Соответствующий указ/);
  });
});

describe("retrieve, hybrid with the generated tiny model (real transformers.js and hnswlib)", () => {
  it("ranks the closer passage first on the vector side and reports its similarity", async () => {
    const embedder = await loadEmbedder({
      model: await ensureTinyModel(),
      modelsDir: "models",
      allowRemote: false,
      dtype: "q8",
      queryPrefix: "query: ",
      passagePrefix: "passage: ",
    });
    const vectors = VectorIndex.build(await embedder.embedPassages(passages.map((p) => p.text)), embedder.dimensions);
    const result = await retrieve("траур Дагестане указ", { passages, lexical, vectors, embedder });
    const withSimilarity = result.ranked.filter((r) => r.similarity !== null);
    expect(withSimilarity.length).toBeGreaterThan(0);
    expect(result.ranked[0]?.passage.id).toBe(2);
    const sims = withSimilarity.map((r) => ({ id: r.passage.id, similarity: r.similarity ?? -2 }));
    const best = sims.reduce((a, b) => (b.similarity > a.similarity ? b : a));
    expect(best.id).toBe(2);
    expect(result.topSimilarity).toBeCloseTo(best.similarity, 5);
  });
});

describe("answer-type evidence", () => {
  it.each([
    ["How many people died?", true],
    ["Сколько дней продлится траур?", true],
    ["По какому номеру звонить?", true],
    ["Who signed the decree?", false],
    ["Где произошли нападения?", false],
  ])("asksForNumber(%j) = %s", (question, expected) => {
    expect(asksForNumber(question)).toBe(expected);
  });

  it.each([
    ["the death toll exceeded 115 people", true],
    ["more than 3,000 people", true],
    ["объявили трехдневный траур", true],
    ["On March 23, President Tokayev held a meeting", false],
    ["в воскресенье, 23 июня", false],
    ["in January 2022", false],
    ["The concert hall was supposed to host a performance", false],
  ])("mentionsQuantity(%j) = %s", (text, expected) => {
    expect(mentionsQuantity(text)).toBe(expected);
  });

  it("quotes the best sentence with the next one when that one bears on the question too, on one line", () => {
    const s = (start: number, end: number, weight: number, breakBefore = false) => ({ start, end, weight, breakBefore });
    expect(bestSpan([s(0, 80, 1), s(81, 160, 5), s(161, 240, 2)])).toEqual(s(81, 240, 5));
    expect(bestSpan([s(0, 80, 1), s(81, 160, 5), s(161, 240, 0)])).toEqual(s(81, 160, 5));
    expect(bestSpan([s(0, 80, 5), s(81, 160, 2, true)])).toEqual(s(0, 80, 5));
    expect(bestSpan([s(0, 30, 5), s(31, 100, 0)])).toEqual(s(0, 100, 5));
    expect(bestSpan([s(0, 80, 0)])).toBeNull();
  });
});
