/**
 * A press release as its issuer sends it: a head over a rule (the issuer's crest and name, its unit and address, "NEWS
 * RELEASE" with its reference, a protective marking, the embargo line, a note to journalists), the release, "ENDS", then
 * notes to editors, some of them background facts, some the desk's offers ("Photographs … are available on request",
 * "… are available for interview …").
 */

/** A release's marker in its head ("NEWS RELEASE", "PRESS RELEASE   Ref: …", "FOR IMMEDIATE RELEASE", «ПРЕСС-РЕЛИЗ», an embargo line). */
const RELEASE_MARK = /^(?:(?:news|press|media) release\b|for immediate release\b|embargo(?:ed)?\b|under embargo\b|пресс-релиз(?!\p{L})|эмбарго(?!\p{L})|информационное сообщение(?!\p{L}))/iu;
/** An embargo line; group 1 is its stamp ("EMBARGOED UNTIL 06:00 PT, THURSDAY 16 MAY 2030", «Эмбарго до 10:00 16 мая 2030»). */
const EMBARGO = /^(?:embargoed|under embargo|embargo)(?:\s+(?:until|till|to))?\s*:?\s+(.+)$|^эмбарго(?:\s+до)?\s*:?\s+(.+)$/iu;
/** A rule under the head. */
const RULE = /^(?:-{3,}|_{3,}|={3,}|[─━═—]{3,})$/u;
/** A placeholder of a picture («[Agency crest: …]», "[Logo]", «[Герб]»). */
const PLACEHOLDER = /^\[[^\]]{1,120}\]$/u;
/** Most filled lines of a release's head. */
const MAX_HEAD_LINES = 14;
/** Longest line (characters) of a release's head. */
const MAX_HEAD_LINE_CHARS = 160;

/** A release's head taken off its text: the issuer its first line names, and its embargo's stamp. */
export interface ReleaseHead {
  issuer: string | null;
  embargo: string | null;
}

/**
 * Takes a press release's head: the lines above the first rule (at most `MAX_HEAD_LINES` filled ones, none over
 * `MAX_HEAD_LINE_CHARS`, twice as many characters or more under the rule), a release's marker among them (see `RELEASE_MARK`);
 * they and the rule leave `lines`. The issuer is its
 * first line after a picture's placeholder when that line is in capitals (the organisation's name); the embargo's stamp is
 * the embargo line's. Null when the text opens with no such head.
 */
export function takeReleaseHead(lines: string[]): ReleaseHead | null {
  const rule = lines.findIndex((line) => RULE.test(line.trim()));
  if (rule <= 0) return null;
  const head = lines.slice(0, rule).map((line) => line.trim()).filter((line) => line !== "");
  const chars = (part: readonly string[]): number => part.reduce((sum, line) => sum + line.trim().length, 0);
  // (A short release whose text stands above its first rule is no head: more text follows the head than it holds.)
  if (head.length > MAX_HEAD_LINES || head.some((line) => line.length > MAX_HEAD_LINE_CHARS) || !head.some((line) => RELEASE_MARK.test(line))) return null;
  if (chars(lines.slice(rule + 1)) <= 2 * chars(head)) return null;
  const named = head.find((line) => !PLACEHOLDER.test(line)) ?? "";
  const issuer = /\p{L}/u.test(named) && !/\p{Ll}/u.test(named) && !RELEASE_MARK.test(named) ? named : null;
  const embargoLine = head.map((line) => EMBARGO.exec(line)).find((found) => found !== null);
  lines.splice(0, rule + 1);
  return { issuer, embargo: (embargoLine?.[1] ?? embargoLine?.[2])?.trim() ?? null };
}

/** The header of a release's notes to editors ("Notes to editors", «Примечания для редакций»). */
const NOTES_HEADER = /^(?:#{1,6}\s+)?(?:notes? (?:to|for) editors|editors'? notes?|примечани[ея] для редакци[йи]|для редакций)\s*:?$/iu;
/**
 * A note that is the press desk's offer, not a fact: pictures on request, a suggested caption, people available for interview
 * («Фото и видео предоставляются по запросу», «… готовы ответить на вопросы журналистов …»).
 */
const DESK_OFFER =
  /\b(?:are|is) available (?:on request|for interview(?:s)?|to (?:journalists|the media))\b|\bsuggested caption\b|(?:предоставля\p{L}+|доступн\p{L}+) по запросу|готов\p{L}* (?:дать интервью|ответить на вопросы журналистов)/iu;
/** A numbered note ("1. …", "2) …"). */
const NUMBERED_NOTE = /^\d{1,2}[.)]\s+\S/u;

/** Lines without the press desk's offers (see `DESK_OFFER`) among the numbered notes under a release's notes to editors. Pure. */
export function withoutDeskOffers(lines: readonly string[]): string[] {
  const header = lines.findIndex((line) => NOTES_HEADER.test(line.trim()));
  if (header < 0) return [...lines];
  return lines.filter((line, i) => !(i > header && NUMBERED_NOTE.test(line.trim()) && DESK_OFFER.test(line)));
}
