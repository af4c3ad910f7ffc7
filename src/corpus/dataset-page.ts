/**
 * An open-data portal's dataset page carrying an incident note (a CKAN-like catalogue): the portal's head (its name, the log-in
 * row, the menu, the breadcrumb, the search box), the publisher's box, the dataset's title with its counters and buttons, the
 * list of its resources with their formats, sizes and downloads, the preview of its rows, and everything under the note (the
 * additional info's fields, the tags, the portal's footer) are the catalogue's furniture. The dataset's description stays (it may
 * say how the incident stands in the data). The note is framed between rules: its label in capitals ("INCIDENT NOTE
 * INC-2025-0613"), its headline (the title) and the line saying as of when it holds (the date); it runs to the next rule. The
 * copyright's holder is the outlet.
 */

import { copyrightOwner } from "./sectioned-site-page.ts";

/** What a dataset page gives: its lines without the catalogue's furniture, the note's headline, its stamp and the publisher. */
export interface DatasetPage {
  lines: string[];
  title: string;
  stamp: string;
  publisher: string | null;
}

/** The header of a dataset's resources ("DATA AND RESOURCES", "Data and resources", «Данные и ресурсы»). */
const RESOURCES_HEADER = /^(?:#{1,6}\s+)?(?:data (?:and|&) resources|resources|данные и ресурсы|ресурсы набора)$/iu;
/** The header of a dataset's description ("DESCRIPTION", "About this dataset", «Описание»). */
const DESCRIPTION_HEADER = /^(?:#{1,6}\s+)?(?:description|about this dataset|описание(?: набора(?: данных)?)?)$/iu;
/** A line in capitals (a note's label). */
const CAPITALS = /^[^\p{Ll}]*\p{Lu}{3}[^\p{Ll}]*$/u;
/** The clause of a stamp line saying as of when the note holds ("information correct at 17:00, Thursday 5 June 2025", "as at …", «по состоянию на …»). */
const AS_OF = /(?:correct (?:at|as of)|as (?:at|of)|updated|по состоянию на|обновлено)\s+(.+)$/iu;
/** Longest header line tested (characters). */
const MAX_HEADER_CHARS = 40;

/**
 * Reads a dataset page (see the module's note): `null` unless a resources header stands above a note framed between rules (its
 * label in capitals, its headline, its stamp line whose day `dateOf` reads). `isRule` tells a rule.
 */
export function readDatasetPage(lines: readonly string[], isRule: (line: string) => boolean, dateOf: (text: string) => string | null): DatasetPage | null {
  // (A cheap test first: a short line with the resources' word.)
  const resources = lines.findIndex((line) => line.length <= MAX_HEADER_CHARS && (line.includes("esourc") || line.includes("ESOURC") || line.includes("есурс") || line.includes("ЕСУРС")) && RESOURCES_HEADER.test(line.trim()));
  if (resources < 0) return null;
  for (let open = resources + 1; open < lines.length; open++) {
    if (!isRule((lines[open] ?? "").trim())) continue;
    const frame: number[] = [];
    let close = open + 1;
    while (close < lines.length && !isRule((lines[close] ?? "").trim()) && frame.length <= 3) {
      if ((lines[close] ?? "").trim() !== "") frame.push(close);
      close++;
    }
    if (frame.length !== 3 || close >= lines.length) continue;
    const [label = "", headline = "", stampLine = ""] = frame.map((i) => (lines[i] ?? "").trim());
    const stamp = AS_OF.exec(stampLine)?.[1]?.trim() ?? stampLine.split(/\s+·\s+/u).find((part) => dateOf(part) !== null) ?? null;
    if (!CAPITALS.test(label) || /[.!?]$/u.test(headline) || stamp === null || dateOf(stamp) === null) continue;
    let end = close + 1;
    while (end < lines.length && !isRule((lines[end] ?? "").trim())) end++;
    const kept: string[] = [];
    // The description's paragraphs above the resources stay.
    const description = lines.findIndex((line, i) => i < resources && line.length <= MAX_HEADER_CHARS && DESCRIPTION_HEADER.test(line.trim()));
    if (description >= 0) kept.push(...lines.slice(description + 1, resources), "");
    kept.push(...lines.slice(close + 1, end));
    const publisher = copyrightOwner(lines, end)?.replace(/\s+\d{4}(?:\s*[–-]\s*\d{4})?$/u, "") ?? null;
    return { lines: kept, title: headline, stamp, publisher };
  }
  return null;
}
