/**
 * `npm run ask -- [--index DIR] [--json] [--batch] [--require-model] [QUESTION]`
 * Answers questions from the terminal exactly as the bot does (same `answer()`).
 * Output: answers on stdout. Warnings, usage and errors on stderr, in both modes; a question that
 * cannot be searched gets its polite reply on stdout in `--batch` (one line per input line) and on
 * stderr with exit status 1 for a single question.
 */
import "dotenv/config";
import { createInterface } from "node:readline";
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { checkStaleness, listFolderInWorker } from "./lib/staleness-check.ts";
import { parseConfig } from "../src/config.ts";
import { openAnswerService } from "../src/answer/answer-service.ts";
import { errorText } from "../src/answer/messages.ts";
import type { AnswerResult, AnswerService } from "../src/answer/types.ts";
import { detectLanguage } from "../src/corpus/language.ts";
import { loadOptionalEmbedder } from "../src/embedding/optional-embedder.ts";
import { isAppError } from "../src/errors.ts";
import { reportCliError } from "./lib/cli-errors.ts";
import { downloadProgress } from "./lib/download-progress.ts";
import { renderAnswerText } from "./lib/render-answer.ts";

/**
 * Manifest size (bytes) above which the articles folder is listed in a worker thread: about 70,000
 * articles in a format-3 manifest (about 180 bytes an article; 40,000 in a format-2 one, 310 bytes).
 */
const LIST_IN_WORKER_ABOVE_BYTES = 12 * 2 ** 20;

const USAGE = 'Usage: npm run ask -- [--index DIR] [--json] [--batch] [--require-model] [--offline] "your question"\n';

/** The `--json` line of one answer: the contract tests and tools rely on (fields are only ever added). */
export function toJsonLine(result: AnswerResult): string {
  return JSON.stringify({
    lang: result.lang,
    abstained: result.abstained,
    text: renderAnswerText(result),
    decision: result.decision,
    quotes: result.quotes.map((q) => ({ doc: q.doc, text: q.text, start: q.start, end: q.end, source: q.source, highlights: q.highlights })),
    sources: result.sources,
    passages: result.passages.map((p) => ({
      doc: p.passage.doc,
      text: p.passage.text,
      // `score` is the fused reciprocal-rank-fusion score (higher = more relevant).
      score: p.fused,
      rank: p.rank,
      bm25: p.bm25,
      similarity: p.similarity,
      start: p.passage.start,
      end: p.passage.end,
    })),
  });
}

async function answerOne(service: AnswerService, question: string, json: boolean, ansi: boolean): Promise<{ line: string; ok: boolean }> {
  try {
    const result = await service.answer(question);
    return { line: json ? toJsonLine(result) : renderAnswerText(result, { ansi }), ok: true };
  } catch (error) {
    if (!isAppError(error)) throw error;
    const lang = detectLanguage(question);
    const message = errorText(error.messageKey, lang);
    return { line: json ? JSON.stringify({ lang, error: error.messageKey, text: message }) : message, ok: false };
  }
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        index: { type: "string" },
        json: { type: "boolean", default: false },
        batch: { type: "boolean", default: false },
        "require-model": { type: "boolean", default: false },
        offline: { type: "boolean", default: false },
      },
      allowPositionals: true,
    });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const config = parseConfig(process.env);
  if (values["require-model"]) config.embedding.require = true;
  const indexDir = values.index ?? config.embeddingsDir;
  const json = values.json ?? false;

  if (!values.batch && positionals.length === 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  if (values.offline) config.embedding.allowRemote = false;
  // The staleness check lists the articles folder: for a large index (a million passages has a
  // 29 MB manifest and 170,000 files) the listing runs on the other core while the index opens; for
  // a small one a worker thread costs more than it saves. Reported after the answer.
  const large = (await stat(join(indexDir, "manifest.json")).then((s) => s.size, () => 0)) > LIST_IN_WORKER_ABOVE_BYTES;
  const listing = large ? listFolderInWorker({ indexDir, seedsDir: config.seedsDir }) : null;
  const embedder = await loadOptionalEmbedder(config.embedding, (warning) => process.stderr.write(`${warning}\n`), { events: downloadProgress() });
  const service = await openAnswerService({ seedsDir: config.seedsDir, indexDir, embedder });
  const staleness = checkStaleness(indexDir, service.manifest(), config.seedsDir, listing);
  const warnIfStale = async () => {
    const { stale, reason } = await staleness;
    if (stale) process.stderr.write(`Warning: the index in ${indexDir} is out of date (${reason}); run \`npm run index\` to include the changes.\n`);
  };
  // Bold for matched words only on a terminal, never in JSON or a pipe.
  const ansi = !json && process.stdout.isTTY === true;

  if (!values.batch) {
    const { line, ok } = await answerOne(service, positionals.join(" "), json, ansi);
    (ok ? process.stdout : process.stderr).write(`${line}\n`);
    await warnIfStale();
    return ok ? 0 : 1;
  }
  // One question a line, each answered on its own: no context carries between lines.
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const question of lines) {
    const { line } = await answerOne(service, question, json, ansi);
    process.stdout.write(`${json ? line : line.replace(/\n/g, " ⏎ ")}\n`);
  }
  await warnIfStale();
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = reportCliError(error);
  },
);
