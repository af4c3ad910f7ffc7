/**
 * A crowdfunding platform's fundraiser page: the platform's menu and breadcrumb, the fundraiser's headline, its photo, its progress
 * ("£52,915 raised of £80,000 target", «Собрано 1 384 650 ₽ из 2 600 000 ₽») with its bar, its counters and its buttons, the
 * organiser's line, then the story under its label ("STORY", «История»), the organiser's updates under theirs ("UPDATES (3)"),
 * the recent donations ("Name · £50 · 2 hrs"), the words of support (each under its donor's row), and the page's closing blocks
 * (the organiser, the beneficiary, the platform's guarantee, its fees, its copyright). The headline is the title and the platform
 * the outlet; the story, the updates' texts and the supporters' words stay (they tell of the event); the head, the labels, the
 * donors' rows, the buttons and the closing blocks are furniture.
 */

import { filledLines } from "./filled-lines.ts";

/** A fundraiser's progress line ("£52,915 raised of £80,000 target", "$1,200 raised of $5,000", «Собрано 1 384 650 ₽ из 2 600 000 ₽»). */
const PROGRESS_LINE = /^(?:[£$€₽]\s?[\d\s,.]+[KkMm]?\s+raised\s+of\s|собрано\s+[\d\s\u00A0,.]+\s*(?:₽|руб\.?|рублей)\s+из\s)/iu;
/** The story's label ("STORY", "About", «История», «О сборе»). */
const STORY_LABEL = /^(?:story|the story|about(?: this fundraiser)?|история|о сборе|описание)$/iu;
/** A section's label in capitals with its count and buttons ("UPDATES (3)", "RECENT DONATIONS (1,386)   [ See top ]  [ See all ]"). */
const COUNTED_LABEL = /^[^\p{Ll}\d]{3,40}\(\s?[\d\s,.]+\s?\)(?:\s+\[[^\]]{1,30}\])*$/u;
/** A donor's row ("Kasia Nowak · £40 · 5 d", "Anonymous · £50 · 2 hrs", «Ирина К. — 1 000 ₽ · 2 минуты назад»). */
const DONOR_ROW = /^[^·]{1,80}\s[·—]\s(?:[£$€]\s?[\d,.]+|[\d\s\u00A0,.]+\s?₽)\s·\s\d{1,3}\s?(?:d|days?|h|hrs?|hours?|m|mins?|minutes?|w|wks?|weeks?|дн\.?|дня|дней|ч\.?|час\p{L}*|мин\.?|минут\p{L}*)(?:\s+(?:ago|назад))?$/iu;
/** A read-more toggle or a show-more button ("Read less ▲", "Read more", "[ Show more ]", «Свернуть», «Читать далее»). */
const TOGGLE = /^(?:read (?:less|more)|свернуть|читать (?:далее|полностью))\b.{0,4}$|^\[\s*(?:show more|see all|показать ещё|показать еще)\s*\]$/iu;
/** A label opening the page's closing blocks ("Organiser", "Beneficiary", «Организатор», «Получатель»). */
const CLOSING_LABEL = /^(?:organi[sz]er|beneficiary|организатор|получатель)$/iu;
/** The platform's copyright line ("© 2025 RaiseKind Ltd · Terms · …"); group 1 is its owner. */
const COPYRIGHT = /^(?:©|\(c\))\s*(?:\d{4}(?:[–-]\d{4})?\s+)?([^·|]{2,60}?)(?:\s+(?:Ltd|Limited|Inc|LLC|plc|ООО))?\.?\s*(?:[·|].*)?$/iu;
/** The creation line of a fundraiser ("Created 10 August 2025 · Emergencies", «Создан 3 февраля 2032 · …»); group 1 is its day. */
const CREATED_LINE = /^(?:created|started|создан\p{L}*|открыт\p{L}*)\s+(?:on\s+)?([^·|]{6,40}?)\s*(?:[·|]|$)/iu;
/** How many filled lines from the top the progress line may stand at. */
const MAX_LINES_TO_PROGRESS = 15;
/** Longest headline (characters). */
const MAX_HEADLINE_CHARS = 200;

/** What a fundraiser page gives: its story's lines and the rest that stays, its headline, the platform and its creation stamp. */
export interface FundraiserPage {
  lines: string[];
  title: string | null;
  platform: string | null;
  /** The day it was created ("10 August 2025" from "Created 10 August 2025 · Emergencies · …"), as written. */
  created: string | null;
}

/** Whether a line above the progress reads as the fundraiser's headline (not its photo, its breadcrumb or its menu). */
function isHeadline(line: string): boolean {
  return line.length >= 12 && line.length <= MAX_HEADLINE_CHARS && /^\p{Lu}/u.test(line) && !/[.,;:›>]|\s{3,}/u.test(line);
}

/**
 * Reads a crowdfunding platform's fundraiser page (see the module's note); `null` unless a progress line stands among the first
 * `MAX_LINES_TO_PROGRESS` filled lines with the story's label under it. Pure.
 */
export function readFundraiserPage(lines: readonly string[]): FundraiserPage | null {
  const top = filledLines(lines, MAX_LINES_TO_PROGRESS);
  // (A cheap test first: the progress line's word.)
  const progress = top.findIndex((entry) => /raised|собрано/iu.test(entry.text) && PROGRESS_LINE.test(entry.text));
  if (progress < 0) return null;
  const label = lines.findIndex((line, i) => i > (top[progress]?.i ?? 0) && STORY_LABEL.test(line.trim()));
  if (label < 0) return null;
  const title = top.slice(0, progress).reverse().find((entry) => isHeadline(entry.text))?.text ?? null;
  const copyright = lines.findLast((line) => /^(?:©|\(c\))/iu.test(line.trim()));
  const platform = copyright === undefined ? null : (COPYRIGHT.exec(copyright.trim())?.[1]?.trim() ?? null);
  let end = lines.length;
  const closing = lines.findIndex((line, i) => i > label && CLOSING_LABEL.test(line.trim()));
  if (closing > 0) end = closing;
  const out = lines.slice(label + 1, end).filter((line) => {
    const text = line.trim();
    return !COUNTED_LABEL.test(text) && !DONOR_ROW.test(text) && !TOGGLE.test(text);
  });
  const created = lines.slice(0, label).map((line) => CREATED_LINE.exec(line.trim())?.[1] ?? null).find((day) => day !== null) ?? null;
  return { lines: out, title, platform, created };
}
