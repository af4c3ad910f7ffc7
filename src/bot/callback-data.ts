import { AppError } from "../errors.ts";

/** A field of callback data: its allowed values (typed as their union), or a pattern for free values. */
type FieldSpec = readonly string[] | RegExp;
type FieldValue<S> = S extends readonly (infer L extends string)[] ? L : string;

/** The values of a kind of callback data, by field. */
export type CallbackValues<F extends Record<string, FieldSpec>> = { [K in keyof F]: FieldValue<F[K]> };

/** Telegram's limit on `callback_data`, in bytes. */
export const MAX_CALLBACK_BYTES = 64;

/** Callback data that cannot be sent: a value outside its field, or too long for Telegram. */
export class CallbackDataError extends AppError {
  override name = "CallbackDataError";
  /** The kind of data (its prefix). */
  readonly prefix: string;

  constructor(prefix: string, problem: string) {
    super(`callback data "${prefix}": ${problem}`, "error.generic");
    this.prefix = prefix;
  }
}

/** Packs and unpacks one kind of button data: `prefix:value1:value2…`, in the fields' order. */
export interface CallbackCodec<F extends Record<string, FieldSpec>> {
  readonly prefix: string;
  /** Matches exactly this kind's data (for grammY's `callbackQuery()`). */
  readonly pattern: RegExp;
  /** The data for a button; throws `CallbackDataError` for a value outside its field or data over 64 bytes. */
  pack(values: CallbackValues<F>): string;
  /** The values in a button's data, or null when it is not this kind's (or is malformed). */
  unpack(data: string): CallbackValues<F> | null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Defines a kind of callback data. A field is either a list of values (`["up", "down"]`) or a pattern
 * (`/\w{1,40}/`) its values must match whole; no value may hold ":".
 */
export function callbackCodec<const F extends Record<string, FieldSpec>>(prefix: string, fields: F): CallbackCodec<F> {
  const entries = Object.entries(fields) as [keyof F & string, FieldSpec][];
  const names = entries.map(([name]) => name);
  const sources = entries.map(([, spec]) => (spec instanceof RegExp ? spec.source : spec.map(escapeRegExp).join("|")));
  const pattern = new RegExp(`^${escapeRegExp(prefix)}${sources.map((source) => `:((?:${source}))`).join("")}$`);
  const fieldPatterns = sources.map((source) => new RegExp(`^(?:${source})$`));

  return {
    prefix,
    pattern,
    pack(values) {
      const parts = names.map((name, i) => {
        const value = String(values[name]);
        if (value.includes(":") || !fieldPatterns[i]!.test(value)) throw new CallbackDataError(prefix, `"${name}" cannot be ${JSON.stringify(value)}`);
        return value;
      });
      const data = [prefix, ...parts].join(":");
      if (Buffer.byteLength(data, "utf8") > MAX_CALLBACK_BYTES) throw new CallbackDataError(prefix, `longer than ${MAX_CALLBACK_BYTES} bytes`);
      return data;
    },
    unpack(data) {
      const match = pattern.exec(data);
      if (!match) return null;
      const values: Record<string, string> = {};
      names.forEach((name, i) => {
        values[name] = match[i + 1] ?? "";
      });
      return values as CallbackValues<F>;
    },
  };
}

/** An id on a button: a random hex id, or what an old or forged button holds (checked where it is used). */
const ID = /\w{1,40}/;

/** "More passages" under an answer: `more:<answer id>`. */
export const MORE_BUTTON = callbackCodec("more", { id: ID });
/** 👍 / 👎 under an answer: `fb:<answer id>:up|down`. */
export const VOTE_BUTTON = callbackCodec("fb", { answer: ID, vote: ["up", "down"] });
/** Replace / Cancel when an upload has the name of an existing article: `up:ok|no:<upload id>`. */
export const UPLOAD_BUTTON = callbackCodec("up", { decision: ["ok", "no"], id: ID });
