import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
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

  it("skips unusable files with a reason and still loads the good ones", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "b-good.txt"), ARTICLE);
    await writeFile(join(dir, "a-good.md"), `---\ntitle: Пожар\n---\nПожар потушили к утру. Никто не пострадал.\n`);
    await writeFile(join(dir, "empty.txt"), "");
    await writeFile(join(dir, "blank.md"), " \n\t\n\u00A0\n");
    await writeFile(join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
    await writeFile(join(dir, "latin1.txt"), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]));
    await writeFile(join(dir, "ads.txt"), "Source link\n\nPlease disable your ad blocker to continue reading the news.\nBest regards, editors\n");
    await writeFile(join(dir, "huge.txt"), "a".repeat(MAX_ARTICLE_BYTES + 1));
    await writeFile(join(dir, ".hidden.txt"), ARTICLE);

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

  it("lists every other file and folder with what to do about it", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "good.txt"), ARTICLE);
    await writeFile(join(dir, "page.html"), "<html><body><p>Fire crews worked all night.</p></body></html>");
    await writeFile(join(dir, "scan.PDF"), "%PDF-1.4");
    await writeFile(join(dir, "letter.docx"), Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    await writeFile(join(dir, "photo.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    // "Save as Unicode" in Windows Notepad: UTF-16 with a byte order mark.
    await writeFile(join(dir, "notepad.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Пожар в Алматы\r\n\r\nПожар потушили к утру.\r\n", "utf16le")]));
    await writeFile(join(dir, "no-bom.txt"), Buffer.from("Fire in the market\n\nFire crews worked all night.\n", "utf16le"));
    await mkdir(join(dir, "2022"));
    await writeFile(join(dir, "2022", "inner.txt"), ARTICLE);
    await mkdir(join(dir, "folder.txt"));

    const { articles, skipped } = await loadCorpus(dir);
    expect(articles.map((a) => a.id)).toEqual(["good.txt"]);
    const reasons = Object.fromEntries(skipped.map((s) => [s.file, s.reason]));
    expect(Object.keys(reasons).sort()).toEqual(["2022", "folder.txt", "letter.docx", "no-bom.txt", "notepad.txt", "page.html", "photo.png", "scan.PDF"]);
    for (const file of ["page.html", "scan.PDF", "letter.docx"]) expect(reasons[file]).toMatch(/convert (it )?to \.txt or \.md/);
    expect(reasons["photo.png"]).toMatch(/only \.txt and \.md/);
    for (const file of ["notepad.txt", "no-bom.txt"]) {
      expect(reasons[file]).toMatch(/UTF-16/);
      expect(reasons[file]).toMatch(/save it as UTF-8/);
      expect(reasons[file]).not.toMatch(/binary/);
    }
    expect(reasons["2022"]).toMatch(/folder/);
    expect(reasons["folder.txt"]).toMatch(/folder/);
  });

  it("never follows a symbolic link, wherever it points, and says why it was skipped", async () => {
    const dir = await tempDir();
    const outside = await tempDir();
    await writeFile(join(dir, "good.txt"), ARTICLE);
    await writeFile(join(outside, "secret.txt"), "Private notes\n\nThe vault code is 4711. Nobody may read this.\n");
    await symlink("/etc/passwd", join(dir, "passwd.txt"));
    await symlink(join(outside, "secret.txt"), join(dir, "outside.txt"));
    await symlink("../" + outside.split("/").at(-1) + "/secret.txt", join(dir, "relative.md"));
    await symlink(join(dir, "good.txt"), join(dir, "inside.txt"));
    await symlink(outside, join(dir, "elsewhere"));

    const { articles, skipped } = await loadCorpus(dir);
    expect(articles.map((a) => a.id)).toEqual(["good.txt"]);
    expect(articles.some((a) => a.text.includes("vault") || a.text.includes("root:"))).toBe(false);
    const reasons = Object.fromEntries(skipped.map((s) => [s.file, s.reason]));
    expect(Object.keys(reasons).sort()).toEqual(["elsewhere", "inside.txt", "outside.txt", "passwd.txt", "relative.md"]);
    for (const reason of Object.values(reasons)) expect(reason).toMatch(/symbolic link/);
  });

  it("reports broken front matter and an invalid date by file and line, and still indexes the article", async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, "broken-yaml.md"),
      ["---", "title: Fire in the market", "source: [Kazinform", "---", "Fire in the market", "", "Fire crews worked all night. Nobody was hurt.", ""].join("\n"),
    );
    await writeFile(
      join(dir, "bad-date.md"),
      ["---", "title: Flood in the valley", "date: 2024-13-45", "---", "Published: 12 January 2022", "", "The river rose by two meters overnight.", ""].join("\n"),
    );
    await writeFile(join(dir, "feb-30.md"), ["---", "title: Snow in the steppe", "source: Kazinform", "date: 2024-02-30", "---", "Snow fell all day.", ""].join("\n"));

    const { articles, skipped, warnings } = await loadCorpus(dir);
    expect(skipped).toEqual([]);
    const byId = new Map(articles.map((a) => [a.id, a]));
    // The broken block is not article text: metadata is inferred from the body instead.
    expect(byId.get("broken-yaml.md")?.meta.title).toBe("Fire in the market");
    expect(byId.get("broken-yaml.md")?.text).not.toContain("source:");
    expect(byId.get("bad-date.md")?.meta.title).toBe("Flood in the valley");
    expect(byId.get("bad-date.md")?.meta.date).toBe("2022-01-12");
    expect(byId.get("feb-30.md")?.meta.date).toBeNull();
    expect(byId.get("feb-30.md")?.meta.outlet).toBe("Kazinform");

    const found = warnings.map((w) => `${w.file}:${w.line}`).sort();
    expect(found).toEqual(["bad-date.md:3", "broken-yaml.md:3", "feb-30.md:4"]);
    expect(warnings.find((w) => w.file === "broken-yaml.md")?.message).toMatch(/YAML/);
    expect(warnings.find((w) => w.file === "bad-date.md")?.message).toMatch(/date.*2024-13-45/);
    expect(warnings.find((w) => w.file === "feb-30.md")?.message).toMatch(/date.*2024-02-30/);
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
    expect(await loadCorpus(await tempDir())).toEqual({ articles: [], skipped: [], warnings: [] });
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
