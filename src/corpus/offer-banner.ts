/**
 * A shop's offer banner over its page ("Free UK delivery on coffee orders over £30 · Roasted every Tuesday and Friday",
 * «🚚 Доставка по Камнегорску бесплатно от 2 000 ₽ · Заказы до 20:00 — привезём завтра утром», "SPRING SALE: 20% off all
 * frames"): a line that names a price or a discount. It may open the page above the shop's name, but it is an offer, never the
 * name: a reader looking for the site's name in the page's first line passes over it. Pure.
 */

/** A price (a currency's sign or word beside a number) or a discount in per cent. */
const PRICE_OR_DISCOUNT = /[£$€]\s?\d|\d(?:[\d\s.,\u00A0\u202F]*\d)?\s?(?:₽|руб(?:\.|лей|ля)?(?!\p{L})|р\.|€|£)|\d+\s?%/u;

/** Whether `line` is an offer banner (see the module's note). */
export function isOfferBanner(line: string): boolean {
  return PRICE_OR_DISCOUNT.test(line);
}
