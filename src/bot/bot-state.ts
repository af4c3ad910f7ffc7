import { z } from "zod";
import type { PreviousTurn, RankedPassage, Source } from "../answer/types.ts";
import type { Lang } from "../corpus/article.ts";
import type { BotStore } from "../store/bot-store.ts";
import type { KeptState } from "../store/kept-state.ts";

/** How long a previous turn is kept for a follow-up, in ms (10 minutes). */
export const TURN_TTL_MS = 10 * 60 * 1000;
/** Users (per chat) whose previous turn is kept, at most. */
const MAX_TURNS = 1000;
/** How long a pending button ("More", an upload's Replace/Cancel) stays pressable, in ms. */
export const PENDING_TTL_MS = 30 * 60 * 1000;
/** Pending buttons kept at most, per kind. */
const MAX_PENDING = 500;

/**
 * The passages behind one answer's "More" button, the language of that answer, the chat it was given
 * in (as a salted key: a press from any other chat is refused) and the sources of those passages as
 * they were when answering (so a later rebuild cannot put new titles over old text).
 */
export interface MoreEntry {
  lang: Lang;
  chat: string;
  passages: RankedPassage[];
  sources: Source[];
}

/** A checked upload waiting for the admin to confirm replacing the article of the same name. */
export interface PendingUpload {
  /** The seed file name it is saved under (see `safeSeedFileName`). */
  name: string;
  /** The name the admin's file had, when it differs from `name`. */
  sentAs: string | null;
  /** The file's bytes, base64. */
  base64: string;
  lang: Lang;
  /** The chat the confirmation was asked in (a salted key): a press from any other chat is refused. */
  chat: string;
}

/** The state the bot keeps between updates; it survives a restart (see `KeptState`). */
export interface BotState {
  /** Each user's last answered question, per chat (key: `turnKey`), for follow-ups. */
  turns: KeptState<PreviousTurn>;
  /** Pending "More" buttons, by answer id. */
  more: KeptState<MoreEntry>;
  /** Uploads waiting for Replace / Cancel, by upload id. */
  uploads: KeptState<PendingUpload>;
}

const lang = z.enum(["en", "ru"]);
const source = z.object({
  doc: z.string(),
  name: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  date: z.string().nullable(),
  url: z.string().nullable(),
  lang,
});
const rankedPassage = z.object({
  passage: z.object({ id: z.number(), doc: z.string(), start: z.number(), end: z.number(), text: z.string() }),
  rank: z.number(),
  fused: z.number(),
  bm25: z.number().nullable(),
  similarity: z.number().nullable(),
  anchorInDocument: z.boolean().nullable(),
});
const previousTurn = z.object({ question: z.string(), docs: z.array(z.string()) });
const moreEntry = z.object({ lang, chat: z.string(), passages: z.array(rankedPassage), sources: z.array(source) });
const pendingUpload = z.object({ name: z.string(), sentAs: z.string().nullable(), base64: z.string(), lang, chat: z.string() });

/** Opens the bot's kept state in `store`. */
export function openBotState(store: BotStore): BotState {
  return {
    turns: store.kept<PreviousTurn>({ kind: "turn.v1", ttlMs: TURN_TTL_MS, maxEntries: MAX_TURNS, decode: (v) => previousTurn.safeParse(v).data }),
    more: store.kept<MoreEntry>({ kind: "more.v1", ttlMs: PENDING_TTL_MS, maxEntries: MAX_PENDING, decode: (v) => moreEntry.safeParse(v).data }),
    uploads: store.kept<PendingUpload>({ kind: "upload.v1", ttlMs: PENDING_TTL_MS, maxEntries: MAX_PENDING, decode: (v) => pendingUpload.safeParse(v).data }),
  };
}

/** The key of a user's previous turn in a chat: in a group, one person's question is never read as another's follow-up. */
export function turnKey(store: BotStore, chatId: number, userId: number | undefined): string {
  return store.subjectKey("turn", chatId, userId ?? "anonymous");
}

/** The salted key of a chat, for pending buttons. */
export function chatKey(store: BotStore, chatId: number): string {
  return store.subjectKey("chat", chatId);
}
