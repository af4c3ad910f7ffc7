import { describe, expect, it } from "vitest";
import { readRegisterRecord } from "../../src/corpus/register-record.ts";

describe("readRegisterRecord", () => {
  it("drops an English register's viewer head and record summary; the body and the press summary's headline are read", () => {
    const lines = [
      "MARCHLAND ENVIRONMENT AGENCY",
      "Public Register of Environmental Permits and Enforcement",
      "Showing record 3 of 11      [< Previous record]   [Next record >]",
      "--------------------",
      "RECORD SUMMARY",
      "Record ID:       ENF-SM-36-0088",
      "Status:          SERVED - compliance period running",
      "Site:            Former Pelham's Pit quarry",
      "--------------------",
      "",
      "ENFORCEMENT NOTICE",
      "Notice No.:       MEA/SM/2036/0412",
      "",
      "PRESS SUMMARY (released with the notice, 16 April 2036)",
      "",
      "Firm ordered to clear toxic drums dumped near the village",
      "",
      "The Agency has served an enforcement notice.",
    ];
    expect(readRegisterRecord(lines)).toEqual({
      lines: ["", "ENFORCEMENT NOTICE", "Notice No.:       MEA/SM/2036/0412", "", "", "The Agency has served an enforcement notice."],
      body: "MARCHLAND ENVIRONMENT AGENCY",
      headline: "Firm ordered to clear toxic drums dumped near the village",
      note: "released with the notice, 16 April 2036",
    });
  });

  it("reads a Russian record («СВЕДЕНИЯ О ЗАПИСИ», «СООБЩЕНИЕ ДЛЯ СМИ»)", () => {
    const lines = [
      "РОСПРИРОДНАДЗОР",
      "Реестр предписаний",
      "---",
      "СВЕДЕНИЯ О ЗАПИСИ",
      "Номер записи:  ПР-36-0088",
      "Статус:  выдано",
      "Объект:  карьер у деревни",
      "---",
      "Предписание выдано 16 апреля.",
      "СООБЩЕНИЕ ДЛЯ СМИ",
      "Фирму обязали вывезти бочки с отходами",
      "Бочки нашли в карьере.",
    ];
    const record = readRegisterRecord(lines);
    expect(record?.body).toBe("РОСПРИРОДНАДЗОР");
    expect(record?.headline).toBe("Фирму обязали вывезти бочки с отходами");
    expect(record?.lines).toEqual(["Предписание выдано 16 апреля.", "Бочки нашли в карьере."]);
  });

  it("is null without a summary of fields closed by a rule", () => {
    expect(readRegisterRecord(["RECORD SUMMARY", "The record shows the notice was served.", "Text."])).toBeNull();
  });
});
