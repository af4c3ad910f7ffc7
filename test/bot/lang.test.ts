import { describe, expect, it } from "vitest";
import { textLang, uiLang } from "../../src/bot/lang.ts";

describe("language of the bot's own words", () => {
  const texts: [string, "en" | "ru" | null][] = [
    ["How many people died in the Crocus City Hall attack?", "en"],
    ["Сколько дней продлится траур в Дагестане?", "ru"],
    ["Что случилось в «Crocus City Hall»?", "ru"],
    ["Ещё вопрос про ёлку", "ru"],
    ["What did Токаев say?", "en"],
    ["2022 🕯️ ???", null],
  ];
  it.each(texts)("%j → %s", (text, lang) => {
    expect(textLang(text)).toBe(lang);
  });

  it("prefers the Telegram language_code, then the text, then English", () => {
    expect(uiLang("ru", "What happened?")).toBe("ru");
    expect(uiLang("en-US", "Что случилось?")).toBe("en");
    expect(uiLang("kk", undefined)).toBe("ru");
    expect(uiLang(undefined, "Что случилось?")).toBe("ru");
    expect(uiLang(undefined, "🕯️")).toBe("en");
  });
});
