/**
 * On a club's or charity's plain-text page cut by rules into blocks, one of them its story (a statement to members: see
 * `takeSectionedHeadline`), the blocks after the story are mostly furniture (concert dates, a donation form, the latest launches),
 * but a block under a label in capitals told in full sentences ("PIER FAMILIES FUND" / "Our online collection has so far raised
 * £23,780. Every penny goes to …", «СБОР ДЛЯ СЕМЕЙ» / «За неделю собрали …») is the organisation's own word on the story's
 * aftermath: it stays, after the story, with its label.
 */

/** A block's label in capitals of two words or more ("PIER FAMILIES FUND", «СБОР ДЛЯ СЕМЕЙ»). */
const LABEL = /^(?=[^\p{Ll}]{5,60}$)\p{Lu}[^\s]*(?:\s+\S+)+$/u;
/** A line of prose: this long, closed by a sentence's end, two sentences or more. */
const PROSE = /^(?=.{100,}$)\p{Lu}.*[.!?…]\s+\p{Lu}.*[.!?…»"”]$/u;

/**
 * The story's lines with the labelled prose blocks of the page after its last line appended (see the module's note); `null` when
 * there is none. `page` is the page's lines, `story` those the story's reader
 * kept.
 */
export function withBoxedAppeals(page: readonly string[], story: readonly string[]): string[] | null {
  const last = story.findLast((line) => line.trim() !== "");
  if (last === undefined) return null;
  const from = page.lastIndexOf(last);
  if (from < 0) return null;
  const kept = new Set(story);
  const appended: string[] = [];
  for (let i = from + 1; i + 1 < page.length; i++) {
    const label = (page[i] ?? "").trim();
    // (Cheap test first: a label in capitals opening a block.)
    if ((page[i - 1] ?? "").trim() !== "" || label.length < 5 || label !== label.toUpperCase() || !LABEL.test(label)) continue;
    const block: string[] = [];
    for (let k = i + 1; k < page.length && (page[k] ?? "").trim() !== ""; k++) block.push(page[k] ?? "");
    if (block.length === 0 || !block.every((line) => PROSE.test(line.trim()) && !kept.has(line))) continue;
    appended.push("", label, ...block);
    i += block.length;
  }
  return appended.length === 0 ? null : [...story, ...appended];
}
