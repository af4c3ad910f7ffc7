import { reportCliError } from "./lib/cli-errors.ts";
import "dotenv/config";
import { realpathSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import type { BuildProgress, ReindexReport } from "../src/index/build-report.ts";
import { parseConfig } from "../src/config.ts";
import { loadOptionalEmbedder } from "../src/embedding/optional-embedder.ts";
import { buildIndex } from "../src/index/build-index.ts";
import { downloadProgress } from "./lib/download-progress.ts";

/**
 * `npm run index -- [--seeds DIR] [--out DIR] [--require-model] [--verbose]`: builds the search
 * index from the article files. Without a loadable embedding model it falls back, with a one-line
 * warning, to a lexical-only index unless `--require-model` (or REQUIRE_MODEL=true) is given.
 */

const USAGE = `Usage: npm run index -- [--seeds DIR] [--out DIR] [--require-model] [--offline] [--full] [--verbose]

  --seeds DIR        folder with the article files (default: SEEDS_DIR or seeds)
  --out DIR          index folder to write (default: EMBEDDINGS_DIR or embeddings)
  --require-model    fail instead of building a lexical-only index when the model cannot be loaded
  --offline          never download the embedding model (as ALLOW_REMOTE_MODELS=false)
  --full             rewrite every segment, even when only a few articles changed
                     (a few changes otherwise add one small segment: see the README)
  -v, --verbose      list every file in the report, and explain a lexical-only build
  -h, --help         show this help
`;

/** File names shown per list of the report (without --verbose). */
const REPORT_NAMES = 20;

/** Where the CLI writes; `stdout.isTTY` switches the progress bar on. */
export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
}

/**
 * The body of `npm run index`, testable without spawning a process.
 * Returns the exit code: 0 built, 1 failed, 2 bad command line.
 */
export async function runIndexCli(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  io: CliIo,
): Promise<number> {
  const say = (line: string): void => void io.stdout.write(`${line}\n`);
  const complain = (line: string): void => void io.stderr.write(`${line}\n`);

  let args: { seeds?: string; out?: string; "require-model"?: boolean; offline?: boolean; full?: boolean; verbose?: boolean; help?: boolean };
  try {
    args = parseArgs({
      args: [...argv],
      options: {
        seeds: { type: "string" },
        out: { type: "string" },
        "require-model": { type: "boolean" },
        offline: { type: "boolean" },
        full: { type: "boolean" },
        verbose: { type: "boolean", short: "v" },
        help: { type: "boolean", short: "h" },
      },
      allowPositionals: false,
      strict: true,
    }).values;
  } catch (error) {
    complain(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    say(USAGE);
    return 0;
  }

  let bar: cliProgress.SingleBar | null = null;
  try {
    const config = parseConfig(env);
    const seedsDir = resolve(args.seeds ?? config.seedsDir);
    const outDir = resolve(args.out ?? config.embeddingsDir);
    const requireModel = args["require-model"] === true || config.embedding.require;

    const verbose = args.verbose === true;
    const allowRemote = config.embedding.allowRemote && args.offline !== true;
    const embedder = await loadOptionalEmbedder(
      { ...config.embedding, require: requireModel, allowRemote },
      (warning, details) => {
        complain(warning);
        if (verbose) complain(details);
      },
      { events: downloadProgress(io.stderr as NodeJS.WriteStream) },
    );

    say(`Indexing ${seedsDir} into ${outDir} (${embedder ? `model ${embedder.modelId}` : "lexical-only"})`);
    const useBar = io.stdout.isTTY === true;
    let lastPhase: BuildProgress["phase"] | null = null;
    let lastTenth = -1;
    const onProgress = (p: BuildProgress): void => {
      if (useBar && p.phase === "embedding" && p.total > 0) {
        if (!bar) {
          bar = new cliProgress.SingleBar(
            { stream: io.stdout, format: "Embedding [{bar}] {percentage}% | {value}/{total} passages | ETA {eta}s" },
            cliProgress.Presets.shades_classic,
          );
          bar.start(p.total, p.done);
        }
        bar.update(p.done);
        return;
      }
      if (bar && p.phase !== "embedding") {
        bar.stop();
        bar = null;
      }
      if (!useBar && p.phase === "embedding" && p.total > 0) {
        const tenth = Math.floor((p.done / p.total) * 10);
        if (tenth !== lastTenth) {
          lastTenth = tenth;
          say(`embedding: ${p.done}/${p.total} passages`);
        }
      } else if (p.phase !== lastPhase && (p.phase === "loading" || p.phase === "writing")) {
        say(p.phase === "loading" ? "loading and splitting the articles…" : "writing the index…");
      }
      lastPhase = p.phase;
    };

    const result = await buildIndex({ seedsDir, outDir, embedder, onProgress, full: args.full === true });
    stopBar(bar);
    bar = null;
    for (const line of formatReport(result.report, result.embedded, result.reused, { verbose, kind: result.kind })) say(line);
    return 0;
  } catch (error) {
    stopBar(bar);
    return reportCliError(error, io.stderr, env);
  }
}

function stopBar(bar: cliProgress.SingleBar | null): void {
  bar?.stop();
}

/**
 * The summary printed after a build, one fact per line: counts, and for each list (added, changed,
 * removed, skipped, warnings) at most 20 names and "… and N more", every name with `verbose`.
 */
export function formatReport(
  report: ReindexReport,
  embedded: number,
  reused: number,
  options: { verbose?: boolean; kind?: "full" | "incremental" } = {},
): string[] {
  const limit = options.verbose ? Infinity : REPORT_NAMES;
  const more = (total: number): string => `… and ${total - limit} more`;
  const names = (ids: string[]): string => {
    if (ids.length === 0) return "none";
    const shown = ids.slice(0, limit);
    return `${ids.length} (${[...shown, ...(ids.length > limit ? [more(ids.length)] : [])].join(", ")})`;
  };
  const items = (title: string, entries: string[]): string[] => {
    if (entries.length === 0) return [`${title}: none`];
    const lines = [`${title}: ${entries.length}`, ...entries.slice(0, limit).map((entry) => `  - ${entry}`)];
    if (entries.length > limit) lines.push(`  ${more(entries.length)} (--verbose lists them all)`);
    return lines;
  };
  return [
    `documents: ${report.documents}`,
    `passages: ${report.passages}`,
    `mode: ${report.mode}`,
    ...(options.kind ? [`build: ${options.kind === "full" ? "full (every segment written)" : "incremental (what changed added as one segment)"}`] : []),
    `time: ${report.buildMs < 1000 ? `${report.buildMs} ms` : `${(report.buildMs / 1000).toFixed(1)} s`}`,
    `embedded: ${embedded} passages (reused ${reused})`,
    `added: ${names(report.added)}`,
    `changed: ${names(report.changed)}`,
    `removed: ${names(report.removed)}`,
    ...items("skipped", report.skipped.map((s) => `${s.file}: ${s.reason}`)),
    ...items("warnings", report.warnings.map((w) => `${w.file}:${w.line}: ${w.message}`)),
  ];
}

function isMain(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  process.exitCode = await runIndexCli(process.argv.slice(2), process.env, {
    stdout: process.stdout,
    stderr: process.stderr,
  });
}
