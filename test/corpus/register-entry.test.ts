import { describe, expect, it } from "vitest";
import { readRegisterEntry } from "../../src/corpus/register-entry.ts";
import { isDashRule as isRule } from "../helpers/rule-line.ts";

describe("readRegisterEntry", () => {
  it("reads a licensing register's entry: the head, the label, the documents and the footer go; the kind with the premises is the title", () => {
    const lines = [
      "Ashby District Council",
      "Licensing Register  |  Search  |  Apply",
      "",
      "Register entry: Licence review hearing",
      "Case number: LR/2032/0011",
      "Premises: The Anchor, 3 Quay Street, Ashby",
      "Hearing date: Monday 3 May 2032, 10:00, Room 2",
      "",
      "Documents",
      "[PDF] Decision notice (120 KB)",
      "",
      "-----",
      "The licence was revoked.",
      "-----",
      "Licensing Team, Town Hall, Ashby. Tel 01632 960 000",
    ];
    expect(readRegisterEntry(lines, isRule)).toEqual({
      lines: ["Case number: LR/2032/0011", "Premises: The Anchor, 3 Quay Street, Ashby", "Hearing date: Monday 3 May 2032, 10:00, Room 2", "", "-----", "The licence was revoked."],
      body: "Ashby District Council",
      title: "Licence review hearing: The Anchor",
      date: "Monday 3 May 2032, 10:00, Room 2",
    });
  });

  it("reads a Russian register's entry", () => {
    const lines = ["Запись реестра: внеплановая проверка", "Номер: 15/2032", "Объект: кафе «Уют», ул. Мира, 3", "Дата решения: 5 мая 2032", "", "Работа кафе приостановлена."];
    expect(readRegisterEntry(lines, isRule)).toEqual({
      lines: ["Номер: 15/2032", "Объект: кафе «Уют», ул. Мира, 3", "Дата решения: 5 мая 2032", "", "Работа кафе приостановлена."],
      body: null,
      title: "Внеплановая проверка: кафе «Уют»",
      date: "5 мая 2032",
    });
  });

  it("leaves a label with too few fields under it alone", () => {
    expect(readRegisterEntry(["Register entry: Licence review", "Case number: 1", "", "Text."], isRule)).toBeNull();
  });
});
