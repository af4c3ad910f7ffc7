/**
 * A business's own site (a shop, a tradesman, a school, a club) carrying one post of its journal or news column about an event:
 * the post's headline stands right over its posting line, which opens with the day and names the author ("Posted Tuesday 10 June
 * 2031 by Rachel Henley, owner · Community · 5 min read", «*3 июля 2031 · Автор: Марина Кольцова, старший инструктор*»,
 * «🗓 10 ноября 2025 · ✍ Ксения Лаврушина, администратор клуба · 👁 2 418 просмотров»). Above the headline is the site's head
 * (its name, contacts, menu, offers, price lists, a product's card); under the post, from its share row ("Share this post:",
 * «Поделиться:»), its tags row, its related-posts header or the next heading of the headline's level on, the site's standing
 * blocks (prices, opening hours, newsletter form, footer). The headline is the title and the posting line's day the date; the
 * head, the posting line, a share row between it and the post's first words, and everything from the post's end go; so do the
 * post's filing fields under its posting line (`isPostFilingField`) and its note of its sources (`isSourcesNote`). The posting
 * line may also be one of the shapes `bylineDay` reads, a byline naming its author first (`authorFirstDay`), a byline alone over
 * the day's line (`bylineOverDay`), or, when asked for, a row of the post's fields (`postingFieldsDay`); under such a line (and
 * under the plain one with fields, its post closed by its share row: `capitalsHeadlineClosed`, or with its filing line under
 * it: `capitalsFiledPost`) the headline may be set in capitals (`isUpperCaseHeadline`), a pictograph before the share row does
 * not hide it («📤 Поделиться: …»), and a line of fields wants the post closed by its share row. Asked to (`pictographShareRowEnds`,
 * a second reading once other business pages' readers pass the page over), under the plain posting line too a share row marked by a
 * pictograph closes the post (`isPictographShareRow`). A posting line whose day carries its time ("Posted Sunday 14 March 2027,
 * 6.40pm | by …": `timedPostingDay`) is a byline too; one of the day and the post's counters alone («🗓 14.07.2026 · ⏱ 4 мин»:
 * `dayCounterDay`) wants the post closed by its share row, and so does one of the day and the writer marked by a pen («🕒
 * 14.09.2030 · ✍ Денис Шабалин, автоинструктор · По данным МЧС»: `penSignedDay`). A labelled note of where the post's facts come
 * from ("Facts from: …", «Факты: …»: `isFactsLabelNote`) under the posting line is its head too. Asked to (`boldDays`, a further
 * second reading), a posting line whose day is set in bold («**12 декабря 2028** · Автор: …») reads as the plain one
 * (`withoutBoldPostingDay`). A note of the post's sources closing it, over its tags or share row, goes too
 * (`withoutClosingSourcesNote`); under a line of fields, so does the writer's signature closing the post («*Ирина Белоусова*»:
 * `withoutClosingSignature`).
 */

import { bylineDay } from "./dated-byline.ts";
import { bylineOverDay, isPostFilingField } from "./post-head-fields.ts";
import { isUpperCaseHeadline } from "./upper-case-headline.ts";
import { authorFirstDay } from "./layout-author-first-byline.ts";
import { isPictographShareRow } from "./format-pictograph-share-row.ts";
import { capitalsHeadlineClosed, isCapitalsPostHeadline } from "./layout-capitals-post-headline.ts";
import { postingFieldsDay } from "./posting-fields-line.ts";
import { capitalsFiledPost } from "./capitals-filed-post.ts";
import { isSourcesNote } from "./sources-note.ts";
import { LEADING_PICTOGRAPHS } from "./pictographs.ts";
import { SHARE_ROW } from "./post-share-row.ts";
import { timedPostingDay } from "./trade-timed-posting-line.ts";
import { dayCounterDay } from "./trade-day-counter-line.ts";
import { isFactsLabelNote } from "./trade-facts-label.ts";
import { withoutBoldPostingDay } from "./studio-bold-posting-day.ts";
import { withoutClosingSourcesNote } from "./studio-closing-sources-note.ts";
import { penSignedDay } from "./counter-pen-signed-line.ts";
import { withoutClosingSignature } from "./counter-closing-signature.ts";
import { headingLevel } from "./heading-level.ts";

