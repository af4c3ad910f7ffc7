import { describe, expect, it } from "vitest";
import { normalizeDate } from "../../src/corpus/dates.ts";
import { readCrumbedBlogBox } from "../../src/corpus/crumbed-blog-box.ts";

const isRule = (line: string): boolean => /^(?:-{3,}|\*{3,})$/u.test(line);
const stampDate = (text: string): string | null => normalizeDate(text, true);
const rule = "---------------------------------------------------------";
const en = [
  "At about 4:25pm on Saturday a paraglider flying in the afternoon display was blown into the overhead power lines at the edge of the field.",
  "One of the conductors snapped and fell onto the grass by the spectator fence, starting a small fire, and about 1,400 people were moved back.",
  "The pilot hung about nine metres above a hedge for seventy minutes until the line was isolated and crews brought him down on a platform.",
  "Around 3,200 homes lost power; most were back by 9pm, but some four hundred homes stayed without electricity until nearly midnight.",
  "When the power came back many boilers locked out, and between Saturday night and Monday our engineers reset twenty-seven of them for free.",
  "The power company says anyone who lost power for more than twelve hours can claim compensation, and it will bury the line next year.",
  "The pilot's club has started a fundraiser for his recovery, and we will put ten pounds from every call-out this month towards it.",
  "If your boiler still shows a fault code after the power cut, ring us first and please do not keep pressing the reset button on it.",
];
const ru = [
  "В субботу около 16:25 парапланериста, выступавшего на празднике, порывом ветра бросило на провода линии электропередачи у края поля.",
  "Один из проводов оборвался и упал на траву у ограждения для зрителей, начался небольшой пожар, около 1 400 человек отвели подальше от линии.",
  "Пилот провисел на высоте около девяти метров больше часа, пока линию не обесточили и пожарные не сняли его с автовышки.",
  "Без света остались около 3 200 домов; в большинстве электричество вернули к девяти вечера, а в четырёхстах домах — только к полуночи.",
  "Когда свет дали, многие котлы ушли в аварию, и с субботы по понедельник наши мастера бесплатно перезапустили двадцать семь котлов.",
  "Сетевая компания обещает компенсацию всем, кто сидел без света больше двенадцати часов, и к следующему лету уберёт линию под землю.",
  "Клуб пилота открыл сбор на его лечение, и до конца месяца мы будем переводить в этот сбор по пятьсот рублей с каждого вызова.",
  "Если котёл после отключения всё ещё показывает ошибку, сначала позвоните нам и, пожалуйста, не нажимайте кнопку сброса снова и снова.",
  "Организаторы праздника сразу остановили все полёты и отменили воскресную программу, а деньги за воскресные билеты вернут всем автоматически.",
];

describe("readCrumbedBlogBox", () => {
  it("takes a plumber's blog post under its crumbed box: the headline is the title, not the crumb; the head, prices and footer go", () => {
    const lines = [
      "ASHBY & SONS PLUMBING",
      "Gas Safe Reg. 123456  |  Family run since 1994",
      "",
      "[ Home ]  [ Boilers ]  [ Prices ]  [ Blog ]",
      "",
      "********************************************************",
      "CALL-OUT PRICES (VAT included)",
      "********************************************************",
      "Weekday call-out, first hour ............ £65",
      "********************************************************",
      "",
      rule,
      "THE ASHBY BLOG  ›  Around Ashby",
      "Tuesday 10 June 2031  ·  by Dave Ashby",
      rule,
      "",
      "What happened at the air show on Saturday, and why your pump might need a reset",
      "",
      ...en,
      "",
      "— Dave",
      "",
      rule,
      "WHAT OUR CUSTOMERS SAY   ★★★★★ 4.8 (612 reviews)",
      rule,
      "Ashby & Sons Ltd · 3 Tanyard Lane, Ashby",
      "© 2031 Ashby & Sons",
    ];
    const read = readCrumbedBlogBox(lines, isRule, stampDate);
    expect(read?.title).toBe("What happened at the air show on Saturday, and why your pump might need a reset");
    expect(read?.stamp).toBe("Tuesday 10 June 2031");
    expect(read?.site).toBe("ASHBY & SONS PLUMBING");
    expect(read?.lines.filter((line) => line !== "")).toEqual([...en, "— Dave"]);
  });

  it("takes a Russian workshop's blog post under its crumbed box", () => {
    const lines = ["МАСТЕРСКАЯ «ТЕПЛО»", "", rule, "БЛОГ МАСТЕРСКОЙ › Новости района", "10 июня 2031 · автор: Иван", rule, "", "Что случилось на празднике в субботу и почему ваш котёл может показывать ошибку", "", ...ru];
    const read = readCrumbedBlogBox(lines, isRule, stampDate);
    expect(read?.title).toBe("Что случилось на празднике в субботу и почему ваш котёл может показывать ошибку");
    expect(read?.stamp).toBe("10 июня 2031");
    expect(read?.lines.filter((line) => line !== "")).toEqual(ru);
  });

  it.each([
    ["a box whose label has no crumb", "THE ASHBY BLOG"],
    ["a crumb under no blog's or news label", "OUR PRICES  ›  Boilers"],
  ])("leaves %s alone", (_what, label) => {
    const lines = ["ASHBY PLUMBING", rule, label, "Tuesday 10 June 2031  ·  by Dave", rule, "A headline over the post", ...en];
    expect(readCrumbedBlogBox(lines, isRule, stampDate)).toBeNull();
  });

  it("leaves a box without a day, or a post holding little of the page's prose, alone", () => {
    expect(readCrumbedBlogBox([rule, "THE ASHBY BLOG  ›  Around Ashby", "by Dave Ashby", rule, "A headline over the post", ...en], isRule, stampDate)).toBeNull();
    const short = [rule, "THE ASHBY BLOG  ›  Around Ashby", "10 June 2031", rule, "A headline over the post", en[0] ?? "", rule, ...en];
    expect(readCrumbedBlogBox(short, isRule, stampDate)).toBeNull();
  });
});
