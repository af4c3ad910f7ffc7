import { describe, expect, it } from "vitest";
import { readDoubleRuledBox } from "../../src/corpus/double-ruled-box.ts";

const isRule = (line: string): boolean => /^(?:-{3,}|={3,})$/u.test(line);
const stampDate = (): string | null => null;
const RULE = "=".repeat(50);
const en = "At 5.52am on Thursday the old water tower gave way, and a wall of water ran down the hill into the streets below, flooding ninety homes. ";
const ru = "В четверг в 5:52 утра рухнула старая водонапорная башня, и поток воды прошёл по улицам под холмом, затопив девяносто домов. ";

describe("readDoubleRuledBox", () => {
  it("reads a garden centre's notice boxed between rules of equals signs: the headline is the title, the offers and footer go", () => {
    const lines = [
      "LARKSPUR LANE GARDEN CENTRE",
      "THIS MONTH'S OFFERS",
      "  * Bedding plants, 6-packs ........ 4 for £10",
      "",
      RULE,
      "COMMUNITY NOTICE — THE HILL WATER TOWER",
      RULE,
      "",
      "Water everywhere, and then none in the taps: what happened on Thursday",
      "",
      en.repeat(6),
      "",
      RULE,
      "CAFÉ SPECIALS THIS WEEK",
      "© 2032 Larkspur Lane Garden Centre",
    ];
    const read = readDoubleRuledBox(lines, isRule, stampDate);
    expect(read?.title).toBe("Water everywhere, and then none in the taps: what happened on Thursday");
    expect(read?.lines).toEqual(["", "", en.repeat(6), ""]);
  });

  it("reads a Russian notice so, and leaves a page with no rule of equals signs", () => {
    const lines = [RULE, "ОБЪЯВЛЕНИЕ ДЛЯ ЖИТЕЛЕЙ", RULE, "", "Что случилось с водонапорной башней", "", ru.repeat(6), RULE, "Подвал"];
    expect(readDoubleRuledBox(lines, isRule, stampDate)?.title).toBe("Что случилось с водонапорной башней");
    expect(readDoubleRuledBox(lines.map((line) => (line === RULE ? "-".repeat(50) : line)), isRule, stampDate)).toBeNull();
  });
});
