import { describe, expect, it } from "vitest";
import { readFramedAnnouncement } from "../../src/corpus/framed-announcement.ts";

const PARAGRAPH = "A slow-moving thunderstorm sat over the fells all Saturday night and dropped 71 millimetres of rain in under three hours, and the beck burst its banks. ";
const TEXT = PARAGRAPH.repeat(8).trim();
const ABZATS = "Ночью над долиной стояла гроза, за три часа выпало 70 миллиметров дождя, ручей вышел из берегов и затопил нижнее поле кемпинга у реки. ";
const TEKST = ABZATS.repeat(8).trim();

describe("readFramedAnnouncement", () => {
  it("takes a piano studio's announcement: the line under the label is the title; the head and the sections after the sign-off go", () => {
    const lines = [
      "Helen Oakridge Piano Studio",
      "Piano lessons for children and adults",
      "~ A studio with a very patient cat ~",
      "",
      "♪ ANNOUNCEMENT ♪",
      "The Summer Recital has moved. It is now a benefit concert for the flood appeal.",
      "",
      "Dear pupils and families,",
      TEXT,
      "",
      "— Helen",
      "",
      "RECITAL AND CONCERT DATES",
      "Saturday 1 July, 3pm — Summer Benefit Recital",
      "LESSON FEES (per lesson, invoiced termly)",
      "30 minutes £24 · 45 minutes £34",
      "© Helen Oakridge Piano Studio",
    ];
    expect(readFramedAnnouncement(lines)).toEqual({
      lines: ["", "Dear pupils and families,", TEXT, "", "— Helen"],
      title: "The Summer Recital has moved. It is now a benefit concert for the flood appeal.",
    });
  });

  it("takes a Russian studio's notice under its pictographs", () => {
    const lines = ["Студия фортепиано Марины Ивановой", "📢 ОБЪЯВЛЕНИЕ 📢", "Отчётный концерт переносится", TEKST, "— Ваша Марина", "РАСПИСАНИЕ КОНЦЕРТОВ", "1 июля — концерт"];
    expect(readFramedAnnouncement(lines)).toEqual({ lines: [TEKST, "— Ваша Марина"], title: "Отчётный концерт переносится" });
  });

  it("reads no page without the sign-off over a section in capitals, or whose label names no announcement", () => {
    expect(readFramedAnnouncement(["Studio", "♪ ANNOUNCEMENT ♪", "The recital has moved", TEXT, "— Helen", "See you soon."])).toBeNull();
    expect(readFramedAnnouncement(["Studio", "♪ LESSON FEES ♪", "The recital has moved", TEXT, "— Helen", "DATES"])).toBeNull();
  });
});
