import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const QUESTION_FILES = [path.join(repoRoot, "eval", "questions.jsonl"), path.join(repoRoot, "eval", "own-questions.jsonl")];
/** The tune split's files (never the test split's), for a larger pool of distinct questions. */
const TUNE_DIR = path.join(repoRoot, "eval", "tune");

/** The `p`-th percentile (nearest rank) of `values`; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/** The median (lower middle for an even count). */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Peak resident memory of this process so far, in MB (the kernel's max RSS). */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/**
 * The questions of eval/questions.jsonl and eval/own-questions.jsonl, the bench's question set;
 * `withTune` adds the tune split's and keeps each question once (a larger pool of distinct ones).
 */
export async function loadBenchQuestions(options: { withTune?: boolean } = {}): Promise<string[]> {
  const questions: string[] = [];
  const files = [...QUESTION_FILES];
  if (options.withTune) for (const name of (await readdir(TUNE_DIR)).filter((f) => f.endsWith(".jsonl")).sort()) files.push(path.join(TUNE_DIR, name));
  for (const file of files) {
    for (const line of (await readFile(file, "utf8")).split("\n")) {
      if (line.trim() === "") continue;
      const parsed: unknown = JSON.parse(line);
      if (typeof parsed === "object" && parsed !== null && "question" in parsed && typeof parsed.question === "string") questions.push(parsed.question);
    }
  }
  if (questions.length === 0) throw new Error("no questions in eval/*.jsonl");
  return options.withTune ? [...new Set(questions)] : questions;
}
