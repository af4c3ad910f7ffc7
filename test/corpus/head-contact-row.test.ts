import { describe, expect, it } from "vitest";
import { isHeadContactRow } from "../../src/corpus/head-contact-row.ts";
import { openingSiteName } from "../../src/corpus/opening-site-name.ts";

describe("isHeadContactRow: a contact row opening a business's page above its name", () => {
  it.each([
    ["📞 Отдел продаж: +7 (34152) 4-10-10 · Сервис: +7 (34152) 4-10-12 · Кедрогорск, Северный тракт, 8", true],
    ["☎ +7 (8352) 60-44-19 · Пн–Пт 12:00–21:00", true],
    ["Call us: 01632 960 415 · hello@example.com · Mon–Sat 9–5", true],
    ["**Tel 01632 960 417** | hello@fiorellas.example", true],
    // The name before its contacts, the name alone, an offer, a sentence.
    ["ACME PLUMBING · Tel 01632 960 111", false],
    ["# АВТОЦЕНТР «СЕВЕРНЫЙ ТРАКТ»", false],
    ["Free delivery on orders over £30", false],
    ["Звоните нам: мы работаем без выходных.", false],
  ])("%s → %s", (line, expected) => {
    expect(isHeadContactRow(line)).toBe(expected);
  });

  it.each([
    [["📞 Отдел продаж: +7 (34152) 4-10-10 · Кедрогорск, Северный тракт, 8", "", "# АВТОЦЕНТР «СЕВЕРНЫЙ ТРАКТ»", "**Официальный дилер** · Сервис"], "СЕВЕРНЫЙ ТРАКТ"],
    [["Call us: 01632 960 415 · Mon–Sat 8am–6pm", "HARBOUR LIGHTS BAKERY", "Home | Cakes | News"], "HARBOUR LIGHTS BAKERY"],
  ])("lets the site's name under the row be read: %j → %s", (head, expected) => {
    expect(openingSiteName(head, (name) => name)).toBe(expected);
  });
});
