import { pino, type Logger } from "pino";
import { SECRET_MASK, scrubSecrets } from "./secrets.ts";

/** Paths pino blanks out in every log line, so a bot token can never be printed by accident. */
export const REDACTED_PATHS = [
  "token",
  "*.token",
  "botToken",
  "*.botToken",
  "config.telegram.token",
  "telegram.token",
  "headers.authorization",
  "*.headers.authorization",
  "url",
  "*.url",
];

/** Options of `createLogger`. */
export interface LoggerOptions {
  /** Where JSON lines go; stdout when absent. */
  destination?: NodeJS.WritableStream;
  /**
   * Secret values (the bot token, the webhook secret) scrubbed from every finished line, whatever
   * field or text carries them: an error message holding a request URL, a stack, a nested cause.
   */
  secrets?: readonly string[];
}

/**
 * The app's logger: JSON lines on stdout at `level`. Known secret fields are redacted by path, and
 * every line is scrubbed of the given secret values as it is written, so no field name, message or
 * stack trace can carry the token out.
 */
export function createLogger(level: string, options: LoggerOptions = {}): Logger {
  const secrets = (options.secrets ?? []).filter((s) => s !== "");
  const config = {
    level,
    base: { app: "newsquote-bot" },
    redact: { paths: REDACTED_PATHS, censor: SECRET_MASK },
    hooks: { streamWrite: (line: string) => scrubSecrets(line, secrets) },
  };
  return options.destination ? pino(config, options.destination as pino.DestinationStream) : pino(config);
}

/** The narrow logging interface the bot layer depends on (pino's `Logger` satisfies it). */
export interface AppLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}
