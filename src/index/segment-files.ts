import { closeSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { open, readFile } from "node:fs/promises";
import { endianness } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import type { Article, Passage } from "../corpus/article.ts";
import { FIELDS, openLexicalSegment, perField, type FieldName, type LexicalSegment, type LexicalSegmentData } from "./lexical-segment.ts";
import type { PackedDictionaryParts, PostingsReader } from "./packed-dictionary.ts";
import { VectorIndex } from "./vector-index.ts";

/**
 * One segment folder of an index (`seg-<time>-<rand>/`):
 *
 *   articles.json    Article[] of the segment (cleaned text and metadata; for tools and rebuilds)
 *   passages.bin     the passages' texts, UTF-8, one after the other
 *   passages.idx     per passage 5 × uint32: byte offset and length in passages.bin, start and end
 *                    in the article, document index
 *   lexical.json     counts, document ids, where each array lies in lexical.bin and postings.bin
 *   lexical.bin      typed arrays: passage lengths per field; per field the sorted terms (UTF-8),
 *                    their offsets, document frequencies and postings offsets; per-term statistics
 *   postings.bin     every field's postings (per term: ids uint32, then term frequencies uint16)
 *   surface.json     the written words and their counts (typo correction; read when first needed)
 *   vectors.f32      passages × dimensions float32 (hybrid; reused by rebuilds)
 *   hnsw.bin         the hnswlib graph over them (hybrid)
 *
 * Typed arrays are stored in the machine's byte order, which must be little-endian (checked).
 * Opening a segment reads lexical.bin and passages.idx whole (a few MB per 100,000 passages) and
 * keeps file handles on postings.bin and passages.bin, read at offsets when a query needs them.
 */
export const SEGMENT_FILES = {
  articles: "articles.json",
  passages: "passages.bin",
  passageIndex: "passages.idx",
  lexical: "lexical.json",
  lexicalData: "lexical.bin",
  postings: "postings.bin",
  surface: "surface.json",
  vectors: "vectors.f32",
  hnsw: "hnsw.bin",
} as const;

/** Raised when a segment's files do not agree with each other (the caller wraps it with the index folder). */
export class SegmentFileError extends Error {
  override name = "SegmentFileError";
}

/** What one segment holds, ready to be written. */
export interface SegmentContents {
  articles: Article[];
  /** Local ids 0 … n − 1, each document's passages contiguous, in the order of `lexical.data.documents`. */
  passages: Passage[];
  lexical: { data: LexicalSegmentData; postings: Record<FieldName, Buffer> };
  /** Hybrid: the vectors (passages × dimensions) and the graph built from them. */
  vectors: { matrix: Float32Array; index: VectorIndex } | null;
}

function requireLittleEndian(): void {
  if (endianness() !== "LE") throw new SegmentFileError("index files are little-endian; this machine is big-endian");
}

const PASSAGE_FIELDS = 5;

const lexicalMetaSchema = z.object({
  passages: z.number().int().nonnegative(),
  documents: z.array(z.string()),
  docFirstPassage: z.array(z.number().int().nonnegative()),
  totalLengths: z.record(z.string(), z.number()),
  acronyms: z.array(z.array(z.string())),
  sections: z.record(z.string(), z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])),
  postings: z.record(z.string(), z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])),
});

/** Bytes of a typed array (a view, no copy). */
function bytesOf(array: Uint32Array | Float32Array | Float64Array | Uint8Array): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}

