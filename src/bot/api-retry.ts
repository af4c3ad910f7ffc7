import { autoRetry } from "@grammyjs/auto-retry";
import { GrammyError, HttpError, type ApiCallFn, type Transformer } from "grammy";

/**
 * How calls to the Telegram Bot API are retried. Every bound is finite: a call fails for good after
 * at most `callBudgetMs`, so a reply that cannot be sent never holds its chat for minutes.
 */
export interface ApiRetryPolicy {
  /** Tries of one call in all (the first included) when the connection fails or the answer is not JSON. */
  networkAttempts: number;
  /** Pause before the second try, in ms; doubled before each further one. */
  firstRetryDelayMs: number;
  /** A try without an answer for this long is abandoned as a failed connection, in ms (getUpdates: on top of its long-poll timeout). */
  attemptTimeoutMs: number;
  /** Retries of a call Telegram answered with 429 (after its `retry_after`) or a 5xx error (by @grammyjs/auto-retry). */
  answerRetries: number;
  /** A 429 asking to wait longer than this is not waited for, in seconds. */
  maxRetryAfterSeconds: number;
  /** Longest one call may take, all its retries included, in ms. */
  callBudgetMs: number;
}

/** The bot's policy: 3 tries 1 s and 2 s apart on a network error, 10 s per try, 25 s per call in all. */
export const API_RETRY_POLICY: Readonly<ApiRetryPolicy> = {
  networkAttempts: 3,
  firstRetryDelayMs: 1_000,
  attemptTimeoutMs: 10_000,
  answerRetries: 5,
  maxRetryAfterSeconds: 10,
  callBudgetMs: 25_000,
};

/** The cause inside the `HttpError` of a call that got no (good) answer in time. */
export class NoAnswerError extends Error {
  override name = "NoAnswerError";
  /** How long the call waited, in ms. */
  readonly waitedMs: number;
  /** Telegram's last refusal meanwhile (e.g. "500: Internal Server Error"), when there was one. */
  readonly lastAnswer: string | undefined;

  constructor(waitedMs: number, options: { cause?: unknown; lastAnswer?: string } = {}) {
    super(
      options.lastAnswer === undefined
        ? `no answer within ${formatSeconds(waitedMs)}`
        : `still failing after ${formatSeconds(waitedMs)} (last answer ${options.lastAnswer})`,
      { cause: options.cause },
    );
    this.waitedMs = waitedMs;
    this.lastAnswer = options.lastAnswer;
  }
}

function formatSeconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

/** The abort signal type of grammY's API calls (the abort-controller shim's; the runner passes one). */
export type ApiSignal = NonNullable<Parameters<ApiCallFn>[2]>;

/** Node's AbortSignal as grammY's type: it works wherever grammY takes one (grammY only listens for "abort"). */
export function apiSignal(signal: AbortSignal): ApiSignal {
  return signal as unknown as ApiSignal;
}

/** What an abort signal of either kind (Node's or the shim's) offers. */
interface AbortSource {
  readonly aborted: boolean;
  addEventListener(type: "abort", listener: () => void): void;
  removeEventListener(type: "abort", listener: () => void): void;
}

/**
 * A signal that aborts when `outer` does or after `ms`; `timedOut()` tells which, `done()` stops the
 * timer and the listening. Works with the shim's signals, which `AbortSignal.any` refuses.
 */
function deadline(outer: AbortSource | undefined, ms: number) {
  const controller = new AbortController();
  let timedOut = false;
  const abort = () => controller.abort();
  const timer = setTimeout(() => {
    timedOut = true;
    abort();
  }, ms);
  if (outer?.aborted) abort();
  else outer?.addEventListener("abort", abort);
  return {
    signal: apiSignal(controller.signal),
    timedOut: () => timedOut,
    done() {
      clearTimeout(timer);
      outer?.removeEventListener("abort", abort);
    },
  };
}

/** Waits `ms`; false when `signal` aborted first. */
function pause(ms: number, signal: AbortSource | undefined): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const stop = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", stop);
      resolve(true);
    }, ms);
    signal?.addEventListener("abort", stop);
  });
}

