/**
 * A map's legend under a report ("4. MAP LEGEND (Sheet RHA-117/1, scale 1:5,000)" over "███  RED ZONE — exclusion, no entry", "▲
 * Rain gauge", "Base map: NPGS topographic series"; «Условные обозначения к карте» over «▲  Пост наблюдения»): it explains the
 * symbols of a map the text does not have, not what happened.
 */

/** A legend's header alone on its line, a number before it and a note in brackets after it allowed. */
const LEGEND_HEADER =
  /^(?:\d{1,2}[.)]?\s+)?(?:map legend|legend(?: to (?:the )?map)?|key to (?:the )?map|map key|условные обозначения(?: к карте| карты)?|легенда(?: карты)?)\s*(?:\([^()]{1,80}\))?\s*:?$/iu;
/** A legend's row: symbols (no letter, no digit) opening it, then what they mean ("███  RED ZONE — …", "━ ━  Main scarp", "⊗     Road closure"). */
const LEGEND_ROW = /^[^\p{L}\p{N}\s][^\p{L}\p{N}]{0,8}\s+\p{L}/u;
/** A map's base note ("Base map: NPGS topographic series, contours at 10 m.", «Картографическая основа: …»). */
const BASE_MAP = /^(?:base ?map|basemap|map data|картографическая основа|топооснова|подложка)\s*:/iu;
/** Longest legend header (characters). */
const MAX_HEADER_CHARS = 120;
/** Fewest symbol rows of a legend. */
const MIN_LEGEND_ROWS = 2;

/**
 * A map's legend: its header (see `LEGEND_HEADER`) and the lines right under it (a blank line after the header allowed), each a
 * symbol's row (see `LEGEND_ROW`) or the base map's note (see `BASE_MAP`), with `MIN_LEGEND_ROWS` symbol rows or more. Where the
 * block ends (exclusive), or null when line `i` opens none.
 */
export function mapLegendEnd(lines: readonly string[], i: number): number | null {
  const line = lines[i] ?? "";
  // (Only a short line with a legend's word is read.)
  if (line.length > MAX_HEADER_CHARS || !(line.includes("egend") || line.includes("EGEND") || line.includes("ey to") || line.includes("EY TO") || line.includes("ap key") || line.includes("AP KEY") || line.includes("бозначени") || line.includes("БОЗНАЧЕНИ") || line.includes("егенд") || line.includes("ЕГЕНД"))) return null;
  if (!LEGEND_HEADER.test(line.replace(/^#{1,6}\s+/u, "").trim())) return null;
  let end = i + 1;
  if (lines[end] === "") end++;
  let rows = 0;
  for (; end < lines.length; end++) {
    const line = (lines[end] ?? "").trim();
    if (LEGEND_ROW.test(line)) rows++;
    else if (!BASE_MAP.test(line)) break;
  }
  return rows >= MIN_LEGEND_ROWS ? end : null;
}
