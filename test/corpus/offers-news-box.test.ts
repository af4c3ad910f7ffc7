import { describe, expect, it } from "vitest";
import { readOffersNewsBox } from "../../src/corpus/offers-news-box.ts";

const isRule = (line: string): boolean => /^(?:-{3,}|\+(?:-{3,}\+)+)$/u.test(line);
const TEXT = "A fire broke out at about 02:35 on Tuesday aboard the container ship tied up at Berth 4 of the terminal.";
const TEXT_RU = "Во вторник около 02:35 на складе у станции загорелись поддоны, огонь перекинулся на соседний ангар и жилой дом.";

describe("readOffersNewsBox", () => {
  it("takes the item in the news box: the head, the offers, the label and the footer under the box go", () => {
    const lines = [
      "MERRIOTT'S HARDWARE & TIMBER",
      "[ Store home ]  [ This week's offers ]",
      "THIS WEEK'S OFFERS - valid Thursday 16 to Wednesday 22 March",
      "Brushmaster 5-piece brush set ........ was £14.99  NOW £9.99",
      "Claw hammer 16oz, fibreglass ......... £8.99",
      "Fire blanket 1.2 x 1.2m .............. £9.50",
      "",
      "COMMUNITY CORNER  -  news from around the town",
      "",
      "Ship fire at the docks: crew member dies",
      "",
      TEXT,
      "+--------------------+",
      "FREE LOCAL DELIVERY on orders over £75.",
      "(c) Merriott's Hardware & Timber Ltd",
    ];
    expect(readOffersNewsBox(lines, isRule)).toEqual({ lines: ["", TEXT], title: "Ship fire at the docks: crew member dies" });
  });

  it("reads a Russian shop's box, and no item whose rule is not a box's frame", () => {
    const lines = ["ХОЗТОВАРЫ «МАСТЕР»", "Молоток 500 г .......... 390 ₽", "Лопата штыковая ........ 650 ₽", "Огнетушитель ОП-4 ...... 1 200 ₽", "НОВОСТИ НАШЕГО РАЙОНА", "Пожар на складе у станции", TEXT_RU, "+-------+", "© Мастер"];
    expect(readOffersNewsBox(lines, isRule)).toEqual({ lines: [TEXT_RU], title: "Пожар на складе у станции" });
    expect(readOffersNewsBox(lines.map((line) => (line.startsWith("+") ? "-------" : line)), isRule)).toBeNull();
  });
});
