import { spawn } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PassThrough } from "node:stream";
import { formatReport, runIndexCli } from "../../scripts/index.ts";
import type { ReindexReport } from "../../src/index/build-report.ts";
import { readIndex } from "../../src/index/store.ts";
import { ensureTinyModel } from "../helpers/tiny-model.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const SCRIPT = join(ROOT, "scripts", "index.ts");

let work: string;
let seeds: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "index-cli-"));
  seeds = join(work, "seeds");
  await mkdir(seeds);
  const files = (await readdir(join(ROOT, "seeds"))).filter((f) => f.endsWith(".txt")).sort();
  // One English and one Russian article keep the run short.
  for (const file of [files[0]!, files[1]!]) await cp(join(ROOT, "seeds", file), join(seeds, file));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Runs `tsx scripts/index.ts` in an empty folder (no .env) with only the given settings. */
function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(TSX, [SCRIPT, ...args], {
      cwd: work,
      // Offline unless a test says otherwise: tests never reach the network.
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? work, ALLOW_REMOTE_MODELS: "false", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolvePromise({ code, stdout, stderr }));
  });
}

const MISSING_MODEL = {
  EMBEDDING_MODEL: "acme/no-such-model",
  MODELS_DIR: "models-that-do-not-exist",
};

describe("npm run index", () => {
  it("falls back to a lexical index with a loud warning when the model is missing", async () => {
    const out = join(work, "out-lexical");
    const result = await runCli(["--seeds", seeds, "--out", out], MISSING_MODEL);

    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/WARNING/);
    expect(result.stderr).toMatch(/LEXICAL-ONLY/i);
    expect(result.stderr).toContain("acme/no-such-model");
    expect(result.stdout).toMatch(/^documents: 2$/m);
    expect(result.stdout).toMatch(/^passages: [1-9]\d*$/m);
    expect(result.stdout).toMatch(/^mode: lexical$/m);
    expect(result.stdout).toMatch(/^added: .*000_/m);

    const data = await readIndex(out, { model: null });
    expect(data.manifest.mode).toBe("lexical");
    expect(result.stdout).toContain(`passages: ${data.manifest.counts.passages}`);
  });

  it("says so in one line when it falls back to lexical mode; --verbose adds the explanation", async () => {
    const quiet = await runCli(["--seeds", seeds, "--out", join(work, "out-quiet")], MISSING_MODEL);
    expect(quiet.code).toBe(0);
    const warning = quiet.stderr.split("\n").filter((line) => line.trim() !== "");
    expect(warning).toHaveLength(1);
    expect(warning[0]).toMatch(/^WARNING: .*LEXICAL-ONLY.*acme\/no-such-model/);

    const verbose = await runCli(["--seeds", seeds, "--out", join(work, "out-verbose"), "--verbose"], MISSING_MODEL);
    expect(verbose.code).toBe(0);
    expect(verbose.stderr.split("\n")[0]).toBe(warning[0]);
    expect(verbose.stderr).toMatch(/REQUIRE_MODEL=true/);
    expect(verbose.stderr).toMatch(/npm run model:download/);
  });

  it("exits 1 with a clear message and no stack trace when --require-model is given", async () => {
    const out = join(work, "out-required");
    const result = await runCli(["--seeds", seeds, "--out", out, "--require-model"], MISSING_MODEL);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain("acme/no-such-model");
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stdout).not.toMatch(/^mode:/m);
    await expect(readIndex(out)).rejects.toThrow(/npm run index/);
  });

  it("exits 1 naming the folder when the seeds folder does not exist", async () => {
    const missing = join(work, "no-such-seeds");
    const result = await runCli(["--seeds", missing, "--out", join(work, "out-x")], MISSING_MODEL);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(missing);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it("rejects an unknown option with the usage text", async () => {
    const result = await runCli(["--sedes", seeds], MISSING_MODEL);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--seeds DIR");
  });
});

describe("the report after a build", () => {
  const names = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(5, "0")}.txt`);
  const report: ReindexReport = {
    documents: 16_000,
    passages: 40_000,
    mode: "lexical",
    buildMs: 61_000,
    added: names(16_000, "a"),
    changed: names(3, "c"),
    removed: [],
    skipped: names(25, "s").map((file) => ({ file, reason: "empty file" })),
    warnings: [{ file: "a00007.txt", line: 3, message: "invalid date \"2024-13-45\"" }],
  };

  it("gives counts, then at most 20 names per list and how many more", () => {
    const lines = formatReport(report, 0, 0);
    const text = lines.join("\n");
    expect(lines.length).toBeLessThan(60);
    expect(text).toMatch(/^documents: 16000$/m);
    expect(text).toMatch(/^added: 16000 \(a00000\.txt, .*a00019\.txt, … and 15980 more\)$/m);
    expect(text).not.toContain("a00020.txt");
    expect(text).toMatch(/^changed: 3 \(c00000\.txt, c00001\.txt, c00002\.txt\)$/m);
    expect(text).toMatch(/^removed: none$/m);
    expect(text).toMatch(/^skipped: 25$/m);
    expect(text).toContain("  - s00019.txt: empty file");
    expect(text).not.toContain("s00020.txt");
    expect(text).toMatch(/^ {2}… and 5 more \(--verbose lists them all\)$/m);
    expect(text).toMatch(/^warnings: 1$/m);
    expect(text).toContain('  - a00007.txt:3: invalid date "2024-13-45"');
  });

  it("lists every name with --verbose", () => {
    const text = formatReport(report, 0, 0, { verbose: true }).join("\n");
    expect(text).toContain("a15999.txt");
    expect(text).toContain("  - s00024.txt: empty file");
    expect(text).toContain('  - a00007.txt:3: invalid date "2024-13-45"');
    expect(text).not.toContain("more");
  });
});

describe("runIndexCli", () => {
  it("builds a hybrid index with the real model and shows a progress bar on a terminal", async () => {
    const out = join(work, "out-hybrid");
    const stdout = Object.assign(new PassThrough(), { isTTY: true, columns: 100 });
    const stderr = new PassThrough();
    let printed = "";
    let warned = "";
    stdout.on("data", (chunk: Buffer) => (printed += chunk.toString()));
    stderr.on("data", (chunk: Buffer) => (warned += chunk.toString()));
    const model = await ensureTinyModel();

    const code = await runIndexCli(["--seeds", seeds, "--out", out, "--require-model"], { EMBEDDING_MODEL: model, MODELS_DIR: join(work, "models") }, {
      stdout,
      stderr,
    });

    expect(warned).toBe("");
    expect(code).toBe(0);
    expect(printed).toMatch(/Embedding \[/);
    expect(printed).toMatch(/^mode: hybrid$/m);
    const data = await readIndex(out, { model });
    expect(printed).toContain(`passages: ${data.manifest.counts.passages}`);
    expect(printed).toContain(`embedded: ${data.manifest.counts.passages} passages (reused 0)`);
  });
});
