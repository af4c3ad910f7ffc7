import type { Embedder } from "../embedding/embedder.ts";
import type { VectorHit } from "../index/vector-index.ts";
import { soundKeys, type Token } from "../text/analyzer.ts";
import { isCyrillic } from "../text/stem.ts";
import { reciprocalRankFusion } from "./fusion.ts";
import type { LexicalIndex, WeightedToken } from "./lexical-index.ts";
import { analyzeQuestion, contentTerms, isGenericWord, type QuestionAnalysis, type QuestionTerm, type TermRole } from "./question.ts";
import type { PassageSource } from "./passage-source.ts";
import type { RankedPassage } from "./ranked-passage.ts";
import { windowEvaluator, windowScore, type WindowEvidence } from "./sentence-evidence.ts";
import type { TitleTerms } from "./title-terms.ts";
import { RETRIEVAL_SETTINGS, type RetrievalSettings } from "./settings.ts";

/** Nearest-neighbour search over passage vectors (the hnswlib index satisfies it). */
export interface NearestNeighbours {
  search(query: Float32Array, k: number): VectorHit[];
}

/** What retrieval needs: the passages, the lexical index, and optionally the vector side. */
export interface RetrieverParts {
  passages: PassageSource;
  lexical: LexicalIndex;
  /** Vector side; null in lexical mode. */
  vectors: NearestNeighbours | null;
  /** Embeds the question; null in lexical mode. */
  embedder: Embedder | null;
  /** Tuning numbers; `RETRIEVAL_SETTINGS` when absent. */
  settings?: RetrievalSettings;
  /** What each article's title holds (one per opened index); without it, sentences are weighed on their own words only. */
  titles?: TitleTerms;
  /**
   * Cosine similarity above which a passage's vector similarity counts as evidence (the index's
   * calibration: the 99th percentile of off-topic questions); null in lexical mode.
   */
  similarityThreshold?: number | null;
}

/** Ranked passages, and the evidence the answer stage decides and quotes from. */
export interface Retrieval {
  /** The question as analysed: answer type, and each word's role. */
  question: QuestionAnalysis;
  /** Best first (at most `resultLimit`). */
  ranked: RankedPassage[];
  /** Sentence windows of the top passages (`quoteDepth` of them), best score first. */
  windows: WindowEvidence[];
  /**
   * Names the question writes with a capital (or as an acronym) that no article contains: the
   * question is about something else ("Who won the 2018 FIFA World Cup?").
   */
  unknownNames: Token[];
  /**
   * The question's words that say what it is about (focus and topic words) which no article uses,
   * by stem, concept or sound («банане» in «сколько калорий в одном банане»).
   */
  unknownWords: Token[];
  /** Cosine similarity of the closest passage on the vector side, null in lexical mode. */
  topSimilarity: number | null;
}

/**
 * A Russian adjective made from a name: a place's («чернобыльская», «останкинской», «спитакское») or
 * a person's («эйфелевой»): -ск-/-цк- or -ев-/-ин- before an adjective's ending.
 */
const NAME_ADJECTIVE = /^\p{Script=Cyrillic}{3,}(?:ск|цк|ев|ин)(?:ий|ый|ая|ое|ой|ого|ому|ую|ом|ие|ых|их|ым|ыми|ими|ей|а|у|ы|о)$/u;

/** Query weight of each role (see RETRIEVAL_SETTINGS). */
function roleBoost(role: TermRole, settings: RetrievalSettings): number {
  switch (role) {
    case "anchor":
      return settings.anchorBoost;
    case "focus":
      return settings.focusBoost;
    case "topic":
      return settings.topicBoost;
    case "generic":
      return settings.genericBoost;
  }
}

/**
 * Replaces misspelt words (ones the articles and the vocabulary do not know, of 5 letters or
 * more) by the known word one edit away: "arested" → "arrested", «пострадавщих» → «пострадавших».
 */
