import { describe, expect, it } from "vitest";
import { jobsBoardEnd, priceListEnd, receptionHoursEnd, scheduleEnd, tideTableEnd, voteEnd } from "../../src/corpus/listings.ts";

describe("scheduleEnd", () => {
  it.each([
    ["a Russian programme schedule", ["### Телепрограмма · воскресенье, 8 февраля", "", "07:00 · Утро на Онежье", "12:30 · **Воскресный патруль** ● в эфире", "13:00 · Погода на неделю", "", "Текст."], 5],
    ["an English fixture list", ["UPCOMING FIXTURES", "  Sat 14 Feb – Tarrow Vale (H), League, 3pm", "  Tue 17 Feb – Cheadle Moor (A), League, 7.45pm", "Ticket news will go up here first."], 3],
  ])("ends after the rows of %s", (_name, lines, end) => {
    expect(scheduleEnd(lines, 0)).toBe(end);
  });

  it.each([
    ["a heading without rows", ["Schedule", "The match was moved to Sunday."]],
    ["a story's own heading", ["Fixtures were cancelled after the riot.", "07:00 · Утро"]],
  ])("is null for %s", (_name, lines) => {
    expect(scheduleEnd(lines, 0)).toBeNull();
  });
});

describe("voteEnd", () => {
  it.each([
    [
      "an English members' vote",
      ["MAN OF THE MATCH – MEMBERS' VOTE", "Sponsored by Harbourside Fish Bar", "  Sam Whitlow (GK) .......... 41%", "  Josh Tolley ............... 27%", "Votes cast: 611", "", "Ticket news."],
      5,
    ],
    ["a Russian readers' poll", ["ОПРОС НЕДЕЛИ", "Иванов — 58 %", "Петров — 42 %", "", "Текст."], 3],
  ])("ends after %s", (_name, lines, end) => {
    expect(voteEnd(lines, 0)).toBe(end);
  });

  it("is null for a vote a story reports", () => {
    expect(voteEnd(["COUNCIL VOTE", "The council voted 5 to 0.", "Turnout was 41%."], 0)).toBeNull();
  });
});

describe("tideTableEnd", () => {
  it.each([
    [
      "a yacht club bulletin's tide table with its notes",
      [
        "PENMARROW TIDES – WEEK BEGINNING MONDAY 8 SEPTEMBER (BST)",
        "",
        "Day   HW        LW        HW        LW",
        "Mon   06:12 4.9m 12:31 0.8m 18:38 5.0m  —",
        "Tue   06:55 5.1m 13:14 0.6m 19:20 5.2m  —",
        "Springs midweek. Tidal data for guidance only – not for navigation.",
        "",
        "WHAT'S ON",
      ],
      6,
    ],
    ["a Russian tide table", ["Таблица приливов", "Пн  06:12 4,9 м  12:31 0,8 м", "Вт  06:55 5,1 м  13:14 0,6 м", "", "Текст."], 3],
  ])("ends after %s", (_name, lines, end) => {
    expect(tideTableEnd(lines, 0)).toBe(end);
  });

  it.each([
    ["a heading without rows", ["Tides", "The tide turned at 06:12 and the boats floated off."]],
    ["a story's heading over prose", ["High tides flood the quay", "Water rose at 06:12 and again at 18:38 on Monday."]],
  ])("is null for %s", (_name, lines) => {
    expect(tideTableEnd(lines, 0)).toBeNull();
  });
});

describe("priceListEnd", () => {
  it.each([
    ["a Russian company's season prices", ["## Цены сезона 2025", "", "- Одиночный прыжок — **4 900 ₽**", "- Парный прыжок — **8 500 ₽** за двоих", "", "Ограничения: возраст от 14 лет."], 4],
    ["an English price list", ["Price list", "- Single jump: £95", "- Tandem jump: £170", "Text."], 3],
  ])("ends after %s", (_name, lines, end) => {
    expect(priceListEnd(lines, 0)).toBe(end);
  });

  it.each([
    ["a story's heading on prices", ["## Цены", "- Хлеб — 45 ₽", "- Молоко — 90 ₽"]],
    ["a price list heading over prose", ["Our prices", "Prices rose by 5% in May."]],
  ])("is null for %s", (_name, lines) => {
    expect(priceListEnd(lines, 0)).toBeNull();
  });
});

describe("listings beside a story (round 14)", () => {
  it.each([
    ["a station's day on air with its note", ["TODAY ON WVFM", "06:00  Breakfast with Dan & Priti", "10:00  Sally Marsh", "News on the hour, 6am–midnight", "", "RECENTLY PLAYED"], 4],
    ["a station's playlist", ["RECENTLY PLAYED", "14:58  Mira Dane – Open Road", "14:54  The Hollow Coast – Harbour Lights", "", "Text."], 3],
    ["a Russian station's day on air", ["СЕГОДНЯ В ЭФИРЕ", "07:00 · Утренний эфир", "10:00 · Музыкальный час", "Новости — каждый час с 7:00 до 23:00", "Текст."], 4],
  ])("scheduleEnd ends after %s", (_name, lines, end) => {
    expect(scheduleEnd(lines, 0)).toBe(end);
  });

  it.each([
    ["a law firm's services", ["### Услуги бюро", "", "- Защита по уголовным делам — от 50 000 ₽", "- Споры с медицинскими организациями", "- Устная консультация адвоката — 3 000 ₽ / час", "", "---"], 5],
    ["English services", ["Our services", "- Personal injury claims — from £450", "- Inquest representation — from £1,200", "Text."], 3],
  ])("priceListEnd ends after %s", (_name, lines, end) => {
    expect(priceListEnd(lines, 0)).toBe(end);
  });

  it.each([
    [
      "a trade paper's jobs board and its link",
      ["=== JOBS ===", "Scaffold Supervisor (CISRS Advanced)", "Ravensmoor | GBP 48,000-52,000 + van", "Posted by Kestrel Scaffolding Group", "", "Temporary Works Coordinator", "Pellingham | GBP 58,500 | Permanent", "", "View all 214 jobs >", "", "Footer."],
      9,
    ],
    ["a Russian vacancies column", ["Вакансии", "Прораб на объект в Перми", "Пермь | от 120 000 ₽", "", "Монтажник металлоконструкций", "Березники | от 90 000 ₽", "", "Текст."], 6],
  ])("jobsBoardEnd ends after %s", (_name, lines, end) => {
    expect(jobsBoardEnd(lines, 0)).toBe(end);
  });

  it("jobsBoardEnd is null for a story's section on jobs", () => {
    expect(jobsBoardEnd(["Jobs", "The plant employs 210 people.", "Staff have been told to stay at home on full pay."], 0)).toBeNull();
  });

  it.each([
    [
      "an ombudsman's reception hours",
      ["### 🗓 Приём граждан", "", "- **Уполномоченный Е. В. Гарбузова** — вторник, 10:00–13:00, по предварительной записи", "- **Заместитель С. А. Бельцова** — четверг, 14:00–17:00", "- Запись: 8 (4900) 41-22-70", "", "---"],
      5,
    ],
    ["an MP's office hours", ["Office hours", "- Fridays, 10:00–12:00, Town Hall", "- Saturdays, 9:30–11:00, library", "Text."], 3],
  ])("receptionHoursEnd ends after %s", (_name, lines, end) => {
    expect(receptionHoursEnd(lines, 0)).toBe(end);
  });

  it("receptionHoursEnd is null for hours without times", () => {
    expect(receptionHoursEnd(["Приём граждан", "- приостановлен до 20 июля"], 0)).toBeNull();
  });
});
