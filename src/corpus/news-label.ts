/**
 * A kind's label opening a section's heading over a site's story («## 📰 Новость: пожар на соседней фабрике — как мы работаем»,
 * "## News: fire next door — how we are working"): the section's kind, not the story's headline. Pure.
 */

/** The label: a news item's, an announcement's or a blog post's kind, then a colon and the headline. */
const NEWS_LABEL = /^(?:новость|новости|объявление|запись в блоге|news|announcement|blog post)\s*:\s+(?=\S.{9})/iu;

/** The heading without the kind's label opening it, or the heading as it is. */
export function withoutNewsLabel(heading: string): string {
  return heading.replace(NEWS_LABEL, "");
}
