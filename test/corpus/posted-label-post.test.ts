import { describe, expect, it } from "vitest";
import { normalizeDate } from "../../src/corpus/dates.ts";
import { readPostedLabelPost } from "../../src/corpus/posted-label-post.ts";

const isRule = (line: string): boolean => /^-{3,}$/u.test(line);
const stampDate = (text: string): string | null => normalizeDate(text, true);
const rule = "--------------------------------------------------------------------------------";
const en = [
  "The town's bonfire night on Saturday drew an estimated 3,200 people to the meadow, and the bonfire was lit at a quarter past seven in the evening.",
  "At about 7.40pm the stack leaned and then fell sideways across the crowd barrier on the east side, scattering burning timber into the front rows.",
  "Fourteen people were hurt: ten were treated on the field by volunteers and four were taken to hospital, one of them by air ambulance.",
  "Two of our own pupils, who were playing with the youth brass band on the bandstand, had minor burns to their hands and are back at school.",
  "The fire service said early findings suggest the ground beneath the stack had been softened by heavy rain during the week before the event.",
  "The town council has suspended all bonfire events on council land until its review is complete, and a public meeting will follow.",
  "On Friday we will hold a benefit concert at the parish church, and all proceeds go to the appeal set up for the injured and their families.",
  "Lessons go ahead as normal this week, and any pupil who would rather not play in the concert does not have to, the principal said.",
];
const ru = [
  "В субботу на праздничный костёр на лугу пришли около трёх тысяч человек, костёр зажгли в четверть восьмого вечера, как и было объявлено.",
  "Около 19:40 штабель из поддонов накренился и упал на ограждение с восточной стороны, горящие доски разлетелись по первым рядам зрителей.",
  "Пострадали четырнадцать человек: десятерым помогли на месте, четверых увезли в больницу, одного из них санитарным вертолётом.",
  "Двое наших учеников играли в духовом оркестре на эстраде и получили лёгкие ожоги рук, оба уже вернулись на занятия в школу.",
  "Пожарные считают, что земля под штабелем размокла после дождей всю неделю, и центральная опора не выдержала, когда разгорелся огонь.",
  "Администрация города запретила костры на муниципальной земле до конца проверки, а глава города пообещал собрание для жителей.",
  "В пятницу мы проведём благотворительный концерт в храме, все деньги пойдут в фонд помощи пострадавшим и их семьям, билеты в канцелярии.",
  "Занятия на этой неделе идут по расписанию, а тех учеников, кто не хочет выступать на концерте, никто заставлять не будет, сказала директор.",
];

describe("readPostedLabelPost", () => {
  it("takes a school's post under its posted label: the headline is the title, the posting day the date; fees and term dates go", () => {
    const lines = [
      "ELMBRIDGE SCHOOL OF MUSIC",
      "Lessons for all ages · Graded exam preparation",
      "",
      "COURSE FEES – AUTUMN TERM 2023",
      "Individual lesson, 30 min ........ £24 per lesson / £230 per term",
      "",
      rule,
      "FROM THE SCHOOL · posted Tuesday 7 November 2023 · Category: Community",
      "",
      "The meadow: our thoughts, our band, and a benefit concert",
      "",
      "Dear families,",
      "",
      ...en,
      "",
      "Helen Okafor, Principal",
      rule,
      "",
      "TERM DATES 2023–24",
      "Autumn: 11 Sept – 15 Dec",
      "© 2023 Elmbridge School of Music · Website by Brightnote",
    ];
    const read = readPostedLabelPost(lines, isRule, stampDate);
    expect(read?.title).toBe("The meadow: our thoughts, our band, and a benefit concert");
    expect(read?.stamp).toBe("Tuesday 7 November 2023");
    expect(read?.site).toBe("Elmbridge School of Music");
    expect(read?.lines.filter((line) => line !== "")).toEqual(["Dear families,", ...en, "Helen Okafor, Principal"]);
  });

  it("takes a Russian club's post under its posted label", () => {
    const lines = ["МУЗЫКАЛЬНАЯ ШКОЛА «ЛАД»", "", rule, "ОТ ДИРЕКЦИИ · опубликовано 7 ноября 2023 · Рубрика: Город", "", "Костёр на лугу: что случилось и что мы делаем", "", ...ru, rule, "Расписание занятий"];
    const read = readPostedLabelPost(lines, isRule, stampDate);
    expect(read?.title).toBe("Костёр на лугу: что случилось и что мы делаем");
    expect(read?.stamp).toBe("7 ноября 2023");
    expect(read?.lines.filter((line) => line !== "")).toEqual(ru);
  });

  it.each([
    ["a label without a posting day", "FROM THE SCHOOL · Category: Community"],
    ["a posting part whose day does not read", "FROM THE SCHOOL · posted last week · Category: Community"],
    ["a label in lower case", "From the school · posted Tuesday 7 November 2023"],
  ])("leaves %s alone", (_what, label) => {
    const lines = [rule, label, "", "A headline over the post", "", ...en, rule];
    expect(readPostedLabelPost(lines, isRule, stampDate)).toBeNull();
  });

  it("leaves a post without its closing rule, or holding little of the page's prose, alone", () => {
    const label = "FROM THE SCHOOL · posted Tuesday 7 November 2023";
    expect(readPostedLabelPost([rule, label, "", "A headline over the post", "", ...en], isRule, stampDate)).toBeNull();
    expect(readPostedLabelPost([...en, ...en, rule, label, "", "A headline over the post", "", ...en, rule], isRule, stampDate)).toBeNull();
  });
});
