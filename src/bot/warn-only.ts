import type { AppLogger } from "../logger.ts";

/** A rejection handler that logs `${what} failed (ignored)` as a warning, for calls whose failure must not stop a reply. */
export function warnOnly(logger: AppLogger, what: string): (error: unknown) => void {
  return (error) => logger.warn({ err: error }, `${what} failed (ignored)`);
}

/**
 * Runs bookkeeping (the question log, kept state) whose failure must not cost the user their reply:
 * a failure is logged as a warning and `fallback` is returned.
 */
export function bestEffort<T>(logger: AppLogger, what: string, work: () => T, fallback: T): T {
  try {
    return work();
  } catch (error) {
    logger.warn({ err: error }, `${what} failed (ignored)`);
    return fallback;
  }
}
