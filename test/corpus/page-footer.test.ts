import { describe, expect, it } from "vitest";
import { dropClosingContacts, dropFooterUnderRule, isContactLine, isFooterLinksRow } from "../../src/corpus/page-footer.ts";
import { isDashRule as isRule } from "../helpers/rule-line.ts";

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
    ["a court act's judge", ["The road reopened on Monday.", "", "Судья Н. А. Ветрова"]],
    ["an English judge's signature", ["The road reopened on Monday.", "", "District Judge R. Okafor"]],
    ["a TV channel's address with its newsroom's e-mail", ["The road reopened on Monday.", "", "Телеканал «Онежье ТВ» · Архангельск, пр. Ломоносова, 118 · Редакция: news@onezhye-tv.example"]],
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

describe("dropFooterUnderRule", () => {
  it.each([
    [
      "an English club's footer: the owner's disclaimer, its contacts, its links",
      [
        "Ticket news will go up here first.",
        "────────────",
        "Brackwater Supporters' Club is an independent members' association. Views on this site are the committee's.",
        "BTSC · c/o The Anchor Bar, 3 Quay Street, Brackwater",
        "Privacy · Rules of membership · Report a problem with this page",
      ],
      "Brackwater Supporters' Club",
    ],
    ["a Russian agency's footer", ["Движение восстановлено.", "---", "Телефон дежурной части: 8 (48354) 2-02-02", "Карта сайта | Политика обработки персональных данных | Обратная связь"], null],
  ])("drops %s", (_name, lines, owner) => {
    const out = [...lines];
    expect(dropFooterUnderRule(out, (line) => /^(?:-{3,}|─{3,})$/u.test(line), owner)).toEqual(lines.slice(1));
    expect(out).toEqual([lines[0]]);
  });

  it("drops a footer whose sentences are furniture `isFurniture` tells (a feedback question, a chat widget's greeting)", () => {
    const lines = ["Связь восстановят к 20 ноября.", "---", "Помог ли вам этот раздел? 👍 Да 👎 Нет", "💬 Онлайн-помощник: Здравствуйте! Чем я могу помочь?", "Раскрытие информации · Защита персональных данных · Лицензии"];
    const out = [...lines];
    expect(dropFooterUnderRule(out, (line) => /^-{3,}$/u.test(line), null, (line) => /^(?:помог ли|💬)/iu.test(line))).toEqual(lines.slice(1));
    expect(out).toEqual([lines[0]]);
    expect(dropFooterUnderRule([...lines], (line) => /^-{3,}$/u.test(line), null)).toEqual([]);
  });

  it.each([
    ["a story's last sentence under the rule", ["Text.", "---", "Members can call our welfare line on 0300 555 0190.", "© Union 2038 · Privacy · Accessibility"]],
    ["a hotline box and a copyright without links", ["Текст.", "---", "Горячая линия: 8-800-100-47-33", "© МЧС России, 2033 · При использовании материалов ссылка обязательна"]],
    ["a rule at the top", ["---", "Privacy · Terms"]],
  ])("keeps %s", (_name, lines) => {
    const out = [...lines];
    expect(dropFooterUnderRule(out, (line) => /^-{3,}$/u.test(line), null)).toEqual([]);
    expect(out).toEqual(lines);
  });

  it.each([
    ["Privacy · Terms · Advertising · Ad Choices · Cookies · More · Meta © 2026", true],
    ["Пожаловаться на петицию · Правила сервиса · Помощь", true],
    ["Customer service 0800 555 0190 · Lost property · Accessibility · Contact us", true],
    ["Privacy was breached · the council said.", false],
    ["Green Line · Amber Line", false],
    ["Раскрытие информации · Защита персональных данных · Лицензии", true],
    ["Accessibility · Licences · Careers", true],
  ])("%s is a footer's row of links: %s", (line, links) => {
    expect(isFooterLinksRow(line)).toBe(links);
  });
});

describe("dropClosingContacts: fact cards and long link rows", () => {
  it("keeps a fact card with an address among its fields", () => {
    const lines = ["Текст.", "", "**Объект:** ТРЦ «Полярис»", "**Адрес:** Ольховецк, ул. Металлургов, 41", "**Год ввода:** 2011", "**Собственник:** АО «Северный капитал»"];
    dropClosingContacts(lines, isRule);
    expect(lines).toHaveLength(6);
  });

  it("drops a footer of a long links row and the owner's address", () => {
    const lines = ["Text.", "", "Report sexual abuse (PREA)  |  Family & Friends  |  Careers - Now hiring correctional officers, $24.80/hr  |  Accessibility  |  Privacy", "Kestrel State Department of Corrections · 200 Capitol Mall, Bellhaven · An Equal Opportunity Employer"];
    dropClosingContacts(lines, isRule);
    expect(lines).toEqual(["Text."]);
  });
});
