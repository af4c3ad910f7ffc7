/**
 * A service-disruption page of an organisation (a hospital trust's, a utility's): the site's head (the logo's placeholder, the
 * organisation's name, its sites, the help line, the search field, the breadcrumb), then a banner between rules naming the
 * disruption in capitals over its fields ("SERVICE DISRUPTION - STAVENHAM GENERAL HOSPITAL" over "Incident status: ACTIVE …" and
 * "Status as at: Thursday 5 March 2026, 07:00"; «ПЕРЕБОИ В РАБОТЕ – …» over «По состоянию на: …»). The banner's words are the title,
 * its as-at field dates it; the head goes (the organisation's name in it names the outlet), as do the related notices' list
 * ("Related notices" over its items) and the footer under the last rule when it opens with the organisation's name.
 */

/** A banner's field ("Incident status: ACTIVE (Level 4 critical incident)", «Статус: …»). */
const FIELD = /^\p{Lu}[\p{L} ]{1,30}:\s+\S/u;
/** An as-at field ("Status as at: …", "Last updated: …", «По состоянию на: …», «Обновлено: …»); group 1 is its day. */
const AS_AT = /^(?:[\p{L} ]{0,20}\bas (?:at|of)|(?:last )?updated|по состоянию на|обновлено|данные на)\s*:?\s+(.+)$/iu;
/** A banner's words in capitals (no lower-case letter, two words or more). */
const CAPITALS = /^(?=\S+\s+\S)[^\p{Ll}]*\p{Lu}{2}[^\p{Ll}]*$/u;
/** A placeholder of the page's picture ("[Ferrow Valley Hospitals NHS Foundation Trust logo]"). */
const PLACEHOLDER = /^\[[^\]]{2,120}\]$/u;
/** A related notices list's heading ("Related notices", "Other notices", «Другие объявления»). */
const RELATED = /^(?:related|other|recent) (?:notices|alerts|updates)$|^(?:другие|связанные|последние) (?:объявления|уведомления)$/iu;
/** How many filled lines from the top the banner's opening rule may stand at. */
const MAX_HEAD_LINES = 12;
/** Most fields under a banner's words. */
const MAX_FIELDS = 3;
/** Longest name of the organisation (characters). */
const MAX_NAME_CHARS = 80;
/** Most filled lines of the footer under the last rule. */
const MAX_FOOTER_LINES = 4;

/** What a disruption page gives: its lines without the furniture, the banner's title, its day and the organisation's name. */
export interface DisruptionBanner {
  lines: string[];
  title: string;
  stamp: string;
  organisation: string | null;
}

/**
 * Reads a disruption page (see the module's note): `null` unless a rule among the first `MAX_HEAD_LINES` filled lines opens a
 * banner in capitals over up to `MAX_FIELDS` fields, one of them an as-at field, closed by a rule. `isRule` tells a rule, `asName`
 * writes words in capitals as a name.
 */
export function readDisruptionBanner(lines: readonly string[], isRule: (line: string) => boolean, asName: (text: string) => string): DisruptionBanner | null {
  const filled = lines.flatMap((line, i) => ((line ?? "").trim() === "" ? [] : [i]));
  for (let k = 1; k < Math.min(filled.length, MAX_HEAD_LINES); k++) {
    const open = filled[k] ?? 0;
    // (A cheap test first: a rule opens with one of its characters.)
    const c = (lines[open] ?? "").charCodeAt(0);
    if (!(c === 61 || c === 45 || c === 0x2500 || c === 0x2550) || !isRule((lines[open] ?? "").trim())) continue;
    const words = (lines[filled[k + 1] ?? 0] ?? "").trim();
    if (!CAPITALS.test(words) || /[.!?]$/u.test(words)) return null;
    let f = k + 2;
    let stamp: string | null = null;
    let asAt = -1;
    // (The rule under the banner may have been read as its last field's heading underline: "# Status as at: …".)
    let underlined = false;
    const field = (at: number): string => (lines[filled[at] ?? 0] ?? "").trim().replace(/^#\s+/u, "");
    while (f < filled.length && f <= k + 1 + MAX_FIELDS && !underlined && FIELD.test(field(f))) {
      underlined = /^#\s/u.test(lines[filled[f] ?? 0] ?? "");
      const day = AS_AT.exec(field(f))?.[1];
      if (day !== undefined && stamp === null) {
        stamp = day.trim();
        asAt = filled[f] ?? 0;
      }
      f++;
    }
    const close = underlined ? asAt : filled[f];
    if (stamp === null || close === undefined || (!underlined && !isRule((lines[close] ?? "").trim()))) return null;
    const drop = new Set<number>([open, filled[k + 1] ?? 0, asAt, close]);
    for (const i of filled.slice(0, k)) drop.add(i);
    const organisation = filled.slice(0, k).map((i) => (lines[i] ?? "").trim()).find((line) => !PLACEHOLDER.test(line)) ?? null;
    const name = organisation !== null && organisation.length <= MAX_NAME_CHARS && !/[.!?:|]/u.test(organisation) ? organisation : null;
    // (The related notices' list: its heading and the items under it.)
    for (const i of filled.slice(f)) {
      if (!RELATED.test((lines[i] ?? "").trim())) continue;
      for (let j = i; j < lines.length && (lines[j] ?? "").trim() !== ""; j++) drop.add(j);
    }
    // (The footer under the last rule, opened by the organisation's name.)
    const last = filled.findLast((i) => isRule((lines[i] ?? "").trim())) ?? -1;
    const footer = filled.filter((i) => i > last);
    if (name !== null && last > close && footer.length <= MAX_FOOTER_LINES && (lines[footer[0] ?? 0] ?? "").trim().startsWith(name)) for (const i of [last, ...footer]) drop.add(i);
    return { lines: lines.filter((_line, i) => !drop.has(i)), title: asName(words), stamp, organisation: name };
  }
  return null;
}
