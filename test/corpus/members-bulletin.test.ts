import { describe, expect, it } from "vitest";
import { readMembersBulletin } from "../../src/corpus/members-bulletin.ts";

const isRule = (line: string): boolean => /^(?:-{3,}|~{3,})$/u.test(line);

describe("readMembersBulletin", () => {
  it("takes the news section's headline, drops the masthead, the service sections and the publisher's footer", () => {
    const lines = [
      "DOCKERS' UNION · North Region",
      "The Quay · Bulletin No. 12",
      "Members only.",
      "~~~~~",
      "",
      "IN MEMORIAM",
      "We remember Tom Hale, 52.",
      "~~~~~",
      "",
      "NEWS",
      "",
      "Crane collapse kills docker at Eastport",
      "A docker died when a crane collapsed on Monday. The union blames worn cables. Two men were hurt.",
      "~~~~~",
      "",
      "DATES FOR YOUR DIARY",
      "  12 April  Branch meeting",
      "~~~~~",
      "Published by the North Region of the Dockers' Union.",
    ];
    expect(readMembersBulletin(lines, isRule)).toEqual({
      lines: ["", "IN MEMORIAM", "We remember Tom Hale, 52.", "", "", "A docker died when a crane collapsed on Monday. The union blames worn cables. Two men were hurt.", ""],
      title: "Crane collapse kills docker at Eastport",
      body: "DOCKERS' UNION",
    });
  });

  it("reads a Russian bulletin, the longest section's headline", () => {
    const lines = ["ВЕСТНИК ПРОФСОЮЗА", "№ 5", "---", "", "НОВОСТИ", "Обрушение на шахте: погибли двое", "Двое горняков погибли при обрушении кровли в лаве. Комиссия ищет причину, профсоюз требует проверки.", "---", "", "КАЛЕНДАРЬ", "12 мая — собрание", "---", "Учредитель: профсоюз горняков"];
    const read = readMembersBulletin(lines, isRule);
    expect(read?.title).toBe("Обрушение на шахте: погибли двое");
    expect(read?.lines).toEqual(["", "Двое горняков погибли при обрушении кровли в лаве. Комиссия ищет причину, профсоюз требует проверки.", ""]);
  });

  it("leaves a text with no news or service section alone", () => {
    expect(readMembersBulletin(["A", "---", "", "INTRO", "Text.", "---", "", "MORE", "Text.", "---", "End."], isRule)).toBeNull();
  });
});
