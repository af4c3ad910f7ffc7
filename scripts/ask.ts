/**
 * `npm run ask -- [--index DIR] [--json] [--batch] [--require-model] [QUESTION]`
 * Answers questions from the terminal exactly as the bot does (same `answer()`).
 */
import "dotenv/config";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { parseConfig } from "../src/config.ts";
import { questionLanguage } from "../src/answer/compose.ts";
import { openAnswerService } from "../src/answer/answer-service.ts";
import { errorText } from "../src/answer/messages.ts";
import type { AnswerResult, AnswerService } from "../src/answer/types.ts";
import { loadOptionalEmbedder } from "../src/embedding/optional-embedder.ts";
import { loadEmbedder } from "../src/embedding/transformers-embedder.ts";
import { isAppError } from "../src/errors.ts";
import { reportCliError } from "./lib/cli-errors.ts";

/** The `--json` line of one answer: the contract tests and tools rely on. */
export function toJsonLine(result: AnswerResult): string {
  return JSON.stringify({
    lang: result.lang,
    abstained: result.abstained,
    text: result.text,
    quotes: result.quotes.map((q) => ({ doc: q.doc, text: q.text, start: q.start, end: q.end, source: q.source })),
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

async function answerOne(service: AnswerService, question: string, json: boolean): Promise<{ line: string; ok: boolean }> {
  try {
    const result = await service.answer(question);
    return { line: json ? toJsonLine(result) : result.text, ok: true };
  } catch (error) {
    if (!isAppError(error)) throw error;
    const lang = questionLanguage(question);
    const message = errorText(error.messageKey, lang);
    return { line: json ? JSON.stringify({ lang, error: error.messageKey, text: message }) : message, ok: false };
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      index: { type: "string" },
      json: { type: "boolean", default: false },
      batch: { type: "boolean", default: false },
      "require-model": { type: "boolean", default: false },
    },
    allowPositionals: true,
  });
  const config = parseConfig(process.env);
  if (values["require-model"]) config.embedding.require = true;
  const indexDir = values.index ?? config.embeddingsDir;
  const json = values.json ?? false;

  if (!values.batch && positionals.length === 0) {
    process.stderr.write('Usage: npm run ask -- [--index DIR] [--json] [--batch] "your question"\n');
    return 2;
  }
  const embedder = await loadOptionalEmbedder(config.embedding, loadEmbedder, (m) => process.stderr.write(`${m}\n`));
  const service = await openAnswerService({ seedsDir: config.seedsDir, indexDir, embedder });

  if (!values.batch) {
    const { line, ok } = await answerOne(service, positionals.join(" "), json);
    (ok ? process.stdout : process.stderr).write(`${line}\n`);
    return ok ? 0 : 1;
  }
  // One question a line, each answered on its own: no context carries between lines.
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const question of lines) {
    const { line } = await answerOne(service, question, json);
    process.stdout.write(`${json ? line : line.replace(/\n/g, " ⏎ ")}\n`);
  }
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
