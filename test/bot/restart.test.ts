import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnswerService, PreviousTurn } from "../../src/answer/types.ts";
import { openBotStore, type BotStore } from "../../src/store/bot-store.ts";
import { BotApiStub, type StubUser } from "../helpers/bot-api-stub.ts";
import { removeCorpus, repliesTo, startBotHarness, type BotHarness } from "../helpers/bot-harness.ts";
import { openScratchStore, type ScratchStore } from "../helpers/scratch-store.ts";
import { buttonsOf, expectVerbatimQuotes, loadArticles, openTestService, quotesOf } from "./e2e-support.ts";

/**
 * What the bot remembers survives a restart: the bot is stopped, its store closed, and a new bot is
 * started on the same database file (and the same Bot API server). Buttons given before the restart
 * still work, a follow-up still finds its question, and the logs are still there.
 */

const reader: StubUser = { id: 1501, first_name: "Reader", language_code: "en" };
const admin: StubUser = { id: 1542, first_name: "Admin", language_code: "en" };
const CROCUS = "How many people died in the Crocus City Hall attack?";
const ARTICLE = "Saiga census on the Ustyurt plateau\n\nRangers of the Ustyurt reserve counted 4,321 saiga antelopes during the autumn aerial census.\n";

let service: AnswerService;
let root: string;
let seedsDir: string;
let indexDir: string;
let scratch: ScratchStore;
let stub: BotApiStub;
/** What the bot passed to answer() as the previous turn, per question. */
const previousOf = new Map<string, PreviousTurn | undefined>();

/** Before the restart: what was on screen. */
let moreData: string;
let moreMessageId: number;
let replaceData: string;
let replaceMessageId: number;

async function startBot(store: BotStore): Promise<BotHarness> {
  const recording: AnswerService = {
    ...service,
    answer: (question, options) => {
      previousOf.set(question, options?.previous);
      return service.answer(question, options);
    },
    sources: () => service.sources(),
    stats: () => service.stats(),
    manifest: () => service.manifest(),
    reindex: (onProgress) => service.reindex(onProgress),
    get reindexing() {
      return service.reindexing;
    },
  };
  return startBotHarness({ service: recording, store, stub, adminIds: [admin.id], rateLimitPerMinute: 1000, seedsDir, progressIntervalMs: 0 });
}

beforeAll(async () => {
  ({ service, root, seedsDir, indexDir } = await openTestService());
  scratch = await openScratchStore();
  stub = new BotApiStub();
  await stub.start();

  const before = await startBot(scratch.store);
  const answer = (await before.ask(reader, CROCUS)).find((r) => r.call.payload.reply_markup !== undefined)!;
  moreData = buttonsOf(answer.call).find((b) => b.callback_data.startsWith("more:"))!.callback_data;
  moreMessageId = (answer.call.result as { message_id: number }).message_id;
  await before.ask(reader, "What is the capital of Australia?");
  // The question before the follow-up asked after the restart.
  await before.ask(reader, CROCUS);
  // An upload that waits for Replace / Cancel.
  await before.handled(stub.sendDocument(admin, "940_ustyurt.txt", ARTICLE));
  await before.app.idle();
  const from = stub.calls.length;
  await before.handled(stub.sendDocument(admin, "940_ustyurt.txt", ARTICLE.replace("4,321", "5,678")));
  const prompt = repliesTo(stub, admin.id, from)[0]!;
  replaceData = buttonsOf(prompt.call).find((b) => b.text === "Replace")!.callback_data;
  replaceMessageId = (prompt.call.result as { message_id: number }).message_id;
  await before.stop();
  scratch.store.close();
});

afterAll(async () => {
  await stub?.stop();
  await scratch?.cleanup();
  if (root) await removeCorpus(root);
});

describe("after a restart", () => {
  let after: BotHarness;
  let store: BotStore;
  beforeAll(async () => {
    store = openBotStore({ path: scratch.path, retentionDays: 30 });
    after = await startBot(store);
  });
  afterAll(async () => {
    await after?.stop();
    store?.close();
  });

  it("still understands a follow-up to the question asked before it", async () => {
    const replies = await after.ask(reader, "And how many were detained?");
    expect(previousOf.get("And how many were detained?")?.question).toBe(CROCUS);
    expect(quotesOf(replies.map((r) => r.text).join("\n")).length).toBeGreaterThan(0);
  });

  it("still shows the passages behind a More button given before it", async () => {
    const from = stub.calls.length;
    await after.handled(stub.pressButton(reader, moreData, { message_id: moreMessageId, chatId: reader.id }));
    expect(stub.callsOf("answerCallbackQuery", from).map((c) => c.payload.text)).toEqual([undefined]);
    const html = repliesTo(stub, reader.id, from).map((r) => r.text).join("\n");
    expect(quotesOf(html).length).toBeGreaterThan(0);
    expectVerbatimQuotes(html, await loadArticles(indexDir));
  });

  it("still replaces an article when Replace, asked for before it, is pressed", async () => {
    const from = stub.calls.length;
    await after.handled(stub.pressButton(admin, replaceData, { message_id: replaceMessageId, chatId: admin.id }));
    await after.app.idle();
    expect(repliesTo(stub, admin.id, from).map((r) => r.visible)).toEqual([
      expect.stringMatching(/^Replaced 940_ustyurt\.txt/),
      expect.stringMatching(/^Rebuilding the index/),
      expect.stringMatching(/^Index rebuilt\.\n.*\n.*\nChanged: 940_ustyurt\.txt/),
    ]);
    expect(await readFile(join(seedsDir, "940_ustyurt.txt"), "utf8")).toContain("5,678");
  });

  it("still lists the question it could not answer", async () => {
    const [reply] = await after.ask(admin, "/unanswered");
    expect(reply!.visible).toContain("1× What is the capital of Australia?");
  });
});
