import { describe, expect, it } from "vitest";
import { copyrightOwner, readSectionedSitePage } from "../../src/corpus/sectioned-site-page.ts";
import { isDashRule as isRule } from "../helpers/rule-line.ts";

const stampDate = (text: string): string | null => {
  const m = /^(\d{2})\.(\d{2})\.(\d{4})$/u.exec(text.trim()) ?? /^(\d{1,2}) (июля|July) (\d{4})(?:, \d{1,2}:\d{2})?$/u.exec(text.trim());
  return m ? `${m[3]}-${m[2] === "июля" || m[2] === "July" ? "07" : m[2]}-${(m[1] ?? "").padStart(2, "0")}` : null;
};
const ru = "В ночь на среду в лагере загорелся спальный корпус, дети были выведены вожатыми за четыре минуты, пострадавших двое. ";
const en = "A bear attacked a group of walkers on the ridge trail on Sunday afternoon, and three people were taken to hospital. ";

describe("readSectionedSitePage", () => {
  it("takes a camp site's news item under its news section: the head, the listing of shifts and the back link go", () => {
    const lines = [
      "**Лагерь «Ключ»**",
      "Главная · Смены · Контакты",
      "---",
      "## Смены лета",
      "**1 смена** — 2–22 июня",
      "**2 смена** — 25 июня – 15 июля",
      "**Стоимость путёвки** — 46 200 руб.",
      "---",
      "## Новости лагеря",
      "### Пожар в корпусе № 4",
      "*10 июля 2025, 12:30 · Администрация лагеря*",
      ru.repeat(3),
      ru.repeat(3),
      "← Все новости · Просмотров: 3 912",
      "---",
      "© 2012–2025 МАУ ДОЛ «Ключ»",
    ];
    const read = readSectionedSitePage(lines, isRule, stampDate);
    expect(read?.title).toBe("Пожар в корпусе № 4");
    expect(read?.stamp).toBe("10 июля 2025, 12:30");
    expect(read?.owner).toBe("МАУ ДОЛ «Ключ»");
    expect(read?.lines.filter((line) => line !== "")).toEqual(["---", "---", ru.repeat(3), ru.repeat(3), "---", "© 2012–2025 МАУ ДОЛ «Ключ»"]);
  });

  it("takes a reserve's English news item with its stamp over the heading; the rules section after it goes", () => {
    const lines = [
      "# Kedrov Reserve",
      "Area: 218,640 ha · Species: 612",
      "---",
      "## Latest news",
      "**16.08.2032 · 16:40**",
      "### Bear attack on the ridge trail",
      en.repeat(3),
      en.repeat(3),
      "---",
      "## Visiting rules",
      "1. Walk only with a ranger.",
      "2. Do not feed the animals.",
      "---",
      "Follow us · VK · Telegram",
    ];
    const read = readSectionedSitePage(lines, isRule, stampDate);
    expect(read?.title).toBe("Bear attack on the ridge trail");
    expect(read?.stamp).toBe("16.08.2032");
    expect(read?.lines.filter((line) => line !== "")).toEqual(["# Kedrov Reserve", "---", en.repeat(3), en.repeat(3), "---", "---"]);
  });

  it("leaves a page whose story has no news section, or no stamp, alone", () => {
    expect(readSectionedSitePage(["# Title", "---", "## Statement", "*Posted 26.06.2034*", en.repeat(6), "---", "## Menu", "**Soup** — £4", "---"], isRule, stampDate)).toBeNull();
    expect(readSectionedSitePage(["---", "## News", "### Fire", en.repeat(6), "---", "Footer"], isRule, stampDate)).toBeNull();
  });

  it("reads a copyright's owner, a name only in quotes without them", () => {
    expect(copyrightOwner(["© 2008–2032 ФГБУ «Заповедник „Увал“». Все фотографии на сайте — собственность заповедника."], 0)).toBe("ФГБУ «Заповедник „Увал“»");
    expect(copyrightOwner(["© 2011–2024 «Огненный Ёж». Цены на сайте не являются публичной офертой."], 0)).toBe("Огненный Ёж");
    expect(copyrightOwner(["© 2024 Cressbury Carnival Committee. All volunteer-run."], 0)).toBe("Cressbury Carnival Committee");
    expect(copyrightOwner(["No copyright here"], 0)).toBeNull();
  });
});
