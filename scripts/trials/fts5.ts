/**
 * The trial behind "Why typed-array files and not SQLite FTS5" (README): the analysed terms of
 * every passage of an articles folder stored in SQLite FTS5 (better-sqlite3), one column per kind
 * of term, and ranked by FTS5's bm25() for each eval question; against the segment files' search
 * over an index of the same folder. Prints build time, file size and query time.
 *
 *   node --import tsx scripts/trials/fts5.ts ARTICLES_DIR INDEX_DIR   (INDEX_DIR: `npm run index -- --seeds ARTICLES_DIR --out INDEX_DIR --offline`)
 *
 * Writes `fts5-trial.sqlite` in the system's temporary folder.
 */
import Database from "better-sqlite3";
import { rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { scanCorpus, loadArticles } from "../../src/corpus/load.ts";
import { chunkArticle, DEFAULT_CHUNK_OPTIONS } from "../../src/corpus/chunk.ts";
import { Analyzer, indexForm } from "../../src/text/analyzer.ts";
import { sharedVocabulary } from "../../src/text/vocabulary.ts";
import { loadBenchQuestions } from "../lib/bench-stats.ts";
import { analyzeQuestion } from "../../src/retrieval/question.ts";
import { openIndex } from "../../src/index/store.ts";
import { prepare } from "../../src/answer/answer-service.ts";
const [dir = "seeds", indexDir = "embeddings"] = process.argv.slice(2);
const file = join(tmpdir(), "fts5-trial.sqlite");
rmSync(file, { force: true });
const t0 = performance.now();
const db = new Database(file);
db.pragma("journal_mode = WAL");
db.exec("CREATE VIRTUAL TABLE p USING fts5(stems, phonetic, pairs, concepts, tokenize = 'unicode61 remove_diacritics 0', detail = 'column')");
const insert = db.prepare("INSERT INTO p(rowid, stems, phonetic, pairs, concepts) VALUES (?, ?, ?, ?, ?)");
const analyzer = new Analyzer(sharedVocabulary());
const scan = await scanCorpus(dir);
const names = scan.files.map((f) => f.name);
let id = 0;
let analyseMs = 0;
for (let at = 0; at < names.length; at += 500) {
  const loaded = await loadArticles(dir, names.slice(at, at + 500));
  const rows: [number, string, string, string, string][] = [];
  const a0 = performance.now();
  for (const article of loaded.articles) {
    for (const passage of chunkArticle(article, DEFAULT_CHUNK_OPTIONS)) {
      const tokens = analyzer.analyze(passage.text).map(indexForm);
      // FTS5 tokenises on its own: terms must be single tokens (keys joined by underscores survive unicode61 only as separate tokens).
      const safe = (t: string) => t.replace(/[^\p{L}\p{N}]/gu, "x");
      rows.push([id++, tokens.map((t) => safe(t.stem)).join(" "), tokens.flatMap((t) => t.phonetic).map(safe).join(" "), tokens.flatMap((t) => t.pairs).map(safe).join(" "), tokens.flatMap((t) => t.concepts).map(safe).join(" ")]);
    }
  }
  analyseMs += performance.now() - a0;
  db.transaction(() => { for (const r of rows) insert.run(...r); })();
}
db.exec("INSERT INTO p(p) VALUES('optimize')");
db.close();
const buildMs = performance.now() - t0;
console.log(`FTS5 build: ${(buildMs / 1000).toFixed(1)} s (analysis ${(analyseMs / 1000).toFixed(1)} s), ${id} passages, ${(statSync(file).size / 2 ** 20).toFixed(0)} MB`);
const o0 = performance.now();
const ro = new Database(file, { readonly: true });
const query = ro.prepare("SELECT rowid, bm25(p) AS s FROM p WHERE p MATCH ? ORDER BY s LIMIT 50");
console.log(`FTS5 open: ${(performance.now() - o0).toFixed(0)} ms`);
const index = await openIndex(indexDir, { model: null });
const { deps } = prepare(index, null);
const qs = await loadBenchQuestions();
const matches = qs.map((q) => {
  const analysed = analyzeQuestion(q, deps.retrieval.lexical.analyzer, deps.retrieval.lexical);
  const safe = (t: string) => `"${t.replace(/[^\p{L}\p{N}]/gu, "x")}"`;
  const terms = analysed.terms.flatMap((t) => [`stems:${safe(t.token.stem)}`, ...t.token.concepts.map((c) => `concepts:${safe(c)}`)]);
  return terms.join(" OR ");
});
for (const m of matches.slice(0, 5)) query.all(m);
const q0 = performance.now();
for (const m of matches) query.all(m);
console.log(`FTS5 query (OR of stems and concepts, bm25, top 50): ${((performance.now() - q0) / matches.length).toFixed(2)} ms/q`);
const l0 = performance.now();
for (const q of qs) { const a = analyzeQuestion(q, deps.retrieval.lexical.analyzer, deps.retrieval.lexical); deps.retrieval.lexical.search(a.terms.map((t) => ({ token: t.token, weight: 1 })), 50); }
console.log(`segment files search (all fields, weighted): ${((performance.now() - l0) / qs.length).toFixed(2)} ms/q`);
