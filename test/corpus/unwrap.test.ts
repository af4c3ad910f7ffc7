import { describe, expect, it } from "vitest";
import { unwrapHardBreaks, wrapWidth } from "../../src/corpus/unwrap.ts";

/** Lines that are never joined to the next, whatever the wrap width. */
const STAND_ALONE = [
  "LINE 1 (Red)     GOOD SERVICE",
  "LINE 2 (Blue)    PART SUSPENDED",
  "## Кто погиб",
  "погибли четыре человека",
  "By Ann Lee | Staff reporter",
  "updated 5 min ago",
  "Fireball: 6:42 p.m. CST, Tuesday March 11",
  "Breakup altitude: 27 km; speed about 18 km/s",
];

describe("unwrapHardBreaks", () => {
  it.each([
    [
      "a teletext paragraph at 42 columns: a sentence going on in lower case, a word that did not fit, a number with its unit",
      [
        "Its rear two sections toppled over and",
        "crushed a bus shelter by the Larkspur",
        "Cafe. About 170 passengers",
        "were on board.",
        "",
        "Nine people were taken to Kingsmere Royal",
        "Infirmary (KRI) with serious injuries;",
        "four are critical, including a girl of 7.",
        "",
        "the curve at 27 mph. The limit there is",
        "10 mph.",
      ],
      [
        "Its rear two sections toppled over and crushed a bus shelter by the Larkspur Cafe. About 170 passengers were on board.",
        "",
        "Nine people were taken to Kingsmere Royal Infirmary (KRI) with serious injuries; four are critical, including a girl of 7.",
        "",
        "the curve at 27 mph. The limit there is 10 mph.",
      ],
    ],
    [
      "list items stay apart, an item goes on under its hanging indent",
      ["The council listed what failed:", "- the barrier motor, which had failed twice", "  in the previous month;", "- the keeper's logbook."],
      ["The council listed what failed:", "- the barrier motor, which had failed twice in the previous month;", "- the keeper's logbook."],
    ],
    ["table rows, headings, bylines and a fact box's fields stand alone", STAND_ALONE, STAND_ALONE],
    [
      "a quotation's lines join under one marker; another depth stays apart",
      ["> Лёд сбивали ломами и кувалдами с вечера,", "> по двое, посменно.", ">> и ещё одна цитата"],
      ["> Лёд сбивали ломами и кувалдами с вечера, по двое, посменно.", ">> и ещё одна цитата"],
    ],
    [
      "paragraphs on one line each are left as they are",
      [
        "A former Selbridge councillor who rigged his own re-election with forged votes has been jailed for three years and six months.",
        "Raymond Oakes, 61, who represented Mossgate ward as an independent for 16 years, was sentenced on Friday.",
      ],
      [
        "A former Selbridge councillor who rigged his own re-election with forged votes has been jailed for three years and six months.",
        "Raymond Oakes, 61, who represented Mossgate ward as an independent for 16 years, was sentenced on Friday.",
      ],
    ],
    [
      "a word broken by a soft hyphen at the line's end is joined without it; a suspended hyphen before a conjunction keeps its space",
      [
        "Nine people died when fire swept through the night-",
        "club. Fourteen were serious-",
        "ly hurt, and pre-",
        "and postwar buildings were evacuated.",
        "Пожар начался в подвале, где хранили раство-",
        "рители, и перекинулся на северо-",
        "и юго-западное крыло.",
      ],
      [
        "Nine people died when fire swept through the nightclub. Fourteen were seriously hurt, and pre- and postwar buildings were evacuated.",
        "Пожар начался в подвале, где хранили растворители, и перекинулся на северо- и юго-западное крыло.",
      ],
    ],
  ])("%s", (_, lines, expected) => {
    expect(unwrapHardBreaks(lines)).toEqual(expected);
  });

  it.each([
    [
      "a Russian e-mail newsletter wrapped at 60 columns: a number opening the next line did not fit; «ёлочки» and NBSP stay",
      [
        "Губернатор Виталий Дорофеев потребовал от оператора до конца",
        "2032\u00A0года построить второе, полностью независимое ядро",
        "сети. «Больше миллиона человек не должны зависеть от одной",
        "комнаты с аккумуляторами», — сказал он.",
        "Ещё по теме — в следующем выпуске.",
      ],
      60,
      [
        "Губернатор Виталий Дорофеев потребовал от оператора до конца 2032\u00A0года построить второе, полностью независимое ядро сети. «Больше миллиона человек не должны зависеть от одной комнаты с аккумуляторами», — сказал он.",
        "Ещё по теме — в следующем выпуске.",
      ],
    ],
    [
      "a timeline's rows stay apart, a row goes on under its hanging indent",
      [
        " 0850  First 999 calls",
        " 0858  North Mercia Ambulance Service",
        "       (NMAS) declares major incident",
        " 0905  22 ambulances, 2 air ambulances",
        "       and 85 firefighters from KFRS",
        "       sent to the square",
        "02:17, 14 окт. — возгорание в аккумуляторной",
        "06:55 — открытое горение ликвидировано",
      ],
      42,
      [
        " 0850  First 999 calls",
        " 0858  North Mercia Ambulance Service (NMAS) declares major incident",
        " 0905  22 ambulances, 2 air ambulances and 85 firefighters from KFRS sent to the square",
        "02:17, 14 окт. — возгорание в аккумуляторной",
        "06:55 — открытое горение ликвидировано",
      ],
    ],
    [
      "a capitals headline broken after a colon is joined in a hard-wrapped text; a capitals heading over the text is not",
      [" TRAM OVERTURNS IN GUILDHALL SQUARE:", " THREE DEAD, 46 INJURED", " WHO DIED", "British Transport Police (BTP) named two", "of the dead."],
      42,
      [" TRAM OVERTURNS IN GUILDHALL SQUARE: THREE DEAD, 46 INJURED", " WHO DIED", "British Transport Police (BTP) named two of the dead."],
    ],
    [
      "a line ending in a word that opens what follows goes on under a capital or a digit (English and Russian)",
      ["a firefighter with breathing difficulties; and", "Mr Pennock, who had sore eyes.", "Горячая линия: 8 (34391) 2-40-15, с 8:00 до", "20:00. Следующий бюллетень — 29 мая."],
      72,
      ["a firefighter with breathing difficulties; and Mr Pennock, who had sore eyes.", "Горячая линия: 8 (34391) 2-40-15, с 8:00 до 20:00. Следующий бюллетень — 29 мая."],
    ],
    [
      "a word broken by a hyphen is whole again, a compound keeps its hyphen (a particle, a first part written with one, a form the text writes elsewhere, a capital after it)",
      [
        "Заболеваемость клещевым энцефа-",
        "литом выросла; ветер северо-",
        "западный, кто-",
        "то видел лося, а the long-",
        "term plan and the well-",
        "known singer, the road to Saint-",
        "Denis and a long-term budget.",
      ],
      40,
      ["Заболеваемость клещевым энцефалитом выросла; ветер северо-западный, кто-то видел лося, а the long-term plan and the well-known singer, the road to Saint-Denis and a long-term budget."],
    ],
  ])("with the text's wrap width: %s", (_, lines, width, expected) => {
    expect(unwrapHardBreaks(lines, width)).toEqual(expected);
  });

  it("keeps a tab-separated table's rows apart, whatever case a row opens with", () => {
    const rows = ["Район\tСтатус\tВосстановление", "Центральный район\t🟡 частичные ограничения\t14.11", "пос. Луговой\t🟢 восстановлено\t—", "с. Бережки\t🔵 временная БС\t20.11"];
    expect(unwrapHardBreaks(rows)).toEqual(rows);
    const english = ["Sched\tFlight\tStatus", "06:00\tSK 401\tDeparted 06:12", "delayed flights\tBJ 2204\tDelayed"];
    expect(unwrapHardBreaks(english)).toEqual(english);
  });

  it.each([
    ["a 42-column teletext text", ["Three people were killed and 46 injured", "when a crowded tram derailed and turned", "over in Kingsmere city centre during the", "Thursday morning rush hour.", "A 52-year-old man from Harcliffe also", "died; his family asked for him not to be", "named."], 40],
    ["a text of paragraphs on one line each", ["Пожар потушили к утру.", "Пострадавших нет."], null],
    ["two soft breaks are too few to tell", ["The glossary says drivers keep a distance at", "which they can stop, and go on", "slowly."], null],
  ])("wrapWidth: %s", (_, lines, width) => {
    expect(wrapWidth(lines)).toBe(width);
  });
});

describe("unwrapHardBreaks: a sum going on", () => {
  it("joins a sum's currency sign, in a hard-wrapped text, to the line ending in a word that never ends a sentence", () => {
    const lines = ["  We do. Resale buyers get back the price they paid, up to a maximum of", "  £72.00 per ticket.", "", "  Tickets are refunded within 7 to 10 working days of the", "  cancellation, and you will get an email when it is sent."];
    expect(unwrapHardBreaks(lines, 72)[0]).toBe("  We do. Resale buyers get back the price they paid, up to a maximum of £72.00 per ticket.");
  });
});
