/**
 * A volunteer search-and-rescue squad's orientation page for a missing person: the squad's head, a quoted status banner with its
 * update stamp ("> 🟢 **СТАТУС ПОИСКА: НАЙДЕНА, ЖИВА** (обновлено 25.08.2025, 12:15)", "> **SEARCH STATUS: FOUND SAFE** (updated
 * …)"), the orientation, the call for volunteers and the updates between rules, then the page's footer under the last rule (a row of
 * actions on the card, hashtags, the squad's pitch for donations and new members, the copyright). The banner's stamp dates the page,
 * the copyright's owner names the outlet; the footer is furniture.
 */
import { copyrightOwner } from "./sectioned-site-page.ts";

/** A search's status banner with its update stamp. */
const STATUS_BANNER = /^>\s*[^\p{L}]*(?:статус поиска|search status|status of the search)\s*:[^(]*\((?:обновлено|обновлён|updated|last updated)\s+([^)]+)\)/iu;
/** How many filled lines from the top the banner may stand at. */
const MAX_LINES_TO_BANNER = 8;

/** What a squad's orientation page gives: its lines without the footer, the banner's stamp and the copyright's owner. */
export interface SearchOrientation {
  lines: string[];
  stamp: string;
  squad: string | null;
}

/** Reads a squad's orientation page (see the module's note); `null` when no quoted status banner with a stamp opens it. */
export function readSearchOrientation(lines: readonly string[], isRule: (line: string) => boolean): SearchOrientation | null {
  let filled = 0;
  for (let b = 0; b < lines.length && filled < MAX_LINES_TO_BANNER; b++) {
    const line = (lines[b] ?? "").trim();
    if (line === "") continue;
    filled++;
    // (Cheap test first: the banner is quoted.)
    const stamp = line.startsWith(">") ? STATUS_BANNER.exec(line)?.[1]?.trim() : undefined;
    if (stamp === undefined) continue;
    const lastRule = lines.findLastIndex((ruleLine) => isRule(ruleLine.trim()));
    // (The footer under the last rule is the page's when its copyright closes it.)
    const owner = lastRule > b ? copyrightOwner(lines, lastRule) : null;
    return { lines: owner === null ? [...lines] : lines.slice(0, lastRule), stamp, squad: owner };
  }
  return null;
}
