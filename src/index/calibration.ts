import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Embedder } from "../embedding/embedder.ts";

/** Which percentile of the off-topic similarities vector evidence must exceed. */
export const CALIBRATION_PERCENTILE = 99;

/**
 * How similar questions about nothing in the index come out against its passages, measured when
 * the index is built (with whatever model is configured): vector evidence counts only above
 * `threshold`, the `CALIBRATION_PERCENTILE`th percentile of the probes' best similarities. Stored
 * in the manifest; null in a lexical index.
 */
export interface Calibration {
  /** Off-topic probe questions embedded. */
  probes: number;
  /** The percentile `threshold` is (99). */
  percentile: number;
  /** Cosine similarity above which a passage's similarity counts as evidence. */
  threshold: number;
  /** The probes' best cosine similarities: median, 90th, 95th, 99th percentile and maximum. */
  distribution: { p50: number; p90: number; p95: number; p99: number; max: number };
}

let probes: string[] | null = null;

/**
 * The built-in off-topic questions (`off-topic-probes.txt`: 120 everyday questions about cooking,
 * sport, software, travel, health… in English and Russian, written for calibration).
 */
export function offTopicProbes(): string[] {
  probes ??= readFileSync(join(import.meta.dirname, "off-topic-probes.txt"), "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
  return probes;
}

/** The `p`th percentile (0–100) of sorted values, by linear interpolation. Pure. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const at = (p / 100) * (sorted.length - 1);
  const low = Math.floor(at);
  const high = Math.min(sorted.length - 1, low + 1);
  return (sorted[low] ?? 0) + ((sorted[high] ?? 0) - (sorted[low] ?? 0)) * (at - low);
}

/**
 * Embeds each probe as a question and finds its most similar passage (`nearest` answers the best
 * similarity); returns the distribution and the threshold.
 */
export async function calibrate(
  embedder: Embedder,
  nearest: (query: Float32Array) => number,
  questions: readonly string[] = offTopicProbes(),
): Promise<Calibration> {
  const similarities: number[] = [];
  for (const question of questions) similarities.push(nearest(await embedder.embedQuery(question)));
  return summariseCalibration(similarities);
}

/** The distribution and threshold of the probes' best similarities (one per probe, any order). */
export function summariseCalibration(bestSimilarities: readonly number[]): Calibration {
  const similarities = [...bestSimilarities].sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 10_000) / 10_000;
  const p99 = percentile(similarities, CALIBRATION_PERCENTILE);
  return {
    probes: similarities.length,
    percentile: CALIBRATION_PERCENTILE,
    threshold: round(p99),
    distribution: {
      p50: round(percentile(similarities, 50)),
      p90: round(percentile(similarities, 90)),
      p95: round(percentile(similarities, 95)),
      p99: round(p99),
      max: round(similarities.at(-1) ?? 0),
    },
  };
}
