import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openAnswerService } from "../../src/answer/answer-service.ts";
import { readIndex } from "../../src/index/store.ts";
import { figures, readQuestions, scoreAnswer, type QuestionOutcome } from "../../scripts/lib/evaluate.ts";
import { buildSeededIndex, EXTRA_SEEDS_DIR, type SeededIndex } from "../helpers/seeded-index.ts";

const SHARED = fileURLToPath(new URL("../../eval/questions.jsonl", import.meta.url));
const OWN = fileURLToPath(new URL("../../eval/own-questions.jsonl", import.meta.url));

// The acceptance figures of the retrieval-quality issue, offline (lexical mode), on the
// shared question set and on the project's own questions and test articles.
describe.each([
  ["shared questions", SHARED, []],
  ["own questions and articles", OWN, [EXTRA_SEEDS_DIR]],
])("evaluation, lexical mode: %s", (_name, file, extraSeeds) => {
  let seeded: SeededIndex;
  let outcomes: QuestionOutcome[];

  beforeAll(async () => {
    seeded = await buildSeededIndex(null, extraSeeds);
    const service = await openAnswerService({ seedsDir: seeded.seedsDir, indexDir: seeded.indexDir, embedder: null });
    const texts = new Map((await readIndex(seeded.indexDir)).articles.map((a) => [a.id, a.text]));
    outcomes = [];
    for (const question of await readQuestions(file)) {
      outcomes.push(scoreAnswer(question, await service.answer(question.question), (doc) => texts.get(doc)));
    }
  });
  afterAll(async () => {
    await seeded?.cleanup();
  });

  it("same-language: recall@1 ≥ 0.9 and recall@5 = 1", () => {
    const same = figures(outcomes.filter((o) => o.question.kind === "same"));
    expect(same.recallAt1).toBeGreaterThanOrEqual(0.9);
    expect(same.recallAt5).toBe(1);
  });

  it("cross-language: recall@1 ≥ 0.4 and recall@5 ≥ 0.6", () => {
    const cross = figures(outcomes.filter((o) => o.question.kind === "cross"));
    expect(cross.recallAt1).toBeGreaterThanOrEqual(0.4);
    expect(cross.recallAt5).toBeGreaterThanOrEqual(0.6);
  });

  it("abstains on every unanswerable question and on no answerable one", () => {
    const all = figures(outcomes);
    expect(figures(outcomes.filter((o) => o.question.kind === "none")).abstentionAccuracy).toBe(1);
    expect(all.falseAbstentions).toBe(0);
  });

  it("replies in the question's language and quotes only verbatim text", () => {
    const all = figures(outcomes);
    expect(all.replyLanguage).toBe(1);
    expect(all.verbatim).toBe(1);
  });
});
