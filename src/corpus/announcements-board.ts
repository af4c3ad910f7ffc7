/**
 * A company's announcements page for its staff (a taxi firm's drivers, a depot's crews): under the page's head, a section headed
 * as announcements («## Объявления для водителей», "## Notices for drivers") with its intro in emphasis, then dated entries in
 * level-3 headings between rules («### 🔴 14.01.2025 — ВАЖНО: …», "### 14 Jan 2025 — Drivers' meeting"). The story is the entry
 * marked urgent (a label such as «ВАЖНО», "IMPORTANT", or a red or warning sign), else the longest; its heading without its day
 * and label is the title, its day the date. The head, the section's heading and intro, the entries posted before the story's day
 * and the note on the archive after the last entry go; the entries of the story's own day stay (they are that day's measures).
 */

/** The section's heading naming announcements. */
const BOARD_HEADING = /^##\s+(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:объявления|сообщения|уведомления|announcements|notices|bulletins?)(?!\p{L})/iu;
/** An entry's heading, level 3; group 1 is its text without a leading pictograph. */
const ENTRY_HEADING = /^###\s+(?:[\p{Extended_Pictographic}\u2600-\u27BF]\uFE0F?\s*)*(.{3,200})$/u;
/** A day written in digits (14.01.2025); groups 1–3: day, month, year. */
const DOTTED_DAY = /(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/u;
/** An entry's day and dash at its heading's start; group 1 is the day. */
const DAY_AND_DASH = /^(.{6,30}?)\s+[—–-]\s+/u;
/** An urgency label opening the heading's text after the day (and its colon). */
const URGENT_LABEL = /^(?:важно|срочно|внимание|important|urgent|attention)\s*[:!.]\s*/iu;
/** An urgency sign before the heading's text. */
const URGENT_SIGN = /^###\s+(?:🔴|❗|‼|⚠|🚨)/u;
/** The note on the archive after the entries. */
const ARCHIVE_NOTE = /(?:архив|archive)/iu;

/** What the reader gives: the page's lines without its furniture, the story entry's heading and day. */
export interface AnnouncementsBoard {
  lines: string[];
  title: string;
  /** `YYYY-MM-DD`. */
  date: string;
}

/** An entry of the board: its heading's line, its end (exclusive), its day. */
interface Entry {
  at: number;
  end: number;
  day: string | null;
  text: string;
}

/** Reads a company's announcements page (see the module's note); null when the page is not one. `isRule` tells a rule, `stampDate` reads a day. */
export function readAnnouncementsBoard(lines: string[], isRule: (line: string) => boolean, stampDate: (text: string) => string | null): AnnouncementsBoard | null {
  // (Cheap test first: a level-2 heading naming announcements.)
  const board = lines.findIndex((line) => line.charCodeAt(0) === 35 && line.charCodeAt(1) === 35 && line.charCodeAt(2) === 32 && BOARD_HEADING.test(line.trim()));
  if (board < 0) return null;
  const entries: Entry[] = [];
  for (let i = board + 1; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    if (!line.startsWith("### ")) continue;
    const text = ENTRY_HEADING.exec(line)?.[1]?.trim() ?? "";
    let end = i + 1;
    while (end < lines.length && !isRule((lines[end] ?? "").trim()) && !/^#{1,3}\s/u.test((lines[end] ?? "").trim())) end++;
    entries.push({ at: i, end, day: dayOf(text, stampDate), text });
    i = end - 1;
  }
  const dated = entries.filter((entry) => entry.day !== null);
  if (dated.length < 2) return null;
  const size = (entry: Entry): number => lines.slice(entry.at, entry.end).join("\n").length;
  const urgent = dated.find((entry) => URGENT_SIGN.test((lines[entry.at] ?? "").trim()) || URGENT_LABEL.test(entry.text.replace(DAY_AND_DASH, "")));
  const story = urgent ?? dated.reduce((best, entry) => (size(entry) > size(best) ? entry : best));
  const day = story.day ?? "";
  const drop = new Set<number>();
  const first = entries[0]?.at ?? board + 1;
  for (let i = 0; i < first; i++) drop.add(i);
  drop.add(story.at);
  for (const entry of entries) if (entry.day !== null && entry.day < day) for (let i = entry.at; i < entry.end; i++) drop.add(i);
  const last = entries[entries.length - 1];
  if (last) for (let i = last.end; i < lines.length; i++) if (/^[*_]/u.test((lines[i] ?? "").trim()) && ARCHIVE_NOTE.test(lines[i] ?? "")) drop.add(i);
  const bare = story.text.replace(DAY_AND_DASH, "").replace(URGENT_LABEL, "").trim();
  const title = bare.charAt(0).toUpperCase() + bare.slice(1);
  return { lines: lines.filter((_, i) => !drop.has(i)), title, date: day };
}

/** An entry heading's day (`YYYY-MM-DD`): in digits anywhere in it, else written before its dash; null when it gives none. */
function dayOf(text: string, stampDate: (text: string) => string | null): string | null {
  const dotted = DOTTED_DAY.exec(text);
  if (dotted) return `${dotted[3]}-${(dotted[2] ?? "").padStart(2, "0")}-${(dotted[1] ?? "").padStart(2, "0")}`;
  const lead = DAY_AND_DASH.exec(text)?.[1];
  return lead === undefined ? null : stampDate(lead);
}
