import { describe, expect, it } from "vitest";
import { dropSiteRows, isAlertSignup, isPresentingCredit, isSpacedMenuRow } from "../../src/corpus/site-rows.ts";

describe("site rows", () => {
  it.each([
    ["Home   About the quarry   Blasting   Lorry routes   Jobs   Contact", true],
    ["Главная   О карьере   Взрывные работы   Вакансии   Контакты", true],
    ["Home   About us   Contact", false],
    ["Home is where the heart is.   We moved in 1998.   It burned.   Then we left.   Sad.", false],
  ])("menu row %s → %s", (line, menu) => {
    expect(isSpacedMenuRow(line)).toBe(menu);
  });

  it.each([
    ["Get blast alerts by text: send COLDHARROW to 60777 (standard network rates)", true],
    ["Получайте оповещения по SMS: отправьте КАРЬЕР на 5577", true],
    ["Get well soon, said the mayor.", false],
  ])("alert offer %s → %s", (line, offer) => {
    expect(isAlertSignup(line)).toBe(offer);
  });

  it("drops a promoter's presenting credit with its partner, not a promoter's line alone", () => {
    expect(isPresentingCredit("Presented by Halloran Live in association with Brightgate Radio")).toBe(true);
    expect(isPresentingCredit("Promoted by Brightwater Live Ltd")).toBe(false);
    const lines = ["Tour 2027", "Presented by Halloran Live in association with Brightgate Radio", "The roof came down."];
    expect(dropSiteRows(lines)).toBe(true);
    expect(lines).toEqual(["Tour 2027", "The roof came down."]);
  });
});
