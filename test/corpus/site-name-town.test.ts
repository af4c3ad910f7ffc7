import { describe, expect, it } from "vitest";
import { withoutSiteTown } from "../../src/corpus/site-name-town.ts";

describe("withoutSiteTown", () => {
  it("cuts the town after the site's name when the copyright names it without the town (Russian and English)", () => {
    expect(withoutSiteTown("Груминг-салон «Лапушка» · Новоборовск", ["Текст.", "© 2019–2032 Груминг-салон «Лапушка», ИП Ворожейкина Е. А."])).toBe("Груминг-салон «Лапушка»");
    expect(withoutSiteTown("Harbour Yarns · Ashby", ["Story.", "", "© 2031 Harbour Yarns Ltd"])).toBe("Harbour Yarns");
  });

  it("keeps a name the copyright spells with its town, a page without a copyright and a name without a dot", () => {
    expect(withoutSiteTown("Harbour Yarns · Ashby", ["© 2031 Harbour Yarns · Ashby"])).toBe("Harbour Yarns · Ashby");
    expect(withoutSiteTown("Harbour Yarns · Ashby", ["Harbour Yarns is run by volunteers."])).toBe("Harbour Yarns · Ashby");
    expect(withoutSiteTown("Harbour Yarns", ["© 2031 Harbour Yarns"])).toBe("Harbour Yarns");
    expect(withoutSiteTown(null, ["© 2031 Harbour Yarns"])).toBeNull();
  });
});
