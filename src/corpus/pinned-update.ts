/**
 * A business directory's listing with a pinned update: the site's search bar, menus and breadcrumb, then a banner between rules
 * ("📌 PINNED COMMUNITY UPDATE · added Thu 6 Nov 2036, 09:15" over who posted it and its sources, «📌 ЗАКРЕПЛЁННОЕ ОБНОВЛЕНИЕ ·
 * добавлено …»), the update itself (its headline, then its text) down to the next rule, then the business's card: its rating, address,
 * opening hours, map, paused reviews, similar businesses and the site's footer. The update is the story: its headline is the title,
 * the banner's stamp dates it, the site's copyright names the outlet; the page's head, the banner, the platform's note that the
 * update will be removed and the card are furniture.
 */

/** A pinned update's banner ("PINNED COMMUNITY UPDATE · added …", «ЗАКРЕПЛЁННОЕ ОБНОВЛЕНИЕ · добавлено …»). */
const PINNED_BANNER = /^[^\p{L}]*(?:pinned|закрепл[её]нн?(?:ое|ая|ый|ые)?)(?![\p{L}]).{0,40}?(?:update|news|notice|post|обновление|новость|объявление|сообщение)(?![\p{L}])/iu;
/** The platform's note closing the update ("This update will be removed when …", «Это обновление будет удалено, когда …»). */
const REMOVAL_NOTE = /^(?:this|the) (?:update|notice|post|message) will be (?:removed|deleted|taken down|hidden)\b|^(?:это|данное|такое) (?:обновление|объявление|сообщение) будет (?:удалено|снято|скрыто)/iu;
/** The banner's stamp after its word ("added Thu 6 Nov 2036, 09:15", «добавлено 6 ноября 2036, 09:15»). */
const BANNER_STAMP = /(?:^|[\s·|,])(?:added|posted|updated|pinned on|добавлено|обновлено|опубликовано|закреплено)\s+(?:on\s+)?([^·|]+)/iu;
/** A footer's copyright after the site's name ("LocalLens © 2036 · About · …", «ЯСправка © 2036»). */
const NAME_COPYRIGHT = /^([\p{L}\p{N}][\p{L}\p{N} .&'’-]{0,40}?)\s+(?:©|\(c\))\s*(?:\d{4}|$)/iu;
/** How many filled lines from the top the banner may stand at. */
const MAX_LINES_TO_BANNER = 25;
/** Most lines between the banner and the rule under it (who posted it, its sources, wrapped). */
const MAX_BANNER_LINES = 6;
/** Fewest filled lines in the update (its headline and its text). */
const MIN_UPDATE_LINES = 3;
/** Longest headline (characters). */
const MAX_TITLE_CHARS = 150;

/** What a listing's pinned update gives: its text, its headline, the banner's stamp (or its line) and the site's name. */
export interface PinnedUpdate {
  lines: string[];
  title: string | null;
  stamp: string;
  site: string | null;
}

/** Reads a listing's pinned update (see the module's note); `null` when the page has no banner between rules over a ruled-off update. */
export function readPinnedUpdate(lines: readonly string[], isRule: (line: string) => boolean): PinnedUpdate | null {
  let filled = 0;
  for (let b = 0; b < lines.length && filled < MAX_LINES_TO_BANNER; b++) {
    const line = (lines[b] ?? "").trim();
    if (line === "") continue;
    filled++;
    // (A cheap test first: the banner's word.)
    const lower = line.toLowerCase();
    if (!lower.includes("pinned") && !lower.includes("закрепл")) continue;
    if (!PINNED_BANNER.test(line) || !isRule((lines[b - 1] ?? "").trim())) continue;
    let open = -1;
    for (let i = b + 1; i < lines.length && i <= b + MAX_BANNER_LINES; i++) if (isRule((lines[i] ?? "").trim())) { open = i; break; }
    if (open < 0) return null;
    let close = -1;
    for (let i = open + 1; i < lines.length; i++) if (isRule((lines[i] ?? "").trim())) { close = i; break; }
    if (close < 0) return null;
    const update = lines.slice(open + 1, close);
    const texts = update.map((text, i) => ({ text: text.trim(), i })).filter((entry) => entry.text !== "");
    if (texts.length < MIN_UPDATE_LINES) return null;
    const last = texts[texts.length - 1];
    if (last && REMOVAL_NOTE.test(last.text)) update.splice(last.i, 1);
    const first = texts[0];
    let title: string | null = null;
    if (first && first.text.length <= MAX_TITLE_CHARS && !/[.:;,]$/u.test(first.text)) {
      title = first.text;
      update.splice(first.i, 1);
    }
    const site = lines.slice(close + 1).map((text) => NAME_COPYRIGHT.exec(text.trim())?.[1] ?? null).findLast((name) => name !== null) ?? null;
    return { lines: update, title, stamp: (BANNER_STAMP.exec(line)?.[1] ?? line).trim(), site };
  }
  return null;
}
