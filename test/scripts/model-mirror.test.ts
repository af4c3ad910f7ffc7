import { spawnSync } from "node:child_process";
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { PassThrough } from "node:stream";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIndexCli } from "../../scripts/index.ts";
import { readManifest } from "../../src/index/store.ts";
import { ModelMirror } from "../helpers/model-mirror.ts";
import { ensureTinyModel } from "../helpers/tiny-model.ts";

const ROOT = resolve(fileURLToPath(new URL("../../", import.meta.url)));
let work: string;
let seeds: string;
let mirror: ModelMirror;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "mirror-e2e-"));
  seeds = join(work, "seeds");
  await cp(join(ROOT, "seeds"), seeds, { recursive: true });
  mirror = new ModelMirror(new Map([["barsmirror/tiny-e5", await ensureTinyModel()]]));
  await mirror.start();
});
afterAll(async () => {
  await mirror?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

function captureIo() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
  return { io: { stdout, stderr }, out: () => out, err: () => err };
}

/** The environment a new user would have: no models/ yet, downloads allowed, a mirror as MODEL_HOST. */
const userEnv = (model: string, modelsDir: string) => ({
  ...process.env,
  MODEL_HOST: mirror.host,
  EMBEDDING_MODEL: model,
  MODELS_DIR: modelsDir,
  ALLOW_REMOTE_MODELS: "true",
  SEEDS_DIR: seeds,
});

describe("the embedding model fetched on first use, from a mirror (MODEL_HOST)", () => {
  it("`npm run index` downloads the model and builds a hybrid index; `ask` then answers with the mirror stopped", async () => {
    const modelsDir = join(work, "models");
    const out = join(work, "index");
    const { io, err } = captureIo();
    const code = await runIndexCli(["--seeds", seeds, "--out", out], userEnv("barsmirror/tiny-e5", modelsDir), io);
    expect(code, err()).toBe(0);
    expect(err()).toMatch(/Downloading the embedding model "barsmirror\/tiny-e5"/);
    const manifest = await readManifest(out);
    expect(manifest).toMatchObject({ mode: "hybrid", model: "barsmirror/tiny-e5", dtype: "q8" });
    expect(manifest.calibration?.probes).toBeGreaterThanOrEqual(100);
    expect(await readdir(join(modelsDir, "barsmirror", "tiny-e5"))).toEqual(expect.arrayContaining(["config.json", "tokenizer.json", "onnx"]));

    await mirror.stop();
    const ask = spawnSync("npx", ["tsx", "scripts/ask.ts", "--index", out, "--json", "How many people died in the Crocus City Hall attack?"], {
      cwd: ROOT,
      env: userEnv("barsmirror/tiny-e5", modelsDir),
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(ask.status, ask.stderr).toBe(0);
    const result = JSON.parse(ask.stdout) as { passages: { similarity: number | null }[] };
    expect(result.passages.some((p) => p.similarity !== null)).toBe(true);
    expect(ask.stderr).not.toMatch(/LEXICAL-ONLY/);
    await mirror.start();
  });

  it("falls back to a lexical index, with a one-line warning, when the mirror does not have the model", async () => {
    const out = join(work, "index-missing");
    const { io, err } = captureIo();
    const started = Date.now();
    const code = await runIndexCli(["--seeds", seeds, "--out", out], userEnv("barsmirror/not-there", join(work, "models-2")), io);
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect((await readManifest(out)).mode).toBe("lexical");
    expect(err().split("\n").filter((line) => /LEXICAL-ONLY/.test(line))).toHaveLength(1);
    expect(err()).toMatch(/could not be downloaded; the next run tries again/);
  });

  it("--offline never downloads", async () => {
    const before = mirror.requests.length;
    const { io } = captureIo();
    const code = await runIndexCli(["--seeds", seeds, "--out", join(work, "index-offline"), "--offline"], userEnv("barsmirror/tiny-e5", join(work, "models-3")), io);
    expect(code).toBe(0);
    expect(mirror.requests.length).toBe(before);
    expect((await readManifest(join(work, "index-offline"))).mode).toBe("lexical");
  });
});
