import type { Lang } from "../corpus/article.ts";
import type { Embedder } from "../embedding/embedder.ts";
import { AppError } from "../errors.ts";
import { IndexBusyError } from "../index/build-lock.ts";
import { buildIndex, isIndexStale } from "../index/build-index.ts";
import type { Manifest, ManifestDocument } from "../index/manifest.ts";
import { IndexCorruptError, IndexMismatchError, openIndex, readManifest, type OpenIndex } from "../index/store.ts";
import { LexicalIndex } from "../retrieval/lexical-index.ts";
import { TitleTerms } from "../retrieval/title-terms.ts";
import { answer, type AnswerDeps } from "./compose.ts";
import { sourceOfDocument } from "./source.ts";
import type { AnswerResult, AnswerService, BuildProgress, PreviousTurn, ReindexReport, ServiceStats, Source } from "./types.ts";

/** Raised by `reindex()` while another rebuild is running. */
export class ReindexBusyError extends AppError {
  override name = "ReindexBusyError";

  constructor(options?: { cause?: unknown }) {
    super("A rebuild of the index is already running.", "error.generic", options);
  }
}

/** Where the service logs what it does (a pino logger fits). */
export interface ServiceLogger {
  info(details: object, message?: string): void;
  warn(details: object, message?: string): void;
}

/** Options of `openAnswerService`. */
export interface AnswerServiceOptions {
  seedsDir: string;
  indexDir: string;
  /** Embeds questions and passages; null serves and builds lexically. */
  embedder: Embedder | null;
  /**
   * Build the index first when it is missing, stale, damaged or made with another model
   * (the bot does; `ask` does not: it says what to run instead).
   */
  buildIfStale?: boolean;
  logger?: ServiceLogger;
}

/** An opened index with the answer dependencies made from it. */
export interface Loaded {
  index: OpenIndex;
  deps: AnswerDeps;
  /** Every document's source (made when first asked for: a million-passage index lists 170,000). */
  readonly sources: Source[];
}

/** How long a replaced index stays open after a swap, for answers still reading it, in ms. */
const CLOSE_REPLACED_AFTER_MS = 60_000;

/** Documents looked up by a scan of the manifest's list before a map of them all is made. */
const SCANS_BEFORE_DOCUMENT_MAP = 16;

/** What `answer()` needs from an opened index (also what `npm run tune` replays the decision on). */
export function prepare(index: OpenIndex, embedder: Embedder | null): Loaded {
  const vectors = index.vectors && embedder ? index.vectors : null;
  const passages = { count: index.passageCount, get: (id: number) => index.passage(id) };
  let all: Source[] | null = null;
  const made = new Map<string, Source>();
  let scans = 0;
  let byId: Map<string, ManifestDocument> | null = null;
  const sourceOf = (doc: string): Source | undefined => {
    let source = made.get(doc);
    if (source) return source;
    // The first answers' few documents are looked up by a scan (a few ms at 170,000 documents): a
    // map of them all would cost more at the first answer than those lookups. A service that keeps
    // answering makes the map (its cost soon repaid: every scan reads half the list on average).
    if (!byId && ++scans > SCANS_BEFORE_DOCUMENT_MAP) {
      byId = new Map();
      // The first entry of an id wins, as with the scan.
      for (const d of index.manifest.documents) if (!byId.has(d.id)) byId.set(d.id, d);
    }
    const document = byId ? byId.get(doc) : index.manifest.documents.find((d) => d.id === doc);
    if (!document) return undefined;
    source = sourceOfDocument(document);
    made.set(doc, source);
    return source;
  };
  const lexical = new LexicalIndex(
    index.segments.map((s) => ({ segment: s.segment.lexical, base: s.base, liveDocuments: s.liveDocuments })),
    passages,
    { vocabulary: index.vocabulary },
  );
  return {
    index,
    get sources(): Source[] {
      all ??= index.manifest.documents.map((d) => {
        const source = made.get(d.id) ?? sourceOfDocument(d);
        made.set(d.id, source);
        return source;
      });
      return all;
    },
    deps: {
      sources: sourceOf,
      retrieval: {
        passages,
        lexical,
        vectors,
        embedder: vectors ? embedder : null,
        titles: new TitleTerms((doc) => sourceOf(doc)?.name ?? null, lexical.analyzer, (doc) => sourceOf(doc)?.date ?? null, (doc) => sourceOf(doc)?.outlet ?? null),
        // Vector evidence counts only above what off-topic questions reach with this model (see calibration.ts).
        similarityThreshold: vectors ? (index.manifest.calibration?.threshold ?? null) : null,
      },
    },
  };
}

