import { describe, expect, it } from "vitest";
import { readFaqUpdate } from "../../src/corpus/faq-page.ts";
import { isDashRule as isRule } from "../helpers/rule-line.ts";

const isDay = (text: string): boolean => /\d{1,2} \p{L}+ \d{4}/u.test(text);

describe("readFaqUpdate", () => {
  it("takes an English festival update's headline and day; the site's name, the page's name, its intro and back-to-top go", () => {
    const lines = ["Ashby Festival 2025", "1–3 August · Ashby Park", "", "Help & FAQ", "Everything you need to know. Can't find your answer?", "", "---", "⚠ IMPORTANT UPDATE – Sunday 3 August 2025, 18:30", "Illness among festival-goers: statement from the director", "---", "214 people fell ill.", "TICKETS", "+ Can I get a refund?", "  Yes.", "↑ Back to top"];
    expect(readFaqUpdate(lines, isRule, isDay)).toEqual({
      lines: ["1–3 August · Ashby Park", "", "", "---", "---", "214 people fell ill.", "TICKETS", "+ Can I get a refund?", "  Yes."],
      title: "Illness among festival-goers: statement from the director",
      stamp: "Sunday 3 August 2025, 18:30",
      site: "Ashby Festival",
    });
  });

  it("reads a Russian help page's update", () => {
    const lines = ["## Вопросы и ответы", "---", "ВАЖНОЕ ОБНОВЛЕНИЕ — 3 августа 2025, 18:30", "Отравление на фестивале: заявление дирекции", "---", "Заболели 214 человек.", "Наверх"];
    expect(readFaqUpdate(lines, isRule, isDay)).toEqual({ lines: ["---", "---", "Заболели 214 человек."], title: "Отравление на фестивале: заявление дирекции", stamp: "3 августа 2025, 18:30", site: null });
  });

  it("leaves a help page with no dated update alone", () => {
    expect(readFaqUpdate(["Help & FAQ", "---", "TICKETS", "+ Refunds?", "  No."], isRule, isDay)).toBeNull();
  });
});
