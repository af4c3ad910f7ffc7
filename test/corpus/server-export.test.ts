import { describe, expect, it } from "vitest";
import { readServerExport } from "../../src/corpus/server-export.ts";

describe("readServerExport", () => {
  it("keeps the members' announcements and drops the head, the bots, the system, the reactions and the footer", () => {
    const lines = [
      "==========",
      "Guild: Riverside SU 🦊 Community",
      "Channel: 📣 announcements",
      "Topic: Official updates. Read-only.",
      "==========",
      "",
      "[08/02/2027 08:02] Modbot#0001 [BOT]",
      "Welcome to #announcements.",
      "",
      "[08/02/2027 09:41] sam.officer [Officer] [President]",
      "@everyone **Flu cases on campus** 🩺",
      "Six students have flu.",
      "",
      "{Reactions}",
      "😷 (212) 👍 (88)",
      "",
      "[08/02/2027 13:20] System",
      "sam.officer pinned a message to this channel.",
      "",
      "==========",
      "Exported 3 message(s)",
      "==========",
    ];
    const read = readServerExport(lines);
    expect(read?.lines.filter((line) => line !== "")).toEqual(["[08/02/2027 09:41] sam.officer [Officer] [President]", "Six students have flu."]);
    expect(read).toMatchObject({ title: "Flu cases on campus", date: "2027-02-08", server: "Riverside SU Community" });
  });

  it("reads a Russian export written month first", () => {
    const lines = ["Сервер: Профком", "Канал: объявления", "", "[02/13/2027 10:00] ivan [Председатель]", "@все **Корь в общежитии**", "Заболели двое."];
    const read = readServerExport(lines);
    expect(read?.date).toBe("2027-02-13");
    expect(read?.title).toBe("Корь в общежитии");
    expect(read?.lines).toEqual(["[02/13/2027 10:00] ivan [Председатель]", "Заболели двое."]);
  });

  it("leaves a text without a server's and a channel's line alone", () => {
    expect(readServerExport(["Channel: 4", "The channel 4 news.", "[08/02/2027 09:41] sam", "Text."])).toBeNull();
  });
});
