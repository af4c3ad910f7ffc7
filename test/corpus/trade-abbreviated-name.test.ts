import { describe, expect, it } from "vitest";
import { endsWithNameAbbreviation } from "../../src/corpus/trade-abbreviated-name.ts";
import { headSiteName } from "../../src/corpus/head-site-name.ts";

describe("endsWithNameAbbreviation: a firm's name closed by an abbreviation's period", () => {
  it.each([
    ["THE LITTLE TALLOW SOAP CO.", true],
    ["Harlow & Sons Ltd.", true],
    ["Brightwater Bros.", true],
    ["Петров и Ко.", true],
    ["Кузнецов и К°.", true],
    ["ИП Лыкова А. С.", true],
    ["Мастерская Гусева И. В.", true],
    // A sentence, a bare abbreviation, two sentences, a word ending in a period.
    ["We are open as usual.", false],
    ["Co.", false],
    ["We are open. Call Co.", false],
    ["Заходите к нам в ИП.", false],
    ["Мы открыты. Звоните, И. В.", false],
  ])("%s → %s", (name, expected) => {
    expect(endsWithNameAbbreviation(name)).toBe(expected);
  });

  it.each([
    [
      "English",
      ["Skip to content", "FREE UK DELIVERY ON ORDERS OVER £30 · Plastic-free packaging", "", "THE LITTLE TALLOW SOAP CO.", "Cold-process soap · small batches"],
      ["The Little Tallow Soap Co. · Unit 2, The Old Dairy, Mill Lane", "Privacy · Terms · © 2026 The Little Tallow Soap Co."],
      "The Little Tallow Soap Co.",
    ],
    [
      "Russian",
      ["Перейти к содержанию", "", "**ИП Лыкова А. С.** · рыба и морепродукты", "Каталог · Доставка · Контакты"],
      ["© 2028 ИП Лыкова А. С. · Политика конфиденциальности"],
      "ИП Лыкова А. С.",
    ],
  ])("takes the name its head states and its footer repeats (%s)", (_, head, footer, name) => {
    const lines = [...head, "", "Post", "", "Some words of the post.", "", ...footer];
    expect(headSiteName(lines, head.length)).toBe(name);
  });
});
