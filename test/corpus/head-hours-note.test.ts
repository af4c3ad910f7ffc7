import { describe, expect, it } from "vitest";
import { isHeadHoursNote } from "../../src/corpus/head-hours-note.ts";

describe("isHeadHoursNote: a shop's standing hours quoted in its site's head", () => {
  it.each([
    ["> Работаем пн–пт 9:00–19:00, сб 10:00–15:00. Макеты принимаем на zakaz@example.ru", true],
    ["> Open Mon–Fri 9:00–18:00, Sat 10:00–15:00. Artwork to orders@example.com", true],
    ["> Часы работы: пн-сб с 10:00 до 20:00", true],
    ["> Внимание! Работаем пн–пт 10:00–15:00 до конца ремонта", false],
    ["> До 5 марта работаем пн–пт 10:00–15:00", false],
    ["> From 3 March we open Mon–Fri 9:00–17:00", false],
    ["> Вход временно со двора, через арку у аптеки", false],
  ] as const)("%j → %j", (line, expected) => {
    expect(isHeadHoursNote(line)).toBe(expected);
  });
});
