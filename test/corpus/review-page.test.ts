import { describe, expect, it } from "vitest";
import { readReviewPage } from "../../src/corpus/review-page.ts";

describe("readReviewPage", () => {
  it("drops a review page's bar, ratings and claim invitation; the news item's headline is the title; reviews and replies stay", () => {
    const lines = [
      "★ 1,3 из 5 · 412 оценок · 287 отзывов",
      "*Рейтинг до 10 августа 2030 г.: 4,6*",
      "Еда ★1,2 · Обслуживание ★2,1",
      "### Отзывы · Сортировка: сначала новые ▾",
      "Отравились всей семьёй после обеда в кафе.",
      "Нам очень жаль, мы закрыли кафе до проверки.",
      "### Новости о заведении",
      "**Городские новости · 16 августа 2030**",
      "#### Кафе закрыли после массового отравления",
      "Число отравившихся выросло до 63.",
      "Владелец? [Подтвердите заведение], чтобы отвечать на отзывы.",
    ];
    expect(readReviewPage(lines)).toEqual({
      lines: ["Отравились всей семьёй после обеда в кафе.", "Нам очень жаль, мы закрыли кафе до проверки.", "### Новости о заведении", "**Городские новости · 16 августа 2030**", "Число отравившихся выросло до 63."],
      title: "Кафе закрыли после массового отравления",
    });
  });

  it("reads an English review page without news", () => {
    const lines = ["4.6 out of 5 · 318 reviews", "Reviews · Sort by: newest", "We got sick after eating here.", "Is this your business? Claim it to reply."];
    expect(readReviewPage(lines)).toEqual({ lines: ["We got sick after eating here."], title: null });
  });

  it("leaves a page with no reviews' bar alone", () => {
    expect(readReviewPage(["Reviews of the new law were mixed.", "★ 4.5"])).toBeNull();
  });
});
