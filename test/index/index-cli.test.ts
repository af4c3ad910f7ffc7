import { spawn } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PassThrough } from "node:stream";
import { runIndexCli } from "../../scripts/index.ts";
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
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? work, ...env },
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
