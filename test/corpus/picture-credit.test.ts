import { describe, expect, it } from "vitest";
import { withoutPictureCredits } from "../../src/corpus/picture-credit.ts";

describe("withoutPictureCredits", () => {
  it("cuts the credit opening the line under a picture's marker, the rest stays", () => {
    const lines = ["[Image: tour poster - the band against a sunset]", "Artwork by Studio Fenn. Special guests on all dates: Hollis Crane."];
    expect(withoutPictureCredits(lines)).toEqual(["[Image: tour poster - the band against a sunset]", "Special guests on all dates: Hollis Crane."]);
  });

  it("cuts a Russian credit that fills its line, and leaves a line with no credit or no marker over it alone", () => {
    expect(withoutPictureCredits(["[Фото: сгоревший склад]", "", "Фото: Иван Петров."])).toEqual(["[Фото: сгоревший склад]", "", ""]);
    const plain = ["[Image: the stage]", "The stage came down at 8.52pm."];
    expect(withoutPictureCredits(plain)).toBe(plain);
    const unmarked = ["Artwork by Studio Fenn. The show went on."];
    expect(withoutPictureCredits(unmarked)).toBe(unmarked);
  });
});
