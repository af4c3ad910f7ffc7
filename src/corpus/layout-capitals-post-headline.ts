/**
 * A post's headline set in capitals over the plain posting line ("STUNT BIKE FLIES INTO CROWD AT THE SUMMER SHOW" over "Posted on
 * 11 August 2026 by Megan Thorne, shop manager | Local News", «КРОКОДИЛ В ГОРОДСКОМ ПРУДУ: КАК ЕГО ПОЙМАЛИ» over «14 августа 2028
 * · Автор: Ольга …»). A plain-text shop site shouts its headline as it shouts its section labels, so capitals alone do not make
 * the line the title: it is taken when it reads as a headline (`isUpperCaseHeadline`), the posting line carries the post's fields
 * after the byline (its section, its comments' count: "| Local News | 3 comments", «· Новости района · 2 комментария») as a blog
 * engine writes them, and the post under it closes with its share row ("Share: Facebook · WhatsApp", «Поделиться: ВКонтакте ·
 * Telegram»), as a blog's post does and a page of labelled sections does not. Pure.
 */

import { isUpperCaseHeadline } from "./upper-case-headline.ts";
import { isClosingShareRow } from "./post-share-row.ts";

/** Whether a line is a headline in capitals (see the module's note), whatever closes its post. */
export function isCapitalsPostHeadline(headline: string): boolean {
  return isUpperCaseHeadline(headline.trim());
}

/**
 * Whether a headline in capitals is the post's title under `postingLine`, its post closed by `closingRow` (see the module's
 * note).
 */
export function capitalsHeadlineClosed(headline: string, postingLine: string, closingRow: string): boolean {
  const fields = postingLine.trim().split(/\s+[·|]\s+/u).slice(1).filter((part) => part.trim() !== "");
  return isCapitalsPostHeadline(headline) && fields.length > 0 && isClosingShareRow(closingRow);
}
