/**
 * A sentence as offsets into the text it was found in (UTF-16 code units, `end` exclusive).
 * `text.slice(start, end)` is the sentence without leading or trailing whitespace.
 */
export interface SentenceSpan {
  start: number;
  end: number;
}

/**
 * Whether a UTF-16 code unit can end a sentence (. ! ? …; a run of them counts as one end).
 * Compared as a number: this runs on every character.
 */
function isTerminator(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026;
}

/** Closing quotes and brackets that stay with the sentence they close when glued to its end. */
const CLOSERS = new Set(["”", "»", '"', "'", "’", ")", "]", "“"]);

/** Opening quotes, brackets and dashes that may come before the first letter of a sentence. */
const OPENERS = new Set(["“", "«", '"', "'", "‘", "„", "(", "[", "—", "–", "-"]);

/**
 * Abbreviations (compared in lower case) after which a period does not end a sentence,
 * because a name, number or lower-case word normally follows: titles, "Art. 205", "sq. m",
 * "ст. 205", "ул. Абая", "им. Абая", "млн. тенге", "Дж. Байден".
 */
const ABBREVIATIONS = new Set([
  // English
  "mr", "mrs", "ms", "dr", "st", "prof", "gen", "lt", "sgt", "capt", "gov", "sen", "rev", "hon", "maj", "adm",
  "art", "nos", "vol", "para", "pp", "sq", "vs", "approx", "cf", "incl", "ca", "dept", "govt", "mt", "ft",
  "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  // Transliterated two-letter initials ("K. – Zh. K. Tokayev")
  "zh", "sh", "kh", "ts", "yu", "ya", "ye", "yo",
  // Russian
  "ст", "гг", "им", "ул", "млн", "млрд", "трлн", "тыс", "руб", "коп", "напр", "проф", "акад",
  "кв", "пос", "обл", "чел", "просп", "пер", "наб", "пл", "тел", "рис", "табл", "стр", "гл", "пп", "тт", "дж", "св",
  "доц", "корр", "ред", "изд", "англ", "рус", "лат", "нем", "франц", "ср", "зам", "нач", "пгт", "окр",
]);

/**
 * Abbreviations that are also ordinary words in lower case ("no", "mar", "fig"): they only count
 * as abbreviations when written exactly like this ("No. 5", "Fig. 2").
 */
const CASED_ABBREVIATIONS = new Set(["No", "Mar", "Fig", "Sec", "Col", "Rep", "Pres", "Fr", "Ch"]);

const LETTER = /\p{L}/u;
const LOWER_CASE_LETTER = /\p{Ll}/u;
const TOKEN_CHAR = /[\p{L}\p{N}.]/u;
const SPACE = /\s/u;

/**
 * Splits text into sentences, for English and Russian news text. A sentence ends at `.`, `!`,
 * `?` or `…` (with any closing quotes glued to them) when whitespace and then a capital letter,
 * a digit or an opening quote/dash before one follows, and always at a line break. A period does
 * not end a sentence after an abbreviation ("Art. 205", "St.", "e.g.", "т.е.", "ул.", "млн."), an
 * initial ("В. В. Путин", "K. – Zh. K. Tokayev") or a list number at the start of a line, nor
 * inside numbers, URLs and e-mail addresses ("3.5", "nur.kz/…"). When unsure it keeps text
 * together: a too-long sentence is a longer quote, a wrongly cut one is a broken quote. Pure.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    splitLine(text, lineStart, lineEnd, spans);
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return spans;
}

/** Splits one line `text[start, end)` and appends its sentences to `spans`. */
function splitLine(text: string, start: number, end: number, spans: SentenceSpan[]): void {
  let sentenceStart = start;
  let i = start;
  while (i < end) {
    if (!isTerminator(text.charCodeAt(i))) {
      i += 1;
      continue;
    }
    let runEnd = i;
    while (runEnd < end && isTerminator(text.charCodeAt(runEnd))) runEnd += 1;
    let closeEnd = runEnd;
    while (closeEnd < end && CLOSERS.has(text[closeEnd] ?? "")) closeEnd += 1;
    if (endsSentence(text, sentenceStart, i, runEnd, closeEnd, end)) {
      pushTrimmed(text, sentenceStart, closeEnd, spans);
      sentenceStart = closeEnd;
    }
    i = closeEnd;
  }
  pushTrimmed(text, sentenceStart, end, spans);
}

