import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { CorpusError, loadCorpus, MAX_ARTICLE_BYTES } from "../../src/corpus/load.ts";

const SEEDS_DIR = fileURLToPath(new URL("../../seeds/", import.meta.url));
const ARTICLE = "Fire in the market\n\nFire crews worked all night. Nobody was hurt.\n";

const temps: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "corpus-load-"));
  temps.push(dir);
  return dir;
}

afterEach(async () => {
  for (const dir of temps.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe("loadCorpus", () => {
  it("loads the five seeds in file-name order with the sha256 of their bytes", async () => {
    const { articles, skipped } = await loadCorpus(SEEDS_DIR);
    expect(skipped).toEqual([]);
    expect(articles.map((a) => a.id)).toEqual([
      "000_87f934314bcdc9c2.txt",
      "001_bd1d954d026d96b9.txt",
      "002_7ebc7cb231040dfc.txt",
      "003_14cf24d929167090.txt",
      "004_59b21c21d158f950.txt",
    ]);
    const bytes = await readFile(join(SEEDS_DIR, "001_bd1d954d026d96b9.txt"));
    expect(articles[1]!.hash).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(articles[1]!.meta.lang).toBe("ru");
  });

  it("skips unusable files with a reason, ignores other files, and still loads the good ones", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "b-good.txt"), ARTICLE);
    await writeFile(join(dir, "a-good.md"), `---\ntitle: Пожар\n---\nПожар потушили к утру. Никто не пострадал.\n`);
    await writeFile(join(dir, "empty.txt"), "");
    await writeFile(join(dir, "blank.md"), " \n\t\n\u00A0\n");
    await writeFile(join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
    await writeFile(join(dir, "latin1.txt"), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]));
    await writeFile(join(dir, "ads.txt"), "Source link\n\nPlease disable your ad blocker to continue reading the news.\nBest regards, editors\n");
    await writeFile(join(dir, "huge.txt"), "a".repeat(MAX_ARTICLE_BYTES + 1));
    await writeFile(join(dir, "photo.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    await writeFile(join(dir, "notes.json"), "{}");
    await writeFile(join(dir, ".hidden.txt"), ARTICLE);
    await mkdir(join(dir, "folder.txt"));
    await writeFile(join(dir, "folder.txt", "inner.txt"), ARTICLE);

    const { articles, skipped } = await loadCorpus(dir);
    expect(articles.map((a) => a.id)).toEqual(["a-good.md", "b-good.txt"]);
    expect(articles[0]!.meta.title).toBe("Пожар");
    expect(articles[1]!.meta.title).toBe("Fire in the market");
    const reasons = Object.fromEntries(skipped.map((s) => [s.file, s.reason]));
    expect(Object.keys(reasons).sort()).toEqual(["ads.txt", "binary.txt", "blank.md", "empty.txt", "huge.txt", "latin1.txt"]);
    expect(reasons["empty.txt"]).toMatch(/empty/);
    expect(reasons["blank.md"]).toMatch(/whitespace/);
    expect(reasons["binary.txt"]).toMatch(/binary/);
    expect(reasons["latin1.txt"]).toMatch(/UTF-8/);
    expect(reasons["ads.txt"]).toMatch(/boilerplate/);
    expect(reasons["huge.txt"]).toMatch(/too large/);
  });

  it("changes the hash when the file changes, and only then", async () => {
    const dir = await tempDir();
    const file = join(dir, "a.txt");
    await writeFile(file, ARTICLE);
    const first = (await loadCorpus(dir)).articles[0]!.hash;
    expect((await loadCorpus(dir)).articles[0]!.hash).toBe(first);
    await writeFile(file, ARTICLE.replace("night", "day"));
    expect((await loadCorpus(dir)).articles[0]!.hash).not.toBe(first);
  });

  it("returns nothing for an empty folder without throwing", async () => {
    expect(await loadCorpus(await tempDir())).toEqual({ articles: [], skipped: [] });
  });

  it("throws CorpusError naming the folder when it does not exist or is not a folder", async () => {
    const dir = await tempDir();
    const missing = join(dir, "no-such-folder");
    const error = await loadCorpus(missing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorpusError);
    expect((error as CorpusError).messageKey).toBe("error.corpusEmpty");
    expect((error as CorpusError).message).toContain(missing);

    const file = join(dir, "a.txt");
    await writeFile(file, ARTICLE);
    await expect(loadCorpus(file)).rejects.toBeInstanceOf(CorpusError);
  });
});