/** Writes a segment's files into `folder` (which exists and is empty), each synced to disk. */
export async function writeSegmentFiles(folder: string, contents: SegmentContents, written: (file: string) => Promise<void> = async () => {}): Promise<void> {
  requireLittleEndian();
  const { data, postings } = contents.lexical;
  await writeSynced(join(folder, SEGMENT_FILES.articles), JSON.stringify(contents.articles));
  await written(SEGMENT_FILES.articles);

  const texts = contents.passages.map((p) => Buffer.from(p.text, "utf8"));
  const docIndex = new Map(data.documents.map((doc, i) => [doc, i]));
  const index = new Uint32Array(contents.passages.length * PASSAGE_FIELDS);
  let offset = 0;
  contents.passages.forEach((passage, i) => {
    const length = texts[i]?.length ?? 0;
    index.set([offset, length, passage.start, passage.end, docIndex.get(passage.doc) ?? 0], i * PASSAGE_FIELDS);
    offset += length;
  });
  await writeSynced(join(folder, SEGMENT_FILES.passages), Buffer.concat(texts));
  await writeSynced(join(folder, SEGMENT_FILES.passageIndex), bytesOf(index));
  await written(SEGMENT_FILES.passages);

  const sections: Record<string, [number, number]> = {};
  const chunks: Buffer[] = [];
  let at = 0;
  const section = (name: string, bytes: Buffer) => {
    // 8-byte alignment, so that every array can be viewed in place when read back.
    const padding = (8 - (at % 8)) % 8;
    if (padding > 0) chunks.push(Buffer.alloc(padding));
    at += padding;
    sections[name] = [at, bytes.length];
    chunks.push(bytes);
    at += bytes.length;
  };
  section("lengths", bytesOf(data.lengths));
  for (const field of FIELDS) {
    const d = data.dictionaries[field];
    section(`${field}.terms`, d.terms);
    section(`${field}.termOffsets`, bytesOf(d.termOffsets));
    section(`${field}.df`, bytesOf(d.df));
    section(`${field}.postingOffsets`, bytesOf(d.postingOffsets));
  }
  section("stems.documents", bytesOf(data.stemStats.documents));
  section("stems.capitalised", bytesOf(data.stemStats.capitalised));
  section("stems.midSentence", bytesOf(data.stemStats.midSentence));
  section("phonetic.documents", bytesOf(data.phoneticStats.documents));
  section("phonetic.latin.capitalised", bytesOf(data.phoneticStats.latin.capitalised));
  section("phonetic.latin.midSentence", bytesOf(data.phoneticStats.latin.midSentence));
  section("phonetic.cyrillic.capitalised", bytesOf(data.phoneticStats.cyrillic.capitalised));
  section("phonetic.cyrillic.midSentence", bytesOf(data.phoneticStats.cyrillic.midSentence));
  await writeSynced(join(folder, SEGMENT_FILES.lexicalData), Buffer.concat(chunks));

  const postingRanges: Record<string, [number, number]> = {};
  let postingsAt = 0;
  for (const field of FIELDS) {
    postingRanges[field] = [postingsAt, postings[field].length];
    postingsAt += postings[field].length;
  }
  await writeSynced(join(folder, SEGMENT_FILES.postings), Buffer.concat(FIELDS.map((f) => postings[f])));
  await writeSynced(join(folder, SEGMENT_FILES.surface), JSON.stringify(data.surface));
  const meta = {
    passages: data.passages,
    documents: data.documents,
    docFirstPassage: Array.from(data.docFirstPassage),
    totalLengths: data.totalLengths,
    acronyms: data.acronyms,
    sections,
    postings: postingRanges,
  };
  await writeSynced(join(folder, SEGMENT_FILES.lexical), JSON.stringify(meta));
  await written(SEGMENT_FILES.lexical);

  if (contents.vectors) {
    await writeSynced(join(folder, SEGMENT_FILES.vectors), bytesOf(contents.vectors.matrix));
    await written(SEGMENT_FILES.vectors);
    await contents.vectors.index.write(join(folder, SEGMENT_FILES.hnsw));
    await written(SEGMENT_FILES.hnsw);
  }
}

/** Reads at offsets of an open file; closing is the owner's (see `OpenSegment.close`). */
class FileRange implements PostingsReader {
  readonly #fd: number;
  readonly #base: number;
  readonly #length: number;
  /** The file's name, for errors. */
  readonly #file: string;
  /** The buffer `readText` reads through (made at its first call). */
  #scratch: Buffer | null = null;
  constructor(fd: number, base: number, length: number, file: string) {
    this.#fd = fd;
    this.#base = base;
    this.#length = length;
    this.#file = file;
  }
  read(offset: number, length: number): Buffer {
    // A buffer of its own (not a slice of Node's pool: postings are viewed in place, aligned), not
    // zero-filled: `#fill` fills it or throws.
    return this.#fill(Buffer.allocUnsafeSlow(length), offset, length);
  }

