import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Embedder } from "../../src/embedding/embedder.ts";
import { ModelUnavailableError } from "../../src/embedding/model-unavailable-error.ts";
import { describeModelLocation, loadEmbedder, type EmbedderOptions } from "../../src/embedding/transformers-embedder.ts";
import { tinyTokenVector } from "../../scripts/make-tiny-model.ts";
import { isAppError } from "../../src/errors.ts";
import { ensureTinyModel } from "../helpers/tiny-model.ts";

/** Cosine similarity of two unit vectors (their dot product). */
function similarity(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] ?? 0) * (b[i] ?? 0);
  return sum;
}

function norm(v: Float32Array): number {
  return Math.sqrt(similarity(v, v));
}

let modelDir: string;
let scratch: string;
let embedder: Embedder;

function options(overrides: Partial<EmbedderOptions> = {}): EmbedderOptions {
  return {
    model: modelDir,
    modelsDir: path.join(scratch, "models"),
    allowRemote: false,
    dtype: "q8",
    queryPrefix: "query: ",
    passagePrefix: "passage: ",
    ...overrides,
  };
}

/** Waits until pending rejections would have surfaced as `unhandledRejection`. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 50));
}

beforeAll(async () => {
  modelDir = await ensureTinyModel();
  scratch = await mkdtemp(path.join(os.tmpdir(), "embedder-test-"));
  embedder = await loadEmbedder(options());
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const snippets = [
  "Tokayev held an operational meeting of the Security Council.",
  "Токаев провёл телефонный разговор с Путиным после терактов в Дагестане.",
  "«Ёлочки» и ёжик: ещё одна проверка буквы ё",
  "Crocus\u00a0City\u00a0Hall near Moscow, 22.03.2024",
  "Mixed scripts: Алма-Ата / Almaty, т.е. the same city",
  "Dr. Smith, Mr. Jones et al. said so.",
  "",
];

describe("loadEmbedder on the tiny model (real transformers.js path)", () => {
  it("loads from a folder and reports the model's vector length", () => {
    expect(embedder.dimensions).toBe(96);
    expect(embedder.modelId).toBe(modelDir);
  });

  it("loads the same folder given as a path relative to the working folder", async () => {
    const relative = path.relative(process.cwd(), modelDir);
    const viaRelative = await loadEmbedder(options({ model: relative }));
    const [a, b] = await Promise.all([viaRelative.embedQuery("траур"), embedder.embedQuery("траур")]);
    expect(Array.from(a)).toEqual(Array.from(b));
  });

  it.each(snippets)("returns a unit-length Float32Array of the right length for %j", async (text) => {
    const [passage] = await embedder.embedPassages([text]);
    const query = await embedder.embedQuery(text);
    for (const vector of [passage, query]) {
      expect(vector).toBeInstanceOf(Float32Array);
      expect(vector?.length).toBe(96);
      expect(norm(vector ?? new Float32Array())).toBeCloseTo(1, 4);
    }
  });

  it("is deterministic across calls and across separately loaded embedders", async () => {
    const again = await loadEmbedder(options({ dtype: "fp32" }));
    const text = "Власти Дагестана объявили траур по погибшим.";
    const first = await embedder.embedQuery(text);
    const second = await embedder.embedQuery(text);
    const third = await again.embedQuery(text);
    expect(Array.from(second)).toEqual(Array.from(first));
    expect(Array.from(third)).toEqual(Array.from(first));
  });

  it("gives the same text a similarity of about 1 with itself", async () => {
    const [a, b] = await embedder.embedPassages(["Shootout in Almaty lasted all night", "Shootout in Almaty lasted all night"]);
    expect(similarity(a ?? new Float32Array(), b ?? new Float32Array())).toBeCloseTo(1, 5);
  });

  it("returns vectors that are copies, not views into a shared buffer", async () => {
    const [a, b] = await embedder.embedPassages(["first text", "second text"]);
    expect(a?.buffer).not.toBe(b?.buffer);
  });

  const closeness: Array<{ language: string; anchor: string; related: string; unrelated: string }> = [
    {
      language: "ru",
      anchor: "В Дагестане объявлен траур после терактов",
      related: "Траур в Дагестане: соболезнования после терактов",
      unrelated: "Погода сегодня солнечная, без осадков",
    },
    {
      language: "en",
      anchor: "President of Kazakhstan held a meeting of the Security Council",
      related: "The Security Council meeting was held by the President",
      unrelated: "Shootout in Almaty lasted all night",
    },
    {
      language: "ru question vs passages",
      anchor: "Где объявили траур после терактов?",
      related: "После терактов в Дагестане объявили траур",
      unrelated: "Казахстан и Россия провели переговоры",
    },
  ];

  it.each(closeness)("puts texts sharing words closer than unrelated ones ($language)", async ({ anchor, related, unrelated }) => {
    const question = await embedder.embedQuery(anchor);
    const [near, far] = await embedder.embedPassages([related, unrelated]);
    const nearSimilarity = similarity(question, near ?? new Float32Array());
    const farSimilarity = similarity(question, far ?? new Float32Array());
    expect(nearSimilarity).toBeGreaterThan(farSimilarity + 0.2);
  });

  it("uses the query and passage prefixes (a query differs from the same text as a passage)", async () => {
    const text = "траур в Дагестане";
    const [passage] = await embedder.embedPassages([text]);
    const query = await embedder.embedQuery(text);
    expect(Array.from(query)).not.toEqual(Array.from(passage ?? []));
    const noPrefixes = await loadEmbedder(options({ queryPrefix: "", passagePrefix: "" }));
    const [plainPassage] = await noPrefixes.embedPassages([text]);
    expect(Array.from(await noPrefixes.embedQuery(text))).toEqual(Array.from(plainPassage ?? []));
  });

  it("matches a hand computation: the prefix's tokens and the text's, mean-pooled, then L2-normalised", async () => {
    const { AutoTokenizer } = await import("@huggingface/transformers");
    const tokenizer = await AutoTokenizer.from_pretrained(await ensureTinyModel());
    const byHand = (text: string): number[] => {
      const pieces = ["[CLS]", ...tokenizer.tokenize(text), "[SEP]"];
      expect(pieces.length).toBe(tokenizer.encode(text).length);
      const sum = new Float64Array(embedder.dimensions);
      for (const piece of pieces) tinyTokenVector(piece, embedder.dimensions).forEach((v, i) => (sum[i] = (sum[i] ?? 0) + v));
      const mean = Array.from(sum, (v) => v / pieces.length);
      const norm = Math.hypot(...mean);
      return mean.map((v) => v / norm);
    };
    const text = "Траур в Дагестане объявили на три дня";
    const query = Array.from(await embedder.embedQuery(text));
    const [passage] = await embedder.embedPassages([text]);
    expect(Math.hypot(...query)).toBeCloseTo(1, 5);
    byHand(`query: ${text}`).forEach((v, i) => expect(query[i]).toBeCloseTo(v, 5));
    byHand(`passage: ${text}`).forEach((v, i) => expect(passage?.[i]).toBeCloseTo(v, 5));
    // Without the prefix the hand computation differs: the prefix really is part of what is embedded.
    expect(byHand(text).some((v, i) => Math.abs(v - (query[i] ?? 0)) > 1e-3)).toBe(true);
  });

  it("embeds passages in batches: one vector per text, in order, with progress", async () => {
    const batched = await loadEmbedder(options({ batchSize: 2 }));
    const texts = snippets.slice(0, 5);
    const progress: Array<[number, number]> = [];
    const vectors = await batched.embedPassages(texts, (done, total) => progress.push([done, total]));
    expect(vectors).toHaveLength(texts.length);
    expect(progress).toEqual([
      [2, 5],
      [4, 5],
      [5, 5],
    ]);
    for (const [i, text] of texts.entries()) {
      const [alone] = await embedder.embedPassages([text]);
      // Padding in a batch must not change a text's vector.
      expect(similarity(vectors[i] ?? new Float32Array(), alone ?? new Float32Array())).toBeCloseTo(1, 5);
    }
    expect(await batched.embedPassages([])).toEqual([]);
  });
});

describe("loadEmbedder when the model is unavailable", () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown): void => {
    unhandled.push(reason);
  };
  beforeAll(() => {
    process.on("unhandledRejection", onUnhandled);
  });
  afterAll(() => {
    process.off("unhandledRejection", onUnhandled);
  });

  async function loadError(overrides: Partial<EmbedderOptions>): Promise<ModelUnavailableError> {
    const error: unknown = await loadEmbedder(options(overrides)).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ModelUnavailableError);
    return error as ModelUnavailableError;
  }

  it(
    "fails offline for a hub id that is not in the models folder, naming the folder and the fix",
    { timeout: 15_000 },
    async () => {
      const error = await loadError({ model: "Xenova/no-such-model-for-tests" });
      const searched = path.join(path.resolve(scratch, "models"), "Xenova/no-such-model-for-tests");
      expect(error.name).toBe("ModelUnavailableError");
      expect(error.messageKey).toBe("error.modelUnavailable");
      expect(isAppError(error)).toBe(true);
      expect(error.searchedFolder).toBe(searched);
      expect(error.message).toContain("Xenova/no-such-model-for-tests");
      expect(error.message).toContain(searched);
      expect(error.message).toContain("npm run model:download");
      expect(error.message).toContain("ALLOW_REMOTE_MODELS=true");
      expect(error.message).toContain("EMBEDDING_MODEL=");
      expect(error.message).not.toContain("\n");
      expect(error.cause).toBeInstanceOf(Error);
      await settle();
      expect(unhandled).toEqual([]);
    },
  );

  it("finds a hub id inside the models folder (how a downloaded model is used offline)", async () => {
    const modelsDir = path.join(scratch, "hub-layout");
    await cp(modelDir, path.join(modelsDir, "Tiny", "bag-of-words"), { recursive: true });
    const fromHubLayout = await loadEmbedder(options({ model: "Tiny/bag-of-words", modelsDir }));
    expect(fromHubLayout.dimensions).toBe(96);
    expect(fromHubLayout.modelId).toBe("Tiny/bag-of-words");
    expect((await describeModelLocation({ model: "Tiny/bag-of-words", modelsDir })).folder).toBe(
      path.resolve(modelsDir, "Tiny", "bag-of-words"),
    );
  });

  it("fails for a folder path that does not exist", { timeout: 15_000 }, async () => {
    const missing = path.join(scratch, "no-such-folder");
    const error = await loadError({ model: missing });
    expect(error.message).toContain(missing);
    expect(error.message).toContain("npm run model:download");
  });

  it("fails for a folder whose model.onnx is corrupt", { timeout: 15_000 }, async () => {
    const broken = path.join(scratch, "broken");
    await cp(modelDir, broken, { recursive: true });
    await writeFile(path.join(broken, "onnx", "model_quantized.onnx"), "this is not a protobuf file");
    await writeFile(path.join(broken, "onnx", "model.onnx"), Buffer.alloc(64, 0xff));
    for (const dtype of ["q8", "fp32"] as const) {
      const error = await loadError({ model: broken, dtype });
      expect(error.message).toContain(broken);
      expect(error.cause).toBeDefined();
    }
    await settle();
    expect(unhandled).toEqual([]);
  });

  it("fails for a folder without a tokenizer", { timeout: 15_000 }, async () => {
    const noTokenizer = path.join(scratch, "no-tokenizer");
    await cp(modelDir, noTokenizer, { recursive: true });
    await rm(path.join(noTokenizer, "tokenizer.json"));
    const error = await loadError({ model: noTokenizer });
    expect(error.message).toContain(noTokenizer);
    await settle();
    expect(unhandled).toEqual([]);
  });
});
