import { describe, expect, it } from "vitest";
import { normalizeDate } from "../../src/corpus/dates.ts";
import { readBoldRowsSite } from "../../src/corpus/bold-rows-site.ts";

const isRule = (line: string): boolean => /^-{3,}$/u.test(line);
const stampDate = (text: string): string | null => normalizeDate(text, true);
const ru =
  "В субботу около 11:25 над аэродромом столкнулись купола двух парашютистов, один из них погиб на месте, ещё двое пострадавших в больнице, прыжки в клубе приостановлены до проверки.";
const en =
  "At about 11.25am on Saturday two parachutes collided over the airfield; one jumper died at the scene and two others are still in hospital, and the club has stopped all jumps.";

describe("readBoldRowsSite", () => {
  it("takes a photo studio's blog post: the name's tagline, the halls in bold rows and the rows after the post go", () => {
    const lines = [
      "📷 **Фотостудия «Кадр»** — аренда залов в центре города",
      "",
      "ул. Кирова, 42 · ☎ +7 (4912) 55-70-18",
      "",
      "---",
      "",
      "## Наши залы",
      "",
      "**Зал «Лофт»** — 60 м², кирпичные стены, 1 800 ₽/час",
      "**Зал «Циклорама»** — 90 м², белая циклорама, 2 200 ₽/час",
      "**Зал «Скандинавия»** — 45 м², светлое дерево, 1 500 ₽/час",
      "",
      "---",
      "",
      "## Блог студии",
      "",
      "### Про субботу на аэродроме",
      "",
      "*10 июня 2031 · администрация студии*",
      "",
      "Многие спрашивают, почему студия не работала в воскресенье.",
      "",
      ru,
      "",
      "**Важно:** все брони на воскресенье перенесены, предоплата сохраняется.",
      "",
      "---",
      "",
      "**Свободные даты:** 14, 15 июня — скидка 15 %.",
      "© 2019–2031 Фотостудия «Кадр»",
    ];
    expect(readBoldRowsSite(lines, isRule, stampDate)).toEqual({
      lines: ["Многие спрашивают, почему студия не работала в воскресенье.", "", ru, "", "**Важно:** все брони на воскресенье перенесены, предоплата сохраняется.", ""],
      title: "Про субботу на аэродроме",
      date: "2031-06-10",
      outlet: "Фотостудия «Кадр»",
    });
  });

  it("takes an English studio's news item", () => {
    const lines = [
      "**Lumen Studios** — hire halls in the town centre",
      "## Our halls",
      "**Loft** — 60 m², brick walls, £45/hour",
      "**Cyclorama** — 90 m², white infinity wall, £55/hour",
      "**Nordic** — 45 m², pale wood and a bed, £40/hour",
      "---",
      "## News",
      "### Why we were closed on Sunday",
      en,
      "---",
      "© 2031 Lumen Studios",
    ];
    const read = readBoldRowsSite(lines, isRule, stampDate);
    expect(read?.title).toBe("Why we were closed on Sunday");
    expect(read?.outlet).toBe("Lumen Studios");
    expect(read?.lines).toEqual([en]);
  });

  it.each([
    ["a bold name without a tagline", "**Lumen Studios**"],
    ["a name that is not bold", "Lumen Studios — hire halls in the town centre"],
  ])("leaves a page opening with %s alone", (_what, first) => {
    const lines = [first, "## Our halls", "**Loft** — £45/hour", "**Cyclorama** — £55/hour", "**Nordic** — £40/hour", "---", "## News", "### Why we were closed", en, "---"];
    expect(readBoldRowsSite(lines, isRule, stampDate)).toBeNull();
  });

  it("leaves a page with fewer than three priced bold rows alone", () => {
    const lines = ["**Lumen Studios** — hire halls", "## Our halls", "**Loft** — £45/hour", "**Cyclorama** — brick walls", "---", "## News", "### Why we were closed", en, "---"];
    expect(readBoldRowsSite(lines, isRule, stampDate)).toBeNull();
  });
});
