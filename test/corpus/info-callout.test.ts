import { describe, expect, it } from "vitest";
import { readInfoCallout } from "../../src/corpus/info-callout.ts";

const isCrumb = (line: string): boolean => /^\p{Lu}[^/]{0,40}(?:\s+\/\s+\p{Lu}[^/]{0,40}){2,}$/u.test(line);

describe("readInfoCallout", () => {
  it("takes a section page's callout headline as the title; the callout's label goes", () => {
    const lines = ["Главная / Перевозки / Паромные переправы", "## Паромные переправы", "Действуют шесть переправ.", "> ### ⚠ Оперативная информация", ">", "> **Переправа временно закрыта**", ">", "> 18 мая в реку упал автомобиль."];
    expect(readInfoCallout(lines, isCrumb)).toEqual({ lines: ["Главная / Перевозки / Паромные переправы", "## Паромные переправы", "Действуют шесть переправ.", ">", ">", "> 18 мая в реку упал автомобиль."], title: "Переправа временно закрыта" });
  });

  it("reads an English section page", () => {
    const lines = ["Home / Transport / Ferries", "## Ferries", "> ### ⚠ Urgent information", "> **Ferry service suspended**", "> A car fell into the river."];
    expect(readInfoCallout(lines, isCrumb)?.title).toBe("Ferry service suspended");
  });

  it("leaves a page whose heading is its story's own alone", () => {
    const lines = ["Home / News / Ferries", "## Car falls off ferry", "> ### Urgent information", "> **Ferry service suspended**"];
    expect(readInfoCallout(lines, isCrumb)).toBeNull();
  });
});
