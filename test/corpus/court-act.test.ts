import { describe, expect, it } from "vitest";
import { readCourtAct } from "../../src/corpus/court-act.ts";

describe("readCourtAct", () => {
  it("drops a Russian case card and the act's kind and formula; the kind with the case's number is the title", () => {
    const lines = [
      "**Карточка дела № 1-112/2035**",
      "Категория: ч. 3 ст. 238 УК РФ · Судья: Ветрова Н. А. · Результат: вынесен ПРИГОВОР (26.09.2035)",
      "",
      "**Текст документа** (опубликован 03.10.2035)",
      "",
      "---",
      "",
      "ПРИГОВОР",
      "ИМЕНЕМ РОССИЙСКОЙ ФЕДЕРАЦИИ",
      "",
      "г. Ключевск 26 сентября 2035 года",
      "Суд рассмотрел дело.",
    ];
    expect(readCourtAct(lines)).toEqual({
      lines: ["", "---", "", "", "г. Ключевск 26 сентября 2035 года", "Суд рассмотрел дело."],
      title: "Приговор по делу № 1-112/2035",
      published: "03.10.2035",
    });
  });

  it("titles an English judgment by its kind and the card's number", () => {
    const lines = ["Case No. 2035/112", "Judge: H. Okafor · Outcome: guilty", "Full text (published 3 October 2035)", "JUDGMENT", "IN THE NAME OF THE PEOPLE", "The defendant stored gas cylinders in the kitchen."];
    const act = readCourtAct(lines);
    expect(act?.title).toBe("Judgment, case No. 2035/112");
    expect(act?.published).toBe("3 October 2035");
    expect(act?.lines).toEqual(["The defendant stored gas cylinders in the kitchen."]);
  });

  it("keeps the kind alone as the title without a card", () => {
    expect(readCourtAct(["РЕШЕНИЕ", "ИМЕНЕМ РОССИЙСКОЙ ФЕДЕРАЦИИ", "Суд решил."])?.title).toBe("Решение");
  });

  it("is null for a story that names a verdict", () => {
    expect(readCourtAct(["ПРИГОВОР ОГЛАШЁН", "Суд приговорил владельца кафе к шести годам."])).toBeNull();
  });
});
