import { describe, expect, it } from "vitest";
import { dropHeadCreditLines, isHeadCreditLine } from "../../src/corpus/head-credit-lines.ts";

describe("isHeadCreditLine", () => {
  it.each([
    ["an English sources line", "Sources: Cullerby Harbour Office, Eastshire Police, Wetherby Hover Tours and our own duty crew"],
    ["an English filing line", "Filed under: Local news, Community"],
    ["a Russian italic attribution", "*По данным ЕДДС Кедрогорска, Службы по охране животного мира области и магазина «Берёзка»*"],
    ["a Russian sources line", "**Источники:** ГУ МЧС по области, администрация района"],
    ["an English italic attribution", "_According to the harbour office and the police_"],
  ])("reads %s", (_name, line) => {
    expect(isHeadCreditLine(line)).toBe(true);
  });

  it.each([
    ["an English paragraph", "Many of you saw it from the water on Sunday. Here is what we know so far."],
    ["an italic English sentence", "*According to the park, a large beech branch came down in the storm.*"],
    ["a Russian paragraph", "По данным геологов, из кратера вышло около 45 тысяч кубометров грязи."],
  ])("passes over %s", (_name, line) => {
    expect(isHeadCreditLine(line)).toBe(false);
  });
});

describe("dropHeadCreditLines", () => {
  it.each([
    ["an English post's credits", ["Sources: Cullerby Harbour Office and our own duty crew", "", "Many of you saw it from the water on Sunday."], ["", "Many of you saw it from the water on Sunday."]],
    ["a Russian post's attribution", ["", "*По данным ЕДДС Кедрогорска и магазина «Берёзка»*", "", "Многие из вас во вторник видели лося."], ["", "Многие из вас во вторник видели лося."]],
    ["a credit further down staying", ["Many of you saw it from the water.", "Sources: the harbour office"], ["Many of you saw it from the water.", "Sources: the harbour office"]],
  ])("leaves %s", (_name, lines, expected) => {
    const out = [...lines];
    dropHeadCreditLines(out);
    expect(out).toEqual(expected);
  });
});
