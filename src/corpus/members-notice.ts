/**
 * A club's plain-text page whose items are set apart by rows of spaced stars ("* * * * *"): the club's name in capitals opens it,
 * its standing item follows (a competition's results, a fixture list), then, between the stars, a notice to members under its
 * label in capitals ("NOTICE TO MEMBERS FROM THE HON. SECRETARY", «ОБЪЯВЛЕНИЕ ДЛЯ ЧЛЕНОВ КЛУБА») over its headline and its text, and
 * after the closing stars the club's diary and footer. The notice is the story: its headline is the title, the club's name the
 * outlet, a "Last updated <day>" line under it the date. The head, the other items, the label and all after the closing stars go.
 */
import { firstFilled } from "./prose-section.ts";

/** A row of spaced stars setting items apart ("* * * * *", "*  *  *"). */
const STAR_ROW = /^\*(?:\s+\*){2,}$/u;
/** A line of the page's footer saying when it was last updated; group 1 is the day. */
const UPDATED_LINE = /^(?:(?:last |page )?updated|обновлено|страница обновлена)\s*:?\s*(.{6,40}?)\.?$/iu;
/** The longest label or name in capitals (characters). */
const MAX_LABEL_CHARS = 80;
/** The shortest and longest headline (characters). */
const MIN_HEADLINE_CHARS = 10;
const MAX_HEADLINE_CHARS = 160;
/** The shortest paragraph (characters) that shows the notice's text has begun under its headline (its first or second). */
const MIN_TEXT_CHARS = 150;

/** What the reader gives: the notice's lines, its headline, the club's name in capitals and the day the page was updated. */
export interface MembersNotice {
  lines: string[];
  title: string;
  /** The name in capitals opening the page, as written. */
  club: string;
  /** The footer's update day as written, or null. */
  updated: string | null;
}

/** Whether a trimmed line is written in capitals (some letters, none in lower case). */
function isCapitals(line: string): boolean {
  return line !== "" && line.length <= MAX_LABEL_CHARS && line === line.toUpperCase() && line !== line.toLowerCase();
}

/** Whether a trimmed line is a row of spaced stars (cheap test first). */
function isStarRow(line: string): boolean {
  return line.startsWith("* *") && STAR_ROW.test(line);
}

/** Reads a club's page carrying a notice to members between rows of stars (see the module's note); null when the page is not one. */
export function readMembersNotice(lines: readonly string[]): MembersNotice | null {
  const top = firstFilled(lines, 0, lines.length);
  const club = (lines[top] ?? "").trim();
  // (Cheap test first: the page opens with a name in capitals.)
  if (top < 0 || !isCapitals(club)) return null;
  const rows: number[] = [];
  for (let i = top + 1; i < lines.length; i++) if (isStarRow((lines[i] ?? "").trim())) rows.push(i);
  for (let k = 0; k < rows.length; k++) {
    const start = (rows[k] ?? 0) + 1;
    // (Stars with a paragraph right under them part the notice's own scenes: the notice ends at the first stars over a label or a listing.)
    let next = k + 1;
    while (next < rows.length && (lines[firstFilled(lines, (rows[next] ?? 0) + 1, lines.length)] ?? "").trim().length >= MIN_TEXT_CHARS) next++;
    const end = rows[next] ?? lines.length;
    const labelAt = firstFilled(lines, start, end);
    if (labelAt < 0 || !isCapitals((lines[labelAt] ?? "").trim())) continue;
    const headlineAt = firstFilled(lines, labelAt + 1, end);
    const headline = (lines[headlineAt] ?? "").trim();
    if (headlineAt < 0 || headline.length < MIN_HEADLINE_CHARS || headline.length > MAX_HEADLINE_CHARS || isCapitals(headline) || /[.:;]$/u.test(headline)) continue;
    const textAt = firstFilled(lines, headlineAt + 1, end);
    const secondAt = textAt < 0 ? -1 : firstFilled(lines, textAt + 1, end);
    if (textAt < 0 || ((lines[textAt] ?? "").trim().length < MIN_TEXT_CHARS && (lines[secondAt] ?? "").trim().length < MIN_TEXT_CHARS)) continue;
    let updated: string | null = null;
    for (let i = end; i < lines.length; i++) {
      const line = (lines[i] ?? "").trim();
      const match = line.length <= 60 ? UPDATED_LINE.exec(line) : null;
      if (match) updated = (match[1] ?? "").trim();
    }
    return { lines: lines.slice(headlineAt + 1, end), title: headline, club, updated };
  }
  return null;
}
