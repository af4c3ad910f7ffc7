import { describe, expect, it } from "vitest";
import { ruleClosingPost } from "../../src/corpus/page-rule-end.ts";
import { en, expectPostRead, isRule, ru } from "../helpers/blog-post-body.ts";

describe("ruleClosingPost: the rule under a post whose share row of links is gone", () => {
  it.each([
    ["a rule under the post", ["Lots of parents messaged us.", "", "Oss, and drive carefully.", "", "---", "", "### Prices"], 4],
    ["a rule under the post (Russian)", ["Аквапарк — наш ближайший сосед.", "", "Берегите себя!", "", "", "---", "### Цены на массовое катание"], 5],
    ["no rule under the post", ["Lots of parents messaged us.", "", "Oss, and drive carefully."], -1],
  ] as const)("finds %s", (_name, lines, expected) => {
    expect(ruleClosingPost(lines, 0, isRule)).toBe(expected);
  });
});

describe("readCrumbSharePost when the share row was a row of links (dropped before the page is read)", () => {
  it.each([
    [
      "an ice arena's post: the rule under it ends it, the price table and footer under the rule go (Russian)",
      [
        "# Ледовая арена «Кристалл»",
        "",
        "ул. Спортивная, 14 · Открыто ежедневно 9:00–23:00",
        "",
        "---",
        "",
        "Главная › Новости › Город",
        "",
        "## Обрушение горки в аквапарке: что известно и что меняется у нас",
        "",
        "*10 августа 2026, 12:30 · Автор: Дарья, администратор арены*",
        "",
        ...ru,
        "",
        "",
        "---",
        "",
        "### Цены на массовое катание",
        "| Взрослый билет (1,5 часа) | 350 ₽ | 450 ₽ |",
        "",
        "© 2014–2026 МАУ «Ледовая арена «Кристалл»» · ИНН 7612045518",
      ],
      { title: "Обрушение горки в аквапарке: что известно и что меняется у нас", stamp: "10 августа 2026", site: "Ледовая арена «Кристалл»", text: ru },
    ],
    [
      "a swim school's post: the rule under it ends it, the timetable under the rule goes",
      [
        "# Riverside Swim School",
        "",
        "Home › News › Around town",
        "",
        "Ostriches on the main road: why Thursday's lessons moved",
        "",
        "*14 February 2026 · by Jo, head coach*",
        "",
        ...en,
        "",
        "---",
        "",
        "LESSON TIMES",
        "Mon 4.00–6.00pm · Sat 9.00am–1.00pm",
        "",
        "© 2026 Riverside Swim School Ltd",
      ],
      { title: "Ostriches on the main road: why Thursday's lessons moved", stamp: "14 February 2026", site: "Riverside Swim School", text: en },
    ],
  ] as const)("takes %s", (_name, lines, expected) => {
    expectPostRead(lines, expected);
  });
});
