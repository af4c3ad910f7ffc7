/**
 * A business's Markdown site whose news column's item (see `readShopNewsColumn`) carries, right under its heading, the emphasized
 * line of a pinned post ("_📌 pinned by the admin · updated 11 July_", «_📌 закреплено администратором · обновлено 11 июля_»).
 * The pin's line goes (its day, when it reads as one, dates the item) and the page is read as a shop's news column; the slogan quoted
 * in the site's head (a line with no number and no sign in it, unlike a notice's day, time, price or warning) goes too.
 */
import type { BusinessPage } from "./business-pages.ts";
import { firstFilled } from "./prose-section.ts";
import { readShopNewsColumn } from "./shop-news-column.ts";

/** A pinned post's emphasized line: the pin's sign or the word, maybe an update's stamp after a dot; group 1 is its text. */
const PINNED_LINE = /^[*_]{1,2}((?:📌\uFE0F?\s*)?(?:pinned|закреплен[оа]?)(?:\s[^*_]{0,80})?)[*_]{1,2}$/iu;
/** What a pin's line holds, looked for before its pattern is tried. */
const PIN_WORDS: readonly string[] = ["📌", "inned", "акреплен"];
/** A Markdown heading of the item (level 2 to 4). */
const ITEM_HEADING = /^#{2,4}\s/u;
/** A slogan quoted in the head: no digit (a notice's day, time or price) and no sign (a warning's "⚠", "!") in it. */
const SLOGAN = /^>\s*[^\d\p{Extended_Pictographic}\u2600-\u27BF!]+$/u;

/**
 * Reads the page with its pin's line taken out (see the module's note); null when no pin's line stands under a heading or the page
 * is no shop's news column then. `isRule` tells a rule, `stampDate` reads a day.
 */
export function readPinnedNewsItem(lines: readonly string[], isRule: (line: string) => boolean, stampDate: (text: string) => string | null): BusinessPage | null {
  // (Cheap test first: an emphasized line holding the pin's sign or word.)
  const at = lines.findIndex((line) => (line.startsWith("_") || line.startsWith("*")) && PIN_WORDS.some((word) => line.includes(word)) && PINNED_LINE.test(line));
  if (at < 0) return null;
  const heading = (lines[at - 1] ?? "").trim() === "" ? at - 2 : at - 1;
  if (!ITEM_HEADING.test(lines[heading] ?? "")) return null;
  const column = readShopNewsColumn([...lines.slice(0, at), ...lines.slice(at + 1)], isRule, stampDate);
  if (!column) return null;
  const stamp = (PINNED_LINE.exec(lines[at] ?? "")?.[1] ?? "").split(/\s+·\s+/u).map((part) => stampDate(part.replace(/^(?:updated|обновлено)\s+/iu, ""))).find((day) => day !== null);
  // (The head's quotes come first in the column's lines, each over a blank line.)
  const out = [...column.lines];
  while (SLOGAN.test((out[0] ?? "").trim()) && firstFilled(out, 1, 2) < 0) out.splice(0, 2);
  return { lines: out, title: column.title, date: column.stamp === null ? (stamp ?? null) : stampDate(column.stamp), outlet: column.site };
}
