import { describe, expect, it } from "vitest";
import { dropBoldSiteHead, dropListingSections, repeatedBoldSiteName } from "../../src/corpus/listing-sections.ts";
import { isDashRule as isRule } from "../helpers/rule-line.ts";

describe("dropListingSections", () => {
  it("drops a banquet hall's halls and menu listed under bold names, and keeps the statement", () => {
    const lines = ["## Обращение владельца", "Драка длилась двадцать минут.", "---", "## Наши залы", "**Большой зал** — до 120 гостей.", "**Каминный зал** — до 40 гостей.", "**Веранда** — до 60 гостей.", "", "## Меню", "*от 3 400 ₽*", "**Салаты:** «Цезарь»", "**Горячее:** судак", "**Десерт:** торт", "---", "Footer"];
    expect(dropListingSections(lines, isRule)).toBe(true);
    expect(lines).toEqual(["## Обращение владельца", "Драка длилась двадцать минут.", "---", "---", "Footer"]);
  });

  it("keeps a section of prose under bold names that are a minority, and an English price list of two entries", () => {
    const lines = ["## Our halls", "**Main hall** — 120 guests.", "The hall was damaged in the fight and is closed.", "It reopens in July.", "", "## Prices", "**Adult** — £12", "**Child** — £6"];
    expect(dropListingSections(lines, isRule)).toBe(false);
  });
});

describe("repeatedBoldSiteName and dropBoldSiteHead", () => {
  it("names the site by its bold name repeated alone in the footer, and drops its head when it tells nothing", () => {
    const lines = ["**Банкетный зал «Малахит»** · Краснополянск", "свадьбы · юбилеи", "---", "Текст.", "---", "**Банкетный зал «Малахит»**", "ИНН 661204583317"];
    expect(repeatedBoldSiteName(lines, isRule)).toBe("Банкетный зал «Малахит»");
    expect(dropBoldSiteHead(lines, isRule)).toBe(true);
    expect(lines[0]).toBe("---");
  });

  it("gives no name when the footer does not repeat it, and keeps a head that tells something", () => {
    expect(repeatedBoldSiteName(["**Harbour Hall** · Eastgrave", "---", "Text.", "---", "Contact us"], isRule)).toBeNull();
    const head = ["**Harbour Hall**", "The hall is closed until further notice after the fire on Saturday night, and all bookings are cancelled.", "---", "Text."];
    expect(dropBoldSiteHead(head, isRule)).toBe(false);
  });
});
