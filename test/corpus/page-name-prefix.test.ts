import { describe, expect, it } from "vitest";
import { headSiteName } from "../../src/corpus/head-site-name.ts";
import { footerNamePrefix } from "../../src/corpus/page-name-prefix.ts";

describe("footerNamePrefix: a footer that names the site by its first words", () => {
  it.each([
    ["HEXLEY BRIDGE PHYSIOTHERAPY & SPORTS INJURY CLINIC", ["© 2026 Hexley Bridge Physiotherapy Ltd · Company no. 10492837"], "Hexley Bridge Physiotherapy"],
    ["СТУДИЯ ТАНЦА «ПИРУЭТ» И ДЕТСКИЙ ЦЕНТР", ["© 2020 Студия танца «Пируэт» · ИП Смирнова"], "Студия танца «Пируэт»"],
    ["Riverside Swim School and Fitness Club", ["© 2026 Riverside Swim School Ltd"], "Riverside Swim School"],
    ["HEXLEY BRIDGE PHYSIOTHERAPY", ["© 2026 Hexley Bridgewater Ltd"], null],
    ["HEXLEY BRIDGE PHYSIOTHERAPY", ["Find us: Hexley Bridge station, Unit 3"], null],
    ["АПТЕКА «ДОБРОСВЕТ» НА ЛЕСНОЙ", ["Адрес: Аптека «Добросвет», ул. Лесная, 3"], null],
    ["АПТЕКА «ДОБРОСВЕТ» НА ЛЕСНОЙ", ["ООО Аптека «Добросвет» · ИНН 7612045518"], "Аптека «Добросвет»"],
    ["ДЕТСКИЙ ЦЕНТР «РАДУГА»", ["© 2020 Детский сад № 5"], null],
  ] as const)("reads %j in %j as %j", (name, footer, expected) => {
    expect(footerNamePrefix(name, footer)).toBe(expected);
  });

  it.each([
    ["a physiotherapy clinic's page", ["HEXLEY BRIDGE PHYSIOTHERAPY & SPORTS INJURY CLINIC", "Chartered physiotherapists · No GP referral needed", "", "Blog > Community news"], "Hexley Bridge Physiotherapy", ["© 2026 Hexley Bridge Physiotherapy Ltd · Company no. 10492837 · Privacy policy"]],
    ["a dance studio's page (Russian)", ["**СТУДИЯ ТАНЦА «ПИРУЭТ» И ДЕТСКИЙ ЦЕНТР** · Светлоозёрск", "", "Главная › Новости"], "Студия танца «Пируэт»", ["© 2020–2026 Студия танца «Пируэт» · ИП Смирнова"]],
  ] as const)("names the site of %s when read wide", (_name, head, expected, footer) => {
    const lines = [...head, "", "The post.", "", ...footer];
    expect(headSiteName(lines, head.length, true)).toBe(expected);
    expect(headSiteName(lines, head.length)).toBeNull();
  });
});
