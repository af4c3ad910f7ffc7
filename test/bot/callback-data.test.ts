import { describe, expect, it } from "vitest";
import { CallbackDataError, callbackCodec, MORE_BUTTON, UPLOAD_BUTTON, VOTE_BUTTON } from "../../src/bot/callback-data.ts";

describe("typed callback data", () => {
  it("packs and unpacks each kind of button, in the form Telegram clients already hold", () => {
    expect(MORE_BUTTON.pack({ id: "0a1b2c3d4e5f" })).toBe("more:0a1b2c3d4e5f");
    expect(VOTE_BUTTON.pack({ answer: "0a1b2c3d4e5f", vote: "down" })).toBe("fb:0a1b2c3d4e5f:down");
    expect(UPLOAD_BUTTON.pack({ decision: "ok", id: "abc" })).toBe("up:ok:abc");
    expect(VOTE_BUTTON.unpack("fb:0a1b2c3d4e5f:up")).toEqual({ answer: "0a1b2c3d4e5f", vote: "up" });
    expect(UPLOAD_BUTTON.unpack("up:no:zzzz")).toEqual({ decision: "no", id: "zzzz" });
    expect(MORE_BUTTON.pattern.test("more:0a1b2c3d4e5f")).toBe(true);
  });

  it("recognises nothing but its own, well-formed data", () => {
    for (const data of ["fb:abc:meh", "fb:abc", "fb:abc:up:extra", "fb::up", "more:abc", "xfb:abc:up", "fb:a<b:up", "fb:abc:up\n"]) {
      expect(VOTE_BUTTON.unpack(data), data).toBeNull();
      expect(VOTE_BUTTON.pattern.test(data), data).toBe(false);
    }
    expect(MORE_BUTTON.unpack("fb:abc:up")).toBeNull();
    expect(UPLOAD_BUTTON.unpack("up:yes:abc")).toBeNull();
  });

  it("refuses to pack a value outside its field or data over Telegram's 64 bytes", () => {
    expect(() => VOTE_BUTTON.pack({ answer: "a:b", vote: "up" })).toThrow(CallbackDataError);
    expect(() => MORE_BUTTON.pack({ id: "" })).toThrow(CallbackDataError);
    const wide = callbackCodec("wide", { text: /[a-z]{1,100}/ });
    expect(wide.pack({ text: "a".repeat(59) })).toHaveLength(64);
    expect(() => wide.pack({ text: "a".repeat(60) })).toThrow(/longer than 64 bytes/);
  });
});
