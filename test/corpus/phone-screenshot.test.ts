import { describe, expect, it } from "vitest";
import { addressBarUrl, iconMastheadName, notificationShadeEnd } from "../../src/corpus/phone-screenshot.ts";

describe("phone screenshots", () => {
  it.each([
    [
      "Russian notifications",
      ["Уведомления           Очистить все", "", "💬 Telegram · Мама · 18:52", "Позвони срочно", "", "📰 Прикамье 24 · 18:31", "СРОЧНО. Задержан инженер", "", "Статья начинается здесь."],
      7,
    ],
    ["English notifications", ["Notifications   Clear all", "✉ Mail · Work · 09:12", "Meeting moved", "", "The story."], 3],
  ])("a notification shade ends after its last notification: %s", (_name, lines, end) => {
    expect(notificationShadeEnd(lines, 0)).toBe(end);
  });

  it("a line that is no shade's head opens none", () => {
    expect(notificationShadeEnd(["Уведомления о пожаре получили 200 жителей.", "💬 Telegram · Мама · 18:52"], 0)).toBeNull();
  });

  it.each([
    ["🔒 prikamie24.ru/proisshestviya/2032/02/07/kreslo   ⟳   2   ⋮", "https://prikamie24.ru/proisshestviya/2032/02/07/kreslo"],
    ["🔒 https://www.kingsmere-news.example/tram-crash", "https://www.kingsmere-news.example/tram-crash"],
    ["Visit prikamie24.ru for more.", null],
  ])("the address bar %s gives %s", (line, url) => {
    expect(addressBarUrl(line)).toBe(url);
  });

  it.each([
    ["ПРИКАМЬЕ 24                    ☰   🔍", "ПРИКАМЬЕ 24"],
    ["Kingsmere Herald  ☰ 🔍", "Kingsmere Herald"],
    ["Search with 🔍 in the menu ☰", null],
    ["< Back                      skimr                          ⋯", "skimr"],
    ["‹ Назад      Самокат Плюс      ⋮", "Самокат Плюс"],
    ["<b>Back</b> to the story", null],
    ["< Back to all posts", null],
  ])("the masthead %s names %s", (line, name) => {
    expect(iconMastheadName(line)).toBe(name);
  });
});
