/**
 * The "index on disk" part of `npm run bench`: at each size a synthetic corpus is written as
 * article files and indexed as a user would index it, then timed the way a user meets it:
 *
 * - build: `buildIndex` (lexical, full) in its own process: wall time and that process's peak memory;
 * - cold ask: `npm run ask -- --index DIR --offline "…"` in a new process each time (the index
 *   files are in the OS cache: "cold" is the process, not the disk): wall time, and the peak
 *   memory of the largest process it ran (npm's or ask's);
 * - bot start to first answer: `src/main.ts` started against a local Bot API stub with one
 *   question waiting, until the answer is sent;
 * - `answer()` throughput over the index opened from disk, sequential, one core;
 * - incremental add of one article: `buildIndex` after one new file is put in the folder.
 *
 * Each step that measures memory runs in a process of its own (see `runDiskChild`), so that its
 * peak is its own.
 */
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { answer } from "../../src/answer/compose.ts";
import { prepare } from "../../src/answer/answer-service.ts";
import { buildIndex } from "../../src/index/build-index.ts";
import { openIndex } from "../../src/index/store.ts";
import { BotApiStub } from "../../test/helpers/bot-api-stub.ts";
import { loadBenchQuestions, median, peakRssMb, percentile } from "./bench-stats.ts";
import { generateCorpus, loadSentencePool } from "./synthetic-corpus.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const SOURCE_DIRS = [path.join(repoRoot, "seeds"), path.join(repoRoot, "eval", "extra-seeds")];
const TSX_LOADER = pathToFileURL(path.join(repoRoot, "node_modules", "tsx", "dist", "loader.mjs")).href;
const RSS_PROBE = pathToFileURL(path.join(repoRoot, "scripts", "lib", "peak-rss-probe.mjs")).href;
const MAIN = path.join(repoRoot, "src", "main.ts");

/** The question timed by the cold `ask` and the bot start (its words are in every synthetic corpus). */
const PROBE_QUESTION = "How many people died in the Crocus City Hall attack?";
/** Cold runs of `ask`, bot starts and one-article adds per size (medians are reported). */
const COLD_RUNS = 3;
/** A pass of `answer()` stops after this long (ms), having timed at least 20 questions. */
const PASS_BUDGET_MS = 10_000;
/**
 * Questions answered untimed before `answer()` is timed: enough that the timed pass measures the
 * index, not a new process compiling its code (with 5, the first pass ran as slowly at 10k as at 100k).
 */
const WARM_UP = 60;
/** Settings under which the measured commands find no model: lexical search, never a download. */
const LEXICAL_ENV = { EMBEDDING_MODEL: "bench/no-model", ALLOW_REMOTE_MODELS: "false" };

/** Median and count of repeated wall times, in ms. */
export interface RunTimes {
  median: number;
  runs: number;
}

/** What one size measured. */
export interface DiskResult {
  /** Passages asked of the generator, and what the indexer cut from the files. */
  target: number;
  articles: number;
  passages: number;
  indexMb: number;
  build: { ms: number; peakRssMb: number; segments: number };
  coldAsk: RunTimes & { peakRssMb: number; answered: boolean };
  botFirstAnswer: RunTimes;
  /** First pass over the questions (nothing cached), and a second pass over the same ones. */
  answers: { perSecond: number; warmPerSecond?: number; p50Ms: number; p95Ms: number; timed: number; peakRssMb: number };
  incrementalAdd: RunTimes & { allIncremental: boolean };
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** Runs `node --import tsx scripts/bench.ts --child-disk MODE ARGS…` and parses its last stdout line. */
function runDiskChild<T>(mode: string, args: readonly string[]): Promise<T> {
  const script = path.join(repoRoot, "scripts", "bench.ts");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", TSX_LOADER, script, "--child-disk", mode, ...args], {
      stdio: ["ignore", "pipe", "inherit"],
      cwd: repoRoot,
    });
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const last = out.trim().split("\n").at(-1) ?? "";
      if (code !== 0 || last === "") reject(new Error(`bench child ${mode} exited with code ${code}`));
      else resolve(JSON.parse(last) as T);
    });
  });
}

