import { describe, expect, it } from "vitest";
import { normalizeDate } from "../../src/corpus/dates.ts";
import { readGuestNotice } from "../../src/corpus/guest-notice.ts";

const isRule = (line: string): boolean => /^-{3,}$/u.test(line);
const stampDate = (text: string): string | null => normalizeDate(text, true);
const rule = "------------------------------------------------------------------";
const en = [
  "At about 3.40pm on Saturday one of the glass floor panels of the viewing deck cracked while twenty-three visitors were standing on it.",
  "Nobody fell through: only the top layer of the laminated panel shattered, and staff walked everyone back into the tower within a minute.",
  "Because the lifts stopped with the alarm, forty-one people came down the emergency stairs, which took some of them more than 25 minutes.",
  "Nine people were seen by paramedics; three were taken to hospital, and all of them had been discharged by Sunday evening, the fire service said.",
  "The deck will stay shut until at least the end of the month, until every one of its sixteen panels has been replaced with heat-soaked glass.",
  "All pre-booked tickets will be refunded automatically; show the refund e-mail at our desk and we will knock ten per cent off your bed.",
  "Engineers believe the break was caused by a tiny impurity in the toughened glass rather than by overloading; the deck's limit is forty people.",
  "The safety regulator has opened an investigation and taken the broken panel away for testing, and the rest of the tower reopened on Monday.",
];
const ru = [
  "В субботу около 15:40 на смотровой площадке башни треснула одна из стеклянных панелей пола, когда на ней стояли двадцать три посетителя.",
  "Никто не провалился: лопнул только верхний слой многослойной панели, сотрудники за минуту вывели всех с площадки обратно в башню.",
  "Лифты остановились по тревоге, поэтому сорок одного человека вывели по аварийной лестнице, спуск у некоторых занял больше 25 минут.",
  "Медики осмотрели девять человек, троих увезли в больницу, к вечеру воскресенья всех отпустили домой, сообщили в пожарной службе.",
  "Площадка закрыта как минимум до конца месяца, пока все шестнадцать панелей не заменят на закалённое стекло с термовыдержкой.",
  "Все купленные заранее билеты вернут автоматически; покажите письмо о возврате на ресепшене, и мы дадим ещё десять процентов скидки.",
  "Инженеры считают, что стекло лопнуло из-за крошечного включения в закалённом стекле, а не из-за перегрузки: на площадку пускают до сорока человек.",
  "Надзорное ведомство начало проверку и забрало разбитую панель на экспертизу, остальная часть башни снова открылась для посетителей в понедельник.",
];

describe("readGuestNotice", () => {
  it("takes a hostel's notice between rules: the headline is the title, the posting day the date; the rates, rules and quotes go", () => {
    const lines = [
      "The Harbour Hostel – Ashby | Book direct & save",
      "★★★★☆  8.9 Superb · 1,214 verified reviews",
      "",
      "Check-in: Fri 20 Jun 2025      Check-out: Sun 22 Jun 2025      Guests: 2      [ Update search ]",
      "",
      "8-Bed Mixed Dorm (shared bathroom)",
      "£24.00 per bed        Only 3 beds left!        [ Select ]",
      "",
      rule,
      "GUEST NOTICE – posted by reception, 16 June 2025",
      "",
      "Tower skywalk closed after glass panel cracks under visitors",
      "",
      ...en,
      "",
      "– Sam & the Harbour team",
      rule,
      "",
      "House rules",
      "Check-in from 2pm, check-out by 10.30am · Quiet hours 11pm–7am · No alcohol in dorms · Photo ID required at check-in, no exceptions at all",
      "What guests say",
      "\"Spotless kitchen.\" – Marta, Poland",
      "© 2025 The Harbour Hostel. Rates subject to availability.",
    ];
    const read = readGuestNotice(lines, isRule, stampDate);
    expect(read?.title).toBe("Tower skywalk closed after glass panel cracks under visitors");
    expect(read?.stamp).toBe("16 June 2025");
    expect(read?.site).toBe("The Harbour Hostel");
    expect(read?.lines.filter((line) => line !== "")).toEqual([...en, "– Sam & the Harbour team"]);
  });

  it("takes a Russian guest house's notice", () => {
    const lines = ["Гостевой дом «Маяк»", "", rule, "ОБЪЯВЛЕНИЕ ДЛЯ ГОСТЕЙ — администратор, 16 июня 2025", "", "Смотровую площадку закрыли после того, как треснуло стекло", "", ...ru, rule, "Правила проживания"];
    const read = readGuestNotice(lines, isRule, stampDate);
    expect(read?.title).toBe("Смотровую площадку закрыли после того, как треснуло стекло");
    expect(read?.stamp).toBe("16 июня 2025");
    expect(read?.site).toBeNull();
    expect(read?.lines.filter((line) => line !== "")).toEqual(ru);
  });

  it.each([
    ["a label naming no notice", "HOUSE RULES – updated 16 June 2025"],
    ["a notice's label without a day", "GUEST NOTICE – posted by reception"],
  ])("leaves %s alone", (_what, label) => {
    const lines = [rule, label, "", "A headline over the notice", "", ...en, rule];
    expect(readGuestNotice(lines, isRule, stampDate)).toBeNull();
  });

  it("leaves a notice that is not closed by a rule, or holds little of the page's prose, alone", () => {
    expect(readGuestNotice([rule, "GUEST NOTICE – 16 June 2025", "A headline over the notice", ...en], isRule, stampDate)).toBeNull();
    expect(readGuestNotice([rule, "GUEST NOTICE – 16 June 2025", "A headline over the notice", en[0] ?? "", rule, ...en], isRule, stampDate)).toBeNull();
  });
});
