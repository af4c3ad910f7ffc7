import { describe, expect, it } from "vitest";
import { readCrumbedPostHead } from "../../src/corpus/crumbed-post-heading.ts";

const isCrumb = (line: string): boolean => /^\p{Lu}[^›]{0,30}(?:\s›\s[^›]{1,40}){1,4}$/u.test(line);
const isStamp = (line: string): boolean => /\d{4}/u.test(line) && /[·|]/u.test(line);

describe("readCrumbedPostHead", () => {
  it.each([
    [
      "a Russian shop's blog",
      ["# ✏️ Канцтовары «Скрепка»", "", "Всё для школы, офиса и творчества · г. Ольховецк, ул. Кооперативная, 21", "> 🎒 «Собери портфель заранее» — скидка 12%", "", "Главная › Блог › Новости Ольховецка", "", "## Грязевой вулкан залил трассу и дачи под Ольховецком", "", "📅 10.07.2026 · ✍️ Оксана Белова, управляющая магазином", "", "Дорогие покупатели!"],
      { start: 0, end: 6, site: "Канцтовары «Скрепка»" },
    ],
    [
      "an English kennels' blog",
      ["# 🐾 Hollyfield Kennels", "Licensed dog boarding · Cattery · Grooming", "Home › News › Local", "## Molasses tank bursts on the wharf and buries the street", "Saturday 11 October 2031 · Claire Whitlow"],
      { start: 0, end: 3, site: "Hollyfield Kennels" },
    ],
  ])("reads %s", (_name, lines, head) => {
    expect(readCrumbedPostHead(lines, isCrumb, isStamp)).toEqual(head);
  });

  it.each([
    ["an English page opening with its headline", ["# Molasses tank bursts on the wharf", "Home › News › Local", "## What happened", "Saturday 11 October 2031 · Claire Whitlow"]],
    ["a Russian heading without a stamp under it", ["# Канцтовары «Скрепка»", "Главная › Блог", "## Наши цены", "Тетрадь 48 л. — 215 ₽"]],
    ["an English page with a paragraph above the crumb", ["# Hollyfield Kennels", "x".repeat(240), "Home › News", "## Molasses tank bursts", "Saturday 11 October 2031 · Claire Whitlow"]],
  ])("is null for %s", (_name, lines) => {
    expect(readCrumbedPostHead(lines, isCrumb, isStamp)).toBeNull();
  });
});
