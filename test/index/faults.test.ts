/**
 * Index-level faults a user can run into: the indexer killed mid-build, damaged index files,
 * and a full disk while writing. In each case the previous index must keep answering (or the
 * user must be told, without a stack trace, to run `npm run index`).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { watch } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openAnswerService } from "../../src/answer/answer-service.ts";
import type { AnswerService } from "../../src/answer/types.ts";
import type { Embedder } from "../../src/embedding/embedder.ts";
import { buildIndex } from "../../src/index/build-index.ts";
import { IndexCorruptError, openIndex, readIndex, readManifest, vocabularyFile } from "../../src/index/store.ts";
import { ensureTinyModel, loadTinyEmbedder } from "../helpers/tiny-model.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const TSX_BIN = join(ROOT, "node_modules", ".bin", "tsx");
/** tsx as a Node loader: `node --import <this> script.ts` runs the script in one process, so SIGKILL hits the indexer itself. */
const TSX_LOADER = pathToFileURL(join(ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href;
const INDEX_SCRIPT = join(ROOT, "scripts", "index.ts");
const ASK_SCRIPT = join(ROOT, "scripts", "ask.ts");

/** The English article about the Crocus City Hall attack. */
const CROCUS_DOC = "000_87f934314bcdc9c2.txt";
const CROCUS_QUESTION = "How many people died in the Crocus City Hall attack?";
/** Copies of each seed in the corpus whose build is killed: enough for the write phase to last a while. */
const COPIES_FOR_KILLED_BUILD = 300;

/** Settings under which the CLIs find no model and build or serve lexically. */
const NO_MODEL_ENV = { EMBEDDING_MODEL: "acme/no-such-model", MODELS_DIR: "no-models-here" };

let work: string;
let seeds: string;
let tinyModel: string;
let embedder: Embedder;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "index-faults-"));
  seeds = join(work, "seeds");
  await cp(join(ROOT, "seeds"), seeds, { recursive: true });
  tinyModel = await ensureTinyModel();
  embedder = await loadTinyEmbedder({ model: tinyModel, modelsDir: join(work, "models") });
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** sha256 of every file under `dir`, by relative path: equal snapshots mean nothing was touched. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    files[relative(dir, file)] = createHash("sha256").update(await readFile(file)).digest("hex");
  }
  return files;
}

/** Entries of the index folder other than the manifest and the segments and vocabulary it names. */
async function strayEntries(dir: string): Promise<string[]> {
  const manifest = await readManifest(dir);
  const named = new Set(["manifest.json", vocabularyFile(manifest.vocabularyHash), ...manifest.segments.map((s) => s.dir)]);
  return (await readdir(dir)).filter((name) => !named.has(name));
}

interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function collect(child: ChildProcess): Promise<Finished> {
  return new Promise((resolvePromise, reject) => {
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code, signal) => resolvePromise({ code, signal, stdout, stderr }));
  });
}

/** Environment of a spawned CLI: nothing from the developer's shell or .env but PATH and HOME. */
function cliEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  // Offline: tests never reach the network (no model download).
  return { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? work, ALLOW_REMOTE_MODELS: "false", ...extra };
}

