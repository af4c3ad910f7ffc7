/**
 * A small business's, association's or author's own site written in Markdown as sections between rules, most of them standing
 * (a menu with prices, delivery zones, services and prices, fees, an order form, a list of the author's essays, offers), one of
 * which carries the story: an official statement, a service's news post, a partnership's news item under its breadcrumb, a
 * diary entry («## Официальное заявление …» / «*Город, 9 октября 2031 года*», «## Новости › Последствия паводка», «###
 * Усадьба горела. Запись от 6 марта 2035 года»). The story's section holds most of the page's prose and opens with a heading;
 * its heading (or the item's heading under a section's heading) is the title, without the section's crumb before it and without
 * the entry's stamp after it, which dates the page; so does an emphasized stamp line under the heading. The page's head above its
 * first rule when it tells nothing in sentences (its name in a heading or in bold names the outlet), the other sections that are
 * listings (mostly list items), the footer under the last rule when it tells nothing in sentences and the story's closing caption
 * and comments note are the site's furniture.
 */
import { pictographSecondLevelName, readHeadNotice, withoutNoticeLabel } from "./head-notice-stamp.ts";
import { firstFilled, storySection } from "./prose-section.ts";

/** What a story section page gives: its lines without the furniture, the story's heading, its stamp and the site's name. */
export interface StorySectionPage {
  lines: string[];
  title: string;
  /** The text of the story's stamp (a day), or null. */
  stamp: string | null;
  /** The site's name in its head, or null. */
  site: string | null;
}

