import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnswerService } from "../../src/answer/types.ts";
import { BOT_TEXTS } from "../../src/bot/texts.ts";
import type { RecordedCall, StubChat, StubUser } from "../helpers/bot-api-stub.ts";
import { removeCorpus, repliesTo, startBotHarness, type BotHarness, type BotReply } from "../helpers/bot-harness.ts";
import { openScratchStore, type ScratchStore } from "../helpers/scratch-store.ts";
import { buttonsOf, openTestService } from "./e2e-support.ts";

/**
 * Feedback and what operators see: 👍/👎 under answers, /unanswered and /stats, over the real bot and
 * service, with the store in a temp folder whose bytes are checked for anything identifying a user.
 */

// Distinctive ids and names, so that finding them in the database file cannot be a coincidence.
const zoe: StubUser = { id: 730_001_501, first_name: "Zebulonia", language_code: "en" };
const yan: StubUser = { id: 730_001_502, first_name: "Yaroslavna", language_code: "en" };
const xia: StubUser = { id: 730_001_503, first_name: "Xiomara", language_code: "ru" };
const admin: StubUser = { id: 730_000_042, first_name: "Adminius", language_code: "en" };
const adminRu: StubUser = { id: 730_000_043, first_name: "Админ", language_code: "ru" };
const newsroom: StubChat = { id: -100_730_009_999, type: "supergroup", title: "Quillwort newsroom" };

const AUSTRALIA = "What is the capital of Australia?";
const CROCUS = "How many people died in the Crocus City Hall attack?";

let harness: BotHarness;
let scratch: ScratchStore;
let service: AnswerService;
let root: string;

beforeAll(async () => {
  let seedsDir: string;
  ({ service, root, seedsDir } = await openTestService());
  scratch = await openScratchStore();
  harness = await startBotHarness({ service, store: scratch.store, adminIds: [admin.id, adminRu.id], rateLimitPerMinute: 1000, seedsDir });
});

afterAll(async () => {
  await harness?.stop();
  await scratch?.cleanup();
  if (root) await removeCorpus(root);
});

/** The reply that carries buttons, and its message id. */
function answerWithButtons(replies: BotReply[]): { call: RecordedCall; messageId: number } {
  const reply = replies.find((r) => r.call.payload.reply_markup !== undefined);
  expect(reply, "an answer with buttons").toBeDefined();
  return { call: reply!.call, messageId: (reply!.call.result as { message_id: number }).message_id };
}

/** Presses a button and returns the calls the bot made meanwhile. */
async function press(user: StubUser, data: string, messageId: number, chatId = user.id): Promise<RecordedCall[]> {
  const from = harness.stub.calls.length;
  await harness.handled(harness.stub.pressButton(user, data, { message_id: messageId, chatId }));
  return harness.stub.calls.slice(from);
}

const labels = (call: RecordedCall) => buttonsOf(call).map((b) => b.text);

