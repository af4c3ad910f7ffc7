import { describe, expect, it } from "vitest";
import { readFundraiserPage } from "../../src/corpus/fundraiser-page.ts";

describe("readFundraiserPage", () => {
  it("keeps the story, the updates' texts and the supporters' words; the headline is the title, the platform the outlet", () => {
    const lines = [
      "RaiseKind   Start a RaiseKind   Browse fundraisers   Sign in",
      "Home › Browse › Emergencies › Haddonmoor, England",
      "Help Carol and the balloon crash families",
      "[Photo: Derek and Carol at the park]",
      "£52,915 raised of £80,000 target",
      "1,386 donations · 4.1K shares",
      "[ Donate now ]   [ Share ]",
      "Sian is organising this fundraiser on behalf of Carol.",
      "Created 10 August 2025 · Emergencies · Haddonmoor, England",
      "STORY",
      "The basket slammed into the roof of a barn.",
      "Read less ▲",
      "UPDATES (3)",
      "We passed £50,000 last night.",
      "RECENT DONATIONS (1,386)            [ See top ]  [ See all ]",
      "Anonymous · £50 · 2 hrs",
      "WORDS OF SUPPORT (311)",
      "Kasia Nowak · £40 · 5 d",
      "Tomek was the kindest man on our shift.",
      "[ Show more ]",
      "Organiser",
      "Sian · Haddonmoor",
      "© 2025 RaiseKind Ltd · Terms · Privacy",
    ];
    expect(readFundraiserPage(lines)).toEqual({
      lines: ["The basket slammed into the roof of a barn.", "We passed £50,000 last night.", "Tomek was the kindest man on our shift."],
      title: "Help Carol and the balloon crash families",
      platform: "RaiseKind",
      created: "10 August 2025",
    });
  });

  it("reads a Russian fundraiser page", () => {
    const lines = [
      "Помогать просто · Все сборы · Войти",
      "Помощь жителям интерната после пожара",
      "Собрано 1 384 650 ₽ из 2 600 000 ₽",
      "Создан 3 февраля 2032 · Пожилые люди",
      "История",
      "В ночь на 3 февраля в интернате произошёл пожар.",
      "ПОСЛЕДНИЕ ПОЖЕРТВОВАНИЯ (2 917)",
      "Ирина К. — 1 000 ₽ · 2 минуты назад",
      "Получатель",
      "БФ «Светлица»",
    ];
    expect(readFundraiserPage(lines)).toEqual({
      lines: ["В ночь на 3 февраля в интернате произошёл пожар."],
      title: "Помощь жителям интерната после пожара",
      platform: null,
      created: "3 февраля 2032",
    });
  });

  it("leaves a page with a donations counter but no story's label alone", () => {
    expect(readFundraiserPage(["## СРОЧНЫЙ СБОР", "Собрано 1 384 650 ₽ из 2 600 000 ₽", "В ночь на 3 февраля произошёл пожар."])).toBeNull();
    expect(readFundraiserPage(["A fire broke out on Friday.", "Residents raised of their own accord £500."])).toBeNull();
  });
});
