import { describe, expect, it } from "vitest";
import { normalizeDate } from "../../src/corpus/dates.ts";
import { readTildeLabelBlog } from "../../src/corpus/tilde-label-blog.ts";

const isDay = (text: string): boolean => normalizeDate(text, true) !== null;
const TEXT = "The fire started at about 1:15pm on Saturday in the gorse near the viewpoint car park, and with the wind gusting to 40mph it ran across the heath.";
const TEXT_RU = "В субботу около 13:15 на пустоши у смотровой площадки загорелась трава, и при порывах ветра до 18 метров в секунду огонь быстро пошёл к дачам.";

describe("readTildeLabelBlog", () => {
  it("takes a locksmith's blog post: its headline, its entry row's day, the name in capitals; the prices, links and footer go", () => {
    const lines = [
      "TREVANION LOCK & KEY",
      "24-hour emergency locksmiths",
      "~~~ WHAT WE CHARGE (fixed prices) ~~~",
      "Locked out, 8am-6pm: £69",
      "~~~ FROM THE VAN: TOM'S BLOG ~~~",
      "Entry 41  |  Community  |  written Tuesday night, 14.08.2029",
      "",
      "The heath fire, and the 41 caravans we opened",
      "",
      TEXT,
      "",
      "- Tom",
      "",
      "[ Previous entry: Why your back door needs a new lock ]   [ All entries ]",
      "AREAS WE COVER: Carrowmere - Pennard",
      "Reviews: 4.9 out of 5 from 388 customers",
    ];
    expect(readTildeLabelBlog(lines, isDay)).toEqual({ lines: [TEXT, "", "- Tom", ""], title: "The heath fire, and the 41 caravans we opened", stamp: "14.08.2029", site: "TREVANION LOCK & KEY" });
  });

  it("reads a Russian workshop's blog without an entry row, down to its next label", () => {
    const lines = ["Мастерская «Ключ»", "~~~ БЛОГ МАСТЕРСКОЙ ~~~", "Пожар на пустоши: как мы помогали", TEXT_RU, "~~~ НАШИ ЦЕНЫ ~~~", "Вскрытие двери — 1 500 ₽"];
    expect(readTildeLabelBlog(lines, isDay)).toEqual({ lines: [TEXT_RU], title: "Пожар на пустоши: как мы помогали", stamp: null, site: null });
  });

  it("reads no page whose labels name no blog, or whose post has no known end", () => {
    expect(readTildeLabelBlog(["~~~ WHAT WE CHARGE ~~~", "The heath fire, and the caravans we opened", TEXT, "[ All entries ]"], isDay)).toBeNull();
    expect(readTildeLabelBlog(["~~~ TOM'S BLOG ~~~", "The heath fire, and the caravans we opened", TEXT], isDay)).toBeNull();
  });
});
