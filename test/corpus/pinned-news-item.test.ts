import { describe, expect, it } from "vitest";
import { normalizeDate } from "../../src/corpus/dates.ts";
import { readPinnedNewsItem } from "../../src/corpus/pinned-news-item.ts";

const isRule = (line: string): boolean => /^-{3,}$/u.test(line);
const stampDate = (text: string): string | null => normalizeDate(text, true);
const ru = "Во вторник около 16:20 над городом прошёл шквал, и старый тополь высотой около 22 метров упал на детскую площадку во дворе прямо за нашими окнами.";
const en = "On Tuesday at about 4.20pm a squall brought down a 22-metre poplar onto the playground in the yard right behind our windows, injuring five people.";

describe("readPinnedNewsItem", () => {
  it("takes a barbershop's pinned news item: the pin's line, the slogan, the price list and the footer go", () => {
    const lines = [
      "# Барбершоп «Бритва»",
      "> Стрижём, бреем, наливаем кофе.",
      "",
      "---",
      "## Прайс",
      "- Мужская стрижка — 1 200 ₽",
      "- Детская стрижка — 800 ₽",
      "- Оформление бороды — 700 ₽",
      "---",
      "## Новости",
      "",
      "### Тополь рухнул на площадку у нас во дворе",
      "",
      "_📌 закреплено администратором · обновлено 11 июля_",
      "",
      "Многие спрашивали, почему мы закрылись раньше.",
      "",
      ru.repeat(2),
      "---",
      "### Подарочные сертификаты",
      "© 2025 Барбершоп «Бритва»",
    ];
    expect(readPinnedNewsItem(lines, isRule, stampDate)).toEqual({
      lines: ["Многие спрашивали, почему мы закрылись раньше.", "", ru.repeat(2)],
      title: "Тополь рухнул на площадку у нас во дворе",
      date: null,
      outlet: "Барбершоп «Бритва»",
    });
  });

  it("keeps a notice quoted in the head (English), dates the item by the pin's day and leaves a page with no pin", () => {
    const lines = ["# Harbour Cuts", "> ⚠ Entrance from the yard", "---", "## Prices", "- Cut — £20", "- Beard — £12", "- Shave — £15", "---", "## News", "### Poplar falls on the playground", "*📌 pinned · updated 11 July 2025*", "We closed early on Tuesday.", en.repeat(2), "---"];
    const read = readPinnedNewsItem(lines, isRule, stampDate);
    expect(read?.lines).toEqual(["> ⚠ Entrance from the yard", "", "We closed early on Tuesday.", en.repeat(2)]);
    expect(read?.date).toBe("2025-07-11");
    expect(readPinnedNewsItem(lines.filter((line) => !line.includes("📌")), isRule, stampDate)).toBeNull();
  });
});
