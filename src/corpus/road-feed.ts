/**
 * A navigation app's road events feed exported as text: the app's menu, the export's line («Экспорт ленты «Дорожные события» ·
 * участок: … · период: 09.11.2032, 05:00–12:00 · экспорт создан 09.11.2032 в 21:05», "Road events feed export · section: … · period:
 * 09.11.2032 …") and its filter row over a rule; then the drivers' reports, each under its event's line («💥 **ДТП** · 06:52 · 148 км,
 * в сторону Сурожска»: the kind, the time, the kilometre) with the votes under it («Подтвердили: 17 · Не подтвердили: 1 · 👍 Спасибо:
 * 58»); then a news story under a rule; then the app's share row, its disclaimer and copyright under the last rule. The events'
 * lines and the drivers' reports tell of the event and stay; the story's heading («## Массовое ДТП в тумане …») is the title, the
 * export's first day the date, the app's name in bold opening its menu the outlet. The menu, the export's line, the filter row, the votes and the closing lines but the copyright are
 * the export's furniture.
 */

/** The export's line («Экспорт ленты «Дорожные события» · … · экспорт создан 09.11.2032», "Road events feed export · …"). */
const EXPORT_LINE = /^(?:экспорт ленты|выгрузка ленты|(?:road events )?feed export|export of (?:the )?(?:road events )?feed)(?!\p{L})/iu;
/** A day in the export's line ("09.11.2032"); groups 1–3 are the day, month and year. */
const EXPORT_DAY = /(\d{1,2})\.(\d{1,2})\.(\d{4})/u;
/** A report's votes («Подтвердили: 17 · Не подтвердили: 1 · 👍 Спасибо: 58», "Confirmed: 17 · Not there: 1 · 👍 Thanks: 58"). */
const VOTES_LINE = /^(?:подтвердили|confirmed|still there)\s*:\s*\d[\d\s]*(?:\s*·\s*(?:👍\s*)?[\p{L} ]{2,20}:\s*\d[\d\s]*)*$/iu;
/** A Markdown heading of the second level or lower. */
const STORY_HEADING = /^#{1,3}\s+(\S.{3,200})$/u;
/** Most filled lines above the first rule that are the export's head. */
const MAX_HEAD_LINES = 5;
/** Most filled lines under the last rule that are the app's closing lines. */
const MAX_CLOSING_LINES = 5;
/** A copyright line. */
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\s)/iu;

/** What a road events export gives: its lines without the furniture, the story's heading, the export's day (`YYYY-MM-DD`) and the app. */
export interface RoadFeed {
  lines: string[];
  title: string | null;
  date: string | null;
  /** The app's name in bold opening its menu («**Колея.Навигатор** — Карта · Маршрут»), or null. */
  app: string | null;
}

/**
 * Reads a road events export (see the module's note): `null` unless the export's line stands among the head's lines above the first
 * rule and a report's votes follow. `isRule` tells a rule. Pure.
 */
export function readRoadFeed(lines: readonly string[], isRule: (line: string) => boolean): RoadFeed | null {
  // (A cheap test first: the export's word among the first filled lines.)
  const top: string[] = [];
  for (let k = 0; k < lines.length && top.length < MAX_HEAD_LINES; k++) if ((lines[k] ?? "").trim() !== "") top.push(lines[k] ?? "");
  if (!top.some((line) => line.includes("кспорт") || line.includes("xport") || line.includes("ыгрузка"))) return null;
  const rule = lines.findIndex((line) => isRule(line.trim()));
  if (rule < 0) return null;
  const head = lines.slice(0, rule).filter((line) => line.trim() !== "");
  const exportLine = head.find((line) => EXPORT_LINE.test(line.trim()));
  if (head.length > MAX_HEAD_LINES || exportLine === undefined || !lines.some((line) => VOTES_LINE.test(line.trim()))) return null;
  const day = EXPORT_DAY.exec(exportLine);
  const date = day ? `${day[3] ?? ""}-${(day[2] ?? "").padStart(2, "0")}-${(day[1] ?? "").padStart(2, "0")}` : null;
  const drop = new Set<number>();
  for (let k = 0; k <= rule; k++) drop.add(k);
  lines.forEach((line, k) => {
    if (VOTES_LINE.test(line.trim())) drop.add(k);
  });
  // The story's heading under a later rule.
  let title: string | null = null;
  const second = lines.findIndex((line, k) => k > rule && isRule(line.trim()));
  const heading = second < 0 ? -1 : lines.findIndex((line, k) => k > second && line.trim() !== "");
  const words = heading < 0 ? null : STORY_HEADING.exec((lines[heading] ?? "").trim());
  if (words) {
    title = (words[1] ?? "").trim();
    drop.add(heading);
  }
  // The app's closing lines under the last rule, its copyright kept.
  const last = lines.findLastIndex((line) => isRule(line.trim()));
  const closing = lines.slice(last + 1).filter((line) => line.trim() !== "");
  if (last > second && closing.length <= MAX_CLOSING_LINES) for (let k = last + 1; k < lines.length; k++) if (!COPYRIGHT.test((lines[k] ?? "").trim())) drop.add(k);
  const app = /^\*\*([^*]{2,40})\*\*/u.exec((head[0] ?? "").trim())?.[1]?.trim() ?? null;
  return { lines: lines.filter((_, k) => !drop.has(k)), title, date, app };
}