/**
 * An API transformer that bounds every retry:
 * - `getUpdates` and the methods in `singleTry` get one try (the runner retries polling itself;
 *   a typing indicator or a command menu is not worth delaying an answer for);
 * - every other call: network errors (a dropped connection, a body that is not JSON, no answer
 *   within `attemptTimeoutMs`) are tried `networkAttempts` times in all; 429 and 5xx answers are
 *   retried by @grammyjs/auto-retry (whose own retries of network errors have no bound and are
 *   switched off); and the whole call gives up after `callBudgetMs`.
 * A call that fails for a network reason (or for want of time) fails with grammY's `HttpError`.
 */
export function boundedApiRetry(
  policy: Readonly<ApiRetryPolicy> = API_RETRY_POLICY,
  options: { singleTry?: ReadonlySet<string>; onRetry?: (method: string, attempt: number, error: unknown) => void } = {},
): Transformer {
  const answers = autoRetry({
    maxRetryAttempts: policy.answerRetries,
    maxDelaySeconds: policy.maxRetryAfterSeconds,
    rethrowHttpErrors: true,
  });

  return async (prev, method, payload, signal) => {
    const pollSeconds = method === "getUpdates" ? Number((payload as { timeout?: unknown }).timeout ?? 0) || 0 : 0;
    const attemptMs = policy.attemptTimeoutMs + pollSeconds * 1000;

    // One try, abandoned after `attemptMs` (an HttpError caused by NoAnswerError).
    const once: ApiCallFn = async (m, p, s) => {
      const attempt = deadline(s, attemptMs);
      try {
        return await prev(m, p, attempt.signal);
      } catch (error) {
        if (attempt.timedOut()) throw new HttpError(`Network request for '${m}' failed!`, new NoAnswerError(attemptMs, { cause: error }));
        throw error;
      } finally {
        attempt.done();
      }
    };
    if (method === "getUpdates" || options.singleTry?.has(method)) return once(method, payload, signal);

    // Network errors: `networkAttempts` tries, `firstRetryDelayMs` apart, then twice as long each time.
    let lastAnswer: string | undefined;
    const retried: ApiCallFn = async (m, p, s) => {
      let delay = policy.firstRetryDelayMs;
      for (let attempt = 1; ; attempt++) {
        try {
          const result = await once(m, p, s);
          if (!result.ok) lastAnswer = `${result.error_code}: ${result.description}`;
          return result;
        } catch (error) {
          if (!(error instanceof HttpError) || s?.aborted || attempt >= policy.networkAttempts) throw error;
          options.onRetry?.(m, attempt, error);
          if (!(await pause(delay, s))) throw error;
          delay *= 2;
        }
      }
    };

    const call = deadline(signal, policy.callBudgetMs);
    try {
      return await answers(retried, method, payload, call.signal);
    } catch (error) {
      // Given up for want of time (an aborted try, or a wait between retries cut short): say so.
      const aborted = error instanceof HttpError ? error.error instanceof Error && error.error.name === "AbortError" : !(error instanceof GrammyError);
      if (call.timedOut() && aborted) {
        const why = new NoAnswerError(policy.callBudgetMs, { cause: error, ...(lastAnswer !== undefined ? { lastAnswer } : {}) });
        throw new HttpError(`Network request for '${method}' failed!`, why);
      }
      throw error;
    } finally {
      call.done();
    }
  };
}

/**
 * Why a call to the Bot API failed, in a few words and without the request URL (which holds the
 * token): "connect ECONNREFUSED 127.0.0.1:9", "the answer is not JSON", "no answer within 10 s",
 * "401: Unauthorized".
 */
export function describeApiFailure(error: unknown): string {
  if (error instanceof GrammyError) return `${error.error_code}: ${error.description}`;
  const inner: unknown = error instanceof HttpError ? error.error : error;
  if (inner instanceof NoAnswerError) return inner.message;
  if (inner instanceof Error) {
    if ((inner as Error & { type?: unknown }).type === "invalid-json") return "the answer is not JSON (is this address a Bot API server?)";
    if (inner.name === "AbortError") return "no answer in time";
    const reason = /\breason: (.+)$/s.exec(inner.message)?.[1] ?? inner.message;
    return withoutUrls(reason);
  }
  return withoutUrls(String(inner));
}

function withoutUrls(text: string): string {
  return text.replace(/\bhttps?:\/\/\S+/g, "<url>").replace(/\s+/g, " ").trim();
}
