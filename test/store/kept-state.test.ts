import { afterEach, describe, expect, it } from "vitest";
import { openBotStore } from "../../src/store/bot-store.ts";
import type { KeptStateOptions } from "../../src/store/kept-state.ts";
import { openSqlite } from "../../src/store/sqlite.ts";
import { openScratchStore, type ScratchStore } from "../helpers/scratch-store.ts";

interface Turn {
  question: string;
}

const turnState = (maxEntries = 3): KeptStateOptions<Turn> => ({
  kind: "turn.test",
  ttlMs: 10 * 60 * 1000,
  maxEntries,
  decode: (value) =>
    typeof value === "object" && value !== null && "question" in value && typeof value.question === "string" ? { question: value.question } : undefined,
});

let clock = 0;
const now = () => clock;
let scratch: ScratchStore | undefined;
afterEach(async () => {
  await scratch?.cleanup();
  scratch = undefined;
  clock = 0;
});

describe("state kept between updates", () => {
  it("survives a restart, and expires 10 minutes after it was written, restart or not", async () => {
    scratch = await openScratchStore({ now });
    scratch.store.kept(turnState()).set("chat1:user1", { question: "How many people died at Crocus City Hall?" });
    scratch.store.close();

    clock = 9 * 60 * 1000;
    const reopened = openBotStore({ path: scratch.path, retentionDays: 30, now });
    const turns = reopened.kept(turnState());
    expect(turns.get("chat1:user1")).toEqual({ question: "How many people died at Crocus City Hall?" });
    clock = 10 * 60 * 1000;
    // Expired in memory (the cache) and in the file alike.
    expect(turns.get("chat1:user1")).toBeUndefined();
    reopened.close();
    const again = openBotStore({ path: scratch.path, retentionDays: 30, now });
    expect(again.kept(turnState()).get("chat1:user1")).toBeUndefined();
    again.close();
  });

  it("keeps at most maxEntries, the least recently written going first, and forgets a deleted entry", async () => {
    scratch = await openScratchStore({ now });
    const turns = scratch.store.kept(turnState(2));
    for (const key of ["a", "b", "c"]) {
      clock += 1;
      turns.set(key, { question: key });
    }
    turns.delete("c");
    // A fresh reader (as after a restart) sees what the file holds.
    const fresh = scratch.store.kept(turnState(2));
    expect([fresh.get("a"), fresh.get("b"), fresh.get("c")]).toEqual([undefined, { question: "b" }, undefined]);
  });

  it("drops a stored value of the wrong shape instead of handing it out", async () => {
    scratch = await openScratchStore({ now });
    scratch.store.kept(turnState()).set("k", { question: "fine" });
    const db = openSqlite(scratch.path);
    db.prepare("UPDATE kept SET value = ? WHERE key = 'k'").run(JSON.stringify({ question: 42 }));
    db.prepare("INSERT INTO kept (kind, key, value, written_at, expires_at) VALUES ('turn.test', 'broken', '{not json', 0, 999999)").run();
    db.close();
    const fresh = scratch.store.kept(turnState());
    expect(fresh.get("k")).toBeUndefined();
    expect(fresh.get("broken")).toBeUndefined();
  });

  it("keeps kinds apart", async () => {
    scratch = await openScratchStore({ now });
    scratch.store.kept(turnState()).set("same-key", { question: "a turn" });
    expect(scratch.store.kept({ ...turnState(), kind: "more.test" }).get("same-key")).toBeUndefined();
  });
});
