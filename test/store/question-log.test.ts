import { readFile } from "node:fs/promises";
import { afterEach, describe, expect, it } from "vitest";
import { DAY_MS, openBotStore } from "../../src/store/bot-store.ts";
import { foldQuestion } from "../../src/store/question-log.ts";
import { openSqlite } from "../../src/store/sqlite.ts";
import { openScratchStore, type ScratchStore } from "../helpers/scratch-store.ts";

const T0 = Date.UTC(2026, 10, 1);
let clock = T0;
const now = () => clock;
let scratch: ScratchStore | undefined;
afterEach(async () => {
  await scratch?.cleanup();
  scratch = undefined;
  clock = T0;
});

describe("the question log", () => {
  it("groups abstained questions that differ only in case and white space, most frequent first, with counts", async () => {
    scratch = await openScratchStore({ now });
    const { questions } = scratch.store;
    const asked: [string, "en" | "ru"][] = [
      ["Who won the 2018 FIFA World Cup?", "en"],
      ["What is the capital of Australia?", "en"],
      ["what is   the capital of\tAUSTRALIA?", "en"],
      ["  WHAT IS THE CAPITAL OF AUSTRALIA?  ", "en"],
      ["Сколько стоит билет?", "ru"],
      ["сколько  СТОИТ билет?", "ru"],
      // Punctuation is not folded: another group.
      ["What is the capital of Australia", "en"],
    ];
    for (const [text, lang] of asked) {
      clock += 1000;
      questions.record({ text, lang, outcome: "abstained" });
    }
    questions.record({ text: "How many people died in the Crocus City Hall attack?", lang: "en", outcome: "answered", answerRef: "a1", docs: ["000.txt"] });
    const { groups, total } = questions.unanswered(T0, 10);
    expect(total).toBe(4);
    expect(groups.map((g) => [g.count, g.text, g.lang])).toEqual([
      // The most recent wording of each group is shown.
      [3, "WHAT IS THE CAPITAL OF AUSTRALIA?", "en"],
      [2, "сколько  СТОИТ билет?", "ru"],
      // Equal counts: the most recently asked first.
      [1, "What is the capital of Australia", "en"],
      [1, "Who won the 2018 FIFA World Cup?", "en"],
    ]);
    expect(questions.unanswered(T0, 2)).toMatchObject({ total: 4, groups: [{ count: 3 }, { count: 2 }] });
    expect(questions.counts(T0)).toEqual({ answered: 1, abstained: 7 });
  });

  it("folds case (Cyrillic too), white space and Unicode forms, and nothing else", () => {
    expect(foldQuestion("  Сколько\u00a0ПОГИБЛО\n в «Крокусе»?  ")).toBe("сколько погибло в «крокусе»?");
    expect(foldQuestion("Cafe\u0301 attack?")).toBe(foldQuestion("Café ATTACK?"));
    expect(foldQuestion("Crocus?")).not.toBe(foldQuestion("Crocus"));
  });

  it("looks back only as far as asked", async () => {
    scratch = await openScratchStore({ now, retentionDays: 90 });
    const { questions } = scratch.store;
    questions.record({ text: "An old question?", lang: "en", outcome: "abstained" });
    clock += 31 * DAY_MS;
    questions.record({ text: "A recent question?", lang: "en", outcome: "abstained" });
    expect(questions.unanswered(clock - 30 * DAY_MS, 10).groups.map((g) => g.text)).toEqual(["A recent question?"]);
    expect(questions.unanswered(0, 10).total).toBe(2);
  });
});

describe("retention", () => {
  it("deletes questions and votes older than RETENTION_DAYS from the file, at the next write and at the next start", async () => {
    scratch = await openScratchStore({ now, retentionDays: 7 });
    const { store } = scratch;
    store.questions.record({ text: "What is the capital of Australia?", lang: "en", outcome: "abstained" });
    store.questions.record({ text: "How many people died at Crocus City Hall?", lang: "en", outcome: "answered", answerRef: "old", docs: ["a.txt"] });
    store.feedback.vote("old", 502, "down");
    clock += 6 * DAY_MS;
    store.questions.record({ text: "Six days later?", lang: "en", outcome: "abstained" });
    const rows = () => {
      const db = openSqlite(scratch!.path);
      const counts = {
        questions: (db.prepare("SELECT COUNT(*) AS n FROM questions").get() as { n: number }).n,
        votes: (db.prepare("SELECT COUNT(*) AS n FROM votes").get() as { n: number }).n,
      };
      db.close();
      return counts;
    };
    expect(rows()).toEqual({ questions: 3, votes: 1 });

    // Eight days after the first questions: the next write prunes them.
    clock = T0 + 8 * DAY_MS;
    store.questions.record({ text: "Eight days later?", lang: "en", outcome: "abstained" });
    expect(rows()).toEqual({ questions: 2, votes: 0 });
    expect(store.questions.unanswered(0, 10).groups.map((g) => g.text).sort()).toEqual(["Eight days later?", "Six days later?"]);

    // Nothing written for longer than the retention: the next start prunes.
    store.close();
    clock = T0 + 20 * DAY_MS;
    const reopened = openBotStore({ path: scratch.path, retentionDays: 7, now });
    expect(rows()).toEqual({ questions: 0, votes: 0 });
    reopened.close();
    // Deleted text is overwritten on disk (secure_delete), not left in free pages.
    expect((await readFile(scratch.path)).includes(Buffer.from("capital of Australia"))).toBe(false);
  });
});
