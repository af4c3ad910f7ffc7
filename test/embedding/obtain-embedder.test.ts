import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ModelUnavailableError } from "../../src/embedding/model-unavailable-error.ts";
import { hasCompleteModel, obtainEmbedder } from "../../src/embedding/obtain-embedder.ts";
import type { EmbedderOptions } from "../../src/embedding/transformers-embedder.ts";
import { ModelMirror } from "../helpers/model-mirror.ts";
import { ensureTinyModel } from "../helpers/tiny-model.ts";

const MODEL_ID = "barsmirror/tiny-e5";
let mirror: ModelMirror;
let scratch: string;
let modelsDir: string;

beforeAll(async () => {
  mirror = new ModelMirror(new Map([[MODEL_ID, await ensureTinyModel()]]));
  await mirror.start();
});
afterAll(async () => {
  await mirror?.stop();
});
afterEach(async () => {
  mirror.faults.clear();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

async function freshModelsDir(): Promise<string> {
  scratch = await mkdtemp(path.join(tmpdir(), "models-"));
  modelsDir = path.join(scratch, "models");
  return modelsDir;
}

const options = (overrides: Partial<EmbedderOptions> = {}): EmbedderOptions => ({
  model: MODEL_ID,
  modelsDir,
  allowRemote: true,
  remoteHost: mirror.host,
  dtype: "q8",
  queryPrefix: "query: ",
  passagePrefix: "passage: ",
  stallTimeoutMs: 2_000,
  ...overrides,
});

describe("obtainEmbedder: the model fetched on first use", () => {
  it("downloads a missing model from the mirror into models/<id>, then loads it offline with the mirror gone", async () => {
    await freshModelsDir();
    const progress: string[] = [];
    const embedder = await obtainEmbedder(options(), { onDownloadProgress: (file) => progress.push(file) });
    expect(embedder.dimensions).toBeGreaterThan(0);
    expect(await hasCompleteModel(path.join(modelsDir, MODEL_ID), "q8")).toBe(true);
    expect(mirror.requests.some((r) => r === `/${MODEL_ID}/resolve/main/onnx/model_quantized.onnx`)).toBe(true);
    expect(progress).toContain("onnx/model_quantized.onnx");
    // Nothing temporary is left beside the model.
    expect((await readdir(modelsDir)).filter((name) => name.startsWith("."))).toEqual([]);

    const before = mirror.requests.length;
    const offline = await obtainEmbedder(options({ allowRemote: false, remoteHost: "http://127.0.0.1:9" }));
    expect(Array.from(await offline.embedQuery("mourning in Dagestan"))).toEqual(Array.from(await embedder.embedQuery("mourning in Dagestan")));
    expect(mirror.requests.length).toBe(before);
  });

  it.each(["drop-midway", "missing"] as const)("never counts a partial download as a model (weights file %s); the next run completes it", async (fault) => {
    await freshModelsDir();
    mirror.faults.set("onnx/model_quantized.onnx", fault);
    const error = await obtainEmbedder(options()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelUnavailableError);
    expect((error as Error).message).toContain(mirror.host);
    expect(await hasCompleteModel(path.join(modelsDir, MODEL_ID), "q8")).toBe(false);
    expect(await readdir(modelsDir)).toEqual([]);

    mirror.faults.clear();
    const embedder = await obtainEmbedder(options());
    expect(embedder.dimensions).toBeGreaterThan(0);
    expect(await hasCompleteModel(path.join(modelsDir, MODEL_ID), "q8")).toBe(true);
  });

  it("gives up on a server that stops sending, within the stall timeout", async () => {
    await freshModelsDir();
    mirror.faults.set("onnx/model_quantized.onnx", "stall");
    const started = Date.now();
    const error = await obtainEmbedder(options({ stallTimeoutMs: 1_000 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelUnavailableError);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(await hasCompleteModel(path.join(modelsDir, MODEL_ID), "q8")).toBe(false);
  });

  it("downloads nothing when downloads are off", async () => {
    await freshModelsDir();
    const before = mirror.requests.length;
    const error = await obtainEmbedder(options({ allowRemote: false })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelUnavailableError);
    expect((error as Error).message).toMatch(/ALLOW_REMOTE_MODELS=false/);
    expect(mirror.requests.length).toBe(before);
  });

  it("says which model the mirror does not have", async () => {
    await freshModelsDir();
    const error = await obtainEmbedder(options({ model: "barsmirror/no-such-model" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelUnavailableError);
    expect((error as Error).message).toContain("barsmirror/no-such-model");
  });

  it("leaves no timer behind after a 404, so the command that asked ends at once", async () => {
    await freshModelsDir();
    const timers = () => process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;
    const before = timers();
    await obtainEmbedder(options({ model: "barsmirror/no-such-model" })).catch(() => undefined);
    expect(timers()).toBe(before);
  });
});
