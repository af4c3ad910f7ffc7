/**
 * A small organisation's site written in Markdown as sections between rules (a summer camp's, a nature reserve's, a licensing
 * department's page), one of which is its news section carrying the story: a news item under its own heading below the section's
 * heading («## Новости лагеря» / «### Пожар в корпусе № 4: …», "## Latest news" / "### Bear attack on …"), with its emphasized
 * stamp line under its heading or over it ("*10 июля 2025, 12:30 · Администрация лагеря*", "**18.03.2033 · 16:40**"). The page's
 * head above its first rule (the name, the contacts, the menu, a banner, counters) when it tells nothing in sentences, the
 * standing sections under their own headings after the news (visiting rules, trails) when they tell nothing in sentences, those
 * before it that list entries under bold names (shifts and prices), a back link or a views counter closing the item, a picture's
 * caption in it and the footer's lines that tell nothing are the site's furniture. The item's heading is the title, the stamp the
 * date, the owner in the footer's copyright (or the name in bold opening the page) the outlet. A section without a heading
 * between the rules (a notice quoted in a box, a register's search result) stays; so does a level-1 heading over the head (it
 * may name the site).
 */
import { firstFilled, storySection } from "./prose-section.ts";

/** What a sectioned site page gives: its lines without the furniture, the story's heading, its stamp and the site's owner. */
export interface SectionedSitePage {
  lines: string[];
  title: string;
  stamp: string | null;
  owner: string | null;
}

