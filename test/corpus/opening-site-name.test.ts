import { describe, expect, it } from "vitest";
import { openingSiteName } from "../../src/corpus/opening-site-name.ts";
import { capitalsAsName } from "../../src/corpus/minutes.ts";

describe("openingSiteName", () => {
  it.each([
    ["a name in capitals under a cookie prompt", ["We use cookies to remember your basket.  [Accept all]  [Settings]", "", "ASHGROVE FRAMES & GALLERY", "Bespoke picture framing · Original prints"], "Ashgrove Frames & Gallery"],
    ["a name before its tagline", ["Wrenmouth Self Store | Secure storage on the Harbour Estate", "Home   Unit sizes & prices"], "Wrenmouth Self Store"],
    ["a quoted name after its kind in a heading with a pictograph", ["# 🐕 Кинологическая школа «Верный след»", "", "**Кедровогорск · ул. Лесозаводская, 7а**"], "Верный след"],
    ["a bold quoted name before its description", ["**«Чистый периметр»** — служба дезинсекции и дератизации, Камышлинск"], "Чистый периметр"],
    ["a bold name before its goods", ["**Аукционный дом «Антресоль»** · антиквариат, живопись"], "Антресоль"],
    ["a name with its town", ["# 🎳 Боулинг-клуб «Кегельбан» · Кедрогорск"], "Кегельбан"],
    ["a name in capitals under an offer banner", ["Free UK delivery on coffee orders over £30 · Roasted every Tuesday and Friday", "", "KETTLE & KILN COFFEE ROASTERS", "Small-batch speciality coffee"], "Kettle & Kiln Coffee Roasters"],
    ["a quoted name under a delivery banner", ["🚚 Доставка по Камнегорску бесплатно от 2 000 ₽ · Заказы до 20:00 — привезём завтра утром", "", "# 🧺 Фермерская лавка «Полное лукошко»"], "Полное лукошко"],
  ])("reads %s", (_name, head, expected) => {
    expect(openingSiteName(head, capitalsAsName)).toBe(expected);
  });

  it.each([
    ["a head of only a cookie prompt", ["Сайт использует файлы cookie. [Понятно]"]],
    ["a sentence", ["Welcome to our shop, open seven days a week."]],
    ["an empty head", ["", ""]],
  ])("gives nothing for %s", (_name, head) => {
    expect(openingSiteName(head, capitalsAsName)).toBeNull();
  });
});