/**
 * Opens the index (building it first when asked and needed) and returns the service the
 * bot and the CLI answer through. `reindex()` builds a new index aside and swaps it in
 * when complete, so answers keep coming from the old one meanwhile.
 */
export async function openAnswerService(options: AnswerServiceOptions): Promise<AnswerService> {
  const { seedsDir, indexDir, embedder, logger } = options;
  const model = embedder?.modelId ?? null;
  const expectation = { model, dimensions: embedder?.dimensions ?? null };

  let index: OpenIndex;
  if (options.buildIfStale) {
    // Read once for the staleness check and the opening (isIndexStale reports a missing or damaged one).
    let manifest = await readManifest(indexDir).catch(() => undefined);
    const staleness = await isIndexStale(indexDir, seedsDir, embedder, manifest ? { manifest } : {});
    if (staleness.stale) {
      logger?.info({ reason: staleness.reason }, "building the index before serving");
      await buildIndex({ seedsDir, outDir: indexDir, embedder });
      manifest = undefined;
    }
    try {
      index = await openIndex(indexDir, expectation, manifest ? { manifest } : {});
    } catch (error) {
      // A damaged index is rebuilt from the seeds rather than refused: that is what an admin would run.
      if (!(error instanceof IndexCorruptError || error instanceof IndexMismatchError)) throw error;
      logger?.warn({ reason: error.message }, "the index cannot be used; rebuilding it from the seeds");
      await buildIndex({ seedsDir, outDir: indexDir, embedder, full: true });
      index = await openIndex(indexDir, expectation);
    }
  } else {
    index = await openIndex(indexDir, expectation);
  }
  let current = prepare(index, embedder);
  let rebuilding: Promise<ReindexReport> | null = null;
  let questionsAnswered = 0;

  const service: AnswerService = {
    async answer(question: string, answerOptions?: { previous?: PreviousTurn; lang?: Lang }): Promise<AnswerResult> {
      const result = await answer(question, current.deps, answerOptions);
      questionsAnswered += 1;
      return result;
    },
    sources(): Source[] {
      return current.sources;
    },
    stats(): ServiceStats {
      const { manifest } = current.index;
      return {
        documents: manifest.counts.documents,
        passages: manifest.counts.passages,
        model: manifest.model,
        mode: current.deps.retrieval.vectors ? "hybrid" : "lexical",
        builtAt: manifest.builtAt,
        questionsAnswered,
      };
    },
    manifest(): Manifest {
      return current.index.manifest;
    },
    get reindexing(): boolean {
      return rebuilding !== null;
    },
    reindex(onProgress?: (progress: BuildProgress) => void): Promise<ReindexReport> {
      if (rebuilding) return Promise.reject(new ReindexBusyError());
      const run = (async () => {
        const built = await buildIndex({ seedsDir, outDir: indexDir, embedder, onProgress }).catch((error: unknown) => {
          // Another process (say `npm run index`) is building into the same folder: busy, too.
          throw error instanceof IndexBusyError ? new ReindexBusyError({ cause: error }) : error;
        });
        const replaced = current.index;
        current = prepare(await openIndex(indexDir, expectation), embedder);
        // Answers that started on the old index finish on it; its files are closed a minute later.
        setTimeout(() => replaced.close(), CLOSE_REPLACED_AFTER_MS).unref();
        logger?.info({ ...built.report }, "index rebuilt");
        return built.report;
      })();
      rebuilding = run.finally(() => {
        rebuilding = null;
      });
      return rebuilding;
    },
  };
  return service;
}