/** What a second reading of a page asks for (see `readJournalPostPage`). */
export interface JournalReading {
  /** A row of the post's fields is a posting line too (`postingFieldsDay`). */
  fieldRows?: boolean;
  /** A share row marked by a pictograph ends the post under any posting line (`isPictographShareRow`). */
  pictographShareRowEnds?: boolean;
  /** A posting line whose day is set in bold reads as the plain one (`withoutBoldPostingDay`). */
  boldDays?: boolean;
}

/** A posting line: "Posted [weekday] <day> by <Name>", or «<day> · Автор:/Текст:/✍ <Name>» (a leading pictograph allowed). */
const POSTING_LINE =
  /^(?:(?:posted|published)\s+(?:on\s+)?(?:\p{L}+day,?\s+)?(\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}+\s+\d{1,2},?\s+\d{4}),?\s+by\s+\p{Lu}|(?:[\p{Extended_Pictographic}]\uFE0F?\s*)?(\d{1,2}\s+\p{L}+\s+\d{4})(?:\s*г\.)?\s*·\s*(?:(?:автор|текст|author|text|by)\s*:?\s*|✍\uFE0F?\s*)\p{Lu})/iu;

/** A row that ends the post: its share row, its tags row, its related posts' header. */
const POST_END =
  /^(?:share(?: this(?: post| article| story)?)?\s*:|поделиться(?:\s*:|\s+(?:вконтакте|в\s+\p{L}+|telegram|facebook))|tags?\s*:|теги\s*:|метки\s*:|(?:you (?:might|may) also like|related (?:posts|articles|stories)|read (?:also|more)|more from the (?:journal|blog)|читайте также|похожие (?:записи|статьи|новости|лоты|материалы))\s*:?$)/iu;

/** Longest headline (characters). */
const MAX_TITLE_CHARS = 200;

/** Fewest characters of the post's text between its posting line and its end. */
const MIN_POST_CHARS = 400;

/** What a journal post's page gives: the post's lines (without its headline and posting line), its headline, the posting line's day and the head's lines. */
export interface JournalPostPage {
  lines: string[];
  title: string;
  stamp: string;
  head: string[];
}