function correctTypos(question: QuestionAnalysis, lexical: LexicalIndex): QuestionAnalysis {
  const terms = question.terms.map((term): QuestionTerm => {
    const { token } = term;
    // Names are never "corrected": «крокусе» is Crocus, not a misspelt «кокус»; nor are the
    // generic words a question is phrased with («как звали» is not «завалов»).
    // (A word typed in lower case that no article holds, taken for a name by its sound in the other
    // script, is a misspelt generic word when it is one edit from one: "acording" is "according".)
    const unknownLowerName = term.role === "anchor" && !token.capitalised && !token.acronym && !token.numeric && !token.joined && !lexical.knows(token);
    if ((term.role === "anchor" && !unknownLowerName) || term.role === "generic" || token.numeric || token.joined || token.concepts.length > 0 || lexical.knows(token)) return term;
    const corrected = lexical.correct(token.folded);
    const replacement = corrected ? lexical.analyzer.analyze(corrected)[0] : undefined;
    if (!replacement) return term;
    if (unknownLowerName && !isGenericWord(replacement)) return term;
    // Nor is a word written without a capital that sounds like a name the articles write (in the
    // other script: «крокус» of "Crocus") for a word that does not sound like it («прокусил»); a
    // correction that keeps the sound stands («саратвом» → «саратовом»).
    const names = lexical.nameSounds(token);
    const replacementSounds = soundKeys(replacement.folded, replacement.stem);
    if (names.length > 0 && !replacementSounds.some((k) => names.includes(k))) return term;
    // A word corrected into a name the articles write is that name when it sounds like it
    // ("vishnevy" → «Вишнёвый», «пахомова» → «Пахомов»); one that does not is another name
    // («горбачёв» is not «Горбатов»), and stays as typed.
    const toName = lexical.isName(replacement);
    // (A correction into the other script is made by sound: "abruzzo" → «Абруццо».)
    // (Nor is an "h" that romanises a sound: "kazakstan" is "kazakhstan", as "zh", "kh" and "sh" are written either way.)
    const sameSound =
      isCyrillic(token.folded) !== isCyrillic(replacement.folded) || token.phonetic.some((k) => replacementSounds.includes(k)) || withoutRomanisingH(token.folded) === withoutRomanisingH(replacement.folded);
    if (toName && !sameSound) return term;
    // A misspelt generic word ("suposed") is generic once corrected; one corrected into a name is that
    // name, an anchor ("in kazakstan" → Kazakhstan).
    const role = isGenericWord(replacement) ? "generic" : toName ? "anchor" : term.role;
    return { ...term, role, token: { ...replacement, original: token.original, start: token.start, end: token.end, capitalised: token.capitalised } };
  });
  // What a count question counts is its corrected words too ("how many firefigters").
  const counted = question.counted.map((t) => terms[question.terms.indexOf(t)] ?? t);
  return { ...question, terms, counted };
}

/** A Latin word without the "h" after a consonant that romanises a sound ("kazakhstan" → "kazakstan"). Pure. */
function withoutRomanisingH(word: string): string {
  return isCyrillic(word) ? word : word.replace(/([bcdfgjklmnpqrstvwxz])h/gu, "$1");
}

/**
 * A question is about the documents that name its most distinctive name or number (the one in the
 * fewest documents, if in at most half of them: "Crocus" rather than "City" or "Hall"). Returns a
 * test telling whether a passage's document names it (null: the question has none).
 */
function documentAnchorTest(question: QuestionAnalysis, parts: RetrieverParts, settings: RetrievalSettings): ((passageId: number) => boolean | null) & { hasAnchor: boolean } {
  const named = question.terms
    .filter((t) => t.role === "anchor" && !t.token.joined)
    .map((t) => ({ token: t.token, share: parts.lexical.documentShare(t.token) }))
    .filter((a) => a.share > 0 && a.share <= (a.token.numeric ? settings.maxNumberAnchorShare : settings.maxAnchorShare));
  const rarest = Math.min(...named.map((a) => a.share));
  const anchors = named.filter((a) => a.share === rarest).map((a) => a.token);
  // (A name the article's outlet holds is the article's too: a reserve's own site reports what happened there.)
  const names = byDocument(parts, (doc) => anchors.some((t) => parts.lexical.documentCovers(doc, t) || parts.titles?.outletNames(doc, t) === true));
  const test = (passageId: number): boolean | null => (anchors.length === 0 ? null : (names(passageId) ?? null));
  return Object.assign(test, { hasAnchor: anchors.length > 0 });
}

