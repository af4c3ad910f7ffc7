import { describe, expect, it } from "vitest";
import { readFediverseThread } from "../../src/corpus/fediverse-thread.ts";

const PAGE = [
  "social.example — Mastodon",
  "Home · Explore · Log in · Sign up",
  "",
  "Vale Herald @valeherald@social.example",
  "Local news for the Vale. Tips: desk@valeherald.example",
  "1,204 Posts · 8,931 Followers · 212 Following",
  "",
  "Vale Herald @valeherald@social.example · 14 Sep 2034, 14:06",
  "CW: data breach",
  "[Show more]",
  "THREAD 🧵 Records of 212,480 patients were left open on the internet for 47 days. 1/3",
  "↩ 41   🔁 1,862   ⭐ 1,127",
  "",
  "Vale Herald @valeherald@social.example · 14 Sep 2034, 14:08",
  "It was spotted by researcher Priya Andersen (@pandersen@infosec.example) on 3 September. 2/3",
  "↩ 12   🔁 944   ⭐ 610",
  "",
  "Priya Andersen @pandersen@infosec.example · 14 Sep 2034, 14:21",
  "Confirming this. The files were copied by someone else on 28 August.",
  "↩ 33   🔁 2,406   ⭐ 3,918",
  "",
  "Vale Herald @valeherald@social.example · 14 Sep 2034, 14:41",
  "A helpline is open on 0800 014 7720. 3/3",
  "",
  "Rowan Gill @rowangill@mastodon.example · 14 Sep 2034, 14:52",
  "Thanks for the CW and for putting the helpline number up top.",
  "",
  "── End of thread ──",
  "Boosted by 3,800+ accounts · Translate post",
];

describe("readFediverseThread", () => {
  it("keeps the thread's posts and the replies of the accounts it mentions, without heads, warnings, counters and numbers", () => {
    expect(readFediverseThread(PAGE)).toEqual({
      lines: [
        "Records of 212,480 patients were left open on the internet for 47 days.",
        "",
        "It was spotted by researcher Priya Andersen (@pandersen@infosec.example) on 3 September.",
        "",
        "Confirming this. The files were copied by someone else on 28 August.",
        "",
        "A helpline is open on 0800 014 7720.",
      ],
      author: "Vale Herald",
      stamp: "14 Sep 2034, 14:06",
    });
  });

  it("reads a Russian thread and drops a reader's reply", () => {
    const thread = readFediverseThread([
      "Вестник Долины @vestnik@mastodon.example · 2 мар 2035, 09:10",
      "Тред 🧵 В Заречье прорвало теплотрассу, без отопления 40 домов. 1/2",
      "",
      "Вестник Долины @vestnik@mastodon.example · 2 мар 2035, 09:14",
      "Аварийные бригады обещают дать тепло к вечеру. 2/2",
      "",
      "Ирина @irina@mastodon.example · 2 мар 2035, 09:30",
      "У нас тоже холодно!",
    ]);
    expect(thread?.lines).toEqual(["В Заречье прорвало теплотрассу, без отопления 40 домов.", "", "Аварийные бригады обещают дать тепло к вечеру."]);
    expect(thread?.author).toBe("Вестник Долины");
  });

  it("is null for a single post's head", () => {
    expect(readFediverseThread(PAGE.slice(0, 13))).toBeNull();
  });
});
