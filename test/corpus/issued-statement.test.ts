import { describe, expect, it } from "vitest";
import { readIssuedStatement } from "../../src/corpus/issued-statement.ts";

const isRule = (line: string): boolean => /^(?:-{3,}|~{3,})$/u.test(line);
const dateOf = (text: string): string | null => {
  const match = /(\d{1,2}) (January|July|июля) (\d{4})/u.exec(text);
  return match ? `${match[3] ?? ""}-${match[2] === "January" ? "01" : "07"}-${(match[1] ?? "").padStart(2, "0")}` : null;
};

describe("readIssuedStatement", () => {
  it("takes a status page's statement heading as the title, dropping the refresh note, the sign key and the footer", () => {
    const lines = [
      "Live wait times, refreshed every 5 minutes",
      "Big Dipper · coaster · CLOSED",
      "Flag guide: Red = closed · Green = open",
      "~~~~~",
      "",
      "A message about the Big Dipper",
      "From Jo Bloggs, General Manager",
      "Issued Sunday 20 July 2031, at 8:30 a.m.",
      "",
      "A car came off the track.",
      "~~~~~",
      "Lost & Found · First Aid",
      "© 2031 Seaside Park",
    ];
    expect(readIssuedStatement(lines, isRule, dateOf)).toEqual({
      lines: ["Big Dipper · coaster · CLOSED", "", "", "From Jo Bloggs, General Manager", "Issued Sunday 20 July 2031, at 8:30 a.m.", "", "A car came off the track.", "", "© 2031 Seaside Park"],
      title: "A message about the Big Dipper",
      issued: "Issued Sunday 20 July 2031, at 8:30 a.m.",
      date: "2031-07-20",
    });
  });

  it("writes a label in capitals in sentence case and dates the statement by the page's dated heading", () => {
    const lines = ["Flag status — Wednesday 15 January 2031", "North Beach — flag: RED", "-----", "INCIDENT STATEMENT — North Beach, Tuesday 14 January", "Issued by the Chief Lifeguard, 15 January, 14:00", "-----", "A swimmer was bitten."];
    const read = readIssuedStatement(lines, isRule, dateOf);
    expect(read?.title).toBe("Incident statement — North Beach, Tuesday 14 January");
    expect(read?.date).toBe("2031-01-15");
    expect(read?.lines).toEqual(["North Beach — flag: RED", "", "Issued by the Chief Lifeguard, 15 January, 14:00", "-----", "A swimmer was bitten."]);
  });

  it("reads a Russian statement", () => {
    const lines = ["Аттракцион «Вихрь» · ЗАКРЫТ", "---", "Обращение к посетителям парка", "От директора парка", "Опубликовано 20 июля 2031 г.", "", "Вагон сошёл с рельсов."];
    expect(readIssuedStatement(lines, isRule, dateOf)?.title).toBe("Обращение к посетителям парка");
  });

  it("drops a notice's reference opening its heading from the title", () => {
    const lines = ["Filter: [All products v]", "-----", "PSN-31-07 | STATEMENT FROM ALDERMONT LIFTS ON THE TANSLEY COURT INCIDENT", "Issued Thursday 5 June 2031, 16:30", "-----", "The car of a lift fell eleven floors."];
    expect(readIssuedStatement(lines, isRule, () => "2031-06-05")?.title).toBe("STATEMENT FROM ALDERMONT LIFTS ON THE TANSLEY COURT INCIDENT");
    const строки = ["-----", "УВ-12/2031 | Заявление о происшествии в доме на Речной", "Опубликовано 5 июля 2031", "Текст."];
    expect(readIssuedStatement(строки, isRule, dateOf)?.title).toBe("Заявление о происшествии в доме на Речной");
  });

  it.each([
    ["an issue line under a heading that no rule opens", ["Text.", "A message about the ride", "Issued 20 July 2031", "Text."]],
    ["an issue line under a sentence", ["---", "The ride is closed.", "Issued 20 July 2031", "Text."]],
  ])("leaves %s alone", (_name, lines) => {
    expect(readIssuedStatement(lines, isRule, dateOf)).toBeNull();
  });
});