/**
 * A question without a name says which event it asks about by its scene words ("the chlorine leak
 * at the pool", «утечку хлора в бассейне»): returns a test telling whether a passage's document
 * holds every one of them (`hasScene`: the question has two or more scene words the articles use;
 * one alone is too common a word to read the archive deeper for).
 */
function sceneTest(question: QuestionAnalysis, parts: RetrieverParts): ((passageId: number) => boolean) & { hasScene: boolean } {
  const scene = question.terms.filter((t) => t.scene === true && !t.token.numeric && !t.token.joined && parts.lexical.documentShare(t.token) > 0).map((t) => t.token);
  const held = byDocument(parts, (doc) => scene.every((t) => parts.lexical.documentCovers(doc, t)));
  const test = (passageId: number): boolean => scene.length > 0 && held(passageId) === true;
  return Object.assign(test, { hasScene: scene.length > 1 });
}

/**
 * A question without a name may still name its event by a rare word ("the *catamaran*", «*фуникулёр*»):
 * returns a test telling whether a passage's document holds one of its words (focus or topic) that
 * are in at most `rareWordShare` of the documents (`hasRare`: the question has such a word and no
 * name), whose passages are then read deeper, as a name's are (but nothing is left out for lacking it).
 */
function rareWordTest(question: QuestionAnalysis, parts: RetrieverParts, settings: RetrievalSettings, named: boolean): ((passageId: number) => boolean) & { hasRare: boolean } {
  const rare = named
    ? []
    : question.terms
        .filter((t) => (t.role === "focus" || t.role === "topic") && !t.token.numeric && !t.token.joined)
        .map((t) => t.token)
        .filter((token) => {
          // A word no article of its own language writes is rare by the articles that hold it in
          // another language («катамарана» of an English report about a catamaran); one that some
          // do, by those (its concepts, synonyms of broader sense, would count articles about other things).
          const own = parts.lexical.documentShare(token);
          const share = own > 0 ? own : parts.lexical.senseShare(token, settings.rareWordShare);
          return share > 0 && share <= settings.rareWordShare;
        });
  const held = byDocument(parts, (doc) => rare.some((t) => parts.lexical.documentCovers(doc, t)));
  const test = (passageId: number): boolean => rare.length > 0 && held(passageId) === true;
  return Object.assign(test, { hasRare: rare.length > 0 });
}

/**
 * A test of a passage's document, made once per document (a question's ~30 candidates come from a
 * few documents); undefined for a passage no segment holds. The document is read from the index's
 * tables: a candidate's text is not read to learn it.
 */
function byDocument(parts: RetrieverParts, holds: (doc: string) => boolean): (passageId: number) => boolean | undefined {
  const known = new Map<string, boolean>();
  return (passageId) => {
    const doc = parts.lexical.documentOf(passageId);
    if (doc === undefined) return undefined;
    let held = known.get(doc);
    if (held === undefined) {
      held = holds(doc);
      known.set(doc, held);
    }
    return held;
  };
}

/**
 * Hybrid retrieval: the question is analysed (answer type, the role of each word, typos
 * corrected), searched with BM25 over stems, cross-script keys and vocabulary concepts and, when
 * present, the vector side; the two lists are fused by reciprocal rank fusion with a third, the
 * candidates ordered by their best sentence window. Passages of documents that do not name what
 * the question names are left out. Returns the ranked passages and the windows of the top ones.
 */
