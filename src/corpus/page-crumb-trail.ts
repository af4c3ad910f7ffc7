/**
 * A crumb trail over a site's post, wider than the one opened by the home page: its parts may stand between arrows ("Home →
 * News → Incidents", «Главная → Новости → Происшествия»), and the trail may open with the section itself rather than the home
 * page ("Journal > Local news", "Blog > Community news", «Блог › Новости района») — a short section's name of a word or two in
 * a capital, then the post's rubric alone (a deeper trail without the home page, «Блог › Уголовное право › Защита потерпевших»,
 * heads a firm's longer article, not this kind of post). Sites drop the home page from their trail as often as they keep it, and draw it with arrows
 * as often as with angles; a reader that knew only "Home > …" missed their posts. A rule drawn under the trail («Главная →
 * Новости → Происшествия», then "---", then the headline) belongs to it: `afterCrumbTrail` passes over it to the headline. Pure.
 */

/** A trail opened by the home page, two parts or more after it between angles, slashes or arrows. */
const HOME_TRAIL = /^(?:home|главная)(?:\s+[>›»/→]\s+[^>›»/→]{1,40}){2,}$/iu;
/** A trail opened by its section (one or two words in a capital), its rubric after it between an angle or an arrow. */
const SECTION_TRAIL = /^\p{Lu}\p{L}{2,20}(?:\s\p{L}{2,20})?\s+[>›»→]\s+[^>›»/→]{1,40}$/u;

/** Whether a line (trimmed) is a crumb trail (see the module's note). */
export function isCrumbTrail(line: string): boolean {
  return HOME_TRAIL.test(line) || SECTION_TRAIL.test(line);
}

/** The index of the first filled line after the trail at `crumb`, past a rule drawn under it; -1 when none. */
export function afterCrumbTrail(lines: readonly string[], crumb: number, isRule: (line: string) => boolean): number {
  for (let i = crumb + 1, ruled = false; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    if (line === "") continue;
    if (!ruled && isRule(line)) {
      ruled = true;
      continue;
    }
    return i;
  }
  return -1;
}
