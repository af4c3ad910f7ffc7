import { describe, expect, it } from "vitest";
import { normalizeDate } from "../../src/corpus/dates.ts";
import { readMembersUpdate } from "../../src/corpus/members-update.ts";

const isRule = (line: string): boolean => /^-{3,}$/u.test(line);
const isStamp = (text: string): boolean => normalizeDate(text, true) !== null;

describe("readMembersUpdate", () => {
  it("takes an association's update to members: the headline is the title; the head (but its notice), the listing and the diary go", () => {
    const lines = [
      "HIGH STREET TRADERS' ASSOCIATION",
      "Our independent shopping street · 41 members",
      "!! The street is CLOSED TO TRAFFIC. Most shops are trading. !!",
      "----------",
      "SHOP DIRECTORY",
      "Hartley's Butchers, No. 2 — OPEN AS NORMAL",
      "----------",
      "MEMBERS' UPDATE No. 7",
      "The burst main: where we are",
      "From Jo Reed, Chair · 5 November 2025",
      "",
      "At 5.40am on Tuesday a water main burst under the street.",
      "----------",
      "DIARY",
      "Sat 15 Nov — Makers' Market",
    ];
    expect(readMembersUpdate(lines, isRule, isStamp)).toEqual({
      lines: ["The street is CLOSED TO TRAFFIC. Most shops are trading.", "", "", "At 5.40am on Tuesday a water main burst under the street."],
      title: "The burst main: where we are",
      stamp: "5 November 2025",
      association: "HIGH STREET TRADERS' ASSOCIATION",
    });
  });

  it("reads a Russian association's update, and no page that does not open with a name in capitals", () => {
    const lines = ["АССОЦИАЦИЯ ПРЕДПРИНИМАТЕЛЕЙ УЛИЦЫ ЛЕНИНА", "ОБРАЩЕНИЕ К ЧЛЕНАМ № 3", "Прорыв трубы: что известно", "От председателя Ирины Котовой · 5 ноября 2025", "Утром во вторник прорвало магистраль."];
    expect(readMembersUpdate(lines, isRule, isStamp)).toEqual({
      lines: ["Утром во вторник прорвало магистраль."],
      title: "Прорыв трубы: что известно",
      stamp: "5 ноября 2025",
      association: "АССОЦИАЦИЯ ПРЕДПРИНИМАТЕЛЕЙ УЛИЦЫ ЛЕНИНА",
    });
    expect(readMembersUpdate(lines.slice(1), isRule, isStamp)).toBeNull();
  });
});
