import type { Passage } from "../corpus/article.ts";

/**
 * The passages of an index by id (dense, 0 … count − 1): held in memory, or read from disk one
 * at a time when a query needs them (an index of a million passages is not parsed up front).
 */
export interface PassageSource {
  /** Ids run from 0 to `count − 1` (passages of documents removed since may be missing). */
  readonly count: number;
  /** The passage with this id, or undefined when there is none (out of range, or removed). */
  get(id: number): Passage | undefined;
}

/** Passages held in an array (`passages[i].id === i`). */
export function passagesInMemory(passages: readonly Passage[]): PassageSource {
  return { count: passages.length, get: (id) => passages[id] };
}