/** A Markdown heading of level 2 or 3 and its text. */
const SUB_HEADING = /^(#{2,3})\s+(.+?)\s*#*$/u;
/** A line in Markdown emphasis (the stamp under a heading: "*16.08.2032 · пресс-служба заповедника*", "**18.03.2033 · 16:40**"). */
const EMPHASIZED = /^([*_]{1,2})([^*_]{4,100})\1$/u;
/** A label before a stamp's day ("Posted 26.06.2034", «Размещено 26.06.2034», «Опубликовано: …»). */
const STAMP_LABEL = /^(?:posted|published|updated|размещено|опубликовано|обновлено)\s*:?\s*/iu;
/** A back link to the news list or a views counter closing the item ("← Все новости · Просмотров: 3 912", "Views: 1,204"). */
const ITEM_FOOT = /^(?:←|<\s|назад(?!\p{L})|back to\b|все новости(?!\p{L})|all news\b)|(?:просмотр\p{L}*|views)\s*:\s*\d/iu;
/** A picture's caption in emphasis inside the item ("*На снимке: изъятые бутылки*", "_Pictured: the burnt-out block_"). */
const PHOTO_CAPTION = /^[*_]{1,2}(?:на снимке|на фото|фото|pictured|photo|picture)\s*:/iu;
/** Pictographs opening a heading ("⚠️ Новости", "🔥 Хиты сезона"). */
const LEADING_SIGNS = /^(?:[\p{Extended_Pictographic}\uFE0F\u200D]+\s*)+/u;
/** The owner after a copyright sign and its years ("© 2012–2025 МАУ ДОЛ «…»", "© 2008–2032 ФГБУ «…». Все фотографии …"). */
const COPYRIGHT_OWNER = /©\s*(?:\d{4}\s*(?:[–-]\s*\d{4})?\s*,?\s*)?([^.,·|]{3,80}?)\s*(?:[.,·|]\s|\.?$)/u;
/** A name in bold opening the page ("**Банкетный зал «Малахит»** · Краснополянск"). */
const BOLD_NAME = /^\*\*([^*]{3,80})\*\*/u;
/** A news section's heading ("Новости", «Новости лагеря», "News", "Latest news", "Club news"). */
const NEWS_SECTION = /^(?:(?:latest|club|our|site)\s+)?(?:news|новости|объявления|announcements)(?:\s+\p{L}+){0,2}$/iu;

/** A paragraph of sentences: long, closed by a sentence's end, no list item's or bold label's line. */
const SENTENCE_LINE = /^(?![-*+>|#]|\d{1,3}[.)]\s)[^\n]{99,}[.!?…»"”]$/u;

/** Whether lines `from`..`to` (exclusive) hold a paragraph of sentences (see `SENTENCE_LINE`). */
function hasSentences(lines: readonly string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (SENTENCE_LINE.test((lines[i] ?? "").trim())) return true;
  return false;
}

/** An entry under its bold name ("**1 смена «Город мастеров»** — 2–22 июня", "**Полная стоимость путёвки** — 46 200 руб."). */
const BOLD_ENTRY = /^\*\*[^*]{2,80}\*\*\s*(?:[—–:-]|\(|$)/u;

/** Whether most filled lines of `from`..`to` (exclusive), its heading aside, are entries under bold names (at least three). */
function isBoldListing(lines: readonly string[], from: number, to: number): boolean {
  let filled = 0;
  let entries = 0;
  for (let i = from; i < to; i++) {
    const line = (lines[i] ?? "").trim();
    if (line === "" || line.startsWith("#")) continue;
    filled++;
    if (BOLD_ENTRY.test(line)) entries++;
  }
  return entries >= 3 && entries * 2 > filled;
}

/** The day in an emphasized stamp line, or null (`stampDate` reads a day). */
function stampOf(line: string, stampDate: (text: string) => string | null): string | null {
  const text = EMPHASIZED.exec(line)?.[2];
  if (text === undefined) return null;
  for (const part of text.split(/\s+·\s+|\s+\|\s+/u)) {
    const day = part.trim().replace(STAMP_LABEL, "");
    if (stampDate(day) !== null) return day;
  }
  return null;
}

/**
 * The owner a copyright line names from line `footerFrom` on, the last first ("© 2008–2032 ФГБУ «…». Все фотографии …" → «ФГБУ
 * «…»»; a name only in quotes loses them: "© 2011–2024 «Огненный Ёж»." → «Огненный Ёж»), or null.
 */
export function copyrightOwner(lines: readonly string[], footerFrom: number): string | null {
  for (let i = lines.length - 1; i >= footerFrom; i--) {
    const line = lines[i] ?? "";
    if (!line.includes("©")) continue;
    const owner = COPYRIGHT_OWNER.exec(line)?.[1]?.trim();
    if (owner) return /^«[^«»]+»$/u.test(owner) ? owner.slice(1, -1) : owner;
  }
  return null;
}

/** The site's owner: its copyright in the footer, else the name in bold opening the page. */
function ownerOf(lines: readonly string[], footerFrom: number): string | null {
  const owner = copyrightOwner(lines, footerFrom);
  if (owner !== null) return owner;
  const first = lines[firstFilled(lines, 0, lines.length)] ?? "";
  return BOLD_NAME.exec(first.trim())?.[1]?.trim() ?? null;
}

/**
 * Reads a sectioned site page (see the module's note): `null` unless the lines hold a level-2 or level-3 heading, two rules or
 * more, and a section between rules holding most of the page's prose (see `storySection`) that opens with a news section's heading over
 * an item's heading of its level or below, a stamp line under or over the item's heading. `isRule` tells a rule, `stampDate`
 * reads a day.
 */
export function readSectionedSitePage(lines: readonly string[], isRule: (line: string) => boolean, stampDate: (text: string) => string | null): SectionedSitePage | null {
  if (!lines.some((line) => line.startsWith("## ") || line.startsWith("### "))) return null;
  const rules: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const c = (lines[i] ?? "")[0];
    if ((c === "-" || c === "*" || c === "_" || c === "—") && isRule(lines[i] ?? "")) rules.push(i);
  }
  if (rules.length < 2) return null;
  const section = storySection(lines, rules);
  if (section === null) return null;
  const { k: story, from, to } = section;
  // The story's heading: the section's first line, or the line under a news section's heading.
  let at = firstFilled(lines, from, to);
  let heading = SUB_HEADING.exec(lines[at] ?? "");
  if (!heading) return null;
  const drop = new Set<number>();
  if (!NEWS_SECTION.test((heading[2] ?? "").replace(LEADING_SIGNS, ""))) return null;
  // (The item's stamp stands under its heading, or over it right under the news section's heading: "**18.03.2033 · 16:40**".)
  let next = firstFilled(lines, at + 1, to);
  let stampAt = -1;
  let stamp = stampOf(lines[next] ?? "", stampDate);
  if (stamp !== null) {
    stampAt = next;
    next = firstFilled(lines, next + 1, to);
  }
  const under = SUB_HEADING.exec(lines[next] ?? "");
  if (!under || (under[1] ?? "").length < (heading[1] ?? "").length) return null;
  drop.add(at);
  at = next;
  heading = under;
  if (stamp === null) {
    stampAt = firstFilled(lines, at + 1, to);
    stamp = stampOf(lines[stampAt] ?? "", stampDate);
  }
  if (stamp === null) return null;
  drop.add(at);
  if (stamp !== null) drop.add(stampAt);
  for (let i = to - 1, back = true; i > at; i--) {
    const line = (lines[i] ?? "").trim();
    if (line === "") continue;
    if (back && ITEM_FOOT.test(line)) drop.add(i);
    else if (PHOTO_CAPTION.test(line)) drop.add(i);
    back = false;
  }
  // (So is the footer under the last rule when it tells nothing in sentences: the frequent searches, the site's notes; its
  // copyright line is left to name the site.)
  const last = rules[rules.length - 1] ?? lines.length;
  if (!hasSentences(lines, last + 1, lines.length)) for (let i = last + 1; i < lines.length; i++) if (!(lines[i] ?? "").includes("©")) drop.add(i);
  // The head above the first rule and the standing sections under their own headings after the story, when they tell nothing
  // in sentences.
  // (The site's name in a level-1 heading stays: it may name the outlet.)
  if (!hasSentences(lines, 0, rules[0] ?? 0)) for (let i = 0; i < (rules[0] ?? 0); i++) if (!(lines[i] ?? "").startsWith("# ")) drop.add(i);
  for (let k = 0; k + 1 < rules.length; k++) {
    if (k === story) continue;
    const start = (rules[k] ?? 0) + 1;
    const end = rules[k + 1] ?? 0;
    if (!/^#{1,6}\s/u.test(lines[firstFilled(lines, start, end)] ?? "")) continue;
    // (A section above the story goes only as a listing of entries under bold names: shifts, prices, halls.)
    if (k > story ? hasSentences(lines, start, end) : !isBoldListing(lines, start, end)) continue;
    for (let i = start; i < end; i++) drop.add(i);
  }
  const owner = ownerOf(lines, rules[rules.length - 1] ?? lines.length);
  const title = (heading[2] ?? "").replace(LEADING_SIGNS, "").trim();
  return { lines: lines.map((line, i) => (drop.has(i) ? "" : line)), title, stamp, owner };
}
