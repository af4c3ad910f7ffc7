import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ReindexBusyError } from "../../src/answer/answer-service.ts";
import type { AnswerService, BuildProgress, ReindexReport } from "../../src/answer/types.ts";
import {
  decodeSeedText,
  safeSeedFileName,
  saveSeed,
  UploadRejectedError,
  type UploadProblem,
} from "../../src/corpus/seed-upload.ts";
import { repliesTo, removeCorpus, startBotHarness, type BotHarness } from "../helpers/bot-harness.ts";
import { admin, alice, expectVerbatimQuotes, loadArticles, openTestService, quotesOf } from "./e2e-support.ts";

/**
 * The real service, with rebuilds held at a gate until the test opens it, so that "questions during a
 * rebuild" and "a second /reindex while one runs" happen for sure (the rebuild itself is the real one).
 */
function gated(service: AnswerService): { service: AnswerService; close(): void; open(): void } {
  let release: () => void = () => undefined;
  let gate = Promise.resolve();
  let held = false;
  const wrapper: AnswerService = {
    answer: (question, options) => service.answer(question, options),
    sources: () => service.sources(),
    stats: () => service.stats(),
    manifest: () => service.manifest(),
    get reindexing() {
      return held || service.reindexing;
    },
    async reindex(onProgress?: (progress: BuildProgress) => void): Promise<ReindexReport> {
      if (held) throw new ReindexBusyError();
      held = true;
      try {
        await gate;
      } finally {
        held = false;
      }
      return service.reindex(onProgress);
    },
  };
  return {
    service: wrapper,
    close: () => {
      gate = new Promise((resolve) => (release = resolve));
    },
    open: () => release(),
  };
}

let harness: BotHarness;
let control: ReturnType<typeof gated>;
let root: string;
let seedsDir: string;
let indexDir: string;

beforeAll(async () => {
  const opened = await openTestService();
  ({ root, seedsDir, indexDir } = opened);
  control = gated(opened.service);
  harness = await startBotHarness({ service: control.service, adminIds: [admin.id], rateLimitPerMinute: 1000, seedsDir, progressIntervalMs: 0 });
});

afterAll(async () => {
  control?.open();
  await harness?.stop();
  if (root) await removeCorpus(root);
});

