import { describe, expect, it } from "vitest";
import { headSiteName } from "../../src/corpus/head-site-name.ts";
import { nameBeforePlace, withoutMarkedPictographs } from "../../src/corpus/page-marked-name.ts";

describe("page-marked-name: a site's name inside heading or bold marks, without its logo's pictograph or its town", () => {
  it.each([
    ["# ⚡ «Вольт-Сервис»", "# «Вольт-Сервис»"],
    ["**🥩 МЯСНАЯ ЛАВКА «КУЗЬМИЧ»** — фермерское мясо", "**МЯСНАЯ ЛАВКА «КУЗЬМИЧ»** — фермерское мясо"],
    ["# ⌚ Часовая мастерская «Маятник»", "# Часовая мастерская «Маятник»"],
    ["## 🏊 Riverside Swim School", "## Riverside Swim School"],
    ["# Riverside Swim School", "# Riverside Swim School"],
    ["Home › News ⚡", "Home › News ⚡"],
  ] as const)("reads %j as %j", (line, expected) => {
    expect(withoutMarkedPictographs(line)).toBe(expected);
  });

  it.each([
    ["Ледовая арена «Кристалл» · Старолесск", "Ледовая арена «Кристалл»"],
    ["Hollins Riding School · Ashby", "Hollins Riding School"],
    ["Hollins Riding School · Great Ashby", "Hollins Riding School"],
    ["Hollins Riding School · lessons and livery for all ages", null],
    ["Ледовая арена «Кристалл»", null],
  ] as const)("finds the name before a place in %j: %j", (name, expected) => {
    expect(nameBeforePlace(name)).toBe(expected);
  });

  it.each([
    ["a butcher's bold name after its pictograph (Russian)", ["**🥩 МЯСНАЯ ЛАВКА «КУЗЬМИЧ»** — фермерское мясо без посредников", "📍 ул. Кооперативная, 14", "", "Главная / Блог"], "Мясная лавка «Кузьмич»", ["© 2019–2031 «Кузьмич» · Политика конфиденциальности"]],
    ["an electrician's heading after its pictograph (Russian)", ["Светлоозёрск ▾ · Пн–Сб 8:00–21:00", "# ⚡ «Вольт-Сервис»", "", "Главная → Новости"], "«Вольт-Сервис»", ["ООО «Вольт-Сервис» · ОГРН 1187232014590"]],
    ["a swim school's heading after its pictograph, its town after a dot", ["# 🏊 Riverside Swim School · Ashby", "Lessons for all ages", "", "Home › News"], "Riverside Swim School", ["© 2026 Riverside Swim School Ltd"]],
    ["an ice arena's heading with its town after a dot (Russian)", ["# ⛸ Ледовая арена «Кристалл» · Старолесск", "", "Главная › Новости"], "Ледовая арена «Кристалл»", ["© 2014–2026 Ледовая арена «Кристалл»"]],
  ] as const)("names the site of %s when read wide", (_name, head, expected, footer) => {
    const lines = [...head, "", "The post.", "", ...footer];
    expect(headSiteName(lines, head.length, true)).toBe(expected);
    expect(headSiteName(lines, head.length)).toBeNull();
  });
});
