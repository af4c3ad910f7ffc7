import { describe, expect, it } from "vitest";
import { readSectionStampPage } from "../../src/corpus/section-stamp.ts";

describe("readSectionStampPage", () => {
  it("drops a shop's head over the heading and its section stamp, the more-news list and the legal notice; the heading is the title", () => {
    const lines = [
      "**Аптеки «Здоровье»** · сеть аптек",
      "🛒 Корзина (0) · Войти",
      "Каталог · Акции · О компании › Новости компании",
      "## Отзыв партии поддельных лекарств",
      "07.10.2034 · 11:30 · Раздел: Новости компании",
      "Мы изъяли 1 340 упаковок.",
      "**Ещё новости компании**",
      "- 01.10.2034 · Открылась новая аптека",
      "ИМЕЮТСЯ ПРОТИВОПОКАЗАНИЯ. НЕОБХОДИМО ПРОКОНСУЛЬТИРОВАТЬСЯ СО СПЕЦИАЛИСТОМ.",
    ];
    expect(readSectionStampPage(lines)).toEqual({ lines: ["Мы изъяли 1 340 упаковок."], title: "Отзыв партии поддельных лекарств", stamp: "07.10.2034 · 11:30" });
  });

  it("reads an English shop's news page", () => {
    const lines = ["PharmaCo", "[ Search ]  Basket (0)", "## Recall of fake pens", "7 October 2034 · Section: Company news", "We removed 1,340 packs.", "More company news", "01.10.2034 · New store opens"];
    expect(readSectionStampPage(lines)).toEqual({ lines: ["We removed 1,340 packs."], title: "Recall of fake pens", stamp: "7 October 2034" });
  });

  it("leaves a public body's news page (no shop's head) alone", () => {
    expect(readSectionStampPage(["Администрация города", "## Пожар на рынке", "04.02.2036 10:15 · Раздел: Безопасность", "Текст."])).toBeNull();
  });
});
