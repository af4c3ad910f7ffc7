/**
 * Pictographs a page sets before a line's words ("📤 Поделиться: …", "📞 ", "✍️ ", "🧀 Сырная лавка"), which the readers of
 * headings, posting lines, share rows and site names look past. One pattern for all of them: a pictograph or a dingbat, its
 * variation selector, and the space after, repeated.
 */
export const LEADING_PICTOGRAPHS = /^(?:[\p{Extended_Pictographic}\u2600-\u27BF]\uFE0F?\s*)+/u;
