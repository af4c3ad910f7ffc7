import type { Lang } from "../corpus/article.ts";
import type { IndexMode, Manifest } from "../index/manifest.ts";
import type { Decision } from "./decision.ts";

export type { AbstainReason, Decision } from "./decision.ts";

/** Where a quote comes from, built by code from the document's metadata. */
export interface Source {
  doc: string;
  /** What a source line calls the document: its title, a title made from its first sentence, or its outlet and date. */
  name: string;
  title: string | null;
  outlet: string | null;
  date: string | null;
  url: string | null;
  lang: Lang;
}

/** A stretch of a quote's text, as offsets into `Quote.text` (UTF-16 code units, `end` exclusive). */
export interface TextRange {
  start: number;
  end: number;
}

/** A verbatim excerpt (1–2 sentences) of a document: `text === article.text.slice(start, end)`. */
export interface Quote {
  doc: string;
  text: string;
  start: number;
  end: number;
  source: Source;
  /** Words of the quote that match the question (renderers show them in bold), offsets into `text`. */
  highlights: TextRange[];
}

export type { RankedPassage } from "../retrieval/ranked-passage.ts";
import type { RankedPassage } from "../retrieval/ranked-passage.ts";

/** The previous question in the same chat, for follow-ups ("And in Dagestan?"). */
export interface PreviousTurn {
  question: string;
  /** Documents the previous answer quoted. */
  docs: string[];
}

/** What `answer()` returns, as data; the bot (src/bot/) and the CLI (scripts/) render it. */
export interface AnswerResult {
  /** Language of the question, and so of the reply's own words. */
  lang: Lang;
  /** True when the documents do not answer the question (nothing is quoted). */
  abstained: boolean;
  /** The decision and its reasons (matched focus and answer type, or why not). */
  decision: Decision;
  /** Best first. */
  quotes: Quote[];
  /** The quoted documents' sources, one per document, in order of first quote. */
  sources: Source[];
  /** Top passages in rank order (at most 10). */
  passages: RankedPassage[];
  /** The question actually searched (with the previous turn folded in for a follow-up). */
  searchedQuestion: string;
}

export type { BuildProgress, ReindexReport } from "../index/build-report.ts";
import type { BuildProgress, ReindexReport } from "../index/build-report.ts";

/** Facts for `/stats`. */
export interface ServiceStats {
  documents: number;
  passages: number;
  model: string | null;
  mode: IndexMode;
  builtAt: string;
  questionsAnswered: number;
}

/**
 * The one object the bot (and the CLI) talks to: answers from the current index,
 * lists the sources, and rebuilds the index aside while answers keep coming.
 */
export interface AnswerService {
  answer(question: string, options?: { previous?: PreviousTurn; lang?: Lang }): Promise<AnswerResult>;
  sources(): Source[];
  stats(): ServiceStats;
  manifest(): Manifest;
  /** Rebuilds from the seeds folder; rejects with `ReindexBusyError` while another rebuild runs. */
  reindex(onProgress?: (progress: BuildProgress) => void): Promise<ReindexReport>;
  /** True while a rebuild runs. */
  readonly reindexing: boolean;
}
