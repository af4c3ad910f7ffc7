import { describe, expect, it } from "vitest";
import { readPhotoPost } from "../../src/corpus/photo-post.ts";

describe("readPhotoPost", () => {
  it("keeps the caption and the author's own comments; the head, pictures, foot, readers' comments and footer go", () => {
    const lines = [
      "Instagram                [Log in]  [Sign up]",
      "",
      "ashenbyecho ✓ · Follow",
      "Pell's Drove Level Crossing, Ashenby",
      "[Carousel · 1/3 · May be an image of train and field]",
      "",
      "ashenbyecho  🚨 TRAIN HITS TRACTOR NEAR ASHENBY: ONE DEAD, 14 HURT",
      "",
      "A passenger train ploughed into a tractor at 7:52am today.",
      "Edited · 11h",
      "♡ 💬 ➤        🔖",
      "3,418 likes",
      "16 October",
      "",
      "ashenbyecho 📌 Pinned",
      "UPDATE 4.15pm: Inspectors are at the crossing.",
      "10h  212 likes  Reply",
      "    ── View replies (18)",
      "",
      "dan.fenwick89  I was in the second carriage.",
      "9h  96 likes  Reply",
      "ashenbyecho  @sarahjpeel A repair visit was booked for 17 October.",
      "8h  88 likes  Reply",
      "",
      "View all 287 comments",
      "More posts from ashenbyecho",
      "English (UK) ⌄       © 2031 Instagram from Meta",
    ].map((line) => line.trim());
    expect(readPhotoPost(lines)).toEqual({
      lines: [
        "🚨 TRAIN HITS TRACTOR NEAR ASHENBY: ONE DEAD, 14 HURT",
        "",
        "A passenger train ploughed into a tractor at 7:52am today.",
        "",
        "UPDATE 4.15pm: Inspectors are at the crossing.",
        "",
        "A repair visit was booked for 17 October.",
      ],
      author: "ashenbyecho",
      stamp: "16 October 2031",
    });
  });

  it("reads a Russian post («Подписаться», «Закреплено»)", () => {
    const lines = ["kamsk_news ✓ · Подписаться", "", "kamsk_news  ПОЖАР НА РЫНКЕ: ОДИН ПОГИБШИЙ", "Огонь охватил торговый корпус.", "1 240 отметок «нравится»", "", "kamsk_news 📌 Закреплено", "Дополнение: пожар потушен в 09:50.", "", "ivan_k  Ужас, сочувствую.", "2 ч  4 likes  Ответить"];
    expect(readPhotoPost(lines)?.lines).toEqual(["ПОЖАР НА РЫНКЕ: ОДИН ПОГИБШИЙ", "Огонь охватил торговый корпус.", "", "Дополнение: пожар потушен в 09:50."]);
    expect(readPhotoPost(lines)?.author).toBe("kamsk_news");
  });

  it("is null without an author's line over a caption", () => {
    expect(readPhotoPost(["Follow us on Instagram · @ashenbyecho", "A train hit a tractor."])).toBeNull();
  });
});