/** Body of a `--child-disk` process: one step, its result as one JSON line on stdout. */
export async function diskChild(mode: string, args: readonly string[], questions: readonly string[]): Promise<unknown> {
  const [first = "", second = "", third = ""] = args;
  switch (mode) {
    case "corpus": {
      const pool = await loadSentencePool(SOURCE_DIRS);
      const corpus = generateCorpus(pool, { passages: Number(first), seed: 1 });
      await mkdir(second, { recursive: true });
      for (const article of corpus.articles) {
        await writeFile(path.join(second, article.id), `${article.meta.title ?? ""}\n\n${article.text}\n`, "utf8");
      }
      return { articles: corpus.articles.length };
    }
    case "build": {
      const start = performance.now();
      const result = await buildIndex({ seedsDir: first, outDir: second, embedder: null, full: true });
      return {
        ms: performance.now() - start,
        peakRssMb: peakRssMb(),
        passages: result.manifest.counts.passages,
        articles: result.manifest.counts.documents,
        segments: result.manifest.segments.length,
      };
    }
    case "answers": {
      const index = await openIndex(first, { model: null });
      const { deps } = prepare(index, null);
      for (const q of questions.slice(0, WARM_UP)) await answer(q, deps);
      const times: number[] = [];
      const start = performance.now();
      // Timed: the questions after the warm-up ones, each distinct.
      for (const q of questions.slice(WARM_UP)) {
        const t0 = performance.now();
        await answer(q, deps);
        times.push(performance.now() - t0);
        if (times.length >= 20 && performance.now() - start > PASS_BUDGET_MS) break;
      }
      const total = performance.now() - start;
      // A second pass over the same questions: postings and sentences cached (a bot's steady state on recurring topics).
      const warmStart = performance.now();
      for (const q of questions.slice(WARM_UP, WARM_UP + times.length)) await answer(q, deps);
      const warmTotal = performance.now() - warmStart;
      index.close();
      return {
        perSecond: (times.length / total) * 1000,
        warmPerSecond: (times.length / warmTotal) * 1000,
        p50Ms: percentile(times, 50),
        p95Ms: percentile(times, 95),
        timed: times.length,
        peakRssMb: peakRssMb(),
      };
    }
    case "add": {
      const times: number[] = [];
      const kinds: string[] = [];
      for (let run = 0; run < Number(third); run++) {
        const name = `zz_bench_added_${run}.txt`;
        await writeFile(
          path.join(first, name),
          `Bench article ${run}\n\nThe Kyzylorda tram line will open in April, the city akimat said on Tuesday. It is article ${run} added by the benchmark.\n`,
        );
        const start = performance.now();
        const result = await buildIndex({ seedsDir: first, outDir: second, embedder: null });
        times.push(performance.now() - start);
        kinds.push(result.kind);
      }
      return { times, kinds };
    }
    default:
      throw new Error(`unknown bench step ${mode}`);
  }
}

async function folderMb(dir: string): Promise<number> {
  let bytes = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return bytes / 2 ** 20;
}

/** Spawns a command and resolves with its wall time (ms), exit code and output. */
function timedRun(command: string, args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<{ ms: number; code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ ms: performance.now() - start, code, stdout, stderr }));
  });
}

/** Peak resident memory (MB) over the probe reports in `dir`, which is emptied. */
async function probePeakMb(dir: string): Promise<number> {
  let peak = 0;
  for (const name of await readdir(dir)) {
    const report = JSON.parse(await readFile(path.join(dir, name), "utf8")) as { maxRssKb: number };
    peak = Math.max(peak, report.maxRssKb / 1024);
    await rm(path.join(dir, name));
  }
  return peak;
}

