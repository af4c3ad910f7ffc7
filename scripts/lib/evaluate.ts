import { readFile } from "node:fs/promises";
import { z } from "zod";
import type { Lang } from "../../src/corpus/article.ts";
import type { AnswerResult } from "../../src/answer/types.ts";

const questionSchema = z.object({
  id: z.string(),
  lang: z.enum(["en", "ru"]),
  kind: z.enum(["same", "cross", "none"]),
  near: z.boolean().optional(),
  question: z.string(),
  doc: z.string().nullable(),
  expect: z.array(z.string()),
});

/** One evaluation question (see eval/README.md). */
export type EvalQuestion = z.infer<typeof questionSchema>;

/** The groups figures are reported by: the two answerable kinds, and the two unanswerable ones. */
export type QuestionGroup = "same" | "cross" | "off-topic" | "near-miss";

/** The group of a question: `none` questions split by their `near` flag. */
export function groupOf(question: EvalQuestion): QuestionGroup {
  if (question.kind !== "none") return question.kind;
  return question.near ? "near-miss" : "off-topic";
}

/** Reads a JSONL question file; a bad line is an error naming the line. */
export async function readQuestions(file: string): Promise<EvalQuestion[]> {
  const lines = (await readFile(file, "utf8")).split("\n");
  const questions: EvalQuestion[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === "") return;
    const parsed = questionSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.error.issues[0]?.message ?? "invalid question"}`);
    questions.push(parsed.data);
  });
  return questions;
}

/** How one question went. */
export interface QuestionOutcome {
  question: EvalQuestion;
  /** 1-based rank of the first passage from the right document holding an expected string; null if none in the top 10. */
  hitRank: number | null;
  /** The first quote comes from the right document and contains an expected string. */
  firstQuoteAnswers: boolean;
  /** Some quote comes from the right document and contains an expected string. */
  anyQuoteAnswers: boolean;
  abstained: boolean;
  replyLang: Lang;
  /** Quotes shown, and how many of them are verbatim substrings of their documents. */
  quotes: number;
  verbatimQuotes: number;
}

/** Whether `text` contains one of the question's expected strings (case-insensitive). */
function holdsAnswer(question: EvalQuestion, doc: string, text: string): boolean {
  if (doc !== question.doc) return false;
  const lower = text.toLowerCase();
  return question.expect.some((e) => lower.includes(e.toLowerCase()));
}

/** Scores one answer against its question. `documentText` gives a document's cleaned text by id. */
export function scoreAnswer(question: EvalQuestion, result: AnswerResult, documentText: (doc: string) => string | undefined): QuestionOutcome {
  const index = result.passages.findIndex((p) => holdsAnswer(question, p.passage.doc, p.passage.text));
  const quoteHits = result.quotes.map((q) => holdsAnswer(question, q.doc, q.text));
  const verbatimQuotes = result.quotes.filter((q) => documentText(q.doc)?.includes(q.text) === true).length;
  return {
    question,
    hitRank: index >= 0 ? index + 1 : null,
    firstQuoteAnswers: quoteHits[0] === true,
    anyQuoteAnswers: quoteHits.includes(true),
    abstained: result.abstained,
    replyLang: result.lang,
    quotes: result.quotes.length,
    verbatimQuotes,
  };
}

/** Figures over a group of questions; rates are 0…1, null when the group has no such questions. */
export interface Figures {
  count: number;
  /** Answerable questions whose first quote answers them. */
  firstQuote: number | null;
  /** Answerable questions with some quote that answers them. */
  anyQuote: number | null;
  recallAt1: number | null;
  recallAt5: number | null;
  /** Share of unanswerable questions answered "nothing found". */
  abstention: number | null;
  /** Share of answerable questions wrongly answered "nothing found". */
  falseAbstention: number | null;
  replyLanguage: number | null;
  /** Share of shown quotes that are verbatim substrings of their documents. */
  verbatim: number | null;
}

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** Aggregates outcomes into figures. */
export function figures(outcomes: readonly QuestionOutcome[]): Figures {
  const answerable = outcomes.filter((o) => o.question.kind !== "none");
  const unanswerable = outcomes.filter((o) => o.question.kind === "none");
  const quotes = outcomes.reduce((n, o) => n + o.quotes, 0);
  return {
    count: outcomes.length,
    firstQuote: share(answerable.filter((o) => o.firstQuoteAnswers).length, answerable.length),
    anyQuote: share(answerable.filter((o) => o.anyQuoteAnswers).length, answerable.length),
    recallAt1: share(answerable.filter((o) => o.hitRank === 1).length, answerable.length),
    recallAt5: share(answerable.filter((o) => o.hitRank !== null && o.hitRank <= 5).length, answerable.length),
    abstention: share(unanswerable.filter((o) => o.abstained).length, unanswerable.length),
    falseAbstention: share(answerable.filter((o) => o.abstained).length, answerable.length),
    replyLanguage: share(outcomes.filter((o) => o.replyLang === o.question.lang).length, outcomes.length),
    verbatim: share(outcomes.reduce((n, o) => n + o.verbatimQuotes, 0), quotes),
  };
}

const fmt = (value: number | null): string => (value === null ? "  -  " : value.toFixed(2).padStart(5));

const GROUPS: readonly QuestionGroup[] = ["same", "cross", "off-topic", "near-miss"];

/** The figures as an aligned table: one row per group, then per group × language, then all. */
export function formatTable(outcomes: readonly QuestionOutcome[]): string {
  const rows: [string, QuestionOutcome[]][] = [];
  for (const group of GROUPS) {
    const ofGroup = outcomes.filter((o) => groupOf(o.question) === group);
    if (ofGroup.length === 0) continue;
    rows.push([group, ofGroup]);
    for (const lang of ["en", "ru"] as const) {
      const sub = ofGroup.filter((o) => o.question.lang === lang);
      if (sub.length > 0) rows.push([`  ${group}/${lang}`, sub]);
    }
  }
  const unanswerable = outcomes.filter((o) => o.question.kind === "none");
  if (unanswerable.length > 0) rows.push(["none (both)", unanswerable]);
  rows.push(["all", [...outcomes]]);
  const header = "group             n  quote1 quoteAny   R@1   R@5  abstain falseAbst  lang verbatim";
  const body = rows.map(([name, group]) => {
    const f = figures(group);
    return [
      name.padEnd(15),
      String(f.count).padStart(4),
      fmt(f.firstQuote).padStart(7),
      fmt(f.anyQuote).padStart(8),
      fmt(f.recallAt1),
      fmt(f.recallAt5),
      fmt(f.abstention).padStart(8),
      fmt(f.falseAbstention).padStart(9),
      fmt(f.replyLanguage),
      fmt(f.verbatim).padStart(8),
    ].join(" ");
  });
  return [header, ...body].join("\n");
}

/** The last line of `npm run eval`: the headline figures in one line. */
export function summaryLine(outcomes: readonly QuestionOutcome[]): string {
  const answerable = figures(outcomes.filter((o) => o.question.kind !== "none"));
  const none = figures(outcomes.filter((o) => o.question.kind === "none"));
  const near = figures(outcomes.filter((o) => groupOf(o.question) === "near-miss"));
  const all = figures(outcomes);
  return (
    `SUMMARY quote1=${fmt(answerable.firstQuote).trim()} quoteAny=${fmt(answerable.anyQuote).trim()} ` +
    `R@5=${fmt(answerable.recallAt5).trim()} abstention(none)=${fmt(none.abstention).trim()} ` +
    `abstention(near)=${fmt(near.abstention).trim()} falseAbstention=${fmt(answerable.falseAbstention).trim()} ` +
    `replyLang=${fmt(all.replyLanguage).trim()} verbatim=${fmt(all.verbatim).trim()}`
  );
}