/** `npm run ask -- --index DIR QUESTION`, run from an empty folder. */
function ask(indexDir: string, question: string, env: Record<string, string>): Promise<Finished> {
  const child = spawn(TSX_BIN, [ASK_SCRIPT, "--index", indexDir, question], {
    cwd: work,
    env: cliEnv({ SEEDS_DIR: seeds, ...env }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  return collect(child);
}

/** A seeds folder with `copies` renamed copies of every real seed, each made unique by a last line. */
async function bigSeeds(copies: number): Promise<string> {
  const dir = join(work, "big-seeds");
  await mkdir(dir, { recursive: true });
  const originals = (await readdir(seeds)).filter((name) => name.endsWith(".txt")).sort();
  const texts = await Promise.all(originals.map((name) => readFile(join(seeds, name), "utf8")));
  for (let copy = 0; copy < copies; copy++) {
    await Promise.all(
      originals.map((name, i) =>
        writeFile(join(dir, `${String(copy).padStart(4, "0")}_${name}`), `${texts[i] ?? ""}\n\nCopy ${copy}.\n`),
      ),
    );
  }
  return dir;
}

/**
 * Opens the index in `dir` as the bot does and asks about the Crocus attack: the reply must
 * quote the documents verbatim and mention Crocus. Returns the service for further checks.
 */
async function expectCrocusAnswer(dir: string, model: Embedder | null): Promise<AnswerService> {
  const service = await openAnswerService({ seedsDir: seeds, indexDir: dir, embedder: model });
  const reply = await service.answer(CROCUS_QUESTION);
  expect(reply.abstained).toBe(false);
  expect(reply.quotes.map((q) => q.text).join(" ")).toMatch(/115/);
  const { articles } = await readIndex(dir, { model: model?.modelId ?? null });
  const texts = new Map(articles.map((a) => [a.id, a.text]));
  for (const quote of reply.quotes) expect(texts.get(quote.doc)?.slice(quote.start, quote.end)).toBe(quote.text);
  return service;
}

describe("the indexer killed during a rebuild", () => {
  it("leaves the previous index answering, and the next build removes what the killed one left", async () => {
    const out = join(work, "killed");
    await buildIndex({ seedsDir: seeds, outDir: out, embedder: null });
    const before = await readManifest(out);
    const beforeFiles = await snapshot(join(out, before.dataDir));

    const big = await bigSeeds(COPIES_FOR_KILLED_BUILD);
    const child = spawn(process.execPath, ["--import", TSX_LOADER, INDEX_SCRIPT, "--seeds", big, "--out", out], {
      cwd: work,
      env: cliEnv(NO_MODEL_ENV),
      stdio: ["ignore", "pipe", "pipe"],
    });
    const finished = collect(child);
    // Kill it the moment its temporary build folder appears, i.e. while it writes the new index.
    let killedMidWrite = false;
    const killOnTmp = (): void => {
      if (killedMidWrite) return;
      void readdir(out).then((names) => {
        if (!killedMidWrite && names.some((name) => name.startsWith(".tmp-seg-"))) {
          killedMidWrite = child.kill("SIGKILL");
        }
      });
    };
    const watcher = watch(out, killOnTmp);
    const poll = setInterval(killOnTmp, 5);
    const result = await finished;
    watcher.close();
    clearInterval(poll);

    expect(result.signal, `the build finished before it could be killed:\n${result.stdout}${result.stderr}`).toBe("SIGKILL");
    expect(killedMidWrite).toBe(true);
    // Still the old index, byte for byte, and it answers.
    expect(await readManifest(out)).toEqual(before);
    expect(await snapshot(join(out, before.dataDir))).toEqual(beforeFiles);
    const data = await readIndex(out, { model: null });
    expect(data.manifest.counts.documents).toBe(5);
    await expectCrocusAnswer(out, null);

    // The killed build left its temporary folder behind; the next build cleans it up.
    const leftovers = await strayEntries(out);
    expect(leftovers.some((name) => name.startsWith(".tmp-seg-"))).toBe(true);
    await buildIndex({ seedsDir: seeds, outDir: out, embedder: null });
    expect(await strayEntries(out)).toEqual([]);
    expect((await readdir(out)).filter((name) => name.startsWith(".tmp-"))).toEqual([]);
  });
});

describe("a damaged index file", () => {
  const damages: { name: string; damage: (dir: string, dataDir: string) => Promise<void> }[] = [
    ...["passages.idx", "passages.bin", "postings.bin", "lexical.bin"].map((name) => ({
      name: `${name} cut in half`,
      damage: async (dir: string, dataDir: string) => {
        const file = join(dir, dataDir, name);
        await truncate(file, Math.floor((await stat(file)).size / 2));
      },
    })),
    {
      name: "hnsw.bin cut short by 100 bytes",
      damage: async (dir, dataDir) => {
        const file = join(dir, dataDir, "hnsw.bin");
        await truncate(file, (await stat(file)).size - 100);
      },
    },
    {
      name: "manifest.json overwritten with garbage",
      damage: (dir) => writeFile(join(dir, "manifest.json"), "\u0000\u0007not json at all{{"),
    },
  ];

  it.each(damages)("$name: loading fails with IndexCorruptError and `npm run ask` says to run `npm run index`", async ({ name, damage }) => {
    const out = join(work, `damaged-${name.split(" ")[0]}`);
    // openIndex (the bot and `ask`) must notice it as well as readIndex (tools).
    const built = await buildIndex({ seedsDir: seeds, outDir: out, embedder });
    await damage(out, built.manifest.dataDir);

    const failure = readIndex(out, { model: embedder.modelId, dimensions: embedder.dimensions });
    await expect(failure).rejects.toBeInstanceOf(IndexCorruptError);
    await expect(failure).rejects.toThrow(/npm run index/);
    await expect(openIndex(out, { model: embedder.modelId, dimensions: embedder.dimensions })).rejects.toBeInstanceOf(IndexCorruptError);

    const result = await ask(out, CROCUS_QUESTION, { EMBEDDING_MODEL: tinyModel, MODELS_DIR: join(work, "models") });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("npm run index");
    expect(result.stderr).toContain(resolve(out));
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stdout).toBe("");
  });
});

describe("a full disk while writing the index", () => {
  /** A write failure as the OS reports it when the disk is full. */
  function diskFull(file: string): Error {
    return Object.assign(new Error(`ENOSPC: no space left on device, write '${file}'`), { code: "ENOSPC", errno: -28, syscall: "write" });
  }

  it.each([
    { mode: "lexical", failAfter: "articles.json" },
    { mode: "lexical", failAfter: "passages.bin" },
    { mode: "lexical", failAfter: "lexical.json" },
    { mode: "hybrid", failAfter: "vectors.f32" },
    { mode: "hybrid", failAfter: "hnsw.bin" },
  ] as const)("$mode build failing after $failAfter: rejects, the old index is unchanged and no temporary folder is left", async ({ mode, failAfter }) => {
    const model = mode === "hybrid" ? embedder : null;
    const out = join(work, `full-${mode}-${failAfter}`);
    await buildIndex({ seedsDir: seeds, outDir: out, embedder: model });
    const before = await snapshot(out);

    // A changed corpus, so that the failed build would have written something different.
    const changedSeeds = join(work, `changed-${mode}-${failAfter}`);
    await cp(seeds, changedSeeds, { recursive: true });
    await rm(join(changedSeeds, CROCUS_DOC));
    await writeFile(join(changedSeeds, "950_added.txt"), "Kyzylorda tram line to open in spring\n\nThe Kyzylorda tram line will open in April 2025, the city akimat said.\n");
    const build = buildIndex({
      seedsDir: changedSeeds,
      outDir: out,
      embedder: model,
      write: {
        onFileWritten: (file) => {
          if (file === failAfter) throw diskFull(file);
        },
      },
    });
    await expect(build).rejects.toMatchObject({ code: "ENOSPC" });

    expect(await snapshot(out)).toEqual(before);
    expect(await strayEntries(out)).toEqual([]);
    const service = await expectCrocusAnswer(out, model);
    expect(service.stats().documents).toBe(5);
  });
});
