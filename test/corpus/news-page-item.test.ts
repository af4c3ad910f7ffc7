import { describe, expect, it } from "vitest";
import { readNewsPageItem } from "../../src/corpus/news-page-item.ts";

const isRule = (line: string): boolean => /^-{3,}$/u.test(line);
const NOTICE = "All lessons at the leisure pool are suspended until further notice because of the car park fire next door.";
const TEXT = "A huge fire destroyed around 430 vehicles at the multi-storey car park on the evening of Tuesday 11 February.";
const TEXT_RU = "Во вторник вечером в многоэтажном паркинге рядом с бассейном сгорели около 430 машин, пострадавших трое.";

describe("readNewsPageItem", () => {
  it("takes the item under its label: the head, the timetable and the footer's links go, the notice and the school's word stay", () => {
    const lines = [
      "Little Otters Swim School",
      "Happy, confident swimmers from 6 months to 12 years",
      "Call the office: 01632 960418   |   Book a free trial",
      "",
      "PARENTS' NOTICEBOARD",
      "*** IMPORTANT NOTICE TO ALL PARENTS — PLEASE READ ***",
      NOTICE,
      "",
      "Monday",
      "3.45pm  Otter Pups — teacher: Priya",
      "",
      "------",
      "From our news page",
      "",
      "\"Everyone got out safely\" — cars lost as fire guts the car park next to our pool",
      "",
      TEXT,
      "------",
      "What this means for your child's lessons",
      "- Two lessons will be credited to every family automatically.",
      "Lost property | Term fees | Safeguarding policy | Join our team",
      "© Little Otters Swim School.",
    ];
    expect(readNewsPageItem(lines, isRule)).toEqual({
      lines: [NOTICE, "", "", TEXT, "What this means for your child's lessons", "- Two lessons will be credited to every family automatically."],
      title: "\"Everyone got out safely\" — cars lost as fire guts the car park next to our pool",
    });
  });

  it("reads a Russian school's item, and no label without a rule over it", () => {
    const lines = ["Школа плавания «Дельфин»", "Расписание", "18:00 Младшая группа", "------", "Из новостей школы", "Пожар в паркинге рядом с бассейном", TEXT_RU, "------", "Вакансии | Цены | Контакты"];
    expect(readNewsPageItem(lines, isRule)).toEqual({ lines: [TEXT_RU], title: "Пожар в паркинге рядом с бассейном" });
    expect(readNewsPageItem(lines.filter((_, i) => i !== 3), isRule)).toBeNull();
  });
});
