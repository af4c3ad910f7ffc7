/**
 * A contact row opening a business's page above its name ("📞 Отдел продаж: +7 (34152) 4-10-10 · Сервис: +7 (34152) 4-10-12 ·
 * Кедрогорск, Северный тракт, 8", "Call us: 01632 960 415 · hello@example.com · Mon–Sat 9–5"): the row's first part is itself a
 * contact (a phone, an e-mail, an address or a contact's label, see `isContactLine`). It may open the page above the shop's name,
 * but it is the site's contacts, never its name: a reader looking for the site's name in the page's first line passes over it,
 * as it passes over an offer banner. A row opening with the name before its contacts ("ACME PLUMBING · Tel 01632 960 111") is
 * not one. Pure.
 */

import { isContactLine } from "./page-footer.ts";
import { LEADING_PICTOGRAPHS } from "./pictographs.ts";

/** Whether `line` is a contact row opening a page (see the module's note). */
export function isHeadContactRow(line: string): boolean {
  const first = (line.trim().replace(/[*_]+/gu, "").split(/\s+[·|]\s+/u)[0] ?? "").replace(LEADING_PICTOGRAPHS, "").trim();
  return first !== "" && isContactLine(first);
}