/** `npm run ask` as a user types it, `COLD_RUNS` times. */
async function coldAsk(indexDir: string, work: string): Promise<DiskResult["coldAsk"]> {
  const rssDir = path.join(work, "rss");
  await mkdir(rssDir, { recursive: true });
  const npmCli = process.env.npm_execpath;
  const [command, prefix] = npmCli ? [process.execPath, [npmCli]] : ["npm", []];
  const env = {
    ...process.env,
    ...LEXICAL_ENV,
    MODELS_DIR: path.join(work, "no-models"),
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import=${RSS_PROBE}`.trim(),
    BENCH_RSS_DIR: rssDir,
  };
  const times: number[] = [];
  let peak = 0;
  let answered = true;
  for (let run = 0; run < COLD_RUNS; run++) {
    const result = await timedRun(command, [...prefix, "run", "--silent", "ask", "--", "--index", indexDir, "--offline", PROBE_QUESTION], { cwd: repoRoot, env });
    if (result.code !== 0) throw new Error(`npm run ask exited with ${result.code}:\n${result.stderr}`);
    answered &&= result.stdout.includes("«");
    times.push(result.ms);
    peak = Math.max(peak, await probePeakMb(rssDir));
  }
  return { median: median(times), runs: times.length, peakRssMb: peak, answered };
}

/** `src/main.ts` started with a question already waiting, until the answer is sent; `COLD_RUNS` times. */
async function botFirstAnswer(seedsDir: string, indexDir: string, work: string): Promise<RunTimes> {
  const times: number[] = [];
  for (let run = 0; run < COLD_RUNS; run++) {
    const stub = new BotApiStub();
    await stub.start();
    const cwd = await mkdtemp(path.join(work, "bot-"));
    try {
      const user = { id: 501 + run, first_name: "Bench", language_code: "en" };
      const start = performance.now();
      const child = spawn(process.execPath, ["--import", TSX_LOADER, MAIN], {
        cwd,
        env: {
          PATH: process.env.PATH ?? "",
          HOME: cwd,
          ...LEXICAL_ENV,
          MODELS_DIR: path.join(cwd, "no-models"),
          TELEGRAM_BOT_TOKEN: stub.token,
          TELEGRAM_API_ROOT: stub.apiRoot,
          SEEDS_DIR: seedsDir,
          EMBEDDINGS_DIR: indexDir,
          DATA_DIR: path.join(cwd, "data"),
          LOG_LEVEL: "warn",
        },
        stdio: ["ignore", "ignore", "pipe"],
      });
      let stderr = "";
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<void>((done) => child.on("close", () => done()));
      stub.sendText(user, PROBE_QUESTION);
      try {
        await stub.waitForCall((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === user.id && c.outcome === "ok", { timeoutMs: 120_000 });
      } catch (error) {
        throw new Error(`the bot did not answer: ${String(error)}\n${stderr}`);
      }
      times.push(performance.now() - start);
      child.kill("SIGTERM");
      await exited;
    } finally {
      await stub.stop();
      await rm(cwd, { recursive: true, force: true });
    }
  }
  return { median: median(times), runs: times.length };
}

/** Every measurement at one size, in `work` (removed by the caller). */
export async function measureOnDisk(size: number, work: string): Promise<DiskResult> {
  const seedsDir = path.join(work, `seeds-${size}`);
  const indexDir = path.join(work, `index-${size}`);
  const { articles } = await runDiskChild<{ articles: number }>("corpus", [String(size), seedsDir]);
  log(`[disk ${size}] ${articles} article files written`);
  const build = await runDiskChild<{ ms: number; peakRssMb: number; passages: number; segments: number }>("build", [seedsDir, indexDir]);
  log(`[disk ${size}] build ${(build.ms / 1000).toFixed(1)} s, ${build.passages} passages, peak ${build.peakRssMb.toFixed(0)} MB`);
  const indexMb = await folderMb(indexDir);
  const ask = await coldAsk(indexDir, work);
  log(`[disk ${size}] cold ask ${(ask.median / 1000).toFixed(2)} s, peak ${ask.peakRssMb.toFixed(0)} MB`);
  const bot = await botFirstAnswer(seedsDir, indexDir, work);
  log(`[disk ${size}] bot start to first answer ${(bot.median / 1000).toFixed(2)} s`);
  const questions = await loadBenchQuestions({ withTune: true });
  const answers = await runDiskChild<DiskResult["answers"]>("answers", [indexDir, String(questions.length)]);
  log(`[disk ${size}] answer() ${answers.perSecond.toFixed(0)}/s`);
  const add = await runDiskChild<{ times: number[]; kinds: string[] }>("add", [seedsDir, indexDir, String(COLD_RUNS)]);
  log(`[disk ${size}] add one article ${median(add.times).toFixed(0)} ms (${add.kinds.join(", ")})`);
  return {
    target: size,
    articles,
    passages: build.passages,
    indexMb,
    build: { ms: build.ms, peakRssMb: build.peakRssMb, segments: build.segments },
    coldAsk: ask,
    botFirstAnswer: bot,
    answers,
    incrementalAdd: { median: median(add.times), runs: add.times.length, allIncremental: add.kinds.every((k) => k === "incremental") },
  };
}

const f = (value: number, digits = 1): string => (Number.isFinite(value) ? value.toFixed(digits) : "–");
const size = (n: number): string => (n >= 1_000_000 ? `${f(n / 1_000_000, 2)}M` : n >= 1000 ? `${f(n / 1000, 1)}k` : String(n));

/** The Markdown table and the acceptance lines of the disk part. */
export function diskTables(results: readonly DiskResult[]): string[] {
  const verdict = (ok: boolean): string => (ok ? "PASS" : "MISS");
  const lines = [
    "",
    `### Index on disk (lexical, no model) — what a user meets; medians of ${COLD_RUNS} runs unless said`,
    "",
    "| passages (articles) | index on disk | build (peak memory) | cold `npm run ask` (peak memory) | bot start → first answer | answer() on the opened index | add one article |",
    "|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const r of results) {
    lines.push(
      `| ${size(r.passages)} (${size(r.articles)}) | ${f(r.indexMb, 0)} MB, ${r.build.segments} segment${r.build.segments === 1 ? "" : "s"} ` +
        `| ${f(r.build.ms / 1000)} s (${f(r.build.peakRssMb, 0)} MB) | ${f(r.coldAsk.median / 1000, 2)} s (${f(r.coldAsk.peakRssMb, 0)} MB)${r.coldAsk.answered ? "" : " no answer!"} ` +
        `| ${f(r.botFirstAnswer.median / 1000, 2)} s | ${f(r.answers.perSecond, 0)}/s (again: ${f(r.answers.warmPerSecond ?? Number.NaN, 0)}/s), p50 ${f(r.answers.p50Ms, 2)} / p95 ${f(r.answers.p95Ms, 2)} ms (${r.answers.timed} q, ${f(r.answers.peakRssMb, 0)} MB) ` +
        `| ${f(r.incrementalAdd.median / 1000, 2)} s${r.incrementalAdd.allIncremental ? "" : " (not incremental!)"} |`,
    );
  }
  lines.push(
    "",
    "Build: `buildIndex` in a process of its own, full, from the article files. Cold ask: a new `npm run ask -- --index DIR --offline \"…\"` process each run (npm included; the files are in the OS cache); its memory is the peak of the largest process. " +
      "Bot: `src/main.ts` against a local Bot API stub with the question already waiting, from spawn to the answer sent (the staleness check of the articles folder included). " +
      `answer(): sequential over distinct questions (the development set, the earlier probes and the tune split) after ${WARM_UP} others untimed, one core; "again": the same questions a second time (postings and analysed sentences cached). Add one article: a new file, then \`buildIndex\` (an incremental update: one new segment).`,
    "",
    "Acceptance (issue 10):",
  );
  for (const r of results) {
    if (r.passages < 50_000) continue;
    if (r.passages < 500_000) {
      lines.push(
        `- at ${size(r.passages)} passages: cold ask ${f(r.coldAsk.median / 1000, 2)} s < 3 s → ${verdict(r.coldAsk.median < 3000)}; ${f(r.coldAsk.peakRssMb, 0)} MB < 800 MB → ${verdict(r.coldAsk.peakRssMb < 800)}; ` +
          `bot start to first answer ${f(r.botFirstAnswer.median / 1000, 2)} s < 5 s → ${verdict(r.botFirstAnswer.median < 5000)}; build ${f(r.build.ms / 1000)} s ≤ 60 s → ${verdict(r.build.ms <= 60_000)}; ` +
          `answer() ${f(r.answers.perSecond, 0)}/s ≥ 300 → ${verdict(r.answers.perSecond >= 300)}; add one article ${f(r.incrementalAdd.median / 1000, 2)} s < 2 s → ${verdict(r.incrementalAdd.median < 2000)}`,
      );
    } else {
      lines.push(
        `- at ${size(r.passages)} passages: the build completes (${f(r.build.ms / 1000, 0)} s, ${f(r.build.peakRssMb, 0)} MB); cold ask ${f(r.coldAsk.median / 1000, 2)} s < 5 s → ${verdict(r.coldAsk.median < 5000)}; ` +
          `peak ${f(Math.max(r.coldAsk.peakRssMb, r.build.peakRssMb), 0)} MB < 4 GB → ${verdict(Math.max(r.coldAsk.peakRssMb, r.build.peakRssMb) < 4096)}`,
      );
    }
  }
  return lines;
}

/** A fresh scratch folder for the disk part. */
export function diskWorkDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), "bench-disk-"));
}
