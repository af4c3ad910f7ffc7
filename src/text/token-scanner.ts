/**
 * The analyser's tokens found by hand: the matches, one after another, of
 *
 *   /[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*|\p{N}{1,3}(?:[ \u00A0\u202F]\p{N}{3})+(?!\p{N})|\p{N}+(?:[.,]\p{N}+)*\/gu
 *
 * (letter runs, hyphenated ones whole; numbers with group separators; numbers with decimals),
 * the same spans the regex finds, without a match array per word: tokenising is the largest part
 * of analysing the sentences of a question's candidate passages.
 */
export const TOKEN_PATTERN = /[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*|\p{N}{1,3}(?:[ \u00A0\u202F]\p{N}{3})+(?!\p{N})|\p{N}+(?:[.,]\p{N}+)*/gu;

/**
 * A code point's class: not yet looked up, none of the others, a letter (`\p{L}`), a mark
 * (`\p{M}`), a number (`\p{N}`). Tokens join letters and marks; words (`countWords`) letters and
 * numbers.
 */
const UNKNOWN = 0;
const OTHER = 1;
const LETTER = 2;
const MARK = 3;
const NUMBER = 4;

const LETTER_CHAR = /^\p{L}$/u;
const MARK_CHAR = /^\p{M}$/u;
const NUMBER_CHAR = /^\p{N}$/u;

/** Classes of the Basic Multilingual Plane's code points, looked up once each (by regex) when first met. */
const BMP_CLASSES = new Uint8Array(0x10000);

/** The class of a code point (see `UNKNOWN` … `NUMBER`). */
function classOf(codePoint: number): number {
  if (codePoint < 0x10000) {
    const known = BMP_CLASSES[codePoint] ?? UNKNOWN;
    if (known !== UNKNOWN) return known;
    const found = lookUp(codePoint);
    BMP_CLASSES[codePoint] = found;
    return found;
  }
  return lookUp(codePoint);
}

function lookUp(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  if (LETTER_CHAR.test(char)) return LETTER;
  if (MARK_CHAR.test(char)) return MARK;
  if (NUMBER_CHAR.test(char)) return NUMBER;
  return OTHER;
}

/** Code units of the code point at `i` (2 for a surrogate pair, else 1). */
function widthAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit < 0xd800 || unit > 0xdbff || i + 1 >= text.length) return 1;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

/** The class of the code point at `i` (`OTHER` past the end). */
function classAt(text: string, i: number): number {
  if (i >= text.length) return OTHER;
  const unit = text.charCodeAt(i);
  if (unit < 128) {
    if ((unit >= 97 && unit <= 122) || (unit >= 65 && unit <= 90)) return LETTER;
    return unit >= 48 && unit <= 57 ? NUMBER : OTHER;
  }
  // Cyrillic letters (U+0410–U+044F): the other common case.
  if (unit >= 0x410 && unit <= 0x44f) return LETTER;
  return classOf(text.codePointAt(i) ?? unit);
}

/** Whether a class is a letter or a mark (what tokens are made of). */
function isLetterOrMark(kind: number): boolean {
  return kind === LETTER || kind === MARK;
}

/** End of the run of letters and marks starting at `i` (`i` when there is none). */
function lettersEnd(text: string, i: number): number {
  let at = i;
  while (at < text.length && isLetterOrMark(classAt(text, at))) at += widthAt(text, at);
  return at;
}

/** End of the run of numbers starting at `i` (`i` when there is none). */
function numbersEnd(text: string, i: number): number {
  let at = i;
  while (at < text.length && classAt(text, at) === NUMBER) at += widthAt(text, at);
  return at;
}

/**
 * Runs of letters and numbers (`[\p{L}\p{N}]+`) in `text`, counted up to `limit`: the matches of
 * that pattern, without a regex test per word.
 */
export function countWords(text: string, limit: number): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length && count < limit; i += widthAt(text, i)) {
    const kind = classAt(text, i);
    const wordChar = kind === LETTER || kind === NUMBER;
    if (wordChar && !inWord) count += 1;
    inWord = wordChar;
  }
  return count;
}

/** Whether the code unit at `i` is a group separator of the number pattern (space, no-break space, narrow no-break space). */
function isGroupSeparator(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  return unit === 0x20 || unit === 0xa0 || unit === 0x202f;
}

/** End of exactly `count` number code points from `i`, or -1 when there are fewer. */
function digitsEnd(text: string, i: number, count: number): number {
  let at = i;
  for (let n = 0; n < count; n++) {
    if (classAt(text, at) !== NUMBER) return -1;
    at += widthAt(text, at);
  }
  return at;
}

/**
 * Walks the tokens of a text: `next()` finds the following one, then `start` and `end` (code-unit
 * offsets) tell where it lies. The same spans as `TOKEN_PATTERN.exec` in a loop.
 */
export class TokenScanner {
  readonly #text: string;
  #at = 0;
  /** Offset of the current token's first code unit. */
  start = 0;
  /** Offset just past the current token. */
  end = 0;
  /** Whether the current token is a letter run (else a number). */
  letters = false;
  /** Whether the current token is hyphenated (letter runs joined by "-"). */
  hyphenated = false;

  constructor(text: string) {
    this.#text = text;
  }

  /** Moves to the next token; false when there is none. */
  next(): boolean {
    const text = this.#text;
    const length = text.length;
    for (let i = this.#at; i < length; ) {
      const kind = classAt(text, i);
      if (isLetterOrMark(kind)) {
        this.#found(i, this.#letterEnd(i), true);
        return true;
      }
      if (kind === NUMBER) {
        this.hyphenated = false;
        this.#found(i, this.#numberEnd(i), false);
        return true;
      }
      i += widthAt(text, i);
    }
    this.#at = length;
    return false;
  }

  #found(start: number, end: number, letters: boolean): void {
    this.start = start;
    this.end = end;
    this.letters = letters;
    this.#at = end;
  }

  /** `[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*` from `i`. */
  #letterEnd(i: number): number {
    const text = this.#text;
    let end = lettersEnd(text, i);
    this.hyphenated = false;
    while (text.charCodeAt(end) === 45 && isLetterOrMark(classAt(text, end + 1))) {
      this.hyphenated = true;
      end = lettersEnd(text, end + 1);
    }
    return end;
  }

  /** `\p{N}{1,3}(?:[ \u00A0\u202F]\p{N}{3})+(?!\p{N})|\p{N}+(?:[.,]\p{N}+)*` from `i`. */
  #numberEnd(i: number): number {
    const text = this.#text;
    const run = numbersEnd(text, i);
    // Grouped: a run of at most 3 number code points (a longer one leaves none of its shorter
    // prefixes before a separator), then as many groups as follow; with a number right after the
    // last group, one group fewer (a separator is no number), and none is no match.
    let count = 0;
    for (let at = i; at < run; at += widthAt(text, at)) count++;
    if (count <= 3) {
      let end = run;
      let previous = -1;
      let groups = 0;
      for (;;) {
        if (!isGroupSeparator(text, end)) break;
        const after = digitsEnd(text, end + 1, 3);
        if (after < 0) break;
        previous = end;
        end = after;
        groups++;
      }
      if (groups > 0) {
        if (classAt(text, end) !== NUMBER) return end;
        if (groups > 1) return previous;
      }
    }
    // With decimals (or none).
    let end = run;
    for (;;) {
      const unit = text.charCodeAt(end);
      if ((unit !== 46 && unit !== 44) || classAt(text, end + 1) !== NUMBER) return end;
      end = numbersEnd(text, end + 1);
    }
  }
}
