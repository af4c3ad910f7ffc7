/**
 * An operations office's daily log exported as text (a harbour master's, a dispatcher's, a duty station's): the office's name in
 * capitals, the log's form line ("Harbour Master's Daily Log | Form HM-7 | Sheet 318"), its day line ("Log day: Tuesday 13 November
 * 2029, 00:00-24:00"), the duty staff, weather and tide fields and a row of bracketed buttons, then sections under dashed labels
 * ("--- LOG ENTRIES ---", "--- VESSEL MOVEMENTS ---"), closed by the sign-off ("Signed: … Checked: …") and the office's footer. The
 * log's name with its day is the title, the day dates it, the office names the outlet; the form and day lines, the buttons, the
 * labels (but a numbered document's: "--- HARBOUR MASTER'S NOTICE No. 31 of 2029 ---" keeps its words), the sign-off and the footer
 * are furniture; the fields and the entries stay.
 */

import { filledLines } from "./filled-lines.ts";

/** A log's day line ("Log day: Tuesday 13 November 2029, 00:00-24:00", «Дата журнала: 13 ноября 2029»). */
const DAY_LINE = /^(?:log\s+(?:day|date)|date\s+of\s+log|дата\s+журнала|журнал\s+за)\s*:\s+(.+)$/iu;
/** A log's name as the first cell of its form line ("Harbour Master's Daily Log", «Вахтенный журнал диспетчера»). */
const LOG_NAME = /^(?:[\p{L}'’ -]{2,60}\s)?(?:log|logbook)$|^(?:[\p{L} -]{0,40}\s)?журнал(?:\s[\p{L} -]{2,40})?$/iu;
/** A section's dashed label ("--- LOG ENTRIES ---", "--- HANDOVER NOTE (internal) ---"); its words are the group. */
const DASHED_LABEL = /^-{2,}\s+(\S.{0,60}?)\s+-{2,}$/u;
/** A row of bracketed buttons and states ("[Status: SIGNED OFF 23:55]  [Export: plain text]  [Print]"). */
const BUTTON_ROW = /^(?:\[[^\]]{1,40}\]\s*){2,}$/u;
/** The log's sign-off ("Signed: M. Henshall 23:55   Checked: E. Rusk", «Подпись: …»). */
const SIGN_OFF = /^(?:signed(?:\s+off)?|подписал[аи]?|подпись)\s*:/iu;
/** A time range closing the day line (", 00:00-24:00 (local time)"). */
const DAY_TAIL = /,\s*\d{1,2}[:.]\d{2}.*$/u;
/** How many filled lines from the top the day line may stand at. */
const MAX_LINES_TO_DAY = 6;

/** What a daily log gives: its lines, its name with its day, the day's date and the office's name. */
export interface DailyLog {
  lines: string[];
  title: string;
  date: string | null;
  office: string | null;
}

/** Reads a daily log (see the module's note); `null` when no day line under a log's form line opens the text. */
export function readDailyLog(lines: readonly string[], toDate: (text: string) => string | null): DailyLog | null {
  const filled = filledLines(lines, MAX_LINES_TO_DAY).map(({ text, i }) => ({ line: text, i }));
  const day = filled.findIndex(({ line }) => DAY_LINE.test(line));
  if (day < 1) return null;
  const form = filled[day - 1];
  const name = form?.line.split(/\s+\|\s+/u)[0]?.trim() ?? "";
  if (form === undefined || !LOG_NAME.test(name)) return null;
  const dayText = (DAY_LINE.exec(filled[day]?.line ?? "")?.[1] ?? "").replace(DAY_TAIL, "").trim();
  const top = filled[0];
  const office = day >= 2 && top !== undefined && !/\p{Ll}/u.test(top.line) ? (top.line.split(/\s+[-–—]\s+/u)[0] ?? null) : null;
  const dropped = new Set([form.i, filled[day]?.i ?? -1, ...(office !== null && top ? [top.i] : [])]);
  const signOff = lines.findIndex((line) => SIGN_OFF.test(line.trim()));
  const end = signOff > form.i ? signOff : lines.length;
  // (A label with a number, "--- HARBOUR MASTER'S NOTICE No. 31 of 2029 ---", names a document: its words stay.)
  const kept = lines
    .slice(0, end)
    .filter((line, i) => !dropped.has(i) && !BUTTON_ROW.test(line.trim()))
    .flatMap((line) => {
      const label = DASHED_LABEL.exec(line.trim())?.[1];
      return label === undefined ? [line] : /\d/u.test(label) && !/\d{1,2}\/\d{1,2}$/u.test(label) ? [label] : [];
    });
  return { lines: kept, title: `${name}, ${dayText}`, date: toDate(dayText), office };
}
