import { describe, expect, it } from "vitest";
import { dropClosingContacts, isContactLine } from "../../src/corpus/page-footer.ts";

const isRule = (line: string): boolean => /^-{3,}$/u.test(line);

describe("dropClosingContacts", () => {
  it.each([
    [
      "an English office's address and phone",
      ["The road reopened on Monday.", "", "Harbour Master's Office, Port House, Kellan Quay, Ardcullen AD1 4QP", "Port Control (24 hours): 01632 960 771  ·  marine.info@port.example"],
    ],
    [
      "a Russian court's press office and address, between rules",
      [
        "The road reopened on Monday.",
        "",
        "---",
        "",
        "Пресс-служба суда",
        "Помощник председателя суда Анастасия Ковыляева тел. (34248) 2-11-19",
        "",
        "---",
        "",
        "Берёзовоярский районный суд Пермского края",
        "618420, Пермский край, г. Берёзовый Яр, ул. Советская, д. 27",
        "Приём граждан: пн–чт 9:00–18:00",
      ],
    ],
    ["a department's street address alone", ["The road reopened on Monday.", "", "Orlan Falls Police Department · 210 Courthouse Square, Orlan Falls"]],
    ["a reception's hours alone", ["The road reopened on Monday.", "", "Личный приём граждан: г. Заозёрск, ул. Соборная, 14, по предварительной записи"]],
    ["a signatory with a rank and a post", ["The road reopened on Monday.", "", "Captain F. Ruddock", "Harbour Master, Ardcullen Port Authority"]],
    ["a Russian minister's signature", ["The road reopened on Monday.", "", "Министр                      О. Д. Кравец"]],
  ])("drops %s", (_name, lines) => {
    const out = [...lines];
    dropClosingContacts(out, isRule);
    expect(out).toEqual(["The road reopened on Monday."]);
  });

  it.each([
    ["a story's last sentence with a hotline", ["Fire crews left at noon.", "", "Горячая линия для пострадавших: 8 (34362) 5-11-40, ежедневно с 8:00 до 20:00."]],
    ["a box of hotlines", ["Fire crews left at noon.", "", "ТЕЛЕФОНЫ ГОРЯЧИХ ЛИНИЙ", "Штаб: 8 (8672) 55-20-26 (круглосуточно)"]],
    ["a quoted box of the story", ["Fire crews left at noon.", "", "> ☎ HELP FOR PASSENGERS", "> 0800 555 2737 — free, 24 hours"]],
    ["a text of one paragraph", ["Tel: 01632 960 731 | office@school.example"]],
  ])("keeps %s", (_name, lines) => {
    const out = [...lines];
    dropClosingContacts(out, isRule);
    expect(out).toEqual(lines);
  });

  it.each([
    ["Tel: 01632 960 731   |   office@school.example", true],
    ["Телефон: (34248) 2-11-05 · Факс: (34248) 2-11-07", true],
    ["Call Port Control on 01632 960 771.", false],
    ["Пострадавшие могут позвонить по телефону 8 (34362) 5-11-40.", false],
  ])("%s is a contact line: %s", (line, contact) => {
    expect(isContactLine(line)).toBe(contact);
  });
});
