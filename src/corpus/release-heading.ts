/**
 * A press release set inside an organisation's page under its label in a heading: "## Пресс-релиз" over "### Взрыв котла в
 * котельной …", "## Press release" over "### Gas leak closes …", or the label with its subject in one heading ("## Пресс-релиз: об
 * опрокидывании школьного автобуса …"). The release's headline is the page's title, not the page's own heading above it (the
 * outages table's, the news section's, the office's address). The page around it is the organisation's: the news section's heading
 * right over the release (a stamp line between allowed), the office's contacts and hours at the top, and everything between the first
 * rule after the release and the page's last rule when it holds no sentence (the share row, the other news, the announcements,
 * the useful links) are not the release's words.
 */

/** A release's label in a heading, group 1 its subject when the heading gives one after a colon or a dash. */
const RELEASE_LABEL = /^(?:пресс-релиз|информационное сообщение|сообщение для сми|press release|news release|media release)(?:\s*(?::|\s[—–-])\s*(\S.*))?$/iu;
/** A Markdown heading's marks. */
const HEADING_MARKS = /^#{1,6}\s+/u;
/** A page's news section named in its heading («Новости управления», "Latest news", «Пресс-центр»). */
const NEWS_SECTION = /^(?:\p{L}+\s+)?(?:новости|news|newsroom|пресс-центр|пресс-релизы|press releases|press cent(?:re|er))(?:\s+\p{L}+){0,2}$/iu;
/** An office's hours ("Режим работы: пн–чт 8:00–17:15", "Office hours: Mon–Fri 9–5", «Часы приёма: …»). */
const OFFICE_HOURS = /^(?:режим работы|часы (?:работы|приёма|приема)|график работы|office hours|opening hours)\s*:/iu;
/** How many filled lines at the top of the page its contacts and hours may stand among. */
const MAX_HEAD_LINES = 3;
/** A line of the page under the release of this many words or more ending with a stop is a sentence, which keeps it. */
const MIN_SENTENCE_WORDS = 6;
/** Longest headline (characters). */
const MAX_HEADLINE_CHARS = 200;

/** A heading's or a bold line's words without their marks. */
function plain(line: string): string {
  return line
    .replace(HEADING_MARKS, "")
    .replace(/^\*\*(.*)\*\*$/u, "$1")
    .trim();
}

/** Whether a line reads as a headline: letters, at most `MAX_HEADLINE_CHARS`, no stop, comma, colon or semicolon at its end. */
function readsAsHeadline(line: string): boolean {
  return line.length <= MAX_HEADLINE_CHARS && /\p{L}/u.test(line) && !/[.,;:…]$/u.test(line);
}

/**
 * Takes a press release's headline inside a page (see the module's note): the first heading that is a release's label, with the
 * heading or bold line reading as a headline on the next filled line (both lines leave `lines`), or with its subject after a colon
 * (the whole heading is the headline, and leaves `lines`). The page's furniture around the release leaves `lines` too (`isRule`
 * tells a rule, `isContact` an office's contact line). Null when there is none.
 */
export function takeReleaseHeading(lines: string[], isRule: (line: string) => boolean, isContact: (line: string) => boolean): string | null {
  const at = findReleaseHeading(lines);
  if (at === null) return null;
  const { label, headline, title } = at;
  const end = lines.findIndex((line, i) => i > Math.max(label, headline) && isRule(line.trim()));
  const drop = new Set<number>([label, headline]);
  // (Down to the page's last rule: the footer under it is read as any page's, for its owner's name.)
  const last = lines.findLastIndex((line) => isRule(line.trim()));
  if (end >= 0 && last > end) {
    const after = lines.slice(end + 1, last).map((line) => line.trim());
    if (!after.some((line) => line.split(/\s+/u).length >= MIN_SENTENCE_WORDS && /[.!?…]["»”)]?$/u.test(line))) for (let i = end + 1; i < last; i++) drop.add(i);
  }
  // (The news section's heading right over the release, a stamp line between them allowed.)
  const above = lines.flatMap((line, i) => (i < label && line.trim() !== "" ? [i] : [])).slice(-2).reverse();
  const section = above.find((i) => HEADING_MARKS.test(lines[i] ?? "") && NEWS_SECTION.test(plain(lines[i] ?? "")));
  if (section !== undefined && (section === above[0] || !HEADING_MARKS.test(lines[above[0] ?? 0] ?? ""))) drop.add(section);
  // (The office's contacts and hours among the page's first lines.)
  const top = lines.flatMap((line, i) => (i < label && line.trim() !== "" ? [i] : [])).slice(0, MAX_HEAD_LINES);
  for (const i of top) if (isContact((lines[i] ?? "").trim()) || OFFICE_HOURS.test((lines[i] ?? "").trim())) drop.add(i);
  const kept = lines.filter((_line, i) => !drop.has(i));
  lines.splice(0, lines.length, ...kept);
  return title;
}

/** Where a release's label and headline stand (the same line when the label gives its subject), and the headline. */
function findReleaseHeading(lines: readonly string[]): { label: number; headline: number; title: string } | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    // (A cheap test first: only a heading is read.)
    if (line.charCodeAt(0) !== 35 || !HEADING_MARKS.test(line)) continue;
    const label = RELEASE_LABEL.exec(plain(line));
    if (!label) continue;
    if (label[1] !== undefined) {
      const whole = plain(line);
      return readsAsHeadline(whole) ? { label: i, headline: i, title: whole } : null;
    }
    let next = i + 1;
    while (next < lines.length && (lines[next] ?? "").trim() === "") next++;
    const candidate = lines[next] ?? "";
    if (!(HEADING_MARKS.test(candidate) || /^\*\*[^*]+\*\*$/u.test(candidate)) || !readsAsHeadline(plain(candidate))) return null;
    return { label: i, headline: next, title: plain(candidate) };
  }
  return null;
}
