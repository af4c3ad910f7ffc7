import { randomBytes } from "node:crypto";
import type { Api, Context } from "grammy";
import type { AnswerService, RankedPassage, Source } from "../answer/types.ts";
import type { Lang } from "../corpus/article.ts";
import type { AppLogger } from "../logger.ts";
import { BackgroundJobs } from "./background-jobs.ts";
import { BoundedMap } from "./bounded-map.ts";

/** Pending button presses ("More", upload confirmations) kept at most, per store. */
const MAX_PENDING = 500;
/** How long a pending button stays pressable, in ms. */
const PENDING_TTL_MS = 30 * 60 * 1000;

/**
 * The passages behind one answer's "More" button, the language of that answer, the chat it was
 * given in (a press from any other chat is refused) and the sources of those passages as they were
 * when answering (so a later rebuild cannot put new titles over old text).
 */
export interface MoreEntry {
  lang: Lang;
  chatId: number;
  passages: RankedPassage[];
  sources: Source[];
}

/**
 * What every feature composer needs, built once per bot by `createDeps`. Features hold their own
 * private state (e.g. previous turns, pending uploads); only what two features share lives here.
 */
export interface BotDeps {
  service: AnswerService;
  logger: AppLogger;
  /** The bot's API, for messages sent outside the update being handled (background rebuild reports). */
  api: Api;
  /** Folder uploaded articles are saved into (the one the service indexes). */
  seedsDir: string;
  /** Largest accepted upload, in bytes. */
  maxUploadBytes: number;
  /** Least time between two edits of the reindex progress message, in ms. */
  progressIntervalMs: number;
  /** Questions one user may ask per minute. */
  rateLimitPerMinute: number;
  /** Clock, in ms since the epoch. */
  now: () => number;
  /** Download URL of a file Telegram named by `getFile`. It holds the bot token: never log it. */
  fileUrl(filePath: string): string;
  /** True when the sender may /reindex, /stats and upload articles. */
  isAdmin(ctx: Context): boolean;
  /** A rejection handler that logs `${what} failed (ignored)` as a warning, for calls whose failure must not stop a reply. */
  warnOnly(what: string): (error: unknown) => void;
  /**
   * A new random id (12 hex characters), short enough for callback data (64 bytes at most); random
   * so that a button from before a restart cannot name a newer entry.
   */
  shortId(): string;
  /** Pending "More" buttons: written when answering, read when pressed. */
  more: BoundedMap<string, MoreEntry>;
  /** Rebuilds started from chat (by /reindex or an upload), awaited by `BotApp.idle()`. */
  background: BackgroundJobs;
}

/** A store for pending button presses: bounded in size, each entry pressable for 30 minutes. */
export function pendingStore<V>(now: () => number): BoundedMap<string, V> {
  return new BoundedMap<string, V>(MAX_PENDING, PENDING_TTL_MS, now);
}

/** Builds the shared dependencies; `token` and `apiRoot` only go into file download URLs. */
export function createDeps(options: {
  service: AnswerService;
  logger: AppLogger;
  api: Api;
  token: string;
  apiRoot: string;
  adminIds: readonly number[];
  seedsDir: string;
  maxUploadBytes: number;
  progressIntervalMs: number;
  rateLimitPerMinute: number;
  now: () => number;
}): BotDeps {
  const { logger, token, apiRoot, now } = options;
  const admins = new Set(options.adminIds);
  return {
    service: options.service,
    logger,
    api: options.api,
    seedsDir: options.seedsDir,
    maxUploadBytes: options.maxUploadBytes,
    progressIntervalMs: options.progressIntervalMs,
    rateLimitPerMinute: options.rateLimitPerMinute,
    now,
    fileUrl: (filePath) => `${apiRoot}/file/bot${token}/${filePath}`,
    isAdmin: (ctx) => ctx.from !== undefined && admins.has(ctx.from.id),
    warnOnly: (what) => (error) => logger.warn({ err: error }, `${what} failed (ignored)`),
    shortId: () => randomBytes(6).toString("hex"),
    more: pendingStore<MoreEntry>(now),
    background: new BackgroundJobs(),
  };
}
