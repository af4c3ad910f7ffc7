/**
 * A teacher's, studio's or small business's plain-text page carrying one announcement under its label in capitals framed by the
 * same sign on both sides ("♪ ANNOUNCEMENT ♪", "★ NOTICE ★", «📢 ОБЪЯВЛЕНИЕ 📢»), below the page's head (its name, tagline,
 * contacts; no prose). The line under the label is the announcement's headline, whatever its stops ("The Summer Recital has moved.
 * It is now a benefit concert …"); its text runs down to the sign-off ("— Helen", «— Ваша Марина») right over the page's standing
 * sections under labels in capitals (dates, fees, tips, the footer). The headline is the title; the head, the label and everything
 * after the sign-off go. Pure.
 */
import { firstFilled, proseOf } from "./prose-section.ts";

/** A label in capitals framed by the same sign (one or two characters) on both sides; group 2 is the label. */
const FRAMED_LABEL = /^(\S{1,2})\s+([^\p{Ll}]{3,40}?)\s+\1$/u;
/** A label naming an announcement, a notice or news. */
const ANNOUNCEMENT_LABEL = /^(?:ANNOUNCEMENT|NOTICE|IMPORTANT NOTICE|NEWS|STUDIO NEWS|UPDATE|ОБЪЯВЛЕНИЕ|ВАЖНОЕ ОБЪЯВЛЕНИЕ|НОВОСТИ|ВНИМАНИЕ)$/u;
/** A sign-off: a dash, then a short name ("— Helen", "- Tom and the team", «— Ваша Марина»). */
const SIGN_OFF = /^[—–-]\s*\p{Lu}[\p{L}'’ ,&.]{0,40}$/u;
/** A standing section's label: capitals, maybe its note in brackets ("LESSON FEES (per lesson, invoiced termly)"). */
const CAPITALS_LABEL = /^[^\p{Ll}(]*\p{Lu}{3}[^\p{Ll}(]*(?:\([^()]{1,60}\))?$/u;
/** Most filled lines of the page's head, and the longest of them (characters). */
const MAX_HEAD_LINES = 10;
const MAX_HEAD_LINE_CHARS = 200;
/** The longest headline (characters). */
const MAX_HEADLINE_CHARS = 200;
/** Least prose (characters in long lines) of the announcement. */
const MIN_PROSE = 1000;

/** What the reader gives: the announcement's lines (its sign-off the last) and its headline. */
export interface FramedAnnouncement {
  lines: string[];
  title: string;
}

/** Reads a page's announcement under its framed label (see the module's note); null when the page is not one. */
export function readFramedAnnouncement(lines: readonly string[]): FramedAnnouncement | null {
  // (Cheap test first: a short line opening and closing with the same character, neither a letter nor a digit, among the head's.)
  let label = -1;
  for (let i = 0, filled = 0; i < lines.length && filled <= MAX_HEAD_LINES; i++) {
    const line = (lines[i] ?? "").trim();
    if (line === "") continue;
    filled++;
    if (line.length > MAX_HEAD_LINE_CHARS) return null;
    if (line.length > 50 || !line.endsWith(String.fromCodePoint(line.codePointAt(0) ?? 0)) || /^[\p{L}\p{N}]/u.test(line)) continue;
    const name = FRAMED_LABEL.exec(line)?.[2];
    if (name !== undefined && ANNOUNCEMENT_LABEL.test(name)) {
      label = i;
      break;
    }
  }
  if (label < 0) return null;
  const headline = firstFilled(lines, label + 1, lines.length);
  const title = (lines[headline] ?? "").trim();
  if (headline < 0 || title.length > MAX_HEADLINE_CHARS || !/\p{Ll}/u.test(title)) return null;
  // (The sign-off right over a standing section's label in capitals closes the announcement.)
  let end = -1;
  for (let i = headline + 1; i < lines.length && end < 0; i++) {
    if (!SIGN_OFF.test((lines[i] ?? "").trim())) continue;
    if (CAPITALS_LABEL.test((lines[firstFilled(lines, i + 1, lines.length)] ?? "").trim())) end = i + 1;
  }
  if (end < 0 || proseOf(lines, headline + 1, end) < MIN_PROSE) return null;
  return { lines: lines.slice(headline + 1, end), title };
}
