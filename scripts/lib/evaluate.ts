import { readFile } from "node:fs/promises";
import { z } from "zod";
import type { Lang } from "../../src/corpus/article.ts";
import type { AnswerResult } from "../../src/answer/types.ts";

const questionSchema = z.object({
  id: z.string(),
  lang: z.enum(["en", "ru"]),
  kind: z.enum(["same", "cross", "none"]),
  question: z.string(),
  doc: z.string().nullable(),
  expect: z.array(z.string()),
});

/** One evaluation question (see eval/README.md). */
export type EvalQuestion = z.infer<typeof questionSchema>;

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
  abstained: boolean;
  replyLang: Lang;
  /** Quotes shown, and how many of them are verbatim substrings of their documents. */
  quotes: number;
  verbatimQuotes: number;
}

/** Scores one answer against its question. `documentText` gives a document's cleaned text by id. */
export function scoreAnswer(question: EvalQuestion, result: AnswerResult, documentText: (doc: string) => string | undefined): QuestionOutcome {
  const index = question.doc
    ? result.passages.findIndex(
        (p) => p.passage.doc === question.doc && question.expect.some((e) => p.passage.text.toLowerCase().includes(e.toLowerCase())),
      )
    : -1;
  const verbatimQuotes = result.quotes.filter((q) => documentText(q.doc)?.includes(q.text) === true).length;
  return {
    question,
    hitRank: index >= 0 ? index + 1 : null,
    abstained: result.abstained,
    replyLang: result.lang,
    quotes: result.quotes.length,
    verbatimQuotes,
  };
}

/** Figures over a group of questions; rates are 0…1, null when the group has no such questions. */
export interface Figures {
  count: number;
  recallAt1: number | null;
  recallAt5: number | null;
  mrr: number | null;
  /** Share of `none` questions answered "nothing found". */
  abstentionAccuracy: number | null;
  /** Answerable questions wrongly answered "nothing found". */
  falseAbstentions: number;
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
    recallAt1: share(answerable.filter((o) => o.hitRank === 1).length, answerable.length),
    recallAt5: share(answerable.filter((o) => o.hitRank !== null && o.hitRank <= 5).length, answerable.length),
    mrr: share(answerable.reduce((sum, o) => sum + (o.hitRank ? 1 / o.hitRank : 0), 0), answerable.length),
    abstentionAccuracy: share(unanswerable.filter((o) => o.abstained).length, unanswerable.length),
    falseAbstentions: answerable.filter((o) => o.abstained).length,
    replyLanguage: share(outcomes.filter((o) => o.replyLang === o.question.lang).length, outcomes.length),
    verbatim: share(outcomes.reduce((n, o) => n + o.verbatimQuotes, 0), quotes),
  };
}

const fmt = (value: number | null): string => (value === null ? "  -  " : value.toFixed(2).padStart(5));

/** The figures as an aligned table: one row per group (kind, then kind × language, then all). */
export function formatTable(outcomes: readonly QuestionOutcome[]): string {
  const rows: [string, QuestionOutcome[]][] = [];
  for (const kind of ["same", "cross", "none"] as const) {
    const ofKind = outcomes.filter((o) => o.question.kind === kind);
    if (ofKind.length === 0) continue;
    rows.push([kind, ofKind]);
    for (const lang of ["en", "ru"] as const) {
      const group = ofKind.filter((o) => o.question.lang === lang);
      if (group.length > 0) rows.push([`  ${kind}/${lang}`, group]);
    }
  }
  rows.push(["all", [...outcomes]]);
  const header = "group        n   R@1   R@5   MRR  abst  falseAbst  lang  verbatim";
  const body = rows.map(([name, group]) => {
    const f = figures(group);
    return [
      name.padEnd(10),
      String(f.count).padStart(3),
      fmt(f.recallAt1),
      fmt(f.recallAt5),
      fmt(f.mrr),
      fmt(f.abstentionAccuracy),
      String(f.falseAbstentions).padStart(9),
      fmt(f.replyLanguage),
      fmt(f.verbatim).padStart(9),
    ].join(" ");
  });
  return [header, ...body].join("\n");
}

/** The last line of `npm run eval`: the headline figures in one line. */
export function summaryLine(outcomes: readonly QuestionOutcome[]): string {
  const same = figures(outcomes.filter((o) => o.question.kind === "same"));
  const cross = figures(outcomes.filter((o) => o.question.kind === "cross"));
  const none = figures(outcomes.filter((o) => o.question.kind === "none"));
  const all = figures(outcomes);
  return (
    `SUMMARY same R@1=${fmt(same.recallAt1).trim()} R@5=${fmt(same.recallAt5).trim()} ` +
    `cross R@1=${fmt(cross.recallAt1).trim()} R@5=${fmt(cross.recallAt5).trim()} ` +
    `none abstention=${fmt(none.abstentionAccuracy).trim()} falseAbstentions=${all.falseAbstentions} ` +
    `replyLang=${fmt(all.replyLanguage).trim()} verbatim=${fmt(all.verbatim).trim()}`
  );
}
