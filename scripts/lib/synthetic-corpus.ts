/**
 * Deterministic synthetic corpora for benchmarks: the real articles' sentences, recombined
 * by a seeded PRNG into as many articles and passages as asked, in both languages, plus
 * seeded clustered vectors that stand in for embeddings. Same seed → same output.
 */
import { seededRandom } from "./seeded-random.ts";
import { createHash } from "node:crypto";
import type { Article, Lang, Passage } from "../../src/corpus/article.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import { splitSentences } from "../../src/corpus/sentences.ts";

/** Sentences of the real articles, by language, in file order. */
export interface SentencePool {
  en: readonly string[];
  ru: readonly string[];
}

/** A synthetic corpus: the articles and their passages (ids dense, 0 … n − 1). */
export interface SyntheticCorpus {
  articles: Article[];
  passages: Passage[];
}

/** How a synthetic corpus is shaped. */
export interface SyntheticOptions {
  /** Exact number of passages to produce. */
  passages: number;
  /** PRNG seed. */
  seed: number;
  /** Share (0…1) of articles written in Russian. Default 0.3. */
  ruShare?: number;
  /** Passages per article. Default 6 (the last article may have fewer). */
  passagesPerArticle?: number;
  /** Sentences per passage, inclusive range. Default 2…4. */
  sentencesPerPassage?: { min: number; max: number };
}

/** Shortest sentence kept in the pool, in characters: shorter ones are bylines and captions. */
const MIN_SENTENCE_CHARS = 20;

/**
 * Loads the articles of every folder in `dirs` (with the project's loader) and splits them
 * into sentences (with the project's splitter), grouped by the article's language.
 * Throws when a language ends up with no sentence: a corpus in both languages needs both.
 */
export async function loadSentencePool(dirs: readonly string[]): Promise<SentencePool> {
  const pool: Record<Lang, string[]> = { en: [], ru: [] };
  for (const dir of dirs) {
    const { articles } = await loadCorpus(dir);
    for (const article of articles) {
      for (const span of splitSentences(article.text)) {
        const sentence = article.text.slice(span.start, span.end).replace(/\s+/g, " ").trim();
        if (sentence.length >= MIN_SENTENCE_CHARS) pool[article.meta.lang].push(sentence);
      }
    }
  }
  for (const lang of ["en", "ru"] as const) {
    if (pool[lang].length === 0) throw new Error(`no ${lang} sentences in ${dirs.join(", ")}`);
  }
  return pool;
}

/**
 * Recombines the pool's sentences into `options.passages` passages grouped into articles.
 * Each passage is a few random sentences of one language joined by spaces; an article is its
 * passages joined by blank lines, so `passage.text === article.text.slice(start, end)` holds.
 */
export function generateCorpus(pool: SentencePool, options: SyntheticOptions): SyntheticCorpus {
  const total = options.passages;
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`passages must be a non-negative integer, got ${total}`);
  const ruShare = options.ruShare ?? 0.3;
  const perArticle = options.passagesPerArticle ?? 6;
  const { min, max } = options.sentencesPerPassage ?? { min: 2, max: 4 };
  if (perArticle < 1 || min < 1 || max < min) throw new RangeError("passagesPerArticle and sentencesPerPassage must be ≥ 1 and min ≤ max");
  const random = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

  const articles: Article[] = [];
  const passages: Passage[] = [];
  while (passages.length < total) {
    const lang: Lang = random() < ruShare ? "ru" : "en";
    const sentences = pool[lang];
    const n = articles.length;
    const id = `synthetic_${String(n).padStart(6, "0")}_${lang}.txt`;
    const count = Math.min(perArticle, total - passages.length);
    let text = "";
    for (let p = 0; p < count; p++) {
      if (p > 0) text += "\n\n";
      const length = min + Math.floor(random() * (max - min + 1));
      const body = Array.from({ length }, () => pick(sentences)).join(" ");
      passages.push({ id: passages.length, doc: id, start: text.length, end: text.length + body.length, text: body });
      text += body;
    }
    const day = 1 + (n % 28);
    articles.push({
      id,
      meta: {
        title: lang === "ru" ? `Синтетическая статья ${n}` : `Synthetic article ${n}`,
        date: `2024-03-${String(day).padStart(2, "0")}`,
        outlet: "Synthetic",
        url: null,
        lang,
      },
      text,
      hash: createHash("sha256").update(text).digest("hex"),
    });
  }
  return { articles, passages };
}

/**
 * `count` vectors of length `dimensions` around `clusters` random centres (seeded), scaled to
 * unit length: closer to real sentence embeddings than uniform noise, which is the worst case
 * for hnsw recall. `spread` is the noise amplitude relative to a centre's (default 0.6).
 */
export function clusteredVectors(
  count: number,
  dimensions: number,
  seed: number,
  options: { clusters?: number; spread?: number } = {},
): Float32Array[] {
  const clusters = options.clusters ?? 100;
  const spread = options.spread ?? 0.6;
  const random = seededRandom(seed);
  const centres = Array.from({ length: clusters }, () => Float32Array.from({ length: dimensions }, () => random() * 2 - 1));
  return Array.from({ length: count }, () => {
    const centre = centres[Math.floor(random() * clusters)] ?? centres[0];
    const vector = new Float32Array(dimensions);
    for (let i = 0; i < dimensions; i++) vector[i] = (centre?.[i] ?? 0) + (random() * 2 - 1) * spread;
    return normalise(vector);
  });
}

/** Scales `vector` in place to unit length (a zero vector stays zero) and returns it. */
export function normalise(vector: Float32Array): Float32Array {
  let sum = 0;
  for (const x of vector) sum += x * x;
  const norm = Math.sqrt(sum);
  if (norm > 0) for (let i = 0; i < vector.length; i++) vector[i] = (vector[i] ?? 0) / norm;
  return vector;
}
