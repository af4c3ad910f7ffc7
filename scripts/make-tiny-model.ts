/**
 * Writes a tiny BERT-style feature-extraction model that transformers.js loads offline,
 * so tests can run the real embedding code path without downloading any weights.
 *
 * The "model" is a bag of words: every token has a fixed pseudo-random vector (seeded by
 * the token's text), and the output of each position is that vector, zeroed where the
 * attention mask is 0. Mean pooling then makes texts sharing words similar and
 * unrelated texts nearly orthogonal. Same input → byte-identical files.
 *
 * CLI: `tsx scripts/make-tiny-model.ts [OUT_DIR]` (default `models/tiny-test-model`).
 */
import { eng, rus } from "stopword";
import { seededRandom } from "./lib/seeded-random.ts";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** What the tiny model looks like. */
export interface TinyModelOptions {
  /** Length of every output vector. Default 32. */
  dimensions?: number;
  /** Extra whole words for the vocabulary (lowercased on use). */
  vocabulary?: string[];
  /** Folder whose `*.txt` files supply the default words; default: the project's `seeds/`. `null` = none. */
  wordsFrom?: string | null;
}

const DEFAULT_DIMENSIONS = 96;
const SPECIAL_TOKENS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] as const;
const LATIN = "abcdefghijklmnopqrstuvwxyz";
const CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
const DIGITS = "0123456789";
const PUNCTUATION = ".,!?;:-–—«»\"'()[]/%№#&+*@…“”„";
/** A few frequent words of both languages, so that common questions do not fall apart into letters. */
const COMMON_WORDS = [
  "the", "and", "what", "who", "when", "where", "why", "how", "news", "weather", "today", "president",
  "attack", "mourning", "people", "city", "country", "government", "police", "said",
  "что", "кто", "когда", "где", "почему", "как", "новости", "погода", "сегодня", "президент",
  "теракт", "траур", "люди", "город", "страна", "правительство", "полиция", "дагестан", "россия", "казахстан",
];

/** The E5 prefixes ("query: ", "passage: "): in the vocabulary so they stay one quiet token each. */
const PREFIX_WORDS = ["query", "passage"] as const;

const thisDir = path.dirname(fileURLToPath(import.meta.url));
const DEFAULT_WORDS_FROM = path.resolve(thisDir, "..", "seeds");

/** Writes the model files (config, tokenizer, onnx/model.onnx, onnx/model_quantized.onnx) into `outDir`. */
export async function makeTinyModel(outDir: string, options: TinyModelOptions = {}): Promise<void> {
  const dimensions = options.dimensions ?? DEFAULT_DIMENSIONS;
  if (!Number.isInteger(dimensions) || dimensions < 1) throw new RangeError(`dimensions must be a positive integer, got ${dimensions}`);
  const words = await collectWords(options.wordsFrom === undefined ? DEFAULT_WORDS_FROM : options.wordsFrom);
  for (const word of options.vocabulary ?? []) words.add(word.toLowerCase());
  const vocabulary = buildVocabulary([...words].sort());

  const onnx = encodeModel(vocabulary, dimensions);
  await mkdir(path.join(outDir, "onnx"), { recursive: true });
  await writeFile(path.join(outDir, "config.json"), json(configJson(vocabulary.length, dimensions)));
  await writeFile(path.join(outDir, "tokenizer_config.json"), json(tokenizerConfigJson()));
  await writeFile(path.join(outDir, "tokenizer.json"), json(tokenizerJson(vocabulary)));
  await writeFile(path.join(outDir, "onnx", "model.onnx"), onnx);
  await writeFile(path.join(outDir, "onnx", "model_quantized.onnx"), onnx);
}

/** All words of length ≥ 3 in the folder's `.txt` files, lowercased (empty when the folder is missing). */
async function collectWords(folder: string | null): Promise<Set<string>> {
  const words = new Set<string>();
  if (folder === null) return words;
  let names: string[];
  try {
    names = (await readdir(folder)).filter((name) => name.endsWith(".txt")).sort();
  } catch {
    return words;
  }
  for (const name of names) {
    const text = (await readFile(path.join(folder, name), "utf8")).toLowerCase();
    for (const word of text.match(/[\p{L}\p{N}]+/gu) ?? []) {
      if ([...word].length >= 3 && [...word].length <= 100) words.add(word);
    }
  }
  return words;
}

/** Special tokens, single characters and their `##` forms, then whole words; no duplicates. */
function buildVocabulary(words: readonly string[]): string[] {
  const characters = [...LATIN, ...CYRILLIC, ...DIGITS];
  const tokens = [
    ...SPECIAL_TOKENS,
    ...PUNCTUATION,
    ...PREFIX_WORDS,
    ...characters,
    ...characters.map((c) => `##${c}`),
    ...COMMON_WORDS,
    ...words,
  ];
  return [...new Set(tokens)];
}

