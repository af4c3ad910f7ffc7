/**
 * `npm run bench`: indexing and query performance on synthetic corpora of 10k and 100k passages
 * (the real articles' sentences recombined by a seeded PRNG, see `scripts/lib/synthetic-corpus.ts`).
 * Prints a header about the machine and Markdown tables:
 *
 * - the index on disk as a user meets it (`scripts/lib/bench-disk.ts`): build, cold `npm run ask`,
 *   bot start to first answer, `answer()` throughput, adding one article;
 * - the vector search (hnswlib against brute force) and the hybrid path with the tiny model,
 *   up to 100k passages (a million 384-d vectors are the scaling-out case, see the README).
 *
 * Each measurement that reports memory runs in its own child process, so that its peak memory (the
 * kernel's max RSS) is its own. Options: `--sizes 10000,100000,1000000` (1M is opt-in: it writes
 * about 170,000 files and takes several minutes), `--questions N` (default 200), `--skip-vectors`.
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { answer, type AnswerDeps } from "../src/answer/compose.ts";
import type { Article, Passage } from "../src/corpus/article.ts";
import type { Embedder } from "../src/embedding/embedder.ts";
import { loadEmbedder } from "../src/embedding/transformers-embedder.ts";
import { exactSearch, HNSW_EF_CONSTRUCTION, HNSW_M, HNSW_MIN_EF, VectorIndex } from "../src/index/vector-index.ts";
import { LexicalIndex } from "../src/retrieval/lexical-index.ts";
import { passagesInMemory } from "../src/retrieval/passage-source.ts";
import { sourceOf } from "../src/answer/source.ts";
import { retrieve, type RetrieverParts } from "../src/retrieval/retriever.ts";
import { makeTinyModel } from "./make-tiny-model.ts";
import { diskChild, diskTables, diskWorkDir, measureOnDisk, type DiskResult } from "./lib/bench-disk.ts";
import { loadBenchQuestions, median, peakRssMb, percentile } from "./lib/bench-stats.ts";
import { clusteredVectors, generateCorpus, loadSentencePool, normalise } from "./lib/synthetic-corpus.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SOURCE_DIRS = [path.join(repoRoot, "seeds"), path.join(repoRoot, "eval", "extra-seeds")];

/** Vector length of the real model (multilingual-e5-small), used for the vector benchmarks. */
const DIMENSIONS = 384;
const CORPUS_SEED = 1;
const VECTOR_SEED = 7;
/** Timed repetitions of a measurement (medians are taken over them) … */
const RUNS = 3;
/** … unless the runs so far took longer than this (ms): then fewer runs are made, and the table says so. */
const REPEAT_BUDGET_MS = 30_000;
/** A pass over the questions stops after this long (ms), having timed at least `MIN_TIMED` questions. */
const PASS_BUDGET_MS = 8_000;
const MIN_TIMED = 20;
/** Questions answered, untimed, before measuring (JIT warm-up). */
const WARM_UP = 5;
/** Neighbours asked of the vector search (recall@K). */
const K = 10;
/** Largest size of the vector and hybrid tables (in memory): beyond, vectors are the scaling-out case. */
const MAX_VECTOR_SIZE = 100_000;
/** Embedding more passages than this with the tiny model is skipped when it would take over a minute. */
const EMBED_FULL_LIMIT_MS = 60_000;

/** Distribution summary of one timed quantity over repeated runs (milliseconds unless said). */
interface Timed {
  /** Median over runs. */
  median: number;
  runs: number;
}

/** Latency of one pass of questions, median over passes. */
interface Latency {
  p50Ms: number;
  p95Ms: number;
  /** Questions per second over a whole pass (sequential). */
  perSecond: number;
  passes: number;
  /** Questions timed per pass (fewer than asked when a pass hit `PASS_BUDGET_MS`). */
  timed: number;
}

