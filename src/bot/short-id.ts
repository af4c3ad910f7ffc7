import { randomBytes } from "node:crypto";

/**
 * A new random id (12 hex characters), short enough for callback data (64 bytes at most); random so
 * that a button cannot be guessed, nor name a newer entry after its own has gone.
 */
export function shortId(): string {
  return randomBytes(6).toString("hex");
}
