import { seededRandom } from "../../scripts/lib/seeded-random.ts";
import { mkdtemp, rm, stat, truncate } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exactSearch, VectorFileError, VectorIndex } from "../../src/index/vector-index.ts";

function normalise(v: Float32Array): Float32Array {
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
}

/** `count` unit vectors in `clusters` groups, like embeddings of texts on a few topics. */
function clusteredVectors(count: number, dims: number, clusters: number, seed: number): Float32Array[] {
  const rnd = seededRandom(seed);
  const centres = Array.from({ length: clusters }, () => Float32Array.from({ length: dims }, () => rnd() * 2 - 1));
  return Array.from({ length: count }, (_, i) => {
    const centre = centres[i % clusters] as Float32Array;
    return normalise(centre.map((x) => x + (rnd() * 2 - 1) * 0.4));
  });
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "vector-index-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("VectorIndex", () => {
  it("ranks the closer vector first, with smaller distance and larger similarity", () => {
    const query = normalise(Float32Array.from([1, 0.2, 0, 0]));
    const near = normalise(Float32Array.from([1, 0.3, 0.1, 0]));
    const far = normalise(Float32Array.from([0, 1, 1, 0]));
    const opposite = normalise(Float32Array.from([-1, -0.2, 0, 0]));
    const index = VectorIndex.build([far, opposite, near], 4);

    const hits = index.search(query, 3);
    expect(hits.map((h) => h.passageId)).toEqual([2, 0, 1]);
    const [first, second, third] = hits;
    expect(first!.distance).toBeLessThan(second!.distance);
    expect(first!.similarity).toBeGreaterThan(second!.similarity);
    expect(first!.similarity).toBeGreaterThan(0.95);
    // cosine distance runs 0…2: the opposite vector is about 2 away, similarity about −1
    expect(third!.distance).toBeCloseTo(2, 4);
    expect(third!.similarity).toBeCloseTo(-1, 4);
    for (const hit of hits) expect(hit.similarity).toBeCloseTo(1 - hit.distance, 6);
  });

  it("returns every vector when k exceeds the count, and nothing for k = 0", () => {
    const vectors = clusteredVectors(3, 8, 1, 1);
    const index = VectorIndex.build(vectors, 8);
    expect(index.search(vectors[0]!, 10)).toHaveLength(3);
    expect(index.search(vectors[0]!, 0)).toEqual([]);
  });

  it("rejects vectors and queries of the wrong length", () => {
    expect(() => VectorIndex.build([new Float32Array(3)], 4)).toThrow(RangeError);
    const index = VectorIndex.build(clusteredVectors(2, 4, 1, 2), 4);
    expect(() => index.search(new Float32Array(5), 1)).toThrow(RangeError);
  });

  it("writes and reads back an index that returns the same neighbours", async () => {
    const vectors = clusteredVectors(400, 32, 8, 3);
    const index = VectorIndex.build(vectors, 32);
    const file = join(dir, "round-trip.bin");
    await index.write(file);
    expect((await stat(file)).size).toBeGreaterThan(400 * 32 * 4);

    const loaded = await VectorIndex.read(file, 32, 400);
    const queries = clusteredVectors(20, 32, 8, 4);
    for (const query of queries) {
      expect(loaded.search(query, 10)).toEqual(index.search(query, 10));
    }
  });

  it("finds nearly the same neighbours as exact search on clustered vectors", () => {
    const vectors = clusteredVectors(1000, 32, 10, 5);
    const index = VectorIndex.build(vectors, 32);
    const queries = clusteredVectors(50, 32, 10, 6);
    let found = 0;
    for (const query of queries) {
      const exact = new Set(exactSearch(vectors, query, 10).map((h) => h.passageId));
      found += index.search(query, 10).filter((h) => exact.has(h.passageId)).length;
    }
    expect(found / (queries.length * 10)).toBeGreaterThanOrEqual(0.9);
  });

  it("exact search agrees with the index on distances of the same pair", () => {
    const vectors = clusteredVectors(30, 16, 3, 7);
    const index = VectorIndex.build(vectors, 16);
    const query = vectors[5]!;
    const exact = exactSearch(vectors, query, 3);
    expect(exact[0]!.passageId).toBe(5);
    expect(exact[0]!.similarity).toBeCloseTo(1, 5);
    const approx = index.search(query, 3);
    expect(approx[0]!.passageId).toBe(5);
    expect(approx[1]!.distance).toBeCloseTo(exact[1]!.distance, 5);
  });

  it("fails loudly instead of silently writing nothing into a missing folder", async () => {
    const index = VectorIndex.build(clusteredVectors(5, 8, 1, 8), 8);
    await expect(index.write(join(dir, "no-such-folder", "x.bin"))).rejects.toBeInstanceOf(VectorFileError);
  });

  it("refuses a file read with the wrong dimension or count, or truncated", async () => {
    const index = VectorIndex.build(clusteredVectors(50, 16, 2, 9), 16);
    const file = join(dir, "checked.bin");
    await index.write(file);
    await expect(VectorIndex.read(file, 32, 50)).rejects.toBeInstanceOf(VectorFileError);
    await expect(VectorIndex.read(file, 16, 49)).rejects.toBeInstanceOf(VectorFileError);
    await expect(VectorIndex.read(join(dir, "absent.bin"), 16, 50)).rejects.toBeInstanceOf(VectorFileError);
    await truncate(file, (await stat(file)).size - 10);
    await expect(VectorIndex.read(file, 16, 50)).rejects.toBeInstanceOf(VectorFileError);
  });
});