/** Everything measured at one corpus size (the child's JSON line). */
interface SizeResult {
  passages: number;
  articles: number;
  lexicalBuildMs: Timed;
  retrieveLexical: Latency;
  answerLexical: Latency;
  answeredShare: number;
  peakRssLexicalMb: number;
  hnswBuildMs: Timed;
  hnswSearchP50Ms: number;
  exactSearchP50Ms: number;
  exactQueries: number;
  recallAt10: number;
  embedded: number;
  embedMs: number;
  hybridBuildMs: number;
  retrieveHybrid: Latency;
  answerHybrid: Latency;
  peakRssMb: number;
  wallMs: number;
}

// ---------------------------------------------------------------- measuring helpers

/** Runs `fn` up to `RUNS` times (fewer when over budget) and returns each run's wall time (ms) and the last result. */
async function repeat<T>(fn: () => T | Promise<T>, budgetMs = REPEAT_BUDGET_MS): Promise<{ times: number[]; last: T }> {
  const times: number[] = [];
  let last: T | undefined;
  let spent = 0;
  while (times.length < RUNS && (times.length === 0 || spent < budgetMs)) {
    const start = performance.now();
    last = await fn();
    const elapsed = performance.now() - start;
    times.push(elapsed);
    spent += elapsed;
  }
  return { times, last: last as T };
}

/**
 * Times each question of a pass; repeats passes (see `repeat`) unless a pass was cut at
 * `PASS_BUDGET_MS` (slow sizes get one long pass); per-pass percentiles, then their medians.
 */
async function measureLatency(questions: readonly string[], ask: (q: string) => Promise<unknown>): Promise<Latency> {
  for (const q of questions.slice(0, WARM_UP)) await ask(q);
  const passes: { p50: number; p95: number; perSecond: number; timed: number }[] = [];
  let spent = 0;
  while (passes.length === 0 || (passes.length < RUNS && spent < REPEAT_BUDGET_MS && passes.at(-1)?.timed === questions.length)) {
    const times: number[] = [];
    const start = performance.now();
    for (const q of questions) {
      const t0 = performance.now();
      await ask(q);
      times.push(performance.now() - t0);
      if (times.length >= MIN_TIMED && performance.now() - start > PASS_BUDGET_MS) break;
    }
    const total = performance.now() - start;
    passes.push({ p50: percentile(times, 50), p95: percentile(times, 95), perSecond: (times.length / total) * 1000, timed: times.length });
    spent += total;
  }
  return {
    p50Ms: median(passes.map((p) => p.p50)),
    p95Ms: median(passes.map((p) => p.p95)),
    perSecond: median(passes.map((p) => p.perSecond)),
    passes: passes.length,
    timed: Math.min(...passes.map((p) => p.timed)),
  };
}

