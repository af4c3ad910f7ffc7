import { describe, expect, it } from "vitest";
import { withoutResultsSections } from "../../src/corpus/results-section.ts";

const isRule = (line: string): boolean => /^-{3,}$/u.test(line);

describe("withoutResultsSections", () => {
  it("removes a dog club's show results down to the rule and keeps its announcement", () => {
    const lines = [
      "## Объявление",
      "Площадка клуба закрыта до 10 марта: рядом идёт разбор завалов.",
      "",
      "---",
      "",
      "## 🏆 Итоги выставки «Зимний кубок» — 15 февраля 2032",
      "",
      "Судья: Е. А. Лаврентьева. Участвовало 164 собаки.",
      "",
      "- **Лучшая собака выставки (BIS):** немецкая овчарка Арктур, вл. А. Зорин",
      "- **BIS-2:** самоед Вьюга, вл. О. Третьякова",
      "- **Лучший щенок:** хаски Тундра, вл. М. Гусева",
      "",
      "Поздравляем победителей!",
      "",
      "---",
      "© Клуб",
    ];
    expect(withoutResultsSections(lines, isRule)?.filter((line) => line !== "")).toEqual([
      "## Объявление",
      "Площадка клуба закрыта до 10 марта: рядом идёт разбор завалов.",
      "---",
      "---",
      "© Клуб",
    ]);
  });

  it("removes a section of show results up to the next heading of its level", () => {
    const lines = ["## Show results: Spring Open, 12 April", "1. Best in Show: Rex", "2. Reserve: Bella", "3. Best Puppy: Max", "## Club news", "The hall is closed after the flood."];
    expect(withoutResultsSections(lines, isRule)?.filter((line) => line !== "")).toEqual(["## Club news", "The hall is closed after the flood."]);
  });

  it("keeps a results heading told in sentences, and pages without one", () => {
    const told = ["## Итоги проверки", "Прокуратура нашла на фабрике 14 нарушений.", "Штраф составил 400 тысяч рублей.", "- первое", "- второе", "- третье", "Срок истекал 1 марта.", "Директор обещал всё исправить."];
    expect(withoutResultsSections(told, isRule)).toBeNull();
    expect(withoutResultsSections(["## News", "- a", "- b", "- c"], isRule)).toBeNull();
  });
});
