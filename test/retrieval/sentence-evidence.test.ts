import { describe, expect, it } from "vitest";
import { isQuotable } from "../../src/retrieval/sentence-evidence.ts";

describe("isQuotable: publishing furniture is never quoted", () => {
  it.each([
    ["By Maria Olsen | Staff reporter | 14.05.2025 09:12", true, false],
    ["Фото: пресс-служба ООО «Енисейполимер»", true, false],
    ["(Reporting by Jenna Holt; Editing by Mark Delaney)", true, false],
    ["Опубликовано: 12 мая 2025, 21:40", true, false],
    ["Теракты в Дагестане", true, false],
    ["Read more: wildfire season outlook", true, false],
    ["Source: https://example.org/a", true, false],
    ["Пострадало 46 человек, среди которых есть как гражданские лица, так и работники правоохранительных органов.", true, true],
    ["They opened fire on the security forces, intense firefight near the old square of the city", true, true],
    ["The death toll exceeded 115 people.", false, true],
    ["Sweeps continue", false, false],
    ["By Daniel Reyes, Reuters", true, false],
    ["By Saturday morning the fire was 18% contained.", true, true],
    ["By the evening, 300 servicemen had arrived.", false, true],
  ])("%j (alone on its line: %s) → %s", (text, alone, expected) => {
    expect(isQuotable(text, alone)).toBe(expected);
  });
});
