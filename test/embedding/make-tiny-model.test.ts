import { mkdtemp, readFile, readdir, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTinyModel } from "../../scripts/make-tiny-model.ts";

const FILES = ["config.json", "tokenizer_config.json", "tokenizer.json", "onnx/model.onnx", "onnx/model_quantized.onnx"];

let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), "tiny-model-test-"));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function vocabOf(dir: string): Promise<Record<string, number>> {
  const tokenizer = JSON.parse(await readFile(path.join(dir, "tokenizer.json"), "utf8")) as { model: { vocab: Record<string, number> } };
  return tokenizer.model.vocab;
}

describe("makeTinyModel", () => {
  it("writes byte-identical files on two runs", async () => {
    const first = path.join(scratch, "first");
    const second = path.join(scratch, "second");
    await makeTinyModel(first);
    await makeTinyModel(second);
    for (const file of FILES) {
      const [a, b] = await Promise.all([readFile(path.join(first, file)), readFile(path.join(second, file))]);
      expect(a.length, file).toBeGreaterThan(0);
      expect(a.equals(b), file).toBe(true);
    }
  });

  it("stays well under 1 MB in total", async () => {
    const dir = path.join(scratch, "size");
    await makeTinyModel(dir);
    let total = 0;
    for (const file of FILES) total += (await stat(path.join(dir, file))).size;
    expect(total).toBeLessThan(1024 * 1024);
    expect((await readdir(path.join(dir, "onnx"))).sort()).toEqual(["model.onnx", "model_quantized.onnx"]);
  });

  it("has letters of both alphabets (with ё), digits, their ## forms and words from the seeds", async () => {
    const dir = path.join(scratch, "vocab");
    await makeTinyModel(dir);
    const vocab = await vocabOf(dir);
    for (const token of ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "a", "##z", "я", "ё", "##ё", "й", "##й", "7", "##0"]) {
      expect(vocab, token).toHaveProperty([token]);
    }
    // Words of length ≥ 3 from seeds/, lowercased: "Дагестане" and "Tokayev" occur there.
    expect(vocab).toHaveProperty(["дагестане"]);
    expect(vocab).toHaveProperty(["tokayev"]);
    expect(vocab).not.toHaveProperty(["Tokayev"]);
    const ids = Object.values(vocab);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("honours the dimensions and extra vocabulary options", async () => {
    const dir = path.join(scratch, "options");
    await makeTinyModel(dir, { dimensions: 8, vocabulary: ["Квазиграмматика", "zebrafish"] });
    const config = JSON.parse(await readFile(path.join(dir, "config.json"), "utf8")) as { hidden_size: number; model_type: string };
    expect(config).toMatchObject({ model_type: "bert", hidden_size: 8 });
    const vocab = await vocabOf(dir);
    expect(vocab).toHaveProperty(["квазиграмматика"]);
    expect(vocab).toHaveProperty(["zebrafish"]);
    const defaultSize = (await stat(path.join(scratch, "size", "onnx", "model.onnx"))).size;
    expect((await stat(path.join(dir, "onnx", "model.onnx"))).size).toBeLessThan(defaultSize);
  });
});
