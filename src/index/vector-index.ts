import { open, rename, rm, stat } from "node:fs/promises";
import hnswlib from "hnswlib-node";
import type { HierarchicalNSW } from "hnswlib-node";
import { AppError } from "../errors.ts";

/**
 * The one module that talks to hnswlib-node. Everything else sees `VectorIndex`
 * and `VectorHit`, whose numbers are already cosine distance and similarity.
 */

/** One neighbour of a query vector. */
export interface VectorHit {
  /** Dense passage id (the hnsw label). */
  passageId: number;
  /** Cosine distance, 0 (same direction) … 2 (opposite). */
  distance: number;
  /** Cosine similarity, 1 − distance (−1 … 1, higher = closer). */
  similarity: number;
}

/** Graph degree (hnswlib `M`): links per node on upper layers; level 0 has 2·M. */
export const HNSW_M = 16;
/** Candidate list size while inserting (hnswlib `efConstruction`). */
export const HNSW_EF_CONSTRUCTION = 200;
/** Smallest candidate list size while searching; the actual `ef` is max(this, k). */
export const HNSW_MIN_EF = 50;
/** Fixed seed so that the same vectors give the same graph (reproducible builds). */
const HNSW_RANDOM_SEED = 100;

/** Raised when an hnsw file cannot be read back as the index the manifest describes. */
export class VectorFileError extends AppError {
  override name = "VectorFileError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, "error.indexCorrupt", options);
  }
}

// Layout of hnswlib's saveIndex header (little-endian, 96 bytes), checked on disk before loading.
const HEADER_BYTES = 96;
const OFFSET_CUR_COUNT = 16;
const OFFSET_SIZE_PER_ELEMENT = 24;
const LABEL_BYTES = 8;
const LEVEL0_LINKS_BYTES = HNSW_M * 2 * 4 + 4;

/** Bytes hnswlib stores per element on level 0 for a `dimensions`-long float vector. */
function level0BytesPerElement(dimensions: number): number {
  return LEVEL0_LINKS_BYTES + dimensions * 4 + LABEL_BYTES;
}

/** Approximate nearest-neighbour index over unit vectors in cosine space. */
export class VectorIndex {
  readonly #hnsw: HierarchicalNSW;
  /** Vector length. */
  readonly dimensions: number;
  /** Number of vectors (labels are 0 … count − 1). */
  readonly count: number;

  private constructor(hnsw: HierarchicalNSW, dimensions: number, count: number) {
    this.#hnsw = hnsw;
    this.dimensions = dimensions;
    this.count = count;
  }

  /**
   * Builds an index where vector `i` gets label (passage id) `i`.
   * Throws when a vector's length is not `dimensions`.
   */
  static build(vectors: readonly Float32Array[], dimensions: number): VectorIndex {
    if (!Number.isInteger(dimensions) || dimensions <= 0) {
      throw new RangeError(`dimensions must be a positive integer, got ${dimensions}`);
    }
    const hnsw = new hnswlib.HierarchicalNSW("cosine", dimensions);
    hnsw.initIndex(Math.max(1, vectors.length), HNSW_M, HNSW_EF_CONSTRUCTION, HNSW_RANDOM_SEED);
    vectors.forEach((vector, label) => {
      if (vector.length !== dimensions) {
        throw new RangeError(`vector ${label} has ${vector.length} dimensions, expected ${dimensions}`);
      }
      hnsw.addPoint(Array.from(vector), label);
    });
    hnsw.setEf(HNSW_MIN_EF);
    return new VectorIndex(hnsw, dimensions, vectors.length);
  }

  /**
   * Loads an index written by `write`. The hnsw file stores neither the dimension nor the
   * count in a checked way, so both come from the manifest and are verified against the
   * file's header and size first (hnswlib itself would silently accept a wrong dimension).
   */
  static async read(file: string, dimensions: number, count: number): Promise<VectorIndex> {
    await checkHnswFile(file, dimensions, count);
    const hnsw = new hnswlib.HierarchicalNSW("cosine", dimensions);
    try {
      await hnsw.readIndex(file);
    } catch (cause) {
      throw new VectorFileError(`cannot read the vector index ${file}`, { cause });
    }
    if (hnsw.getCurrentCount() !== count) {
      throw new VectorFileError(`vector index ${file} holds ${hnsw.getCurrentCount()} vectors, expected ${count}`);
    }
    hnsw.setEf(HNSW_MIN_EF);
    return new VectorIndex(hnsw, dimensions, count);
  }

  /**
   * Writes the index to `file` (via `file.tmp` and a rename), then checks that the file
   * exists and has the expected layout: hnswlib writes nothing, without error, into a missing folder.
   */
  async write(file: string): Promise<void> {
    const tmp = `${file}.tmp`;
    try {
      await this.#hnsw.writeIndex(tmp);
      await checkHnswFile(tmp, this.dimensions, this.count);
      await fsyncFile(tmp);
      await rename(tmp, file);
    } catch (cause) {
      await rm(tmp, { force: true });
      if (cause instanceof VectorFileError) throw cause;
      throw new VectorFileError(`cannot write the vector index ${file}`, { cause });
    }
  }

