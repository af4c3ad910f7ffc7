import { readFile } from "node:fs/promises";
import { afterEach, describe, expect, it } from "vitest";
import { openScratchStore, type ScratchStore } from "../helpers/scratch-store.ts";

const T0 = Date.UTC(2026, 10, 1);
let clock = T0;
let scratch: ScratchStore | undefined;
afterEach(async () => {
  await scratch?.cleanup();
  scratch = undefined;
  clock = T0;
});

describe("votes on answers", () => {
  it("counts one vote per person and answer; pressing the other button changes it, the same one again changes nothing", async () => {
    scratch = await openScratchStore({ now: () => clock });
    const { questions, feedback } = scratch.store;
    questions.record({ text: "How many people died in the Crocus City Hall attack?", lang: "en", outcome: "answered", answerRef: "crocus", docs: ["000.txt", "003.txt"] });
    questions.record({ text: "Сколько дней траур в Дагестане?", lang: "ru", outcome: "answered", answerRef: "dagestan", docs: ["001.txt"] });

    expect(feedback.vote("crocus", 502, "down")).toEqual({ status: "recorded", vote: "down", lang: "en" });
    expect(feedback.vote("crocus", 502, "down")).toEqual({ status: "unchanged", vote: "down", lang: "en" });
    expect(feedback.counts(0)).toEqual({ up: 0, down: 1 });
    expect(feedback.vote("crocus", 502, "up")).toEqual({ status: "changed", vote: "up", lang: "en" });
    expect(feedback.counts(0)).toEqual({ up: 1, down: 0 });
    expect(feedback.voteOf("crocus", 502)).toBe("up");
    expect(feedback.voteOf("crocus", 503)).toBeNull();

    feedback.vote("crocus", 503, "down");
    feedback.vote("crocus", 504, "down");
    feedback.vote("dagestan", 502, "down");
    expect(feedback.counts(0)).toEqual({ up: 1, down: 3 });
    expect(feedback.downvoted(0, 10)).toEqual({
      total: 2,
      answers: [
        { question: "How many people died in the Crocus City Hall attack?", lang: "en", docs: ["000.txt", "003.txt"], down: 2, up: 1, askedAt: T0 },
        { question: "Сколько дней траур в Дагестане?", lang: "ru", docs: ["001.txt"], down: 1, up: 0, askedAt: T0 },
      ],
    });
  });

  it("refuses a vote on an answer it does not know (a forged button, or one past the retention)", async () => {
    scratch = await openScratchStore({ now: () => clock });
    expect(scratch.store.feedback.vote("nothing", 1, "up")).toEqual({ status: "unknown" });
    // An abstention has no buttons, and no id to vote on.
    scratch.store.questions.record({ text: "What is the capital of Australia?", lang: "en", outcome: "abstained" });
    expect(scratch.store.feedback.counts(0)).toEqual({ up: 0, down: 0 });
  });

  it("keeps no user id in the file: only a salted hash per answer and person", async () => {
    scratch = await openScratchStore({ now: () => clock });
    const { questions, feedback } = scratch.store;
    questions.record({ text: "How many people died?", lang: "en", outcome: "answered", answerRef: "a1", docs: [] });
    questions.record({ text: "How many were injured?", lang: "en", outcome: "answered", answerRef: "a2", docs: [] });
    const userId = 987_654_321;
    feedback.vote("a1", userId, "down");
    feedback.vote("a2", userId, "up");
    scratch.store.close();
    const bytes = await readFile(scratch.path);
    expect(bytes.includes(Buffer.from(String(userId)))).toBe(false);
    const db = (await import("../../src/store/sqlite.ts")).openSqlite(scratch.path);
    const voters = db.prepare("SELECT voter FROM votes").all() as { voter: string }[];
    db.close();
    expect(voters).toHaveLength(2);
    for (const { voter } of voters) expect(voter).toMatch(/^[0-9a-f]{32}$/);
    // The same person's votes on two answers cannot be linked to each other.
    expect(voters[0]!.voter).not.toBe(voters[1]!.voter);
  });
});
