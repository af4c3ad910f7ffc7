import { isAppError } from "../../src/errors.ts";

/**
 * Prints an error for a person at a terminal: our errors by their message (they say what to
 * run), anything else briefly. The stack only with DEBUG=1. Returns the exit code.
 */
export function reportCliError(
  error: unknown,
  stderr: Pick<NodeJS.WritableStream, "write"> = process.stderr,
  env: Record<string, string | undefined> = process.env,
): number {
  if (isAppError(error)) {
    stderr.write(`Error: ${error.message}\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    stderr.write(`Unexpected error: ${message}\n(run with DEBUG=1 for details)\n`);
  }
  if (env.DEBUG === "1" && error instanceof Error && error.stack) stderr.write(`${error.stack}\n`);
  return 1;
}
