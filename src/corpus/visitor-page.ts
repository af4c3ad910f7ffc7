/**
 * A visitor-information page of a place people visit (a museum's "Visit" page, a sanctuary's "Visitor information", a theatre's
 * «Посетителям») carrying a notice or a statement about an event: its standing sections under their headings ("Opening hours",
 * "Admission", "Dress code", "Getting here", "Accessibility", «Режим работы», «Как добраться», «Стоимость билетов») and the page's
 * name among its first lines are the page's furniture, not the story; so are the place's name over its contact line at the top
 * (the name is the outlet). A statement's line set off between rules ("Statement of the Rector, Monsignor …, 7 August 2034",
 * under its label in capitals) gives the title and, by its trailing day, the date.
 */

/** First words (lower case) a visitor section's heading opens with, for a cheap test before its pattern. */
const SECTION_WORDS: ReadonlySet<string> = new Set(["opening", "admission", "tickets", "prices", "getting", "how", "directions", "parking", "accessibility", "dress", "facilities", "режим", "часы", "время", "стоимость", "билеты", "как", "парковка", "доступная", "правила", "дресс-код"]);
/** A visitor section's heading ("Opening times (summer timetable, 1 May - 30 September)", "Getting here", «Как добраться»). */
const SECTION_HEADING =
  /^(?:opening (?:hours|times)|admission(?: prices)?|tickets(?: and prices)?|prices|getting here|how to (?:get|find) (?:here|us)|directions|parking|accessibility|dress code|facilities|режим работы|часы работы|время работы|стоимость (?:билетов|посещения)|билеты|как (?:добраться|проехать|нас найти)|парковка|доступная среда|правила посещения|дресс-код)(?:\s*\([^)]{0,80}\))?:?$/iu;
/** The page's own name ("Visit", "Visitor information", "Plan your visit", «Посетителям», «Информация для посетителей»). */
const PAGE_NAME = /^(?:visit(?: us)?|visiting|visitor information|information for visitors|plan your visit|посетителям|информация для посетителей|посещение)$/iu;
/** A statement's line ("Statement of the Rector, Monsignor Paolo Venturini, 7 August 2034", «Обращение настоятеля …»). */
const STATEMENT_LINE = /^(?:a\s+)?(?:statement|message|letter|заявление|обращение)\s+(?:of|from|by)?\s*\S/iu;
/** A line in capitals (a statement's label: "NOTICE TO PILGRIMS"). */
const CAPITALS = /^[^\p{Ll}]*\p{Lu}{2}[^\p{Ll}]*$/u;
/** Fewest visitor sections that make a page a visitor-information page. */
const MIN_SECTIONS = 2;
/** How many filled lines from the top the page's name and the place's contact line may stand at. */
const MAX_HEAD_LINES = 6;
/** Longest line of the place's name (characters). */
const MAX_NAME_CHARS = 80;

/** What a visitor page gives: its lines without the furniture, the statement's title and day, and the place's name. */
export interface VisitorPage {
  lines: string[];
  title: string | null;
  stamp: string | null;
  place: string | null;
}

/** Whether a line is a visitor section's heading (see `SECTION_HEADING`). */
function isSectionHeading(line: string): boolean {
  if (line.length > 90) return false;
  const first = line.slice(0, line.search(/\s|$/u)).toLowerCase();
  return SECTION_WORDS.has(first) && SECTION_HEADING.test(line);
}

/**
 * Reads a visitor-information page (see the module's note): `null` unless `MIN_SECTIONS` visitor sections or more stand under
 * their headings (each a heading after a blank line, then one run of lines). `isRule` tells a rule, `isContact` a contact line,
 * `isDay` whether a text is a day.
 */
export function readVisitorPage(lines: readonly string[], isRule: (line: string) => boolean, isContact: (line: string) => boolean, isDay: (text: string) => boolean): VisitorPage | null {
  const sections: { from: number; to: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] ?? "").trim();
    if (text === "" || (i > 0 && (lines[i - 1] ?? "").trim() !== "") || !isSectionHeading(text)) continue;
    let k = i + 1;
    while (k < lines.length && (lines[k] ?? "").trim() === "") k++;
    while (k < lines.length && (lines[k] ?? "").trim() !== "" && !isRule((lines[k] ?? "").trim())) k++;
    sections.push({ from: i, to: k });
  }
  if (sections.length < MIN_SECTIONS) return null;
  const drop = new Set<number>();
  for (const s of sections) for (let i = s.from; i < s.to; i++) drop.add(i);
  const top = lines.flatMap((line, i) => ((line ?? "").trim() === "" ? [] : [i])).slice(0, MAX_HEAD_LINES);
  for (const i of top) if (PAGE_NAME.test((lines[i] ?? "").trim())) drop.add(i);
  let place: string | null = null;
  const [first, second] = top;
  const name = (lines[first ?? 0] ?? "").trim();
  if (first !== undefined && second !== undefined && name.length <= MAX_NAME_CHARS && !/[.!?:;,]$/u.test(name) && isContact((lines[second] ?? "").trim())) {
    place = name;
    drop.add(first).add(second);
  }
  // The statement's line between rules, under its label in capitals.
  let title: string | null = null;
  let stamp: string | null = null;
  for (let i = 1; i + 1 < lines.length && title === null; i++) {
    const text = (lines[i] ?? "").trim();
    if (!STATEMENT_LINE.test(text) || !isRule((lines[i + 1] ?? "").trim())) continue;
    const label = (lines[i - 1] ?? "").trim();
    const labelled = CAPITALS.test(label) && isRule((lines[i - 2] ?? "").trim());
    if (!labelled && !isRule(label)) continue;
    const parts = text.split(/,\s*/u);
    const last = parts[parts.length - 1] ?? "";
    if (parts.length > 1 && isDay(last)) {
      stamp = last;
      title = parts.slice(0, -1).join(", ");
    } else title = text;
    drop.add(i);
    if (labelled) drop.add(i - 1);
  }
  return { lines: lines.filter((_line, i) => !drop.has(i)), title, stamp, place };
}
