/**
 * A post's share row with a pictograph before its label ("📤 Share: Facebook · X · Email", «📤 Поделиться: ВКонтакте · Telegram ·
 * WhatsApp», «🔗 Поделиться в Telegram»): a shop's or a nursery's Markdown blog marks its rows with icons, the share row too. The
 * icon does not make the row part of the post: like a bare "Share:" row it closes the post, and what follows it (the shop's
 * best-sellers, its newsletter form, its footer) is the site's. Only a row opened by at least one pictograph and then a share
 * label is read here; the bare row is the journal reader's own. Pure.
 */

/** Pictographs opening a row (with their variation selectors and joiners). */
const LEADING_PICTOGRAPHS = /^(?:[\p{Extended_Pictographic}\u2600-\u27BF][\uFE0F\u200D]*\s*)+/u;

/** A share label after the pictographs: "Share:", "Share this post:", «Поделиться:», «Поделиться в Telegram». */
const SHARE_LABEL = /^(?:share(?: this(?: post| article| story| page)?)?\s*:|поделиться(?:\s*:|\s+(?:вконтакте|в\s+\p{L}+|telegram|facebook)))/iu;

/** Whether `line` (without Markdown emphasis) is a share row opened by a pictograph (see the module's note). */
export function isPictographShareRow(line: string): boolean {
  const text = line.trim().replace(/\*\*|__/gu, "");
  const marked = LEADING_PICTOGRAPHS.exec(text);
  return marked !== null && SHARE_LABEL.test(text.slice(marked[0].length).trim());
}
