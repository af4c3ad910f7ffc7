/**
 * A utility's or a landlord's personal-account portal page carrying a notice to its customers: the sign-in box under its heading
 * ("## Вход в личный кабинет", "## Sign in to your account": its fields, its buttons, its password and registration links, its
 * notes) and the portal's closing blocks under their rule ("### Полезное", "### Useful links") and its version line ("Версия портала
 * 3.8.2", "Portal version 2.4") are the portal's furniture. The notice's heading after the sign-in box is the title, its posting
 * line under it ("*Размещено 4 апреля 2031 г., 18:30. Обновлено …*", "Posted 4 April 2031, 18:30. Updated …") dates it.
 */

/** A sign-in box's heading ("Вход в личный кабинет", «Вход для абонентов», "Sign in", "Log in to your account"). */
const SIGN_IN_HEADING = /^(?:вход(?: в личный кабинет| для (?:абонентов|жителей|клиентов|собственников))?|войти в личный кабинет|авторизация|sign in(?: to (?:your|my) account)?|log ?in(?: to (?:your|my) account)?|resident(?:s'?)? login|customer login)$/iu;
/** A portal's closing block's heading ("Полезное", «Полезные ссылки», "Useful links", "Quick links"). */
const CLOSING_HEADING = /^(?:полезное|полезные (?:ссылки|материалы|ресурсы)|полезная информация|useful (?:links|information|resources)|quick links|see also)$/iu;
/** A portal's version line ("Версия портала 3.8.2", "Portal version 2.4.1", "v3.8.2"). */
const VERSION_LINE = /^(?:версия (?:портала|сайта|личного кабинета)|(?:portal|site|app) version|version)\s*:?\s*v?\d+(?:\.\d+){1,3}$/iu;
/** A posting line's label ("Размещено", «Опубликовано», "Posted", "Published"). */
const POSTED_LABEL = /^(?:размещено|опубликовано|posted|published)\s*:?\s+/iu;
/** A Markdown heading's marks. */
const HEADING_MARKS = /^#{1,6}\s+/u;
/** Longest headline (characters). */
const MAX_HEADLINE_CHARS = 200;

/** What a portal page gives: its lines without the furniture, the notice's heading and its posting day. */
export interface AccountPortal {
  lines: string[];
  title: string | null;
  date: string | null;
}

/** A heading's words without its marks and emphasis. */
function plain(line: string): string {
  return line.replace(HEADING_MARKS, "").replace(/^\*\*(.*)\*\*$/u, "$1").trim();
}

/**
 * Reads a portal page (see the module's note): `null` unless a Markdown heading names a sign-in box. `isRule` tells a rule,
 * `dateOf` reads a day from a text (or null).
 */
export function readAccountPortal(lines: readonly string[], isRule: (line: string) => boolean, dateOf: (text: string) => string | null): AccountPortal | null {
  // (A cheap test first: only a heading is read.)
  const box = lines.findIndex((line) => line.charCodeAt(0) === 35 && HEADING_MARKS.test(line) && SIGN_IN_HEADING.test(plain(line)));
  if (box < 0) return null;
  const drop = new Set<number>();
  let end = box + 1;
  while (end < lines.length && !isRule((lines[end] ?? "").trim()) && !HEADING_MARKS.test(lines[end] ?? "")) end++;
  for (let i = box; i < end; i++) drop.add(i);
  // The notice's heading after the box, and its posting line.
  let title: string | null = null;
  let date: string | null = null;
  const heading = lines.findIndex((line, i) => i >= end && HEADING_MARKS.test(line));
  const words = heading >= 0 ? plain(lines[heading] ?? "") : "";
  if (heading >= 0 && words.length <= MAX_HEADLINE_CHARS && !CLOSING_HEADING.test(words) && !/[.,;:…]$/u.test(words)) {
    title = words;
    drop.add(heading);
    let next = heading + 1;
    while (next < lines.length && (lines[next] ?? "").trim() === "") next++;
    const posted = (lines[next] ?? "").trim().replace(/^[*_]+|[*_]+$/gu, "");
    if (POSTED_LABEL.test(posted)) {
      date = dateOf(posted.replace(POSTED_LABEL, "").split(/\.\s+/u)[0] ?? "");
      if (date !== null) drop.add(next);
    }
  }
  // The closing blocks under their rule, and the version line.
  for (let i = Math.max(end, heading); i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (VERSION_LINE.test(line.trim())) drop.add(i);
    if (!HEADING_MARKS.test(line) || !CLOSING_HEADING.test(plain(line))) continue;
    let k = i;
    while (k < lines.length && !isRule((lines[k] ?? "").trim())) drop.add(k++);
  }
  return { lines: lines.filter((_line, i) => !drop.has(i)), title, date };
}
