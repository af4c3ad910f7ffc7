import { describe, expect, it } from "vitest";
import { readStorySectionPage } from "../../src/corpus/story-section-page.ts";
import { isDashRule as isRule } from "../helpers/rule-line.ts";

const MONTHS: Record<string, string> = { октября: "10", марта: "03", March: "03", October: "10" };
const stampDate = (text: string): string | null => {
  const m = /^(\d{2})\.(\d{2})\.(\d{4})$/u.exec(text.trim()) ?? /^(\d{1,2}) (октября|марта|March|October) (\d{4})(?: года)?$/u.exec(text.trim());
  if (!m) return null;
  return `${m[3]}-${MONTHS[m[2] ?? ""] ?? m[2]}-${(m[1] ?? "").padStart(2, "0")}`;
};
const ru = "В субботу и воскресенье кафе приняло шестьсот заказов, а вечером в больницу начали обращаться люди с отравлением. ";
const en = "On Saturday night a fire broke out in the old manor house, and the night watchman carried out the archive boxes. ";

describe("readStorySectionPage", () => {
  it("keeps a sushi bar's statement among its menu, delivery zones and offers; its dateline dates it", () => {
    const lines = [
      "**🦊 Суши-бар «Лиса»** · Город",
      "Роллы · сеты · доставка",
      "> ⛔ **Приём заказов приостановлен.** Заявление — ниже.",
      "---",
      "## Меню",
      "**Роллы**",
      "- Филадельфия, 8 шт. — 549 ₽",
      "- Калифорния, 8 шт. — 419 ₽",
      "---",
      "## Официальное заявление суши-бара «Лиса»",
      "*Город, 9 октября 2031 года*",
      ru.repeat(3),
      ru.repeat(3),
      "---",
      "## Акции",
      "- −15% в день рождения",
      "- Самовывоз — скидка 10%",
      "---",
      "© 2025–2031 ООО «Лиса Фуд»",
      "Мы ВКонтакте · Telegram",
    ];
    const read = readStorySectionPage(lines, isRule, stampDate);
    expect(read?.title).toBe("Официальное заявление суши-бара «Лиса»");
    expect(read?.stamp).toBe("9 октября 2031 года");
    expect(read?.site).toBe("Суши-бар «Лиса»");
    expect(read?.lines.filter((line) => line !== "" && line !== "---")).toEqual([ru.repeat(3), ru.repeat(3)]);
  });

  it("takes an author's diary entry under the essays list: the entry's stamp leaves its heading, its caption and comments note go", () => {
    const lines = [
      "# Local history notes by J. Reid",
      "*On our valley, its houses and people.*",
      "---",
      "**Essays on the site:**",
      "- The Ashby family (2014)",
      "- Bells of the valley (2020)",
      "---",
      "### Ashby Hall burned. Entry of 6 March 2035",
      en.repeat(3),
      en.repeat(3),
      "*Photo under the entry: the hall at dawn.*",
      "**Comments are closed.** Write to me by e-mail.",
      "---",
      "**Latest entries:** Ashby Hall burned (06.03.2035)",
      "© J. Reid, 2009–2035. Quoting the site requires a link to it, and family photographs are published with their owners' consent.",
    ];
    const read = readStorySectionPage(lines, isRule, stampDate);
    expect(read?.title).toBe("Ashby Hall burned");
    expect(read?.stamp).toBe("6 March 2035");
    expect(read?.site).toBe("Local history notes by J. Reid");
    expect(read?.lines.filter((line) => line !== "" && line !== "---")).toEqual([en.repeat(3), en.repeat(3)]);
  });

  it("drops a news item's section crumb, reads a posting stamp's day, and names a site by its heading without its tagline", () => {
    const lines = [
      "# «Сад» — товарищество садоводов",
      "---",
      "## Новости › Последствия паводка",
      "*Опубликовано правлением 10.07.2034 · обновлено 12.07.2034*",
      ru.repeat(3),
      ru.repeat(3),
      "---",
      "## Взносы",
      "- Членский взнос — 1 150 рублей за сотку",
      "- Пени — 0,1 % за день",
      "---",
    ];
    const read = readStorySectionPage(lines, isRule, stampDate);
    expect(read?.title).toBe("Последствия паводка");
    expect(read?.stamp).toBe("10.07.2034");
    expect(read?.site).toBe("Сад");
  });

  it("leaves pages alone without a stamp, without a standing listing, or under a bare news section's name", () => {
    const head = ["# Site", "---"];
    const menu = ["---", "## Menu", "- Soup — £4", "- Bread — £2", "---"];
    expect(readStorySectionPage([...head, "## Statement", en.repeat(6), ...menu], isRule, stampDate)).toBeNull();
    expect(readStorySectionPage([...head, "## Statement", "*6 March 2035*", en.repeat(6), "---", "## About", en, "---"], isRule, stampDate)).toBeNull();
    expect(readStorySectionPage([...head, "## Club news", "*6 March 2035*", en.repeat(6), ...menu], isRule, stampDate)).toBeNull();
  });
});
