import { spawn } from "node:child_process";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { IndexBusyError, lockIndexFolder } from "../../src/index/build-lock.ts";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "lock-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("lockIndexFolder", () => {
  it("lets one build at a time into a folder, and frees it when released", async () => {
    const release = await lockIndexFolder(dir);
    // Held by a live process (this one, as another process would see it): a second build is refused.
    const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 10000)"]);
    try {
      await release();
      await writeFile(join(dir, ".build.lock"), String(child.pid));
      await expect(lockIndexFolder(dir)).rejects.toBeInstanceOf(IndexBusyError);
    } finally {
      child.kill("SIGKILL");
    }
    await new Promise((resolve) => child.once("exit", resolve));
    // The holder died (killed mid-build): its lock is taken over.
    const again = await lockIndexFolder(dir);
    await again();
    expect(await readdir(dir)).toEqual([]);
  });
});
