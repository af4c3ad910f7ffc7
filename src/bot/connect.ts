import { GrammyError, type Bot, type Context } from "grammy";
import { AppError } from "../errors.ts";
import { scrubSecrets } from "../secrets.ts";
import { apiSignal, describeApiFailure, type ApiSignal } from "./api-retry.ts";

/** Telegram's Bot API server, used when no other root is configured. */
export const DEFAULT_API_ROOT = "https://api.telegram.org";

/** Longest the start-up calls (getMe, then deleteWebhook or setWebhook) may take together, in ms. */
export const STARTUP_TIMEOUT_MS = 50_000;

/** The Bot API could not be reached at start (after the bounded retries); the message is the one line to log. */
export class TelegramUnreachableError extends AppError {
  override name = "TelegramUnreachableError";
  /** The API root that was tried (never holds the token). */
  readonly apiRoot: string;
  /** Why, in a few words (e.g. "connect ECONNREFUSED 127.0.0.1:8081"). */
  readonly reason: string;

  constructor(apiRoot: string, reason: string, options?: { cause?: unknown }) {
    super(`cannot reach the Telegram Bot API at ${apiRoot}: ${reason}`, "error.generic", options);
    this.apiRoot = apiRoot;
    this.reason = reason;
  }
}

/** The bot's first calls to Telegram, made under one deadline (see `startupCalls`). */
export interface StartupCalls {
  /** getMe, which fills `bot.botInfo` (skipped when it is known). */
  identify(): Promise<void>;
  /** Another start-up call (deleteWebhook, setWebhook), given the deadline's signal. */
  call<T>(step: (signal: ApiSignal) => Promise<T>): Promise<T>;
}

/**
 * The bot's first calls to Telegram (getMe, then deleteWebhook or setWebhook), all within one
 * `timeoutMs` from now. Each call is retried only as the bot's API transformer allows (see
 * `boundedApiRetry`), not forever as `bot.init()` would. When Telegram cannot be reached a call
 * throws `TelegramUnreachableError`, with the token scrubbed from its message; an answer from
 * Telegram that refuses the call (401: a bad token) passes through as grammY's `GrammyError`.
 */
export function startupCalls<C extends Context>(bot: Bot<C>, options: { apiRoot?: string; timeoutMs?: number } = {}): StartupCalls {
  const apiRoot = options.apiRoot ?? DEFAULT_API_ROOT;
  const timeoutMs = options.timeoutMs ?? STARTUP_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  async function call<T>(step: (signal: ApiSignal) => Promise<T>): Promise<T> {
    try {
      return await step(apiSignal(signal));
    } catch (error) {
      if (error instanceof GrammyError) throw error;
      const reason = signal.aborted ? `no answer within ${Math.round(timeoutMs / 1000)} s` : describeApiFailure(error);
      const scrub = (text: string) => scrubSecrets(text, [bot.token]);
      throw new TelegramUnreachableError(scrub(apiRoot), scrub(reason), { cause: error });
    }
  }
  return {
    async identify() {
      if (!bot.isInited()) bot.botInfo = await call((s) => bot.api.getMe(s));
    },
    call,
  };
}
