import { describe, expect, it } from "vitest";
import { readCapitalsHeadlineBox } from "../../src/corpus/capitals-headline-box.ts";

const isRule = (line: string): boolean => /^(?:-{3,}|={3,})$/u.test(line);
const dashes = "-----------------------------------------------------------------";
const equals = "=================================================================";
const en = [
  "At about 9.17pm on Friday, an hour into the evening screening, a section of the old plaster ceiling came down onto the stalls of the cinema next door.",
  "Nobody was killed. Fourteen people were hurt, five were taken by ambulance to the general hospital, and a man of 67 has a head injury.",
  "Everyone in both screens was out on the street within seven minutes, and about eighty of them waited in our shop until buses took them away.",
  "The council's building control team says rainwater had been getting in for weeks through a blocked gutter and rotted the ties holding the plaster.",
  "A survey three years ago had recommended fitting safety netting under the ceiling, but the work had been put off until this summer.",
  "The cinema is closed until at least the end of May, and tickets for all cancelled screenings are being refunded to everyone automatically.",
  "Until the end of the month ten per cent of every sale goes to the cinema's restoration fund, and we will see you all by the racks soon.",
  "The fire service sent three engines and a rescue unit, and crews checked the rest of the ceiling with a thermal camera and a drone.",
];
const ru = [
  "В пятницу около 21:17, через час после начала вечернего сеанса, в соседнем кинотеатре на зрителей партера обрушился кусок старого лепного потолка.",
  "Погибших нет. Пострадали четырнадцать человек, пятерых увезли в больницу, у шестидесятисемилетнего мужчины травма головы.",
  "Из обоих залов всех вывели на улицу за семь минут, около восьмидесяти человек переждали дождь у нас в магазине до прихода автобусов.",
  "По данным городской инспекции, вода несколько недель затекала через забитый водосток и сгнили крепления, на которых держалась штукатурка.",
  "Ещё три года назад обследование рекомендовало натянуть под потолком страховочную сетку, но работы всё откладывали до нынешнего лета.",
  "Кинотеатр закрыт как минимум до конца мая, деньги за билеты на отменённые сеансы возвращают всем зрителям автоматически.",
  "До конца месяца десять процентов с каждой покупки мы отправляем в фонд реставрации кинотеатра, спасибо всем, кто заходит к нам.",
  "Пожарные прислали три машины и спасательный расчёт, остальной потолок проверили тепловизором и дроном, прежде чем пустить людей за вещами.",
];

describe("readCapitalsHeadlineBox", () => {
  it("takes a record shop's story under its boxed headline; the shop's notice stays, the arrivals and the footer go", () => {
    const lines = [
      "GROOVE & GRAIN RECORDS",
      "[ Shop Vinyl ]  [ New Arrivals ]  [ Basket: 0 ]",
      "",
      equals,
      "SHOP NOTICE  ·  posted Sunday 16 March, 11.30am",
      "We are OPEN as normal today. The pavement outside the cinema is still fenced off - please use our side door.",
      "# Tickets stay valid.",
      "",
      "NEW ARRIVALS THIS WEEK",
      "Marisol Vane - \"Salt Glass\" (2LP) ....... £32.99",
      "The Quiet Orchard - \"Harbour Lights\" (LP) ....... £24.99",
      "Dubplate Society - \"Low Tide Versions\" (12\") ....... £12.50",
      "",
      dashes,
      "WHAT HAPPENED NEXT DOOR ON FRIDAY NIGHT",
      dashes,
      "",
      ...en,
      "",
      "See you by the racks,",
      dashes,
      "SELL US YOUR RECORDS: we pay cash or 20% more in store credit.",
      dashes,
      "Returns · Delivery (UK £4.95) · Privacy",
    ];
    const read = readCapitalsHeadlineBox(lines, isRule);
    expect(read?.headline).toBe("WHAT HAPPENED NEXT DOOR ON FRIDAY NIGHT");
    expect(read?.lines.filter((line) => line !== "")).toEqual([
      "We are OPEN as normal today. The pavement outside the cinema is still fenced off - please use our side door.",
      "Tickets stay valid.",
      ...en,
      "See you by the racks,",
    ]);
  });

  it("takes a Russian shop's story without a notice", () => {
    const lines = ["МАГАЗИН ПЛАСТИНОК «ДОРОЖКА»", "", "Новинки: «Соль» — 2 900 ₽, «Огни» — 2 400 ₽, «Прилив» — 1 200 ₽", "", dashes, "ЧТО СЛУЧИЛОСЬ У СОСЕДЕЙ В ПЯТНИЦУ", dashes, "", ...ru, dashes, "Доставка · Контакты"];
    const read = readCapitalsHeadlineBox(lines, isRule);
    expect(read?.headline).toBe("ЧТО СЛУЧИЛОСЬ У СОСЕДЕЙ В ПЯТНИЦУ");
    expect(read?.lines.filter((line) => line !== "")).toEqual(ru);
  });

  it("leaves a boxed label over a page listing no prices alone (a statement's, a bulletin's section)", () => {
    const lines = ["COUNTY HOSPITALS TRUST", "", dashes, "STATEMENT FROM THE CHIEF EXECUTIVE", dashes, "", ...en, dashes, "Related notices"];
    expect(readCapitalsHeadlineBox(lines, isRule)).toBeNull();
  });

  it("leaves a box whose line is no headline in capitals, or a story holding little of the page's prose, alone", () => {
    const head = ["SHOP", "Arrivals: £32.99, £24.99, £12.50", ""];
    expect(readCapitalsHeadlineBox([...head, dashes, "What happened next door", dashes, "", ...en, dashes], isRule)).toBeNull();
    expect(readCapitalsHeadlineBox([...head, ...en, ...en, dashes, "WHAT HAPPENED NEXT DOOR", dashes, "", ...en, dashes], isRule)).toBeNull();
  });
});
