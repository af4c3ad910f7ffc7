import { describe, expect, it } from "vitest";
import { readEventPage } from "../../src/corpus/event-page.ts";

describe("readEventPage", () => {
  it("takes the event's name on its card under a cancelled banner as the title; the banner's label and the name leave", () => {
    const lines = [
      "",
      "EVENT CANCELLED",
      "This event has been cancelled by the organiser. All ticket holders will be refunded automatically.",
      "",
      'VELVET FERNS - "Lowlight" UK Tour 2037',
      "Kelsworth Corn Exchange Arena, Wharf Street, Kelsworth",
      "Sat 10 Oct 2037 | Doors 18:30 | Show 20:00",
      "",
      "Three people died in a crush at the entrance.",
    ];
    expect(readEventPage(lines)).toEqual({
      lines: ["", "This event has been cancelled by the organiser. All ticket holders will be refunded automatically.", "", "Kelsworth Corn Exchange Arena, Wharf Street, Kelsworth", "Sat 10 Oct 2037 | Doors 18:30 | Show 20:00", "", "Three people died in a crush at the entrance."],
      title: 'VELVET FERNS - "Lowlight" UK Tour 2037',
    });
  });

  it("reads a Russian event page", () => {
    const lines = ["КОНЦЕРТ ОТМЕНЁН", "", "Группа «Северный ветер» — тур «Маяк»", "ДК «Металлург», Заречинск", "Сб, 10 октября · Вход с 18:30 · Начало в 20:00", "", "Билеты вернут автоматически."];
    expect(readEventPage(lines)?.title).toBe("Группа «Северный ветер» — тур «Маяк»");
  });

  it.each([
    ["a status word in a story", ["The concert was cancelled after the crush.", "Doors 18:30 | Show 20:00"]],
    ["a banner without an event's times", ["EVENT CANCELLED", "", "Refunds will be issued within ten days."]],
  ])("is null for %s", (_name, lines) => {
    expect(readEventPage(lines)).toBeNull();
  });
});
