import { describe, expect, it } from "vitest";
import { takeReleaseHead, withoutDeskOffers } from "../../src/corpus/press-release.ts";

const STORY = "Conservation officers have broken up a poaching ring that killed protected sturgeon on the river and sold their eggs as caviar.";
/** A release's text, longer than its head. */
const BODY = [STORY, "", STORY, "", STORY, "", STORY, "", STORY];

describe("takeReleaseHead", () => {
  it("takes an English release's head over its rule: the issuer after the crest's placeholder, the embargo's stamp", () => {
    const lines = [
      "[Agency crest: a leaping fish]",
      "PACIFIC RIVERS CONSERVATION SERVICE",
      "2210 Sawmill Road, Fort Aldane · Media desk: 250-555-0148",
      "",
      "NEWS RELEASE                                   Ref: PRCS-NR-2030-047",
      "EMBARGOED UNTIL 06:00 PT, THURSDAY 16 MAY 2030",
      "Journalists attending the briefing must bring photo ID.",
      "------------------------------",
      "",
      "Eleven charged over caviar ring",
      ...BODY,
    ];
    const out = [...lines];
    expect(takeReleaseHead(out)).toEqual({ issuer: "PACIFIC RIVERS CONSERVATION SERVICE", embargo: "06:00 PT, THURSDAY 16 MAY 2030" });
    expect(out).toEqual(["", "Eleven charged over caviar ring", ...BODY]);
  });

  it("takes a Russian release's head («ПРЕСС-РЕЛИЗ», «Эмбарго до …»)", () => {
    const out = ["УПРАВЛЕНИЕ ОХОТНАДЗОРА", "ПРЕСС-РЕЛИЗ", "Эмбарго до 10:00 16 мая 2030", "---", "Задержаны браконьеры.", STORY, STORY];
    expect(takeReleaseHead(out)).toEqual({ issuer: "УПРАВЛЕНИЕ ОХОТНАДЗОРА", embargo: "10:00 16 мая 2030" });
    expect(out).toEqual(["Задержаны браконьеры.", STORY, STORY]);
  });

  it.each([
    ["no marker above the rule", ["PACIFIC RIVERS SERVICE", "Eleven charged.", "---", STORY, STORY]],
    ["a short release above its first rule", ["PRESS RELEASE", "Eleven people were charged on Tuesday.", "The ring sold caviar.", "---", "Notes to editors"]],
  ])("takes nothing for %s", (_name, lines) => {
    const out = [...lines];
    expect(takeReleaseHead(out)).toBeNull();
    expect(out).toEqual(lines);
  });
});

describe("withoutDeskOffers", () => {
  it("drops the desk's offers among the notes to editors and keeps the background facts (English and Russian)", () => {
    expect(
      withoutDeskOffers([
        "Notes to editors",
        "",
        "1. Photographs of the seizure are available on request from the media desk. Suggested caption: …",
        "2. Those charged are: Gordon Leclerc, 58, and Travis Leclerc, 31.",
        "3. Dr Priya Raman is available for interview on 16 May.",
      ]),
    ).toEqual(["Notes to editors", "", "2. Those charged are: Gordon Leclerc, 58, and Travis Leclerc, 31."]);
    expect(withoutDeskOffers(["Примечания для редакций", "1. Фото и видео предоставляются по запросу.", "2. Осётр занесён в Красную книгу."])).toEqual([
      "Примечания для редакций",
      "2. Осётр занесён в Красную книгу.",
    ]);
  });

  it("keeps numbered lines without notes to editors", () => {
    const lines = ["1. Photographs are available on request.", "2. Two dead."];
    expect(withoutDeskOffers(lines)).toEqual(lines);
  });
});
