import { spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { IndexBusyError, lockIndexFolder } from "../../src/index/build-lock.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const TSX_LOADER = pathToFileURL(join(ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href;
const LOCK_MODULE = pathToFileURL(join(ROOT, "src", "index", "build-lock.ts")).href;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "lock-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A process that lives until killed (its pid stands for another builder). */
function otherProcess() {
  const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
  return {
    pid: child.pid!,
    async kill() {
      child.kill("SIGKILL");
      if (child.exitCode === null && child.signalCode === null) await new Promise((done) => child.once("exit", done));
    },
  };
}

/** Runs `script` (ESM, with `lockIndexFolder` and `IndexBusyError` in scope) in a new Node process. */
function runNode(script: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  const source = `import { lockIndexFolder, IndexBusyError } from ${JSON.stringify(LOCK_MODULE)};\n${script}`;
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ["--import", TSX_LOADER, "--input-type=module", "-e", source, "--", ...args], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", fail);
    child.on("close", (code) => done({ code, stderr }));
  });
}

describe("lockIndexFolder", () => {
  it("lets one build at a time into a folder, takes over a lock whose process died, and leaves nothing behind", async () => {
    const release = await lockIndexFolder(dir);
    await expect(lockIndexFolder(dir)).rejects.toBeInstanceOf(IndexBusyError);
    await release();

    // A lock file of an older version, held by a live process: refused; once it died: taken over.
    const other = otherProcess();
    try {
      await writeFile(join(dir, ".build.lock"), String(other.pid));
      await expect(lockIndexFolder(dir)).rejects.toMatchObject({ holder: other.pid });
    } finally {
      await other.kill();
    }
    const again = await lockIndexFolder(dir);
    await again();
    expect(await readdir(dir)).toEqual([]);
  });

  it("never lets two processes build at once, however they race for the lock or die holding it", async () => {
    const log = join(dir, "log.txt");
    await writeFile(log, "");
    // Each process takes the lock 25 times (retrying while busy), logging entering and leaving; the
    // 25th time it dies holding it, so that the others race to take over a dead builder's lock.
    const script = `
      import { appendFileSync } from "node:fs";
      const [dir, log] = process.argv.slice(-2);
      let held = 0;
      for (;;) {
        let release;
        try {
          release = await lockIndexFolder(dir);
        } catch (error) {
          if (!(error instanceof IndexBusyError)) throw error;
          await new Promise((r) => setTimeout(r, Math.random() * 3));
          continue;
        }
        appendFileSync(log, "in " + process.pid + "\\n");
        await new Promise((r) => setTimeout(r, Math.random() * 3));
        if (++held === 25) {
          appendFileSync(log, "died " + process.pid + "\\n");
          process.exit(0);
        }
        appendFileSync(log, "out " + process.pid + "\\n");
        await release();
      }
    `;
    const lockDir = join(dir, "index");
    const runs = await Promise.all(Array.from({ length: 6 }, () => runNode(script, [lockDir, log])));
    for (const run of runs) expect(run.stderr).toBe("");

    const events = (await readFile(log, "utf8")).trim().split("\n");
    expect(events).toHaveLength(6 * 25 * 2);
    let inside: string | null = null;
    for (const event of events) {
      const [what, pid] = event.split(" ");
      if (what === "in") {
        expect(inside, "two builders at once").toBeNull();
        inside = pid ?? null;
      } else {
        expect(inside).toBe(pid);
        inside = null;
      }
    }
    // The last one's lock is left behind by its death; the next build takes it over.
    const release = await lockIndexFolder(lockDir);
    await release();
    expect((await readdir(lockDir)).filter((name) => name.includes("lock"))).toEqual([]);
  });

  it("releases only its own lock, never one another builder holds", async () => {
    const release = await lockIndexFolder(dir);
    // Meanwhile another (live) builder holds the folder, as after a takeover.
    const other = otherProcess();
    try {
      await writeFile(join(dir, ".build.lock"), String(other.pid));
      await release();
      await expect(lockIndexFolder(dir)).rejects.toMatchObject({ holder: other.pid });
    } finally {
      await other.kill();
    }
  });
});