  /** `length` bytes at `offset` decoded as UTF-8, read through a buffer reused from one call to the next. */
  readText(offset: number, length: number): string {
    if (!this.#scratch || this.#scratch.length < length) this.#scratch = Buffer.allocUnsafeSlow(Math.max(length, 2 * (this.#scratch?.length ?? 2048)));
    return this.#fill(this.#scratch, offset, length).toString("utf8", 0, length);
  }

  /** Reads `length` bytes at `offset` into the start of `bytes` (returned). */
  #fill(bytes: Buffer, offset: number, length: number): Buffer {
    if (offset + length > this.#length) throw new SegmentFileError(`read past the end of a range of ${this.#file} (${offset + length} > ${this.#length})`);
    let done = 0;
    while (done < length) {
      const n = readSync(this.#fd, bytes, done, length - done, this.#base + offset + done);
      if (n === 0) throw new SegmentFileError(`${this.#file} is shorter than its index says`);
      done += n;
    }
    return bytes;
  }
}

/** A segment opened for queries: its lexical data over file-backed postings, its passages read on demand. */
export interface OpenSegment {
  lexical: LexicalSegment;
  passageCount: number;
  /** The passage with this local id (`id` in the result is the local id). */
  passage(local: number): Passage;
  /** Closes the segment's file handles. */
  close(): void;
}

function view<T extends Uint32Array | Float32Array | Float64Array>(make: (buffer: ArrayBuffer, offset: number, length: number) => T, width: number, data: Buffer, range: [number, number] | undefined, name: string): T {
  if (!range) throw new SegmentFileError(`lexical.bin has no ${name} section`);
  const [offset, length] = range;
  if (offset + length > data.length || length % width !== 0) throw new SegmentFileError(`lexical.bin's ${name} section is out of bounds`);
  // A copy into an aligned buffer of its own: views of a Buffer's pool may start at any byte.
  const copy = new ArrayBuffer(length);
  new Uint8Array(copy).set(data.subarray(offset, offset + length));
  return make(copy, 0, length / width);
}

/** Opens the segment in `folder`; every array is checked against the counts it must agree with. */
export async function openSegmentFiles(folder: string): Promise<OpenSegment> {
  requireLittleEndian();
  const meta = lexicalMetaSchema.parse(JSON.parse(await readFile(join(folder, SEGMENT_FILES.lexical), "utf8")));
  const data = await readFile(join(folder, SEGMENT_FILES.lexicalData));
  const u32 = (name: string) => view((b, o, l) => new Uint32Array(b, o, l), 4, data, meta.sections[name], name);
  const f64 = (name: string) => view((b, o, l) => new Float64Array(b, o, l), 8, data, meta.sections[name], name);
  const bytes = (name: string): Buffer => {
    const range = meta.sections[name];
    if (!range || range[0] + range[1] > data.length) throw new SegmentFileError(`lexical.bin has no ${name} section`);
    return Buffer.from(data.subarray(range[0], range[0] + range[1]));
  };
  const dictionaries = perField((field): PackedDictionaryParts => {
    const parts = { terms: bytes(`${field}.terms`), termOffsets: u32(`${field}.termOffsets`), df: u32(`${field}.df`), postingOffsets: f64(`${field}.postingOffsets`) };
    if (parts.termOffsets.length !== parts.df.length + 1 || parts.postingOffsets.length !== parts.df.length) {
      throw new SegmentFileError(`the ${field} dictionary's arrays disagree`);
    }
    return parts;
  });
  const lengths = view((b, o, l) => new Float32Array(b, o, l), 4, data, meta.sections.lengths, "lengths");
  if (lengths.length !== FIELDS.length * meta.passages) throw new SegmentFileError("passage lengths disagree with the passage count");
  const aligned = (array: Uint32Array, field: FieldName) => {
    if (array.length !== dictionaries[field].df.length) throw new SegmentFileError(`a ${field} statistic disagrees with its dictionary`);
    return array;
  };
  let surface: [string, number][] | null = null;
  const segmentData: LexicalSegmentData = {
    passages: meta.passages,
    documents: meta.documents,
    docFirstPassage: Uint32Array.from(meta.docFirstPassage),
    lengths,
    totalLengths: perField((f) => meta.totalLengths[f] ?? 0),
    dictionaries,
    stemStats: {
      documents: aligned(u32("stems.documents"), "stems"),
      capitalised: aligned(u32("stems.capitalised"), "stems"),
      midSentence: aligned(u32("stems.midSentence"), "stems"),
    },
    phoneticStats: {
      documents: aligned(u32("phonetic.documents"), "phonetic"),
      latin: { capitalised: aligned(u32("phonetic.latin.capitalised"), "phonetic"), midSentence: aligned(u32("phonetic.latin.midSentence"), "phonetic") },
      cyrillic: {
        capitalised: aligned(u32("phonetic.cyrillic.capitalised"), "phonetic"),
        midSentence: aligned(u32("phonetic.cyrillic.midSentence"), "phonetic"),
      },
    },
    acronyms: meta.acronyms,
    // Read when first needed (a typo in a question): it is the largest part and rarely used.
    get surface(): [string, number][] {
      surface ??= JSON.parse(readFileSync(join(folder, SEGMENT_FILES.surface), "utf8")) as [string, number][];
      return surface;
    },
  };
  if (meta.docFirstPassage.length !== meta.documents.length + 1 || meta.docFirstPassage.at(-1) !== meta.passages) {
    throw new SegmentFileError("the document table disagrees with the passage count");
  }

  const passageIndex = await readFile(join(folder, SEGMENT_FILES.passageIndex));
  if (passageIndex.length !== meta.passages * PASSAGE_FIELDS * 4) throw new SegmentFileError("passages.idx disagrees with the passage count");
  const index = view((b, o, l) => new Uint32Array(b, o, l), 4, passageIndex, [0, passageIndex.length], "passages.idx");
  const postingsFd = openSync(join(folder, SEGMENT_FILES.postings), "r");
  const passagesFd = openSync(join(folder, SEGMENT_FILES.passages), "r");
  // Postings and texts are read later, at offsets: check now that the files are whole.
  try {
    const postingsEnd = Math.max(0, ...Object.values(meta.postings).map(([base, length]) => base + length));
    if (fstatSync(postingsFd).size !== postingsEnd) throw new SegmentFileError(`${SEGMENT_FILES.postings} is not as long as ${SEGMENT_FILES.lexical} says`);
    let textsEnd = 0;
    for (let at = 0; at < index.length; at += PASSAGE_FIELDS) textsEnd = Math.max(textsEnd, (index[at] ?? 0) + (index[at + 1] ?? 0));
    if (fstatSync(passagesFd).size !== textsEnd) throw new SegmentFileError(`${SEGMENT_FILES.passages} is not as long as ${SEGMENT_FILES.passageIndex} says`);
  } catch (error) {
    closeSync(postingsFd);
    closeSync(passagesFd);
    throw error;
  }
  const readers = perField((field) => {
    const [base, length] = meta.postings[field] ?? [0, 0];
    return new FileRange(postingsFd, base, length, SEGMENT_FILES.postings);
  });
  const texts = new FileRange(passagesFd, 0, Number.MAX_SAFE_INTEGER, SEGMENT_FILES.passages);
  return {
    lexical: openLexicalSegment(segmentData, readers),
    passageCount: meta.passages,
    passage(local) {
      const at = local * PASSAGE_FIELDS;
      const doc = meta.documents[index[at + 4] ?? 0] ?? "";
      const text = texts.readText(index[at] ?? 0, index[at + 1] ?? 0);
      return { id: local, doc, start: index[at + 2] ?? 0, end: index[at + 3] ?? 0, text };
    },
    close() {
      closeSync(postingsFd);
      closeSync(passagesFd);
    },
  };
}

/** The segment's articles (tools, rebuilds). */
export async function readSegmentArticles(folder: string): Promise<Article[]> {
  return JSON.parse(await readFile(join(folder, SEGMENT_FILES.articles), "utf8")) as Article[];
}

/** Every passage of the segment, local ids (tools, rebuilds). */
export async function readSegmentPassages(folder: string): Promise<Passage[]> {
  const opened = await openSegmentFiles(folder);
  try {
    return Array.from({ length: opened.passageCount }, (_, i) => opened.passage(i));
  } finally {
    opened.close();
  }
}

/** The segment's vectors as one row-major matrix (passages × dimensions). */
export async function readSegmentVectors(folder: string, passages: number, dimensions: number): Promise<Float32Array> {
  const bytes = await readFile(join(folder, SEGMENT_FILES.vectors));
  if (bytes.length !== passages * dimensions * 4) {
    throw new SegmentFileError(`vectors.f32 has ${bytes.length} bytes, expected ${passages * dimensions * 4}`);
  }
  return view((b, o, l) => new Float32Array(b, o, l), 4, bytes, [0, bytes.length], "vectors.f32");
}

/** Reads a segment's hnsw graph. */
export function readSegmentHnsw(folder: string, dimensions: number, passages: number): Promise<VectorIndex> {
  return VectorIndex.read(join(folder, SEGMENT_FILES.hnsw), dimensions, passages);
}

/** Writes a file and syncs it to disk before resolving (index files are renamed into place after). */
export async function writeSynced(file: string, data: string | Buffer): Promise<void> {
  const handle = await open(file, "w");
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
