/**
 * More ways a business's Markdown site names and dates its news column (see `readShopNewsColumn`): a column named as the shop's
 * blog or notes («## Из блога магазина», «## Записки из лавки · 5 марта 2033», "## From the shop's blog", "## Notes from the
 * counter · 5 March 2033"), maybe with the item's day after a middle dot; an item's heading opened by its day («### 22.01.2031 ·
 * Снегоочиститель у входа»); a bold site name with its town after it («🍵 **Чайная лавка «Лист»** · г. Луговск»); a stamp
 * without its year («_Рубрика: жизнь клуба · 29 октября_»), the year then the last one of the page's copyright («© 2011–2024»);
 * and a quoted line of the head that is a promotion, not a notice: a record of the week with its holder («> ⏱ Лучший круг недели:
 * **38,214 с** — Никита Р.», "> 🏆 Lap record: 38.2 s — Nick R.") or a competition whose registration is open. Pure.
 */

/** A column named as the shop's blog or notes ("from the blog", «из блога магазина», «записки из лавки»). */
const BLOG_COLUMN = /^(?:из\s+блога|записки|заметки|from\s+(?:the|our)\s+(?:\p{L}+(?:'s|’s)?\s+)?blog|notes)(?:\s+\p{L}+(?:'s|’s)?){0,3}$/iu;
/** A column's or heading's day set apart by a middle dot: group 1 what stands before, group 2 after. */
const DOT_PARTS = /^(.+?)\s+·\s+(.+)$/u;
/** A bold site name with its town after a middle dot («… · г. Луговск», "… · Redmarsh"); group 1 is the name. */
const BOLD_NAME_WITH_TOWN = /^(?:[\p{Extended_Pictographic}\u2600-\u27BF]\uFE0F?\s*)*\*\*([^*]{2,80})\*\*\s+·\s+(?:г\.\s+)?\p{Lu}[\p{L}-]{2,30}(?:\s+\p{Lu}[\p{L}-]{1,30})?$/u;
/** A promotion in the head's quoted lines: a record of the week with its holder, an open registration. */
const HEAD_PROMOTION = /(?:лучш\p{L}+\s+(?:круг|время|результат)|рекорд\p{L}*|best\s+(?:lap|time|score)|lap\s+record|record\s+of\s+the\s+week)\s*(?:недели|of\s+the\s+week)?\s*:|регистрация\s+открыта|registration\s+(?:is\s+)?open/iu;

/** Whether a news column's heading (pictographs cut, its day after a dot aside) names the shop's blog or notes. */
export function isBlogColumn(text: string): boolean {
  const name = DOT_PARTS.exec(text)?.[1] ?? text;
  return BLOG_COLUMN.test(name.trim());
}

/** The day a column's heading or an item's heading carries after (or before) a middle dot, as written; or null. */
export function dotStamp(text: string, stampDate: (text: string) => string | null, first: boolean): string | null {
  const parts = DOT_PARTS.exec(text);
  const day = (first ? parts?.[1] : parts?.[2])?.trim();
  return day !== undefined && stampDate(day) !== null ? day : null;
}

/** An item's heading without the day opening it («22.01.2031 · Снегоочиститель …» → «Снегоочиститель …»); else the heading. */
export function withoutOpeningDay(text: string, stampDate: (text: string) => string | null): string {
  return dotStamp(text, stampDate, true) === null ? text : (DOT_PARTS.exec(text)?.[2] ?? text);
}

/** The bold site name of a page's first line followed by its town, or null. */
export function boldNameWithTown(first: string): string | null {
  return BOLD_NAME_WITH_TOWN.exec(first)?.[1]?.trim() ?? null;
}

/**
 * The day among a stamp's parts (set apart by "·" or "|") that reads as a day once the copyright's `year` is added to it («29
 * октября» → «29 октября 2024»), or null.
 */
export function stampWithYear(text: string, year: string | null, stampDate: (text: string) => string | null): string | null {
  if (year === null) return null;
  for (const part of text.split(/\s+[·|]\s+/u)) {
    const day = `${part.trim()} ${year}`;
    if (/^\d{1,2}\s+\p{L}+\s+\d{4}$/u.test(day) && stampDate(day) !== null) return day;
  }
  return null;
}

/** Whether a quoted line of the page's head is a promotion (a record of the week, an open registration), not a notice. */
export function isHeadPromotion(line: string): boolean {
  return HEAD_PROMOTION.test(line);
}
