import { describe, expect, it } from "vitest";
import { readBookingPage } from "../../src/corpus/booking-page.ts";

const isRule = (line: string): boolean => /^[=-]{3,}$/u.test(line);

describe("readBookingPage", () => {
  it("keeps a suspension banner's text and drops its label, the head's rating and phone and the widget's price, buttons and ticks", () => {
    const lines = [
      "HARBOUR BOATS Ltd · Ashby Quay",
      "★★★★ 4.5 (900 reviews)",
      "Call us: 01632 960 000",
      "=====",
      "⚠  TOUR SUSPENDED",
      "All boat trips are cancelled until 1 June 2032.",
      "=====",
      "SEAL SAFARI",
      "From £25 per adult · £15 per child",
      "[ Select date ▾ ]  [ BOOK NOW ]",
      "✔ Free cancellation  ✔ Life jackets",
      "",
      "Our boat capsized on Sunday.",
    ];
    expect(readBookingPage(lines, isRule)).toEqual(["HARBOUR BOATS Ltd · Ashby Quay", "All boat trips are cancelled until 1 June 2032.", "SEAL SAFARI", "", "Our boat capsized on Sunday."]);
  });

  it("reads a Russian booking page", () => {
    const lines = ["Морские прогулки «Бриз»", "---", "⚠ ЭКСКУРСИЯ ПРИОСТАНОВЛЕНА", "Все рейсы отменены до 1 июня.", "---", "от 2 500 ₽ за взрослого", "[ ЗАБРОНИРОВАТЬ ]", "Катер затонул в воскресенье."];
    expect(readBookingPage(lines, isRule)).toEqual(["Морские прогулки «Бриз»", "Все рейсы отменены до 1 июня.", "Катер затонул в воскресенье."]);
  });

  it("leaves a booking page with no suspension banner alone", () => {
    expect(readBookingPage(["Seal safari", "From £25 per adult", "[ BOOK NOW ]"], isRule)).toBeNull();
  });
});
