import { describe, expect, it } from "vitest";
import { isStampCreditPart, publishedByDay } from "../../src/corpus/stamp-credit-part.ts";

describe("isStampCreditPart", () => {
  it.each([
    ["a writer with a role", "Written by Claire Whitlow, kennel manager"],
    ["a pictures' credit", "Photos: Hexley Staithe Fire Station"],
    ["a reading time", "6 min read"],
    ["a Russian author with a role", "Автор: Кирилл Саенко, руководитель отдела спецперевозок"],
    ["a Russian writer's pen mark", "✍️ Оксана Белова, управляющая магазином"],
    ["Russian sources", "Источники: ГУ МЧС по краю, администрация района, газета «Вестник»"],
    ["a Russian reading time", "⏱ 4 мин."],
    ["a comments counter", "💬 3"],
  ])("reads %s", (_name, part) => {
    expect(isStampCreditPart(part)).toBe(true);
  });

  it.each([
    ["an English sentence", "The tank was built in 1964 and had been filled to the top on Tuesday."],
    ["a lower-case phrase after by", "written by hand on the back of a receipt"],
    ["a Russian sentence", "Автор письма просит не публиковать его имя!"],
    ["a Russian place", "г. Ольховецк, ул. Кооперативная, 21"],
  ])("passes over %s", (_name, part) => {
    expect(isStampCreditPart(part)).toBe(false);
  });
});

describe("publishedByDay", () => {
  it.each([
    ["an English stamp with a writer and role", "Published 16 June 2032 by Rowan Tilby, Hon. Secretary", "16 June 2032"],
    ["an American order", "Posted on March 3, 2031 by Dana Hill", "March 3, 2031"],
    ["a Russian stamp with its author", "Опубликовано 16 июня 2032 г., автор — Ирина Маслова, администратор", "16 июня 2032 г."],
  ])("reads %s", (_name, line, day) => {
    expect(publishedByDay(line)).toBe(day);
  });

  it.each([
    ["an English sentence", "Published 16 June 2032 by the council, the report was ignored."],
    ["a stamp without a writer", "Published 16 June 2032"],
    ["a Russian sentence", "Опубликовано 16 июня 2032 г. на сайте администрации."],
  ])("is null for %s", (_name, line) => {
    expect(publishedByDay(line)).toBeNull();
  });
});
