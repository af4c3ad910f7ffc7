/**
 * A club's, association's or charity's plain-text page whose story is a notice or a news item set under a label boxed between two
 * dashed rules ("NOTICE TO MEMBERS AND THE PUBLIC" / its headline, "STATION NEWS · PORT ASHBY", «ОБЪЯВЛЕНИЕ ДЛЯ ЧЛЕНОВ
 * КЛУБА»), among other boxed blocks that are the page's standing furniture (a donation form, a show's results, a kit list, the
 * latest launches) and under a head of the site's name, menu and banners. The body under the story's box holds most of the page's
 * prose. Its headline is the box's line under the label, else the body's opening line standing alone as a headline; an issue line
 * in the body ("Issued on 12 June 2031 by the Hon. Secretary, …", «Опубликовано 12 июня 2031 года секретарём …») dates it. The
 * head, the boxes, the other blocks, the footer and the body's closing filing line ("Posted in: … Share: …") go.
 */
import { firstFilled, PROSE_LINE_CHARS, RULE_DASHES } from "./prose-section.ts";

/** What a notice box page gives: its lines without the furniture, the story's headline and its issue line's day. */
export interface NoticeBoxPage {
  lines: string[];
  title: string;
  /** The day's text of the issue line, or null. */
  issued: string | null;
}

/** A label in capitals of two words or more ("STATION NEWS · PORT ASHBY", «ОБЪЯВЛЕНИЕ ДЛЯ ЧЛЕНОВ КЛУБА»). */
const LABEL = /^(?=[^\p{Ll}]{5,80}$)\p{Lu}+[^\s]*(?:\s+\S+)+$/u;
/** A posting line in the box under the headline ("Posted by Ann Reid, Group Leader, Monday 16 June 2031", «Опубликовано: …»). */
const POSTING = /^(?:posted|published|issued|опубликовано|размещено)(?:\s|:\s)/iu;
/** An issue line in the body, its day before who issued it. */
const ISSUE_LINE = /^(?:issued|posted|published|опубликовано|размещено)\s+(?:on\s+)?(.{6,40}?)\s+(?:by|—)\s+\S/iu;
/** The body's closing filing and sharing line ("Posted in: Station news · Rescues    Share: [f] [x]", «Рубрики: … · Поделиться: …»). */
const FILING_LINE = /^(?:posted in|filed under|categories|tags|рубрик[аи]|теги)\s*:/iu;
/** A headline standing alone at the body's opening is no longer than this. */
const MAX_HEADLINE_CHARS = 200;
/** Least prose (characters in long lines) of the story's body. */
const MIN_STORY_PROSE = 600;
/** Share of the page's prose the story's body holds at least. */
const MIN_STORY_SHARE = 0.6;
/** Least dashed rules on the page: a box's two and the one closing its body. */
const MIN_RULES = 3;

/** Characters of prose in lines `from`..`to` (exclusive). */
function proseOf(lines: readonly string[], from: number, to: number): number {
  let sum = 0;
  for (let i = from; i < to; i++) if ((lines[i] ?? "").length >= PROSE_LINE_CHARS) sum += (lines[i] ?? "").length;
  return sum;
}

/**
 * Reads a notice box page (see the module's note): `null` unless the lines hold `MIN_RULES` dashed rules or more and a label in
 * capitals boxed between two of them over a body holding `MIN_STORY_SHARE` of the page's prose, with a headline. `isRule` tells a
 * rule, `stampDate` reads a day.
 */
export function readNoticeBoxPage(lines: readonly string[], isRule: (line: string) => boolean, stampDate: (text: string) => string | null): NoticeBoxPage | null {
  const rules: number[] = [];
  for (let i = 0; i < lines.length; i++) if ((lines[i] ?? "").startsWith(RULE_DASHES) && isRule(lines[i] ?? "")) rules.push(i);
  if (rules.length < MIN_RULES) return null;
  const total = proseOf(lines, 0, lines.length);
  let box = -1;
  let best = 0;
  for (let k = 0; k + 1 < rules.length; k++) {
    const open = rules[k] ?? 0;
    const close = rules[k + 1] ?? 0;
    if (close - open < 2 || close - open > 4 || !LABEL.test((lines[open + 1] ?? "").trim())) continue;
    // (A box of three lines closes with its posting line: a status's or an update's fields make another format's box.)
    if (close - open === 4 && !POSTING.test((lines[open + 3] ?? "").trim())) continue;
    const prose = proseOf(lines, close + 1, rules[k + 2] ?? lines.length);
    if (prose > best) {
      best = prose;
      box = k;
    }
  }
  if (box < 0 || best < MIN_STORY_PROSE || best < MIN_STORY_SHARE * total) return null;
  const open = rules[box] ?? 0;
  const from = (rules[box + 1] ?? 0) + 1;
  const to = rules[box + 2] ?? lines.length;
  // The headline: the box's line under the label, else the body's opening line standing alone.
  const drop = new Set<number>();
  let title = (lines[open + 2] ?? "").trim();
  if (open + 2 >= from - 1 || title === "" || POSTING.test(title) || LABEL.test(title)) {
    const at = firstFilled(lines, from, to);
    title = (lines[at] ?? "").trim();
    if (at < 0 || title.length > MAX_HEADLINE_CHARS || /[.:;,]$/u.test(title) || (lines[at + 1] ?? "").trim() !== "") return null;
    drop.add(at);
  }
  // (The box's posting line dates the notice when the body has no issue line: "Posted by …, Monday 16 June 2031".)
  // (A line closed by its day is a statement's issuer line, not a headline: "Statement of the Rector, …, 7 August 2034".)
  if (stampDate(title.split(/,\s+/u).at(-1) ?? "") !== null) return null;
  let issued: string | null = null;
  for (let i = open + 2; i < from - 1 && issued === null; i++) {
    const line = (lines[i] ?? "").trim();
    if (POSTING.test(line)) issued = line.split(/,\s+/u).find((part) => stampDate(part) !== null) ?? null;
  }
  for (let i = from; i < to; i++) {
    const day = ISSUE_LINE.exec((lines[i] ?? "").trim())?.[1];
    if (day === undefined || stampDate(day) === null) continue;
    issued ??= day;
    drop.add(i);
    break;
  }
  for (let i = to - 1; i >= from; i--) {
    const line = (lines[i] ?? "").trim();
    if (line === "") continue;
    if (FILING_LINE.test(line)) drop.add(i);
    break;
  }
  return { lines: lines.flatMap((line, i) => (i < from || i >= to || drop.has(i) ? [] : [line])), title, issued };
}
