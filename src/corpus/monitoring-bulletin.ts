/**
 * A research or monitoring station's bulletin generated as a page (a hydrological station's, a seismic network's): its head above
 * the first rule (the station's name, who operates it, the bulletin's line with its number and issue stamp, "Monitoring Bulletin
 * 29/2025 (EXTRAORDINARY) — issued 17.07.2025, 16:30 local time", the data's status, the distribution list and the station's status
 * rows), its sections between rules, and its footer under the last rule (the duty contact, the reuse credit, the archive's links,
 * the copyright). The bulletin's kind with its number is the title, its issue stamp dates it, the operator names the outlet; the head
 * and the footer are furniture.
 */

import { filledLines } from "./filled-lines.ts";

/** The bulletin's line: its kind with its number, a dash, its issue word and stamp. */
const BULLETIN_LINE = /^(.{0,40}?(?:bulletin|бюллетень)[^—–]{0,60}?)\s+[—–-]\s+(?:issued|published|выпущен|опубликован|составлен)\s+(.+)$/iu;
/** Who operates the station ("Operated by the Northern Ranges Institute …", «Оператор станции: …»). */
const OPERATOR_LINE = /^(?:operated by|run by|оператор(?:\s+станции)?\s*:|в ведении)\s+(?:the\s+)?(.{3,100}?)\.?$/iu;
/** A local-time note after the stamp ("local time", «по местному времени»). */
const LOCAL_TIME = /\s+(?:local time|\(local time\)|по местному времени|местного времени)$/iu;
/** A footer's copyright line. */
const COPYRIGHT = /^(?:\(c\)|©)/iu;
/** How many filled lines from the top the bulletin's line may stand at. */
const MAX_LINES_TO_BULLETIN = 4;

/** What a station's bulletin gives: its sections, its kind with its number, its issue stamp and its operator. */
export interface MonitoringBulletin {
  lines: string[];
  title: string;
  date: string | null;
  operator: string | null;
}

/** Reads a station's bulletin (see the module's note); `null` when no bulletin's line near the top stands above a rule. */
export function readMonitoringBulletin(lines: readonly string[], isRule: (line: string) => boolean, toDate: (text: string) => string | null): MonitoringBulletin | null {
  const filled = filledLines(lines, MAX_LINES_TO_BULLETIN).map(({ text, i }) => ({ line: text, i }));
  const bulletin = filled.map(({ line, i }) => ({ match: BULLETIN_LINE.exec(line), i })).find(({ match }) => match !== null);
  if (bulletin === undefined || bulletin.match === null) return null;
  const firstRule = lines.findIndex((line) => isRule(line.trim()));
  if (firstRule < bulletin.i) return null;
  const operator = filled.map(({ line }) => OPERATOR_LINE.exec(line)?.[1]?.trim()).find((name) => name !== undefined) ?? null;
  const lastRule = lines.findLastIndex((line) => isRule(line.trim()));
  const footer = lastRule > firstRule && lines.slice(lastRule).some((line) => COPYRIGHT.test(line.trim()));
  return {
    lines: lines.slice(firstRule, footer ? lastRule : lines.length),
    title: (bulletin.match[1] ?? "").trim(),
    date: toDate((bulletin.match[2] ?? "").trim().replace(LOCAL_TIME, "")),
    operator,
  };
}
