/**
 * A club's or small business's plain-text page cut into sections by labels opened with a marker (">> Club news", ">> Club notice",
 * ">> Upcoming", «>> Новости клуба», «>> Расписание»), under a head of the site's name, its tagline and its menu. The news section's
 * opening line standing alone is the post's headline, the title; the post down to the next label is the story. A later section
 * told in sentences (a notice to members) stays without its label; the head and the sections of rows (standings, fixtures, a
 * timetable, the contacts and the footer under the last label) go. The site's name opening the page, as a copyright line among
 * its last lines spells it, is the outlet.
 */
import { firstFilled, proseOf, toldInSentences } from "./prose-section.ts";
import { footerCopyrightLine } from "./footer-copyright.ts";

/** What the reader gives: the page's lines without its furniture, the post's headline and the site's name (or null). */
export interface MarkedSectionsPage {
  lines: string[];
  title: string;
  site: string | null;
}

/** A section's label after its marker, no sentence's end closing it. */
const LABEL = /^>{2}\s*\S[^.!?]{0,80}$/u;
/** The news section's label (after its marker): news or a blog, maybe of the club, the shop, the studio. */
const NEWS_LABEL = /^>{2}\s*(?:(?:club|our|latest|school|shop|studio|team|society)\s+)?(?:news|blog|новости|блог)(?:\s+\p{L}+){0,2}$/iu;
/** A headline is at most this long and not closed by a clause's or sentence's mark. */
const MAX_HEADLINE_CHARS = 200;
const CLOSED = /[.:;,]$/u;
/** Least prose (characters in long lines) of the post. */
const MIN_POST_PROSE = 600;
/** A table's row: cells set apart by tabs or bars. */
const TABLE_ROW = /\t|\s\|\s/u;
/** The longest site's name. */
const MAX_NAME_CHARS = 60;

/** The page's opening name as a copyright line among its last lines spells it, or null. */
function copyrightedName(lines: readonly string[]): string | null {
  const name = (lines[firstFilled(lines, 0, lines.length)] ?? "").trim();
  if (name.length < 3 || name.length > MAX_NAME_CHARS || /[.!?:]$/u.test(name)) return null;
  const folded = name.toLowerCase();
  const line = footerCopyrightLine(lines, (text) => text.toLowerCase().includes(folded), 0);
  if (line === null) return null;
  const at = line.toLowerCase().indexOf(folded);
  return line.slice(at, at + name.length);
}

/** Reads a page of marked sections (see the module's note); null unless a news label opens a section headed by its post's headline. */
export function readMarkedSectionsPage(lines: readonly string[]): MarkedSectionsPage | null {
  // (Cheap test first: a line opened by the marker.)
  const first = lines.findIndex((line) => line.startsWith(">>"));
  if (first < 0) return null;
  const news = lines.findIndex((line, i) => i >= first && NEWS_LABEL.test(line.trim()));
  if (news < 0) return null;
  const labels: number[] = [];
  for (let i = news + 1; i < lines.length; i++) if ((lines[i] ?? "").startsWith(">>") && LABEL.test((lines[i] ?? "").trim())) labels.push(i);
  const end = labels[0] ?? lines.length;
  const at = firstFilled(lines, news + 1, end);
  const title = (lines[at] ?? "").trim();
  if (at < 0 || title.length > MAX_HEADLINE_CHARS || CLOSED.test(title) || (lines[at + 1] ?? "").trim() !== "") return null;
  if (proseOf(lines, at + 1, end) < MIN_POST_PROSE) return null;
  const out = lines.slice(at + 1, end);
  for (let k = 0; k < labels.length; k++) {
    const from = (labels[k] ?? 0) + 1;
    const to = labels[k + 1] ?? lines.length;
    if (toldInSentences(lines, from, to, (line) => TABLE_ROW.test(line))) out.push(...lines.slice(from, to));
  }
  return { lines: out, title, site: copyrightedName(lines) };
}
