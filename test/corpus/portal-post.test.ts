import { describe, expect, it } from "vitest";
import { readPortalPost } from "../../src/corpus/portal-post.ts";

describe("readPortalPost", () => {
  it("drops a parent portal's head down to the announcement's heading and its trailing lines; the school names the outlet", () => {
    const lines = [
      "**ЭЛЕКТРОННЫЙ ДНЕВНИК** · Сетевой город",
      "Школа № 6 г. Лесного",
      "Вы вошли как: **Родитель** — Иванова А. А. · [Выход]",
      "> - Объявления",
      "⚠ **ВАЖНО** · 📌 Закреплено · Прочитано: 684 из 1 012",
      "### О карантине",
      "Уважаемые родители! В школе карантин.",
      "📎 Прикреплённые файлы: Предписание.pdf (318 КБ)",
      "> 👁 2 431 · 💬 Комментарии отключены",
      "Объявления по теме: «Расписание уроков»",
      "Мобильное приложение «Дневник»: App Store · Google Play",
    ];
    expect(readPortalPost(lines)).toEqual({ lines: ["### О карантине", "Уважаемые родители! В школе карантин."], organisation: "Школа № 6 г. Лесного" });
  });

  it("reads an English portal", () => {
    const lines = ["Ashby Primary School", "Signed in as: Parent — J. Smith · [Sign out]", "Home › Notices", "## School closed after flood", "The school is closed.", "Attachments: letter.pdf (40 KB)"];
    expect(readPortalPost(lines)).toEqual({ lines: ["## School closed after flood", "The school is closed."], organisation: "Ashby Primary School" });
  });

  it("leaves a page with no signed-in line near its top alone", () => {
    expect(readPortalPost(["News", "## Heading", "You are signed in as a guest reader of this story."])).toBeNull();
  });
});
