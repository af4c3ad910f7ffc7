import { unwrapHardBreaks } from "./unwrap.ts";

/**
 * Two columns of a printed page side by side in its text copy (a PDF converted to text keeps the layout): each
 * row holds a line of the left column, a gap, and a line of the right column, under two headings in capitals
 * ("HOW IT STARTED                 THE RESPONSE"). Read row by row, the columns' sentences interleave; read
 * column by column, they are the story's.
 */

/** A row of two headings in capitals with a gap between them; group 1 is the left one, group 2 the right one. */
const HEADINGS_ROW = /^(\S(?:.*\S)?)\s{3,}(\S.*\S)\s*$/u;
/** Fewest characters left of the right column: a narrower "column" is a label or a number in a table. */
const MIN_LEFT_WIDTH = 20;
/** Fewest rows of a two-column block. */
const MIN_ROWS = 4;

/** Whether a text is in capitals (letters, none lower-case). */
function isCapitals(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** Where a row's right column starts at `at` (two spaces or more before it, text after it), as its two parts; else null. */
function splitAtGap(row: string, at: number): [string, string] | null {
  if (row.length <= at || row[at] === " " || row[at - 1] !== " " || row[at - 2] !== " ") return null;
  const left = row.slice(0, at).trimEnd();
  return left === "" ? null : [left, row.slice(at).trim()];
}

/**
 * A row whose gap a converter dropped (the left line was too long for its column): the right column's part is the
 * longest run of its last words that fits the right column's widest line.
 */
function splitRunTogether(row: string, rightWidth: number): [string, string] | null {
  const words = row.trim().split(/\s+/u);
  let right = "";
  let cut = words.length;
  for (let i = words.length - 1; i > 0; i--) {
    const longer = right === "" ? (words[i] ?? "") : `${words[i] ?? ""} ${right}`;
    if (longer.length > rightWidth) break;
    right = longer;
    cut = i;
  }
  return right === "" ? null : [words.slice(0, cut).join(" "), right];
}

/**
 * Lines with every two-column block read column by column: the left heading and column, a blank line, the right
 * heading and column, a blank line; each column's lines unwrapped at its width (see `unwrapHardBreaks`). A block is a row of two capitals headings (the right one at least
 * `MIN_LEFT_WIDTH` characters in) and the rows right under it (a blank line between allowed), up to a blank line;
 * at least `MIN_ROWS` rows, most of them with a gap of two spaces or more where the right heading starts. Rows
 * without that gap are split by the right column's width. Pure.
 */
export function withoutColumnLayout(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = (lines[i] ?? "").replace(/\s+$/u, "");
    const head = HEADINGS_ROW.exec(raw);
    const at = head ? raw.length - (head[2] ?? "").length : -1;
    const block = head && isCapitals(head[1] ?? "") && isCapitals(head[2] ?? "") && at >= MIN_LEFT_WIDTH ? columnBlock(lines, i + 1, at) : null;
    if (!head || block === null) {
      out.push(lines[i] ?? "");
      continue;
    }
    out.push(head[1] ?? "", ...block.left, "", head[2] ?? "", ...block.right, "");
    i = block.end - 1;
  }
  return out;
}

/** The two columns of the rows from `start` (a blank line first allowed) whose right column starts at `at`, and where they end; null when they are not a block. */
function columnBlock(lines: readonly string[], start: number, at: number): { left: string[]; right: string[]; end: number } | null {
  let from = start;
  if ((lines[from] ?? "").trim() === "") from++;
  let end = from;
  while (end < lines.length && (lines[end] ?? "").trim() !== "") end++;
  const rows = lines.slice(from, end).map((row) => row.replace(/\s+$/u, ""));
  if (rows.length < MIN_ROWS) return null;
  const split = rows.map((row) => splitAtGap(row, at));
  const gapped = split.filter((parts): parts is [string, string] => parts !== null);
  // (A row of a table has more gaps than one: its columns are not prose.)
  if (gapped.length * 2 < rows.length || gapped.some(([left, right]) => /\S\s{3,}\S/u.test(left) || /\S\s{3,}\S/u.test(right))) return null;
  const leftWidth = Math.max(...gapped.map(([left]) => left.length));
  const rightWidth = Math.max(...gapped.map(([, right]) => right.length));
  const left: string[] = [];
  const right: string[] = [];
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k] ?? "";
    const parts = split[k] ?? (row.length <= at ? [row.trim(), ""] : splitRunTogether(row, rightWidth));
    if (parts === null) return null;
    left.push(parts[0]);
    if (parts[1] !== "") right.push(parts[1]);
  }
  // Each column is wrapped at its own width.
  return { left: unwrapHardBreaks(left, leftWidth), right: unwrapHardBreaks(right, rightWidth), end };
}
