/**
 * The lines of a business site's page carrying one post, for the cleaner's tests: the site's head,
 * the headline, the posting line, the post's paragraphs (a blank line after each), then what closes
 * the page (tags or a share row, a footer).
 */
export function postPage(head: readonly string[], headline: string, posting: string, paragraphs: readonly string[], end: readonly string[]): string[] {
  return [...head, "", headline, "", posting, "", ...paragraphs.flatMap((text) => [text, ""]), ...end];
}
