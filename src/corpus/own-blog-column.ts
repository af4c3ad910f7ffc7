/**
 * A business's Markdown site naming its news column as its own blog or news with a possessive before the word («## Из нашего
 * блога», «## Из наших новостей», «## Наш блог», "## From our own blog", "## Our blog"): the column is the shop's news column (see
 * `readShopNewsColumn`), read like «## Из блога магазина». Pure.
 */

/** A column named as the site's own blog or news, a possessive before the word. */
const OWN_BLOG_COLUMN = /^(?:из\s+(?:нашего\s+блога|наших\s+новостей)|наш\s+блог|наши\s+записки|from\s+our\s+own\s+(?:blog|news)|our\s+(?:blog|journal|diary))$/iu;

/** Whether a column's heading (pictographs cut) names the site's own blog or news with a possessive. Cheap: its length first. */
export function isOwnBlogColumn(text: string): boolean {
  return text.length <= 40 && OWN_BLOG_COLUMN.test(text.trim());
}
