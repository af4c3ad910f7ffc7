import { describe, expect, it } from "vitest";
import { numberedTitleDate } from "../../src/corpus/numbered-title.ts";

describe("numberedTitleDate", () => {
  it.each([
    ["Объявление правления № 7/2027 от 09.03.2027: о взрыве газового баллона", "2027-03-09"],
    ["Приказ № 118-р от 17.02.2034", "2034-02-17"],
    ["Notice No. 14/2031 of 12.05.2031 on the water main burst", "2031-05-12"],
    ["Оперативная сводка № 3 о последствиях града", null],
    ["Объявление № 5 от 31.02.2027", null],
    [null, null],
  ])("%s → %s", (title, date) => {
    expect(numberedTitleDate(title)).toBe(date);
  });
});
