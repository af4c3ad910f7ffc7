import { describe, expect, it } from "vitest";
import { readRoadFeed } from "../../src/corpus/road-feed.ts";
import { isDashRule as isRule } from "../helpers/rule-line.ts";

describe("readRoadFeed", () => {
  it("keeps the events and the drivers' reports, takes the story's heading and drops the head, the votes and the closing lines", () => {
    const lines = [
      "**Путь.Навигатор** — Карта · Маршрут · Дорожные события",
      "Экспорт ленты «Дорожные события» · участок: трасса М-5, 130–170 км · период: 09.11.2032, 05:00–12:00",
      "Фильтр: ДТП ✓ · Перекрытия ✓",
      "---",
      "💥 **ДТП** · 06:52 · 148 км, в сторону города",
      "«Фура в отбойнике» — *Natalya_K*",
      "Подтвердили: 17 · Не подтвердили: 1 · 👍 Спасибо: 58",
      "---",
      "## Массовое ДТП в тумане: пять погибших",
      "Пять человек погибли.",
      "---",
      "Поделиться: ВКонтакте · Telegram",
      "*Сообщения в ленте оставлены пользователями.*",
      "© 2032 Путь.Навигатор",
    ];
    expect(readRoadFeed(lines, isRule)).toEqual({
      lines: ["💥 **ДТП** · 06:52 · 148 км, в сторону города", "«Фура в отбойнике» — *Natalya_K*", "---", "Пять человек погибли.", "---", "© 2032 Путь.Навигатор"],
      title: "Массовое ДТП в тумане: пять погибших",
      date: "2032-11-09",
      app: "Путь.Навигатор",
    });
  });

  it("reads an English export", () => {
    const lines = ["**RoadPal** — Map · Route", "Road events feed export · section: A1, km 10–40 · period: 09.11.2032", "---", "Crash · 06:52 · km 14", "Confirmed: 17 · Not there: 1", "---", "## Fog pile-up on the A1 kills five", "Five people died."];
    expect(readRoadFeed(lines, isRule)).toMatchObject({ title: "Fog pile-up on the A1 kills five", date: "2032-11-09", app: "RoadPal" });
  });

  it("leaves a page without the export's line alone", () => {
    expect(readRoadFeed(["**RoadPal**", "---", "Crash · 06:52 · km 14", "Confirmed: 17"], isRule)).toBeNull();
  });
});
