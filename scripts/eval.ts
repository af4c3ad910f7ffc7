/**
 * `npm run eval -- [--index DIR] [--questions FILE] [--extra-seeds DIR] [--verbose]`
 * With `--extra-seeds`, a temporary index of the seeds plus that folder's articles is built
 * and evaluated (`npm run eval:own`: the project's own test articles and questions).
 * Answers every question of a JSONL set through `answer()` and prints recall@1/@5, MRR,
 * abstention, false abstentions, reply language and verbatim quotes, by kind and language.
 */
import "dotenv/config";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parseConfig } from "../src/config.ts";
import { openAnswerService } from "../src/answer/answer-service.ts";
import { loadOptionalEmbedder } from "../src/embedding/optional-embedder.ts";
import { loadEmbedder } from "../src/embedding/transformers-embedder.ts";
import { buildIndex } from "../src/index/build-index.ts";
import { readIndex } from "../src/index/store.ts";
import { reportCliError } from "./lib/cli-errors.ts";
import type { Embedder } from "../src/embedding/embedder.ts";
import { formatTable, readQuestions, scoreAnswer, summaryLine, type EvalQuestion, type QuestionOutcome } from "./lib/evaluate.ts";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      index: { type: "string" },
      questions: { type: "string", default: "eval/questions.jsonl" },
      verbose: { type: "boolean", default: false },
      "extra-seeds": { type: "string" },
      "require-model": { type: "boolean", default: false },
    },
  });
  const config = parseConfig(process.env);
  if (values["require-model"]) config.embedding.require = true;
  const questions = await readQuestions(values.questions ?? "eval/questions.jsonl");
  const embedder = await loadOptionalEmbedder(config.embedding, loadEmbedder, (m) => process.stderr.write(`${m}\n`));
  let indexDir = values.index ?? config.embeddingsDir;
  let seedsDir = config.seedsDir;
  let scratch: string | null = null;
  try {
    if (values["extra-seeds"]) {
      scratch = await mkdtemp(join(tmpdir(), "eval-"));
      seedsDir = join(scratch, "seeds");
      indexDir = join(scratch, "index");
      await cp(config.seedsDir, seedsDir, { recursive: true });
      await cp(values["extra-seeds"], seedsDir, { recursive: true });
      await buildIndex({ seedsDir, outDir: indexDir, embedder });
    }
    await evaluate(questions, { seedsDir, indexDir, embedder, verbose: values.verbose ?? false, label: values.questions ?? "" });
  } finally {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }
  return 0;
}

async function evaluate(
  questions: EvalQuestion[],
  options: { seedsDir: string; indexDir: string; embedder: Embedder | null; verbose: boolean; label: string },
): Promise<void> {
  const { seedsDir, indexDir, embedder, verbose: verboseOutput } = options;
  const service = await openAnswerService({ seedsDir, indexDir, embedder });
  const texts = new Map((await readIndex(indexDir)).articles.map((a) => [a.id, a.text]));

  const outcomes: QuestionOutcome[] = [];
  for (const question of questions) {
    const result = await service.answer(question.question);
    const outcome = scoreAnswer(question, result, (doc) => texts.get(doc));
    outcomes.push(outcome);
    if (verboseOutput) {
      const status = question.kind === "none" ? (outcome.abstained ? "abstained (ok)" : "ANSWERED") : `hit@${outcome.hitRank ?? "-"}${outcome.abstained ? " ABSTAINED" : ""}`;
      process.stdout.write(`${question.id} ${question.kind}/${question.lang} ${status}  ${question.question}\n`);
    }
  }
  const stats = service.stats();
  process.stdout.write(`questions: ${options.label}  index: ${indexDir}  mode: ${stats.mode}  model: ${stats.model ?? "none"}\n\n`);
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
