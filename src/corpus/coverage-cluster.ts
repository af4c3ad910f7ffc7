/**
 * A news aggregator's coverage page of one story (a "full coverage" cluster): the aggregator's bar, the cluster's name and
 * counts, lists of other outlets' headlines and snippets ("TOP COVERAGE", "LATEST"), then one outlet's full story under
 * its line ("FULL STORY · from Ashgrove Daily Courier · 3 hr ago", «ПОЛНЫЙ ТЕКСТ · из «…» · 3 ч назад») and a link to the
 * outlet's site. The file holds that story: the other outlets' headlines are not its words, and that outlet wrote it.
 */

/** The full story's line: its outlet (group 1) and its time (group 2). */
const FULL_STORY_LINE = /^(?:full story|full article|full coverage story|полный текст|полная версия)\s*[·|:]\s*(?:from|via|из|источник:?)\s+(.+?)\s*[·|]\s*(\S.{0,40})$/iu;

/** A cluster page read: the full story's lines, its outlet and its time as the line gives it. */
export interface CoverageCluster {
  lines: string[];
  outlet: string;
  stamp: string;
}

/**
 * Reads a coverage cluster: the lines from the full story's line on (see `FULL_STORY_LINE`), without it; the lists above
 * it go. Null when there is no such line. Pure.
 */
export function readCoverageCluster(lines: readonly string[]): CoverageCluster | null {
  const at = lines.findIndex((line) => FULL_STORY_LINE.test(line));
  const found = at < 0 ? null : FULL_STORY_LINE.exec(lines[at] ?? "");
  if (found === null) return null;
  const outlet = (found[1] ?? "").replace(/^[«"“](.+)[»"”]$/u, "$1").trim();
  return { lines: lines.slice(at + 1), outlet, stamp: (found[2] ?? "").trim() };
}
