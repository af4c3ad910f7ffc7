import { describe, expect, it } from "vitest";
import { readCoverageCluster } from "../../src/corpus/coverage-cluster.ts";

describe("readCoverageCluster", () => {
  it.each([
    [
      "an English cluster",
      ["NewsSift · Full coverage", "Ashgrove rooftop balcony collapse", "── TOP COVERAGE ──", "KAGV 9 · 41 min ago", "Third victim dies", "", "FULL STORY · from Ashgrove Daily Courier · 3 hr ago", "Three dead after balcony collapses", "A balcony fell 62 feet."],
      { lines: ["Three dead after balcony collapses", "A balcony fell 62 feet."], outlet: "Ashgrove Daily Courier", stamp: "3 hr ago" },
    ],
    [
      "a Russian cluster",
      ["Сюжет: пожар на рынке", "Вечерний Верхнедольск · 2 ч назад", "Пожар на рынке потушен", "ПОЛНЫЙ ТЕКСТ · из «Уральского вестника» · 3 ч назад", "Рынок сгорел за ночь."],
      { lines: ["Рынок сгорел за ночь."], outlet: "Уральского вестника", stamp: "3 ч назад" },
    ],
  ])("keeps only the full story under its line, whose outlet wrote it: %s", (_name, lines, cluster) => {
    expect(readCoverageCluster(lines)).toEqual(cluster);
  });

  it("is null for a story that mentions a full story", () => {
    expect(readCoverageCluster(["The full story, from the Courier, is below.", "A balcony fell."])).toBeNull();
  });
});
