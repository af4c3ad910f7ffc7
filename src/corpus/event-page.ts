/**
 * A ticketing platform's event page under a status banner ("EVENT CANCELLED" over "This event has been cancelled by the organiser…",
 * «МЕРОПРИЯТИЕ ОТМЕНЕНО»): the event's card under it, its name ('VELVET FERNS - "Lowlight" UK Tour 2037'), its venue and its times
 * ("Sat 10 Oct 2037 | Doors 18:30 | Show 20:00 | …"). The banner's label is the event's status, not a headline; the event's name is
 * the page's title. The banner's text and the card's other lines stay.
 */

/** An event's status banner's label alone on its line ("EVENT CANCELLED", "Show postponed", «КОНЦЕРТ ОТМЕНЁН», «МЕРОПРИЯТИЕ ПЕРЕНЕСЕНО»). */
const STATUS_LABEL =
  /^(?:(?:this )?(?:event|show|concert|performance|match|game|gig)\s+)?(?:cancell?ed|postponed|rescheduled|called off)$|^(?:мероприятие|концерт|спектакль|матч|событие|показ)\s+(?:отменено|отмен[её]н|отменена|перенесено|перенес[её]н|перенесена)$/iu;
/** An event's times on its card ("Sat 10 Oct 2037 | Doors 18:30 | Show 20:00", «Сб, 10 октября · Вход с 18:30 · Начало в 20:00»). */
const EVENT_TIMES = /(?:^|[|·]\s*)(?:doors(?: open)?|show|start|curtain|kick-?off|вход(?: с)?|начало(?: в)?|открытие дверей)\s*:?\s*\d{1,2}[:.]\d{2}/iu;
/** Whether a line gives an event's times (see `EVENT_TIMES`): the event's card, not a publication stamp. */
export function isEventTimes(line: string): boolean {
  return EVENT_TIMES.test(line);
}

/** How many filled lines from the top the banner's label may stand at. */
const MAX_LINES_TO_LABEL = 4;
/** How many filled lines under the label the event's times may stand at. */
const MAX_LINES_TO_TIMES = 8;
/** Most lines between the event's name and its times (the venue, a date). */
const MAX_NAME_TO_TIMES = 3;
/** Longest event name (characters). */
const MAX_NAME_CHARS = 200;

/** The indices of the first `count` filled lines from `start` on (only as far as they reach). */
function filledFrom(lines: readonly string[], start: number, count: number): number[] {
  const out: number[] = [];
  for (let i = start; i < lines.length && out.length < count; i++) if ((lines[i] ?? "").trim() !== "") out.push(i);
  return out;
}

/** What an event page gives: its lines without the status label and the event's name, and the name. */
export interface EventPage {
  lines: string[];
  title: string;
}

/**
 * Reads an event page: a status label (see `STATUS_LABEL`) among the first `MAX_LINES_TO_LABEL` filled lines, the event's times (see
 * `EVENT_TIMES`) within `MAX_LINES_TO_TIMES` filled lines under it, and the event's name: the first line of the paragraph the times
 * stand in, at most `MAX_NAME_TO_TIMES` lines above them, without a sentence's stop. Null when the page is no such event page. Pure.
 */
export function readEventPage(lines: readonly string[]): EventPage | null {
  const label = filledFrom(lines, 0, MAX_LINES_TO_LABEL).find((i) => STATUS_LABEL.test((lines[i] ?? "").trim()));
  if (label === undefined) return null;
  const times = filledFrom(lines, label + 1, MAX_LINES_TO_TIMES).find((i) => EVENT_TIMES.test(lines[i] ?? ""));
  if (times === undefined) return null;
  let name = times;
  while (name > label + 1 && (lines[name - 1] ?? "").trim() !== "") name--;
  const title = (lines[name] ?? "").trim();
  if (name === times || times - name > MAX_NAME_TO_TIMES || title.length > MAX_NAME_CHARS || /[.,;:…!?]$/u.test(title)) return null;
  return { lines: lines.filter((_, i) => i !== label && i !== name), title };
}
