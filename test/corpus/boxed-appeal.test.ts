import { describe, expect, it } from "vitest";
import { withBoxedAppeals } from "../../src/corpus/boxed-appeal.ts";

const story = "Two people died when a section of the pier's deck gave way on Saturday evening, and 41 people were injured, 12 of them seriously.";
const appeal = "Our online collection has so far raised £23,780. Every penny goes to the families of those who died and to the injured.";
const ru = "Мы собираем деньги для семей погибших: за два дня перевели 87 400 рублей. Реквизиты — у администратора на кассе клуба.";

describe("withBoxedAppeals", () => {
  it("appends an appeal's block told in sentences after the story; the concert dates stay out", () => {
    const page = ["OUR STATEMENT", "=====", "", story, "", "=====", "CONCERTS & EVENTS", "=====", "", "Fri 13 August, 8pm - Vigil on the beach", "", "PIER FAMILIES FUND", appeal, "", "-----", "Visitors since 2009: 31,904"];
    expect(withBoxedAppeals(page, ["", story, ""])).toEqual(["", story, "", "", "PIER FAMILIES FUND", appeal]);
  });

  it("appends a Russian appeal's block", () => {
    const page = [story, "", "РАСПИСАНИЕ КОНЦЕРТОВ", "12 мая — Дом культуры", "", "СБОР ДЛЯ СЕМЕЙ", ru];
    expect(withBoxedAppeals(page, [story])).toEqual([story, "", "СБОР ДЛЯ СЕМЕЙ", ru]);
  });

  it("leaves blocks of rows, blocks already kept and unlabelled captions out", () => {
    const page = [story, "", "LATEST LAUNCHES", "12 Mar  ALB  Search for a fishing vessel", "", "PHOTO", "Peggy at our carols.", "", appeal];
    expect(withBoxedAppeals(page, [story])).toBeNull();
    expect(withBoxedAppeals([story, "", "FUND", appeal], [story, "", "FUND", appeal])).toBeNull();
  });
});
