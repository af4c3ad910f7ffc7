/**
 * A shop's page whose product cards have been taken out (see `readProductCards`) keeps the headings of the shelves they stood on
 * ("## Хиты продаж", "## Bestsellers", "## New in") with nothing under them but the cards' buttons ("[В корзину]", "[Add to
 * basket]"). Such a heading over an emptied section names no part of the story: it goes with the buttons, down to the next rule
 * or heading of its level.
 */

/** A heading's marks and its level. */
const HEADING = /^(#{1,6})\s+\S/u;
/** A button left of a card: a short label in square brackets, a link after it or not. */
const BUTTON = /^\[[^\]]{1,30}\](?:\([^)]*\))?$/u;

/**
 * The lines without the headings of emptied sections and their buttons (see the module's note), as blank lines; `null` when there
 * is none. `isRule` tells a rule. Cheap: only a heading's line opens a look.
 */
export function withoutEmptiedSections(lines: readonly string[], isRule: (line: string) => boolean): string[] | null {
  let out: string[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    if (!line.startsWith("#")) continue;
    const heading = HEADING.exec(line);
    if (!heading) continue;
    const level = (heading[1] ?? "").length;
    let end = i + 1;
    let empty = true;
    for (; end < lines.length; end++) {
      const text = (lines[end] ?? "").trim();
      if (isRule(text)) break;
      const next = HEADING.exec(text);
      if (next && (next[1] ?? "").length <= level) break;
      if (text !== "" && !BUTTON.test(text)) {
        empty = false;
        break;
      }
    }
    // (A heading closing the page, or standing over a subheading, is no emptied section.)
    if (!empty || end >= lines.length || (end === i + 1 && HEADING.test((lines[end] ?? "").trim()))) continue;
    out ??= [...lines];
    for (let k = i; k < end; k++) out[k] = "";
    i = end - 1;
  }
  return out;
}