/** Function words of both languages: like a real model, the tiny one barely counts them. */
const FUNCTION_WORDS = new Set([...eng, ...rus]);

/** How much a token weighs in the mean: content words dominate; function words, letters, punctuation and prefixes barely count. */
function tokenWeight(token: string): number {
  if (token === "[PAD]") return 0;
  if (FUNCTION_WORDS.has(token)) return 0.05;
  if ((SPECIAL_TOKENS as readonly string[]).includes(token) || (PREFIX_WORDS as readonly string[]).includes(token)) return 0.05;
  if ([...PUNCTUATION].includes(token)) return 0.05;
  if ([...token.replace(/^##/, "")].length === 1) return 0.1;
  return 1;
}

// ---------------------------------------------------------------- JSON files

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function configJson(vocabSize: number, dimensions: number): Record<string, unknown> {
  return {
    model_type: "bert",
    architectures: ["BertModel"],
    hidden_size: dimensions,
    vocab_size: vocabSize,
    type_vocab_size: 2,
    _comment: "Tiny bag-of-words test model written by scripts/make-tiny-model.ts; not a real language model.",
  };
}

function tokenizerConfigJson(): Record<string, unknown> {
  return {
    tokenizer_class: "BertTokenizer",
    do_lower_case: true,
    strip_accents: false,
    tokenize_chinese_chars: true,
    clean_up_tokenization_spaces: true,
    model_max_length: 512,
    pad_token: "[PAD]",
    unk_token: "[UNK]",
    cls_token: "[CLS]",
    sep_token: "[SEP]",
    mask_token: "[MASK]",
  };
}

function tokenizerJson(vocabulary: readonly string[]): Record<string, unknown> {
  const id = (token: string): number => vocabulary.indexOf(token);
  const special = (token: string, typeId: number) => ({ SpecialToken: { id: token, type_id: typeId } });
  return {
    version: "1.0",
    truncation: null,
    padding: null,
    added_tokens: SPECIAL_TOKENS.map((token) => ({
      id: id(token),
      content: token,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    })),
    normalizer: { type: "BertNormalizer", clean_text: true, handle_chinese_chars: true, strip_accents: false, lowercase: true },
    pre_tokenizer: { type: "BertPreTokenizer" },
    post_processor: {
      type: "TemplateProcessing",
      single: [special("[CLS]", 0), { Sequence: { id: "A", type_id: 0 } }, special("[SEP]", 0)],
      pair: [
        special("[CLS]", 0),
        { Sequence: { id: "A", type_id: 0 } },
        special("[SEP]", 0),
        { Sequence: { id: "B", type_id: 1 } },
        special("[SEP]", 1),
      ],
      special_tokens: {
        "[CLS]": { id: "[CLS]", ids: [id("[CLS]")], tokens: ["[CLS]"] },
        "[SEP]": { id: "[SEP]", ids: [id("[SEP]")], tokens: ["[SEP]"] },
      },
    },
    decoder: { type: "WordPiece", prefix: "##", cleanup: true },
    model: {
      type: "WordPiece",
      unk_token: "[UNK]",
      continuing_subword_prefix: "##",
      max_input_chars_per_word: 100,
      vocab: Object.fromEntries(vocabulary.map((token, index) => [token, index])),
    },
  };
}

// ---------------------------------------------------------------- weights

/** FNV-1a (32 bit) of the token's UTF-8 bytes: the seed of its vector. */
function hashToken(token: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(token, "utf8")) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The vector the tiny model gives one token (a row of its word-embedding matrix, as float32): what
 * a test computes by hand to check pooling and normalisation. Its token-type embeddings are zero.
 */
export function tinyTokenVector(token: string, dimensions: number = DEFAULT_DIMENSIONS): Float32Array {
  const next = seededRandom(hashToken(token));
  const weight = tokenWeight(token);
  const vector = new Float32Array(dimensions);
  for (let column = 0; column < dimensions; column++) vector[column] = (next() * 2 - 1) * weight;
  return vector;
}

/** Row-major float32 little-endian bytes of the [vocabulary, dimensions] word-embedding matrix. */
function wordEmbeddingBytes(vocabulary: readonly string[], dimensions: number): Buffer {
  const bytes = Buffer.alloc(vocabulary.length * dimensions * 4);
  vocabulary.forEach((token, row) => {
    tinyTokenVector(token, dimensions).forEach((value, column) => bytes.writeFloatLE(value, (row * dimensions + column) * 4));
  });
  return bytes;
}

// ---------------------------------------------------------------- ONNX protobuf

const WIRE_VARINT = 0;
const WIRE_BYTES = 2;
const TENSOR_FLOAT = 1;
const TENSOR_INT64 = 7;
const ATTRIBUTE_INT = 2;

function varint(value: number): Buffer {
  const out: number[] = [];
  let rest = BigInt(value);
  do {
    let byte = Number(rest & 0x7fn);
    rest >>= 7n;
    if (rest > 0n) byte |= 0x80;
    out.push(byte);
  } while (rest > 0n);
  return Buffer.from(out);
}

/** A varint field (`int32`, `int64`, enum). */
function intField(field: number, value: number): Buffer {
  return Buffer.concat([varint((field << 3) | WIRE_VARINT), varint(value)]);
}

/** A length-delimited field (string, bytes, embedded message). */
function bytesField(field: number, value: Buffer | string): Buffer {
  const body = typeof value === "string" ? Buffer.from(value, "utf8") : value;
  return Buffer.concat([varint((field << 3) | WIRE_BYTES), varint(body.length), body]);
}

/** TensorProto: dims=1, data_type=2, name=8, raw_data=9. */
function tensor(name: string, dataType: number, dims: readonly number[], raw: Buffer): Buffer {
  return Buffer.concat([...dims.map((d) => intField(1, d)), intField(2, dataType), bytesField(8, name), bytesField(9, raw)]);
}

/** ValueInfoProto with a tensor type whose dimensions are symbolic names or fixed sizes. */
function valueInfo(name: string, elemType: number, dims: ReadonlyArray<string | number>): Buffer {
  const shape = Buffer.concat(
    dims.map((d) => bytesField(1, typeof d === "string" ? bytesField(2, d) : intField(1, d))), // Dimension: dim_value=1, dim_param=2
  );
  const tensorType = Buffer.concat([intField(1, elemType), bytesField(2, shape)]); // TypeProto.Tensor
  return Buffer.concat([bytesField(1, name), bytesField(2, bytesField(1, tensorType))]); // ValueInfoProto{name, type{tensor_type}}
}

/** NodeProto: input=1, output=2, name=3, op_type=4, attribute=5. */
function node(opType: string, inputs: readonly string[], outputs: readonly string[], attributes: Buffer[] = []): Buffer {
  return Buffer.concat([
    ...inputs.map((i) => bytesField(1, i)),
    ...outputs.map((o) => bytesField(2, o)),
    bytesField(3, `${opType}_${outputs[0] ?? ""}`),
    bytesField(4, opType),
    ...attributes.map((a) => bytesField(5, a)),
  ]);
}

/** AttributeProto with one integer: name=1, i=3, type=20. */
function intAttribute(name: string, value: number): Buffer {
  return Buffer.concat([bytesField(1, name), intField(3, value), intField(20, ATTRIBUTE_INT)]);
}

/** The whole ModelProto (IR 7, opset 13). */
function encodeModel(vocabulary: readonly string[], dimensions: number): Buffer {
  const axes = Buffer.alloc(8);
  axes.writeBigInt64LE(2n);
  const graph = Buffer.concat([
    bytesField(1, node("Gather", ["word_embeddings", "input_ids"], ["word_vectors"])),
    bytesField(1, node("Gather", ["token_type_embeddings", "token_type_ids"], ["type_vectors"])),
    bytesField(1, node("Add", ["word_vectors", "type_vectors"], ["summed_vectors"])),
    bytesField(1, node("Cast", ["attention_mask"], ["mask_float"], [intAttribute("to", TENSOR_FLOAT)])),
    bytesField(1, node("Unsqueeze", ["mask_float", "unsqueeze_axes"], ["mask_3d"])),
    bytesField(1, node("Mul", ["summed_vectors", "mask_3d"], ["last_hidden_state"])),
    bytesField(2, "tiny_bag_of_words"),
    bytesField(5, tensor("word_embeddings", TENSOR_FLOAT, [vocabulary.length, dimensions], wordEmbeddingBytes(vocabulary, dimensions))),
    bytesField(5, tensor("token_type_embeddings", TENSOR_FLOAT, [2, dimensions], Buffer.alloc(2 * dimensions * 4))),
    bytesField(5, tensor("unsqueeze_axes", TENSOR_INT64, [1], axes)),
    bytesField(11, valueInfo("input_ids", TENSOR_INT64, ["batch", "sequence"])),
    bytesField(11, valueInfo("attention_mask", TENSOR_INT64, ["batch", "sequence"])),
    bytesField(11, valueInfo("token_type_ids", TENSOR_INT64, ["batch", "sequence"])),
    bytesField(12, valueInfo("last_hidden_state", TENSOR_FLOAT, ["batch", "sequence", dimensions])),
  ]);
  return Buffer.concat([
    intField(1, 7), // ir_version
    bytesField(2, "make-tiny-model"), // producer_name
    bytesField(7, graph),
    bytesField(8, intField(2, 13)), // opset_import { domain "", version 13 }
  ]);
}

// ---------------------------------------------------------------- CLI

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  const outDir = path.resolve(process.argv[2] ?? "models/tiny-test-model");
  makeTinyModel(outDir).then(
    () => console.log(`Tiny test model written to ${outDir}`),
    (error: unknown) => {
      console.error(`Could not write the tiny model: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
