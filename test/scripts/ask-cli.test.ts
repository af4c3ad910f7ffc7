import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readIndex } from "../../src/index/store.ts";
import { buildSeededIndex, type SeededIndex } from "../helpers/seeded-index.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
let seeded: SeededIndex;
let documents: Map<string, string>;

function ask(args: string[], input = "") {
  const env = { ...process.env, SEEDS_DIR: seeded.seedsDir, EMBEDDING_MODEL: "missing/model-for-tests", MODELS_DIR: seeded.root };
  return spawnSync("npx", ["tsx", "scripts/ask.ts", "--index", seeded.indexDir, ...args], { cwd: ROOT, env, input, encoding: "utf8", timeout: 60_000 });
}

beforeAll(async () => {
  seeded = await buildSeededIndex(null);
  documents = new Map((await readIndex(seeded.indexDir)).articles.map((a) => [a.id, a.text]));
});
afterAll(async () => {
  await seeded?.cleanup();
});

describe("npm run ask", () => {
  it("answers one question as plain text with its source, warning loudly that it runs lexically", () => {
    const run = ask(["How many people died in the Crocus City Hall attack?"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("115");
    expect(run.stdout).toContain("2024-03-23");
    expect(run.stderr).toMatch(/LEXICAL-ONLY/);
  });

  it("--json --batch: one JSON object a line, each question on its own, bad lines answered politely", () => {
    const lines = [
      "Сколько дней продлится траур в Дагестане?",
      "",
      "🙂🙂",
      "x".repeat(10_000),
      "Who won the 2018 FIFA World Cup?",
      "And in Dagestan?",
    ];
    const run = ask(["--json", "--batch"], `${lines.join("\n")}\n`);
    expect(run.status).toBe(0);
    const out = run.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toHaveLength(lines.length);

    const [ru, empty, emoji, long, none, followUp] = out;
    expect(ru).toMatchObject({ lang: "ru", abstained: false });
    const quotes = ru?.quotes as { doc: string; text: string }[];
    for (const q of quotes) expect(documents.get(q.doc)?.includes(q.text)).toBe(true);
    const passages = ru?.passages as { doc: string; text: string; score: number }[];
    expect(passages.length).toBeGreaterThan(0);
    expect(passages.length).toBeLessThanOrEqual(10);
    for (let i = 1; i < passages.length; i++) expect(passages[i - 1]!.score).toBeGreaterThanOrEqual(passages[i]!.score);
    expect(passages[0]?.doc).toBe("001_bd1d954d026d96b9.txt");
    // The contract's fields are kept; the decision, sources and bold ranges are added.
    expect(Object.keys(ru ?? {})).toEqual(expect.arrayContaining(["lang", "abstained", "text", "quotes", "passages", "decision", "sources"]));
    expect(Object.keys(quotes[0] ?? {})).toEqual(expect.arrayContaining(["doc", "text", "start", "end", "source", "highlights"]));
    expect(ru?.decision).toMatchObject({ answered: true });

    expect(empty).toMatchObject({ error: "error.emptyQuestion" });
    expect(emoji).toMatchObject({ error: "error.noWords" });
    expect(long).toMatchObject({ error: "error.questionTooLong" });
    expect(none).toMatchObject({ lang: "en", abstained: true, quotes: [] });
    // Lines are answered on their own: a follow-up has no previous question to lean on.
    expect((followUp as { text: string }).text).not.toContain("115");
  });

  it("prints the usage and exits with status 2 on an unknown option", () => {
    const run = ask(["--jsno", "question"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Usage: npm run ask/);
    expect(run.stdout).toBe("");
  });

  it("warns, on stderr, when the articles changed since the index was built", async () => {
    const { writeFile, rm } = await import("node:fs/promises");
    const added = `${seeded.seedsDir}/950_added_later.txt`;
    await writeFile(added, "A storm hit the coast of the Caspian Sea and damaged the port of Aktau on Monday.\n", "utf8");
    try {
      const run = ask(["How many people died in the Crocus City Hall attack?"]);
      expect(run.status).toBe(0);
      expect(run.stderr).toMatch(/out of date.*npm run index/);
      expect(run.stdout).toContain("115");
    } finally {
      await rm(added);
    }
    expect(ask(["How many people died in the Crocus City Hall attack?"]).stderr).not.toMatch(/out of date/);
    // `--index` checks the folder the index was built from, whatever SEEDS_DIR says.
    const env = { ...process.env, SEEDS_DIR: `${seeded.root}/elsewhere`, EMBEDDING_MODEL: "missing/model-for-tests", MODELS_DIR: seeded.root };
    const elsewhere = spawnSync("npx", ["tsx", "scripts/ask.ts", "--index", seeded.indexDir, "How many people died in the Crocus City Hall attack?"], { cwd: ROOT, env, encoding: "utf8", timeout: 60_000 });
    expect(elsewhere.status).toBe(0);
    expect(elsewhere.stderr).not.toMatch(/out of date/);
  });

  it("says what to run when the index is missing, without a stack trace", () => {
    const env = { ...process.env, EMBEDDING_MODEL: "missing/model-for-tests" };
    const run = spawnSync("npx", ["tsx", "scripts/ask.ts", "--index", `${seeded.root}/nowhere`, "question"], { cwd: ROOT, env, encoding: "utf8", timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("npm run index");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
