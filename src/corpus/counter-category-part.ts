/**
 * A posting line's first part naming the post's category bare, without a label ("Community · Wednesday 24 March 2032 · by Anna
 * Kestle, owner · Sources: …", «Новости района · 18.03.2030 · Текст: Ирина Белоусова · 👁 1 214»): a shop's blog engine puts the
 * section the post is filed under before its day, as a breadcrumb's last step would name it. The reader of a row of the post's
 * fields (`postingFieldsDay`) took only labelled fields ("Category: Local News"), so such a row was left in the text and the page's
 * head with it. Read here: the row's first part only, one to three words, each opening with a capital but the linking words
 * ("Food & drink", «Жизнь района» — the first opening with a capital), no digits, no colon, no sentence's end. The row must still
 * hold a day and an author, so a dateline ("London · 3 May 2031") or a lone word is not taken. Pure.
 */

/** One to three words, the first capitalised; "&", "and", «и» may join them. */
const CATEGORY = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:&|and|и|\p{L}[\p{L}'’-]*)){0,3}$/u;
/** Longest category (characters). */
const MAX_CATEGORY_CHARS = 32;

/** Whether `part`, at `index` among a posting line's parts (emphasis and pictographs aside), is the post's bare category (see the module's note). */
export function isLeadingCategoryPart(part: string, index: number): boolean {
  const text = part.trim();
  return index === 0 && text.length <= MAX_CATEGORY_CHARS && CATEGORY.test(text) && text.split(/\s+/u).filter((word) => /\p{L}{2,}/u.test(word)).length <= 3;
}