function timed(times: readonly number[]): Timed {
  return { median: median(times), runs: times.length };
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** `count` questions: the bench's question set, cycled. */
async function loadQuestions(count: number): Promise<string[]> {
  const all = await loadBenchQuestions();
  return Array.from({ length: count }, (_, i) => all[i % all.length] ?? "");
}

// ---------------------------------------------------------------- one size (child process)

async function measureSize(size: number, modelDir: string, embedCap: number, questionCount: number): Promise<SizeResult> {
  const wallStart = performance.now();
  const questions = await loadQuestions(questionCount);
  const pool = await loadSentencePool(SOURCE_DIRS);
  const { articles, passages } = generateCorpus(pool, { passages: size, seed: CORPUS_SEED });
  const articleMap = new Map<string, Article>(articles.map((a) => [a.id, a]));
  log(`[${size}] corpus: ${articles.length} articles, ${passages.length} passages (${pool.en.length} en + ${pool.ru.length} ru sentences)`);

  // Lexical path.
  // As the answer service builds it: document titles count as context of their passages.
  const titles = new Map(articles.map((a) => [a.id, a.meta.title]));
  const lexicalRuns = await repeat(() => LexicalIndex.fromPassages(passages, titles));
  const lexical = lexicalRuns.last;
  log(`[${size}] lexical build ${median(lexicalRuns.times).toFixed(0)} ms × ${lexicalRuns.times.length}`);
  const passageSource = passagesInMemory(passages);
  const sourceOfDoc = (doc: string) => {
    const article = articleMap.get(doc);
    return article ? sourceOf(article) : undefined;
  };
  const lexicalParts: RetrieverParts = { passages: passageSource, lexical, vectors: null, embedder: null };
  const lexicalDeps: AnswerDeps = { retrieval: lexicalParts, sources: sourceOfDoc };
  const retrieveLexical = await measureLatency(questions, (q) => retrieve(q, lexicalParts));
  log(`[${size}] lexical retrieve p50 ${retrieveLexical.p50Ms.toFixed(2)} ms p95 ${retrieveLexical.p95Ms.toFixed(2)} ms`);
  const answeredByQuestion = new Map<string, boolean>();
  const answerLexical = await measureLatency(questions, async (q) => {
    answeredByQuestion.set(q, !(await answer(q, lexicalDeps)).abstained);
  });
  log(`[${size}] lexical answer p50 ${answerLexical.p50Ms.toFixed(2)} ms, ${answerLexical.perSecond.toFixed(0)}/s`);
  const peakRssLexicalMb = peakRssMb();

  // Vectors: hnswlib against brute force, on seeded clustered vectors of the real model's length.
  const generated = clusteredVectors(size + questionCount, DIMENSIONS, VECTOR_SEED);
  const vectors = generated.slice(0, size);
  const queries = generated.slice(size);
  const hnswRuns = await repeat(() => VectorIndex.build(vectors, DIMENSIONS));
  const hnsw = hnswRuns.last;
  log(`[${size}] hnsw build ${median(hnswRuns.times).toFixed(0)} ms × ${hnswRuns.times.length}`);
  for (const q of queries.slice(0, WARM_UP)) hnsw.search(q, K);
  const hnswTimes = queries.map((q) => {
    const t0 = performance.now();
    hnsw.search(q, K);
    return performance.now() - t0;
  });
  const exactQueries = size >= 100_000 ? queries.slice(0, 50) : queries;
  let found = 0;
  const exactTimes = exactQueries.map((q) => {
    const t0 = performance.now();
    const exact = exactSearch(vectors, q, K);
    const elapsed = performance.now() - t0;
    const approximate = new Set(hnsw.search(q, K).map((h) => h.passageId));
    found += exact.filter((h) => approximate.has(h.passageId)).length;
    return elapsed;
  });
  const recallAt10 = found / (exactQueries.length * K);
  log(`[${size}] hnsw p50 ${median(hnswTimes).toFixed(3)} ms, exact p50 ${median(exactTimes).toFixed(2)} ms, recall@10 ${recallAt10.toFixed(3)}`);

  // Hybrid path with the tiny transformers.js model (384 dimensions): real vectors for the
  // first `embedCap` passages, the clustered vectors above for the rest.
  const embedder: Embedder = await loadEmbedder({
    model: modelDir,
    modelsDir: path.join(modelDir, "..", "models"),
    allowRemote: false,
    dtype: "q8",
    queryPrefix: "query: ",
    passagePrefix: "passage: ",
  });
  if (embedder.dimensions !== DIMENSIONS) throw new Error(`tiny model has ${embedder.dimensions} dimensions, expected ${DIMENSIONS}`);
  const toEmbed = passages.slice(0, Math.min(size, embedCap));
  const embedStart = performance.now();
  const embeddedVectors = await embedder.embedPassages(toEmbed.map((p: Passage) => p.text));
  const embedMs = performance.now() - embedStart;
  log(`[${size}] embedded ${toEmbed.length} passages in ${embedMs.toFixed(0)} ms`);
  const hybridVectors = vectors.map((v, i) => (i < embeddedVectors.length ? normalise(Float32Array.from(embeddedVectors[i] ?? v)) : v));
  const hybridStart = performance.now();
  const hybridIndex = VectorIndex.build(hybridVectors, DIMENSIONS);
  const hybridBuildMs = performance.now() - hybridStart;
  const hybridParts: RetrieverParts = { passages: passageSource, lexical, vectors: hybridIndex, embedder };
  const hybridDeps: AnswerDeps = { retrieval: hybridParts, sources: sourceOfDoc };
  const retrieveHybrid = await measureLatency(questions, (q) => retrieve(q, hybridParts));
  const answerHybrid = await measureLatency(questions, (q) => answer(q, hybridDeps));
  log(`[${size}] hybrid retrieve p95 ${retrieveHybrid.p95Ms.toFixed(2)} ms, answer ${answerHybrid.perSecond.toFixed(0)}/s`);

  return {
    passages: passages.length,
    articles: articles.length,
    lexicalBuildMs: timed(lexicalRuns.times),
    retrieveLexical,
    answerLexical,
    answeredShare: [...answeredByQuestion.values()].filter(Boolean).length / answeredByQuestion.size,
    peakRssLexicalMb,
    hnswBuildMs: timed(hnswRuns.times),
    hnswSearchP50Ms: median(hnswTimes),
    exactSearchP50Ms: median(exactTimes),
    exactQueries: exactQueries.length,
    recallAt10,
    embedded: toEmbed.length,
    embedMs,
    hybridBuildMs,
    retrieveHybrid,
    answerHybrid,
    peakRssMb: peakRssMb(),
    wallMs: performance.now() - wallStart,
  };
}

// ---------------------------------------------------------------- parent: spawn sizes, print tables

function runChild(args: string[]): Promise<SizeResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...args], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      out += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const last = out.trim().split("\n").at(-1) ?? "";
      if (code !== 0 || last === "") reject(new Error(`benchmark child ${args.join(" ")} exited with code ${code}`));
      else resolve(JSON.parse(last) as SizeResult);
    });
  });
}

