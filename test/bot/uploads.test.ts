import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnswerService } from "../../src/answer/types.ts";
import { MAX_SEED_BYTES } from "../../src/corpus/seed-upload.ts";
import { repliesTo, removeCorpus, startBotHarness, type BotHarness } from "../helpers/bot-harness.ts";
import { admin, openTestService } from "./e2e-support.ts";

/** Admin uploads at their edges: size limits, names in other cases and in Cyrillic. */

const ARTICLE = [
  "Saiga census on the Ustyurt plateau",
  "",
  "Rangers of the Ustyurt reserve counted 4,321 saiga antelopes during the autumn aerial census.",
  "",
].join("\n");

let service: AnswerService;
let root: string;
let seedsDir: string;
let harness: BotHarness;

beforeAll(async () => {
  ({ service, root, seedsDir } = await openTestService());
  harness = await startBotHarness({ service, adminIds: [admin.id], rateLimitPerMinute: 100, seedsDir });
});
afterAll(async () => {
  await harness?.stop();
  if (root) await removeCorpus(root);
});

/** Sends a document as the admin; resolves with what the admin saw, once the update and any rebuild are done. */
async function upload(h: BotHarness, name: string, bytes: string | Buffer): Promise<string[]> {
  const from = h.stub.calls.length;
  await h.handled(h.stub.sendDocument(admin, name, bytes));
  await h.app.idle();
  return repliesTo(h.stub, admin.id, from).map((r) => r.visible);
}

describe("the upload size limit", () => {
  it("stops reading a download at the limit when Telegram did not say how large the file is", async () => {
    const from = harness.stub.calls.length;
    const total = 64 * 1024 * 1024;
    const { updateId, fileId } = harness.stub.sendStreamedDocument(admin, "970_huge.txt", total);
    await harness.handled(updateId);
    const [reply] = repliesTo(harness.stub, admin.id, from);
    expect(reply?.visible).toMatch(/too large \(the limit is 1 MB\)/);
    // The bot hung up long before the end (what was written includes the sockets' buffers).
    expect(harness.stub.streamedBytes(fileId)).toBeLessThan(total / 4);
    expect(await readdir(seedsDir)).not.toContain("970_huge.txt");
  });

  it("names the limit it enforces, and accepts a file of exactly that size", async () => {
    const small = await startBotHarness({ service, adminIds: [admin.id], rateLimitPerMinute: 100, seedsDir, maxUploadBytes: 2_000 });
    try {
      const tooLarge = await upload(small, "971_two_kb.txt", ARTICLE.padEnd(2_001, "."));
      expect(tooLarge).toEqual([expect.stringMatching(/too large \(the limit is 2 KB\)/)]);
      const exact = await upload(small, "972_two_kb.txt", ARTICLE.padEnd(2_000, "."));
      expect(exact[0]).toMatch(/^Saved 972_two_kb\.txt/);
    } finally {
      await small.stop();
    }
    expect(MAX_SEED_BYTES).toBe(1_000_000);
  });
});

describe("upload names", () => {
  it("asks before replacing an article whose name differs only in case, and replaces that one", async () => {
    await writeFile(join(seedsDir, "973_Ustyurt.txt"), ARTICLE);
    const from = harness.stub.calls.length;
    await harness.handled(harness.stub.sendDocument(admin, "973_USTYURT.TXT", ARTICLE.replace("4,321", "5,678")));
    const [prompt] = repliesTo(harness.stub, admin.id, from);
    expect(prompt?.visible).toMatch(/973_Ustyurt\.txt already exists/);

    const keyboard = (prompt!.call.payload.reply_markup as { inline_keyboard: { callback_data: string }[][] }).inline_keyboard[0]!;
    const messageId = (prompt!.call.result as { message_id: number }).message_id;
    await harness.handled(harness.stub.pressButton(admin, keyboard[0]!.callback_data, { message_id: messageId, chatId: admin.id }));
    await harness.app.idle();
    const files = await readdir(seedsDir);
    expect(files.filter((f) => f.toLowerCase() === "973_ustyurt.txt")).toEqual(["973_Ustyurt.txt"]);
    expect(await readFile(join(seedsDir, "973_Ustyurt.txt"), "utf8")).toContain("5,678");
  });

  it("saves a file with a Cyrillic name under its Latin transliteration, and says so", async () => {
    const seen = await upload(harness, "статья о сайгаках.txt", ARTICLE);
    expect(seen[0]).toMatch(/^Saved statya_o_saygakah\.txt/);
    expect(seen[0]).toContain("статья о сайгаках.txt");
    expect(await readFile(join(seedsDir, "statya_o_saygakah.txt"), "utf8")).toBe(ARTICLE);
    expect(seen.at(-1)).toMatch(/Added: .*statya_o_saygakah\.txt/);
  });
});
