import { describe, expect, it } from "vitest";
import { readSubtitles } from "../../src/corpus/subtitles.ts";

describe("readSubtitles", () => {
  it("reads an English SRT file back into a speaker's paragraphs, a caption's line, a card's and the credits' lines", () => {
    const srt = [
      "1",
      "00:00:00,000 --> 00:00:03,400",
      "[THEME MUSIC]",
      "",
      "2",
      "00:00:03,500 --> 00:00:06,800",
      '<font color="#FFFF00">VTV SOUTH · VALE TONIGHT</font>',
      "",
      "3",
      "00:00:06,900 --> 00:00:10,200",
      "ANNA REED: Good evening. Four people",
      "have died after a jet crashed",
      "",
      "4",
      "00:00:10,300 --> 00:00:12,900",
      "into a car park this afternoon.",
      "",
      "5",
      "00:00:13,000 --> 00:00:15,600",
      '<font color="#00FFFF">CAPTION: TOM ASKE, 42</font>',
      '<font color="#00FFFF">Plumber, Dunmere</font>',
      "",
      "6",
      "00:00:15,700 --> 00:00:20,100",
      "TOM ASKE: The engine went quiet.",
      "",
      "7",
      "00:00:20,200 --> 00:00:23,800",
      "<i>Subtitles by ClearLine Access Services</i>",
      "<i>© VTV South 2037</i>",
    ];
    expect(readSubtitles(srt)).toEqual([
      "VTV SOUTH · VALE TONIGHT",
      "",
      "ANNA REED: Good evening. Four people have died after a jet crashed into a car park this afternoon.",
      "",
      "TOM ASKE, 42, Plumber, Dunmere",
      "",
      "TOM ASKE: The engine went quiet.",
      "",
      "Subtitles by ClearLine Access Services",
      "",
      "© VTV South 2037",
      "",
    ]);
  });

  it("reads a Russian WebVTT file without cue numbers: sound cues go, a sentence runs over cues", () => {
    const vtt = [
      "WEBVTT",
      "",
      "00:01.000 --> 00:04.000",
      "[ШУМ ВЕТРА]",
      "",
      "00:04.100 --> 00:07.000",
      "КОРРЕСПОНДЕНТ: Лёд на озере",
      "не выдержал трёх снегоходов.",
      "",
      "00:07.100 --> 00:09.000",
      "Двое погибли.",
    ];
    expect(readSubtitles(vtt)).toEqual(["КОРРЕСПОНДЕНТ: Лёд на озере не выдержал трёх снегоходов. Двое погибли.", ""]);
  });

  it.each([
    ["a story that quotes one timing", ["The clip ran from", "00:00:01,000 --> 00:00:04,000", "and was shared widely."]],
    ["plain text", ["Two dead after a jet crashed.", "The fire was out by 4pm."]],
  ])("is null for %s", (_name, lines) => {
    expect(readSubtitles(lines)).toBeNull();
  });
});
