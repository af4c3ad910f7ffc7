/**
 * A members' newsletter as its hub shows it (a coworking space's, a residents' association's): the hub's head (the signed-in
 * line, today's free rooms), the newsletter's masthead with its issue line ("Member newsletter · Issue 88 · Week of 8 September
 * 2031", «Рассылка для участников · Выпуск 12 · …»), then sections whose headings in capitals stand framed between rules. The
 * first section's heading without its column's label and quotes is the title ("FROM THE COMMUNITY DESK: "You walked out in 13
 * minutes"" gives "You walked out in 13 minutes"). The head down to that section, the standing sections of events ("WHAT'S ON",
 * «АФИША») down to the next rule, and the footer under the last rule that tells why the reader receives it go; the company that footer names by its legal form
 * ("Hatchworks Pellbridge Ltd · Company no. …") is the outlet.
 */

/** The newsletter's issue line. */
const ISSUE_LINE = /^(?:members?'?|residents'?|tenants'?|staff|community)\s+newsletter\s*[·|•,]\s*issue\s+\d+|^(?:рассылка|газета|бюллетень)\s+(?:для\s+)?(?:участников|жильцов|резидентов|сотрудников)\s*[·|•,]\s*(?:выпуск|номер)\s+\d+/iu;
/** A section's heading in capitals (words in quotes may have small letters). */
const CAPITALS_HEADING = /^[^\p{Ll}"“«]{3,80}(?:[:\s]+["“«][^"”»]{3,120}["”»])?$/u;
/** A column's label before a colon; group 1 is the rest. */
const COLUMN_LABEL = /^[^\p{Ll}:]{3,60}:\s+(.{3,160})$/u;
/** A standing section of events or members' news, by its heading. */
const STANDING_SECTION = /^(?:what'?s on|events|coming up|this week|diary|member spotlight|noticeboard|афиша|анонсы|события|что происходит|знакомьтесь)(?![\p{L}])/iu;
/** The footer's note on why the reader receives the newsletter. */
const RECEIVING_NOTE = /you'?re receiving|you are receiving|because you(?:'re| are) an? |unsubscribe|вы получили это письмо|вы получаете эту рассылку|отписаться/iu;
/** A footer's line naming the company by its legal form; group 1 (or 2) is its name. */
const COMPANY_LINE = /^(\p{Lu}[^·|]{1,60}?)\s+(?:Ltd|LTD|Limited|LLC|Inc|PLC|plc|CIC)\.?\s*(?:[·|,]|$)|^(?:ООО|АО|ПАО)\s+(«[^»]{2,60}»)/u;
/** The most lines the head above the first section may hold. */
const MAX_HEAD_LINES = 14;

/** What the reader gives: the newsletter's lines without its furniture and the first section's headline. */
export interface MemberNewsletter {
  lines: string[];
  title: string;
  /** The company its footer names by its legal form, without it ("Hatchworks Pellbridge Ltd · …" gives "Hatchworks Pellbridge"). */
  company: string | null;
}

/** Reads a members' newsletter shown in its hub (see the module's note); null when the page is not one. `isRule` tells a rule. */
export function readMemberNewsletter(lines: string[], isRule: (line: string) => boolean): MemberNewsletter | null {
  // (Cheap test first: the issue line, which holds the word "issue" or «выпуск».)
  const issue = lines.findIndex((line) => line.length < 160 && /issue|выпуск|номер/iu.test(line) && ISSUE_LINE.test(line.trim()));
  if (issue < 0) return null;
  let lead = -1;
  for (let i = issue + 1; i + 1 < lines.length; i++) {
    if (isRule((lines[i - 1] ?? "").trim()) && isRule((lines[i + 1] ?? "").trim()) && CAPITALS_HEADING.test((lines[i] ?? "").trim())) {
      lead = i;
      break;
    }
  }
  if (lead < 0) return null;
  const head = lines.slice(0, lead - 1).filter((line) => line.trim() !== "");
  if (head.length > MAX_HEAD_LINES || head.some((line) => line.length > 200)) return null;
  const heading = (lines[lead] ?? "").trim();
  const bare = (COLUMN_LABEL.exec(heading)?.[1] ?? heading).trim().replace(/^["“«](.*)["”»]$/u, "$1");
  const drop = new Set<number>();
  for (let i = 0; i <= lead + 1; i++) drop.add(i);
  for (let i = lead + 2; i + 1 < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    if (!isRule((lines[i - 1] ?? "").trim()) || !isRule((lines[i + 1] ?? "").trim()) || !STANDING_SECTION.test(line)) continue;
    let end = i + 2;
    while (end < lines.length && !isRule((lines[end] ?? "").trim())) end++;
    for (let k = i - 1; k < end; k++) drop.add(k);
    i = end - 1;
  }
  const lastRule = lines.findLastIndex((line) => isRule(line.trim()));
  const footer = lastRule > lead + 1 ? lines.slice(lastRule + 1) : [];
  let company: string | null = null;
  if (footer.some((line) => RECEIVING_NOTE.test(line))) {
    for (let i = lastRule; i < lines.length; i++) drop.add(i);
    const named = footer.map((line) => COMPANY_LINE.exec(line.trim())).find((match) => match !== null);
    company = named?.[1] ?? named?.[2] ?? null;
  }
  return { lines: lines.filter((_, i) => !drop.has(i)), title: bare, company };
}
