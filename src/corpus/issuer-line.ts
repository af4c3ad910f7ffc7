/**
 * The organisation a statement's issue line names ("Issued by Brackenridge Aggregates Ltd, Wednesday 10 September 2031, 17:00",
 * «Опубликовано ООО «Сервис-Плюс», 12 марта 2031 г.»): the issuer is the page's outlet when nothing else names one. Only a name with
 * an organisation's legal form counts (a person's office, "the Chief Lifeguard", does not).
 */

/** An issue line's issuer with its legal form, before the comma of its day; group 1. */
const ISSUED_BY = /^(?:[Ii]ssued|[Pp]ublished)\s+by\s+(\p{Lu}[\p{L}\d&'’. -]{1,60}?\s(?:Ltd|Limited|plc|PLC|LLP|LLC|Inc\.?|Group|Council|Authority|Trust))\s*,/u;
/** The same in Russian: a legal form and a quoted name («ООО «Сервис-Плюс»»); group 1. */
const ISSUED_BY_RU = /^(?:[Оо]публиковано|[Вв]ыпущено|[Рр]азмещено)\s+((?:ООО|АО|ПАО|ЗАО|МУП|ГУП|ФГБУ|ГБУ|МБУ)\s+«[^»]{2,60}»)\s*,/u;

/** The organisation an issue line names (see the module's note), or null. */
export function issuerOfLine(line: string): string | null {
  return ISSUED_BY.exec(line.trim())?.[1]?.trim() ?? ISSUED_BY_RU.exec(line.trim())?.[1]?.trim() ?? null;
}
