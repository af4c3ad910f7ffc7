import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openAnswerService } from "../../src/answer/answer-service.ts";
import { MAX_QUESTION_CHARS, QuestionError } from "../../src/answer/compose.ts";
import type { AnswerResult, AnswerService } from "../../src/answer/types.ts";
import { readIndex } from "../../src/index/store.ts";
import { buildSeededIndex, SEEDS_DIR, type SeededIndex } from "../helpers/seeded-index.ts";

let seeded: SeededIndex;
let service: AnswerService;
let documents: Map<string, string>;

beforeAll(async () => {
  seeded = await buildSeededIndex(null);
  service = await openAnswerService({ seedsDir: seeded.seedsDir, indexDir: seeded.indexDir, embedder: null });
  documents = new Map((await readIndex(seeded.indexDir)).articles.map((a) => [a.id, a.text]));
});
afterAll(async () => {
  await seeded?.cleanup();
});

function expectVerbatim(result: AnswerResult): void {
  for (const quote of result.quotes) {
    const text = documents.get(quote.doc);
    expect(text, `document ${quote.doc}`).toBeDefined();
    expect(text?.includes(quote.text)).toBe(true);
    expect(text?.slice(quote.start, quote.end)).toBe(quote.text);
  }
}

describe("answer() in lexical mode on the real articles", () => {
  it("answers an English question with a verbatim quote holding the figure, and its source", async () => {
    const result = await service.answer("How many people died in the Crocus City Hall attack?");
    expect(result.lang).toBe("en");
    expect(result.abstained).toBe(false);
    expect(result.quotes.some((q) => q.text.includes("115"))).toBe(true);
    expectVerbatim(result);
    expect(result.sources[0]?.date).toBe("2024-03-23");
    expect(result.decision).toMatchObject({ answered: true, answerType: "quantity", answerTypeFound: true });
  });

  it("answers a Russian question in Russian, quoting the Russian article with its link", async () => {
    const result = await service.answer("Сколько дней продлится траур в Дагестане?");
    expect(result.lang).toBe("ru");
    expect(result.abstained).toBe(false);
    expect(result.quotes.some((q) => q.text.includes("трехдневный"))).toBe(true);
    expect(result.sources[0]?.url).toContain("https://www.nur.kz/");
    expectVerbatim(result);
  });

  it("answers across languages: an English question about the Russian article, reply words in English", async () => {
    const result = await service.answer("How many people were injured in the attacks in Dagestan?");
    expect(result.lang).toBe("en");
    expect(result.abstained).toBe(false);
    expect(result.quotes[0]?.doc).toBe("001_bd1d954d026d96b9.txt");
    expect(result.quotes[0]?.text).toContain("46");
    expectVerbatim(result);
  });

  it.each([
    ["Who won the 2018 FIFA World Cup?", "en"],
    ["Какая погода будет завтра в Новосибирске?", "ru"],
    ["What is the best recipe for apple pie?", "en"],
    ["Как приготовить борщ со сметаной?", "ru"],
    // The documents name Tokayev, but say nothing about his birth.
    ["When was Tokayev born?", "en"],
  ] as const)("says it found nothing for an off-topic question: %s", async (question, lang) => {
    const result = await service.answer(question);
    expect(result.abstained).toBe(true);
    expect(result.quotes).toEqual([]);
    expect(result.lang).toBe(lang);
    expect(result.decision.answered).toBe(false);
  });

  it("answers a broad question about a place and time the documents cover", async () => {
    const result = await service.answer("What happened in Almaty in January 2022?");
    expect(result.abstained).toBe(false);
    expectVerbatim(result);
  });

  it("answers a question that is only a name the documents know", async () => {
    const result = await service.answer("Who is Aibek Smadiyarov?");
    expect(result.abstained).toBe(false);
    expect(result.quotes[0]?.text).toContain("Aibek Smadiyarov");
  });

  it("never quotes the same sentence twice and gives one source line per document", async () => {
    for (const question of [
      "What is the CSTO peacekeeping contingent responsible for in Kazakhstan?",
      "Где произошли нападения в Дагестане 23 июня?",
      "What happened in Almaty during the riots?",
    ]) {
      const result = await service.answer(question);
      const spans = result.quotes.map((q) => `${q.doc}:${q.start}`);
      expect(new Set(spans).size).toBe(spans.length);
      expect(result.sources.map((s) => s.doc)).toEqual([...new Set(result.quotes.map((q) => q.doc))]);
      const folded = result.quotes.map((q) => q.text.toLowerCase().replace(/\s+/g, " "));
      expect(new Set(folded).size).toBe(folded.length);
      expectVerbatim(result);
    }
  });

  it("returns the top passages in rank order with what ranked them", async () => {
    const result = await service.answer("Which band was supposed to perform at Crocus City Hall?");
    expect(result.passages.length).toBeGreaterThan(1);
    expect(result.passages.length).toBeLessThanOrEqual(10);
    result.passages.forEach((p, i) => expect(p.rank).toBe(i + 1));
    for (let i = 1; i < result.passages.length; i++) {
      expect(result.passages[i - 1]!.fused).toBeGreaterThanOrEqual(result.passages[i]!.fused);
    }
    expect(result.passages[0]?.passage.text).toContain("Picnic");
  });
});

