/**
 * Hard-wrapped text: prose cut into lines of a fixed width (teletext pages, PDF copy-paste, plain-text
 * e-mail newsletters, wire copy, text boxes). A line break ends a sentence for the sentence splitter,
 * so a sentence cut into three lines would become three "sentences": the soft breaks inside a
 * paragraph are joined, the lines meant to stand alone are left as they are.
 */

/** A line break after one of these (a closing quotation mark or bracket may follow) ends a sentence: joining it changes nothing. */
const SENTENCE_END = /[.!?…](?:["'»”’)\]*_]*)$/u;
/** A list item: a bullet or a number opens it ("- ", "* ", "• ", "1. ", "a) "). */
const LIST_ITEM = /^(?:[-*+•·▪◦●■►▸✓✔–—]\s|\d{1,3}[.)]\s|[a-zа-я]\)\s|\[[ xX]\]\s)/u;
/** A row of a timeline or schedule: a time or a date, then a dash or a gap ("0850  First 999 calls", "7 сентября — …", "02:17, 14 окт. — …"). */
const TIMELINE_ROW = /^(?:\d{1,2}[:.]\d{2}|\d{3,4}(?=\s{2})|\d{1,2}\s+\p{L}+\.?)(?:,?\s+\d{1,2}(?:[:.]\d{2}|\s+\p{L}+\.?))?\s*(?:[—–-]\s|\s{2,})/u;
/** A field of a fact box ("Fireball: 6:42 p.m.", «Длина: 54 м»): a short capitalised label and a colon. */
const FIELD_ROW = /^\p{Lu}[\p{L}\p{N} ’'()/-]{0,30}:\s/u;
/** A line that is markup or a drawing, never prose: a heading, a rule, a table row, a box side, HTML, a quotation marker of a quoted page. */
const MARKUP_LINE = /^(?:#{1,6}\s|\||[-=_*─━═—+]{3,}|[│┃║┌└├╔╚╠<]|>{3}|<{3}|!\[|\[\^)/u;
/** A line in Markdown emphasis from end to end ("*Photo: …*", "**Bold label**"): it stands alone. */
const EMPHASIS_LINE = /^([*_]{1,2})\S(?:.*\S)?\1$/u;
/** A gap of three spaces or more, or a tab, inside a line: a table's columns. */
const COLUMN_GAP = /\S(?: {3,}|\t\s*)\S/u;
/** A row of parts separated by " · " or " | ": page furniture or a stamp, never wrapped prose. */
const PARTS_ROW = /\s[·|]\s/u;
/** Pictographs opening a line: a marker of an item that stands alone. */
const LEADING_PICTOGRAPH = /^[\p{Extended_Pictographic}\p{RI}]/u;
/** A capitals line that goes on (a headline broken in two: "TRAM OVERTURNS IN GUILDHALL SQUARE:" over "THREE DEAD, 46 INJURED"). */
const OPEN_ENDED = /(?:[:,&–—-]|\s(?:AND|OF|THE|IN|ON|AT|TO|FOR|И|В|НА|ПО))$/u;
/** A lower-case letter opening a line, after an opening quotation mark or bracket: the sentence goes on. */
const LOWER_START = /^["'«“„(\[]?\p{Ll}/u;
/** An upper-case letter or a digit opening a line (a sum's currency sign before the digit: "£72.00 per ticket."). */
const UPPER_OR_DIGIT_START = /^["'«“„(\[]?(?:[\p{Lu}\p{N}]|[£$€₽]\d)/u;
/** The first unit of a line: a word, or a number with the word after it ("1 November", "10 mph"), which wrapping keeps together. */
const FIRST_UNIT = /^\S*\d\S*\s+\S+|^\S+/u;
/** Quotation markers opening a line ("> ", ">> "). */
const QUOTE_PREFIX = /^(?:>\s?)+/u;

/**
 * A word that never ends a sentence closing a line (a conjunction, an article, a preposition: "…; and" / "Mr Pennock, who…",
 * «с 8:00 до» / «20:00.»): the sentence goes on, whatever the next line opens with.
 */
const OPEN_WORD_END = /(?<!\p{L})(?:and|or|but|nor|the|an?|of|to|with|for|by|at|in|on|from|into|и|или|а|но|в|во|на|до|с|со|по|за|от|к|ко|у|о|об|для|из|при)$/iu;

/** Fewest certain soft breaks (a sentence going on in lower case on the next line) that make a text hard-wrapped. */
const MIN_SOFT_BREAKS = 3;
/** Widest wrap (characters) taken for hard wrapping: longer lines are paragraphs on one line. */
const MAX_WRAP_WIDTH = 100;

interface WrapLine {
  /** Leading spaces. */
  indent: number;
  /** The line without its indentation, trailing spaces and quotation markers. */
  text: string;
  /** Its quotation markers ("> "), compared without spaces. */
  quote: string;
  /** Its length without trailing spaces, indentation included. */
  width: number;
}

function wrapLine(raw: string): WrapLine {
  const trimmedEnd = raw.replace(/\s+$/u, "");
  const content = trimmedEnd.trimStart();
  const quote = QUOTE_PREFIX.exec(content)?.[0] ?? "";
  return {
    indent: trimmedEnd.length - content.length,
    text: content.slice(quote.length).trim(),
    quote: quote.replace(/\s/gu, ""),
    width: trimmedEnd.length,
  };
}

/** Whether a line is all capitals (at least two letters, no lower-case one): a heading or a label. */
function isCapitals(text: string): boolean {
  return !/\p{Ll}/u.test(text) && (text.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/** Whether a line stands alone by its look, whatever comes around it: markup, a list item, a table row, a row of parts. */
function standsAlone(line: WrapLine): boolean {
  const { text } = line;
  return (
    MARKUP_LINE.test(text) ||
    LIST_ITEM.test(text) ||
    TIMELINE_ROW.test(text) ||
    EMPHASIS_LINE.test(text) ||
    COLUMN_GAP.test(text) ||
    PARTS_ROW.test(text) ||
    LEADING_PICTOGRAPH.test(text)
  );
}

/** Whether line `a` ends a sentence for good, so that joining `b` to it would change nothing. */
function endsSentence(a: WrapLine): boolean {
  return SENTENCE_END.test(a.text);
}

/**
 * Whether the break between `a` (the last physical line so far) and `b` is soft. `first` is the first
 * physical line of the logical line `a` ends; `width` the text's wrap width, null when it is not
 * hard-wrapped as a whole.
 */
function isSoftBreak(first: WrapLine, a: WrapLine, b: WrapLine, width: number | null): boolean {
  if (a.text === "" || b.text === "" || a.quote !== b.quote || standsAlone(b) || endsSentence(a)) return false;
  // (A list item or a timeline row may go on; the rest of what stands alone does not.)
  if (standsAlone(first) && !(TIMELINE_ROW.test(first.text) || LIST_ITEM.test(first.text))) return false;
  if (isCapitals(a.text)) {
    // A capitals headline broken over two lines of a hard-wrapped text.
    return width !== null && isCapitals(b.text) && OPEN_ENDED.test(a.text) && a.width + b.width <= 2 * width;
  }
  if (isCapitals(b.text)) return false;
  // A hanging indent: the line goes on under the text of a list item or a timeline row (in lower case
  // in any text; in a hard-wrapped one, however it opens).
  if (b.indent > first.indent && b.indent >= a.indent && (width !== null || LOWER_START.test(b.text))) return true;
  // A list item or a timeline row goes on only under a hanging indent.
  if (LIST_ITEM.test(first.text) || TIMELINE_ROW.test(first.text)) return false;
  if (LOWER_START.test(b.text)) return true;
  // (In a hard-wrapped text, a line ending in a word that opens what follows goes on: "…; and" / "Mr Pennock, who had sore eyes."; so
  // does one ending in a word broken by a hyphen: "…the road to Saint-" / "Denis".)
  if (width !== null && (OPEN_WORD_END.test(a.text) || BROKEN_WORD_END.test(a.text)) && UPPER_OR_DIGIT_START.test(b.text) && !FIELD_ROW.test(b.text)) return true;
  if (width === null || !UPPER_OR_DIGIT_START.test(b.text) || FIELD_ROW.test(b.text) || a.width < width / 2) return false;
  // The next line's first word (a number with its unit) did not fit on this one: the wrap moved it.
  const unit = FIRST_UNIT.exec(b.text)?.[0] ?? b.text;
  return a.width + 1 + unit.length > width;
}

/**
 * The wrap width of a text: the longest line ending in a certain soft break (a sentence going on in
 * lower case on the next line, also under a list item's hanging indent), when there are at least `minSoftBreaks` of them and that line is
 * at most `MAX_WRAP_WIDTH` long; else null (lines are paragraphs, or the breaks are too few to tell).
 */
export function wrapWidth(lines: readonly string[], minSoftBreaks = MIN_SOFT_BREAKS): number | null {
  const parsed = lines.map(wrapLine);
  const widths: number[] = [];
  for (let i = 0; i + 1 < parsed.length; i++) {
    const a = parsed[i] as WrapLine;
    const b = parsed[i + 1] as WrapLine;
    if (a.text === "" || a.quote !== b.quote || standsAlone(b) || endsSentence(a) || isCapitals(a.text) || !LOWER_START.test(b.text)) continue;
    // (A list item or a timeline row going on in lower case under its hanging indent counts too.)
    const hanging = (LIST_ITEM.test(a.text) || TIMELINE_ROW.test(a.text)) && b.indent > a.indent;
    if (!standsAlone(a) || hanging) widths.push(a.width);
  }
  if (widths.length < minSoftBreaks) return null;
  const width = Math.max(...widths);
  return width <= MAX_WRAP_WIDTH ? width : null;
}

/** A word broken at the line's end by a hyphen ("night-" / "club"): a letter before the hyphen, none after it. */
const BROKEN_WORD_END = /(?<=\p{L}\p{Ll})-$/u;
/** A word that shows a hyphen at a line's end stands for a word of its own ("pre-" / "and post-war", «северо-» / «и юго-западный»). */
const WORD_AFTER_SUSPENDED_HYPHEN = /^(?:and|or|nor|to|и|или|либо|а)(?!\p{L})/u;

/** A particle a Russian word takes after a hyphen («кто-то», «где-либо», «когда-нибудь», «скажи-ка»): the hyphen is the word's. */
const PARTICLE_AFTER_HYPHEN = /^(?:то|либо|нибудь|ка|таки|де)(?!\p{L})/u;
/** A first part that is written with a hyphen ("self-", "well-", "twenty-", «кое-», «северо-», «юго-»): the hyphen is the word's. */
const HYPHENATED_FIRST_PART =
  /(?<!\p{L})(?:self|well|half|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|кое|северо|юго|ярко|тёмно|темно|светло|бледно)-$/iu;
/** A word's letters with the hyphens inside it ("north-west", «северо-западный»), as the text writes it. */
const WORD_FORM = /\p{L}+(?:-\p{L}+)*/gu;

/** The forms (lower case) the words of `lines` take inside the lines, not broken at their ends: what tells a compound from a broken word. */
function wordForms(lines: readonly string[]): Set<string> {
  const forms = new Set<string>();
  for (const line of lines) for (const word of line.replace(/\p{L}+-\s*$/u, "").match(WORD_FORM) ?? []) forms.add(word.toLowerCase());
  return forms;
}

/**
 * Two wrapped lines as one: joined by a space, or, when a word is broken by a hyphen at the line's end and goes on in
 * lower case ("serious-" / "ly hurt"), without the hyphen ("seriously hurt"), as a converter's soft hyphen — unless the
 * joined word is a compound (its hyphen kept, no space): a particle after it («кто-» / «то»), a first part written with a
 * hyphen ("well-" / "known", «северо-» / «западный»), or the text writes the word with its hyphen elsewhere and never without
 * (`forms`, see `wordForms`). A word going on in capitals or digits keeps its hyphen too ("Сен-" / "Жермен", "COVID-" / "19").
 */
function joinWrapped(before: string, after: string, formsOf: () => ReadonlySet<string>): string {
  if (!BROKEN_WORD_END.test(before) || WORD_AFTER_SUSPENDED_HYPHEN.test(after)) return `${before} ${after}`;
  if (!/^\p{Ll}/u.test(after)) return /^[\p{Lu}\d]/u.test(after) ? `${before}${after}` : `${before} ${after}`;
  const head = /\p{L}+(?:-\p{L}+)*-$/u.exec(before)?.[0] ?? "";
  const tail = /^\p{L}+(?:-\p{L}+)*/u.exec(after)?.[0] ?? "";
  const hyphenated = `${head}${tail}`.toLowerCase();
  const joined = `${head.slice(0, -1)}${tail}`.toLowerCase();
  const compound = PARTICLE_AFTER_HYPHEN.test(after) || HYPHENATED_FIRST_PART.test(before) || (formsOf().has(hyphenated) && !formsOf().has(joined));
  return compound ? `${before}${after}` : `${before.slice(0, -1)}${after}`;
}

/**
 * Lines with the soft breaks inside paragraphs joined (by one space, or without a soft hyphen that broke a word;
 * the quotation markers of the joined line go). Pure.
 *
 * A break is soft when the line before it does not end a sentence and the next line
 * - goes on in lower case ("…a retired music teacher who was waiting at" / "the shelter, and…"), or,
 *   in a hard-wrapped text (see `wrapWidth`; `width` gives it for a box),
 * - opens with a word (a number with its unit) that did not fit on the line before ("…taken to
 *   Kingsmere Royal" / "Infirmary (KRI)…"), or follows a line ending in a word that never ends a sentence ("…; and" /
 *   "Mr Pennock…", «…с 8:00 до» / «20:00.»),
 * - is indented under the text of a list item or a timeline row (a hanging indent), or
 * - goes on with a capitals headline broken after a colon or comma.
 *
 * Never joined: list items, table rows (a gap of three spaces or a tab), headings, rules, a fact box's fields
 * ("Breakup altitude: 27 km"), timeline rows, lines of separated parts (bylines, stamps), lines in
 * emphasis or opened by a pictograph, quotation markers of another depth, and any line after one
 * that ends a sentence (such a break splits nothing).
 */
export function unwrapHardBreaks(lines: readonly string[], width: number | null = wrapWidth(lines)): string[] {
  // (The text's word forms are gathered only when a word is broken at a line's end: most texts have none.)
  let forms: Set<string> | null = null;
  const formsOf = (): Set<string> => (forms ??= wordForms(lines));
  const out: string[] = [];
  let first: WrapLine | null = null;
  let last: WrapLine | null = null;
  for (const raw of lines) {
    const line = wrapLine(raw);
    if (first !== null && last !== null && out.length > 0 && isSoftBreak(first, last, line, width)) {
      out[out.length - 1] = joinWrapped((out.at(-1) ?? "").replace(/\s+$/u, ""), line.text, formsOf);
      last = line;
      continue;
    }
    out.push(raw);
    first = line;
    last = line;
  }
  return out;
}
