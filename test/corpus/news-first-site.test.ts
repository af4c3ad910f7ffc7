import { describe, expect, it } from "vitest";
import { readNewsFirstSite } from "../../src/corpus/news-first-site.ts";

const isRule = (line: string): boolean => /^-{3,}$/u.test(line);
const ru = "В воскресенье на горнолыжном комплексе ратрак скатился по склону и въехал в группу лыжников; среди пострадавших — наш воспитанник, ему тринадцать лет. ";
const notice = "В субботу вместо открытой тренировки проводим благотворительную тренировку: вход — любой взнос, все деньги пойдут семье нашего воспитанника.";
const en = "On Sunday a snow groomer slid back down the slope at the ski centre and ran into a group of skiers; one of our juniors, aged 13, was among the injured. ";

describe("readNewsFirstSite", () => {
  it("takes a martial arts club's news item over its timetable: an announcement stays, the timetable and the footer go", () => {
    const lines = [
      "# Клуб единоборств «Сокол» · Ялмогорск",
      "Главная · Расписание · Тренеры",
      "---",
      "## Новости клуба",
      "### Беда на горе: наш воспитанник в больнице",
      ru.repeat(5),
      "---",
      "## Объявление",
      notice,
      "---",
      "## Расписание тренировок",
      "- Дзюдо, дети 6–9 лет: пн, ср, пт — 16:00–17:00",
      "- Дзюдо, 10–14 лет: пн, ср, пт — 17:15–18:45",
      "- Самбо: вт, чт — 18:00–19:30",
      "---",
      "© 2014–2026 Клуб единоборств «Сокол», Ялмогорск.",
    ];
    expect(readNewsFirstSite(lines, isRule)).toEqual({ lines: [ru.repeat(5), "", notice], title: "Беда на горе: наш воспитанник в больнице", site: "Клуб единоборств «Сокол»" });
  });

  it("reads an English club's page so, and leaves one with no listing after the news or no news column first", () => {
    const lines = ["# Falcon Judo Club", "---", "## Club news", "### Junior hurt at the ski centre", en.repeat(5), "---", "## Training times", "- Juniors: Mon 16:00–17:00", "- Seniors: Tue 19:00–20:30", "- Adults: Sat 11:00–12:30", "---", "Footer"];
    expect(readNewsFirstSite(lines, isRule)?.title).toBe("Junior hurt at the ski centre");
    expect(readNewsFirstSite(lines, isRule)?.site).toBeNull();
    expect(readNewsFirstSite(lines.slice(0, 7), isRule)).toBeNull();
    expect(readNewsFirstSite(lines.map((line) => (line === "## Club news" ? "## About us" : line)), isRule)).toBeNull();
  });
});
