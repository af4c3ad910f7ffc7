import { letterNameEndsSentence } from "./page-letter-name-end.ts";
import { isPossessiveEnding } from "./trade-possessive-end.ts";
import { isUnitSymbolAfterNumber } from "./studio-unit-symbol.ts";

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

// The character tests below run on every boundary of every passage a question reads: compared as
// UTF-16 code units, ASCII (and the Cyrillic alphabet) without a regex, the rest with the same regex
// as before (`\s`, `\p{Ll}`, `[\p{L}\p{N}.]`).

/** Whether the code unit is whitespace (what `/\s/u` matches; NaN, past the end, is not). */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Whether the code unit is a closing quote or bracket, which stays with the sentence it closes when glued to its end: ” » " ' ’ ) ] “. */
function isCloser(code: number): boolean {
  return code === 0x201d || code === 0xbb || code === 0x22 || code === 0x27 || code === 0x2019 || code === 0x29 || code === 0x5d || code === 0x201c;
}

/** Whether the code unit is one of `OPENERS`. */
function isOpener(code: number): boolean {
  return code === 0x201c || code === 0xab || code === 0x22 || code === 0x27 || code === 0x2018 || code === 0x201e || code === 0x28 || code === 0x5b || code === 0x2014 || code === 0x2013 || code === 0x2d;
}

/** Whether the code unit at `i` is a lower-case letter (`\p{Ll}`; past the end, not). */
function isLowerCaseAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code >= 97 && code <= 122;
  if (code >= 0x0430 && code <= 0x044f) return true;
  if (code >= 0x0410 && code <= 0x042f) return false;
  return LOWER_CASE_LETTER.test(text[i] ?? "");
}

/** Whether the code unit at `i` is a letter, a digit or a period (`[\p{L}\p{N}.]`; past the end, not). */
function isTokenCharAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 46;
  if (code >= 0x0410 && code <= 0x044f) return true;
  return TOKEN_CHAR.test(text[i] ?? "");
}

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
    while (closeEnd < end && isCloser(text.charCodeAt(closeEnd))) closeEnd += 1;
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
  if (closeEnd >= lineEnd || !isSpace(text.charCodeAt(closeEnd))) return false;
  let next = closeEnd;
  while (next < lineEnd && (isSpace(text.charCodeAt(next)) || isOpener(text.charCodeAt(next)))) next += 1;
  // Only punctuation left on the line (e.g. a stray closing quote typed as `“`): keep it.
  if (next >= lineEnd) return false;
  if (isLowerCaseAt(text, next)) return false;
  const isSinglePeriod = runEnd - runStart === 1 && text[runStart] === ".";
  // (A one-letter name after its noun, before a word no surname is, ends the sentence: see `letterNameEndsSentence`.)
  if (isSinglePeriod && isAbbreviationBefore(text, sentenceStart, runStart) && !letterNameEndsSentence(text.slice(Math.max(sentenceStart, runStart - 64), runStart), text.slice(next, Math.min(lineEnd, next + 64)))) return false;
  if (isSinglePeriod && isDateline(text.slice(sentenceStart, runStart), text.slice(next, lineEnd))) return false;
  return true;
}

/** A dateline's place (capitals opening a line) and agency (a capitalised word). (Module constants: tsx turns a regex literal with `\p{…}` into a `new RegExp` made each time it is evaluated.) */
const DATELINE_PLACE = /^\s*\p{Lu}[\p{Lu}\- ]{1,40}$/u;
const DATELINE_AGENCY = /^\p{Lu}[\p{Lu}\p{N}.\-]+(?:\s|$)/u;
/** A token of digits only (a list number). */
const DIGITS = /^\p{N}+$/u;

/**
 * "ALMATY. KAZINFORM – …": a capitalised place name opening a line, followed by a capitalised
 * agency name, is the dateline of the first sentence, not a sentence of its own.
 */
function isDateline(before: string, after: string): boolean {
  return DATELINE_PLACE.test(before) && DATELINE_AGENCY.test(after);
}

/** Whether the word just before the period at `period` is an abbreviation, an initial or a list number. */
function isAbbreviationBefore(text: string, sentenceStart: number, period: number): boolean {
  let tokenStart = period;
  while (tokenStart > sentenceStart && isTokenCharAt(text, tokenStart - 1)) tokenStart -= 1;
  const token = text.slice(tokenStart, period);
  if (token === "") return false;
  if (token.includes(".")) {
    // "e.g", "i.e", "т.е", "т.д", "U.S": every part one or two letters.
    return token.split(".").every((part) => part.length >= 1 && part.length <= 2 && [...part].every((c) => LETTER.test(c)));
  }
  if ([...token].length === 1 && LETTER.test(token)) {
    // (A possessive's "s" after a letter and an apostrophe ends a word, not an initial: "St Ebba's.", see `isPossessiveEnding`.)
    if (isPossessiveEnding(text, tokenStart)) return false;
    // An initial ("В.", "K.", "m.") stands after a space, a dash or a bracket, not after "°" as in "°C.".
    const before = text[tokenStart - 1];
    return before === undefined || tokenStart === sentenceStart || isSpace(before.charCodeAt(0)) || OPENERS.has(before);
  }
  if (DIGITS.test(token)) {
    // "1. Первое" at the start of a line is a list number, not a sentence.
    return text.slice(sentenceStart, tokenStart).trim() === "";
  }
  // (A unit's symbol after a number, a capital after its prefix, is no abbreviation: «110 кВ.», see `isUnitSymbolAfterNumber`.)
  if (isUnitSymbolAfterNumber(text, tokenStart, token)) return false;
  return ABBREVIATIONS.has(token.toLowerCase()) || CASED_ABBREVIATIONS.has(token);
}

/** Appends `text[start, end)` without surrounding whitespace, unless nothing is left. */
function pushTrimmed(text: string, start: number, end: number, spans: SentenceSpan[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s += 1;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e -= 1;
  if (e > s) spans.push({ start: s, end: e });
}
