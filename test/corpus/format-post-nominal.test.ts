import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/clean.ts";
import { isPostNominal } from "../../src/corpus/format-post-nominal.ts";

describe("isPostNominal: a writer's credentials after the name in a byline", () => {
  it.each([
    ["DC", true],
    ["MD, FACP", true],
    ["Ph.D.", true],
    ["DVM and MRCVS", true],
    ["RN, BSN", true],
    ["PhD", true],
    ["к. м. н.", true],
    ["к.т.н., MBA", true],
    ["канд. мед. наук", true],
    // An outlet, a desk, a place, a role: not credentials.
    ["Reuters", false],
    ["Great Lakes Ledger", false],
    ["DC Courier", false],
    ["Health Correspondent", false],
    ["Вечерний Новоград", false],
    ["ТАСС", false],
    ["", false],
  ])("%s → %s", (part, expected) => {
    expect(isPostNominal(part)).toBe(expected);
  });
});

const EN_POST = [
  "Our clinic is two blocks from the park, and many of you were at the ice festival on Saturday when part of the giant slide gave way.",
  "",
  "Seventeen people were injured, eleven of them children, and six were taken by ambulance to the regional medical center.",
  "",
  "Falls on ice can cause neck and back injuries that do not show up right away, so our doctors are offering a free screening until January 31.",
];
const RU_POST = [
  "Наша клиника стоит в двух кварталах от набережной, и многие из вас были на ледовом фестивале в субботу, когда обрушилась большая горка.",
  "",
  "Пострадали семнадцать человек, из них одиннадцать детей; шестерых увезли на скорой в областную больницу.",
  "",
  "Падение на льду может обернуться травмой шеи или спины не сразу, поэтому до 31 января мы бесплатно осматриваем всех, кто был у горки.",
];

describe("parseArticle: credentials after a byline's name are not the outlet", () => {
  it.each([
    ["an English clinic's post", EN_POST, "January 19, 2032 · By Dr. Nadia Ferris, DC · Community News", "DC", "2032-01-19"],
    ["an English vet's post", EN_POST, "By Tom Reyes, DVM, MRCVS", "DVM, MRCVS", null],
    ["a Russian clinic's post", RU_POST, "19 января 2032 · Автор: Ирина Смирнова, PhD · Новости клиники", "PhD", "2032-01-19"],
    ["a Russian post signed with two degrees", RU_POST, "Автор: Олег Зуев, MD, MBA", "MD, MBA", null],
  ])("%s", (_name, post, byline, credentials, date) => {
    const article = parseArticle("x.txt", ["Ice slide collapses at the festival", byline, "", ...post].join("\n"), "h");
    expect(article.meta.outlet).not.toBe(credentials);
    expect(article.meta.date).toBe(date);
    expect(article.text).toContain(post[0]);
    expect(article.text).not.toContain(credentials);
  });

  it("still takes an outlet after a byline's name", () => {
    const article = parseArticle("x.txt", ["Ice slide collapses at the festival", "By Ann Lee, Great Lakes Ledger", "", ...EN_POST].join("\n"), "h");
    expect(article.meta.outlet).toBe("Great Lakes Ledger");
  });
});
