import { describe, expect, it } from "vitest";
import { headSiteName } from "../../src/corpus/head-site-name.ts";
import { withGuillemetInnerQuotes } from "../../src/corpus/page-inner-quotes.ts";

describe("withGuillemetInnerQuotes: low-high quotes inside guillemets read as guillemets", () => {
  it.each([
    ["© 2014–2026 МАУ «Ледовая арена „Кристалл“» · ИНН 7612045518", "© 2014–2026 МАУ «Ледовая арена «Кристалл»» · ИНН 7612045518"],
    ["ООО «Студия „Пируэт“»", "ООО «Студия «Пируэт»»"],
    ["© 2026 „Pirouette“ Dance Studio", "© 2026 «Pirouette» Dance Studio"],
    ["© 2026 “Riverside” Swim School", "© 2026 “Riverside” Swim School"],
    ["© 2029 «Камертон»", "© 2029 «Камертон»"],
  ] as const)("reads %j as %j", (line, expected) => {
    const read = withGuillemetInnerQuotes(line);
    expect(read).toBe(expected);
    expect(read.length).toBe(line.length);
  });

  it.each([
    ["an ice arena whose footer quotes its name inside the firm's (Russian)", ["# Ледовая арена «Кристалл»", "ул. Спортивная, 14", "", "Главная › Новости"], "Ледовая арена «Кристалл»", ["© 2014–2026 МАУ «Ледовая арена „Кристалл“» · ИНН 7612045518"]],
    ["a dance studio whose footer quotes its name inside the company's", ["# Studio «Pirouette»", "Ballet and jazz for all ages", "", "Home › News"], "Studio «Pirouette»", ["© 2026 Dance Ltd «Studio „Pirouette“» · Company no. 10492837"]],
  ] as const)("names the site of %s when read wide", (_name, head, expected, footer) => {
    const lines = [...head, "", "The post.", "", ...footer];
    expect(headSiteName(lines, head.length, true)).toBe(expected);
    expect(headSiteName(lines, head.length)).toBeNull();
  });
});
