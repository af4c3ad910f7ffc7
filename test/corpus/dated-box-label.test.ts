import { describe, expect, it } from "vitest";
import { normalizeDate } from "../../src/corpus/dates.ts";
import { boxedPageSite, readDatedBoxLabel } from "../../src/corpus/dated-box-label.ts";

const isRule = (line: string): boolean => /^(?:-{3,}|={3,})$/u.test(line);
const stampDate = (text: string): string | null => normalizeDate(text.replace(/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|среда|четверг)\s+/iu, ""), true);
const en = "At about 2.50pm on Saturday the tenor bell of the parish church fell from the tower into the street below, landing on the edge of the market stalls. ";
const ru = "В субботу около 14:50 с колокольни сорвался большой колокол и упал на край торговых рядов у подножия башни, где стояли люди. ";

describe("readDatedBoxLabel", () => {
  it("reads a club's notice whose boxed label carries its day after a dash: the headline is the title, the label's day the date", () => {
    const RULE = "=".repeat(50);
    const lines = [
      "~~~ PELHAM ABBAS MODEL RAILWAY CLUB ~~~",
      "You are visitor number 0 4 8 3 1 7 to this page",
      "OPEN DAYS 2031",
      "Sat 13 September ..... 10am - 4pm, adults £3",
      "",
      RULE,
      "CLUB NOTICE - from the Chairman, Wednesday 6 August 2031",
      RULE,
      "",
      "The bell at St Mary's: what happened at the fair",
      "",
      en.repeat(6),
      "",
      RULE,
      "SUBS: £36 a year, juniors £10.",
      RULE,
      "Webmaster: K. Dunstable | (c) PAMRC.",
    ];
    const read = readDatedBoxLabel(lines, isRule, stampDate);
    expect(read?.title).toBe("The bell at St Mary's: what happened at the fair");
    expect(read?.issued).toBe("Wednesday 6 August 2031");
    expect(read?.site).toBe("Pelham Abbas Model Railway Club");
    expect(read?.lines).toEqual(["", "", en.repeat(6), ""]);
  });

  it("reads a Russian label dated after a run of spaces between dashed rules, and leaves a label without a day", () => {
    const RULE = "-".repeat(50);
    const lines = ["ШКОЛА СЁРФИНГА «ВОЛНА»", "Цены: урок — 2 000 ₽", RULE, "НОВОСТИ КЛУБА          12 марта 2031", RULE, "", "Что случилось с колокольней", "", ru.repeat(6), RULE, "Подвал"];
    expect(readDatedBoxLabel(lines, isRule, stampDate)?.issued).toBe("12 марта 2031");
    expect(readDatedBoxLabel(lines, isRule, stampDate)?.title).toBe("Что случилось с колокольней");
    expect(readDatedBoxLabel(lines.map((line) => (line.startsWith("НОВОСТИ") ? "НОВОСТИ КЛУБА" : line)), isRule, stampDate)).toBeNull();
  });

  it("names the site its footer confirms, by the name opening a line or by its initials", () => {
    expect(boxedPageSite(["SALTWIND SURF SCHOOL  ~  PORTHGARROW BAY", "Text.", "Saltwind Surf School is a trading name of Saltwind Ltd"])).toBe("Saltwind Surf School");
    expect(boxedPageSite(["*** HILL ROAD CHESS CLUB ***", "Text.", "(c) HRCC 2031"])).toBe("Hill Road Chess Club");
    expect(boxedPageSite(["HILL ROAD CHESS CLUB", "Text.", "© Another Club"])).toBeNull();
  });
});
