/**
 * The share row that closes a journal post ("Share:", "Share this post: …", «Поделиться: …», «Поделиться ВКонтакте …»), as the
 * readers of posts in capitals and of posts under a line of fields want it: the row, its emphasis and leading pictographs
 * aside ("**📤 Поделиться:** …"), opens with a share label.
 */

import { LEADING_PICTOGRAPHS } from "./pictographs.ts";

/** A share row's opening ("Share:", "Share this post:", «Поделиться: …»). */
export const SHARE_ROW = /^(?:share(?: this(?: post| article| story)?)?\s*:|поделиться(?:\s*:|\s+(?:вконтакте|в\s+\p{L}+|telegram|facebook)))/iu;

/** Whether `row` is a share row closing a post, its emphasis and leading pictographs aside. Pure. */
export function isClosingShareRow(row: string): boolean {
  return SHARE_ROW.test(row.trim().replace(/[*_]+/gu, "").trim().replace(LEADING_PICTOGRAPHS, ""));
}
