/**
 * A club's or society's Markdown page (a dog breeders' club, a racing club, a chess society) carries, beside its story, a section
 * of a past show's or competition's results: a heading naming the results ("## 🏆 Итоги выставки ранга КЧК «Зимний кубок» — 15
 * февраля 2032", "## Show results: Spring Open, 12 April", «## Результаты соревнований») over the judge's line and a list of
 * placings ("- **Best in Show:** German Shepherd …, owner A. Zorin") and a closing congratulation. Such a section is the site's
 * standing furniture, not the story: it goes, from its heading down to the next rule or heading of its level.
 */

/** A heading naming results, pictographs before its words aside. */
const RESULTS_HEADING = /^(#{1,6})\s+(?:[^\p{L}\d]+\s*)?(?:итоги|результаты|(?:\p{L}+\s+){0,2}results\b)/iu;
/** A list's row. */
const LIST_ROW = /^(?:[-*+•]|\d{1,2}[.)])\s+\S/u;
/** Least rows of a results list. */
const MIN_ROWS = 3;
/** Share of the section's filled lines its rows make at least. */
const MIN_ROW_SHARE = 0.5;

/**
 * The lines without the sections of results (see the module's note), as blank lines; `null` when there is none. `isRule` tells a
 * rule. Cheap: only a heading's line is tested for the words.
 */
export function withoutResultsSections(lines: readonly string[], isRule: (line: string) => boolean): string[] | null {
  let out: string[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    if (!line.startsWith("#")) continue;
    const heading = RESULTS_HEADING.exec(line);
    if (!heading) continue;
    const level = (heading[1] ?? "").length;
    let end = i + 1;
    let rows = 0;
    let filled = 0;
    for (; end < lines.length; end++) {
      const text = (lines[end] ?? "").trim();
      if (isRule(text)) break;
      const deeper = /^(#{1,6})\s/u.exec(text);
      if (deeper && (deeper[1] ?? "").length <= level) break;
      if (text === "") continue;
      filled++;
      if (LIST_ROW.test(text)) rows++;
    }
    if (rows < MIN_ROWS || rows < MIN_ROW_SHARE * filled) continue;
    out ??= [...lines];
    for (let k = i; k < end; k++) out[k] = "";
    i = end - 1;
  }
  return out;
}
