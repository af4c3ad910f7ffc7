import { describe, expect, it } from "vitest";
import { withoutNewsLabel } from "../../src/corpus/news-label.ts";

describe("withoutNewsLabel", () => {
  it.each([
    ["Новость: пожар на соседней мебельной фабрике — как мы работаем", "пожар на соседней мебельной фабрике — как мы работаем"],
    ["News: fire at the furniture factory next door — how we are working", "fire at the furniture factory next door — how we are working"],
    ["Объявление: приёмка закрыта до понедельника", "приёмка закрыта до понедельника"],
  ])("takes the kind's label off %j", (heading, title) => {
    expect(withoutNewsLabel(heading)).toBe(title);
  });

  it.each([["Новости: итоги"], ["Newsroom: how we work"], ["Пожар на фабрике: что известно"]])("leaves %j as it is", (heading) => {
    expect(withoutNewsLabel(heading)).toBe(heading);
  });
});
