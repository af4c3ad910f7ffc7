import { describe, expect, it } from "vitest";
import { readNoticeBoxPage } from "../../src/corpus/notice-box-page.ts";

const isRule = (line: string): boolean => /^-{3,}$/u.test(line);
const stampDate = (text: string): string | null => {
  const m = /^(?:\p{L}+day )?(\d{1,2}) (June|июня) (\d{4})(?: года)?$/u.exec(text.trim());
  return m ? `${m[3]}-06-${(m[1] ?? "").padStart(2, "0")}` : null;
};
const RULE = "-".repeat(40);
const en = "At about 5:40 a.m. a lorry carrying 388 beehives overturned on the bypass, and millions of bees were released on the verge. ";
const ru = "Около шести утра на трассе перевернулся грузовик с ульями, пчёлы разлетелись по обочине, пострадали девять человек. ";

describe("readNoticeBoxPage", () => {
  it("takes an association's notice under its boxed label: its headline is the title, its issue line dates it; the rest goes", () => {
    const lines = [
      "ASHBY BEEKEEPERS' ASSOCIATION",
      "Home | About us | Join | Contact",
      "SWARM SEEN? Ring our swarm line.",
      RULE,
      "NOTICE TO MEMBERS AND THE PUBLIC",
      "Hive lorry overturned on the bypass",
      RULE,
      "",
      en.repeat(3),
      "",
      en.repeat(2),
      "",
      "Issued on 12 June 2031 by the Hon. Secretary, Jane Reid.",
      "",
      RULE,
      "SPRING HONEY SHOW 2031 – RESULTS",
      RULE,
      "Class 1  Light honey ..... 1st R. Quayle",
      RULE,
      "Ashby Beekeepers' Association · Privacy",
    ];
    expect(readNoticeBoxPage(lines, isRule, stampDate)).toEqual({ lines: ["", en.repeat(3), "", en.repeat(2), "", ""], title: "Hive lorry overturned on the bypass", issued: "12 June 2031" });
  });

  it("takes a charity's news item: the body's lone opening line is the headline, its filing line goes; a box's posting line dates it", () => {
    const lines = [RULE, "MAKE A DONATION", RULE, "Give once: ( ) £10 ( ) £25", RULE, "STATION NEWS · ASHBY", RULE, "", "Four fishermen found alive after 19 hours adrift", "", en.repeat(6), "", "Posted in: Station news · Rescues    Share: [f] [x]", RULE, "Footer"];
    const read = readNoticeBoxPage(lines, isRule, stampDate);
    expect(read?.title).toBe("Four fishermen found alive after 19 hours adrift");
    expect(read?.lines).toEqual(["", "", en.repeat(6), ""]);
    const posted = [RULE, "ОБЪЯВЛЕНИЕ ДЛЯ ЧЛЕНОВ КЛУБА", "Грузовик с ульями перевернулся на трассе", "Опубликовано: секретарь клуба, 12 июня 2031 года", RULE, ru.repeat(6), RULE];
    expect(readNoticeBoxPage(posted, isRule, stampDate)?.issued).toBe("12 июня 2031 года");
  });

  it("leaves a box of status fields and a statement's issuer line closed by its day to other formats", () => {
    expect(readNoticeBoxPage([RULE, "MAJOR INCIDENT UPDATE", "Incident status: AMBER", "Update no. 4, issued 16 June 2031", RULE, en.repeat(6), RULE], isRule, stampDate)).toBeNull();
    expect(readNoticeBoxPage([RULE, "NOTICE TO PILGRIMS", "Statement of the Rector, 7 June 2034", RULE, en.repeat(6), RULE], isRule, stampDate)).toBeNull();
    expect(readNoticeBoxPage([RULE, "STATION NEWS", RULE, en.repeat(6), RULE], isRule, stampDate)).toBeNull();
  });
});
