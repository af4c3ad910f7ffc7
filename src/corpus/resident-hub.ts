/**
 * A residents' or customers' hub page (a landlord's, a student residence's, a utility's) carrying an incident bulletin: the
 * account's status row at the top ("Rent status: PAID to 31/10/2031 · Parcels waiting at reception: 0 · Laundry credit: £4.60",
 * «Баланс: 0,00 ₽ · Заявок в работе: 1») and a form's box between rules ("REPORT A REPAIR" with its fields "[ … ]", its choices
 * "( ) Yes", its "[ SUBMIT REQUEST ]" and the resident's recent requests) are the hub's furniture, as are the hub's head lines between its name and that row (the residence, the academic year). The bulletin's headline over
 * its publication line ("Published Wednesday 15 October 2031, 18:00 · Next update …", «Опубликовано 15 октября 2031 г., 18:00 ·
 * …») is the title, the line dates it; the bulletin's label over the headline ("INCIDENT BULLETIN No. 3") goes with them.
 */

/** A form's field: a labelled input box or a choice ("Describe the problem *   [        ]", "( ) Yes    ( ) No"). */
const FORM_FIELD = /\S\s{2,}\[[^\]]{0,60}\]\s*$|\(\s\)\s+\p{L}/u;
/** A line longer than this (characters) is a paragraph, which no form's box holds. */
const MAX_BOX_LINE_CHARS = 200;
/** A status row's part: a label with a short value ("Rent status: PAID to 31/10/2031", «Баланс: 0,00 ₽»). */
const STATUS_PART = /^\p{Lu}[\p{L} ]{1,40}:\s+\S.{0,30}$/u;
/** A publication line ("Published Wednesday 15 October 2031, 18:00 · …", «Опубликовано 15.10.2031 · …»); group 1 is its day. */
const PUBLISHED = /^(?:published|posted|issued|updated|опубликовано|размещено)\s*:?\s+([^·|]+)/iu;
/** Fewest form fields that make a box between rules a form. */
const MIN_FIELDS = 2;
/** Longest headline (characters). */
const MAX_HEADLINE_CHARS = 200;
/** Longest bulletin's label over the headline (characters). */
const MAX_LABEL_CHARS = 60;

/** What a hub page gives: its lines without the furniture, the bulletin's headline and its publication day. */
export interface ResidentHub {
  lines: string[];
  title: string | null;
  date: string | null;
}

/**
 * Reads a hub page (see the module's note): `null` unless a box between two rules holds `MIN_FIELDS` form fields or more. `isRule`
 * tells a rule, `dateOf` reads a day from a text (or null).
 */
export function readResidentHub(lines: readonly string[], isRule: (line: string) => boolean, dateOf: (text: string) => string | null): ResidentHub | null {
  let open = -1;
  let box: { from: number; to: number } | null = null;
  for (let i = 0; i < lines.length && box === null; i++) {
    const text = (lines[i] ?? "").trim();
    // (A cheap test first: a rule opens with one of its characters.)
    const c = text.charCodeAt(0);
    if (!(c === 61 || c === 45 || c === 0x2500 || c === 0x2550) || !isRule(text)) continue;
    const inside = open >= 0 ? lines.slice(open + 1, i) : [];
    // (A cheap test before the field's pattern: a bracket in the line.)
    if (inside.filter((line) => (line.includes("[") || line.includes("( )")) && FORM_FIELD.test(line)).length >= MIN_FIELDS && inside.every((line) => line.length <= MAX_BOX_LINE_CHARS)) box = { from: open, to: i };
    open = i;
  }
  if (box === null) return null;
  const drop = new Set<number>();
  for (let i = box.from; i <= box.to; i++) drop.add(i);
  // (The account's status row above the box, and the hub's head lines between the hub's name and the row: the residence, the year.)
  const first = lines.findIndex((line) => line.trim() !== "");
  for (let i = 0; i < box.from; i++) {
    const parts = (lines[i] ?? "").trim().split(/\s+·\s+/u);
    if (parts.length < 2 || !parts.every((part) => STATUS_PART.test(part))) continue;
    drop.add(i);
    for (let k = first + 1; k < i; k++) if ((lines[k] ?? "").trim().length <= MAX_LABEL_CHARS && !/[.!?…]$/u.test((lines[k] ?? "").trim())) drop.add(k);
  }
  // The bulletin's headline over its publication line, under the box.
  let title: string | null = null;
  let date: string | null = null;
  const filled = lines.flatMap((line, i) => (i > box.to && (line ?? "").trim() !== "" ? [i] : [])).slice(0, 3);
  for (let k = 0; k + 1 < filled.length && title === null; k++) {
    const at = filled[k] ?? 0;
    const headline = (lines[at] ?? "").trim();
    const day = PUBLISHED.exec((lines[filled[k + 1] ?? 0] ?? "").trim())?.[1];
    if (day === undefined || headline.length > MAX_HEADLINE_CHARS || /[.,;:…]$/u.test(headline)) continue;
    date = dateOf(day.trim());
    if (date === null) continue;
    title = headline;
    drop.add(at).add(filled[k + 1] ?? 0);
    if (k === 1 && (lines[filled[0] ?? 0] ?? "").trim().length <= MAX_LABEL_CHARS) drop.add(filled[0] ?? 0);
  }
  return { lines: lines.filter((_line, i) => !drop.has(i)), title, date };
}