export async function retrieve(question: string, parts: RetrieverParts, options: { emphasis?: string } = {}): Promise<Retrieval> {
  const settings = parts.settings ?? RETRIEVAL_SETTINGS;
  const { lexical } = parts;
  const asked = analyzeQuestion(question, lexical.analyzer, lexical, options.emphasis ? { emphasis: options.emphasis } : {});
  const analysed = correctTypos(asked, lexical);
  const query: WeightedToken[] = analysed.terms.map((t) => ({ token: t.token, weight: roleBoost(t.role, settings) }));
  // A deeper BM25 list than the candidates, for the passages of the documents that name the
  // question's rarest name: in a large archive, its common words ("arrested") fill the first
  // candidates with other articles, and the article the name points to must still be read.
  // (Only a question with such a name reads deeper: the others keep the cheaper first stage.)
  const namesAnchor = documentAnchorTest(analysed, parts, settings);
  const setsScene = sceneTest(analysed, parts);
  const holdsRare = rareWordTest(analysed, parts, settings, namesAnchor.hasAnchor);
  const deepHits = lexical.search(query, settings.candidates * (namesAnchor.hasAnchor || setsScene.hasScene || holdsRare.hasRare ? settings.anchoredDepth : 1));
  const lexicalHits = deepHits.slice(0, settings.candidates);
  const bm25 = new Map(deepHits.map((h) => [h.passageId, h.bm25]));

  let vectorHits: VectorHit[] = [];
  if (parts.vectors && parts.embedder && question.trim() !== "") {
    const embedded = await parts.embedder.embedQuery(question);
    vectorHits = parts.vectors.search(embedded, Math.min(settings.candidates, parts.passages.count));
  }
  const similarity = new Map(vectorHits.map((h) => [h.passageId, h.similarity]));

  const firstPass = reciprocalRankFusion([lexicalHits.map((h) => h.passageId), vectorHits.map((h) => h.passageId)], settings.rrfK);
  const candidates = [...firstPass.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, settings.rerankDepth);
  if (settings.anchoredDepth > 1) {
    const held = new Set(candidates.map(([id]) => id));
    const anchored = deepHits.filter((h) => !held.has(h.passageId) && namesAnchor(h.passageId) === true).slice(0, settings.rerankDepth);
    // Ranked after the first candidates, in BM25 order (scores below theirs: the window evidence,
    // fused below, decides where they end up).
    for (const h of anchored) candidates.push([h.passageId, 1 / (settings.rrfK + candidates.length + 1)]);
    // The rest of the article the name points to most (its best passage's), when it is short: its
    // answer may share only the asked word with the question ("the death toll exceeded 115 people"
    // of "how many people died in the Crocus attack"), which hundreds of passages of other
    // articles share too, ahead of it in BM25 order.
    const named = deepHits.find((h) => namesAnchor(h.passageId) === true);
    const namedDoc = named ? lexical.documentOf(named.passageId) : undefined;
    if (namedDoc !== undefined) {
      const rest = lexical.passagesOfDocument(namedDoc);
      const added = new Set(candidates.map(([id]) => id));
      if (rest.length <= settings.namedArticlePassages) for (const id of rest) if (!added.has(id)) candidates.push([id, 1 / (settings.rrfK + candidates.length + 1)]);
    }
    // So are the passages of the articles a rare word of a question without a name points to ("how
    // much will it cost to repair the *catamaran*": "The repair bill is put at around £160,000.").
    if (holdsRare.hasRare) {
      const added = new Set(candidates.map(([id]) => id));
      const rare = deepHits.filter((h) => !added.has(h.passageId) && holdsRare(h.passageId)).slice(0, settings.rerankDepth);
      for (const h of rare) candidates.push([h.passageId, 1 / (settings.rrfK + candidates.length + 1)]);
    }
    if (!namesAnchor.hasAnchor && setsScene.hasScene) {
      const inScene = deepHits.filter((h) => !held.has(h.passageId) && setsScene(h.passageId)).slice(0, settings.rerankDepth);
      for (const h of inScene) candidates.push([h.passageId, 1 / (settings.rrfK + candidates.length + 1)]);
    }
  }
  const candidateIds = new Set(candidates.map(([id]) => id));
  const onlyCandidates = (ids: number[]): number[] => ids.filter((id) => candidateIds.has(id));

  const titles = parts.titles ?? null;
  const evaluateWindows = windowEvaluator(analysed, lexical, settings, titles);
  // Sentence-level evidence: each candidate's best window, as a third ranked list.
  const windowsOf = new Map<number, WindowEvidence[]>();
  const bestWindow = new Map<number, WindowEvidence>();
  candidates.forEach(([passageId], index) => {
    const passage = parts.passages.get(passageId);
    if (!passage) return;
    const windows = evaluateWindows(passage, index + 1);
    windowsOf.set(passageId, windows);
    const best = windows.reduce<WindowEvidence | undefined>((a, b) => (a === undefined || b.score > a.score ? b : a), undefined);
    if (best) bestWindow.set(passageId, best);
  });
  const byEvidence = [...bestWindow.entries()].sort((a, b) => b[1].score - a[1].score || a[0] - b[0]).map(([id]) => id);
  const fused = reciprocalRankFusion(
    [onlyCandidates(lexicalHits.map((h) => h.passageId)), onlyCandidates(vectorHits.map((h) => h.passageId)), byEvidence],
    settings.rrfK,
    [1, 1, settings.evidenceWeight],
  );
  // When some candidate's document names the question's anchor, passages of documents that do not are left out.
  const someNamed = [...fused.keys()].some((id) => namesAnchor(id) === true);
  const evidenceScore = (id: number): number => bestWindow.get(id)?.score ?? 0;
  // When some candidate's article is about the asked event (its best window holds the scene), the
  // passages of articles about other events come after it: no quote of theirs answers.
  const inAskedEvent = (id: number): number => (bestWindow.get(id)?.sceneHeld === true ? 1 : 0);
  const someScene = setsScene.hasScene && [...fused.keys()].some((id) => inAskedEvent(id) === 1);
  const order = [...fused.entries()]
    .filter(([id]) => !someNamed || namesAnchor(id) !== false)
    .sort((a, b) => (someScene ? inAskedEvent(b[0]) - inAskedEvent(a[0]) : 0) || b[1] - a[1] || evidenceScore(b[0]) - evidenceScore(a[0]) || a[0] - b[0])
    .slice(0, settings.resultLimit);

  const ranked: RankedPassage[] = [];
  for (const [passageId, fusedScore] of order) {
    const passage = parts.passages.get(passageId);
    if (!passage) continue;
    ranked.push({
      passage,
      rank: ranked.length + 1,
      fused: fusedScore,
      bm25: bm25.get(passageId) ?? null,
      similarity: similarity.get(passageId) ?? null,
      anchorInDocument: namesAnchor(passageId),
    });
  }
  // The quote candidates: every window of the top passages, weighed with their final rank.
  const windows = ranked
    .slice(0, settings.quoteDepth)
    .filter((r) => r.anchorInDocument !== false)
    .flatMap((r) =>
      (windowsOf.get(r.passage.id) ?? evaluateWindows(r.passage, r.rank)).map((w) => ({
        ...w,
        score: windowScore(w.relevance, w.sentences, r.rank, settings),
        vectorEvidence: r.similarity !== null && parts.similarityThreshold != null && r.similarity > parts.similarityThreshold,
      })),
    )
    .sort((a, b) => b.score - a.score || a.start - b.start);
  const unknownNames = analysed.terms
    .filter((t) => t.role === "anchor" && !t.token.numeric && !t.token.joined && (t.token.capitalised || t.token.acronym))
    .map((t) => t.token)
    .filter((token) => lexical.documentShare(token) === 0 && !lexical.knows(token) && !lexical.continuesName(token));
  // (So are, typed in any case, a famous person's names that no article writes: "when did gorbachev die".)
  for (const token of lexical.unknownPeople(asked.terms.map((t) => t.token))) if (!unknownNames.some((t) => t.start === token.start)) unknownNames.push(token);
  const unknownWords = contentTerms(analysed)
    .map((t) => t.token)
    .filter((token) => lexical.documentShare(token) === 0 && !lexical.knows(token));
  // (And so is a Russian adjective made from a name that neither the articles nor the vocabulary
  // know, typed in lower case as Russian writes it: «какая высота у *останкинской* телебашни»,
  // «авария на *чернобыльской* АЭС» ask about another tower, another plant.)
  for (const token of unknownWords) if (NAME_ADJECTIVE.test(token.folded) && !unknownNames.some((t) => t.start === token.start)) unknownNames.push(token);
  return { question: analysed, ranked, windows, unknownNames, unknownWords, topSimilarity: vectorHits[0]?.similarity ?? null };
}
