import { describe, expect, it } from "vitest";
import { isAccountRow } from "../../src/corpus/counter-account-row.ts";
import { openingSiteName } from "../../src/corpus/opening-site-name.ts";

describe("isAccountRow: a row of account and basket links opening a shop's page", () => {
  it.each([
    ["Войти · Корзина сертификатов (0) · 📍 г. Ольгинск, ул. Набережная, 17 · ☎ +7 (495) 555-41-08", true],
    ["Личный кабинет | Избранное (2) | Корзина (0)", true],
    ["Sign in | Wishlist (0) | Basket (0)", true],
    ["My account · Cart: 0 items", true],
    ["🛒 Basket (3) · Checkout", true],
    // The name before the links, a sentence, a menu.
    ["ACME TOOLS · Basket (0)", false],
    ["Войдите, чтобы оставить отзыв.", false],
    ["Home | Shop | Blog", false],
    ["Кулинарная студия «Тимьян»", false],
  ])("%s → %s", (line, expected) => {
    expect(isAccountRow(line)).toBe(expected);
  });

  it.each([
    [["Войти · Корзина сертификатов (0) · 📍 г. Ольгинск", "", "# 🌿 Кулинарная студия «Тимьян»", "*Готовим вместе с 2015 года*"], "Тимьян"],
    [["Sign in | Wishlist (0) | Basket (0)", "", "# Thyme Cookery School | Cooking together since 2015"], "Thyme Cookery School"],
  ])("openingSiteName passes over it (%j → %s)", (head, name) => {
    expect(openingSiteName(head, (found) => found)).toBe(name);
  });
});
