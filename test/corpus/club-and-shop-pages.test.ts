import { describe, expect, it } from "vitest";
import { readClubAndShopPages } from "../../src/corpus/club-and-shop-pages.ts";
import { normalizeDate } from "../../src/corpus/dates.ts";
import { capitalsAsName } from "../../src/corpus/minutes.ts";

const isRule = (line: string): boolean => /^(?:-{3,}|\+(?:-{3,}\+)+)$/u.test(line);
const stampDate = (text: string): string | null => normalizeDate(text, true);
const TEXT = "A fire broke out at about 02:35 on Tuesday aboard the container ship tied up at Berth 4 of the terminal.";

describe("readClubAndShopPages", () => {
  it("names the outlet by the page's opening name as its copyright line spells it", () => {
    const lines = ["MERRIOTT'S HARDWARE & TIMBER", "Hammer ........ £8.99", "Drill ......... £99", "Saw ........... £12", "COMMUNITY CORNER - news", "Ship fire at the docks", TEXT, "+-----+", "(c) Merriott's Hardware & Timber Ltd, Dunharrow."];
    expect(readClubAndShopPages(lines, isRule, stampDate, capitalsAsName)).toEqual({ lines: [TEXT], title: "Ship fire at the docks", date: null, outlet: "Merriott's Hardware & Timber" });
  });

  it("dates a club's notice by its page's update line and names the club from its capitals", () => {
    const text = "В субботу, 14 июня, 19 членов клуба поехали в парк снимать движение. В 15:22 главный аттракцион парка остановился в верхней точке петли, и шестнадцать человек больше часа висели вниз головой.";
    const lines = ["ФОТОКЛУБ «ОБЪЕКТИВ»", "Итоги конкурса", "* * *", "ОБЪЯВЛЕНИЕ ДЛЯ ЧЛЕНОВ КЛУБА", "Что случилось на экскурсии", text, "* * *", "Обновлено 28 июня 2031"];
    expect(readClubAndShopPages(lines, isRule, stampDate, capitalsAsName)).toEqual({ lines: [text], title: "Что случилось на экскурсии", date: "2031-06-28", outlet: "ФОТОКЛУБ «ОБЪЕКТИВ»" });
  });
});
