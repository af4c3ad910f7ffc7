import { describe, expect, it } from "vitest";
import { tabTitleSiteName } from "../../src/corpus/tab-title-site.ts";

describe("tabTitleSiteName", () => {
  it("names the site of a tab's title that the page's copyright repeats (English and Russian)", () => {
    expect(tabTitleSiteName(["Sugar & Spindrift Cake Co. | Order a Celebration Cake", "Home   Cakes", "", "Story.", "VAT reg. 318 4471 20  (c) Sugar & Spindrift Cake Co."])).toBe("Sugar & Spindrift Cake Co.");
    expect(tabTitleSiteName(["Пекарня «Колосок» | Заказ торта", "Текст.", "© 2025 Пекарня «Колосок»"])).toBe("Пекарня «Колосок»");
  });

  it("leaves a first line without a bar, a page whose copyright names another owner and a headline with a bar", () => {
    expect(tabTitleSiteName(["Sugar & Spindrift Cake Co.", "(c) Sugar & Spindrift Cake Co."])).toBeNull();
    expect(tabTitleSiteName(["Sugar & Spindrift | Order a Cake", "(c) Harbour Media Ltd"])).toBeNull();
    expect(tabTitleSiteName(["Boat hit: 11 hurt. Skipper held | Live", "(c) Skipper held"])).toBeNull();
  });
});
