import { describe, expect, it } from "vitest";
import { dropOpeningContacts } from "../../src/corpus/opening-contacts.ts";

const isContact = (line: string): boolean => /ул\.\s|Road,|\d{2}-\d{2}-\d{2}/u.test(line);
const view = (line: string): string => line.replace(/\*/gu, "");

describe("dropOpeningContacts", () => {
  it.each([
    [
      "a Russian inspectorate's tagline with its address, its phone line and its booking offer",
      ["*Инспекция по маломерным судам · г. Ирменск, ул. Береговая, 3*", "", "Телефон доверия: 8 (3851) 39-99-99 · Экстренный вызов: **112**", "", "> **Онлайн-запись на аттестацию:** ближайшая дата — 29.07.2031", "", "Купальный сезон — 2031"],
      ["", "", "", "Купальный сезон — 2031"],
      3,
    ],
    ["an English station's address and booking offer", ["Search and rescue · 4 Harbour Road, Ashby", "> **Book online:** safety checks", "Bathing season 2031"], ["Bathing season 2031"], 2],
  ])("drops %s", (_name, lines, kept, count) => {
    const copy = [...lines];
    expect(dropOpeningContacts(copy, 0, isContact, view)).toBe(count);
    expect(copy).toEqual(kept);
  });

  it("stops at the first line that is neither", () => {
    const lines = ["Five people drowned on Saturday.", "Телефон доверия: 8 (3851) 39-99-99"];
    expect(dropOpeningContacts(lines, 0, isContact, view)).toBe(0);
    expect(lines).toHaveLength(2);
  });
});
