import { describe, expect, it } from "vitest";
import { normalizeDate } from "../../src/corpus/dates.ts";
import { readStoreFinder } from "../../src/corpus/store-finder.ts";

const isRule = (line: string): boolean => /^-{3,}$/u.test(line);
const isStamp = (text: string): boolean => normalizeDate(text, true) !== null;

describe("readStoreFinder", () => {
  it("keeps only a store finder's statement: its heading without the label is the title, the chain's name the outlet", () => {
    const lines = [
      "Voltix Electronics | Store Finder",
      "Free delivery over £40 · Basket (0)",
      "Showing 2 stores within 25 miles",
      "----------",
      "1. Voltix Riverside  (NEW)          0.4 mi",
      "   Status: TEMPORARILY CLOSED",
      "----------",
      "IMPORTANT: A STATEMENT ABOUT OUR RIVERSIDE OPENING",
      "Issued 9 November 2031",
      "",
      "We are heartbroken by what happened outside our new store on Saturday.",
      "----------",
      "OPENING OFFERS (cancelled)",
      "  * 4K TV - £99",
      "----------",
      "2. Voltix Carrowby                  11.8 mi",
      "   Open today 9:00-18:00",
    ];
    expect(readStoreFinder(lines, isRule, isStamp)).toEqual({
      lines: ["", "We are heartbroken by what happened outside our new store on Saturday."],
      title: "A STATEMENT ABOUT OUR RIVERSIDE OPENING",
      issued: "9 November 2031",
      chain: "Voltix Electronics",
    });
  });

  it("reads a Russian store finder, and no page with fewer than two store cards", () => {
    const lines = [
      "ТехноМир · Адреса магазинов",
      "----------",
      "1. ТехноМир на Ленина          0,8 км",
      "----------",
      "ВАЖНО: ЗАЯВЛЕНИЕ КОМПАНИИ ОБ ОТКРЫТИИ МАГАЗИНА",
      "Утром у входа в магазин произошла давка.",
      "----------",
      "2. ТехноМир Север              3,2 км",
    ];
    expect(readStoreFinder(lines, isRule, isStamp)).toEqual({
      lines: ["Утром у входа в магазин произошла давка."],
      title: "ЗАЯВЛЕНИЕ КОМПАНИИ ОБ ОТКРЫТИИ МАГАЗИНА",
      issued: null,
      chain: "ТехноМир",
    });
    expect(readStoreFinder(lines.slice(0, 6), isRule, isStamp)).toBeNull();
  });
});
