import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openAnswerService } from "../../src/answer/answer-service.ts";
import { followUpQuestion } from "../../src/answer/follow-up.ts";
import type { AnswerService, PreviousTurn } from "../../src/answer/types.ts";
import { buildSeededIndex, type SeededIndex } from "../helpers/seeded-index.ts";

describe("followUpQuestion", () => {
  const previous: PreviousTurn = { question: "How many people died in the Crocus City Hall attack?", docs: [] };

  it.each([
    ["And in Dagestan?", /people died .*Dagestan/],
    ["What about Dagestan?", /Dagestan/],
    ["А сколько пострадало?", /^А сколько пострадало \(Crocus City Hall\)\?$/],
  ])("reads %j together with the previous question", (question, pattern) => {
    expect(followUpQuestion(question, previous)).toMatch(pattern);
  });

  it("takes only the previous question's names, its topic, when the follow-up names nothing", () => {
    const turn = { question: "Кто подписал указ о трауре в Дагестане?", docs: [] };
    expect(followUpQuestion("А сколько пострадало?", turn)).toBe("А сколько пострадало (Дагестане)?");
  });

  it("drops the previous question's names when the follow-up brings its own", () => {
    expect(followUpQuestion("And in Dagestan?", previous)).not.toMatch(/Crocus/);
  });

  it("reads a question that only points back with a pronoun together with the previous one", () => {
    expect(followUpQuestion("When was that?", previous)).toBe("When was that (Crocus City Hall)?");
    expect(followUpQuestion("А где это было?", previous)).toBe("А где это было (Crocus City Hall)?");
  });

  it("tells names in a follow-up typed in lower case by how the articles write them", () => {
    const known = (t: { stem: string }) => t.stem === "dagestan" || t.stem === "crocus";
    expect(followUpQuestion("and in dagestan?", { question: "how many people died at crocus", docs: [] }, known)).toBe("how many people died at and in dagestan?");
  });

  it.each([
    "Who is Tokayev?",
    "How many were injured?",
    "And who signed the decree on mourning in Dagestan?",
    "Which article of the Collective Security Treaty was used to send peacekeepers to Kazakhstan?",
    "Кто возглавлял Правительственную комиссию в Алматы?",
    "Where were the four terrorists detained?",
  ])("leaves a question that stands on its own alone: %s", (question) => {
    expect(followUpQuestion(question, previous)).toBe(question);
  });

  it("does nothing without a previous turn", () => {
    expect(followUpQuestion("And in Dagestan?")).toBe("And in Dagestan?");
  });
});

describe("follow-up pairs answered from the right document", () => {
  let seeded: SeededIndex;
  let service: AnswerService;
  beforeAll(async () => {
    seeded = await buildSeededIndex(null);
    service = await openAnswerService({ seedsDir: seeded.seedsDir, indexDir: seeded.indexDir, embedder: null });
  });
  afterAll(async () => {
    await seeded?.cleanup();
  });

  async function turn(question: string, previous?: PreviousTurn) {
    const result = await service.answer(question, previous ? { previous } : {});
    return { result, next: { question, docs: [...new Set(result.quotes.map((q) => q.doc))] } };
  }

  it.each([
    // English: the follow-up moves the same question to the other event.
    ["How many people died in the Crocus City Hall attack?", "And in Dagestan?", "001_bd1d954d026d96b9.txt", "en"],
    // Russian: the follow-up asks another figure about the same event.
    ["Где произошли нападения в Дагестане 23 июня?", "А сколько пострадало?", "001_bd1d954d026d96b9.txt", "ru"],
    ["Кто подписал указ о трауре в Дагестане?", "А сколько человек пострадало?", "001_bd1d954d026d96b9.txt", "ru"],
  ] as const)("%s → %s", async (first, followUp, doc, lang) => {
    const one = await turn(first);
    expect(one.result.abstained).toBe(false);
    const two = await turn(followUp, one.next);
    expect(two.result.abstained).toBe(false);
    expect(two.result.lang).toBe(lang);
    expect(two.result.quotes[0]?.doc).toBe(doc);
  });

  it("does not drag an unrelated next question into the previous topic", async () => {
    const one = await turn("Сколько дней продлится траур в Дагестане?");
    const two = await turn("Which band was supposed to perform at Crocus City Hall that evening?", one.next);
    expect(two.result.searchedQuestion).toBe("Which band was supposed to perform at Crocus City Hall that evening?");
    expect(two.result.quotes[0]?.doc).toBe("000_87f934314bcdc9c2.txt");
    expect(two.result.quotes.some((q) => q.text.includes("Picnic"))).toBe(true);
  });
});