const f = (value: number, digits = 1): string => (Number.isFinite(value) ? value.toFixed(digits) : "–");
const ms = (value: number): string => (value < 1 ? value.toFixed(3) : value < 10 ? value.toFixed(2) : value.toFixed(1));
/** How many runs a figure is the median of, and how many questions a pass timed, when not the full count. */
const runs = (t: Timed | Latency, asked = 0): string => {
  const n = "runs" in t ? t.runs : t.passes;
  const partial = "timed" in t && t.timed < asked ? `, ${t.timed} q` : "";
  return n === RUNS && partial === "" ? "" : ` (${n}×${partial})`;
};
const thousands = (n: number): string => (n >= 1000 ? `${n / 1000}k` : String(n));

function header(): string[] {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  return [
    `Benchmark run: ${new Date().toISOString()}`,
    `Node ${process.version} · ${cpu} · ${os.cpus().length} cores · ${f(os.totalmem() / 2 ** 30, 1)} GiB RAM · load average at start ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`,
  ];
}

function tables(results: readonly SizeResult[], questionCount: number): string[] {
  const lines: string[] = [];
  lines.push(
    "",
    `### Lexical path in memory (BM25, no model; LexicalIndex.fromPassages, not the files above) — ${questionCount} questions from eval/questions.jsonl + eval/own-questions.jsonl, cycled, sequential`,
    "",
    "| passages | index build (LexicalIndex) | throughput | retrieve() p50 / p95 | answer() p50 / p95 | answers/s (1 core) | answered | peak RSS |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|",
  );
  for (const r of results) {
    lines.push(
      `| ${thousands(r.passages)} | ${f(r.lexicalBuildMs.median / 1000, 2)} s${runs(r.lexicalBuildMs)} | ${f(r.passages / (r.lexicalBuildMs.median / 1000), 0)} passages/s ` +
        `| ${ms(r.retrieveLexical.p50Ms)} / ${ms(r.retrieveLexical.p95Ms)} ms${runs(r.retrieveLexical, questionCount)} ` +
        `| ${ms(r.answerLexical.p50Ms)} / ${ms(r.answerLexical.p95Ms)} ms${runs(r.answerLexical, questionCount)} | ${f(r.answerLexical.perSecond, 0)} ` +
        `| ${f(r.answeredShare * 100, 0)} % | ${f(r.peakRssLexicalMb, 0)} MB |`,
    );
  }
  lines.push(
    "",
    `### Vector search — hnswlib (M=${HNSW_M}, efConstruction=${HNSW_EF_CONSTRUCTION}, ef=${HNSW_MIN_EF}) vs brute-force exactSearch, ${DIMENSIONS}-d seeded clustered vectors, k=${K}`,
    "",
    "| passages | hnsw build | throughput | hnsw query p50 | exact query p50 | exact / hnsw | recall@10 | peak RSS (whole size run) |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|",
  );
  for (const r of results) {
    lines.push(
      `| ${thousands(r.passages)} | ${f(r.hnswBuildMs.median / 1000, 2)} s${runs(r.hnswBuildMs)} | ${f(r.passages / (r.hnswBuildMs.median / 1000), 0)} vectors/s ` +
        `| ${ms(r.hnswSearchP50Ms)} ms | ${ms(r.exactSearchP50Ms)} ms${r.exactQueries === questionCount ? "" : ` (${r.exactQueries} q)`} ` +
        `| ${f(r.exactSearchP50Ms / r.hnswSearchP50Ms, 0)}× | ${f(r.recallAt10, 3)} | ${f(r.peakRssMb, 0)} MB |`,
    );
  }
  lines.push(
    "",
    `### Hybrid path — transformers.js on the generated tiny model (${DIMENSIONS}-d bag of words, q8), BM25 + hnsw fused`,
    "",
    "| passages | embedded by the model | embedding throughput | hnsw build | retrieve() p50 / p95 | answer() p50 / p95 | answers/s (1 core) |",
    "|---:|---:|---:|---:|---:|---:|---:|",
  );
  for (const r of results) {
    const rest = r.passages - r.embedded;
    lines.push(
      `| ${thousands(r.passages)} | ${thousands(r.embedded)}${rest > 0 ? ` (+${thousands(rest)} clustered)` : ""} | ${f(r.embedded / (r.embedMs / 1000), 0)} passages/s ` +
        `| ${f(r.hybridBuildMs / 1000, 2)} s | ${ms(r.retrieveHybrid.p50Ms)} / ${ms(r.retrieveHybrid.p95Ms)} ms${runs(r.retrieveHybrid, questionCount)} ` +
        `| ${ms(r.answerHybrid.p50Ms)} / ${ms(r.answerHybrid.p95Ms)} ms${runs(r.answerHybrid, questionCount)} | ${f(r.answerHybrid.perSecond, 0)} |`,
    );
  }
  lines.push(
    "",
    `Medians over ${RUNS} runs (builds) or ${RUNS} passes of the questions (latencies); "(n×)" marks fewer runs where ${RUNS} would have taken over ${REPEAT_BUDGET_MS / 1000} s, ` +
      `"q" the questions timed when a pass was cut at ${PASS_BUDGET_MS / 1000} s (at least ${MIN_TIMED}; a cut pass is not repeated). Percentiles are per pass, then the median of the passes. ${WARM_UP} untimed questions first. ` +
      `"answered": share of the distinct questions not abstained.`,
    `Corpora: sentences of seeds/ and eval/extra-seeds/ (split by the project's splitter) recombined by a seeded PRNG, 2–4 sentences a passage, 6 passages an article, 30 % Russian.`,
    "The small vocabulary of 7 source articles makes every question word frequent: at 100k passages a common stem is in tens of thousands of passages, a worst case for BM25.",
    `Hybrid: the tiny model is a bag of words, far cheaper than multilingual-e5-small; its vectors cover the first passages, seeded clustered vectors the rest (noted per row).`,
    "Peak RSS is the kernel's max resident set of the child process that measured that size (Node itself ≈ 50–60 MB); answers/s is sequential on one core " +
      `(this machine has ${os.cpus().length}; the bot's answer() is single-threaded).`,
  );
  return lines;
}

