import { describe, expect, it } from "vitest";
import { readAgencyNewsPage } from "../../src/corpus/agency-news-page.ts";
import { isDashRule as isRule } from "../helpers/rule-line.ts";

describe("readAgencyNewsPage", () => {
  it("takes a Russian inspectorate's item heading; the head, the hotline box, the memo box and the footer go, the body names the outlet", () => {
    const lines = [
      "**Федеральная служба по труду и занятости**",
      "## Государственная инспекция труда в области",
      "",
      "> ### ☎ Горячая линия по вопросам увольнений",
      "> **8-800-707-88-12** — звонок бесплатный",
      "",
      "---",
      "### Новости инспекции",
      "**11.10.2030 · 17:25 · Проверки**",
      "# Начата внеплановая проверка завода",
      "Инспекция начала проверку завода.",
      "---",
      "**Памятка работнику при сокращении**",
      "1. Проверьте дату уведомления.",
      "---",
      "© 2030 Государственная инспекция труда в области",
      "Информация на сайте не является официальной публикацией.",
    ];
    expect(readAgencyNewsPage(lines, isRule)).toEqual({
      lines: ["", "", "---", "**11.10.2030 · 17:25 · Проверки**", "Инспекция начала проверку завода.", "---"],
      title: "Начата внеплановая проверка завода",
      body: "Государственная инспекция труда в области",
    });
  });

  it("reads an English body's page with a helpline box", () => {
    const lines = ["**Department for Work**", "## Ashby Labour Inspectorate", "> Helpline: 0800 123 456", "> Open Mon–Fri", "---", "### Latest news", "11 October 2030", "# Inspectors open an inquiry into mass lay-offs", "Inspectors started on Monday."];
    expect(readAgencyNewsPage(lines, isRule)).toEqual({ lines: ["---", "11 October 2030", "Inspectors started on Monday."], title: "Inspectors open an inquiry into mass lay-offs", body: "Ashby Labour Inspectorate" });
  });

  it("leaves a level-1 heading with no news section over it alone", () => {
    expect(readAgencyNewsPage(["Intro", "More", "Other", "# Fire at the mill", "Text."], isRule)).toBeNull();
  });
});
