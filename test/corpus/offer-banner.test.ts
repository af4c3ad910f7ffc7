import { describe, expect, it } from "vitest";
import { isOfferBanner } from "../../src/corpus/offer-banner.ts";

describe("isOfferBanner: a shop's offer banner, never its name", () => {
  it.each([
    ["Free UK delivery on coffee orders over £30 · Roasted every Tuesday and Friday", true],
    ["SPRING SALE: 20% off all frames until Sunday", true],
    ["Orders over $50 ship free", true],
    ["🚚 Доставка по Камнегорску бесплатно от 2 000 ₽ · Заказы до 20:00 — привезём завтра утром", true],
    ["Скидка 10% на первый заказ по промокоду ЛИПА31", true],
    ["Подарок при покупке от 1500 руб.", true],
    // A name, a name with its town, a tagline.
    ["KETTLE & KILN COFFEE ROASTERS", false],
    ["# 🧺 Фермерская лавка «Полное лукошко»", false],
    ["Small-batch speciality coffee, roasted in Brantley Fold since 2019", false],
    ["Кинологическая школа «Верный след» · Кедровогорск", false],
  ])("%s → %s", (line, expected) => {
    expect(isOfferBanner(line)).toBe(expected);
  });
});
