/** One term's postings: the passages (local ids, ascending) that hold it and how often. */
export interface Postings {
  ids: Uint32Array;
  tfs: Uint16Array;
}

/**
 * Where postings bytes come from: a buffer in memory (an index built on the fly, tests) or a file
 * read at an offset (an index on disk: only the postings a query touches are read).
 */
export interface PostingsReader {
  /** `length` bytes at `offset` of the field's postings. */
  read(offset: number, length: number): Buffer;
}

/** Postings held in memory. */
export class MemoryPostings implements PostingsReader {
  readonly #bytes: Buffer;
  constructor(bytes: Buffer) {
    this.#bytes = bytes;
  }
  read(offset: number, length: number): Buffer {
    return this.#bytes.subarray(offset, offset + length);
  }
}

/**
 * The packed form of one field's dictionary, as written to disk and read back without parsing:
 * the sorted terms as one UTF-8 blob with their offsets, each term's document frequency (in
 * passages) and the byte offset of its postings (`df` × uint32 ids, then `df` × uint16 term
 * frequencies, little-endian).
 */
export interface PackedDictionaryParts {
  /** Sorted terms, UTF-8, concatenated. */
  terms: Buffer;
  /** Byte offset of term i in `terms` (length: terms + 1). */
  termOffsets: Uint32Array;
  /** Passages holding term i. */
  df: Uint32Array;
  /** Byte offset of term i's postings. */
  postingOffsets: Float64Array;
}

/** Looked-up terms a dictionary remembers (then it starts over): a few MB at most. */
const MAX_REMEMBERED_TERMS = 50_000;

/**
 * A field's term dictionary: finds a term (binary search over the sorted blob, decoding only the
 * terms it compares), the terms with a prefix, their document frequencies, and reads postings on
 * demand through a `PostingsReader`.
 */
export class PackedDictionary {
  readonly #parts: PackedDictionaryParts;
  readonly #postings: PostingsReader;
  /** Terms looked up before and their index (-1: absent): a question's terms are looked up many times per answer. */
  readonly #found = new Map<string, number>();
  /** Prefixes looked up before and their ranges (phonetic keys of a question's names, per candidate passage). */
  readonly #ranges = new Map<string, readonly [number, number]>();

  constructor(parts: PackedDictionaryParts, postings: PostingsReader) {
    this.#parts = parts;
    this.#postings = postings;
  }

  /** Number of terms. */
  get size(): number {
    return this.#parts.df.length;
  }

  /** The term at index `i`. */
  term(i: number): string {
    const { terms, termOffsets } = this.#parts;
    return terms.toString("utf8", termOffsets[i] ?? 0, termOffsets[i + 1] ?? 0);
  }

  /** First index whose term is ≥ `key` (code-unit order, as the terms were sorted). */
  #lowerBound(key: string): number {
    let low = 0;
    let high = this.size;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.term(mid) < key) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Index of `term`, or -1. */
  find(term: string): number {
    let found = this.#found.get(term);
    if (found === undefined) {
      const i = this.#lowerBound(term);
      found = i < this.size && this.term(i) === term ? i : -1;
      if (this.#found.size >= MAX_REMEMBERED_TERMS) this.#found.clear();
      this.#found.set(term, found);
    }
    return found;
  }

  /** Indexes `[from, to)` of the terms starting with `prefix`. */
  prefixRange(prefix: string): [number, number] {
    let range = this.#ranges.get(prefix);
    if (!range) {
      const from = this.#lowerBound(prefix);
      let to = from;
      while (to < this.size && this.term(to).startsWith(prefix)) to++;
      range = [from, to];
      if (this.#ranges.size >= MAX_REMEMBERED_TERMS) this.#ranges.clear();
      this.#ranges.set(prefix, range);
    }
    // A copy: the caller may keep or change it.
    return [range[0], range[1]];
  }

  /** Passages holding the term at index `i`. */
  df(i: number): number {
    return this.#parts.df[i] ?? 0;
  }

  /** The postings of the term at index `i`. */
  postings(i: number): Postings {
    const df = this.df(i);
    const bytes = this.#postings.read(this.#parts.postingOffsets[i] ?? 0, df * 6);
    // Viewed as the two arrays where the bytes lie (read from a file into a buffer of their own),
    // else through one aligned copy (a Buffer slice may start at any byte); the files are
    // little-endian, as the machines that read them (checked when they are opened).
    if (bytes.byteOffset % 4 === 0) return { ids: new Uint32Array(bytes.buffer, bytes.byteOffset, df), tfs: new Uint16Array(bytes.buffer, bytes.byteOffset + df * 4, df) };
    const copy = new ArrayBuffer(df * 6 + ((4 - ((df * 6) % 4)) % 4));
    new Uint8Array(copy).set(bytes.subarray(0, df * 6));
    return { ids: new Uint32Array(copy, 0, df), tfs: new Uint16Array(copy, df * 4, df) };
  }
}

/**
 * Packs a field's postings (term → ascending passage ids and their term frequencies) into the
 * dictionary parts and the postings bytes. Terms are sorted in code-unit order.
 */
export function packField(postings: ReadonlyMap<string, { ids: number[]; tfs: number[] }>): { parts: PackedDictionaryParts; bytes: Buffer } {
  const terms = [...postings.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const encoded = terms.map((t) => Buffer.from(t, "utf8"));
  const termOffsets = new Uint32Array(terms.length + 1);
  encoded.forEach((b, i) => (termOffsets[i + 1] = (termOffsets[i] ?? 0) + b.length));
  const df = new Uint32Array(terms.length);
  const postingOffsets = new Float64Array(terms.length);
  let total = 0;
  terms.forEach((term, i) => {
    const n = postings.get(term)?.ids.length ?? 0;
    df[i] = n;
    postingOffsets[i] = total;
    total += n * 6;
  });
  const bytes = Buffer.alloc(total);
  terms.forEach((term, i) => {
    const list = postings.get(term);
    if (!list) return;
    const at = postingOffsets[i] ?? 0;
    const n = list.ids.length;
    for (let k = 0; k < n; k++) bytes.writeUInt32LE(list.ids[k] ?? 0, at + k * 4);
    for (let k = 0; k < n; k++) bytes.writeUInt16LE(Math.min(list.tfs[k] ?? 0, 65535), at + n * 4 + k * 2);
  });
  return { parts: { terms: Buffer.concat(encoded), termOffsets, df, postingOffsets }, bytes };
}
