/**
 * A site's section of an offer or of its price list beside its story, by its heading («## ⭐ Акция месяца» / «Сдайте три вещи —
 * четвёртая бесплатно.», «## 💰 Прайс-лист (действует с 1 сентября)», "## Offer of the month", "## Price list"): the shop's
 * advertisement, not the story's words. Pure.
 */

/** An offer's or a price list's heading, its pictographs aside («Акция месяца», «Спецпредложение», «Прайс-лист (…)», "Offer of the month", "Price list"). */
const OFFER_HEADING =
  /^#{2,3}\s+(?:[\p{Extended_Pictographic}\uFE0F\u200D]+\s*)*(?:акция(?:\s+(?:месяца|недели))?|спецпредложение|специальное предложение|(?:special\s+)?offer(?:\s+of\s+the\s+(?:month|week))?|deal of the (?:month|week)|(?:прайс-лист|price list)(?:\s+\([^()]{1,60}\))?)!?$/iu;

/** Whether a trimmed line is an offer's or a price list's section heading in Markdown. */
export function isOfferHeading(line: string): boolean {
  return OFFER_HEADING.test(line);
}
