/**
 * A document's title that carries its number and day («Объявление правления № 7/2027 от 09.03.2027: о взрыве …», «Приказ № 118-р
 * от 17.03.2033», "Notice No. 14/2031 of 12.05.2031"): the day after the number dates the page when nothing else does.
 */

/** A number and the day after it; group 1 is the day. */
const NUMBER_AND_DAY = /(?:№|No\.)\s*[\p{L}\d/.-]{1,20}\s+(?:от|of|dated)\s+(\d{1,2}\.\d{1,2}\.\d{4})(?!\d)/u;

/** The day (`YYYY-MM-DD`) a title gives after its number, or null; cheap unless the title holds "№" or "No.". */
export function numberedTitleDate(title: string | null): string | null {
  if (title === null || (!title.includes("№") && !title.includes("No."))) return null;
  const day = NUMBER_AND_DAY.exec(title)?.[1];
  if (day === undefined) return null;
  const [d = "", m = "", y = ""] = day.split(".");
  const iso = `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== iso ? null : iso;
}