  /**
   * The `k` passages closest to `query` (a vector of length `dimensions`), closest first.
   * Returns fewer than `k` hits when the index holds fewer vectors.
   */
  search(query: Float32Array, k: number): VectorHit[] {
    if (query.length !== this.dimensions) {
      throw new RangeError(`query has ${query.length} dimensions, expected ${this.dimensions}`);
    }
    const wanted = Math.min(Math.max(0, Math.floor(k)), this.count);
    if (wanted === 0) return [];
    this.#hnsw.setEf(Math.max(HNSW_MIN_EF, wanted));
    const result = this.#hnsw.searchKnn(Array.from(query), wanted);
    const hits = result.neighbors.map((passageId, i) => toHit(passageId, result.distances[i] ?? 2));
    return hits.sort(byDistance);
  }
}

/**
 * Exact cosine search by brute force over all `vectors` (the reference for measuring
 * the recall of `VectorIndex.search`). Vectors need not be normalised.
 */
export function exactSearch(vectors: readonly Float32Array[], query: Float32Array, k: number): VectorHit[] {
  const queryNorm = Math.sqrt(dot(query, query));
  const hits = vectors.map((vector, passageId) => {
    const norms = queryNorm * Math.sqrt(dot(vector, vector));
    const similarity = norms === 0 ? 0 : dot(vector, query) / norms;
    return toHit(passageId, 1 - similarity);
  });
  return hits.sort(byDistance).slice(0, Math.max(0, Math.floor(k)));
}

function toHit(passageId: number, distance: number): VectorHit {
  return { passageId, distance, similarity: 1 - distance };
}

function byDistance(a: VectorHit, b: VectorHit): number {
  return a.distance - b.distance || a.passageId - b.passageId;
}

function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) sum += (a[i] ?? 0) * (b[i] ?? 0);
  return sum;
}

async function fsyncFile(file: string): Promise<void> {
  const handle = await open(file, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Walks an hnsw file's layout: header, `count` level-0 records of the size `dimensions`
 * implies, then one length-prefixed upper-level link list per element, ending exactly at
 * the end of the file. Catches missing, truncated, padded and wrong-dimension files.
 */
async function checkHnswFile(file: string, dimensions: number, count: number): Promise<void> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (cause) {
    throw new VectorFileError(`vector index file ${file} is missing`, { cause });
  }
  const perElement = level0BytesPerElement(dimensions);
  const level0End = HEADER_BYTES + count * perElement;
  if (size < level0End + count * 4) {
    throw new VectorFileError(`vector index file ${file} is truncated (${size} bytes)`);
  }
  const handle = await open(file, "r");
  try {
    const header = Buffer.alloc(HEADER_BYTES);
    await handle.read(header, 0, HEADER_BYTES, 0);
    const storedCount = Number(header.readBigUInt64LE(OFFSET_CUR_COUNT));
    const storedPerElement = Number(header.readBigUInt64LE(OFFSET_SIZE_PER_ELEMENT));
    if (storedCount !== count) {
      throw new VectorFileError(`vector index file ${file} holds ${storedCount} vectors, expected ${count}`);
    }
    if (storedPerElement !== perElement) {
      throw new VectorFileError(
        `vector index file ${file} does not hold ${dimensions}-dimensional vectors (record size ${storedPerElement})`,
      );
    }
    const links = Buffer.alloc(size - level0End);
    await handle.read(links, 0, links.length, level0End);
    let offset = 0;
    for (let i = 0; i < count; i++) {
      if (offset + 4 > links.length) {
        throw new VectorFileError(`vector index file ${file} is truncated`);
      }
      offset += 4 + links.readUInt32LE(offset);
    }
    if (offset !== links.length) {
      throw new VectorFileError(`vector index file ${file} has ${links.length - offset} unexpected bytes at the end`);
    }
  } finally {
    await handle.close();
  }
}

/** A segment's vector index, where its local labels start in global passage ids, and which of them still count. */
export interface VectorSegment {
  index: VectorIndex;
  base: number;
  /** 1 for a passage of a live document, by local label; absent: all live. */
  live?: Uint8Array;
}

/**
 * Nearest-neighbour search over the vector indexes of several segments: each is searched, labels
 * become global passage ids, passages of removed documents are left out, and the hits are merged
 * closest first.
 */
export class SegmentedVectors {
  readonly #segments: readonly (VectorSegment & { dead: number })[];
  constructor(segments: readonly VectorSegment[]) {
    this.#segments = segments.map((s) => ({ ...s, dead: s.live ? s.live.length - s.live.reduce((n, v) => n + v, 0) : 0 }));
  }

  /** The `k` live passages closest to `query`, closest first. */
  search(query: Float32Array, k: number): VectorHit[] {
    const hits: VectorHit[] = [];
    for (const { index, base, live, dead } of this.#segments) {
      // Ask for more when some of the segment's passages no longer count.
      for (const hit of index.search(query, k + dead)) {
        if (live && live[hit.passageId] !== 1) continue;
        hits.push({ ...hit, passageId: base + hit.passageId });
      }
    }
    return hits.sort(byDistance).slice(0, Math.max(0, Math.floor(k)));
  }
}
