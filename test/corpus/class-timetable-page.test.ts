import { describe, expect, it } from "vitest";
import { readClassTimetablePage } from "../../src/corpus/class-timetable-page.ts";
import { normalizeDate } from "../../src/corpus/dates.ts";

const isRule = (line: string): boolean => /^(?:-{3,}|={3,})$/u.test(line);
const stampDate = (text: string): string | null => normalizeDate(text, true);
const en = "At about 6.20pm on Saturday a gas cylinder in a market chalet caught fire, and within minutes the flames spread to the chalets either side.";
const ru = "В среду вечером на переезде у платформы электричка столкнулась с легковым автомобилем, который объехал опущенный шлагбаум.";

describe("readClassTimetablePage", () => {
  it("takes a yoga studio's news under its week's timetable: the day from the label, the year from the timetable", () => {
    const lines = [
      "Riverside Yoga · Ashby",
      "Vinyasa · yin · pregnancy yoga",
      "",
      "CLASS TIMETABLE · WEEK OF 15 DECEMBER 2031",
      "",
      "Monday 15 December",
      "× All classes cancelled – studio closed",
      "",
      "Tuesday 16 December",
      "• 07:00 Sunrise Vinyasa with Priya · Studio 1 · 8 spaces left",
      "• 18:30 Hot Power Flow with Priya · Studio 1 · FULL",
      "",
      "Wednesday 17 December",
      "• 09:30 Pregnancy Yoga with Ann · The Loft · 5 spaces left",
      "",
      "Drop-in £12 · 10-class pass £95",
      "",
      "----------------------------------------",
      "STUDIO NEWS · Monday 15 December",
      "",
      "Dear friends,",
      "",
      en,
      "",
      "----------------------------------------",
      "Gift vouchers available at the desk",
    ];
    const read = readClassTimetablePage(lines, isRule, stampDate);
    expect(read?.title).toBeNull();
    expect(read?.date).toBe("2031-12-15");
    expect(read?.site).toBe("Riverside Yoga");
    expect(read?.lines.filter((line) => line !== "")).toEqual(["Dear friends,", en]);
  });

  it("takes a dance school's post: the headline under the news heading, the day from the posting line", () => {
    const lines = [
      "**Школа танцев «Вальс»** · г. Заречье",
      "",
      "## Расписание групп",
      "",
      "**Понедельник, среда**",
      "- 16:30–17:15 — «Малыши» (4–6 лет), зал № 1",
      "- 19:00–20:30 — взрослые, начинающие",
      "",
      "**Суббота**",
      "- 11:00–13:00 — сборная школы",
      "",
      "---",
      "",
      "## Новости школы",
      "",
      "### Почему 17 ноября отменили занятия",
      "",
      "*Запись от 19 ноября 2031 года. Автор — руководитель школы*",
      "",
      ru,
      "",
      "---",
    ];
    const read = readClassTimetablePage(lines, isRule, stampDate);
    expect(read?.title).toBe("Почему 17 ноября отменили занятия");
    expect(read?.date).toBe("2031-11-19");
    expect(read?.site).toBe("Школа танцев «Вальс»");
    expect(read?.lines.filter((line) => line !== "")).toEqual([ru]);
  });

  it("takes a pottery workshop's entry dated in its heading", () => {
    const lines = ["## 🏺 Гончарная мастерская «Глина»", "", "### Расписание на неделю 16–22 марта 2032", "", "**Вторник**", "- 11:00 — круг (Анна)", "- 18:30 — роспись", "", "**Среда**", "- 16:00 — лепка", "", "---", "", "### Запись мастерской · 13 марта 2032", "", ru];
    const read = readClassTimetablePage(lines, isRule, stampDate);
    expect(read?.date).toBe("2032-03-13");
    expect(read?.title).toBeNull();
    expect(read?.site).toBe("Гончарная мастерская «Глина»");
  });

  it("leaves a page without a timetable, or a timetable without a dated post, alone", () => {
    expect(readClassTimetablePage(["Schedule of works", "", en], isRule, stampDate)).toBeNull();
    const undated = ["Timetable", "Monday", "07:00 Yoga", "08:00 Yoga", "Tuesday", "09:00 Yin", "---", "", en];
    expect(readClassTimetablePage(undated, isRule, stampDate)).toBeNull();
  });
});
