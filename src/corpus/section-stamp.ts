/**
 * A company site's news page (a pharmacy chain's, a shop's): the site's head (its logo and name, the city picker, the basket, the
 * search box, the catalogue menu with the breadcrumb), then the story's heading right above its stamp line naming its section
 * ("07.10.2034 · 11:30 · Раздел: Новости компании", "7 October 2034 · Section: Company news"), the story, and under it the site's
 * hotline box, more news of the section ("Ещё новости компании", "More company news") and the legal notice in capitals
 * («ИМЕЮТСЯ ПРОТИВОПОКАЗАНИЯ. НЕОБХОДИМО ПРОКОНСУЛЬТИРОВАТЬСЯ СО СПЕЦИАЛИСТОМ.»). The heading is the title, the stamp dates it; the
 * head, the stamp line, the more-news list and the legal notice are furniture. (Only under a shop's head: a public body's news page
 * with such a stamp line is read elsewhere, its head naming the outlet.)
 */

import { filledLines } from "./filled-lines.ts";

/** A stamp line naming the story's section ("07.10.2034 · 11:30 · Раздел: Новости компании"); group 1 is the stamp before the section. */
const SECTION_STAMP = /^(.{6,40}?)\s*[·|•]\s*(?:раздел|рубрика|section|category)\s*:\s*\S.{0,60}$/iu;
/** A more-news heading ("Ещё новости компании", "More company news", "Other news"). */
const MORE_NEWS = /^(?:ещё|еще|другие)\s+новости(?:\s+\p{L}+){0,2}$|^(?:more|other)\s+(?:\p{L}+\s+)?news$/iu;
/** A more-news list's entry ("- 01.10.2034 · Открылась 28-я аптека сети"). */
const NEWS_ENTRY = /^[-*•]?\s*\d{1,2}[./]\d{1,2}[./]\d{2,4}\s*[·|•-]\s*\S/u;
/** A legal notice in capitals closing a health product's page («ИМЕЮТСЯ ПРОТИВОПОКАЗАНИЯ…», "ALWAYS READ THE LABEL…"). */
const LEGAL_NOTICE = /^(?:ИМЕЮТСЯ ПРОТИВОПОКАЗАНИЯ|ПЕРЕД ПРИМЕНЕНИЕМ|НЕ ЯВЛЯЕТСЯ ЛЕКАРСТВЕННЫМ|ALWAYS READ THE LABEL)[^\p{Ll}]*$/u;
/** A shop's head line: its basket or its search button ("🛒 Корзина (0)", "Basket (2)", "[Найти]", "[ Search ]"). */
const SHOP_HEAD = /корзина|basket|(?:shopping )?cart(?![\p{L}])|\[\s*(?:найти|искать|search|find)\s*\]/iu;
/** How many filled lines from the top the heading may stand at. */
const MAX_LINES_TO_HEADING = 15;
/** Longest heading (characters). */
const MAX_HEADING_CHARS = 200;

/** What a company's news page gives: its lines from the story on, the heading and the stamp. */
export interface SectionStampPage {
  lines: string[];
  title: string;
  stamp: string;
}

/**
 * Reads a company's news page (see the module's note); `null` unless a heading stands right above a stamp line naming its section,
 * under a shop's head (a basket or a search button, see `SHOP_HEAD`).
 */
export function readSectionStampPage(lines: readonly string[]): SectionStampPage | null {
  const filled = filledLines(lines, MAX_LINES_TO_HEADING + 1);
  for (let k = 1; k < filled.length; k++) {
    const stampLine = filled[k]?.text ?? "";
    // (A cheap test first: the section's word and a colon.)
    if (!stampLine.includes(":") || !/раздел|рубрика|section|category/iu.test(stampLine)) continue;
    const match = SECTION_STAMP.exec(stampLine);
    const heading = filled[k - 1];
    if (!match || !heading || !/^#{1,6}\s/u.test(heading.text)) continue;
    if (!filled.slice(0, k - 1).some((entry) => SHOP_HEAD.test(entry.text))) return null;
    const title = heading.text.replace(/^#{1,6}\s+/u, "").trim();
    if (title.length > MAX_HEADING_CHARS || /[.;,]$/u.test(title)) return null;
    const out = lines.slice((filled[k]?.i ?? 0) + 1);
    const more = out.findIndex((line) => MORE_NEWS.test(line.trim().replace(/\*\*/gu, "")));
    if (more >= 0) {
      let stop = more + 1;
      while (stop < out.length && NEWS_ENTRY.test((out[stop] ?? "").trim())) stop++;
      if (stop > more + 1) out.splice(more, stop - more);
    }
    return { lines: out.filter((line) => !LEGAL_NOTICE.test(line.trim())), title, stamp: (match[1] ?? "").trim() };
  }
  return null;
}
