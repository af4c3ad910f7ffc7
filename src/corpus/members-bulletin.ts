/**
 * A members' bulletin of sections between rules: its masthead above the first rule (the body's name, the bulletin's name and
 * number, "Members only", its contents line), then sections each opened by a label in capitals ("FROM THE PRESIDENT", "NEWS",
 * "TECHNICAL BRIEFING", «НОВОСТИ»), the news section's label over its headline, then the members' service sections ("DATES FOR
 * YOUR DIARY", "CPD DIARY", "MEMBERSHIP MATTERS", «КАЛЕНДАРЬ», «ВЗНОСЫ») and the publisher's footer under the last rule ("Published
 * by …", "Printed on recycled paper"). The headline under the label of the longest section is the title; the masthead, the service
 * sections and the footer are not the story's words, nor is the news label itself.
 */

/** A section's label: a line in capitals, one to six words, no stop at its end. */
const LABEL = /^(?=(?:\S+\s+){0,5}\S+$)[^\p{Ll}]*\p{Lu}{2}[^\p{Ll}.!?]*$/u;
/** A news section's label, which goes with the headline under it ("NEWS", "LATEST NEWS", «НОВОСТИ»). */
const NEWS_LABEL = /^(?:(?:latest|union|branch|association)\s+)?news$|^(?:новости|главная новость)$/iu;
/** A members' service section's label ("DATES FOR YOUR DIARY", "CPD DIARY", "MEMBERSHIP MATTERS", "SUBS REMINDER", «КАЛЕНДАРЬ»). */
const SERVICE_LABEL =
  /^(?:(?:dates for (?:your|the) diary|(?:cpd|events?|branch)?\s*diary|what'?s on|membership(?: matters| news)?|subs(?:criptions)?(?: reminder)?|noticeboard|classifieds)|(?:календарь(?: событий)?|анонсы|взносы|членство|объявления))(?::.*)?$/iu;
/** A publisher's footer line ("Published by …", "Printed on recycled paper", "Company limited by guarantee", «Учредитель: …»). */
const PUBLISHER_LINE = /^(?:published by|printed (?:on|by)|edited by|editor:)|limited by guarantee|^(?:учредитель|издатель|отпечатано)(?!\p{L})/iu;
/** Longest headline (characters). */
const MAX_HEADLINE_CHARS = 200;
/** Most filled lines of the publisher's footer. */
const MAX_FOOTER_LINES = 6;
/** Fewest rules that set off a bulletin's sections. */
const MIN_RULES = 3;

/** What a members' bulletin gives: its lines without the furniture, its headline and the body's name over the masthead. */
export interface MembersBulletin {
  lines: string[];
  title: string;
  body: string;
}

/** Whether a line is a section's label (see `LABEL`). */
function isLabel(line: string): boolean {
  return line.length <= 60 && LABEL.test(line);
}

/**
 * Reads a members' bulletin (see the module's note): `null` unless `MIN_RULES` rules or more set off sections opened by labels, one
 * of them a news label or a service label, and the longest labelled section's next line reads as a headline.
 */
export function readMembersBulletin(lines: readonly string[], isRule: (line: string) => boolean): MembersBulletin | null {
  const rules: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    // (A cheap test first: a rule opens with one of its characters.)
    const first = (lines[i] ?? "").charCodeAt(0);
    if ((first === 45 || first === 126 || first === 0x2500 || first === 0x2014 || first === 61) && isRule(lines[i] ?? "")) rules.push(i);
  }
  if (rules.length < MIN_RULES) return null;
  // Each stretch between rules, split at its labels.
  const sections: { label: number; end: number }[] = [];
  const bounds = [...rules, lines.length];
  for (let r = 0; r + 1 < bounds.length; r++) {
    const from = (bounds[r] ?? 0) + 1;
    const to = bounds[r + 1] ?? lines.length;
    for (let i = from; i < to; i++) {
      const text = (lines[i] ?? "").trim();
      if (text === "" || !isLabel(text) && !SERVICE_LABEL.test(text) || (lines[i - 1] ?? "").trim() !== "" && i > from) continue;
      const open = sections[sections.length - 1];
      if (open && open.end > i) open.end = i;
      sections.push({ label: i, end: to });
    }
  }
  if (!sections.some((s) => NEWS_LABEL.test((lines[s.label] ?? "").trim())) || !sections.some((s) => SERVICE_LABEL.test((lines[s.label] ?? "").trim()))) return null;
  const size = (s: { label: number; end: number }): number => lines.slice(s.label, s.end).reduce((sum, line) => sum + line.length, 0);
  const story = sections.filter((s) => !SERVICE_LABEL.test((lines[s.label] ?? "").trim())).reduce<{ label: number; end: number } | null>((best, s) => (best === null || size(s) > size(best) ? s : best), null);
  if (!story) return null;
  // (A blank line may stand between the label and its headline.)
  const headlineAt = (lines[story.label + 1] ?? "").trim() === "" ? story.label + 2 : story.label + 1;
  const headline = (lines[headlineAt] ?? "").trim();
  if (headline === "" || headline.length > MAX_HEADLINE_CHARS || /[.,;:…]$/u.test(headline) || isLabel(headline)) return null;
  const drop = new Set<number>([headlineAt]);
  const firstRule = rules[0] ?? 0;
  for (let i = 0; i <= firstRule; i++) drop.add(i);
  for (const s of sections) {
    const label = (lines[s.label] ?? "").trim();
    if (SERVICE_LABEL.test(label)) for (let i = s.label; i < s.end; i++) drop.add(i);
    else if (NEWS_LABEL.test(label)) drop.add(s.label);
  }
  // The publisher's footer under the last rule.
  const lastRule = rules[rules.length - 1] ?? 0;
  const footer = lines.slice(lastRule + 1).filter((line) => line.trim() !== "");
  if (footer.length <= MAX_FOOTER_LINES && footer.some((line) => PUBLISHER_LINE.test(line.trim()))) for (let i = lastRule; i < lines.length; i++) drop.add(i);
  // (Rules between the sections that stay go too: they are the layout's.)
  for (const i of rules) drop.add(i);
  const masthead = lines.slice(0, firstRule).map((line) => line.trim()).find((line) => line !== "") ?? "";
  return { lines: lines.filter((_line, i) => !drop.has(i)), title: headline, body: masthead.split(/\s+·\s+/u)[0] ?? masthead };
}
