import { describe, expect, it } from "vitest";
import { readStatementBlock, withoutStatusPageKey } from "../../src/corpus/statement-block.ts";

const isRule = (line: string): boolean => /^[=-]{3,}$/u.test(line);
const asName = (text: string): string => text.toLowerCase().replace(/(^|\s)\p{Ll}/gu, (first) => first.toUpperCase());

describe("readStatementBlock", () => {
  it("takes a statement's label between rules as the title and leaves who issued it", () => {
    const lines = ["Ashby School ...... CLOSED", "=====", "STATEMENT: ASHBY SCHOOL", "Issued by the Director of Education", "=====", "Ashby School is closed after a flood."];
    expect(readStatementBlock(lines, isRule, asName)).toEqual({ lines: ["Ashby School ...... CLOSED", "=====", "Issued by the Director of Education", "=====", "Ashby School is closed after a flood."], title: "Statement: Ashby School" });
  });

  it("reads a Russian statement whose closing rule underlines its last line as a heading", () => {
    const lines = ["=====", "ЗАЯВЛЕНИЕ: ШКОЛА № 3", "# Обновлено 5 мая 2032", "Школа закрыта."];
    expect(readStatementBlock(lines, isRule, (text) => text)).toEqual({ lines: ["=====", "# Обновлено 5 мая 2032", "Школа закрыта."], title: "Заявление: ШКОЛА № 3" });
  });

  it("reads a statement's label naming who makes it", () => {
    const lines = ["-----", "STATEMENT FROM HARBOUR BOATS", "Updated 2 May 2032", "-----", "Our boat capsized."];
    expect(readStatementBlock(lines, isRule, asName)).toEqual({ lines: ["-----", "Updated 2 May 2032", "-----", "Our boat capsized."], title: "Statement from Harbour Boats" });
  });

  it("takes the statement's own headline over its first paragraph as the title, in English and in Russian", () => {
    const paragraph = "In the early hours of Tuesday we opened the spillway gates at the dam to lower the reservoir, which had filled very quickly after 118 mm of rain fell on the catchment in 30 hours during the storm. The release began at 02:10.";
    const lines = ["-----", "STATEMENT FROM TARROWDALE HYDRO", "Wednesday 15 November 2034, 07:30", "-----", "", "Flooding in the valley after the emergency release", "", paragraph];
    expect(readStatementBlock(lines, isRule, asName)).toEqual({ lines: ["-----", "Wednesday 15 November 2034, 07:30", "-----", "", "", paragraph], title: "Flooding in the valley after the emergency release" });
    const абзац = "Во вторник ночью мы открыли затворы водосброса, чтобы снизить уровень водохранилища, которое быстро наполнилось после сильных дождей на водосборе реки за последние тридцать часов. Сброс начался в 02:10.";
    const строки = ["-----", "ЗАЯВЛЕНИЕ КОМПАНИИ «ГИДРО»", "15 ноября 2034", "-----", "Подтопление долины после аварийного сброса", абзац];
    expect(readStatementBlock(строки, isRule, asName)?.title).toBe("Подтопление долины после аварийного сброса");
  });

  it("keeps the label's title when the line under the rule is a paragraph's or a heading in capitals", () => {
    const lines = ["-----", "STATEMENT FROM HARBOUR BOATS", "-----", "WHAT HAPPENED", "Our boat capsized on Sunday afternoon in the harbour mouth with eleven people on board, and all of them were brought ashore by the lifeboat crew within twenty minutes."];
    expect(readStatementBlock(lines, isRule, asName)?.title).toBe("Statement from Harbour Boats");
  });

  it.each([
    ["a label not under a rule", ["Text.", "STATEMENT: ASHBY SCHOOL", "=====", "Text."]],
    ["a label in lower case", ["=====", "Statement: the school is closed", "=====", "Text."]],
  ])("leaves %s alone", (_name, lines) => {
    expect(readStatementBlock(lines, isRule, asName)).toBeNull();
  });
});

describe("withoutStatusPageKey", () => {
  it("removes a status page's filter row and status key, keeping its status list", () => {
    const lines = ["Filter by area: All | North | South", "STATUS KEY", "OPEN      Open as normal", "CLOSED    Closed to all pupils", "", "Ashby School ...... CLOSED"];
    withoutStatusPageKey(lines);
    expect(lines).toEqual(["", "Ashby School ...... CLOSED"]);
  });

  it("removes a Russian key", () => {
    const lines = ["Фильтр по району: Все | Центр | Север", "УСЛОВНЫЕ ОБОЗНАЧЕНИЯ", "ОТКРЫТА   Занятия идут", "ЗАКРЫТА   Занятий нет", "", "Школа № 3 ...... ЗАКРЫТА"];
    withoutStatusPageKey(lines);
    expect(lines).toEqual(["", "Школа № 3 ...... ЗАКРЫТА"]);
  });
});
