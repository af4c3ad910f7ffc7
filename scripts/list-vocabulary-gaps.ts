/**
 * `npm run lexicon:gaps [-- --seeds DIR …] [--min-articles N]`: the content words of the articles
 * that the vocabulary does not know (no concept), in at least N articles (default 2), as two lists
 * (`ru`, `en`): up to four forms of each word as the articles write them, a TAB, and in how many
 * articles it occurs. How `corpus-synonyms.tsv` and `en-ru-corpus.tsv` were made (README,
 * "Vocabulary"): a helper mapped each listed word to the headword it means, or wrote a new line,
 * from the lists and the headwords alone. Capitalised words (names), numbers, stop words and words
 * under 4 letters are not listed. A development aid, not part of the index.
 */
import { parseArgs } from "node:util";
import { loadCorpus } from "../src/corpus/load.ts";
import { defaultAnalyzer } from "../src/text/analyzer.ts";
import { isCyrillic } from "../src/text/stem.ts";

interface Gap {
  articles: Set<string>;
  forms: Map<string, number>;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { seeds: { type: "string", multiple: true }, "min-articles": { type: "string" } } });
  const dirs = values.seeds ?? ["seeds", "eval/new-event-seeds"];
  const minArticles = Number(values["min-articles"] ?? 2);
  const analyzer = defaultAnalyzer();
  const gaps = { ru: new Map<string, Gap>(), en: new Map<string, Gap>() };
  for (const dir of dirs) {
    for (const article of (await loadCorpus(dir)).articles) {
      for (const token of analyzer.analyze(article.text)) {
        if (token.numeric || token.stop || token.joined || token.capitalised || token.acronym || token.folded.length < 4 || /\d/.test(token.folded)) continue;
        if (token.concepts.length > 0) continue;
        const list = isCyrillic(token.folded) ? gaps.ru : gaps.en;
        const gap = list.get(token.stem) ?? { articles: new Set<string>(), forms: new Map<string, number>() };
        gap.articles.add(article.id);
        gap.forms.set(token.folded, (gap.forms.get(token.folded) ?? 0) + 1);
        list.set(token.stem, gap);
      }
    }
  }
  for (const [language, list] of Object.entries(gaps)) {
    const rows = [...list.values()].filter((gap) => gap.articles.size >= minArticles).sort((a, b) => b.articles.size - a.articles.size);
    process.stdout.write(`# ${language}: ${rows.length} words in ${minArticles} articles or more\n`);
    for (const gap of rows) {
      const forms = [...gap.forms].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([form]) => form);
      process.stdout.write(`${forms.join("|")}\t${gap.articles.size}\n`);
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
