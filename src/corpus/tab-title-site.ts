/**
 * A shop's or club's page saved with its browser tab's title as its first line: the site's name, a bar, the page's name ("Sugar &
 * Spindrift Cake Co. | Order a Celebration Cake", «Пекарня «Колосок» | Заказ торта»). When a copyright line among the page's last
 * lines repeats the name, the name is the outlet.
 */
import { footerCopyrightLine } from "./footer-copyright.ts";

/** A tab's title: the site's name, a bar, the page's name; group 1 is the site's name. */
const TAB_TITLE = /^([^|]{3,60}?)\s+\|\s+[^|]{3,80}$/u;

/** The site's name of the tab's title opening the page, when the page's copyright repeats it (see the module's note); or null. */
export function tabTitleSiteName(lines: readonly string[]): string | null {
  const first = (lines.find((line) => line.trim() !== "") ?? "").trim();
  // (Cheap test first: a bar in the first line.)
  if (!first.includes(" | ")) return null;
  const name = TAB_TITLE.exec(first)?.[1];
  if (name === undefined || /[.!?:]\s/u.test(name)) return null;
  return footerCopyrightLine(lines, (line) => line.includes(name), 0) === null ? null : name;
}
