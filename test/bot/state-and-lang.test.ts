import { describe, expect, it } from "vitest";
import { BoundedMap } from "../../src/bot/bounded-map.ts";
import { textLang, uiLang } from "../../src/bot/lang.ts";

describe("BoundedMap (per-chat previous turns, More buttons)", () => {
  it("forgets entries after the TTL and the oldest beyond the size limit", () => {
    let now = 0;
    const map = new BoundedMap<number, string>(2, 30 * 60 * 1000, () => now);
    map.set(1, "Crocus");
    map.set(2, "Dagestan");
    now = 29 * 60 * 1000;
    expect(map.get(1)).toBe("Crocus");
    map.set(3, "Almaty");
    expect(map.get(1)).toBeUndefined();
    expect(map.get(2)).toBe("Dagestan");
    now = 31 * 60 * 1000;
    expect(map.get(2)).toBeUndefined();
    expect(map.get(3)).toBe("Almaty");
    expect(map.size).toBe(1);
  });
});

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
