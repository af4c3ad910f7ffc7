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
  /** Files in the seeds folder that could not be read as articles, with the reason. */
  skipped: { file: string; reason: string }[];
}
