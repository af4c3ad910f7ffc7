/**
 * An office's Markdown site (a notary's, a lawyer's, a clinic's) whose story section carries no stamp of its own (see
 * `readStorySectionPage`): the page's head then quotes a short notice about it under a label in capitals with its update's day in
 * brackets, pointing below («> 🔔 **ОБЪЯВЛЕНИЕ ДЛЯ ПОСЕТИТЕЛЕЙ (обновлено 16 января 2025 г.)**» / «> Контора временно принимает
 * по другому адресу. Подробности — ниже.», "> **NOTICE TO CLIENTS (updated 16 January 2025)**" / "> Details below."). That day
 * dates the page, and the quoted notice goes (the story below tells it). The site's name may stand in a level-2 heading opening the
 * page, after pictographs («## ⚖ Нотариальная контора …»); the story's heading may open with the notice's label («Объявление:
 * обрушение навеса …», "Notice: roof collapse at …"), which is no part of the headline. Pure.
 */

/** A quoted label in capitals with its update's day in brackets; group 1 is the day. */
const QUOTED_LABEL = /^>\s*(?:[\p{Extended_Pictographic}\u2600-\u27BF][\uFE0F\u200D]*\s*)*\*{0,2}[^\p{Ll}(]{3,60}\((?:обновлено|updated|posted|опубликовано|от)\s+([^)]{4,40}?)\)\*{0,2}$/u;
/** A quoted line pointing below («Подробности — ниже.», "Details below."). */
const POINTS_BELOW = /(?:ниже|below)\s*[.!:]?$/iu;
/** A year's mark after a Russian day («16 января 2025 г.»). */
const YEAR_MARK = /\s+г\.?$/u;
/** A notice's label opening a heading, then a colon; group 1 is the rest. */
const NOTICE_LABEL = /^(?:объявление|внимание|сообщение|notice|announcement|update)\s*:\s+(\S.*)$/iu;
/** A level-2 heading opened by pictographs; group 1 is the name after them. */
const PICTOGRAPH_SECOND_LEVEL = /^##\s+(?:[\p{Extended_Pictographic}\u2600-\u27BF][\uFE0F\u200D]*\s*)+(\S.{2,80}?)\s*#*$/u;

/** What the head's quoted notice gives: its day as written and the indexes of its quoted lines. */
export interface HeadNotice {
  stamp: string;
  lines: number[];
}

/**
 * The head's quoted notice in lines `from`..`to` (exclusive) labelled with its update's day that `stampDate` reads and pointing
 * below (see the module's note); or null.
 */
export function readHeadNotice(lines: readonly string[], from: number, to: number, stampDate: (text: string) => string | null): HeadNotice | null {
  for (let i = from; i < to; i++) {
    const line = (lines[i] ?? "").trim();
    // (Cheap test first: a quoted line with a bracket.)
    if (!line.startsWith(">") || !line.includes("(")) continue;
    const day = QUOTED_LABEL.exec(line)?.[1]?.replace(YEAR_MARK, "").trim();
    if (day === undefined || stampDate(day) === null) continue;
    const quoted = [i];
    for (let j = i + 1; j < to && (lines[j] ?? "").trim().startsWith(">"); j++) quoted.push(j);
    const last = (lines[quoted[quoted.length - 1] ?? i] ?? "").trim();
    return POINTS_BELOW.test(last) ? { stamp: day, lines: quoted } : null;
  }
  return null;
}

/** A heading without the notice's label opening it, its first letter raised («Объявление: обрушение …» → «Обрушение …»). */
export function withoutNoticeLabel(title: string): string {
  const rest = NOTICE_LABEL.exec(title)?.[1];
  return rest === undefined ? title : rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** The site's name in a level-2 heading opened by pictographs («## ⚖ Нотариальная контора …» → «Нотариальная контора …»), or null. */
export function pictographSecondLevelName(line: string): string | null {
  return PICTOGRAPH_SECOND_LEVEL.exec(line.trim())?.[1]?.trim() ?? null;
}