/** A Markdown heading of level 2 or 3 and its text. */
const SUB_HEADING = /^(#{2,3})\s+(.+?)\s*#*$/u;
/** The site's name in a level-1 heading or in bold opening the page ("# СНТ «Рябинка»", "**🦊 Суши-бар «Лиса»** · Город"). */
const SITE_NAME = /^(?:#\s+(.+)|\*\*([^*]{3,80})\*\*)/u;
/** A tagline after the name behind a dash (««Мастер» — ремонт бытовой техники в …»). */
const TAGLINE = /\s+[—–]\s+.*$/u;
/** Pictographs opening a heading or a name ("📢 ОБЪЯВЛЕНИЕ", "🦊 Суши-бар"). */
const LEADING_SIGNS = /^(?:[\p{Extended_Pictographic}\uFE0F\u200D]+\s*)+/u;
/** A section's crumb before the item's name («Новости › Последствия паводка», "News » Storm damage"). */
const CRUMB = /^[\p{L}][\p{L} ]{1,30}\s+[›»>]\s+(.+)$/u;
/** A news section's bare name ("News", «Новости клуба», "Latest news"). */
const NEWS_SECTION = /^(?:(?:latest|club|our|site)\s+)?(?:news|новости|заметки|объявления|announcements)(?:\s+\p{L}+){0,2}$/iu;
/** An entry's stamp after its name («Усадьба горела. Запись от 6 марта 2035 года», "Fire at the hall. Entry of 6 March 2035"). */
const ENTRY_STAMP = /^(.+?)[.:]\s+(?:запись|заметка|пост|опубликовано|post|entry|note|posted|published)\s+(?:от\s+|on\s+|of\s+)?(.+)$/iu;
/** A line in Markdown emphasis (the stamp under a heading: "*Город, 9 октября 2031 года*"). */
const EMPHASIZED = /^([*_]{1,2})([^*_]{4,100})\1$/u;
/** Words before a stamp's day («Опубликовано правлением 10.07.2034» → "10.07.2034"). */
const STAMP_WORDS = /^[\p{L}\s]+?(?=\d)/u;
/** A picture's caption closing the story, in emphasis («*Фото под записью: …*», "_Photo above: …_"). */
const CLOSING_CAPTION = /^[*_]{1,2}(?:фото|снимок|на снимке|photo|picture|pictured)[^:]{0,30}:/iu;
/** A note that comments are closed («**Комментарии к записям отключены.** …», "Comments are closed."). */
const COMMENTS_CLOSED = /^[*_]{0,2}(?:комментарии(?:\s+к\s+запис\p{L}+)?\s+(?:отключены|закрыты)|comments\s+(?:are\s+)?(?:closed|disabled|off))/iu;
/** A list item's line. */
const LIST_ITEM = /^(?:[-*+•]\s|\d{1,3}[.)]\s)/u;
/** Least rules on the page: its head, two sections and its footer. */
const MIN_RULES = 3;
/** A section whose filled lines are at least this share list items is a standing listing, whatever else it says. */
const LISTING_SHARE = 0.6;

/** A paragraph of sentences: long, closed by a sentence's end, no list item's or bold label's line. */
const SENTENCE_LINE = /^(?![-*+>|#]|\d{1,3}[.)]\s)[^\n]{99,}[.!?…»"”]$/u;

/** Whether lines `from`..`to` (exclusive) hold no paragraph of sentences (see `SENTENCE_LINE`). */
function tellsNothing(lines: readonly string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (SENTENCE_LINE.test((lines[i] ?? "").trim())) return false;
  return true;
}

/** A label in bold alone on its line («**Роллы**», "**Our essays:**"). */
const BOLD_LABEL = /^\*\*[^*]{1,60}\*\*$/u;

/**
 * Whether lines `from`..`to` (exclusive) are a standing listing: at least two list items making up `LISTING_SHARE` of the filled
 * lines, headings and labels in bold aside (a menu, delivery zones, prices, offers, the author's essays).
 */
function isListing(lines: readonly string[], from: number, to: number): boolean {
  let filled = 0;
  let items = 0;
  for (let i = from; i < to; i++) {
    const line = (lines[i] ?? "").trim();
    if (line === "" || line.startsWith("#") || BOLD_LABEL.test(line)) continue;
    filled++;
    if (LIST_ITEM.test(line)) items++;
  }
  return items >= 2 && items >= LISTING_SHARE * filled;
}

/** The day's text in an emphasized stamp line («*Город, 9 октября 2031 года*» → «9 октября 2031 года»), or null. */
function stampOf(line: string, stampDate: (text: string) => string | null): string | null {
  const text = EMPHASIZED.exec(line.trim())?.[2];
  if (text === undefined) return null;
  for (const part of text.split(/\s+·\s+|\s+\|\s+|,\s+/u)) {
    const day = part.trim().replace(STAMP_WORDS, "");
    if (stampDate(day) !== null) return day;
  }
  return null;
}

/** The site's name on the page's first filled line before `to`, without pictographs, tagline and bare quotes, or null. */
function siteName(lines: readonly string[], to: number): string | null {
  const match = SITE_NAME.exec((lines[firstFilled(lines, 0, to)] ?? "").trim());
  const name = (match?.[1] ?? match?.[2] ?? "").replace(LEADING_SIGNS, "").replace(TAGLINE, "").trim();
  if (name === "") return null;
  // (A name only in quotes loses them: ««Мастер»» → «Мастер».)
  return /^«[^«»]+»$/u.test(name) ? name.slice(1, -1) : name;
}

/**
 * Reads a story section page (see the module's note): `null` unless the lines hold `MIN_RULES` rules or more, a section between
 * them holding most of the page's prose (see `storySection`) that opens with a level-2 or level-3 heading (not a news section's bare name)
 * and has a stamp, a head naming the site and telling nothing in sentences, and at least one listing beside the story. `isRule`
 * tells a rule, `stampDate` reads a day.
 */
export function readStorySectionPage(lines: readonly string[], isRule: (line: string) => boolean, stampDate: (text: string) => string | null): StorySectionPage | null {
  const rules: number[] = [];
  for (let i = 0; i < lines.length; i++) if ((lines[i] ?? "").startsWith("---") && isRule(lines[i] ?? "")) rules.push(i);
  if (rules.length < MIN_RULES) return null;
  const section = storySection(lines, rules);
  if (section === null) return null;
  const { k: story, from, to } = section;
  const at = firstFilled(lines, from, to);
  let heading = SUB_HEADING.exec(lines[at] ?? "");
  if (!heading) return null;
  const drop = new Set<number>([at]);
  // (An item's heading under the section's heading is the story's: «## Новости сервиса» / «### Блэкаут в …».)
  let next = firstFilled(lines, at + 1, to);
  const under = SUB_HEADING.exec(lines[next] ?? "");
  if (under && (under[1] ?? "").length > (heading[1] ?? "").length) {
    heading = under;
    drop.add(next);
    next = firstFilled(lines, next + 1, to);
  }
  let title = (heading[2] ?? "").replace(LEADING_SIGNS, "").trim();
  title = CRUMB.exec(title)?.[1] ?? title;
  let stamp: string | null = null;
  const entry = ENTRY_STAMP.exec(title);
  if (entry && stampDate(entry[2] ?? "") !== null) {
    title = (entry[1] ?? title).trim();
    stamp = (entry[2] ?? "").trim();
  }
  const stampLine = stampOf(lines[next] ?? "", stampDate);
  if (stampLine !== null) {
    stamp ??= stampLine;
    drop.add(next);
  }
  // (Or the head's quoted notice about it dates it, and goes: see `readHeadNotice`.)
  const headNotice = stamp === null ? readHeadNotice(lines, 0, from, stampDate) : null;
  if (headNotice) {
    stamp = headNotice.stamp;
    title = withoutNoticeLabel(title);
    for (const i of headNotice.lines) drop.add(i);
  }
  // (A story without its stamp, or under a news section's bare name, is another format's.)
  if (stamp === null || NEWS_SECTION.test(title)) return null;
  // (The story's closing caption and comments note go.)
  for (let i = to - 1; i > at; i--) {
    const line = (lines[i] ?? "").trim();
    if (line === "") continue;
    if (!CLOSING_CAPTION.test(line) && !COMMENTS_CLOSED.test(line)) break;
    drop.add(i);
  }
  // (The page's head names the site and tells nothing in sentences; at least one section beside the story is a listing.)
  const first = rules[0] ?? 0;
  const last = rules[rules.length - 1] ?? lines.length;
  const site = siteName(lines, first) ?? (headNotice ? pictographSecondLevelName(lines[firstFilled(lines, 0, first)] ?? "") : null);
  if (site === null || !tellsNothing(lines, 0, first)) return null;
  for (let i = 0; i < first; i++) drop.add(i);
  let standing = 0;
  for (let k = 0; k + 1 < rules.length; k++) {
    const start = (rules[k] ?? 0) + 1;
    const end = rules[k + 1] ?? 0;
    if (k === story || !isListing(lines, start, end)) continue;
    standing++;
    for (let i = start; i < end; i++) drop.add(i);
  }
  if (standing === 0) return null;
  // (The footer's copyright line tells nothing, however long.)
  if (tellsNothing(lines.map((line) => (line.includes("©") ? "" : line)), last + 1, lines.length)) for (let i = last + 1; i < lines.length; i++) drop.add(i);
  return { lines: lines.map((line, i) => (drop.has(i) ? "" : line)), title, stamp, site };
}
