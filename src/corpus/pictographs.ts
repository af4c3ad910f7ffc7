/**
 * Pictographs a page sets before a line's words ("📤 Поделиться: …", "📞 ", "✍️ ", "🧀 Сырная лавка"), which the readers of
 * headings, posting lines, share rows and site names look past. One pattern for all of them: a pictograph or a dingbat, its
 * variation selector, and the space after, repeated.
 */
export const LEADING_PICTOGRAPHS = /^(?:[\p{Extended_Pictographic}\u2600-\u27BF]\uFE0F?\s*)+/u;
/**
 * Pictographs a line closes with ("… panama. 😊", "🚨 ACTIVE SEARCH 🚨", «… до встречи! 💙»), flags among them: the title reader
 * drops those closing a heading they frame, a post's reader those after its paragraph's last sentence (`venue-closing-pictograph.ts`).
 */
export const TRAILING_PICTOGRAPHS = /(?:\s*[\p{Extended_Pictographic}\p{RI}][\uFE0F\u200D]*)+$/u;