/** A line without its Markdown heading marks, emphasis and a list's or quote's mark. */
function plain(line: string): string {
  return line
    .trim()
    .replace(/^#{1,6}\s+/u, "")
    .replace(/^>\s*/u, "")
    .replace(/^[*_]+|[*_]+$/gu, "")
    .trim();
}

/**
 * Reads a journal post's page (see the module's note): the first posting line with a headline over it that does not end a
 * sentence, a head above the headline, and an end after at least `MIN_POST_CHARS` of the post's text. `null` otherwise. With
 * `fieldRows`, a row of the post's fields is a posting line too (see `postingFieldsDay`); with `pictographShareRowEnds`, a share
 * row marked by a pictograph ends the post (see `isPictographShareRow`): the cleaner asks for each once the readers of business
 * pages have passed the page over, as those read some such pages their own way. Pure.
 */
export function readJournalPostPage(lines: readonly string[], { fieldRows = false, pictographShareRowEnds = false, boldDays = false }: JournalReading = {}): JournalPostPage | null {
  for (let p = 1; p < lines.length; p++) {
    // (When asked, a day set in bold before the line's other parts reads as the plain line's day: see `withoutBoldPostingDay`.)
    const match = POSTING_LINE.exec(plain(boldDays ? withoutBoldPostingDay(lines[p] ?? "") : (lines[p] ?? "")));
    const stamp = match?.[1] ?? match?.[2];
    // (Another shape of posting line is tried only where the plain one is not; a page it does not fit is passed over.)
    const other = stamp === undefined ? otherPostingLine(lines, p, fieldRows) : null;
    if (stamp === undefined && other === null) continue;
    let t = (other?.top ?? p) - 1;
    while (t >= 0 && (lines[t] ?? "").trim() === "") t--;
    const headline = t >= 0 ? plain(lines[t] ?? "") : "";
    // (Under the plain posting line, a headline in capitals wants its post closed by its share row: `capitalsHeadlineClosed`.)
    const shouted = other === null && !/\p{Ll}/u.test(headline) && isCapitalsPostHeadline(headline);
    const fits = headline !== "" && headline.length <= MAX_TITLE_CHARS && !/[.;,!]$/u.test(headline) && (/\p{Ll}/u.test(headline) || shouted || (other !== null && isUpperCaseHeadline(headline)));
    if (!fits || !lines.slice(0, t).some((line) => line.trim() !== "")) {
      if (other !== null) continue;
      return null;
    }
    const level = headingLevel(lines[t] ?? "");
    let chars = 0;
    let end = -1;
    const kept: string[] = [];
    for (let i = p + 1; i < lines.length; i++) {
      const line = lines[i] ?? "";
      const view = plain(line);
      // (The post's filing fields under its posting line are its head.)
      // (So is its note of whom it asked, written as a phrase: see `isSourcesNote`.)
      // (Or a labelled note of where its facts come from: see `isFactsLabelNote`.)
      if (chars === 0 && (isPostFilingField(line) || isSourcesNote(line) || isFactsLabelNote(line))) continue;
      // (When asked, under any posting line a share row marked by a pictograph closes the post once it has words: `isPictographShareRow`.)
      if (POST_END.test(view) || (other !== null && POST_END.test(view.replace(LEADING_PICTOGRAPHS, ""))) || (pictographShareRowEnds && chars > 0 && isPictographShareRow(view)) || (chars > 0 && level > 0 && headingLevel(line) > 0 && headingLevel(line) <= level)) {
        // (A share row between the posting line and the post's first words is the post's head.)
        if (chars === 0 && !/^(?:tags?|теги|метки)\s*:/iu.test(view)) continue;
        end = i;
        break;
      }
      chars += view.length;
      kept.push(line);
    }
    if (other !== null && (end < 0 || chars < MIN_POST_CHARS || (other.fielded && !SHARE_ROW.test(plain(lines[end] ?? "").replace(LEADING_PICTOGRAPHS, ""))))) continue;
    // (Or its filing line stands under its posting line: see `capitalsFiledPost`.)
    const closed = (row: string): boolean =>
      capitalsHeadlineClosed(headline, lines[p] ?? "", row) || capitalsFiledPost(headline, lines.slice(p + 1).find((line) => line.trim() !== "") ?? "", row);
    if (end < 0 || chars < MIN_POST_CHARS || (shouted && !closed(lines[end] ?? ""))) return null;
    // (So is its note of its sources closing it, over its tags or share row: see `withoutClosingSourcesNote`; and under a
    // line of fields, a signature naming that line's writer again, no sentence of it: see `withoutClosingSignature`.)
    const post = other?.fielded === true ? withoutClosingSignature(kept, lines[p] ?? "") : kept;
    return { lines: withoutClosingSourcesNote(post), title: headline, stamp: stamp ?? other?.stamp ?? "", head: lines.slice(0, t) };
  }
  return null;
}

/**
 * A posting line of another shape at `p` (see `bylineDay`), or a byline alone right over the day's line at `p` (see
 * `bylineOverDay`): its day, the first line of the posting block, and whether it is a line of fields. Null otherwise.
 */
function otherPostingLine(lines: readonly string[], p: number, fieldRows: boolean): { stamp: string; top: number; fielded: boolean } | null {
  const byline = bylineDay(lines[p] ?? "");
  if (byline !== null) return { stamp: byline.day, top: p, fielded: byline.fielded };
  // (A posting line whose day carries the time it was posted: see `timedPostingDay`.)
  const timed = timedPostingDay(lines[p] ?? "");
  if (timed !== null) return { stamp: timed, top: p, fielded: false };
  // (A byline naming its author first, after "By" or an author's label: see `authorFirstDay`.)
  const authorFirst = authorFirstDay(lines[p] ?? "", lines[p - 1] ?? "");
  if (authorFirst !== null) return { stamp: authorFirst, top: p, fielded: false };
  const day = bylineOverDay(lines[p - 1] ?? "", lines[p] ?? "");
  if (day !== null) return { stamp: day, top: p - 1, fielded: false };
  // (A row of the post's fields, its day labelled or in digits, when asked for: see `postingFieldsDay`; it wants the post closed by
  // its share row.)
  const fields = fieldRows ? postingFieldsDay(lines[p] ?? "") : null;
  if (fields !== null) return { stamp: fields, top: p, fielded: true };
  // (A line of the day and the post's counters alone, no author, wants the post closed by its share row too: see `dayCounterDay`.)
  const counted = dayCounterDay(lines[p] ?? "");
  if (counted !== null) return { stamp: counted, top: p, fielded: true };
  // (So does a line of the day and the writer marked by a pen, maybe naming the sources: see `penSignedDay`.)
  const signed = penSignedDay(lines[p] ?? "");
  return signed === null ? null : { stamp: signed, top: p, fielded: true };
}
