/**
 * The section of a page cut by rules that holds its story: the one with the most prose, enough of
 * it and most of the page's. Shared by the readers of sectioned sites (`sectioned-site-page.ts`,
 * `story-section-page.ts`), with the measures of prose and of a rule the boxed pages' readers use. Pure.
 */

/** Least prose (characters in long lines) of the story's section. */
const MIN_STORY_PROSE = 600;
/** A line at least this long counts as prose (characters). */
export const PROSE_LINE_CHARS = 120;
/** The least run of dashes that opens a rule drawn across a plain-text page (its readers test the rest with their `isRule`). */
export const RULE_DASHES = "----------";
/** Share of the page's prose the story's section holds at least. */
const MIN_STORY_SHARE = 0.6;

/** Characters of prose in lines `from`..`to` (exclusive): lines of `PROSE_LINE_CHARS` or more that are no table's row. */
export function proseOf(lines: readonly string[], from: number, to: number): number {
  let sum = 0;
  for (let i = from; i < to; i++) {
    const line = lines[i] ?? "";
    if (line.length >= PROSE_LINE_CHARS && !line.startsWith("|") && !line.startsWith("<")) sum += line.length;
  }
  return sum;
}

/**
 * Whether lines `from`..`to` (exclusive) are told in sentences: none of them is one `excluded` rejects (a table's row, a list
 * item; given the line as written), there is prose among them and most of their characters stand in long lines. Pure.
 */
export function toldInSentences(lines: readonly string[], from: number, to: number, excluded: (line: string) => boolean): boolean {
  let all = 0;
  for (let i = from; i < to; i++) {
    const line = lines[i] ?? "";
    if (excluded(line)) return false;
    all += line.trim().length;
  }
  const prose = proseOf(lines, from, to);
  return prose > 0 && prose * 2 >= all;
}

/** The index of the first filled line from `from` before `to`, or -1. */
export function firstFilled(lines: readonly string[], from: number, to: number): number {
  for (let i = from; i < to; i++) if ((lines[i] ?? "").trim() !== "") return i;
  return -1;
}

/**
 * The story's section between two of `rules` (line indexes, in order): the one with the most prose,
 * if it has `MIN_STORY_PROSE` of it and `MIN_STORY_SHARE` of the page's; its lines `from`..`to`
 * (exclusive) and its place `k` among the rules. Null otherwise.
 */
export function storySection(lines: readonly string[], rules: readonly number[]): { k: number; from: number; to: number } | null {
  const total = proseOf(lines, 0, lines.length);
  let story = -1;
  let best = 0;
  for (let k = 0; k + 1 < rules.length; k++) {
    const prose = proseOf(lines, (rules[k] ?? 0) + 1, rules[k + 1] ?? 0);
    if (prose > best) {
      best = prose;
      story = k;
    }
  }
  if (story < 0 || best < MIN_STORY_PROSE || best < MIN_STORY_SHARE * total) return null;
  return { k: story, from: (rules[story] ?? 0) + 1, to: rules[story + 1] ?? 0 };
}
