import { describe, expect, it } from "vitest";
import { readMarkedHeadlineBox } from "../../src/corpus/marked-headline-box.ts";

const isRule = (line: string): boolean => /^-{3,}$/u.test(line);
const stampDate = (): string | null => null;
const RULE = "-".repeat(40);
const en = "At about 3:40pm a carriage horse bolted at the top of the street and the carriage ran into a queue of visitors outside the museum. ";
const ru = "Около шести вечера лошадь прогулочной коляски понесла на площади, коляска врезалась в очередь туристов у музея, пострадали одиннадцать человек. ";

describe("readMarkedHeadlineBox", () => {
  it("joins a marked headline wrapped over two lines under a boxed label: it is the title; the form, the filing line and the footer go", () => {
    const lines = [
      "BLACK LANTERN TATTOO CO.",
      RULE,
      "BOOK AN APPOINTMENT",
      RULE,
      "Step 1 of 3 - Choose your artist",
      "",
      RULE,
      "STUDIO NEWS",
      RULE,
      "",
      ">> Why we were shut on Sunday - and our charity day for the",
      "people hurt on the high street",
      "",
      en.repeat(6),
      "",
      "Posted in: Studio news, Community   |   Share: [f] [ig]",
      "",
      RULE,
      "AFTERCARE QUICK TIPS",
      RULE,
      "(c) 2025 Black Lantern Tattoo Co.",
    ];
    const read = readMarkedHeadlineBox(lines, isRule, stampDate);
    expect(read?.title).toBe("Why we were shut on Sunday - and our charity day for the people hurt on the high street");
    expect(read?.lines).toEqual(["", "", en.repeat(6), "", ""]);
  });

  it("reads a marked headline on one line (Russian) and leaves a page whose marked line is a sentence", () => {
    const lines = [RULE, "НОВОСТИ СТУДИИ", RULE, "", ">> Почему мы не работали в воскресенье", "", ru.repeat(6), RULE, "Подвал"];
    expect(readMarkedHeadlineBox(lines, isRule, stampDate)?.title).toBe("Почему мы не работали в воскресенье");
    const sentence = [RULE, "НОВОСТИ СТУДИИ", RULE, "", ">> Мы не работали в воскресенье.", "", ru.repeat(6), RULE];
    expect(readMarkedHeadlineBox(sentence, isRule, stampDate)).toBeNull();
    expect(readMarkedHeadlineBox([RULE, "STUDIO NEWS", RULE, "", en.repeat(6), RULE], isRule, stampDate)).toBeNull();
  });
});
