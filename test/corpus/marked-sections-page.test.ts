import { describe, expect, it } from "vitest";
import { readMarkedSectionsPage } from "../../src/corpus/marked-sections-page.ts";

const en = "A catering van exploded at about 4.40pm on Saturday about forty yards from the hall where our rapid tournament was in its fourth round. ";
const notice = "Because the hall is being used as a rest centre there will be no club night on Tuesday, and round 5 is moved to Sunday at the same venue.";
const ru = "В субботу около 16:40 на ярмарке взорвался фургон с едой в сорока метрах от зала, где шёл четвёртый тур нашего турнира по быстрым шахматам. ";

describe("readMarkedSectionsPage", () => {
  it("takes a chess club's news post under its marked label: the headline is the title, a notice stays, the standings go", () => {
    const lines = [
      "Tamsford Knights Chess Club",
      "Home   Club Nights   Tournaments   Results",
      "",
      ">> Club news",
      "",
      "Festival blast: club night cancelled",
      "",
      en.repeat(5),
      "",
      ">> Club notice",
      "",
      notice,
      "",
      ">> Autumn Rapid — standings after Round 4",
      "",
      "Pos\tName\tPts",
      "1\tOyelaran, Tomi\t4",
      "",
      ">> Upcoming",
      "Tue 16 Sep — club night",
      "© 2025 Tamsford Knights Chess Club · Registered charity",
    ];
    expect(readMarkedSectionsPage(lines)).toEqual({ lines: ["", en.repeat(5), "", "", notice, ""], title: "Festival blast: club night cancelled", site: "Tamsford Knights Chess Club" });
  });

  it("reads a Russian club's page so, and leaves a page without a news label or with a sentence for a headline", () => {
    const lines = ["Шахматный клуб «Ладья»", "", ">> Новости клуба", "", "Взрыв на ярмарке: клубный вечер отменён", "", ru.repeat(5), "", ">> Расписание", "Вт 16:00 — блиц"];
    const read = readMarkedSectionsPage(lines);
    expect(read?.title).toBe("Взрыв на ярмарке: клубный вечер отменён");
    expect(read?.site).toBeNull();
    expect(read?.lines).toEqual(["", ru.repeat(5), ""]);
    expect(readMarkedSectionsPage(lines.map((line) => (line === ">> Новости клуба" ? ">> Расписание" : line)))).toBeNull();
    expect(readMarkedSectionsPage(lines.map((line) => (line.startsWith("Взрыв") ? "Взрыв на ярмарке, клубный вечер отменён." : line)))).toBeNull();
  });
});
