import { describe, expect, it } from "vitest";
import { digestStory, leadSectionHeading, namedSectionHeading } from "../../src/corpus/digest.ts";

const RU_DIGEST = [
  "В сегодняшнем выпуске:",
  "  1. Город — проезд подорожает",
  "",
  "--------------------",
  "1 | ГОРОД",
  "--------------------",
  "Проезд в автобусах подорожает с 1 ноября",
  "Стоимость поездки вырастет до 52 рублей.",
  "",
  "--------------------",
  "2 | ПРОИСШЕСТВИЯ",
  "--------------------",
  "Обломки спутника упали на Верхний Тарлык",
  "Ночью на село упали фрагменты спутника.",
  "",
  "====================",
  "Вы получили это письмо, потому что подписались на рассылку.",
];

describe("digestStory", () => {
  it("keeps the section the file is named after (its words transliterated), without its head and the digest's footer", () => {
    expect(digestStory(RU_DIGEST, "823_oblomki_sputnika_verkhny_tarlyk.txt")).toEqual(["Обломки спутника упали на Верхний Тарлык", "Ночью на село упали фрагменты спутника."]);
    expect(digestStory(RU_DIGEST, "901_proezd_avtobusy_podorozhaet.txt")).toEqual(["Проезд в автобусах подорожает с 1 ноября", "Стоимость поездки вырастет до 52 рублей."]);
  });

  it("reads an English digest", () => {
    const lines = ["1. LOCAL", "Bus fares rise in November", "Fares go up by 50 cents.", "", "2. SPORT", "Rovers reach the cup final", "Rovers beat United 2-1."];
    expect(digestStory(lines, "902_rovers_cup_final.md")).toEqual(["Rovers reach the cup final", "Rovers beat United 2-1."]);
  });

  it.each([
    ["a file name no section shares", "903_flood_warning_kessock.txt"],
    ["a single numbered section", "823_oblomki_sputnika.txt"],
  ])("is null for %s", (name, id) => {
    const lines = name === "a single numbered section" ? RU_DIGEST.slice(9) : RU_DIGEST;
    expect(digestStory(lines, id)).toBeNull();
  });
});

describe("namedSectionHeading", () => {
  const NEWSLETTER = [
    "A LETTER FROM MRS ASHDOWN",
    "Dear Parents and Carers,",
    "",
    "-----",
    "",
    "TRAVEL UPDATE: CADDOW BRIDGE CLOSED",
    "",
    "Caddow Bridge has been closed to all traffic.",
    "",
    "LOST PROPERTY",
    "Please label everything!",
  ];

  it("finds the section heading that names the file's story, under an opening section about something else", () => {
    expect(namedSectionHeading(NEWSLETTER, "835_caddow_bridge_newsletter.txt")).toBe(5);
  });

  it("reads a Russian newsletter's headings", () => {
    const lines = ["СЛОВО ДИРЕКТОРА", "Дорогие родители!", "", "ЗАКРЫТ МОСТ ЧЕРЕЗ КАДДОУ", "Мост закрыт.", "", "ПОТЕРЯННЫЕ ВЕЩИ", "Подпишите одежду."];
    expect(namedSectionHeading(lines, "900_zakryt_most_kaddou.md")).toBe(3);
  });

  it.each([
    ["no heading names the file", "901_school_trip_kelby.txt", NEWSLETTER],
    ["the opening heading names the file: it is the headline", "902_ashdown_letter_caddow.txt", NEWSLETTER],
    ["fewer than three headings", "835_caddow_bridge_newsletter.txt", NEWSLETTER.slice(0, 8)],
    ["a text that opens with prose", "835_caddow_bridge_newsletter.txt", ["Parents were told on Friday.", "", ...NEWSLETTER]],
  ])("is null when %s", (_name, id, lines) => {
    expect(namedSectionHeading(lines, id)).toBeNull();
  });
});

describe("leadSectionHeading", () => {
  const story = "Fire destroyed nine yachts and damaged four more at the marina in the early hours of Sunday. ".repeat(6).trim();
  const BULLETIN = ["FROM THE COMMODORE", "Dear members, please look after one another.", "", "NINE YACHTS LOST IN NIGHT FIRE ON C PONTOON", "", story, "", "WHAT'S ON", "Wed 10 Sep   Members' meeting", "", "NOTICES", "Bar tabs are due."];

  it("finds the heading over the bulletin's longest section, a headline", () => {
    expect(leadSectionHeading(BULLETIN)).toBe(3);
  });

  it("reads a Russian bulletin", () => {
    const lines = ["СЛОВО ПРЕДСЕДАТЕЛЯ", "Дорогие члены клуба!", "", "НОЧНОЙ ПОЖАР УНИЧТОЖИЛ ДЕВЯТЬ ЯХТ У ПРИЧАЛА", `${"Пожар уничтожил девять яхт у причала в ночь на воскресенье. ".repeat(6)}`, "", "АФИША КЛУБА", "Собрание в среду."];
    expect(leadSectionHeading(lines)).toBe(3);
  });

  it.each([
    ["the opening section is the longest", ["NINE YACHTS LOST IN NIGHT FIRE ON C PONTOON", story, "", "WHAT'S ON", "Meeting.", "", "CLUB NOTICES", "Tabs."]],
    ["the longest section's heading is a label", ["EXCLUSIVE | ENVIRONMENT", "Spill reaches river", "", "KEY NUMBERS", story, "", "WHAT HAPPENS NEXT", "Text."]],
    ["no section is twice as long as the others", ["FROM THE COMMODORE", story, "", "NINE YACHTS LOST IN NIGHT FIRE ON C PONTOON", story, "", "WHAT'S ON", "Meeting."]],
  ])("is null when %s", (_name, lines) => {
    expect(leadSectionHeading(lines)).toBeNull();
  });
});
