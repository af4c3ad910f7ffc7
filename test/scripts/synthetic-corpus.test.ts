import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { clusteredVectors, generateCorpus, loadSentencePool, type SentencePool } from "../../scripts/lib/synthetic-corpus.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Real sentences of both languages, with ё, «ёлочки», a no-break space and abbreviations. */
const POOL: SentencePool = {
  en: [
    "The death toll in the Crocus City Hall attack has risen to 115 people, the Investigative Committee said.",
    "Kassym-Jomart Tokayev declared March 24 a day of national mourning in Kazakhstan.",
    "Mr. Smith, a U.S. citizen, was among the 5\u00a0000 spectators.",
  ],
  ru: [
    "В Дагестане объявлен траур по погибшим в «Крокус Сити Холле».",
    "Ещё 22 человека остаются в больницах, сообщил Минздрав.",
    "Т.\u00a0е. концерт группы «Пикник» так и не начался.",
  ],
};

describe("generateCorpus", () => {
  it.each([1, 7, 1000])("makes exactly %i passages whose text is the article's slice at their offsets", (count) => {
    const { articles, passages } = generateCorpus(POOL, { passages: count, seed: 3 });
    expect(passages).toHaveLength(count);
    const byId = new Map(articles.map((a) => [a.id, a]));
    passages.forEach((passage, i) => {
      expect(passage.id).toBe(i);
      expect(byId.get(passage.doc)?.text.slice(passage.start, passage.end)).toBe(passage.text);
    });
  });

  it("builds passages only from the pool's sentences, each article in one language", () => {
    const { articles, passages } = generateCorpus(POOL, { passages: 600, seed: 5 });
    const langOf = new Map(articles.map((a) => [a.id, a.meta.lang]));
    for (const passage of passages) {
      const lang = langOf.get(passage.doc) ?? "en";
      let rest = passage.text;
      while (rest !== "") {
        const sentence = POOL[lang].find((s) => rest.startsWith(s));
        expect(sentence, `"${rest.slice(0, 40)}…" is not a ${lang} pool sentence`).toBeDefined();
        rest = rest.slice((sentence ?? rest).length).replace(/^ /, "");
      }
    }
    const share = articles.filter((a) => a.meta.lang === "ru").length / articles.length;
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThan(0.45);
  });

  it("is deterministic for a seed and differs between seeds", () => {
    const a = generateCorpus(POOL, { passages: 50, seed: 1 });
    expect(generateCorpus(POOL, { passages: 50, seed: 1 })).toEqual(a);
    expect(generateCorpus(POOL, { passages: 50, seed: 2 }).passages.map((p) => p.text)).not.toEqual(a.passages.map((p) => p.text));
  });
});

describe("loadSentencePool", () => {
  it("splits the real seeds into English and Russian sentences", async () => {
    const pool = await loadSentencePool([join(ROOT, "seeds")]);
    expect(pool.en.length).toBeGreaterThan(20);
    expect(pool.ru.length).toBeGreaterThan(5);
    expect(pool.ru.every((s) => /[а-яё]/i.test(s))).toBe(true);
    expect(pool.en.some((s) => s.includes("Crocus"))).toBe(true);
  });
});

describe("clusteredVectors", () => {
  it("gives seeded unit vectors that are closer within a cluster than across", () => {
    const vectors = clusteredVectors(400, 64, 9, { clusters: 4 });
    expect(clusteredVectors(400, 64, 9, { clusters: 4 })).toEqual(vectors);
    for (const v of vectors) expect(Math.hypot(...v)).toBeCloseTo(1, 5);
    const dot = (a: Float32Array, b: Float32Array): number => a.reduce((sum, x, i) => sum + x * (b[i] ?? 0), 0);
    const similarities = vectors.slice(1).map((v) => dot(vectors[0] ?? v, v)).sort((x, y) => y - x);
    // About a quarter of the vectors share the first one's cluster and stand out clearly.
    expect(similarities[50] ?? 0).toBeGreaterThan((similarities[350] ?? 0) + 0.3);
  });
});
