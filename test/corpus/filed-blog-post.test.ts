import { describe, expect, it } from "vitest";
import { readFiledBlogPost } from "../../src/corpus/filed-blog-post.ts";

const TEXT = "At about 7.50am on Monday the school bus slid off the lane on the bend and ended up on its side in a ditch.";
const TEXT_RU = "В понедельник около 7:50 школьный автобус занесло на повороте, и он опрокинулся в кювет у деревни; в нём ехал 31 ученик.";

describe("readFiledBlogPost", () => {
  it("takes the post under its crumb and filing rows: the listing above, the rows, the buttons and the footer go", () => {
    const lines = [
      "STENNET LANGUAGE HOUSE",
      "English | Spanish | German",
      "------",
      "UPCOMING COURSE DATES",
      "IELTS Intensive ...... starts Mon 16 February, £520",
      "------",
      "THE STAFFROOM BLOG  >  Community  >  Local news",
      "",
      "Our town after the bus crash: what we know",
      "",
      "Posted in: Community | Tags: winter, road safety | 6 min read",
      "",
      TEXT,
      "",
      "— Helen Reed, Director of Studies",
      "",
      "[ Share this post ]   [ Print ]   [ Back to all posts ]",
      "RELATED POSTS",
      "· Ten English idioms about the weather",
      "------",
      "Stennet Language House Ltd · Registered in England",
    ];
    expect(readFiledBlogPost(lines)).toEqual({
      lines: ["", TEXT, "", "— Helen Reed, Director of Studies", ""],
      title: "Our town after the bus crash: what we know",
      site: "STENNET LANGUAGE HOUSE",
    });
  });

  it("reads a Russian school's post, and no filing row without a crumb over its headline", () => {
    const lines = ["ЯЗЫКОВАЯ ШКОЛА «ЛИНГВА»", "БЛОГ ШКОЛЫ > Новости > Город", "Автобус с детьми опрокинулся в кювет", "Рубрика: Новости | Теги: зима | 5 мин чтения", TEXT_RU, "[ Поделиться ] [ Печать ]", "© Лингва"];
    expect(readFiledBlogPost(lines)).toEqual({ lines: [TEXT_RU], title: "Автобус с детьми опрокинулся в кювет", site: "ЯЗЫКОВАЯ ШКОЛА «ЛИНГВА»" });
    expect(readFiledBlogPost(lines.filter((_, i) => i !== 1))).toBeNull();
  });
});
