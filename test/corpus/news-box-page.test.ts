import { describe, expect, it } from "vitest";
import { readNewsBoxPage } from "../../src/corpus/news-box-page.ts";

const isRule = (line: string): boolean => /^-{3,}$/u.test(line);
const rule = "------------------------------------------------------------";
const en = [
  "At about 6:47pm on Sunday the jib of a crane lorry struck an 11,000-volt overhead power line, which fell onto the cables feeding the estate.",
  "Fire crews received 96 emergency calls in the first 20 minutes; seven houses were badly damaged by fire and two of them were gutted overnight.",
  "One man died in hospital and six other people were hurt. The Health and Safety Executive has opened an investigation into the building site.",
  "The power company said every household that lost power would get £150 straight away and that it would pay for all the damaged appliances.",
  "The council opened a rest centre for the evacuated residents and has found temporary homes for the two families whose houses burned down.",
  "A memorial gathering will be held at the church on Saturday at 2pm, and the residents' appeal has raised £23,600 so far for the families.",
  "Anyone whose appliances were damaged in the surge can claim from the power company by phone, and the claims will be settled within a month.",
  "Residents were allowed back to all but the two gutted houses on Monday morning, and the power was back in every habitable home by the evening.",
];
const ru = [
  "В субботу утром в третьем подъезде пятиэтажки обрушились лестничные марши с пятого по второй этаж вместе с частью наружной стены клетки.",
  "Под завалами погиб водитель автобуса, который выходил на утреннюю смену; ещё пять человек пострадали, двоих увезли в городскую больницу.",
  "Спасатели по автолестнице вывели через окна и балконы сорок шесть человек, всего из дома отселили сто сорок три жильца до конца проверки.",
  "Следственный отдел возбудил уголовное дело, задержан директор управляющей компании, которой жильцы ещё осенью жаловались на трещины в стенах.",
  "Глава города объявил режим чрезвычайной ситуации, для отселённых открыт пункт временного размещения в школе, там ночевали тридцать восемь человек.",
  "Строительная экспертиза до середины марта решит, восстанавливать подъезд или признавать дом аварийным и расселять всех его жильцов.",
  "Восстановление подъезда предварительно оценивают в сорок шесть миллионов рублей, деньги на работы обещали найти в городском бюджете.",
  "Семье погибшего город выплатит миллион рублей, пострадавшим — по двести тысяч, каждой семье из дома — по тридцать тысяч рублей сразу.",
];

describe("readNewsBoxPage", () => {
  it("takes a blog post whose headline stands in the box under the label; the head, the form and the footer go", () => {
    const lines = [
      "ASHBY OPTICIANS · ASHBY",
      "Eye tests | Glasses | Blog",
      "",
      ">> Smoke from the fire: same-day appointments are free this week. Tick \"Urgent\" below.",
      "",
      "BOOK ONLINE",
      "Appointment type:  ( ) Full sight test   ( ) Urgent eye clinic",
      "",
      rule,
      "FROM OUR BLOG · Eye health",
      "Smoke over Ashby: what happened, and how to look after your eyes",
      rule,
      "",
      ...en,
      "",
      rule,
      "OPENING HOURS",
      "Mon–Fri 9:00–17:30",
    ];
    const read = readNewsBoxPage(lines, isRule);
    expect(read?.title).toBe("Smoke over Ashby: what happened, and how to look after your eyes");
    expect(read?.lines.filter((line) => line !== "")).toEqual(en);
  });

  it("takes the headline after the section's teasers and sub-label when the box holds the label alone", () => {
    const lines = [
      "ASHBY SUPERBOWL",
      "LANE PRICES",
      "Mon–Thu before 5pm ........ £5.20",
      "",
      rule,
      "LATEST FROM THE LANES",
      rule,
      "",
      "Tuesday league: the Strikers top the table after week 9",
      "Half-term cosmic nights are back",
      "",
      ">> COMMUNITY NEWS",
      "",
      "Our neighbours need you: what happened on Sunday night",
      "",
      ...en,
    ];
    const read = readNewsBoxPage(lines, isRule);
    expect(read?.title).toBe("Our neighbours need you: what happened on Sunday night");
    expect(read?.lines.filter((line) => line !== "")).toEqual(en);
  });

  it("takes a Russian shop's news box", () => {
    const lines = ["МАГАЗИН «ГАЙКА»", "Каталог · Доставка", "", rule, "НОВОСТИ МАГАЗИНА", "Пункт выдачи закрыт: что случилось с домом", rule, "", ...ru];
    expect(readNewsBoxPage(lines, isRule)?.title).toBe("Пункт выдачи закрыт: что случилось с домом");
  });

  it("leaves a box whose label names no news, or a box over little prose, alone", () => {
    expect(readNewsBoxPage(["", rule, "MAKE A DONATION", "Give once", rule, "", ...en], isRule)).toBeNull();
    expect(readNewsBoxPage(["", rule, "CLUB NEWS", "Quiz night moved to Friday", rule, "", "See you there."], isRule)).toBeNull();
  });
});
