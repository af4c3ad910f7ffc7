/**
 * A business's or club's plain-text page whose boxes are drawn with rules of equals signs ("=====…") instead of dashes: its
 * notice's label in capitals boxed between two of them ("COMMUNITY NOTICE — THE …", «ОБЪЯВЛЕНИЕ ДЛЯ ЖИТЕЛЕЙ»), the notice's
 * headline alone over its body, a third rule closing it. Read as a notice box page (see `readNoticeBoxPage`): the headline is the
 * title, the head, the offers, the other blocks and the footer go.
 */
import { readNoticeBoxPage, type NoticeBoxPage } from "./notice-box-page.ts";

/** Least equals signs of a rule drawn across a plain-text page. */
const RULE_EQUALS = "==========";

/**
 * Reads the page with its rules of equals signs read as dashed rules (see the module's note); null when it has no such rule or is
 * no notice box page then. `isRule` tells a rule, `stampDate` reads a day.
 */
export function readDoubleRuledBox(lines: readonly string[], isRule: (line: string) => boolean, stampDate: (text: string) => string | null): NoticeBoxPage | null {
  // (Cheap test first: a line opened by the rule's signs.)
  if (!lines.some((line) => line.startsWith(RULE_EQUALS))) return null;
  const dashed = lines.map((line) => (line.startsWith(RULE_EQUALS) && isRule(line) ? "-".repeat(line.length) : line));
  return readNoticeBoxPage(dashed, isRule, stampDate);
}
