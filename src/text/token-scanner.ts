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

/** A code point's class: not yet looked up, neither, a letter or mark (`[\p{L}\p{M}]`), a number (`\p{N}`). */
const UNKNOWN = 0;
const OTHER = 1;
const LETTER = 2;
const NUMBER = 3;

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
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
  if (LETTER_OR_MARK.test(char)) return LETTER;
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

/** End of the run of code points of class `kind` starting at `i` (`i` when there is none). */
function runEnd(text: string, i: number, kind: number): number {
  let at = i;
  while (at < text.length && classAt(text, at) === kind) at += widthAt(text, at);
  return at;
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

  constructor(text: string) {
    this.#text = text;
  }

  /** Moves to the next token; false when there is none. */
  next(): boolean {
    const text = this.#text;
    const length = text.length;
    for (let i = this.#at; i < length; ) {
      const kind = classAt(text, i);
      if (kind === LETTER) {
        this.#found(i, this.#letterEnd(i), true);
        return true;
      }
      if (kind === NUMBER) {
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
    let end = runEnd(text, i, LETTER);
    while (text.charCodeAt(end) === 45 && classAt(text, end + 1) === LETTER) end = runEnd(text, end + 1, LETTER);
    return end;
  }

  /** `\p{N}{1,3}(?:[ \u00A0\u202F]\p{N}{3})+(?!\p{N})|\p{N}+(?:[.,]\p{N}+)*` from `i`. */
  #numberEnd(i: number): number {
    const text = this.#text;
    const run = runEnd(text, i, NUMBER);
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
      end = runEnd(text, end + 1, NUMBER);
    }
  }
}
