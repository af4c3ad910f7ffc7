import { describe, expect, it } from "vitest";
import { normalizeDate } from "../../src/corpus/dates.ts";
import { pictographSecondLevelName, readHeadNotice, withoutNoticeLabel } from "../../src/corpus/head-notice-stamp.ts";
import { readStorySectionPage } from "../../src/corpus/story-section-page.ts";

const stampDate = (text: string): string | null => normalizeDate(text, true);
const isRule = (line: string): boolean => /^-{3,}$/u.test(line.trim());
const ru = [
  "В понедельник, 13 января 2025 года, около 9:30 в здании бизнес-центра на улице Мира, где находится наша контора, прорвало трубу отопления на третьем этаже.",
  "Кипяток залил два этажа, двое посетителей соседнего офиса получили ожоги ног, их увезли в городскую больницу, остальных эвакуировали на улицу.",
  "По словам управляющей компании, трубу не меняли с 1987 года, а в декабре жильцы и арендаторы уже жаловались на течь в техническом помещении.",
  "Прокуратура начала проверку, здание закрыто до окончания ремонта, поэтому приём временно ведётся по другому адресу, указанному ниже.",
  "Документы клиентов, сданные в контору до 13 января, хранятся в сейфе и не пострадали, записи на приём переносятся без повторной оплаты.",
];
const en = [
  "On Monday 13 January, at about 9.30am, a heating pipe burst on the third floor of the business centre on Mill Road where our office is.",
  "Scalding water flooded two floors; two visitors to the office next door were taken to hospital with burns to their legs, and everyone else was led out.",
  "The managing agents say the pipe had not been replaced since 1987, and tenants had complained about a leak in the plant room in December.",
  "The building is closed until repairs are finished, so for now we see clients at a temporary address, given below, at the usual hours.",
  "Clients' documents handed in before 13 January are in the safe and were not damaged; appointments will be moved at no extra charge.",
];

describe("readHeadNotice", () => {
  it("reads the head's quoted notice dated in brackets and pointing below, in Russian and English", () => {
    const ruLines = ["## ⚖ Нотариальная контора", "", "> 🔔 **ОБЪЯВЛЕНИЕ ДЛЯ ПОСЕТИТЕЛЕЙ (обновлено 16 января 2025 г.)**", "> Контора временно принимает по другому адресу. Подробности — ниже.", ""];
    expect(readHeadNotice(ruLines, 0, ruLines.length, stampDate)).toEqual({ stamp: "16 января 2025", lines: [2, 3] });
    const enLines = ["> **NOTICE TO CLIENTS (updated 16 January 2025)**", "> We are seeing clients at another address. Details below."];
    expect(readHeadNotice(enLines, 0, enLines.length, stampDate)).toEqual({ stamp: "16 January 2025", lines: [0, 1] });
  });

  it("leaves a quoted notice that points nowhere below, or has no day", () => {
    expect(readHeadNotice(["> **ОБЪЯВЛЕНИЕ (обновлено 16 января 2025 г.)**", "> Приём по записи."], 0, 2, stampDate)).toBeNull();
    expect(readHeadNotice(["> **NOTICE (updated soon)**", "> Details below."], 0, 2, stampDate)).toBeNull();
  });
});

describe("withoutNoticeLabel and pictographSecondLevelName", () => {
  it.each([
    ["Объявление: обрушение навеса и изменения в работе конторы", "Обрушение навеса и изменения в работе конторы"],
    ["Notice: roof collapse at the market", "Roof collapse at the market"],
    ["Обрушение навеса на рынке", "Обрушение навеса на рынке"],
  ])("%s → %s", (title, want) => {
    expect(withoutNoticeLabel(title)).toBe(want);
  });

  it("reads a name after pictographs in a level-2 heading only", () => {
    expect(pictographSecondLevelName("## ⚖ Нотариальная контора Северного округа")).toBe("Нотариальная контора Северного округа");
    expect(pictographSecondLevelName("## Услуги и тарифы")).toBeNull();
  });
});

describe("readStorySectionPage with the head's quoted notice", () => {
  const page = (name: string, notice: string[], services: string[], heading: string, text: string[], footer: string[]): string[] => [
    name,
    "",
    "г. Северск, ул. Мира, 5 · +7 (3452) 00-00-00",
    "",
    "---",
    "",
    ...notice,
    "",
    "---",
    "",
    ...services,
    "",
    "---",
    "",
    heading,
    "",
    ...text.flatMap((line) => [line, ""]),
    "---",
    "",
    ...footer,
  ];

  it.each([
    {
      about: "a notary's notice by the head's notice, dropping it and the label opening the heading (Russian)",
      site: "Нотариальная контора Северного округа",
      notice: ["> 🔔 **ОБЪЯВЛЕНИЕ ДЛЯ ПОСЕТИТЕЛЕЙ (обновлено 16 января 2025 г.)**", "> Контора временно принимает по другому адресу. Подробности — ниже."],
      listing: ["### Услуги и тарифы", "", "- Доверенность — 200 ₽", "- Брачный договор — 500 ₽", "- Копия документа — 10 ₽"],
      heading: "### Объявление: прорыв трубы в бизнес-центре и изменения в работе конторы",
      text: ru,
      footer: ["**Записаться на приём:** +7 (3452) 00-00-00", "© 2011–2025 Нотариус Северного округа"],
      title: "Прорыв трубы в бизнес-центре и изменения в работе конторы",
      stamp: "16 января 2025",
      kept: ru,
    },
    {
      about: "a solicitor's notice the same way (English)",
      site: "Northgate Solicitors",
      notice: ["> **NOTICE TO CLIENTS (updated 16 January 2025)**", "> We are seeing clients at another address. Details below."],
      listing: ["### Fees", "", "- Will writing — £250", "- Lasting power of attorney — £400", "- Conveyancing — from £900"],
      heading: "### Notice: burst pipe at Mill Road and how we are working",
      text: en,
      footer: ["Book an appointment: 01632 000 000", "© 2011–2025 Northgate Solicitors"],
      title: "Burst pipe at Mill Road and how we are working",
      stamp: "16 January 2025",
      kept: null,
    },
  ])("dates $about", ({ site, notice, listing, heading, text, footer, title, stamp, kept }) => {
    const read = readStorySectionPage(page(`## ⚖ ${site}`, notice, listing, heading, text, footer), isRule, stampDate);
    expect(read?.title).toBe(title);
    expect(read?.stamp).toBe(stamp);
    expect(read?.site).toBe(site);
    if (kept) expect(read?.lines.filter((line) => line.trim() !== "" && !isRule(line))).toEqual(kept);
  });
});
