/**
 * `npm run eval -- [--index DIR] [--questions FILE]… [--extra-seeds DIR]… [--set tune|test] [--verbose]`
 * Answers every question of one or more JSONL sets through `answer()` and prints, by group (same,
 * cross, off-topic, near-miss) and language: whether the first quote and any quote answer
 * (come from the right document and hold an expected string), passage recall@1/@5, abstention,
 * false abstentions, reply language and verbatim quotes.
 * With `--extra-seeds`, a temporary index of the seeds plus those folders' articles is built.
 * `--set tune` / `--set test` is `eval/<set>/*.jsonl` with `eval/new-event-seeds` (see eval/README.md).
 */
import "dotenv/config";
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parseConfig } from "../src/config.ts";
import { openAnswerService } from "../src/answer/answer-service.ts";
import { loadOptionalEmbedder } from "../src/embedding/optional-embedder.ts";
import { buildIndex } from "../src/index/build-index.ts";
import { readIndex } from "../src/index/store.ts";
import { reportCliError } from "./lib/cli-errors.ts";
import { downloadProgress } from "./lib/download-progress.ts";
import type { Embedder } from "../src/embedding/embedder.ts";
import { formatTable, groupOf, readQuestions, scoreAnswer, summaryLine, type EvalQuestion, type QuestionOutcome } from "./lib/evaluate.ts";

const USAGE = "Usage: npm run eval -- [--index DIR] [--questions FILE]... [--extra-seeds DIR]... [--set tune|test] [--offline] [--verbose]\n";

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        index: { type: "string" },
        questions: { type: "string", multiple: true },
        set: { type: "string" },
        verbose: { type: "boolean", default: false },
        "extra-seeds": { type: "string", multiple: true },
        "require-model": { type: "boolean", default: false },
        offline: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const { values } = parsed;
  const config = parseConfig(process.env);
  if (values["require-model"]) config.embedding.require = true;
  let files = values.questions ?? [];
  let extraSeeds = values["extra-seeds"] ?? [];
  if (values.set !== undefined) {
    if (values.set !== "tune" && values.set !== "test") {
      process.stderr.write(`--set must be tune or test\n${USAGE}`);
      return 2;
    }
    const dir = join("eval", values.set);
    files = [...files, ...(await readdir(dir)).filter((f) => f.endsWith(".jsonl")).sort().map((f) => join(dir, f))];
    extraSeeds = [...extraSeeds, join("eval", "new-event-seeds")];
  }
  if (files.length === 0) files = ["eval/questions.jsonl"];
  const questions: EvalQuestion[] = [];
  for (const file of files) questions.push(...(await readQuestions(file)));

  if (values.offline) config.embedding.allowRemote = false;
  const embedder = await loadOptionalEmbedder(config.embedding, (warning) => process.stderr.write(`${warning}\n`), { events: downloadProgress() });
  let indexDir = values.index ?? config.embeddingsDir;
  let seedsDir = config.seedsDir;
  let scratch: string | null = null;
  try {
    if (extraSeeds.length > 0) {
      scratch = await mkdtemp(join(tmpdir(), "eval-"));
      seedsDir = join(scratch, "seeds");
      indexDir = join(scratch, "index");
      await cp(config.seedsDir, seedsDir, { recursive: true });
      for (const dir of extraSeeds) await cp(dir, seedsDir, { recursive: true });
      await buildIndex({ seedsDir, outDir: indexDir, embedder });
    }
    await evaluate(questions, { seedsDir, indexDir, embedder, verbose: values.verbose ?? false, label: files.join(", ") });
  } finally {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }
  return 0;
}

/** One line per question for `--verbose`: what the reader saw, briefly. */
function verboseLine(outcome: QuestionOutcome, firstQuote: string | undefined, reason: string): string {
  const { question } = outcome;
  const status =
    question.kind === "none"
      ? outcome.abstained
        ? "ok: abstained"
        : "WRONG: answered"
      : outcome.abstained
        ? "WRONG: abstained"
        : outcome.firstQuoteAnswers
          ? "ok: quote1"
          : outcome.anyQuoteAnswers
            ? "half: quote>1"
            : "WRONG: quotes miss";
  const quote = firstQuote ? `  » ${firstQuote.replace(/\s+/g, " ").slice(0, 160)}` : "";
  return `${question.id} ${groupOf(question)}/${question.lang} R=${outcome.hitRank ?? "-"} ${status}${reason ? ` (${reason})` : ""}  ${question.question}${quote}\n`;
}

async function evaluate(
  questions: EvalQuestion[],
  options: { seedsDir: string; indexDir: string; embedder: Embedder | null; verbose: boolean; label: string },
): Promise<void> {
  const { seedsDir, indexDir, embedder } = options;
  const service = await openAnswerService({ seedsDir, indexDir, embedder });
  const texts = new Map((await readIndex(indexDir)).articles.map((a) => [a.id, a.text]));

  const outcomes: QuestionOutcome[] = [];
  for (const question of questions) {
    const result = await service.answer(question.question);
    const outcome = scoreAnswer(question, result, (doc) => texts.get(doc));
    outcomes.push(outcome);
    const reason = result.decision.answered ? "" : result.decision.reason;
    if (options.verbose) process.stdout.write(verboseLine(outcome, result.quotes[0]?.text, reason));
  }
  const stats = service.stats();
  process.stdout.write(`questions: ${options.label}\nindex: ${stats.documents} documents, mode: ${stats.mode}, model: ${stats.model ?? "none"}\n\n`);
  process.stdout.write(`${formatTable(outcomes)}\n\n${summaryLine(outcomes)}\n`);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = reportCliError(error);
  },
);
