import { describe, expect, it } from "vitest";
import { formSectionEnd, isFormControlLine } from "../../src/corpus/web-form.ts";

describe("formSectionEnd", () => {
  it.each([
    [
      "a law firm's consultation form, its button and the note under it",
      ["### Записаться на консультацию", "", "Ваше имя: [____________________]", "Телефон: [ +7 (___) ___-__-__ ]", "Удобное время для звонка: ( ) утро ( ) день ( ) вечер", "[ **Отправить заявку** ]", "", "Мы перезвоним в течение 30 минут в рабочее время.", "", "---"],
      8,
    ],
    [
      "an ombudsman's appeal form with its button apart",
      ["### ✉ Обращения", "", "Фамилия, имя, отчество* [____________________]", "Муниципальный район [ Выберите из списка ▼ ]", "☐ Даю согласие на обработку персональных данных*", "", "[ Отправить обращение ]", "", "Ответ направляется в течение 30 дней.", "", "---"],
      9,
    ],
    [
      "a corrections department's search box with its note",
      [">> INMATE SEARCH", "Last name [__________]  First name [__________]  DOC number [________]", "Status: (o) Incarcerated  ( ) Community supervision  ( ) All records   [Search]", "Offender information is public record.", "", "FOR IMMEDIATE RELEASE"],
      4,
    ],
    ["an English request form without a note", ["Request a callback", "Name: [__________]", "Phone: [__________]", "[ Submit ]", "", "The fire started at 3 a.m."], 4],
  ])("ends after %s", (_name, lines, end) => {
    expect(formSectionEnd(lines, 0)).toBe(end);
  });

  it.each([
    ["a heading over a story", ["### Что произошло", "", "Утром 9 июня рыбак заметил всплывшую рыбу."]],
    ["a subscription button alone", ["Турпомощь | Новости для путешественников", "87,3 тыс. подписчиков · [Подписаться]"]],
    ["a story's line over a bracketed quote", ["The mayor wrote:", "[We will rebuild] the bridge by May."]],
  ])("is null for %s", (_name, lines) => {
    expect(formSectionEnd(lines, 0)).toBeNull();
  });
});

describe("isFormControlLine", () => {
  it.each([
    ["Телефон: [ +7 (___) ___-__-__ ]", true],
    ["Тема: ( ) Отдых и оздоровление ( ) Образование ( ) Опека", true],
    ["📎 Прикрепить файлы (до 5 файлов, не более 10 МБ)", true],
    ["[ Send request ]", true],
    ["Two people (a woman and a child) were hurt.", false],
  ])("%s → %s", (line, expected) => {
    expect(isFormControlLine(line)).toBe(expected);
  });
});
