import { describe, expect, it } from "vitest";
import { readMembersNotice } from "../../src/corpus/members-notice.ts";

const TEXT = "On Saturday 14 June, 19 members went by coach to the pleasure gardens to photograph movement. At 3.22pm the park's biggest roller coaster stopped at the top of its loop, and sixteen riders were left hanging upside down.";
const TEXT_RU = "В субботу, 14 июня, 19 членов клуба поехали в парк снимать движение. В 15:22 главный аттракцион парка остановился в верхней точке петли, и шестнадцать человек больше часа висели вниз головой.";

describe("readMembersNotice", () => {
  it("takes the notice between rows of stars: its headline is the title; the results above, the label and the diary go", () => {
    const lines = [
      "PENDLE CAMERA CLUB",
      "Home > Competitions > June",
      "",
      "JUNE COMPETITION: \"MOVEMENT\"",
      "First: \"Kingfisher Strike\" by Alan White (20 points)",
      "",
      "* * * * *",
      "",
      "NOTICE TO MEMBERS FROM THE HON. SECRETARY",
      "Our summer outing to the pleasure gardens",
      "",
      TEXT,
      "",
      "Margaret Reed, Hon. Secretary",
      "",
      "* * * * *",
      "",
      "Coming up at club nights",
      "3 July - Editing for beginners",
      "Last updated 28 June 2031.",
    ];
    expect(readMembersNotice(lines)).toEqual({
      lines: ["", TEXT, "", "Margaret Reed, Hon. Secretary", ""],
      title: "Our summer outing to the pleasure gardens",
      club: "PENDLE CAMERA CLUB",
      updated: "28 June 2031",
    });
  });

  it("reads a Russian club's notice, and no page that does not open with a name in capitals", () => {
    const lines = ["ФОТОКЛУБ «ОБЪЕКТИВ»", "Итоги конкурса", "* * *", "ОБЪЯВЛЕНИЕ ДЛЯ ЧЛЕНОВ КЛУБА", "Что случилось на нашей экскурсии", TEXT_RU, "* * *", "Обновлено 28 июня 2031"];
    expect(readMembersNotice(lines)).toEqual({ lines: [TEXT_RU], title: "Что случилось на нашей экскурсии", club: "ФОТОКЛУБ «ОБЪЕКТИВ»", updated: "28 июня 2031" });
    expect(readMembersNotice(["Фотоклуб «Объектив»", ...lines.slice(1)])).toBeNull();
  });

  it("keeps the notice's own scenes set apart by stars, ending at the stars over the diary", () => {
    const lines = ["PENDLE CAMERA CLUB", "Results", "* * *", "NOTICE TO MEMBERS", "Our summer outing to the gardens", TEXT, "* * *", TEXT, "* * *", "Coming up at club nights"];
    expect(readMembersNotice(lines)?.lines).toEqual([TEXT, "* * *", TEXT]);
  });

  it("leaves a story whose scenes are set apart by stars but carry no label in capitals", () => {
    expect(readMembersNotice(["THE LONG READ", "* * *", "It began in June.", TEXT, "* * *", "Then autumn came."])).toBeNull();
  });
});