describe("feedback buttons", () => {
  it("put 👍 and 👎 under an answer with quotes (More on its own row), and none under 'nothing found'", async () => {
    const answer = answerWithButtons(await harness.ask(zoe, CROCUS));
    const rows = (answer.call.payload.reply_markup as { inline_keyboard: { text: string }[][] }).inline_keyboard.map((row) => row.map((b) => b.text));
    expect(rows).toEqual([["👍", "👎"], ["More passages"]]);
    expect(buttonsOf(answer.call).map((b) => b.callback_data)).toEqual([
      expect.stringMatching(/^fb:[0-9a-f]{12}:up$/),
      expect.stringMatching(/^fb:[0-9a-f]{12}:down$/),
      expect.stringMatching(/^more:[0-9a-f]{12}$/),
    ]);

    const abstained = await harness.ask(zoe, AUSTRALIA);
    expect(abstained).toHaveLength(1);
    expect(abstained[0]!.visible).toMatch(/nothing/i);
    expect(abstained[0]!.call.payload.reply_markup).toBeUndefined();
  });

  it("records a press once per person, thanks by editing the buttons (no new message), and a second press changes the vote", async () => {
    const answer = answerWithButtons(await harness.ask(yan, CROCUS));
    const [up, down] = buttonsOf(answer.call);

    let calls = await press(yan, down!.callback_data, answer.messageId);
    expect(calls.filter((c) => c.method === "sendMessage")).toEqual([]);
    expect(calls.filter((c) => c.method === "answerCallbackQuery").map((c) => c.payload.text)).toEqual([undefined]);
    const edits = calls.filter((c) => c.method === "editMessageReplyMarkup");
    expect(edits).toHaveLength(1);
    expect(edits[0]!.payload.message_id).toBe(answer.messageId);
    expect(labels(edits[0]!)).toEqual(["👍", "👎 Thanks!", "More passages"]);

    // The same button again: nothing changes, nothing is edited.
    calls = await press(yan, down!.callback_data, answer.messageId);
    expect(calls.map((c) => c.method)).toEqual(["answerCallbackQuery"]);

    // The other one: the vote changes.
    calls = await press(yan, up!.callback_data, answer.messageId);
    expect(labels(calls.find((c) => c.method === "editMessageReplyMarkup")!)).toEqual(["👍 Thanks!", "👎", "More passages"]);
    calls = await press(yan, down!.callback_data, answer.messageId);
    expect(labels(calls.find((c) => c.method === "editMessageReplyMarkup")!)).toEqual(["👍", "👎 Thanks!", "More passages"]);

    // "More" removes only itself; the vote stays shown.
    const more = buttonsOf(answer.call).find((b) => b.text === "More passages")!;
    calls = await press(yan, more.callback_data, answer.messageId);
    expect(labels(calls.find((c) => c.method === "editMessageReplyMarkup")!)).toEqual(["👍", "👎 Thanks!"]);
    expect(calls.filter((c) => c.method === "sendMessage").length).toBeGreaterThan(0);
    // Voting after "More" keeps it gone.
    calls = await press(yan, up!.callback_data, answer.messageId);
    expect(labels(calls.find((c) => c.method === "editMessageReplyMarkup")!)).toEqual(["👍 Thanks!", "👎"]);
    await press(yan, down!.callback_data, answer.messageId);
  });

  it("counts each member of a group separately on the same answer, and thanks in the answer's language", async () => {
    const from = harness.stub.calls.length;
    await harness.handled(harness.stub.sendText(xia, "/ask Сколько дней продлится траур в Дагестане?", { chat: newsroom }).updateId);
    const answer = answerWithButtons(repliesTo(harness.stub, newsroom.id, from));
    const down = buttonsOf(answer.call).find((b) => b.callback_data.endsWith(":down"))!;
    const calls = await press(xia, down.callback_data, answer.messageId, newsroom.id);
    expect(labels(calls.find((c) => c.method === "editMessageReplyMarkup")!)[1]).toBe("👎 Спасибо!");
    await press(zoe, down.callback_data, answer.messageId, newsroom.id);
    await press(zoe, down.callback_data, answer.messageId, newsroom.id);
    expect(harness.store.feedback.downvoted(0, 10).answers.find((a) => a.question.startsWith("Сколько дней"))).toMatchObject({ down: 2, up: 0 });
  });

  it("says an answer too old to rate cannot be rated", async () => {
    const calls = await press(zoe, "fb:0a0a0a0a0a0a:up", 1);
    expect(calls.map((c) => [c.method, c.payload.text])).toEqual([["answerCallbackQuery", BOT_TEXTS.en.voteExpired]]);
  });
});

