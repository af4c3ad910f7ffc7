import { describe, expect, it } from "vitest";
import { isOfferHeading } from "../../src/corpus/offer-section.ts";
import { readStampedPostPage } from "../../src/corpus/stamped-post-page.ts";
import { isDashRule as isRule } from "../helpers/rule-line.ts";

const dateOf = (text: string): string | null => (/^16 октября 2034$|^16 October 2034$/u.test(text) ? "2034-10-16" : null);

describe("isOfferHeading", () => {
  it.each([["## ⭐ Акция месяца"], ["## 💰 Прайс-лист (действует с 1 сентября 2034 года)"], ["### Special offer"], ["## Offer of the month"], ["## Price list"]])("tells %j", (line) => {
    expect(isOfferHeading(line)).toBe(true);
  });

  it.each([["## Акция протеста у фабрики"], ["Акция месяца"], ["## What we offer our neighbours"]])("does not tell %j", (line) => {
    expect(isOfferHeading(line)).toBe(false);
  });
});

describe("a dry cleaner's post page", () => {
  it("loses the kind's label of its heading and its price list and offer of the month after the post", () => {
    const lines = [
      "# Химчистка «Белоснежка»",
      "📞 8 (35142) 4-27-70 · Пн–Пт 8:00–20:00",
      "---",
      "## 📰 Новость: пожар на соседней фабрике — как мы работаем",
      "*16 октября 2034*",
      "В ночь на субботу на фабрике загорелся цех покраски.",
      "---",
      "## 💰 Прайс-лист (действует с 1 сентября 2034 года)",
      "- Пальто — 1 150 ₽",
      "---",
      "## ⭐ Акция месяца",
      "Сдайте три вещи — четвёртая бесплатно.",
      "---",
      "© 2006–2034 Химчистка «Белоснежка»",
    ];
    expect(readStampedPostPage(lines, isRule, dateOf)).toEqual({
      lines: ["В ночь на субботу на фабрике загорелся цех покраски.", "---", "---", "---", "© 2006–2034 Химчистка «Белоснежка»"],
      title: "пожар на соседней фабрике — как мы работаем",
      stamp: "16 октября 2034",
      owner: "Химчистка «Белоснежка»",
    });
  });

  it("does the same on an English page", () => {
    const lines = ["# Snowdrop Dry Cleaners", "Mon–Fri 8:00–20:00", "---", "## News: fire next door — how we are working", "*16 October 2034*", "The paint shop caught fire overnight.", "---", "## Offer of the month", "Bring three items, the fourth is free.", "---", "© 2034 Snowdrop Dry Cleaners"];
    const post = readStampedPostPage(lines, isRule, dateOf);
    expect(post?.title).toBe("fire next door — how we are working");
    expect(post?.lines).toEqual(["The paint shop caught fire overnight.", "---", "---", "© 2034 Snowdrop Dry Cleaners"]);
  });
});
