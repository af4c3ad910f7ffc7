/**
 * A rescue team's callout log entry: its card between rules, opened by the incident's kind and reference in capitals ("INCIDENT
 * DCRO-2036-027", "CALLOUT 2036/14", «ВЫЕЗД № 27/2036»), over its fields set apart by wide gaps ("Date(s):          Saturday 13 -
 * Sunday 14 September 2036", "Type:             Cavers trapped by flood water (5 persons)"). The kind with its reference and the
 * type of incident is the title ("Incident DCRO-2036-027: Cavers trapped by flood water (5 persons)"), the first day of its date
 * field the date; the kind's line leaves, the fields stay (they are facts).
 */

/** The card's opening line: the kind and the reference in capitals; groups 1 and 2. */
const CARD_KIND = /^(INCIDENT|CALLOUT|CALL-OUT|RESCUE|ВЫЕЗД|ПРОИСШЕСТВИЕ|ИНЦИДЕНТ)\s+((?:№\s*)?[\p{Lu}\d][\p{Lu}\d/-]{2,30})$/u;
/** A field of the card: its label, a colon and a wide gap, the value; groups 1 and 2. */
const CARD_FIELD = /^([\p{L}() ]{2,30}):\s{2,}(\S.*)$/u;
/** The label of the field naming the incident's type. */
const TYPE_LABEL = /^(?:type|incident type|nature|тип|вид|характер)$/iu;
/** The label of the field with the incident's day or days. */
const DATE_LABEL = /^(?:date|date\(s\)|dates|дата|даты)$/iu;
/** A day range in a date field: the first day's number, then the last day with its month and year ("13 - Sunday 14 September 2036"); groups 1 and 2. */
const DAY_RANGE = /(\d{1,2})\s*[-–—]\s*(?:\p{L}+\.?,?\s+)?\d{1,2}(\s+\p{L}+\s+\d{4})/u;

/** What a callout card gives: the lines without its kind's line, the title and the date field's text. */
export interface CalloutCard {
  lines: string[];
  title: string;
  /** The date field's value with a day range cut to its first day ("Saturday 13 September 2036"), or null without one. */
  date: string | null;
}

/**
 * Reads the first callout card (see the module's note): `null` unless the kind's line stands right under a rule with at least two
 * fields right under it. `isRule` tells a rule. Pure.
 */
export function readCalloutCard(lines: readonly string[], isRule: (line: string) => boolean): CalloutCard | null {
  for (let i = 1; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    // (A cheap test first: the kind's first letter in capitals, a reference's digit.)
    const first = line.slice(0, 1);
    if (line.length > 50 || (first !== "I" && first !== "R" && first !== "C" && first !== "В" && first !== "П" && first !== "И") || !/\d/u.test(line)) continue;
    const kind = CARD_KIND.exec(line);
    if (!kind || !isRule((lines[i - 1] ?? "").trim())) continue;
    const fields: { label: string; value: string }[] = [];
    for (let k = i + 1; k < lines.length; k++) {
      const field = CARD_FIELD.exec((lines[k] ?? "").trim());
      if (!field) break;
      fields.push({ label: (field[1] ?? "").trim(), value: (field[2] ?? "").trim() });
    }
    if (fields.length < 2) continue;
    const word = (kind[1] ?? "").toLowerCase();
    const type = fields.find((field) => TYPE_LABEL.test(field.label))?.value;
    const title = `${word.slice(0, 1).toUpperCase()}${word.slice(1)} ${kind[2] ?? ""}${type === undefined ? "" : `: ${type}`}`;
    const dateField = fields.find((field) => DATE_LABEL.test(field.label))?.value ?? null;
    const range = dateField === null ? null : DAY_RANGE.exec(dateField);
    const date = range ? `${range[1] ?? ""}${range[2] ?? ""}` : dateField;
    return { lines: [...lines.slice(0, i), ...lines.slice(i + 1)], title, date };
  }
  return null;
}