describe("/unanswered and /stats for admins", () => {
  it("lists abstained questions grouped after folding case and space, most frequent first, and the 👎 answers with their question", async () => {
    await harness.ask(yan, "WHAT IS THE CAPITAL OF AUSTRALIA?");
    await harness.ask(xia, "What is the capital of  Australia?");
    await harness.ask(zoe, "Who won the 2018 FIFA World Cup?");
    const replies = await harness.ask(admin, "/unanswered");
    const visible = replies.map((r) => r.visible).join("\n");
    expect(visible).toMatch(/^Questions I could not answer \(last 30 days, most frequent first\)\n1\. 3× What is the capital of Australia\? \(en\)\n2\. 1× Who won the 2018 FIFA World Cup\? \(en\)/);
    const downvoted = visible.slice(visible.indexOf("Answers marked 👎"));
    expect(downvoted).toMatch(/1\. 👎 2 Сколько дней продлится траур в Дагестане\? \(ru\) — quoted \S+\.txt/);
    expect(downvoted).toContain(`👎 1 ${CROCUS} (en) — quoted`);
    // Yan's vote went 👎 → 👍 → 👎 → 👍 → 👎: it counts once.
    expect(downvoted).not.toMatch(/👎 [3-9]/);
  });

  it("answers in the admin's language", async () => {
    const [reply] = await harness.ask(adminRu, "/unanswered");
    expect(reply!.visible).toMatch(/^Вопросы, на которые я не нашёл ответа \(за 30 дней, сначала частые\)\n1\. 3× What is the capital of Australia\?/);
    expect(reply!.visible).toContain("Ответы с 👎");
  });

  it("splits a long list into messages under 4096 characters", async () => {
    for (let i = 0; i < 60; i++) {
      harness.store.questions.record({ text: `Question ${i} about ${"the saiga census on the Ustyurt plateau ".repeat(6)}`, lang: "en", outcome: "abstained" });
    }
    const replies = await harness.ask(admin, "/unanswered");
    expect(replies.length).toBeGreaterThan(1);
    for (const reply of replies) {
      expect(reply.call.outcome).toBe("ok");
      expect(reply.visible.length).toBeLessThanOrEqual(4096);
    }
    const visible = replies.map((r) => r.visible).join("\n");
    expect(visible).toContain("Question 59 about");
    expect(visible).toContain("Answers marked 👎");
  });

  it("adds answered, abstained, 👍 and 👎 counts to /stats", async () => {
    const counts = scratch.store.questions.counts(0);
    const votes = scratch.store.feedback.counts(0);
    expect(votes).toEqual({ up: 0, down: 3 });
    const [reply] = await harness.ask(admin, "/stats");
    expect(reply!.visible).toContain(`Last 30 days\nAnswered: ${counts.answered}\nAbstained (nothing found): ${counts.abstained}\n👍: 0\n👎: 3`);
    expect(counts).toEqual({ answered: 3, abstained: 64 });
  });
});

describe("metrics", () => {
  it("counted the questions by outcome and the votes", async () => {
    // A question with no words is refused (and not logged: there is nothing to learn from it).
    const [refused] = await harness.ask(zoe, "??? !!!");
    expect(refused!.visible).toMatch(/could not find any words/);
    const text = await harness.metrics.text();
    expect(text).toMatch(/^newsquote_questions_total\{outcome="refused"\} 1$/m);
    expect(text).toMatch(/^newsquote_questions_total\{outcome="answered"\} 3$/m);
    expect(text).toMatch(/^newsquote_questions_total\{outcome="abstained"\} 4$/m);
    // Recorded or changed votes: Yan 5, Xia 1, Zoe 1.
    expect(text).toMatch(/^newsquote_feedback_total\{vote="down"\} 5$/m);
    expect(text).toMatch(/^newsquote_feedback_total\{vote="up"\} 2$/m);
    expect(text).toMatch(/^newsquote_answer_duration_seconds_count 7$/m);
  });
});

describe("privacy", () => {
  it("keeps no user id, chat id or name in the data folder", async () => {
    const files = await readdir(scratch.dir);
    expect(files).toContain("bot.sqlite");
    const bytes = Buffer.concat(await Promise.all(files.map((f) => readFile(join(scratch.dir, f)))));
    // The questions are there (that is the point), the people are not.
    expect(bytes.includes(Buffer.from("capital of Australia"))).toBe(true);
    for (const secret of [zoe, yan, xia, admin, adminRu].flatMap((u) => [String(u.id), u.first_name]).concat([String(newsroom.id), String(-newsroom.id), newsroom.title!])) {
      expect(bytes.includes(Buffer.from(secret)), secret).toBe(false);
    }
  });
});
