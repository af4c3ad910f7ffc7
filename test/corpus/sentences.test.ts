import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/corpus/sentences.ts";

const sentencesOf = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  it.each([
    // From the seeds
    [
      "seed 000: Art. 205 and the garbled 'square meters. m'",
      "According to the latest data, the fire area has reached almost 13 thousand square meters. m, the fire is now localized. A criminal case has been initiated under Art. 205 of the Criminal Code of the Russian Federation (“Terrorist act”). According to the latest data from the Russian Investigative Committee, the death toll exceeded 115 people.",
      [
        "According to the latest data, the fire area has reached almost 13 thousand square meters. m, the fire is now localized.",
        "A criminal case has been initiated under Art. 205 of the Criminal Code of the Russian Federation (“Terrorist act”).",
        "According to the latest data from the Russian Investigative Committee, the death toll exceeded 115 people.",
      ],
    ],
    [
      "seed 004: initials with a dash and a stray closing quote",
      "“In connection with the appeal of the President of the Republic of Kazakhstan K. – Zh. K. Tokayev and in view of the threat, the CSTO decided, in accordance with Article 4 of the Collective Security Treaty, to send forces. “\nPresident Tokayev gave the government a number of urgent orders.",
      [
        "“In connection with the appeal of the President of the Republic of Kazakhstan K. – Zh. K. Tokayev and in view of the threat, the CSTO decided, in accordance with Article 4 of the Collective Security Treaty, to send forces. “",
        "President Tokayev gave the government a number of urgent orders.",
      ],
    ],
    [
      "seed 002: ellipsis, closing quote, 3,000",
      "“Throughout the night, shots are heard in the city, which can still be heard in places … On Republic Square, a group of extremists barricaded the building of the MIR TV channel, there are victims. The bodies are lying right on the street.” Law enforcement officers detained more than 3,000 people.",
      [
        "“Throughout the night, shots are heard in the city, which can still be heard in places …",
        "On Republic Square, a group of extremists barricaded the building of the MIR TV channel, there are victims.",
        "The bodies are lying right on the street.”",
        "Law enforcement officers detained more than 3,000 people.",
      ],
    ],
    [
      "seed 003: dateline stays with its sentence",
      "ALMATY. KAZINFORM – Head of State Kassym-Jomart Tokayev chaired a meeting, Kazinform has learnt. The city is actively getting back to normal life.",
      [
        "ALMATY. KAZINFORM – Head of State Kassym-Jomart Tokayev chaired a meeting, Kazinform has learnt.",
        "The city is actively getting back to normal life.",
      ],
    ],
    [
      "seed 001: a line break always ends a sentence (heading without period)",
      "Теракты в Дагестане\nНапомним, в воскресенье, 23 июня, группа вооруженных людей обстреляла синагогу и церковь в Дербенте (Дагестан). В результате в зданиях начался пожар.",
      [
        "Теракты в Дагестане",
        "Напомним, в воскресенье, 23 июня, группа вооруженных людей обстреляла синагогу и церковь в Дербенте (Дагестан).",
        "В результате в зданиях начался пожар.",
      ],
    ],
    [
      "seed 001: exclamation marks",
      "Эксклюзивный контент и новости только для вас! Подпишитесь на Telegram!",
      ["Эксклюзивный контент и новости только для вас!", "Подпишитесь на Telegram!"],
    ],
    // Made up: English abbreviations, numbers, URLs, e-mails
    [
      "titles, e.g./i.e., No., St., decimals",
      "Mr. Smith met Dr. Jones on St. Patrick's day, i.e. on Sunday. Prices rose 3.5 percent, e.g. bread. Ward No. 2 is closed. Why? Nobody knows!",
      [
        "Mr. Smith met Dr. Jones on St. Patrick's day, i.e. on Sunday.",
        "Prices rose 3.5 percent, e.g. bread.",
        "Ward No. 2 is closed.",
        "Why?",
        "Nobody knows!",
      ],
    ],
    [
      "URLs and e-mails",
      "Write to press@example.org. Details at https://www.nur.kz/politics/universe/2123160-tokaev/. The site nur.kz is popular.",
      ["Write to press@example.org.", "Details at https://www.nur.kz/politics/universe/2123160-tokaev/.", "The site nur.kz is popular."],
    ],
    [
      "quoted sentence, lower-case continuation after quote",
      'He asked "why?" and left. "We expect more patients today." The hospital is full.',
      ['He asked "why?" and left.', '"We expect more patients today."', "The hospital is full."],
    ],
    [
      "sentence starting with a digit",
      "The bridge was built in 1968. 42 metres of it fell into the river.",
      ["The bridge was built in 1968.", "42 metres of it fell into the river."],
    ],
    [
      "numbered list lines",
      "1. First point here.\n2. Second point.",
      ["1. First point here.", "2. Second point."],
    ],
    // Made up: Russian abbreviations, initials, «ёлочки», ё, NBSP
    [
      "initials, ст., г. before names and numbers",
      "Президент В. В. Путин сослался на ст. 205 УК РФ. Встреча прошла в г. Алматы. Она длилась час.",
      ["Президент В. В. Путин сослался на ст. 205 УК РФ.", "Встреча прошла в г. Алматы.", "Она длилась час."],
    ],
    [
      "trade-off: after г./гг. a period is never an end, even before a capital",
      "Это случилось в 2022–2023 гг. Указ вступил в силу.",
      ["Это случилось в 2022–2023 гг. Указ вступил в силу."],
    ],
    [
      "т.е., т.д., млн., тыс., ул., им.",
      "Бюджет составил 4,2 млн. тенге, т.е. вдвое больше. Продано 12 тыс. билетов, программ и т.д. Мост соединил ул. Абая и парк им. Абая. Ремонт закончен.",
      [
        "Бюджет составил 4,2 млн. тенге, т.е. вдвое больше.",
        "Продано 12 тыс. билетов, программ и т.д. Мост соединил ул. Абая и парк им. Абая.",
        "Ремонт закончен.",
      ],
    ],
    [
      "«ёлочки» with direct speech and a dash",
      "«Ещё в 2021 г. жители просили о переправе!» — сказал он. «Ёлки стоят белые», — рассказала Анна Ёлкина. Её слова подтвердили.",
      [
        "«Ещё в 2021 г. жители просили о переправе!» — сказал он.",
        "«Ёлки стоят белые», — рассказала Анна Ёлкина.",
        "Её слова подтвердили.",
      ],
    ],
    [
      "closing «ёлочки» after the period end the sentence",
      "Он сказал: «Мы справимся.» Затем он ушёл.",
      ["Он сказал: «Мы справимся.»", "Затем он ушёл."],
    ],
    [
      "NBSP inside and around sentences, units",
      "\u00A0Высота снега достигла 12\u00A0см. Температура опустится до −15\u00A0°C. Водителей просят быть осторожнее!\u00A0",
      ["Высота снега достигла 12\u00A0см.", "Температура опустится до −15\u00A0°C.", "Водителей просят быть осторожнее!"],
    ],
    [
      "ellipsis before lower case does not end a sentence",
      "Рейсы отменили… или перенесли. Аэропорт закрыт... Пассажиры ждут.",
      ["Рейсы отменили… или перенесли.", "Аэропорт закрыт...", "Пассажиры ждут."],
    ],
    [
      "mixed scripts",
      "Токаев провел встречу, передает NUR.KZ. Meanwhile TASS reported 26 arrests. Дж. Байден не прокомментировал.",
      ["Токаев провел встречу, передает NUR.KZ.", "Meanwhile TASS reported 26 arrests.", "Дж. Байден не прокомментировал."],
    ],
  ])("%s", (_name, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it("returns trimmed, ordered spans within the text, and nothing for blank text", () => {
    const text = "  First one.   Second one!\n\n\tThird?  \r\n";
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(["First one.", "Second one!", "Third?"]);
    for (const [i, span] of spans.entries()) {
      expect(span.start).toBeLessThan(span.end);
      if (i > 0) expect(span.start).toBeGreaterThanOrEqual(spans[i - 1]?.end ?? 0);
    }
    expect(splitSentences(" \n\u00A0\n")).toEqual([]);
  });
});

