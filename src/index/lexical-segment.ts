import type { Passage } from "../corpus/article.ts";
import { learnAcronyms } from "../text/acronyms.ts";
import { Analyzer, indexForm, termSet, type TermSet, type Token } from "../text/analyzer.ts";
import { MemoryPostings, packField, PackedDictionary, type PackedDictionaryParts, type PostingsReader } from "./packed-dictionary.ts";
import { isCyrillic } from "../text/stem.ts";
import { sharedVocabulary, type Vocabulary } from "../text/vocabulary.ts";

/**
 * The fields BM25 searches: a passage's own stems, phonetic keys (names across scripts), pairs
 * (multi-word names) and vocabulary concepts, and the same of its document's title (context: a
 * passage about "the death toll" belongs to the article titled after the Crocus attack).
 */
export const FIELDS = ["stems", "phonetic", "pairs", "concepts", "titleStems", "titlePhonetic", "titleConcepts"] as const;
export type FieldName = (typeof FIELDS)[number];

/** A record with one value per field. */
export function perField<T>(value: (field: FieldName) => T): Record<FieldName, T> {
  const record = {} as Record<FieldName, T>;
  for (const field of FIELDS) record[field] = value(field);
  return record;
}

/** Capitalisation counts of a term: how often it was written with a capital inside a sentence, of its mid-sentence uses. */
export interface CapitalStats {
  capitalised: Uint32Array;
  midSentence: Uint32Array;
}

/**
 * A lexical segment: everything a query reads about a run of passages, as plain data that is
 * written to disk as it is (`src/index/lexical-files.ts`) and read back without parsing. Postings
 * are apart, behind each field's `PostingsReader`.
 */
export interface LexicalSegmentData {
  /** Passages in the segment (local ids 0 … passages − 1). */
  passages: number;
  /** Document ids, in passage order; a document's passages are contiguous. */
  documents: string[];
  /** Local id of each document's first passage, and the passage count at the end (documents + 1 entries). */
  docFirstPassage: Uint32Array;
  /** Length (terms) of each passage in each field: `FIELDS.length × passages`, field-major. */
  lengths: Float32Array;
  /** Sum of `lengths` per field (for the average length across segments). */
  totalLengths: Record<FieldName, number>;
  dictionaries: Record<FieldName, PackedDictionaryParts>;
  /** Per stem of the `stems` dictionary (aligned with it): documents holding it; capitals. */
  stemStats: { documents: Uint32Array } & CapitalStats;
  /** Per key of the `phonetic` dictionary: documents holding it; capitals of Latin-script and of Cyrillic-script words. */
  phoneticStats: { documents: Uint32Array; latin: CapitalStats; cyrillic: CapitalStats };
  /** Acronyms the segment's articles spell out ("Oregon Department of Forestry (ODF)"). */
  acronyms: string[][];
  /** Written words and how often each occurs (for typo correction). */
  surface: [string, number][];
}

/** A segment with its dictionaries opened over their postings. */
export interface LexicalSegment {
  data: LexicalSegmentData;
  dictionaries: Record<FieldName, PackedDictionary>;
}

/**
 * Whether a token stands inside a sentence (not first), where a capital marks a name; opening quotes
 * are looked through. A line's first word is no more inside one than a sentence's (a list's or a
 * table's row: "…… OPEN↵Kirkhope Primary School").
 */
