import { describe, expect, it } from "vitest";
import { readSitePages } from "../../src/corpus/site-pages.ts";
import { isDashRule as isRule } from "../helpers/rule-line.ts";

const stampDate = (text: string): string | null => (/^\d{2}\.\d{2}\.\d{4}$/u.test(text.trim()) ? text.trim().split(".").reverse().join("-") : null);

describe("readSitePages", () => {
  it("reads a nature reserve's news item and names the outlet by its copyright only as a fallback", () => {
    const story = "14 августа на экотропе медведица напала на группу туристов, трое пострадавших доставлены в больницу района. ";
    const lines = ["Заповедник · Новости", "---", "## Новости", "### Нападение медведя на экотропе", "*16.08.2032 · пресс-служба*", story.repeat(4), story.repeat(4), "---", "© 2008–2032 ФГБУ «Заповедник». Все права защищены."];
    const read = readSitePages(lines, isRule, stampDate);
    expect(read).toMatchObject({ title: "Нападение медведя на экотропе", date: "2032-08-16", outlet: null, fallbackOutlet: "ФГБУ «Заповедник»" });
  });

  it("passes an ordinary article through unchanged", () => {
    const lines = ["Fire at the mill", "", "A fire broke out at the mill on Sunday."];
    expect(readSitePages([...lines], isRule, stampDate)).toEqual({ lines, title: null, date: null, outlet: null, fallbackOutlet: null });
  });
});
