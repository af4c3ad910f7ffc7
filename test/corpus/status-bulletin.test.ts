import { describe, expect, it } from "vitest";
import { readStatusBulletin } from "../../src/corpus/status-bulletin.ts";

const isRule = (line: string): boolean => /^(?:-{3,}|─{3,})$/u.test(line);

describe("readStatusBulletin", () => {
  it("takes the news item's headline under the rule below a status table as the title; the page's name and region go", () => {
    const lines = [
      "Ashby Roads · Information service",
      "ROAD CONDITIONS",
      "Ashby County · mountain passes",
      "Key: 🟢 open · 🔴 closed",
      "Pass\tStatus\tNote",
      "High Pass\t🔴 closed\tAvalanche at km 27",
      "─────",
      "Avalanche buries 11 cars on High Pass",
      "An avalanche hit the road on Tuesday.",
    ];
    expect(readStatusBulletin(lines, isRule)).toEqual({
      lines: ["Ashby Roads · Information service", "Key: 🟢 open · 🔴 closed", "Pass\tStatus\tNote", "High Pass\t🔴 closed\tAvalanche at km 27", "─────", "An avalanche hit the road on Tuesday."],
      head: ["ROAD CONDITIONS", "Ashby County · mountain passes"],
      title: "Avalanche buries 11 cars on High Pass",
    });
  });

  it("takes the item's heading under its section's heading (a Russian network status page)", () => {
    const lines = ["Оператор", "Обозначения: 🟢 работает 🔴 нет связи", "Район\tСтатус", "Заречье\t🔴 нет связи", "---", "## Новости сети", "### Обрушение мачты в Заречье", "Мачта упала ночью."];
    expect(readStatusBulletin(lines, isRule)).toEqual({ lines: ["Оператор", "Обозначения: 🟢 работает 🔴 нет связи", "Район\tСтатус", "Заречье\t🔴 нет связи", "---", "Мачта упала ночью."], head: [], title: "Обрушение мачты в Заречье" });
  });

  it("leaves a status table with no key of its marks alone", () => {
    expect(readStatusBulletin(["Flight\tStatus", "BA1\tCancelled", "---", "Strike grounds flights"], isRule)).toBeNull();
  });
});