describe("admin commands", () => {
  it("refuses /reindex and /stats to non-admins and logs the attempt with the user id", async () => {
    for (const command of ["/reindex", "/stats"]) {
      const replies = await harness.ask(alice, command);
      expect(replies).toHaveLength(1);
      expect(replies[0]!.visible).toMatch(/only the bot's administrators/);
    }
    expect(harness.logger.lines.some((l) => l.msg === "admin command refused" && (l.obj as { userId?: number }).userId === alice.id)).toBe(true);
    expect(control.service.reindexing).toBe(false);
  });

  it("shows stats to an admin", async () => {
    const [reply] = await harness.ask(admin, "/stats");
    const stats = control.service.stats();
    expect(reply!.visible).toContain(`Documents: ${stats.documents}`);
    expect(reply!.visible).toContain(`Passages: ${stats.passages}`);
    expect(reply!.visible).toContain("Mode: lexical");
    expect(reply!.visible).toMatch(/Questions answered: \d+/);
    expect(reply!.visible).toMatch(/Uptime: /);
  });

  it("rebuilds on /reindex while still answering, refuses a second one, then reports", async () => {
    control.close();
    const from = harness.stub.calls.length;
    const started = await harness.ask(admin, "/reindex");
    expect(started[0]!.visible).toMatch(/Rebuilding the index/);
    const statusId = (started[0]!.call.result as { message_id: number }).message_id;

    const busy = await harness.ask(admin, "/reindex");
    expect(busy[0]!.visible).toMatch(/already being rebuilt/);

    const during = await harness.ask(alice, "Сколько дней продлится траур в Дагестане?");
    expect(quotesOf(during.map((r) => r.text).join("")).some((q) => q.quote.includes("трехдневный"))).toBe(true);

    control.open();
    const report = await harness.stub.waitForCall(
      (c) => c.method === "sendMessage" && Number(c.payload.chat_id) === admin.id && /Index rebuilt/.test(String(c.payload.text)),
      { from },
    );
    const docs = (await readdir(seedsDir)).filter((f) => /\.(txt|md)$/.test(f)).length;
    expect(String(report.payload.text)).toContain(`Documents: ${docs}`);
    expect(String(report.payload.text)).toMatch(/mode: lexical/);
    const edits = harness.stub.callsOf("editMessageText", from).filter((c) => Number(c.payload.message_id) === statusId);
    expect(edits.length).toBeGreaterThan(0);
    expect(String(edits.at(-1)!.payload.text)).toMatch(/100%/);
    expect(edits.every((e) => e.index < report.index)).toBe(true);
  });
});

describe("admin article upload", () => {
  const article = [
    "Saiga census in the Ustyurt plateau",
    "",
    "Rangers of the Ustyurt reserve counted 4,321 saiga antelopes during the autumn aerial census.",
    "The count was made from two light aircraft over the Ustyurt plateau in October.",
    "",
  ].join("\n");

  it("saves a new .txt article, reindexes, and the article becomes answerable", async () => {
    const question = "How many saiga antelopes did the Ustyurt reserve rangers count?";
    const before = await control.service.answer(question);
    expect(before.quotes.some((q) => q.text.includes("4,321"))).toBe(false);

    const from = harness.stub.calls.length;
    const updateId = harness.stub.sendDocument(admin, "950_ustyurt_saiga.txt", article);
    await harness.handled(updateId);
    expect(repliesTo(harness.stub, admin.id, from)[0]!.visible).toMatch(/Saved 950_ustyurt_saiga\.txt/);
    const report = await harness.stub.waitForCall(
      (c) => c.method === "sendMessage" && /Index rebuilt/.test(String(c.payload.text)),
      { from },
    );
    expect(String(report.payload.text)).toMatch(/Added: 950_ustyurt_saiga\.txt/);
    expect(await readFile(join(seedsDir, "950_ustyurt_saiga.txt"), "utf8")).toBe(article);
    await harness.app.idle();

    const replies = await harness.ask(alice, question);
    const html = replies.map((r) => r.text).join("");
    expect(quotesOf(html).some((q) => q.quote.includes("4,321"))).toBe(true);
    expectVerbatimQuotes(html, await loadArticles(indexDir));
  });

  it("names the uploaded article in /help, which is built from the documents in the index", async () => {
    const [help] = await harness.ask(alice, "/help");
    expect(help!.visible).toContain("• Saiga census in the Ustyurt plateau");
    expect(help!.visible).toContain(`I answer from ${control.service.sources().length} documents`);
    // Admins also see their commands.
    const [adminHelp] = await harness.ask(admin, "/help");
    expect(adminHelp!.visible).toContain("/unanswered");
  });

  it("asks before replacing an existing article; Cancel keeps it, Replace swaps it", async () => {
    const name = "950_ustyurt_saiga.txt";
    const original = await readFile(join(seedsDir, name), "utf8");
    const replacement = original.replace("4,321", "5,678");

    const ask = async () => {
      const from = harness.stub.calls.length;
      const updateId = harness.stub.sendDocument(admin, name, replacement);
      await harness.handled(updateId);
      const [prompt] = repliesTo(harness.stub, admin.id, from);
      expect(prompt!.visible).toMatch(/already exists/);
      const keyboard = (prompt!.call.payload.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] }).inline_keyboard[0]!;
      expect(keyboard.map((b) => b.text)).toEqual(["Replace", "Cancel"]);
      return { keyboard, messageId: (prompt!.call.result as { message_id: number }).message_id };
    };

    const first = await ask();
    let from = harness.stub.calls.length;
    await harness.handled(harness.stub.pressButton(admin, first.keyboard[1]!.callback_data, { message_id: first.messageId, chatId: admin.id }));
    expect(repliesTo(harness.stub, admin.id, from)[0]!.visible).toMatch(/cancelled/);
    expect(await readFile(join(seedsDir, name), "utf8")).toBe(original);

    const second = await ask();
    from = harness.stub.calls.length;
    // A non-admin cannot press the admin's button.
    await harness.handled(harness.stub.pressButton(alice, second.keyboard[0]!.callback_data, { message_id: second.messageId, chatId: admin.id }));
    expect(await readFile(join(seedsDir, name), "utf8")).toBe(original);
    await harness.handled(harness.stub.pressButton(admin, second.keyboard[0]!.callback_data, { message_id: second.messageId, chatId: admin.id }));
    const report = await harness.stub.waitForCall((c) => c.method === "sendMessage" && /Index rebuilt/.test(String(c.payload.text)), { from });
    expect(String(report.payload.text)).toMatch(/Changed: 950_ustyurt_saiga\.txt/);
    expect(await readFile(join(seedsDir, name), "utf8")).toBe(replacement);
    await harness.app.idle();
  });

  it("refuses unsafe names, other formats, non-UTF-8 and empty files, and documents from non-admins", async () => {
    const cases: [string, Buffer | string, RegExp][] = [
      ["../../etc/passwd.txt", "x", /file name can't be used/],
      [".hidden.txt", "x", /file name can't be used/],
      ["report.pdf", "%PDF-1.4", /Only .*\.txt.*\.md/],
      ["951_latin1.txt", Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0xff]), /not valid UTF-8/],
      ["952_empty.md", "  \n\n", /empty/],
    ];
    for (const [name, bytes, expected] of cases) {
      const from = harness.stub.calls.length;
      await harness.handled(harness.stub.sendDocument(admin, name, bytes));
      const replies = repliesTo(harness.stub, admin.id, from);
      expect(replies, name).toHaveLength(1);
      expect(replies[0]!.visible, name).toMatch(expected);
    }
    const from = harness.stub.calls.length;
    await harness.handled(harness.stub.sendDocument(alice, "953_from_alice.txt", "Some article text."));
    expect(repliesTo(harness.stub, alice.id, from)[0]!.visible).toMatch(/only read text questions/);
    const files = await readdir(seedsDir);
    expect(files.some((f) => /latin1|empty|alice|passwd|hidden|report/.test(f))).toBe(false);
  });
});

