import { describe, expect, it } from "vitest";
import { mapLegendEnd } from "../../src/corpus/map-legend.ts";

describe("mapLegendEnd", () => {
  it.each([
    [
      "a hazard report's numbered legend with its base map",
      ["4. MAP LEGEND (Sheet RHA-117/1, scale 1:5,000)", "", "███  RED ZONE — exclusion, no entry", "▒▒▒  AMBER ZONE — restricted access", "▲     Rain gauge (primary school)", "Base map: NPGS topographic series, contours at 10 m.", "", "Disclaimer: …"],
      6,
    ],
    ["a Russian map key", ["Условные обозначения к карте", "▲  Пост наблюдения", "■  Затопленный дом", "", "Текст."], 3],
  ])("ends after %s", (_name, lines, end) => {
    expect(mapLegendEnd(lines, 0)).toBe(end);
  });

  it.each([
    ["a legend without symbol rows", ["Legend", "The legend of the lake monster drew tourists."]],
    ["a story's line", ["The map legend was wrong, the council admitted.", "▲ Rain gauge"]],
  ])("is null for %s", (_name, lines) => {
    expect(mapLegendEnd(lines, 0)).toBeNull();
  });
});
