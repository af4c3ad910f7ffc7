/**
 * A notice posted for residents or customers, headed only by its kind («# ОБЪЯВЛЕНИЕ», "PUBLIC NOTICE") over its issuer's letterhead
 * («**ООО «Управляющая компания „Ярсервис“»**» over its address and tax number), with a news item pasted under it after a note on where
 * it was taken from («> Вставлено из ленты городского портала «…», раздел «Город»» over «## В Нижнеярске сорвался лифт…»). The issuer
 * is the outlet and its letterhead goes; the pasted item's headline is the story's, the title (the notice's kind is no headline);
 * the note goes.
 */

/** A notice's kind alone on its first line, a heading or in bold («ОБЪЯВЛЕНИЕ», «ИЗВЕЩЕНИЕ», "PUBLIC NOTICE", "NOTICE TO RESIDENTS"). */
const NOTICE_KIND =
  /^(?:#{1,6}\s+)?(?:\*\*|__)?(?:объявление|извещение|уведомление|информационное сообщение|внимание|notice|public notice|notice to (?:residents|tenants|customers)|announcement)(?:\*\*|__)?!?$/iu;
/**
 * An issuer's name, in bold or not: a legal form and a quoted name («ООО «Управляющая компания „Ярсервис“»», «ТСЖ «Берёзка»»), or
 * capitalised words closed by a company's or a body's kind ("Harrow Vale Property Management Ltd", "Brookvale Housing Association");
 * group 1 or 2 is the name.
 */
const ISSUER =
  /^(?:\*\*|__)?(?:((?:ООО|АО|ПАО|ЗАО|МУП|ГУП|ТСЖ|ТСН|ЖСК|УК|МКУ|МБУ|ГБУ|ГКУ|НКО|АНО)\s+«.{2,80}»)|(\p{Lu}[\p{L}&'’-]*(?:\s+(?:\p{Lu}[\p{L}&'’-]*|of|and|&)){0,6}\s+(?:Ltd|Limited|plc|LLC|Inc\.?|Council|Association|Trust|Company)))(?:\*\*|__)?$/u;
/** An issuer's address or registration line under its name («г. Нижнеярск, ул. Комсомольская, д. 3, каб. 105 · ИНН 5503218841», "Company No. 04418822"). */
const ISSUER_DETAILS = /(?<!\p{L})(?:ИНН|ОГРН|КПП)\s*\d|(?<!\p{L})(?:г|ул|д|пр|пер)\.\s*\p{Lu}?|\b(?:[Cc]ompany|[Rr]egistered|[Rr]eg\.?)\s+(?:[Nn]o\.?|[Nn]umber)\s*\d|\b[A-Z]{1,2}\d{1,2}[A-Z]?\s\d[A-Z]{2}\b/u;
/** A note on where a pasted item was taken from («Вставлено из ленты городского портала «…»», "Pasted from the … news feed"). */
const PASTE_NOTE = /^(?:>\s*)?(?:вставлено|скопировано|перепечатано|взято)\s+(?:из|с)\s|^(?:>\s*)?(?:pasted|copied|taken)\s+from\s/iu;
/** A heading: Markdown's marks. */
const HEADING = /^#{1,6}\s+(\S.*?)\s*#*$/u;
/** Longest pasted headline (characters). */
const MAX_HEADLINE_CHARS = 200;
/** Fewest words of a plain pasted headline. */
const MIN_HEADLINE_WORDS = 5;

/** A pasted item's headline: a Markdown heading's words, or a plain line that reads as a headline (five words or more, no stop at its end). */
function headlineOf(line: string): string | undefined {
  const heading = HEADING.exec(line)?.[1];
  if (heading !== undefined) return heading;
  const plain = line.length <= MAX_HEADLINE_CHARS && line.split(/\s+/u).length >= MIN_HEADLINE_WORDS && /\p{Ll}/u.test(line) && !/[.,;:…!?]$/u.test(line);
  return plain ? line : undefined;
}

/** What a posted notice gives: its lines without its kind and letterhead, the issuer, and the pasted item's headline. */
export interface PostedNotice {
  lines: string[];
  issuer: string;
  title: string | null;
}

/**
 * Reads a posted notice: its kind (see `NOTICE_KIND`) on its first filled line, its issuer (see `ISSUER`) on the next, with the
 * issuer's details under it (see `ISSUER_DETAILS`); the issuer's lines leave. A paste note (see `PASTE_NOTE`) further down over a
 * headline (see `headlineOf`) gives the title: the note and the headline leave, and so does the kind. Null when the text opens with no such notice. Pure.
 */
export function readPostedNotice(lines: readonly string[]): PostedNotice | null {
  const kind = lines.findIndex((line) => line.trim() !== "");
  if (kind < 0 || !NOTICE_KIND.test((lines[kind] ?? "").trim())) return null;
  const filled = lines.flatMap((line, i) => (line.trim() === "" ? [] : [i]));
  const [, name, details] = filled;
  if (name === undefined) return null;
  const found = ISSUER.exec((lines[name] ?? "").trim());
  const issuer = found?.[1] ?? found?.[2];
  if (issuer === undefined) return null;
  const drop = new Set([name]);
  if (details === name + 1 && ISSUER_DETAILS.test(lines[details] ?? "")) drop.add(details);
  let title: string | null = null;
  const note = lines.findIndex((line) => PASTE_NOTE.test(line.trim()));
  const heading = note < 0 ? undefined : filled.find((i) => i > note);
  const words = heading === undefined ? undefined : headlineOf((lines[heading] ?? "").trim());
  if (heading !== undefined && words !== undefined) {
    title = words.replace(/\*\*|__/gu, "");
    for (const i of [kind, note, heading]) drop.add(i);
  }
  return { lines: lines.filter((_, i) => !drop.has(i)), issuer, title };
}