describe("seed-upload checks", () => {
  const names: [string, string | UploadProblem][] = [
    ["005_tengrinews_2022-01-05.txt", "005_tengrinews_2022-01-05.txt"],
    ["notes.md", "notes.md"],
    ["Report.TXT", "Report.TXT"],
    ["статья.txt", "statya.txt"],
    ["Новость дня (копия).md", "Novost_dnya_kopiya.md"],
    ["my article.txt", "my_article.txt"],
    ["../seeds.txt", "name"],
    ["a/b.txt", "name"],
    ["a\\b.txt", "name"],
    [".env.txt", "name"],
    ["🙂🙂.txt", "name"],
    [`${"я".repeat(130)}.txt`, "name"],
    ["article.txt.exe", "extension"],
    ["article", "extension"],
    ["", "name"],
  ];
  it.each(names)("file name %j → %s", (name, expected) => {
    if (expected.includes(".")) {
      expect(safeSeedFileName(name)).toBe(expected);
      return;
    }
    try {
      safeSeedFileName(name);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UploadRejectedError);
      expect((error as UploadRejectedError).problem).toBe(expected);
    }
  });

  const contents: [string, Uint8Array, UploadProblem | null][] = [
    ["Russian with ё and «ёлочки»", new TextEncoder().encode("Трёхдневный траур «в Дагестане»\u00a0объявлен."), null],
    ["emoji and mixed scripts", new TextEncoder().encode("Crocus City Hall — «Крокус» 🕯️"), null],
    ["Latin-1 bytes", Uint8Array.from([0x43, 0x61, 0x66, 0xe9]), "notUtf8"],
    ["truncated UTF-8 (half a Cyrillic letter)", new TextEncoder().encode("Траур").slice(0, 3), "notUtf8"],
    ["only whitespace and NBSP", new TextEncoder().encode(" \n\u00a0\t"), "empty"],
    ["over the size limit", new Uint8Array(1_000_001).fill(0x61), "tooLarge"],
  ];
  it.each(contents)("content: %s", (_name, bytes, problem) => {
    if (problem === null) {
      expect(decodeSeedText(bytes)).toBe(new TextDecoder().decode(bytes));
      return;
    }
    expect(() => decodeSeedText(bytes)).toThrow(UploadRejectedError);
    try {
      decodeSeedText(bytes);
    } catch (error) {
      expect((error as UploadRejectedError).problem).toBe(problem);
    }
  });

  it("saves atomically and never overwrites without being told to", async () => {
    const dir = join(root, "upload-check");
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, "keep.txt"), "old", "utf8");
    await expect(saveSeed(dir, "keep.txt", new TextEncoder().encode("new"))).rejects.toThrow(/exists/);
    expect(await readFile(join(dir, "keep.txt"), "utf8")).toBe("old");
    expect(await saveSeed(dir, "keep.txt", new TextEncoder().encode("new"), { overwrite: true })).toMatchObject({ replaced: true });
    expect(await readFile(join(dir, "keep.txt"), "utf8")).toBe("new");
    expect(await readdir(dir)).toEqual(["keep.txt"]);
  });
});
