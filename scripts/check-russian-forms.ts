/**
 * `npm run lexicon:check-forms [-- --dict /usr/share/hunspell/ru_RU] [--ending ка] [--write]`: how many inflected
 * forms of the lexicon's Russian words miss their word's concept. Every form is generated from the
 * hunspell-ru dictionary (Debian package `hunspell-ru`; its suffix rules), looked up the way an
 * article's word is (without the forms table `ru-forms.tsv`), and counted as missed when it shares no
 * concept with its lemma. A development check of the stemming rules in `src/text/stem.ts`, not a
 * test: the dictionary is not a dependency. `--write` rewrites `ru-forms.tsv` with the missed forms
 * that have no concept at all (`сядут` → сесть, not `сели`, which is also a form of «село»): the table
 * only fills gaps, it never changes what a word already means.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { LEXICON_DIR, lexiconData } from "../src/text/lexicon-files.ts";
import { foldCase, stem } from "../src/text/stem.ts";
import { isCyrillic } from "../src/text/stem.ts";
import { isStopWord } from "../src/text/stop-words.ts";
import { Vocabulary } from "../src/text/vocabulary.ts";

interface SuffixRule {
  strip: string;
  add: string;
  condition: RegExp;
}

/** The suffix rules of a hunspell `.aff` file, by flag (one-character flags, as ru_RU uses). */
function suffixRules(aff: string): Map<string, SuffixRule[]> {
  const rules = new Map<string, SuffixRule[]>();
  for (const line of aff.split("\n")) {
    const [kind, flag, strip, add, condition] = line.trim().split(/\s+/);
    if (kind !== "SFX" || flag === undefined || strip === undefined || add === undefined || condition === undefined) continue;
    const list = rules.get(flag) ?? [];
    list.push({ strip: strip === "0" ? "" : strip, add: add === "0" ? "" : (add.split("/")[0] ?? ""), condition: new RegExp(`${condition === "." ? "" : condition}$`, "u") });
    rules.set(flag, list);
  }
  return rules;
}

const { values } = parseArgs({ options: { dict: { type: "string", default: "/usr/share/hunspell/ru_RU" }, ending: { type: "string", default: "" }, write: { type: "boolean", default: false } } });
const base = values.dict ?? "/usr/share/hunspell/ru_RU";
if (!existsSync(`${base}.aff`) || !existsSync(`${base}.dic`)) {
  process.stderr.write(`No hunspell dictionary at ${base}.aff/.dic: install the Debian package hunspell-ru, or pass --dict PATH (without the extension).\n`);
  process.exit(1);
}
const rules = suffixRules(readFileSync(`${base}.aff`, "utf8"));
const flagsOf = new Map<string, string[]>();
for (const line of readFileSync(`${base}.dic`, "utf8").split("\n").slice(1)) {
  const [word, flags = ""] = line.trim().split("/");
  if (!word) continue;
  const folded = foldCase(word);
  flagsOf.set(folded, [...(flagsOf.get(folded) ?? []), flags]);
}
const formsOf = (word: string): string[] => {
  const forms = new Set([word]);
  for (const flags of flagsOf.get(word) ?? []) {
    for (const flag of flags) {
      for (const rule of rules.get(flag) ?? []) {
        if (rule.condition.test(word) && word.endsWith(rule.strip)) forms.add(foldCase(word.slice(0, word.length - rule.strip.length) + rule.add));
      }
    }
  }
  return [...forms];
};

// The vocabulary without the Russian forms table: what the stemming rules alone find.
const data = lexiconData();
const vocabulary = Vocabulary.fromData({ ...data, irregular: new Map([...data.irregular].filter(([form]) => !isCyrillic(form))) });
const written: [string, string][] = [];
const seen = new Set<string>();
let forms = 0;
const missed = new Map<string, string[]>();
for (const equivalents of lexiconData().bilingual.values()) {
  for (const equivalent of equivalents) {
    const lemma = foldCase(equivalent);
    if (/\s/.test(lemma) || seen.has(lemma) || !flagsOf.has(lemma)) continue;
    seen.add(lemma);
    const own = new Set(vocabulary.concepts(lemma, lemma, stem(lemma)));
    if (own.size === 0) continue;
    for (const form of formsOf(lemma)) {
      forms += 1;
      const concepts = vocabulary.concepts(form, form, stem(form));
      if (concepts.some((c) => own.has(c))) continue;
      missed.set(lemma, [...(missed.get(lemma) ?? []), form]);
      if (concepts.length === 0 && !isStopWord(form)) written.push([form, lemma]);
    }
  }
}
const missedForms = [...missed.values()].reduce((n, list) => n + list.length, 0);
process.stdout.write(`${seen.size} Russian lexicon words in the dictionary, ${forms} forms: ${missedForms} (${((100 * missedForms) / Math.max(1, forms)).toFixed(1)} %) miss their word's concept, in ${missed.size} words.\n`);
// The first words with misses (`--ending`: only words ending so), to see which rule they lack.
for (const [lemma, list] of [...missed].filter(([word]) => word.endsWith(values.ending ?? "")).slice(0, 40)) process.stdout.write(`  ${lemma}: ${list.slice(0, 6).join(", ")}\n`);
/** The comment line that opens the table's hand-written part, which `--write` keeps as it is. */
const HAND_WRITTEN = "# Irregular forms the dictionary lists as words of their own:";
if (values.write) {
  const header = [
    "# Russian forms whose stem the stemming rules do not bring back to their word's (сядут → сесть, денег → деньги), form<TAB>lemma:",
    "# written by `npm run lexicon:check-forms -- --write` from the hunspell-ru dictionary (Debian package hunspell-ru), only",
    "# forms that would otherwise have no concept at all, then the irregular forms the dictionary lists as words of their own.",
  ];
  const own = readFileSync(join(LEXICON_DIR, "ru-forms.tsv"), "utf8").split("\n");
  const start = own.findIndex((line) => line.startsWith(HAND_WRITTEN));
  const rows = [...new Map(written).entries()].sort(([a], [b]) => a.localeCompare(b, "ru")).map(([form, lemma]) => `${form}\t${lemma}`);
  writeFileSync(join(LEXICON_DIR, "ru-forms.tsv"), [...header, ...rows, ...(start >= 0 ? own.slice(start) : [])].join("\n").replace(/\n*$/, "\n"));
  process.stdout.write(`wrote ${rows.length} forms to ru-forms.tsv\n`);
}
