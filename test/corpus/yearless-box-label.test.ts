import { describe, expect, it } from "vitest";
import { normalizeDate } from "../../src/corpus/dates.ts";
import { weekdayOf } from "../../src/corpus/notice-update-stamp.ts";
import { readYearlessBoxLabel } from "../../src/corpus/yearless-box-label.ts";

const isRule = (line: string): boolean => /^(?:-{3,}|\*{3,})$/u.test(line);
const stampDate = (text: string): string | null => normalizeDate(text, true);
const rule = "-------------------------------------------------------------------------------";
const en = [
  "At about 7.52am on Tuesday an unmanned bin lorry rolled down the hill and ploughed into the bus shelter on the opposite side of the road to our gate.",
  "Five people were waiting for the bus into town; two of them saw the lorry coming and jumped clear, and three were hurt, one of them seriously.",
  "A student of seventeen was trapped under the shelter roof and was flown to hospital, where she is in a serious but stable condition tonight.",
  "The council says its first finding is that the lorry's parking brake was not fully applied when the driver left the cab to help the loaders.",
  "The driver was arrested on suspicion of causing serious injury by careless driving and released on bail, and the safety regulator is investigating.",
  "The council leader has ordered brake checks on all bin lorries in the district and says crews will no longer stop on the steepest section.",
];
const ru = [
  "Во вторник около 7:52 пустой мусоровоз покатился вниз по склону и врезался в остановку на противоположной от наших ворот стороне улицы.",
  "На остановке ждали автобус пять человек: двое успели отскочить, трое пострадали, семнадцатилетнюю студентку зажало крышей павильона.",
  "Девушку санитарным вертолётом доставили в областную больницу, врачи оценивают её состояние как тяжёлое, но стабильное.",
  "По первым данным администрации, водитель вышел из кабины помочь грузчикам и не до конца затянул стояночный тормоз машины.",
  "Водителя задержали, затем отпустили под подписку о невыезде, проверку проводит следственный комитет и трудовая инспекция.",
  "Глава района поручил проверить тормоза у всех мусоровозов и запретил останавливаться на самом крутом участке этой улицы.",
];

describe("weekdayOf", () => {
  it("reads a weekday's name in English or Russian, Sunday first", () => {
    expect(weekdayOf("Wednesday")).toBe(3);
    expect(weekdayOf("среду")).toBe(3);
    expect(weekdayOf("воскресенье")).toBe(0);
    expect(weekdayOf("Weekend")).toBe(-1);
  });
});

describe("readYearlessBoxLabel", () => {
  const page = (label: string, footer: string): string[] => [
    "ASHGROVE DOG HOTEL",
    "Luxury boarding kennels · Doggy daycare",
    "",
    "*** NOTICE TO ALL OWNERS ***",
    "Until further notice please use the rear entrance for drop-off and collection. The front gate is closed while the wall is rebuilt.",
    "",
    "BOARDING RATES (per night) Standard kennel .......... £26 Garden suite .......... £34",
    "",
    rule,
    label,
    "What happened on the hill, and a thank-you to our kennel assistant",
    rule,
    "",
    ...en,
    "",
    "- Karen and Steve, and the Ashgrove pack",
    "",
    rule,
    footer,
    "Ashgrove Dog Hotel Ltd, company no. 09481176 · Privacy",
  ];

  it("takes a kennel's boxed post: the headline is the title, the head's notice stays, the rates go; undated without a copyright", () => {
    const read = readYearlessBoxLabel(page("FROM THE OFFICE - Wednesday 12 November", "Licensed by the district council to board dogs"), isRule, stampDate);
    expect(read?.title).toBe("What happened on the hill, and a thank-you to our kennel assistant");
    expect(read?.date).toBeNull();
    expect(read?.site).toBe("Ashgrove Dog Hotel");
    expect(read?.lines.filter((line) => line !== "")).toEqual([
      "Until further notice please use the rear entrance for drop-off and collection. The front gate is closed while the wall is rebuilt.",
      ...en,
      "- Karen and Steve, and the Ashgrove pack",
    ]);
  });

  it("dates the post in its copyright's year when the weekday agrees, and not when it does not", () => {
    expect(readYearlessBoxLabel(page("FROM THE OFFICE - Wednesday 12 November", "© 2025 Ashgrove Dog Hotel"), isRule, stampDate)?.date).toBe("2025-11-12");
    expect(readYearlessBoxLabel(page("FROM THE OFFICE - Thursday 12 November", "© 2025 Ashgrove Dog Hotel"), isRule, stampDate)?.date).toBeNull();
  });

  it("takes a Russian hotel's boxed post", () => {
    const lines = ["ЗООГОСТИНИЦА «ХВОСТ»", "", rule, "ИЗ ОФИСА — среда, 12 ноября", "Что случилось на нашей улице", rule, "", ...ru, "", rule, "© 2019–2025 Зоогостиница «Хвост»"];
    const read = readYearlessBoxLabel(lines, isRule, stampDate);
    expect(read?.title).toBe("Что случилось на нашей улице");
    expect(read?.date).toBe("2025-11-12");
    expect(read?.lines.filter((line) => line !== "")).toEqual(ru);
  });

  it.each([
    ["a label with no weekday", "FROM THE OFFICE - 12 November"],
    ["a label with its year (another reader's)", "FROM THE OFFICE - Wednesday 12 November 2025"],
    ["a label in lower case", "From the office - Wednesday 12 November"],
  ])("leaves %s alone", (_what, label) => {
    expect(readYearlessBoxLabel(page(label, "Licensed by the council"), isRule, stampDate)).toBeNull();
  });

  it("leaves the head's notice out when it names a price", () => {
    const lines = page("FROM THE OFFICE - Wednesday 12 November", "Licensed by the council").map((line) => (line.startsWith("Until") ? "Book three nights before Friday and pay £20 a night." : line));
    expect(readYearlessBoxLabel(lines, isRule, stampDate)?.lines.filter((line) => line !== "")[0]).toBe(en[0]);
  });
});