/**
 * Whether the terminator run `text[runStart, runEnd)` (plus closers up to `closeEnd`) ends the
 * sentence that began at `sentenceStart`, looking at what follows up to the end of the line.
 */
function endsSentence(
  text: string,
  sentenceStart: number,
  runStart: number,
  runEnd: number,
  closeEnd: number,
  lineEnd: number,
): boolean {
  // "3.5", "nur.kz", "e.g.x": no space after the mark, so not an end.
  if (closeEnd >= lineEnd || !SPACE.test(text[closeEnd] ?? "")) return false;
  let next = closeEnd;
  while (next < lineEnd && (SPACE.test(text[next] ?? "") || OPENERS.has(text[next] ?? ""))) next += 1;
  // Only punctuation left on the line (e.g. a stray closing quote typed as `“`): keep it.
  if (next >= lineEnd) return false;
  const following = text[next] ?? "";
  if (LOWER_CASE_LETTER.test(following)) return false;
  const isSinglePeriod = runEnd - runStart === 1 && text[runStart] === ".";
  if (isSinglePeriod && isAbbreviationBefore(text, sentenceStart, runStart)) return false;
  if (isSinglePeriod && isDateline(text.slice(sentenceStart, runStart), text.slice(next, lineEnd))) return false;
  return true;
}

/**
 * "ALMATY. KAZINFORM – …": a capitalised place name opening a line, followed by a capitalised
 * agency name, is the dateline of the first sentence, not a sentence of its own.
 */
function isDateline(before: string, after: string): boolean {
  return /^\s*\p{Lu}[\p{Lu}\- ]{1,40}$/u.test(before) && /^\p{Lu}[\p{Lu}\p{N}.\-]+(?:\s|$)/u.test(after);
}

/** Whether the word just before the period at `period` is an abbreviation, an initial or a list number. */
function isAbbreviationBefore(text: string, sentenceStart: number, period: number): boolean {
  let tokenStart = period;
  while (tokenStart > sentenceStart && TOKEN_CHAR.test(text[tokenStart - 1] ?? "")) tokenStart -= 1;
  const token = text.slice(tokenStart, period);
  if (token === "") return false;
  if (token.includes(".")) {
    // "e.g", "i.e", "т.е", "т.д", "U.S": every part one or two letters.
    return token.split(".").every((part) => part.length >= 1 && part.length <= 2 && [...part].every((c) => LETTER.test(c)));
  }
  if ([...token].length === 1 && LETTER.test(token)) {
    // An initial ("В.", "K.", "m.") stands after a space, a dash or a bracket, not after "°" as in "°C.".
    const before = text[tokenStart - 1];
    return before === undefined || tokenStart === sentenceStart || SPACE.test(before) || OPENERS.has(before);
  }
  if (/^\p{N}+$/u.test(token)) {
    // "1. Первое" at the start of a line is a list number, not a sentence.
    return text.slice(sentenceStart, tokenStart).trim() === "";
  }
  return ABBREVIATIONS.has(token.toLowerCase()) || CASED_ABBREVIATIONS.has(token);
}

/** Appends `text[start, end)` without surrounding whitespace, unless nothing is left. */
function pushTrimmed(text: string, start: number, end: number, spans: SentenceSpan[]): void {
  let s = start;
  let e = end;
  while (s < e && SPACE.test(text[s] ?? "")) s += 1;
  while (e > s && SPACE.test(text[e - 1] ?? "")) e -= 1;
  if (e > s) spans.push({ start: s, end: e });
}
