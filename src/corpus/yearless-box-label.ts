/**
 * A business's plain-text page (a kennel's, a cattery's, a garage's) whose post is boxed between two dashed rules: a label in
 * capitals with who it is from and, after a dash, the post's weekday and day without its year ("FROM THE OFFICE - Wednesday 12
 * November", «ИЗ ОФИСА — среда, 12 ноября»), the post's headline under it, the post's text below the box down to the next dashed
 * rule. Read as a notice box page once the label stands alone (see `readNoticeBoxPage`): the headline is the title; the day dates
 * the post in its copyright's year when the weekday agrees (see `weekdayOf`), else the post stays undated; the name the page opens
 * with is the outlet when the footer confirms it (see `boxedPageSite`). A notice under a starred label in the page's head ("***
 * NOTICE TO ALL OWNERS ***", «*** ВНИМАНИЕ КЛИЕНТАМ ***») is the business's word and stays above the post unless it names a price;
 * the head's other rows, the rates, the box and the footer go; a sentence left broken over two lines is joined. Pure.
 */
import { withBrokenSentencesJoined } from "./broken-sentence.ts";
import { boxedPageSite } from "./dated-box-label.ts";
import { copyrightYear } from "./footer-copyright.ts";
import { readNoticeBoxPage } from "./notice-box-page.ts";
import { weekdayOf } from "./notice-update-stamp.ts";
import { RULE_DASHES } from "./prose-section.ts";

/** A label in capitals, a dash, a weekday and a day with its month; group 1 is the label, 2 the weekday, 3 the day and month. */
const YEARLESS_LABEL = /^(\p{Lu}[^\p{Ll}]{3,60}?)\s+[-—–]\s+(\p{L}+),?\s+(\d{1,2}\s+\p{L}+)$/u;
/** A notice's label in the head between runs of stars. */
const STARRED_LABEL = /^\*{3}\s*[^\p{Ll}*]{3,60}?\s*\*{3}$/u;
/** A price in a line. */
const PRICE = /\d\s*(?:₽|руб|р\.)|[£$€]\s?\d/u;

/** What the reader gives: the post's lines (the head's notice first), its headline, its date (or null) and the site's name (or null). */
export interface YearlessBoxPage {
  lines: string[];
  title: string;
  date: string | null;
  site: string | null;
}

/** The text lines of a starred notice in the page's head above line `to`, unless it names a price; else none. */
function headNotice(lines: readonly string[], to: number): string[] {
  for (let i = 0; i < to; i++) {
    const line = (lines[i] ?? "").trim();
    if (!line.startsWith("***") || !STARRED_LABEL.test(line)) continue;
    const text: string[] = [];
    for (let j = i + 1; j < to && (lines[j] ?? "").trim() !== ""; j++) text.push((lines[j] ?? "").trim());
    return text.some((row) => PRICE.test(row)) ? [] : text;
  }
  return [];
}

/**
 * Reads the page with its yearless box label cut down to the label (see the module's note); null when no line right under a dashed
 * rule is such a label, or the page is no notice box page then. `isRule` tells a rule, `stampDate` reads a day.
 */
export function readYearlessBoxLabel(lines: readonly string[], isRule: (line: string) => boolean, stampDate: (text: string) => string | null): YearlessBoxPage | null {
  for (let i = 1; i < lines.length; i++) {
    const above = lines[i - 1] ?? "";
    // (Cheap test first: the line stands right under a dashed rule and opens with a capital.)
    if (!above.startsWith(RULE_DASHES) || !/^\p{Lu}/u.test(lines[i] ?? "") || !isRule(above.trim())) continue;
    const label = YEARLESS_LABEL.exec((lines[i] ?? "").trim());
    const weekday = weekdayOf(label?.[2] ?? "");
    if (!label || weekday < 0 || !/\s/u.test((label[1] ?? "").trim()) || stampDate(`${label[3] ?? ""} 2000`) === null) continue;
    const alone = lines.map((line, j) => (j === i ? (label[1] ?? "").trim() : line));
    const page = readNoticeBoxPage(alone, isRule, stampDate);
    if (page === null) return null;
    const year = copyrightYear(lines);
    const day = year === null ? null : stampDate(`${label[3] ?? ""} ${year}`);
    const date = day !== null && new Date(`${day}T00:00:00Z`).getUTCDay() === weekday ? day : null;
    const notice = headNotice(lines, i - 1);
    // (A sentence the unwrapper left broken over two lines is joined: see `withBrokenSentencesJoined`.)
    const body = withBrokenSentencesJoined(page.lines);
    return { lines: notice.length > 0 ? [...notice, "", ...body] : body, title: page.title, date: stampDate(page.issued ?? "") ?? date, site: boxedPageSite(lines) };
  }
  return null;
}
