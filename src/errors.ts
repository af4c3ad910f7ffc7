/**
 * Keys of user-facing messages. Each key has an English and a Russian text in
 * `src/answer/messages.ts`; errors carry a key, never the user-facing text itself,
 * so what the user sees stays apart from what is logged.
 */
export type MessageKey =
  | "error.generic"
  | "error.emptyQuestion"
  | "error.questionTooLong"
  | "error.noWords"
  | "error.indexMissing"
  | "error.indexCorrupt"
  | "error.indexMismatch"
  | "error.modelUnavailable"
  | "error.config"
  | "error.corpusEmpty"
  | "error.badFile";

/** Base class of the project's errors: a name, the user-facing message key and the cause. */
export class AppError extends Error {
  override name = "AppError";
  /** Which user-facing message explains this error (see `MessageKey`). */
  readonly messageKey: MessageKey;

  constructor(message: string, messageKey: MessageKey, options?: { cause?: unknown }) {
    super(message, options);
    this.messageKey = messageKey;
  }
}

/** True when `error` is one of ours (and so has a `messageKey`). */
export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
