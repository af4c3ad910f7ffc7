/**
 * An organisation's printed newsletter saved as text (a cooperative's, a residents' association's): its masthead, the issue's line
 * (number, date, print run), a contents row ("**В номере:** … · …", "In this issue: … · …"), then its stories under level-2
 * headings between rules, its service sections (the board's announcements, congratulations) and its colophon (who founded or
 * publishes it, its address). The colophon's founder or publisher names the outlet (else the masthead), the issue's line dates it,
 * the heading of the story with the most text is the title; the head down to the contents row, the service sections and the
 * colophon are furniture; the other stories stay.
 */

import { filledLines } from "./filled-lines.ts";
import { capitalsAsName } from "./minutes.ts";

/** A contents row: its label, then the items. */
const CONTENTS_ROW = /^(?:\*\*)?(?:в номере|в выпуске|in this issue|inside this issue)\s*:?\s*(?:\*\*)?\s*:?\s+\S/iu;
/** A masthead in a level-1 heading. */
const MASTHEAD = /^#\s+(.+)$/u;
/** A story's level-2 heading. */
const STORY_HEADING = /^##\s+(.+)$/u;
/** A service section's heading: the board's announcements, congratulations, birthdays, classified ads. */
const SERVICE_HEADING = /^(?:объявления|поздравляем|поздравления|с днём рождения|с днем рождения|частные объявления|announcements|notices from the board|congratulations|birthdays|classifieds)(?![\p{L}])/iu;
/** A colophon's opening word: who founded or publishes the newsletter. */
const COLOPHON = /^[*_]*(?:учредитель|издатель|publisher|published by)\s*:?\s+([^.]{2,80}?)(?:\.\s|\.?[*_]*$)/iu;
/** How many filled lines from the top the contents row may stand at. */
const MAX_LINES_TO_CONTENTS = 6;

/** What a newsletter's issue gives: its lines, the lead story's heading, the issue's date and its publisher (or its masthead's name). */
export interface NewsletterIssue {
  lines: string[];
  title: string | null;
  date: string | null;
  outlet: string;
}

/** Reads a newsletter's issue (see the module's note); `null` when no contents row under a masthead in a heading opens the text. */
export function readNewsletterIssue(lines: readonly string[], isRule: (line: string) => boolean, toDate: (text: string) => string | null): NewsletterIssue | null {
  const filled = filledLines(lines, MAX_LINES_TO_CONTENTS).map(({ text, i }) => ({ line: text, i }));
  const contents = filled.find(({ line }) => CONTENTS_ROW.test(line));
  const masthead = MASTHEAD.exec(filled[0]?.line ?? "")?.[1]?.trim();
  if (contents === undefined || masthead === undefined) return null;
  const date =
    filled
      .filter(({ i }) => i < contents.i)
      .flatMap(({ line }) => line.split(/\s+[·|]\s+/u))
      .map((cell) => toDate(cell))
      .find((found) => found !== null) ?? null;
  const kept: string[] = [];
  let service = false;
  for (const line of lines.slice(contents.i + 1)) {
    const heading = STORY_HEADING.exec(line.trim())?.[1];
    if (heading !== undefined) service = SERVICE_HEADING.test(heading);
    else if (isRule(line.trim())) service = false;
    if (!service) kept.push(line);
  }
  const colophon = kept.findLastIndex((line) => line.trim() !== "");
  const publisher = colophon >= 0 ? (COLOPHON.exec((kept[colophon] ?? "").trim())?.[1]?.trim() ?? null) : null;
  if (publisher !== null) kept.splice(colophon, 1);
  // (The story with the most text under its heading is the lead.)
  let lead = -1;
  let best = 0;
  for (let h = 0; h < kept.length; h++) {
    if (!STORY_HEADING.test((kept[h] ?? "").trim())) continue;
    let size = 0;
    for (let k = h + 1; k < kept.length && !STORY_HEADING.test((kept[k] ?? "").trim()) && !isRule((kept[k] ?? "").trim()); k++) size += (kept[k] ?? "").length;
    if (size > best) [lead, best] = [h, size];
  }
  const title = lead >= 0 ? (STORY_HEADING.exec((kept[lead] ?? "").trim())?.[1]?.trim() ?? null) : null;
  if (lead >= 0) kept.splice(lead, 1);
  // (The other stories' headings stay as plain lines: they are not the page's headline.)
  return { lines: kept.map((line) => STORY_HEADING.exec(line.trim())?.[1]?.trim() ?? line), title, date, outlet: publisher ?? capitalsAsName(masthead) };
}
