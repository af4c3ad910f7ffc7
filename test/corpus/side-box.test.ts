import { describe, expect, it } from "vitest";
import { sideBoxEnd } from "../../src/corpus/side-box.ts";

describe("sideBoxEnd", () => {
  it.each([
    ["a branch finder with its field", ["> **🔎 Найти отделение**", "> Город или индекс: [ Верхнекамышинск ________ ] [Показать на карте]", "> ☐ Работает сейчас ☐ Выдача посылок", "", "Текст."], 3],
    ["a service schedule", ["> ### Расписание богослужений", "> - Вс: 9:30 — Литургия", ">", "> [Полное расписание →](/schedule)", "", "Текст."], 4],
    ["a donation appeal", ["> ### Пожертвовать", "> Собрано: 1 248 300 ₽ из 15 000 000 ₽", "> ИНН 2931004587 · КПП 293101001", "Текст."], 3],
    ["an English parcel tracker", ["> **Track your parcel**", "> Tracking number: [ __________ ] [Find]", "", "Text."], 2],
    ["an English opening-hours box", ["> ### Opening hours", "> Mon–Fri 9:00–17:00", "Text."], 2],
  ])("ends after %s", (_name, lines, end) => {
    expect(sideBoxEnd(lines, 0)).toBe(end);
  });

  it.each([
    ["a quotation of someone's words", ["> Search teams worked through the night, the chief said.", "> They found nobody.", "Text."], 0],
    ["a box's second line", ["> ### Расписание", "> Вс: 9:30", "Текст."], 1],
    ["a quoted statement with a heading", ["> ### Ответ клуба", "> Мы переходим на электронный журнал.", "Текст."], 0],
  ])("is null for %s", (_name, lines, at) => {
    expect(sideBoxEnd(lines, at)).toBeNull();
  });
});
