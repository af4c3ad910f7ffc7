import { describe, expect, it } from "vitest";
import { readResidentHub } from "../../src/corpus/resident-hub.ts";

const isRule = (line: string): boolean => /^(?:={3,}|-{3,})$/u.test(line);
const dateOf = (text: string): string | null => (/15 October 2031|15 октября 2031/u.test(text) ? "2031-10-15" : null);

describe("readResidentHub", () => {
  it("drops a hub's status row, its head line and the repair form's box; the bulletin's headline and day give title and date", () => {
    const lines = [
      "CITY LIVING · Resident Hub",
      "Marsh House · Academic year 2031/32",
      "Rent status: PAID to 31/10/2031 · Laundry credit: £4.60",
      "=====",
      "REPORT A REPAIR",
      "Your room *     [ Flat 2 ]",
      "Can we enter?   ( ) Yes   ( ) No",
      "=====",
      "INCIDENT BULLETIN No. 3",
      "Marsh House fire: update for residents",
      "Published Wednesday 15 October 2031, 18:00 · Next update Friday",
      "A fire broke out in the laundry.",
    ];
    expect(readResidentHub(lines, isRule, dateOf)).toEqual({ lines: ["CITY LIVING · Resident Hub", "A fire broke out in the laundry."], title: "Marsh House fire: update for residents", date: "2031-10-15" });
  });

  it("reads a Russian hub's form", () => {
    const lines = ["УК «Дом»", "Баланс: 0,00 ₽ · Заявок в работе: 1", "---", "Подать заявку", "Квартира *     [ 12 ]", "Доступ:   ( ) Да   ( ) Нет", "---", "Пожар в доме 5: что известно", "Опубликовано 15 октября 2031 г., 18:00", "Ночью загорелся подвал."];
    expect(readResidentHub(lines, isRule, dateOf)).toEqual({ lines: ["УК «Дом»", "Ночью загорелся подвал."], title: "Пожар в доме 5: что известно", date: "2031-10-15" });
  });

  it("leaves bracketed cues of a script between rules alone", () => {
    expect(readResidentHub(["=====", "[ANCHOR INTRO - ON CAM]", "Text.", "[SOT 1 - Dr Smith | :16]", "=====", "More."], isRule, dateOf)).toBeNull();
  });
});
