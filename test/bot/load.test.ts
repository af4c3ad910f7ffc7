import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runLoad, type InjectedFault, type LoadOptions, type LoadReport, type QuestionOutcome } from "../../scripts/loadtest.ts";

/**
 * The small version of `npm run loadtest`: the real bot (grammY runner, real answer service over a lexical
 * index of the seeds) against the stub Bot API server, many users at once, an admin /reindex in the middle.
 */

/** Generous slack over the rebuild's own duration for the slowest reply, in ms (the machine is shared). */
const LATENCY_MARGIN_MS = 5_000;

const base: LoadOptions = {
  users: 40,
  questionsPerUser: 2,
  rateLimitPerMinute: 20,
  hardTimeoutMs: 25_000,
  faults: [],
  seed: 7,
  groupEvery: 10,
};

/** A short burst: sendMessage fails with 429 (retry_after 1 s), 500 and dropped connections; getUpdates with 429 and a drop. */
const BURST: readonly InjectedFault[] = [
  { method: "sendMessage", fault: { kind: "429", retryAfterSeconds: 1 }, times: 2 },
  { method: "sendMessage", fault: { kind: "500" }, times: 2 },
  { method: "sendMessage", fault: { kind: "drop" }, times: 2 },
  { method: "getUpdates", fault: { kind: "429", retryAfterSeconds: 1 }, times: 1 },
  { method: "getUpdates", fault: { kind: "drop" }, times: 1 },
];

const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);
beforeAll(() => {
  process.on("unhandledRejection", onRejection);
});
afterAll(() => {
  process.off("unhandledRejection", onRejection);
});

const describeQuestion = (o: QuestionOutcome) => `${o.chatId}/${o.messageId} "${o.text}" → ${o.replies} replies: ${o.replyVisible ?? "none"}`;

/** Every question answered exactly once, with an answer (or "nothing found"), never an error. */
function expectExactlyOnce(report: LoadReport): void {
  expect(report.questions).toBe(base.users * base.questionsPerUser);
  expect(report.lost.map(describeQuestion), "lost").toEqual([]);
  expect(report.duplicated.map(describeQuestion), "duplicated").toEqual([]);
  expect(report.notAnswers.map(describeQuestion), "not an answer").toEqual([]);
  expect(report.errorMessages, "error messages to users").toEqual([]);
  expect(report.answeredOnce).toBe(report.questions);
  expect(report.timedOut).toBe(false);
  expect(rejections).toEqual([]);
}

describe("many users at once, with a /reindex in the middle", () => {
  it("answers every question exactly once, and the rebuild does not hold answers up beyond its own length", async () => {
    const report = await runLoad(base);
    expectExactlyOnce(report);
    expect(report.reindex.error).toBeNull();
    expect(report.reindex.report?.documents).toBeGreaterThan(0);
    expect(report.reindex.serviceMs).not.toBeNull();
    // Questions were in flight while the index was rebuilt, and got answered.
    expect(report.reindex.questionsDuring).toBeGreaterThan(0);
    const rebuildMs = report.reindex.serviceMs ?? 0;
    expect(report.reindex.maxLatencyDuringMs ?? Infinity).toBeLessThan(rebuildMs + LATENCY_MARGIN_MS);
    expect(report.latencyMs.max).toBeLessThan(rebuildMs + LATENCY_MARGIN_MS);
    expect(report.log.errors).toBe(0);
  });

  it("still answers every question exactly once when Telegram answers 429, 500 or drops connections for a moment", async () => {
    const report = await runLoad({ ...base, seed: 8, faults: BURST });
    expectExactlyOnce(report);
    // The faults really happened during the load.
    expect(report.faults.injected).toBe(BURST.reduce((sum, f) => sum + f.times, 0));
    expect(report.faults.hit).toBe(report.faults.injected);
    expect(report.reindex.error).toBeNull();
    expect(report.reindex.report).not.toBeNull();
  });
});
