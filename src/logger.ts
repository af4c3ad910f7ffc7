import { pino, type Logger } from "pino";

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

/**
 * The app's logger: JSON lines on stdout at `level`. Known secret fields are redacted, and URLs
 * (which for Telegram file downloads contain the token) are replaced by `[Redacted]` too.
 */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  const options = {
    level,
    base: { app: "newsquote-bot" },
    redact: { paths: REDACTED_PATHS, censor: "[Redacted]" },
  };
  return destination ? pino(options, destination as pino.DestinationStream) : pino(options);
}

/** The narrow logging interface the bot layer depends on (pino's `Logger` satisfies it). */
export interface AppLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}
