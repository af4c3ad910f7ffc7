/**
 * The day a plain-text page's boxed news label carries after a middle dot, between its dashed rules ("WALL NEWS  ·  16.11.2031",
 * «НОВОСТИ МАГАЗИНА · 5 марта 2033»): it dates the post under the box when nothing in the post does (see `readNoticeBoxPage`,
 * `readNewsBoxPage`). Pure.
 */
import { RULE_DASHES } from "./prose-section.ts";

/** A label in capitals, then its day after a middle dot; group 1 is the day. */
const DATED_LABEL = /^[^\p{Ll}·]{3,60}?\s+·\s+([^·]{4,40})$/u;

/** The date (ISO) of the first dated label right under a dashed rule, read by `stampDate`; or null. */
export function newsBoxLabelDate(lines: readonly string[], stampDate: (text: string) => string | null): string | null {
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!(lines[i] ?? "").startsWith(RULE_DASHES)) continue;
    const day = DATED_LABEL.exec((lines[i + 1] ?? "").trim())?.[1];
    const date = day === undefined ? null : stampDate(day.trim());
    if (date !== null) return date;
  }
  return null;
}
