/** Why bytes are not an article's text. */
export type TextProblem = "empty" | "binary" | "notUtf8";

/** The text of an article file, or why it is not text. */
export type DecodedText = { ok: true; text: string } | { ok: false; problem: TextProblem; reason: string };

/**
 * Decodes a file's bytes as UTF-8 article text: refuses empty or whitespace-only files,
 * binary files (NUL bytes, which UTF-8 text never holds) and invalid UTF-8. Pure; shared by
 * the corpus loader and admin uploads so both judge a file the same way.
 */
export function decodeArticleText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) return { ok: false, problem: "empty", reason: "empty file" };
  if (bytes.includes(0)) return { ok: false, problem: "binary", reason: "binary file (contains NUL bytes), not text" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: "notUtf8", reason: "not valid UTF-8 text" };
  }
  if (text.replace(/^\uFEFF/, "").trim() === "") return { ok: false, problem: "empty", reason: "only whitespace, no text" };
  return { ok: true, text };
}
