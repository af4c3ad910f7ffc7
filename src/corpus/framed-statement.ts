/**
 * An organisation's statement framed between two rules inside its own site's page (a carnival committee's, a sports club's
 * programme, a promoter's tour page): the frame holds the statement's heading ("A STATEMENT FROM THE CLUB BOARD", "IMPORTANT:
 * Statement from the Committee following the incident on …", «ЗАЯВЛЕНИЕ ПРАВЛЕНИЯ») and perhaps its issue line ("Issued on behalf
 * of the whole Committee — Sunday 14 July 2024, 10:15am"), which a plain-text page may run into the heading's line. The story runs
 * from the frame's closing rule to the next rule. What the page sets between rules after it (the parade's route, the sponsors'
 * logos, the squads, the fixtures and the league table) is its standing furniture, unless it tells something in sentences; so is
 * the page's head above the frame (the site's address, name, tagline, menu, countdown) when it tells nothing in sentences. The
 * heading without its label is the title, the issue line's day the date.
 */

import { copyrightOwner } from "./sectioned-site-page.ts";

/** A statement's words in a frame's heading ("Statement from …", "A STATEMENT FROM THE CLUB BOARD", «Заявление …», «Обращение …»). */
const STATEMENT_WORD = /(?:^|[\s:])(?:a\s+)?(?:statement|заявление|обращение)(?!\p{L})/iu;
/** A label in capitals before the heading ("IMPORTANT: ", "UPDATE: ", «ВАЖНО: »). */
const HEADING_LABEL = /^(?:important|update|urgent|notice|важно|срочно|внимание)\s*:\s+/iu;
/** The issue clause run into the heading's line or on its own ("Issued on behalf of the whole Committee — Sunday 14 July 2024"). */
const ISSUE_CLAUSE = /(?:^|\s)((?:issued|published|опубликовано|размещено)(?!\p{L}).*)$/iu;
/** A paragraph of at least two sentences (a story's, or a notice's). */
const SENTENCES = /^(?![-*+•>|#]).{98,}[.!?…»"”]$/u;
/** Longest frame line (characters). */
const MAX_FRAME_CHARS = 200;

/** What a framed statement gives: the lines without the page's standing furniture, the title and the issue line's day. */
export interface FramedStatement {
  lines: string[];
  /** The heading without its label. */
  title: string;
  /** The issue clause's day as written ("Sunday 14 July 2024, 10:15am"). */
  stamp: string;
  /** The owner the page's copyright names, or null. */
  owner: string | null;
}

/** Whether lines `from`..`to` (exclusive) hold a paragraph of two sentences or more. */
function tells(lines: readonly string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const line = (lines[i] ?? "").trim();
    if (SENTENCES.test(line) && /[.!?]["”»]?\s+\p{Lu}/u.test(line)) return true;
  }
  return false;
}

/**
 * Reads a framed statement (see the module's note): `null` unless a frame of one line or two between rules holds a statement's
 * heading with an issue clause whose day `dateOf` reads. `isRule` tells a rule; only lines opening like a rule are tested.
 */
export function readFramedStatement(lines: readonly string[], isRule: (line: string) => boolean, dateOf: (text: string) => string | null): FramedStatement | null {
  const rules: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const c = (lines[i] ?? "")[0];
    if ((c === "-" || c === "=" || c === "_" || c === "—" || c === "*") && isRule((lines[i] ?? "").trim())) rules.push(i);
  }
  for (let k = 0; k + 1 < rules.length; k++) {
    const open = rules[k] ?? 0;
    const close = rules[k + 1] ?? 0;
    const frame = lines.slice(open + 1, close).map((line) => line.trim()).filter((line) => line !== "");
    if (frame.length < 1 || frame.length > 2 || frame.some((line) => line.length > MAX_FRAME_CHARS)) continue;
    const joined = frame.join(" ");
    if (!STATEMENT_WORD.test(frame[0] ?? "")) continue;
    const clause = ISSUE_CLAUSE.exec(joined);
    if (!clause) continue;
    const issued = clause[1] ?? "";
    const stamp = issued.split(/\s+[—–-]\s+|,\s+(?=\p{Lu}\p{Ll}+day)/u).slice(1).join(", ") || null;
    if (stamp === null || dateOf(stamp) === null) continue;
    const heading = joined.slice(0, clause.index).trim().replace(HEADING_LABEL, "");
    if (heading === "") continue;
    const drop = new Set<number>();
    for (let i = open + 1; i < close; i++) drop.add(i);
    // The story runs to the next rule; the sections between rules after it go unless they tell something.
    for (let j = k + 2; j + 1 < rules.length; j++) {
      const from = (rules[j] ?? 0) + 1;
      const to = rules[j + 1] ?? 0;
      if (!tells(lines, from, to)) for (let i = from; i < to; i++) drop.add(i);
    }
    if (!tells(lines, 0, open)) for (let i = 0; i < open; i++) drop.add(i);
    const owner = copyrightOwner(lines, rules[rules.length - 1] ?? 0);
    return { lines: lines.filter((_line, i) => !drop.has(i)), title: heading, stamp, owner };
  }
  return null;
}
