/** Why bytes are not an article's text. */
export type TextProblem = "empty" | "binary" | "utf16" | "notUtf8";

/** The text of an article file, or why it is not text. */
export type DecodedText = { ok: true; text: string } | { ok: false; problem: TextProblem; reason: string };

/**
 * Decodes a file's bytes as UTF-8 article text: refuses empty or whitespace-only files, UTF-16
 * text (what Windows calls "Unicode": to be saved as UTF-8), binary files (NUL bytes, which UTF-8
 * text never holds) and invalid UTF-8. Pure; shared by the corpus loader and admin uploads so both
 * judge a file the same way.
 */
export function decodeArticleText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) return { ok: false, problem: "empty", reason: "empty file" };
  if (looksLikeUtf16(bytes)) {
    return { ok: false, problem: "utf16", reason: "UTF-16 text, not UTF-8: save it as UTF-8 (e.g. in Notepad: Save as… → Encoding: UTF-8)" };
  }
  if (bytes.includes(0)) return { ok: false, problem: "binary", reason: "binary file (contains NUL bytes), not text" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: "notUtf8", reason: "not valid UTF-8 text: save it as UTF-8" };
  }
  if (text.replace(/^\uFEFF/, "").trim() === "") return { ok: false, problem: "empty", reason: "only whitespace, no text" };
  return { ok: true, text };
}

/**
 * UTF-16 text: a UTF-16 byte order mark (FF FE or FE FF), or, without one, mostly Latin-script
 * text whose every other byte is NUL (at least 40 % of the pairs, all on one side).
 */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  if (bytes.length < 4 || bytes.length % 2 !== 0) return false;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const pairs = bytes.length / 2;
  return (oddNuls >= 0.4 * pairs && evenNuls === 0) || (evenNuls >= 0.4 * pairs && oddNuls === 0);
}
