/**
 * A headline read with its section's crumb before it, as a site's heading shows it («Новости › Последствия паводка 8 июля», "News ›
 * Storm damage on the allotments", "Club news » Trip cancelled"): the crumb is the site's navigation, the headline is after it.
 */

/** A crumb of one to three words before an arrow and the headline after it, opened by a capital, a digit or a quote. */
const SECTION_CRUMB = /^\p{L}+(?:\s\p{L}+){0,2}\s+(?:›|»|>)\s+([\p{Lu}\d«"].*)$/u;

/** The headline without its section's crumb; other titles (and null) unchanged. Cheap: an arrow between spaces is looked for first. */
export function withoutSectionCrumb(title: string | null): string | null {
  if (title === null || !(title.includes(" › ") || title.includes(" » ") || title.includes(" > "))) return title;
  return SECTION_CRUMB.exec(title)?.[1]?.trim() ?? title;
}
