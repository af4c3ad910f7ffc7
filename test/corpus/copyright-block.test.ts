import { describe, expect, it } from "vitest";
import { dropCopyrightBlock } from "../../src/corpus/copyright-block.ts";

describe("dropCopyrightBlock", () => {
  it("drops a Russian page's closing block ending with its copyright; the owner names the outlet", () => {
    const lines = ["Шахта остановлена.", "", "Адрес управления: г. Сыктывкар, ул. Первомайская, 62", "Сведения публикуются по приказу об открытых данных. © Ростехнадзор, 2034", ""];
    expect(dropCopyrightBlock(lines)).toEqual({ owner: "Ростехнадзор" });
    expect(lines).toEqual(["Шахта остановлена.", ""]);
  });

  it("reads an English copyright with the year first", () => {
    const lines = ["The mine was closed.", "", "Address: Town Hall, Ashby · Switchboard 01632 960 000", "© 2034 Ashby Council · Privacy"];
    expect(dropCopyrightBlock(lines)).toEqual({ owner: "Ashby Council" });
    expect(lines).toEqual(["The mine was closed.", ""]);
  });

  it.each([
    ["a last line with no copyright", ["Text.", "", "Address: Town Hall"]],
    ["a block longer than four lines", ["Text.", "", "a", "b", "c", "d", "© 2034 Ashby Council"]],
    ["a page that is only the block", ["Text.", "© 2034 Ashby Council"]],
  ])("leaves %s alone", (_name, lines) => {
    const before = [...lines];
    expect(dropCopyrightBlock(lines)).toBeNull();
    expect(lines).toEqual(before);
  });
});
