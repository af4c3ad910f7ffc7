import type { IndexMode } from "./manifest.ts";

/** Progress of an index build, reported as it goes. */
export interface BuildProgress {
  phase: "loading" | "embedding" | "writing" | "done";
  done: number;
  total: number;
}

/** What a rebuild did. */
export interface ReindexReport {
  documents: number;
  passages: number;
  mode: IndexMode;
  buildMs: number;
  added: string[];
  changed: string[];
  removed: string[];
  /** Entries of the seeds folder that were not used as articles, with the reason (what to do about it). */
  skipped: { file: string; reason: string }[];
  /** Problems in files that were used anyway (broken front matter, an invalid date), by file and line. */
  warnings: { file: string; line: number; message: string }[];
}
