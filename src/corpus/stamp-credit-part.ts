/**
 * The credits that share a post's stamp line with its date: the writer with a role ("Written by Claire Whitlow, kennel manager",
 * «Автор: Кирилл Саенко, руководитель отдела спецперевозок», «✍️ Оксана Белова, управляющая магазином»), the pictures' and the
 * facts' sources ("Photos: Hexley Staithe Fire Station", «Источник: МЧС, администрация города, океанариум»), the reading time
 * ("6 min read", «⏱ 4 мин.»), the comments' count ("💬 3"). A shop's or club's blog strings them after the day that opens the line,
 * with `·` or `|`; with them, the line is the post's stamp, not its words. And the one-line form, "Published 16 June 2032 by Rowan Tilby, Hon. Secretary"
 * («Опубликовано 16 июня 2032 г., автор — …»), gives the day before the writer.
 */

/** A writer's credit, a name and an optional role after a comma ("Written by …", "Posted by …", «Автор: …», «Текст: …»). */
const WRITER = /^(?:(?:[Ww]ritten|[Pp]osted|[Ww]ords|[Tt]ext|[Ss]tory|[Rr]eport(?:ed)?)\s+by|[Аа]втор(?:\s+текста)?\s*:|[Тт]екст\s*:|✍\uFE0F?)\s*\p{Lu}[^.!?;:]{1,90}$/u;
/** A source's or picture's credit («Источник: …», «Источники: …», "Sources: …", "Photos: …", «Фото: …»). */
const CREDIT = /^(?:sources?|photos?|pictures?|images?|photography|illustrations?|источники?|фото(?:графии)?|иллюстраци\p{L}+)\s*:\s*\S[^!?;]{1,160}$/iu;
/** A reading time or a count of comments or views ("6 min read", «⏱ 4 мин.», «4 мин. чтения», "💬 3", «👁 2 418 просмотров»). */
const COUNTER =
  /^(?:[\p{Extended_Pictographic}\uFE0F]\s*)?(?:\d{1,3}\s*(?:min(?:ute)?s?\.?(?:\s+read)?|мин(?:ут\p{L}*)?\.?(?:\s+чтения)?)|[\d\s\u00A0]{1,9}(?:\s*(?:comments?|views?|комментари\p{L}*|просмотр\p{L}*))?)$/iu;

/** Whether a part of a stamp line is a credit or a counter that rides with the date (see the module's doc). */
export function isStampCreditPart(part: string): boolean {
  const view = part.trim();
  return WRITER.test(view) || CREDIT.test(view) || COUNTER.test(view);
}

/** A one-line publication stamp with its writer: the verb, the day (group 1), "by" and the capitalised name («…, автор — …»). */
const PUBLISHED_BY =
  /^(?:[Pp]ublished|[Pp]osted|[Ww]ritten|[Оо]публиковано)\s+(?:on\s+)?(\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+\p{L}+\s+\d{4}\s*(?:г\.|года)?)\s*(?:,\s*)?(?:by|автор\s*[—–-]|автор:)\s+\p{Lu}[^.!?;:]{1,60}(?:,\s*[^!?;:]{1,60})?$/u;

/** The day of a one-line publication stamp with its writer ("Published 16 June 2032 by Rowan Tilby, Hon. Secretary"), or null. */
export function publishedByDay(line: string): string | null {
  return PUBLISHED_BY.exec(line.trim())?.[1] ?? null;
}
