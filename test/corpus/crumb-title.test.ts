import { describe, expect, it } from "vitest";
import { withoutSectionCrumb } from "../../src/corpus/crumb-title.ts";

describe("withoutSectionCrumb", () => {
  it.each([
    ["Новости › Последствия паводка 8 июля", "Последствия паводка 8 июля"],
    ["Club news » Trip cancelled after the ferry accident", "Trip cancelled after the ferry accident"],
    ["News > Storm damage on the allotments", "Storm damage on the allotments"],
  ])("drops the crumb of %s", (title, headline) => {
    expect(withoutSectionCrumb(title)).toBe(headline);
  });

  it.each([
    "Пожар на складе: «Ромашка» › «Лютик»? Нет",
    "Net zero › targets: 2030 plans of four councils",
    "Suspension bridge closed",
  ])("leaves %s as it is", (title) => {
    expect(withoutSectionCrumb(title)).toBe(title);
  });

  it("leaves no title as none", () => {
    expect(withoutSectionCrumb(null)).toBeNull();
  });
});
