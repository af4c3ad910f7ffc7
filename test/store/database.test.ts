import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DATABASE_FILE, openBotStore } from "../../src/store/bot-store.ts";
import { openDatabase } from "../../src/store/database.ts";
import { MIGRATIONS, schemaVersion, type Migration } from "../../src/store/migrations.ts";
import { openSqlite } from "../../src/store/sqlite.ts";
import { DatabaseOpenError, DatabaseVersionError } from "../../src/store/store-errors.ts";
import { captureLogger } from "../helpers/bot-harness.ts";

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function scratchDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "newsquote-db-"));
  dirs.push(dir);
  return dir;
}

/** A data folder as an operator has it: the database beside files that are not the bot's to touch. */
async function dataFolder(): Promise<{ dir: string; path: string; neighbours: Record<string, string> }> {
  const dir = await scratchDir();
  const neighbours = { "manifest.json": '{"counts":{"documents":5}}', "001_article.txt": "An article the bot must never touch." };
  for (const [name, text] of Object.entries(neighbours)) await writeFile(join(dir, name), text);
  return { dir, path: join(dir, DATABASE_FILE), neighbours };
}

async function expectNeighboursUntouched(dir: string, neighbours: Record<string, string>): Promise<void> {
  for (const [name, text] of Object.entries(neighbours)) expect(await readFile(join(dir, name), "utf8")).toBe(text);
}

describe("schema migrations", () => {
  it("creates a new database at the latest version, with its folder", async () => {
    const dir = await scratchDir();
    const path = join(dir, "nested", "data", DATABASE_FILE);
    const db = openDatabase(path);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    db.close();
    expect(existsSync(path)).toBe(true);
  });

  it("upgrades an older database step by step, keeping its rows, and never runs a step twice", async () => {
    const { path } = await dataFolder();
    const store = openBotStore({ path, retentionDays: 30 });
    store.questions.record({ text: "What is the capital of Australia?", lang: "en", outcome: "abstained" });
    store.close();

    const next: Migration = {
      version: MIGRATIONS.length + 1,
      description: "a later step (test)",
      sql: "ALTER TABLE questions ADD COLUMN note TEXT NOT NULL DEFAULT 'none'",
    };
    const upgraded = openBotStore({ path, retentionDays: 30, migrations: [...MIGRATIONS, next] });
    upgraded.close();
    // Reopened with the same steps: nothing is applied again (ALTER TABLE would fail on a second run).
    const again = openDatabase(path, { migrations: [...MIGRATIONS, next] });
    expect(schemaVersion(again)).toBe(MIGRATIONS.length + 1);
    expect(again.prepare("SELECT text, note FROM questions").all()).toEqual([{ text: "What is the capital of Australia?", note: "none" }]);
    again.close();
  });

  it("leaves a step that fails undone, at the previous version", async () => {
    const { path } = await dataFolder();
    openDatabase(path).close();
    const broken: Migration = { version: MIGRATIONS.length + 1, description: "broken (test)", sql: "CREATE TABLE extra (x INTEGER); SELECT * FROM no_such_table;" };
    expect(() => openDatabase(path, { migrations: [...MIGRATIONS, broken] })).toThrow(DatabaseOpenError);
    const db = openDatabase(path);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'extra'").all()).toEqual([]);
    db.close();
  });

  it("refuses, and keeps, a database written by a newer version of the bot", async () => {
    const { path } = await dataFolder();
    const db = openDatabase(path);
    db.pragma(`user_version = ${MIGRATIONS.length + 5}`);
    db.close();
    const logger = captureLogger();
    let error: unknown;
    try {
      openDatabase(path, { logger });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatabaseVersionError);
    expect(error).toMatchObject({ name: "DatabaseVersionError", path, found: MIGRATIONS.length + 5, known: MIGRATIONS.length });
    // Not moved aside: a newer bot can still use it.
    expect(existsSync(path)).toBe(true);
    expect((await readdir(join(path, ".."))).some((f) => f.includes("corrupt"))).toBe(false);
  });
});

describe("a damaged database file", () => {
  it("is moved aside, with a warning, and a new one is created; nothing else in the folder changes", async () => {
    const { dir, path, neighbours } = await dataFolder();
    await writeFile(path, "this is not an SQLite database, whatever its name says ".repeat(100));
    const logger = captureLogger();
    const store = openBotStore({ path, retentionDays: 30, logger, now: () => Date.UTC(2026, 0, 2, 3, 4, 5) });
    // The new database works.
    store.questions.record({ text: "What is the capital of Australia?", lang: "en", outcome: "abstained" });
    expect(store.questions.unanswered(0, 10).groups.map((g) => g.text)).toEqual(["What is the capital of Australia?"]);
    store.close();

    const warnings = logger.lines.filter((l) => l.level === "warn");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.msg).toMatch(/damaged: moved it aside/);
    const aside = `${path}.corrupt-2026-01-02T03-04-05-000Z`;
    expect(warnings[0]!.obj).toMatchObject({ path, movedTo: aside });
    expect(await readFile(aside, "utf8")).toMatch(/^this is not an SQLite database/);
    await expectNeighboursUntouched(dir, neighbours);
  });

  it("is recovered from when a real database was cut short (a torn write), its -wal file moved with it", async () => {
    const { dir, path, neighbours } = await dataFolder();
    const store = openBotStore({ path, retentionDays: 30 });
    for (let i = 0; i < 200; i++) store.questions.record({ text: `Question number ${i} about the steppe?`, lang: "en", outcome: "abstained" });
    store.close();
    // Keep only the first page and a half: SQLite finds the pages it needs missing.
    await truncate(path, 6000);
    const logger = captureLogger();
    const reopened = openBotStore({ path, retentionDays: 30, logger });
    expect(reopened.questions.unanswered(0, 10).total).toBe(0);
    reopened.close();
    expect(logger.lines.filter((l) => l.level === "warn").map((l) => l.msg)).toEqual([expect.stringMatching(/damaged/)]);
    const files = await readdir(dir);
    expect(files.filter((f) => f.startsWith(`${DATABASE_FILE}.corrupt-`))).toHaveLength(1);
    await expectNeighboursUntouched(dir, neighbours);
  });

  it("says which file it could not open when the folder cannot be created", async () => {
    const dir = await scratchDir();
    const blocker = join(dir, "not-a-folder");
    await writeFile(blocker, "x");
    const path = join(blocker, DATABASE_FILE);
    expect(() => openBotStore({ path, retentionDays: 30 })).toThrow(DatabaseOpenError);
    expect(() => openBotStore({ path, retentionDays: 30 })).toThrow(new RegExp(`cannot open the database ${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  });
});

describe("the salt", () => {
  it("is made once and kept: the same ids give the same key after reopening, another database gives another", async () => {
    const { path } = await dataFolder();
    const first = openBotStore({ path, retentionDays: 30 });
    const key = first.subjectKey("turn", 501, 501);
    first.close();
    const second = openBotStore({ path, retentionDays: 30 });
    expect(second.subjectKey("turn", 501, 501)).toBe(key);
    expect(second.subjectKey("turn", 501, 502)).not.toBe(key);
    second.close();
    const other = openBotStore({ path: join(await scratchDir(), DATABASE_FILE), retentionDays: 30 });
    expect(other.subjectKey("turn", 501, 501)).not.toBe(key);
    other.close();
    // Raw SQLite sees one salt row.
    const db = openSqlite(path);
    expect(db.prepare("SELECT COUNT(*) AS n FROM meta WHERE key = 'salt'").get()).toEqual({ n: 1 });
    db.close();
  });
});