describe("the examples of issue 8 answer correctly or abstain", () => {
  it("How many people died in Dagestan? — quotes the toll, with the update that it rose to 20", async () => {
    const result = await service.answer("How many people died in Dagestan?");
    expect(result.abstained).toBe(false);
    expect(result.quotes[0]?.text).toContain("число жертв выросло до 20");
    expectVerbatim(result);
  });

  it("«Сколько человек задержали в Алматы?» — quotes the Almaty detentions, never the Crocus ones", async () => {
    const result = await service.answer("Сколько человек задержали в Алматы?");
    expect(result.abstained).toBe(false);
    expect(result.quotes[0]?.text).toContain("3,000");
    expect(result.quotes.every((q) => q.doc !== "000_87f934314bcdc9c2.txt")).toBe(true);
  });

  it.each([
    ["What did the Apollo 11 crew bring back?"],
    ["What is the population of Makhachkala?"],
    ["Сколько детей у Токаева?"],
    ["How old is Tokayev?"],
    ["what is the population of almaty"],
  ])("%s — abstains: a shared name or number alone is no answer", async (question) => {
    const result = await service.answer(question);
    expect(result.abstained).toBe(true);
    expect(result.quotes).toEqual([]);
  });

  it("cites an untitled article by a title made from its first sentence, never by its file name", async () => {
    const result = await service.answer("Where were the four terrorists detained?");
    const source = result.sources.find((s) => s.doc === "000_87f934314bcdc9c2.txt");
    expect(source?.name).toMatch(/^On March 23, President of Kazakhstan Kassym-Jomart Tokayev held/);
    expect(source?.name.length).toBeLessThanOrEqual(91);
    expect(source?.name).not.toContain(".txt");
  });

  it("marks the words of each quote that match the question", async () => {
    const result = await service.answer("Which band was supposed to perform at Crocus City Hall?");
    const quote = result.quotes[0];
    const bold = quote ? quote.highlights.map((h) => quote.text.slice(h.start, h.end)) : [];
    expect(bold).toEqual(expect.arrayContaining(["performance"]));
    for (const h of quote?.highlights ?? []) expect(h.end).toBeGreaterThan(h.start);
  });
});

describe("bad questions get a reason, not a crash", () => {
  it.each([
    ["empty", "", "error.emptyQuestion"],
    ["whitespace", "   \n\t ", "error.emptyQuestion"],
    ["10,000 characters", "x".repeat(10_000), "error.questionTooLong"],
    ["only emoji", "🤔🔥🙏", "error.noWords"],
    ["only HTML", "<b></b><i> </i>", "error.noWords"],
  ])("%s → %s", async (_label, question, key) => {
    const error = await service.answer(question).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QuestionError);
    expect((error as QuestionError).messageKey).toBe(key);
  });

  it("accepts a question right at the length limit", async () => {
    const question = `How many people died in the Crocus City Hall attack? ${"a".repeat(MAX_QUESTION_CHARS - 60)}`;
    await expect(service.answer(question)).resolves.toBeDefined();
  });

  it("searches the words of a question wrapped in HTML", async () => {
    const result = await service.answer("<b>Where were the four terrorists detained?</b>");
    expect(result.abstained).toBe(false);
    expect(result.quotes.some((q) => q.text.includes("Bryansk"))).toBe(true);
  });
});

describe("no duplicate quotes", () => {
  let copies: SeededIndex;
  let extra: string;
  beforeAll(async () => {
    const { mkdtemp, copyFile, writeFile } = await import("node:fs/promises");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    extra = await mkdtemp(join(tmpdir(), "dupes-"));
    // A copy of an article under another name, and an article that repeats a sentence.
    await copyFile(join(SEEDS_DIR, "003_14cf24d929167090.txt"), join(extra, "900_copy_of_003.txt"));
    const repeated = "The CSTO peacekeeping forces will start withdrawing from Kazakhstan on January 13, officials said.";
    await writeFile(join(extra, "901_repeats.txt"), `Withdrawal schedule\n\n${repeated}\n\nMore details followed.\n\n${repeated}\n`, "utf8");
    copies = await buildSeededIndex(null, [extra]);
  });
  afterAll(async () => {
    await copies?.cleanup();
    const { rm } = await import("node:fs/promises");
    if (extra) await rm(extra, { recursive: true, force: true });
  });

  it.each([
    "When will the CSTO peacekeeping forces start withdrawing from Kazakhstan?",
    "Who heard reports at the emergency operations center in Almaty?",
  ])("never quotes the same text twice, even from a copy of an article or a repeated sentence: %s", async (question) => {
    const copyService = await openAnswerService({ seedsDir: copies.seedsDir, indexDir: copies.indexDir, embedder: null });
    const result = await copyService.answer(question);
    expect(result.abstained).toBe(false);
    const folded = result.quotes.map((q) => q.text.toLowerCase().replace(/\s+/g, " ").trim());
    for (const [i, a] of folded.entries()) {
      for (const [j, b] of folded.entries()) if (i !== j) expect(a.includes(b)).toBe(false);
    }
  });
});