function midSentence(text: string, token: Token): boolean {
  const raw = text.slice(Math.max(0, token.start - 12), token.start);
  const before = raw.replace(/[\s«"“„'‘]+$/u, "");
  if (raw.slice(before.length).includes("\n")) return false;
  if (before === "" && token.start > 12) return true;
  return before !== "" && !/[.!?…\n:(–—-]$/u.test(before);
}

/**
 * Whether a word is written with a capital inside it, after a small letter ("BlackVesper", "YouTube",
 * «МосГорТранс»): a name wherever it stands, even first in a sentence or after a colon.
 */
function innerCapital(written: string): boolean {
  return /\p{Ll}\p{Lu}/u.test(written);
}

/**
 * Builds a lexical segment in memory from passages (local ids `0 … n − 1`, each document's
 * passages contiguous) and the documents' titles. Returns the data and each field's postings
 * bytes (to write, or to read from memory).
 */
export function buildLexicalSegment(
  passages: readonly Passage[],
  titles: ReadonlyMap<string, string | null>,
  vocabulary: Vocabulary = sharedVocabulary(),
): { data: LexicalSegmentData; postings: Record<FieldName, Buffer> } {
  const acronyms = passages.flatMap((p) => learnAcronyms(p.text));
  const analyzer = new Analyzer(acronyms.length > 0 ? vocabulary.withAcronyms(acronyms) : vocabulary);
  const fieldPostings = perField(() => new Map<string, { ids: number[]; tfs: number[] }>());
  const lengths = new Float32Array(FIELDS.length * passages.length);
  const totalLengths = perField(() => 0);
  const stemDocs = new Map<string, number>();
  const phoneticDocs = new Map<string, number>();
  const stemCaps = new Map<string, [number, number]>();
  const latinCaps = new Map<string, [number, number]>();
  const cyrillicCaps = new Map<string, [number, number]>();
  const surface = new Map<string, number>();
  const titleTerms = new Map<string, TermSet>();
  const documents: string[] = [];
  const seenDocuments = new Set<string>();
  const docFirst: number[] = [];

  // Passage ids arrive in increasing order: a term's list grows at its end, and a repeat within
  // the same passage raises the last frequency (no per-passage map).
  const addTerm = (map: Map<string, { ids: number[]; tfs: number[] }>, term: string, id: number): void => {
    const list = map.get(term);
    if (!list) {
      map.set(term, { ids: [id], tfs: [1] });
      return;
    }
    const last = list.ids.length - 1;
    if (list.ids[last] === id) list.tfs[last] = (list.tfs[last] ?? 0) + 1;
    else {
      list.ids.push(id);
      list.tfs.push(1);
    }
  };
  const setLength = (field: FieldName, id: number, length: number): void => {
    lengths[FIELDS.indexOf(field) * passages.length + id] = length;
    totalLengths[field] += length;
  };
  /** Adds each token's terms (as `pick` gives them) to a field. */
  const addTokens = (field: FieldName, id: number, tokens: readonly Token[], pick: (token: Token) => string | readonly string[]): void => {
    const map = fieldPostings[field];
    let length = 0;
    for (const token of tokens) {
      const picked = pick(token);
      if (typeof picked === "string") {
        addTerm(map, picked, id);
        length += 1;
      } else {
        for (const term of picked) addTerm(map, term, id);
        length += picked.length;
      }
    }
    setLength(field, id, length);
  };
  /** Adds the terms of a set that are not in `except` to a field. */
  const addMissing = (field: FieldName, id: number, terms: ReadonlySet<string>, except: ReadonlySet<string>): void => {
    const map = fieldPostings[field];
    let length = 0;
    for (const term of terms) {
      if (except.has(term)) continue;
      addTerm(map, term, id);
      length += 1;
    }
    setLength(field, id, length);
  };
  const bump = (map: Map<string, [number, number]>, key: string, capital: boolean) => {
    const counts = map.get(key) ?? [0, 0];
    if (capital) counts[0] += 1;
    counts[1] += 1;
    map.set(key, counts);
  };

  let docTerms: { stems: Set<string>; phonetic: Set<string> } = { stems: new Set(), phonetic: new Set() };
  const closeDocument = () => {
    for (const s of docTerms.stems) stemDocs.set(s, (stemDocs.get(s) ?? 0) + 1);
    for (const k of docTerms.phonetic) phoneticDocs.set(k, (phoneticDocs.get(k) ?? 0) + 1);
    docTerms = { stems: new Set(), phonetic: new Set() };
  };
  // Overlapping passages repeat a sentence: capitals are counted once per place in the article.
  let counted = new Set<number>();

  passages.forEach((passage, id) => {
    if (passage.id !== id) throw new RangeError(`passage ${passage.id} is at position ${id}: ids must be dense from 0`);
    if (documents.at(-1) !== passage.doc) {
      if (documents.length > 0) closeDocument();
      if (seenDocuments.has(passage.doc)) throw new RangeError(`the passages of ${passage.doc} are not contiguous`);
      seenDocuments.add(passage.doc);
      documents.push(passage.doc);
      docFirst.push(id);
      counted = new Set();
    }
    const all = analyzer.analyze(passage.text);
    for (const token of all) {
      if (token.numeric || token.joined) continue;
      surface.set(token.folded, (surface.get(token.folded) ?? 0) + 1);
      const offset = passage.start + token.start;
      const camel = innerCapital(token.original);
      if (counted.has(offset) || !(camel || midSentence(passage.text, token))) continue;
      counted.add(offset);
      const capitalised = token.capitalised || camel;
      bump(stemCaps, token.stem, capitalised);
      for (const key of token.phonetic) bump(isCyrillic(token.folded) ? cyrillicCaps : latinCaps, key, capitalised);
    }
    const tokens = all.map(indexForm);
    const own = { stems: new Set<string>(), phonetic: new Set<string>(), concepts: new Set<string>() };
    for (const token of tokens) {
      own.stems.add(token.stem);
      for (const key of token.phonetic) own.phonetic.add(key);
      for (const concept of token.concepts) own.concepts.add(concept);
    }
    for (const s of own.stems) docTerms.stems.add(s);
    for (const k of own.phonetic) docTerms.phonetic.add(k);
    addTokens("stems", id, tokens, (t) => t.stem);
    addTokens("phonetic", id, tokens, (t) => t.phonetic);
    addTokens("pairs", id, tokens, (t) => t.pairs);
    addTokens("concepts", id, tokens, (t) => t.concepts);
    let title = titleTerms.get(passage.doc);
    if (!title) {
      const text = titles.get(passage.doc);
      title = text ? termSet(analyzer.analyze(text).map(indexForm)) : { stems: new Set(), phonetic: new Set(), pairs: new Set(), concepts: new Set() };
      titleTerms.set(passage.doc, title);
    }
    addMissing("titleStems", id, title.stems, own.stems);
    addMissing("titlePhonetic", id, title.phonetic, own.phonetic);
    addMissing("titleConcepts", id, title.concepts, own.concepts);
  });
  if (documents.length > 0) closeDocument();
  docFirst.push(passages.length);

  const packed = perField((f) => packField(fieldPostings[f]));
  const dictionaries = perField((f) => packed[f].parts);
  const aligned = (field: FieldName, value: (term: string) => number): Uint32Array => {
    const dictionary = new PackedDictionary(dictionaries[field], new MemoryPostings(Buffer.alloc(0)));
    return Uint32Array.from({ length: dictionary.size }, (_, i) => value(dictionary.term(i)));
  };
  const capitals = (field: FieldName, map: Map<string, [number, number]>): CapitalStats => ({
    capitalised: aligned(field, (t) => map.get(t)?.[0] ?? 0),
    midSentence: aligned(field, (t) => map.get(t)?.[1] ?? 0),
  });
  return {
    data: {
      passages: passages.length,
      documents,
      docFirstPassage: Uint32Array.from(docFirst),
      lengths,
      totalLengths,
      dictionaries,
      stemStats: { documents: aligned("stems", (t) => stemDocs.get(t) ?? 0), ...capitals("stems", stemCaps) },
      phoneticStats: {
        documents: aligned("phonetic", (t) => phoneticDocs.get(t) ?? 0),
        latin: capitals("phonetic", latinCaps),
        cyrillic: capitals("phonetic", cyrillicCaps),
      },
      acronyms,
      surface: [...surface.entries()],
    },
    postings: perField((f) => packed[f].bytes),
  };
}

/** Opens a segment's dictionaries over its postings (in memory, or from files). */
export function openLexicalSegment(data: LexicalSegmentData, readers: Record<FieldName, PostingsReader>): LexicalSegment {
  return {
    data,
    dictionaries: perField((f) => new PackedDictionary(data.dictionaries[f], readers[f])),
  };
}

/** A segment built in memory and opened over its own postings (tests, small corpora). */
export function inMemorySegment(passages: readonly Passage[], titles: ReadonlyMap<string, string | null> = new Map(), vocabulary?: Vocabulary): LexicalSegment {
  const built = buildLexicalSegment(passages, titles, vocabulary);
  return openLexicalSegment(
    built.data,
    perField((f) => new MemoryPostings(built.postings[f])),
  );
}