describe("splitSentences: every character at a sentence's edge, as the regexes define its class", () => {
  // The boundary tests compare code units by hand (ASCII and the Cyrillic alphabet without a
  // regex): every UTF-16 code unit is checked against `\s`, `\p{Ll}`, `[\p{L}\p{N}]` and the openers.
  const OPENERS = new Set(["“", "«", '"', "'", "‘", "„", "(", "[", "—", "–", "-"]);
  const units = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c));

  it("a stop ends a sentence when whitespace follows it (a line break always ends one)", () => {
    const wrong = units.filter((c) => splitSentences(`It ended.${c}Then more.`).length !== (c === "\n" || /\s/u.test(c) ? 2 : 1));
    expect(wrong.map((c) => c.charCodeAt(0).toString(16))).toEqual([]);
  });

  it("not when a lower-case letter comes next (past whitespace and opening quotes)", () => {
    const wrong = units.filter((c) => {
      const joined = c !== "\n" && (/\p{Ll}/u.test(c) || /\s/u.test(c) || OPENERS.has(c));
      return splitSentences(`It ended. ${c}x more.`).length !== (joined ? 1 : 2);
    });
    expect(wrong.map((c) => c.charCodeAt(0).toString(16))).toEqual([]);
  });

  it("nor after an initial: one letter after a space or an opening quote, its word cut by any other character", () => {
    const wrong = units
      .filter((c) => !/[.!?…\n]/u.test(c))
      .filter((c) => {
        const initial = !/[\p{L}\p{N}]/u.test(c) && (/\s/u.test(c) || OPENERS.has(c));
        return splitSentences(`Ab${c}x. Next one.`).length !== (initial ? 1 : 2);
      });
    expect(wrong.map((c) => c.charCodeAt(0).toString(16))).toEqual([]);
  });
});