function acceptance(results: readonly SizeResult[]): string[] {
  const largest = results.at(-1);
  if (!largest) return [];
  const p95 = largest.retrieveLexical.p95Ms;
  const hybridP95 = largest.retrieveHybrid.p95Ms;
  const verdict = (ok: boolean): string => (ok ? "PASS" : "MISS");
  return [
    "",
    "Acceptance:",
    `- retrieval p95 < 50 ms at ${thousands(largest.passages)} passages: lexical ${ms(p95)} ms → ${verdict(p95 < 50)}; hybrid ${ms(hybridP95)} ms → ${verdict(hybridP95 < 50)}`,
    "- answers/s ≥ 300 through answer(), lexical path, one core:",
    ...results.map((r) => `  at ${thousands(r.passages)} passages: ${f(r.answerLexical.perSecond, 0)}/s → ${verdict(r.answerLexical.perSecond >= 300)}`),
  ];
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: {
      "child-size": { type: "string" },
      "child-disk": { type: "string" },
      "model-dir": { type: "string" },
      "embed-cap": { type: "string" },
      sizes: { type: "string", default: "10000,100000" },
      questions: { type: "string", default: "200" },
      "skip-vectors": { type: "boolean" },
    },
    allowPositionals: true,
  });
  const questionCount = Number(values.questions);
  if (values["child-disk"] !== undefined) {
    const result = await diskChild(values["child-disk"], positionals, await loadBenchQuestions({ withTune: true }));
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  if (values["child-size"] !== undefined) {
    const result = await measureSize(Number(values["child-size"]), values["model-dir"] ?? "", Number(values["embed-cap"]), questionCount);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }

  const started = performance.now();
  const sizes = (values.sizes ?? "").split(",").map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const lines = header();
  const work = await mkdtemp(path.join(os.tmpdir(), "bench-"));
  try {
    const disk: DiskResult[] = [];
    for (const size of sizes) {
      const diskWork = await diskWorkDir();
      try {
        disk.push(await measureOnDisk(size, diskWork));
      } finally {
        await rm(diskWork, { recursive: true, force: true });
      }
    }
    lines.push(...diskTables(disk));

    const modelDir = path.join(work, "tiny-model");
    await makeTinyModel(modelDir, { dimensions: DIMENSIONS });
    const results: SizeResult[] = [];
    let embedCap = 1000;
    const vectorSizes = values["skip-vectors"] ? [] : sizes.filter((size) => size <= MAX_VECTOR_SIZE);
    for (const size of vectorSizes) {
      const result = await runChild([
        "--child-size", String(size), "--model-dir", modelDir, "--embed-cap", String(embedCap), "--questions", String(questionCount),
      ]);
      results.push(result);
      log(`[${size}] done in ${f(result.wallMs / 1000)} s`);
      // After the first size: embed a whole 10k corpus only when the measured speed says it takes under a minute.
      const perPassageMs = result.embedMs / result.embedded;
      embedCap = size < 10_000 && perPassageMs * 10_000 < EMBED_FULL_LIMIT_MS ? 10_000 : 1000;
    }
    if (results.length > 0) lines.push(...tables(results, questionCount), ...acceptance(results));
    lines.push("", `Total bench time: ${f((performance.now() - started) / 1000, 0)} s`);
    process.stdout.write(`${lines.join("\n")}\n`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();
