import { describe, expect, it } from "vitest";
import { readShopPage } from "../../src/corpus/shop-page.ts";
import { isDashRule as isRule } from "../helpers/rule-line.ts";

const ru = "С глубокой скорбью сообщаем, что на нашем складе произошёл взрыв с последующим пожаром, погибли два сотрудника. ";
const en = "We are sad to tell you that an explosion and fire destroyed our warehouse on Friday morning; two of our staff died. ";

describe("readShopPage", () => {
  it("takes a fireworks shop's announcement as the title; its head, product cards and pitch go", () => {
    const lines = [
      "# Магазин «Ёж» — салюты с доставкой",
      "📞 8 (800) 555-27-14 · Корзина: 0 товаров · Войти",
      "> Продажа лицам младше 16 лет запрещена.",
      "---",
      "## ⚠️ ОБЪЯВЛЕНИЕ ДЛЯ ПОКУПАТЕЛЕЙ: приём заказов приостановлен",
      ru.repeat(6),
      "---",
      "## 🔥 Хиты сезона",
      "**Батарея «Зимняя сказка»**",
      "**3 490 ₽**",
      "Наличие: ❌ нет в наличии",
      "[В корзину — недоступно]",
      "---",
      "### Почему выбирают нас",
      "✔ Работаем с 2011 года",
      "---",
      "© 2011–2024 «Ёж». Цены не являются офертой.",
    ];
    const read = readShopPage(lines, isRule);
    expect(read?.title).toBe("ОБЪЯВЛЕНИЕ ДЛЯ ПОКУПАТЕЛЕЙ: приём заказов приостановлен");
    expect(read?.owner).toBe("Ёж");
    expect(read?.lines).toEqual(["---", ru.repeat(6), "---", "---", "---", "© 2011–2024 «Ёж». Цены не являются офертой."]);
  });

  it("reads an English shop's page with cards in stock", () => {
    const lines = ["Sparks Fireworks", "Basket (0) | Sign in", "---", "## Notice to customers", en.repeat(6), "---", "## Best sellers", "**Rocket pack**", "£12", "Out of stock", "Add to basket", "---", "Footer"];
    expect(readShopPage(lines, isRule)?.title).toBe("Notice to customers");
  });

  it("leaves a page without a basket row, or without product cards, alone", () => {
    expect(readShopPage(["News site", "---", "## Fire", en.repeat(6), "---", "## Cards", "In stock", "Out of stock", "---"], isRule)).toBeNull();
    expect(readShopPage(["Shop", "Basket (0) | Sign in", "---", "## Notice", en.repeat(6), "---", "Footer"], isRule)).toBeNull();
  });
});
