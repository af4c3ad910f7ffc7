import { describe, expect, it } from "vitest";
import { readMembersStatement } from "../../src/corpus/members-statement.ts";
import { isDashRule as isRule } from "../helpers/rule-line.ts";

describe("readMembersStatement", () => {
  it("takes a club's statement framed over its posting line; the members-only note and the area's counters go", () => {
    const lines = [
      "Visible to members only. Please do not share screenshots.",
      "-----",
      'STATEMENT FROM THE COMMITTEE: THE CAPSIZE OF "KITTIWAKE II"',
      "Posted to members on Monday 11 May 2037 at 18:30",
      "-----",
      "Dear members,",
      "Members online now: 37  ·  Page views this week: 1,204",
    ];
    expect(readMembersStatement(lines, isRule)).toEqual({
      lines: ["Dear members,"],
      title: 'STATEMENT FROM THE COMMITTEE: THE CAPSIZE OF "KITTIWAKE II"',
      posted: "Monday 11 May 2037",
    });
  });

  it("reads a Russian club's statement, and no posting line outside a frame or under a heading without a statement's word", () => {
    const lines = ["-----", "ОБРАЩЕНИЕ ПРАВЛЕНИЯ: АВАРИЯ НА РЕГАТЕ", "Опубликовано для членов клуба 11 мая 2037 в 18:30", "-----", "Уважаемые члены клуба!"];
    expect(readMembersStatement(lines, isRule)).toEqual({ lines: ["Уважаемые члены клуба!"], title: "ОБРАЩЕНИЕ ПРАВЛЕНИЯ: АВАРИЯ НА РЕГАТЕ", posted: "11 мая 2037" });
    expect(readMembersStatement(["Text", "ОБРАЩЕНИЕ ПРАВЛЕНИЯ", "Опубликовано 11 мая 2037", "Text."], isRule)).toBeNull();
    expect(readMembersStatement(["-----", "CLUB NEWS", "Posted on 11 May 2037", "-----", "Text."], isRule)).toBeNull();
  });
});
