import type { Passage } from "../corpus/article.ts";
import { datelineLength } from "../corpus/dateline.ts";
import { MONTHS } from "../corpus/dates.ts";
import { splitSentences } from "../corpus/sentences.ts";
import { matchToken, soundKeys, termSet, toIndexForm, type Analyzer, type TermSet, type Token } from "../text/analyzer.ts";
import { isCyrillic } from "../text/stem.ts";
import { countWords } from "../text/token-scanner.ts";
import type { TitleTerms } from "./title-terms.ts";
import { asksForName, causePhrases, headsCause, holdsAnswerType, isNumberWord, namesCause, namesPerson, namesRole, statesCauseOutright, statesPopulation, reportsSpeech, statesFinding, statesTimeUnit, statesPunishment, statesSentencePassed, statesRate, statesTenure, citesLawArticle, timeUnitOf, typeEvidence, type TypeEvidence } from "./answer-type.ts";
import { isOrdinal, WAGE_CONCEPTS, type QuestionAnalysis, type QuestionTerm } from "./question.ts";
import { RETRIEVAL_SETTINGS, type RetrievalSettings } from "./settings.ts";

/** The months as concepts ("june", «июне»; "may" left out: it is also the verb). */
const MONTH_CONCEPTS: ReadonlySet<string> = new Set(["january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december"]);

/** One sentence of a passage, analysed, with offsets into the article's cleaned text. */
export interface SentenceTerms {
  start: number;
  end: number;
  text: string;
  /** Content tokens, with offsets into the article's cleaned text. */
  readonly tokens: Token[];
  /**
   * The sentence's terms. This object and `types` stand for the sentence's text: sentences of
   * the same text may share them, never sentences of different texts (`windowEvaluator`
   * remembers what it found in a text by them).
   */
  terms: TermSet;
  /** What the sentence holds of each answer type (a quantity, a date, a name…). */
  types: TypeEvidence;
  /** A line break separates the sentence from the one before. */
  breakBefore: boolean;
  /**
   * Whether the sentence may be quoted: not publishing furniture (a byline "By … | … | date", a
   * photo credit, a headline or subheading standing alone on its line without a final stop, a
   * run-in heading put as a question without its mark: «Почему рухнула лестница.» opening its paragraph).
   */
  quotable: boolean;
}

/** Lines that are metadata whatever their length: bylines, credits, publication stamps, tags. */
const FURNITURE_START = /^\(?(?:(?:фото|photo|credit|credits|автор|авторы|источник|source|опубликовано|published|updated|обновлено|tags|теги|метки|read more|читайте также|(?:additional )?reporting by|editing by|writing by)(?![\p{L}])|(?:дата|date)\s*:)/iu;
/**
 * A byline: "By" and one to four capitalised words, then the end, a comma, a pipe or a dash ("By Maria
 * Olsen, Reuters"). "By Saturday morning the fire was 18% contained." is a sentence.
 */
const BYLINE = /^\(?[Bb][Yy]\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}(?:$|[,|;–—-])/u;
/**
 * A section number and a capitalised word or three ending in a stop or a colon (two after a number of
 * one level, which may number a list's short sentence): a numbered report's run-in heading.
 */
const RUN_IN_HEADING = /^(?:(?:\d{1,2}(?:\.\d{1,2})+\.?|[IVX]{1,4}\.)\s+\p{Lu}[\p{L}’'-]*(?:\s+[\p{L}’'-]+){0,2}|\d{1,2}\.\s+\p{Lu}[\p{L}’'-]*(?:\s+[\p{L}’'-]+)?)[.:]$/u;
/** A line without a final stop and with fewer words than this is a headline, not a sentence. */
const MIN_HEADLINE_WORDS = 8;
/**
 * A run-in heading put as a question without its mark, opening a paragraph that goes on after it
 * on the same line («**Почему рухнула лестница.** По предварительной версии…», "**Why the doors
 * were locked.** The fire service said…"): a question word, then words without a comma or a figure,
 * then a stop. ("When" and "where" also open prose sentences: "When police arrived they left.")
 */
const QUESTION_HEADING = /^(?:почему|зачем|отчего|из[-\s]за\s+чего|как|что|кто|где|куда|откуда|чем|why|how|what)(?![\p{L}])[^,;:\p{N}]*\.$/iu;

/** A preposition of place right before a word ("in *Turkey*", "at *Chernobyl*", «в *Турции*»). */
const PLACE_PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:in|at|near|в|во|на|под|около|возле)\s+$/iu;

/** The vocabulary's concept of "Russian", «российский», «русский». */
const RUSSIAN = "russian";

/** «Погибших нет.», «Пострадавших нет.»: a two-word sentence that says there were none. */
const NONE_OF_THEM = /^\p{L}+\s+нет\.$/iu;

/** Whether a sentence may be quoted (see `SentenceTerms.quotable`). Pure. */
export function isQuotable(text: string, aloneOnLine: boolean, opensParagraph = false): boolean {
  const trimmed = text.trim();
  // Words counted only as far as the rules below look (a sentence has dozens).
  const words = countWords(trimmed, MIN_HEADLINE_WORDS);
  // (Two words say something only as «Погибших нет.», «Жертв нет.»: none of them.)
  if (words < 3 && !(words === 2 && !aloneOnLine && NONE_OF_THEM.test(trimmed))) return false;
  if (opensParagraph && words < MIN_HEADLINE_WORDS && QUESTION_HEADING.test(trimmed)) return false;
  if (/\s\|\s/.test(trimmed) || FURNITURE_START.test(trimmed) || BYLINE.test(trimmed)) return false;
  // A question states nothing (a reporter's at a briefing, a subheading «Кто обслуживает станцию?»).
  if (/\?[»”"')\]]*$/u.test(trimmed)) return false;
  // A line ending in a colon leads into what the next lines say (a speaker's cue in a transcript,
  // "The statement reads:"): alone it says nothing, and a window never reaches over a line's end.
  if (aloneOnLine && trimmed.endsWith(":")) return false;
  // A numbered section's run-in heading ("2.1 Rainfall.", «3. Выводы.») names what follows, and says nothing.
  if (RUN_IN_HEADING.test(trimmed)) return false;
  // A short line without a final stop is a heading, unless it gives a figure: a list of key facts
  // ("Ransom demanded: $4.5 million in bitcoin", "212 patients transferred") is quoted.
  // (A closing quote or bracket ends a sentence only after a stop: «Досье: вертолёт «Ансат»» and
  // "SUMMARY (AI-assisted, checked by an editor)" are headings.)
  if (aloneOnLine && !/[.!?…](?:[»”"')\]]*)$|[”"]$/u.test(trimmed) && words < MIN_HEADLINE_WORDS && !/\p{N}/u.test(trimmed)) return false;
  return true;
}

/** A sentence's content tokens in index form, with offsets into the article (`shift`: where the sentence starts there). */
function sentenceTokens(text: string, shift: number, analyzer: Analyzer): Token[] {
  // The analyser's tokens are new objects: made index-form and moved to article offsets in place.
  const tokens = analyzer.analyze(text);
  for (const token of tokens) {
    toIndexForm(token);
    token.start += shift;
    token.end += shift;
  }
  return tokens;
}

/**
 * An analysed sentence. Its tokens are made again when first asked for (the highlights of a
 * quote): kept for every sentence, they would be most of what the sentence cache holds, and the
 * garbage collector would copy them from one space to the next.
 */
class AnalysedSentence implements SentenceTerms {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly terms: TermSet;
  readonly types: TypeEvidence;
  readonly breakBefore: boolean;
  readonly quotable: boolean;
  readonly #analyzer: Analyzer;
  #tokens: Token[] | null = null;

  constructor(start: number, end: number, text: string, analysed: AnalysedText, breakBefore: boolean, quotable: boolean, analyzer: Analyzer) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.terms = analysed.terms;
    this.types = analysed.types;
    this.breakBefore = breakBefore;
    this.quotable = quotable;
    this.#analyzer = analyzer;
  }

  get tokens(): Token[] {
    this.#tokens ??= sentenceTokens(this.text, this.start, this.#analyzer);
    return this.#tokens;
  }
}

/**
 * What a sentence's text alone decides: its terms and its answer-type evidence (not its offsets,
 * nor whether it may be quoted, which depend on its place in a passage).
 */
export interface AnalysedText {
  terms: TermSet;
  types: TypeEvidence;
  /**
   * Whether the text may be quoted (`isQuotable`) standing alone on its line, opening a line that
   * goes on, and inside a line: filled in
   * as first asked (a sentence met again is not looked at again).
   */
  quotable?: { alone?: boolean; opensLine?: boolean; inLine?: boolean };
}

/**
 * Analysed sentence texts, kept by the caller between passages: overlapping passages share
 * sentences (the last of one is the first of the next), and a question's candidates are often
 * neighbours in one article.
 */
export interface SentenceMemo {
  get(text: string): AnalysedText | undefined;
  set(text: string, analysed: AnalysedText): void;
}

/**
 * Splits a passage into analysed sentences (cached by the caller: this is the costly part). A
 * sentence whose text `memo` holds is not analysed again: its terms and type evidence depend on
 * its text only.
 */
export function sentenceTerms(passage: Passage, analyzer: Analyzer, memo?: SentenceMemo): SentenceTerms[] {
  const spans = splitSentences(passage.text);
  return spans.map((span, i) => {
    const breakBefore = i > 0 && passage.text.slice(spans[i - 1]?.end ?? 0, span.start).includes("\n");
    // A dateline opening a paragraph ("ALMATY. KAZINFORM – …") is not part of what is quoted.
    const opensLine = i === 0 || breakBefore;
    const s = opensLine ? { start: span.start + datelineLength(passage.text.slice(span.start, span.end)), end: span.end } : span;
    const text = passage.text.slice(s.start, s.end);
    const next = spans[i + 1];
    const breakAfter = next === undefined || passage.text.slice(s.end, next.start).includes("\n");
    const start = passage.start + s.start;
    let analysed = memo?.get(text);
    if (!analysed) {
      analysed = { terms: termSet(sentenceTokens(text, start, analyzer)), types: typeEvidence(text) };
      memo?.set(text, analysed);
    }
    const alone = (i === 0 || breakBefore) && breakAfter;
    const quotable = (analysed.quotable ??= {});
    const mayQuote = alone
      ? (quotable.alone ??= isQuotable(text, true))
      : opensLine
        ? (quotable.opensLine ??= isQuotable(text, false, true))
        : (quotable.inLine ??= isQuotable(text, false));
    return new AnalysedSentence(start, passage.start + s.end, text, analysed, breakBefore, mayQuote, analyzer);
  });
}

/** Offsets of a highlighted word, into the article's cleaned text. */
export interface Highlight {
  start: number;
  end: number;
}

/** How well one window (a sentence, or two adjacent ones) of a passage answers a question. */
export interface WindowEvidence {
  passageId: number;
  doc: string;
  /** Offsets into the article's cleaned text. */
  start: number;
  end: number;
  sentences: 1 | 2;
  /** Share (0…1) of the focus words' weight the window contains (anchors stand in when a question has no focus words). */
  focusShare: number;
  /** Share (0…1) of the whole question's weight found: focus words in the window, topic words and anchors in the passage. */
  questionShare: number;
  /** Focus words the window contains. */
  focusMatched: QuestionTerm[];
  /**
   * Focus words the window lacks but its article's title holds (the headline says what every
   * sentence of the article is about): they count towards `focusShare` and `questionShare`.
   */
  focusInTitle: QuestionTerm[];
  /** Whether the window holds an answer of the question's type (a quantity, a date, a name…). */
  typeHeld: boolean;
  /**
   * Whether the window's article (its text or title) holds every word of the question that says
   * which event is asked about (`QuestionTerm.scene`, when the articles use it at all): "how many
   * people died in the earthquake" is not answered by a death toll of an attack. A year the
   * question names must be the article's too (`QuestionAnalysis.years`): its date's, or in its text;
   * and so must a full name the articles know ("Xi Jinping" of "what did Xi Jinping say about the
   * Dagestan attacks" is not in the Dagestan article).
   */
  sceneHeld: boolean;
  /**
   * Whether, for a count question, the window holds a counted number next to (at most
   * `countDistance` words from) a word of what is counted ("about 300 *servicemen*" for "how many
   * soldiers"): the number counts what is asked, not something else of the same sentence.
   */
  countHeld: boolean;
  /**
   * Whether the window's passage is closer to the question on the vector side than off-topic
   * questions come to this index (above its calibrated threshold); always false in lexical mode.
   */
  vectorEvidence: boolean;
  /**
   * Whether the window is in the other language than the question's: its words were met through
   * the vocabulary's translations, which miss some (see `RetrievalSettings.crossLanguageAllowance`).
   */
  crossLanguage: boolean;
  /**
   * Whether the window's first sentence opens with a pronoun ("They were inside for four minutes"):
   * it goes on about what the sentence before it, or the article, is about (see `opensWithPronoun`).
   */
  continuesBefore: boolean;
  /** What matches, weighed (share of the question's weight, plus the answer-type bonus), before rank. */
  relevance: number;
  /** Ranking score: `relevance` with the passage rank bonus, a two-sentence window discounted (higher = better). */
  score: number;
}

/** What window evaluation reads from the index. */
export interface EvidenceSource {
  sentences(passageId: number): SentenceTerms[];
  covers(passageId: number, token: Token): boolean;
  documentCovers(doc: string, token: Token): boolean;
  /** Whether one passage of the document holds every token (a full name's words together); absent: each anywhere in it. */
  documentCoversTogether?(doc: string, tokens: readonly Token[]): boolean;
  weight(token: Token): number;
  /** Whether the articles use the word at all (by stem or concept). */
  knows(token: Token): boolean;
  /** Share (0…1) of the documents that contain the token (by stem or sound key). */
  documentShare(token: Token): number;
  /** In how many passages the token occurs (by stem, concept or sound key: names across scripts count). */
  passageFrequency(token: Token): number;
  /** Whether a word is a noun for a person ("brewer", «проводницу»: see `PersonNouns`). */
  isPersonNoun(token: Token): boolean;
  /** Whether a word names a place the gazetteer knows, or its people ("Ohio", "Russian"); absent: none does. */
  namesPlace?(token: Token): boolean;
}

/** A window's ranking score from its relevance, its length in sentences and its passage's rank (1-based). */
export function windowScore(relevance: number, sentences: 1 | 2, rank: number, settings: RetrievalSettings = RETRIEVAL_SETTINGS): number {
  const score = relevance + settings.rankBonus / rank;
  return sentences === 2 ? score * settings.pairWindowFactor : score;
}

/**
 * The words that stand in for the focus: the focus words, else (a question of names only: "Who
 * is Aibek Smadiyarov?") the anchors, else the topic words.
 */
export function focusTerms(question: QuestionAnalysis): QuestionTerm[] {
  for (const role of ["focus", "anchor", "topic"] as const) {
    const terms = question.terms.filter((t) => t.role === role && !t.token.joined);
    if (terms.length > 0) return terms;
  }
  return [];
}

/** The question's names of two words or more, each as its words ("Xi Jinping", «Крокус Сити Холл»): name words written one after the other. */
function nameGroups(question: QuestionAnalysis): QuestionTerm[][] {
  const names = question.terms.filter((t) => t.role === "anchor" && !t.token.numeric && !t.token.joined);
  const groups: QuestionTerm[][] = [];
  for (let i = 0; i < names.length; i++) {
    const t = names[i];
    const previous = names[i - 1];
    if (!t) continue;
    const last = groups[groups.length - 1];
    if (previous && last && /^\s+$/.test(question.text.slice(previous.token.end, t.token.start))) last.push(t);
    else groups.push([t]);
  }
  // A role after a name is its holder's, not a word of the name: "the Larkhollow Festival *director*"
  // is the director of the Larkhollow Festival, whom the article names apart from it.
  for (const group of groups) while (group.length > 1 && namesRole(group[group.length - 1]?.token.original ?? "")) group.pop();
  return groups.filter((group) => group.length > 1);
}

/** The words of the question's names of two words or more ("Xi Jinping", «Крокус Сити Холл»): name words written one after the other. */
function fullNames(question: QuestionAnalysis): QuestionTerm[] {
  return nameGroups(question).flat();
}

/**
 * Weighs every window of one passage for the question: each sentence, and each two adjacent
 * sentences on one line (an answer may span "…four terrorists… The latter were detained in
 * Bryansk"). Windows with a sentence that may not be quoted are left out. `rank` is the
 * passage's rank (1-based) in retrieval. (To weigh several passages for one question, see
 * `windowEvaluator`: what does not depend on the passage is then worked out once.)
 */
export function evaluateWindows(
  question: QuestionAnalysis,
  passage: Passage,
  rank: number,
  source: EvidenceSource,
  settings: RetrievalSettings = RETRIEVAL_SETTINGS,
  titles: TitleTerms | null = null,
): WindowEvidence[] {
  return windowEvaluator(question, source, settings, titles)(passage, rank);
}

/** Which of a question's scored and generic words a sentence's terms hold (see `windowEvaluator`). */
interface SentenceMatch {
  scored: boolean[];
  generic: boolean[];
  /** Some scored word is held. */
  anyScored: boolean;
}

/**
 * `evaluateWindows` for one question over many passages (a question's ~30 candidates): the
 * question's words, their roles and weights are sorted out once, and what a sentence's text holds
 * of them is matched once per distinct analysed sentence (overlapping passages, and articles that
 * repeat a sentence, share it).
 */
export function windowEvaluator(
  question: QuestionAnalysis,
  source: EvidenceSource,
  settings: RetrievalSettings = RETRIEVAL_SETTINGS,
  titles: TitleTerms | null = null,
): (passage: Passage, rank: number) => WindowEvidence[] {
  // A scene-setting word no article uses («на химзаводе» for «на химическом предприятии») is a
  // wording the articles do not share, not evidence either way: it is left out of the question's weight.
  const scored = question.terms.filter((t) => t.role !== "generic" && !t.token.joined && (t.role !== "topic" || source.knows(t.token)));
  const generic = question.terms.filter((t) => t.role === "generic" && !t.token.joined);
  // The question's words by their index in `scored` (arrays, not maps: this runs for every
  // window of every candidate passage). The focus words are among the scored ones.
  const focusList = focusTerms(question);
  const focus = new Set(focusList);
  const isFocus = scored.map((t) => focus.has(t));
  const focusIndex = focusList.map((t) => scored.indexOf(t));
  const weights = scored.map((t) => source.weight(t.token));
  const total = weights.reduce((sum, w) => sum + w, 0);
  const focusTotal = focusIndex.reduce((sum, j) => sum + (weights[j] ?? 0), 0);
  // A question of names only ("how high did the Tellan River get"): its names stand in for the
  // focus, and a name the window's document carries counts, once one of them is in the window.
  const namesOnly = focusList.every((t) => t.role === "anchor");
  const allFocus = isFocus.every(Boolean);
  // The question's full names the articles know (see `sceneHeld`): the rest say nothing either way.
  const knownFullNames = fullNames(question).filter((t) => source.passageFrequency(t.token) > 0);
  // The thing whose kind is asked, and the question's own words (which say no kind: "the *tourist* shark" is none).
  const kindOf = question.kindOf ? { kind: termSet([question.kindOf.token]), questionWords: termSet(question.terms.filter((t) => !t.token.numeric).map((t) => t.token)) } : null;
  // The months the question names ("in *june* 2024", «в *январе*»), which an undated article may hold for its year.
  const questionMonths = question.terms.filter((t) => !t.token.numeric && t.token.concepts.some((c) => MONTH_CONCEPTS.has(c)));
  // And its words together, in one passage of the article (or in its title), by document.
  const fullNameGroups = nameGroups(question).filter((group) => group.every((t) => knownFullNames.includes(t)));
  const togetherByDoc = new Map<string, boolean>();
  const namesTogetherIn = (passage: Passage): boolean => {
    if (fullNameGroups.length === 0 || !source.documentCoversTogether) return true;
    let together = togetherByDoc.get(passage.doc);
    if (together === undefined) {
      together = fullNameGroups.every((group) => group.every((t) => inTitle(passage, t)) || source.documentCoversTogether?.(passage.doc, group.map((t) => t.token)) === true);
      togetherByDoc.set(passage.doc, together);
    }
    return together;
  };
  // The places a population question names (see `populationPlaceHeld`).
  const populationPlaces = question.population ? question.terms.filter((t) => t.role === "anchor" && !t.token.numeric && !t.token.joined) : [];
  // Names of the question in few documents ("Kalyros", «Корваллен»): in a document that holds one,
  // a scene word no document writes (only its synonyms: "after the ferry *sank*" of an article that
  // says "overturned"), or one in the other language than the document's, which the vocabulary
  // need not translate ("the avalanche at Irbis Park *ski* resort" of «горнолыжного курорта»), is the
  // question's wording of that event, not another event (see `sceneHeld`). Not a word for a kind of
  // event ("the *flood* near Ozyorsk" is not a derailment there, in either language).
  const eventNames = question.terms.filter((t) => {
    if (t.role !== "anchor" || t.token.numeric || t.token.joined) return false;
    const share = source.documentShare(t.token);
    return share > 0 && share <= settings.eventNameShare;
  });
  // The role a name question asks the holder of ("who was the *captain*", «как звали *водителя*»):
  // the name that answers stands with it, so a quote without it names someone else.
  // (Not a role word used as the verb right after "who": "who *chairs* the committee". After «кто» it
  // is the role asked, «кто *владелец*…»: Russian has no verb there.)
  const isRoleNoun = (term: QuestionTerm | undefined): boolean =>
    term !== undefined && (namesRole(term.token.original) || namesRole(term.token.folded)) && !/(?:^|[^\p{L}])who\s+$/iu.test(question.text.slice(0, term.token.start));
  const focusRoles = question.answerType === "person" && question.roleAsked ? focusIndex.filter((j, f) => j >= 0 && isRoleNoun(focusList[f])) : [];
  // The ordinal that picks the role's holder ("the *second* driver", «*второго* водителя»).
  const ordinal = question.terms.find((t) => t.role === "focus" && isOrdinal(t.token))?.token;
  // A name asked for is the role's holder's wherever the role word stands ("whats the name of the
  // Jade Horizon's *captain*", «как зовут *капитана* парома»), a scene phrase too.
  // So is the name of a person the question describes ("the name of the 12 year old *boy*", «как звали *покупателя*»).
  const personAsked = (t: QuestionTerm | undefined): boolean => t !== undefined && t.role === "focus" && namesPersonWord(t.token, source);
  const nameAsked = question.answerType === "person" && asksForName(question.text);
  // (Not a plain word for a person whose deed the question tells: «как звали *женщину*, которая
  // *погибла*» is answered by «*Погибла* 66-летняя Галина Петровна Недошивина», which says no
  // «женщина»; the deed must be in the quote, see `windowAnswers`.)
  const plainWithDeed = (t: QuestionTerm | undefined): boolean => t !== undefined && question.deed !== null && !isRoleNoun(t) && PLAIN_PERSON.test(t.token.folded);
  const describing = focusRoles.length === 0 && nameAsked ? scored.flatMap((t, j) => ((isRoleNoun(t) || personAsked(t)) && !plainWithDeed(t) ? [j] : [])) : focusRoles;
  // A role or a noun for a person says who is asked more closely than what befell them: «как звали
  // погибшую *проводницу*» is answered by the conductor's name, not by any name near «погибших».
  const specific = describing.filter((j) => {
    const t = scored[j];
    return t !== undefined && !t.token.concepts.some((c) => VICTIM_CONCEPTS.has(c)) && (isRoleNoun(t) || source.isPersonNoun(t.token));
  });
  const roleFocus = specific.length > 0 ? specific : describing;
  // A scene word may be a name in an article of the other script ("the *meridian* roof" of «ТЦ
  // «Меридиан»», "the *escalator*" of «эскалатор»): it sets that scene when such an article writes a
  // name that sounds like it (a transliteration; in its own script a sound-alike is another word).
  const sceneWords = question.terms.filter((t) => t.scene === true && !t.token.joined);
  const bySound = new Map<QuestionTerm, { token: Token; cyrillic: boolean }>();
  for (const t of sceneWords) {
    if (t.token.numeric || t.token.phonetic.length > 0) continue;
    const phonetic = soundKeys(t.token.folded, t.token.stem);
    if (phonetic.length > 0) bySound.set(t, { token: { ...t.token, phonetic }, cyrillic: isCyrillic(t.token.folded) });
  }
  // A scene no article knows a word of, in a question that names nothing the articles know
  // ("the top speed *of the Sapsan*", «в *театре на Дубровке*»): the event is not one they report.
  const unknownScene =
    sceneWords.length > 0 &&
    sceneWords.every((t) => {
      const sound = bySound.get(t)?.token;
      return !source.knows(t.token) && !(sound && source.passageFrequency(sound) > 0);
    }) &&
    !question.terms.some((t) => t.role === "anchor" && !t.token.numeric && source.documentShare(t.token) > 0);
  // The kind of answer an untyped question asks ("what *breed*", «какой *марки*»): a word its
  // article uses (a typed question's is given by its type: a town's name answers "which town").
  const categories = question.answerType !== "other" && question.answerType !== "yes-no" ? [] : question.terms.filter((t) => t.category === true && !t.token.numeric);
  const categoriesIn = (passage: Passage): boolean => categories.every((t) => source.documentCovers(passage.doc, t.token) || inTitle(passage, t));
  const questionCyrillic = isCyrillic(question.text);
  const placeNames = scored.filter((t) => t.role === "anchor" && !t.token.numeric && source.namesPlace?.(t.token) === true && PLACE_PREPOSITION_BEFORE.test(question.text.slice(0, t.token.start)));
  const unwritten = scored.map((t) => t.scene === true && eventNames.length > 0 && source.documentShare(t.token) === 0);
  const counted = new Set(question.counted);
  const typed = question.answerType !== "other" && question.answerType !== "yes-no";
  // Each generic word's weight, looked up when first needed.
  const genericWeights: number[] = [];
  // What each distinct sentence analysis holds of the question's words (term sets are shared by
  // sentences of one text, see `SentenceMemo`), and whether one sentence alone holds the asked type.
  const matches = new Map<TermSet, SentenceMatch>();
  const typeHeldAlone = new Map<TypeEvidence, boolean>();
  // The tests that read a sentence's tokens, by its text's analysis too (their answers depend on
  // its text only; a sentence is in up to three windows, and often in several candidates): whether
  // it gives an age next to a word of the question, explains the focus, counts what is counted.
  const ageHeld = new Map<TypeEvidence, boolean>();
  const reasonHeld = new Map<TypeEvidence, boolean>();
  const countedHeld = new Map<TypeEvidence, boolean>();
  const rateHeld = new Map<TypeEvidence, boolean>();
  const causeOutrightHeld = new Map<TypeEvidence, boolean>();
  const pricedHeld = new Map<TypeEvidence, PriceStated>();
  const causeHeadingHeld = new Map<TypeEvidence, boolean>();
  const byText = (memo: Map<TypeEvidence, boolean>, sentence: SentenceTerms, test: () => boolean): boolean => {
    let held = memo.get(sentence.types);
    if (held === undefined) {
      held = test();
      memo.set(sentence.types, held);
    }
    return held;
  };
  // Each role word without its links through another language (concepts "a ~ b"), for `roleHeld`.
  const questionWords = scored.map((t) => t.token);
  const strictRoles = new Map(roleFocus.map((j) => {
    const token = scored[j]?.token;
    return [j, token ? { ...token, concepts: token.concepts.filter((c) => !c.includes(" ~ ")) } : undefined] as const;
  }));
  const strictRoleIn = (sentence: SentenceTerms, j: number): boolean => {
    const token = strictRoles.get(j);
    return token !== undefined && matchToken(sentence.terms, token) !== null;
  };
  const noMatch: SentenceMatch = { scored: scored.map(() => false), generic: generic.map(() => false), anyScored: false };
  // "When will the museum *open again*": a date question of reopening is answered by what stays
  // closed until when ("The museum is closed until at least 6 December"), and «до какого числа
  // *закрыта* дорога» by when it reopens («Движение откроют 1 августа»).
  // (Not of a reopening past: «когда *возобновили* движение» is answered by when it did.)
  const reopening = scored.map((t) => question.answerType === "date" && t.role === "focus" && t.token.concepts.some((c) => REOPEN_CONCEPTS.has(c)) && !PAST_VERB.test(t.token.folded) && !PAST_QUESTION.test(question.text));
  const closing = scored.map((t) => question.answerType === "date" && t.role === "focus" && t.token.concepts.some((c) => CLOSE_CONCEPTS.has(c)));
  const match = (sentence: SentenceTerms | undefined): SentenceMatch => {
    if (!sentence) return noMatch;
    const { terms } = sentence;
    let found = matches.get(terms);
    if (!found) {
      const inScored = scored.map((t, j) => matchToken(terms, t.token) !== null || (reopening[j] === true && CLOSED_UNTIL.test(sentence.text)) || (closing[j] === true && REOPENS.test(sentence.text)));
      found = { scored: inScored, generic: generic.map((t) => matchToken(terms, t.token) !== null), anyScored: inScored.includes(true) };
      matches.set(terms, found);
    }
    return found;
  };

  // The tests of one sentence of a passage (by its index in `sentences`), made once per question,
  // not once per passage: under tsx, every arrow function bound to a name is named at run time
  // (esbuild's keepNames: a defineProperty call, about 1 µs), which six closures per candidate
  // passage made 3 % of an answer.
  // Whose age is asked: the person the question names by a role or a noun ("how old was the *kayaker*"),
  // else any of its words ("how old is *Ellingboe*"): "a 63-year-old farmer and a kayaker" gives no kayaker's age.
  const personTerms = question.age ? scored.filter((t) => t.role === "focus" && (namesRole(t.token.original) || namesPersonWord(t.token, source) || PLAIN_PERSON.test(t.token.folded))) : [];
  // A person named by a name is told by it: "how old is *Ellingboe*" is not answered by another man's age beside "Ellingboe said".
  // (Not a name of the heading before the question words: "*krasnoprudsk* falling ice how old was the woman".)
  const askedFrom = question.age ? AGE_ASKED_AT.exec(question.text)?.index ?? 0 : 0;
  const ageNames = question.age ? scored.filter((t) => t.role === "anchor" && !t.token.numeric && !t.token.joined && source.namesPlace?.(t.token) !== true && t.token.start >= askedFrom) : [];
  // Of a full name, the surname tells the person: "how old is Olga *Remezova*" is not answered by
  // «Олег Дудин, 56 лет» (a given name is shared by many; a name word followed by another is one).
  const nameTerms = ageNames.filter((t) => !ageNames.some((u) => u.token.start > t.token.end && /^[\s\u00A0]+$/u.test(question.text.slice(t.token.end, u.token.start))));
  // A person asked by sex or age only ("how old was the *woman* in intensive care", «сколько лет
  // *парню*…») is whoever the sentence gives an age to by a noun for a person («78-летнюю
  // *пенсионерку*», "a 19-year-old *man*"), or beside what the question says they did ("how old is
  // the guy *driving* the excavator" ← "digger *driver* Lee Hartigan, 41").
  const plainPersonAsked = nameTerms.length === 0 && personTerms.some((t) => PLAIN_PERSON.test(t.token.folded));
  const agedTerms =
    nameTerms.length > 0 ? nameTerms : plainPersonAsked ? scored.filter((t) => t.role === "focus") : personTerms.length > 0 ? personTerms : scored;
  const ageAt = (sentences: readonly SentenceTerms[], k: number): boolean => {
    const sentence = sentences[k];
    return sentence !== undefined && byText(ageHeld, sentence, () => ageNextTo(sentence, agedTerms, settings.countDistance, source, plainPersonAsked));
  };
  const reasonAt = (sentences: readonly SentenceTerms[], k: number): boolean => {
    const sentence = sentences[k];
    return sentence?.types.reason === true && byText(reasonHeld, sentence, () => explainsFocus(sentence, focusList));
  };
  const populationAt = (sentences: readonly SentenceTerms[], k: number): boolean => {
    const sentence = sentences[k];
    return sentence !== undefined && statesPopulation(sentence.text, sentence.types);
  };
  const countAt = (sentences: readonly SentenceTerms[], k: number): boolean => {
    const sentence = sentences[k];
    return sentence !== undefined && byText(countedHeld, sentence, () => countsNextTo(sentence, question.counted, settings.countDistance));
  };
  /** Whether the passage's sentences `from` to `to` (none when past it) hold the asked answer type. */
  const holdsType = (sentences: readonly SentenceTerms[], from: number, to: number): boolean => {
    const only = from === to ? sentences[from] : undefined;
    if (!only) {
      const evidence: TypeEvidence[] = [];
      for (let k = from; k <= to; k++) {
        const sentence = sentences[k];
        if (sentence) evidence.push(sentence.types);
      }
      return holdsAnswerType(question.answerType, evidence, question);
    }
    let held = typeHeldAlone.get(only.types);
    if (held === undefined) {
      held = holdsAnswerType(question.answerType, [only.types], question);
      typeHeldAlone.set(only.types, held);
    }
    return held;
  };
  /** Whether the title of the passage's article holds the word. */
  const inTitle = (passage: Passage, t: QuestionTerm): boolean => titles !== null && titles.covers(passage.doc, t.token);

  /**
   * Whether a window (`size` sentences from the `i`-th of the passage's `sentences`) holds the asked
   * answer type, and (for a count question) a counted number next to what is counted. A function of
   * its own, called for every window: its branches by kind of question (age, population, rate, role),
   * each rare, are optimised by V8 apart from the window loop, which it would otherwise compile again,
   * whole, the first time a question took one (a third of a second of compiling, several times over
   * a first pass of new questions, on a core the answers need).
   */
  const answerTypeIn = (
    sentences: readonly SentenceTerms[],
    i: number,
    size: number,
    firstMatch: SentenceMatch,
    secondMatch: SentenceMatch | null,
  ): { typeHeld: boolean; countHeld: boolean; causeOutright: boolean } => {
    // In a two-sentence window the answer must be in a sentence that says something of the
    // question: a date in the sentence before "The company has 21 days to appeal" does not date the
    // appeal. A cause may follow what it explains: "The substation shut down at 18:47. The
    // transformers had overheated…" answers why it shut down.
    const causeFollows = question.answerType === "reason" && firstMatch.anyScored;
    // The window's sentences that may give the answer, by their index in the passage: `typeFrom`
    // to `typeTo` (none when past it). Plain loops below, no closure per window: a question
    // weighs thousands of windows.
    const typeFrom = size === 1 || causeFollows || firstMatch.anyScored ? i : i + 1;
    // A second sentence that opens with a pronoun goes on about the first's subject ("…vodka in half-litre
    // bottles. *It* was sold for 179 roubles"): it says something of the question when the first does.
    // So does one that opens by naming the event in a general word ("…derailed near Belovo. *The
    // accident* happened at 03:42", «*Авария* произошла в 03:42»).
    const continues = size > 1 && firstMatch.anyScored && continuesSentenceBefore(sentences[i + 1]?.text ?? "");
    const typeTo = size === 1 ? i : causeFollows || secondMatch?.anyScored === true || continues ? i + 1 : i;
    let typeFound = false;
    if (question.age) {
      for (let k = typeFrom; k <= typeTo && !typeFound; k++) typeFound = ageAt(sentences, k);
    } else if (question.population) {
      for (let k = typeFrom; k <= typeTo && !typeFound; k++) typeFound = populationAt(sentences, k);
    } else {
      typeFound = holdsType(sentences, typeFrom, typeTo);
    }
    let countHeld = false;
    if (question.counted.length > 0) for (let k = typeFrom; k <= typeTo && !countHeld; k++) countHeld = countAt(sentences, k);
    // A number next to what is counted answers, whatever its unit ("9,400 *barrels*"), but not a
    // measure question: «под *снегом* оказались 23 человека» is no amount of snow ("how much snow
    // fell"). "Three people died as a result of the train's derailment" gives the derailment as a
    // cause, not its cause.
    const typeGiven = typeFound || (countHeld && !question.population && !question.measure);
    let typeHeld = typeGiven && question.answerType !== "reason";
    // A quantity asked per period ("how many passengers a year") is given per that period.
    const rate = question.rate;
    if (typeHeld && rate !== null) {
      let rated = false;
      for (let k = typeFrom; k <= typeTo && !rated; k++) {
        const sentence = sentences[k];
        rated = sentence !== undefined && byText(rateHeld, sentence, () => statesRate(sentence.text, rate));
      }
      typeHeld = rated;
    }
    if (typeGiven && !typeHeld) for (let k = typeFrom; k <= typeTo && !typeHeld; k++) typeHeld = reasonAt(sentences, k);
    // Some kinds of fact are told in their own words, which the window's sentences must hold: a wage
    // (a word of wages or a pay per period, "paid £1,050 a month", not a payout «семьям выплатят по
    // 1 млн рублей» that a wide word of paying links to «зарплата»); an article of a law, by its
    // number («ч. 2 ст. 213 УК РФ», "Article 4"); a span of service ("for 12 years", «проработал 30
    // лет»), not an age; a punishment's term ("five years in prison", «до шести лет лишения
    // свободы»), not someone's age or a date.
    if (typeHeld && question.wage) typeHeld = anySentence(sentences, typeFrom, typeTo, statesWage);
    if (question.lawArticle) typeHeld = anySentence(sentences, typeFrom, typeTo, (sentence) => citesLawArticle(sentence.text));
    if (question.statement) typeHeld = anySentence(sentences, typeFrom, typeTo, (sentence) => reportsSpeech(sentence.text));
    if (question.finding) typeHeld = anySentence(sentences, typeFrom, typeTo, (sentence) => statesFinding(sentence.text));
    if (kindOf) typeHeld = anySentence(sentences, typeFrom, typeTo, (sentence) => namesKind(sentence, kindOf.kind, kindOf.questionWords));
    if (typeHeld && question.tenure) typeHeld = anySentence(sentences, typeFrom, typeTo, (sentence) => statesTenure(sentence.text));
    // (A term given is not the most the law provides for: «Санкция статьи предусматривает до семи лет» gives no one a sentence.)
    if (typeHeld && question.punishment) typeHeld = anySentence(sentences, typeFrom, typeTo, (sentence) => statesPunishment(sentence.text) && (!question.sentenceGiven || statesSentencePassed(sentence.text)));
    // A count of time is given in its unit or one next to it: «трёхдневный траур» counts no minutes.
    const timeUnit = question.timeUnit;
    if (typeHeld && timeUnit !== null) typeHeld = anySentence(sentences, typeFrom, typeTo, (sentence) => statesTimeUnit(sentence.text, timeUnit));
    // A sentence under a subheading that announces the cause ("Why did it happen?", «Почему произошла
    // авария») gives the reason outright, with or without a word of cause.
    let underCauseHeading = false;
    if (question.answerType === "reason")
      for (let k = Math.max(typeFrom, 1); k <= typeTo && !underCauseHeading; k++) {
        const heading = sentences[k - 1];
        underCauseHeading = sentences[k] !== undefined && heading !== undefined && byText(causeHeadingHeld, heading, () => headsCause(heading.text));
      }
    if (underCauseHeading) typeHeld = true;
    // A reason said outright ("because", «из-за») ranks above one only set in time ("after", «после»).
    let causeOutright = underCauseHeading;
    if (typeHeld && question.answerType === "reason")
      for (let k = typeFrom; k <= typeTo && !causeOutright; k++) {
        const sentence = sentences[k];
        causeOutright = sentence !== undefined && reasonAt(sentences, k) && byText(causeOutrightHeld, sentence, () => statesCauseOutright(sentence.text));
      }
    // A price question's amount stands by what is priced: «вернёт полную стоимость *билетов*» after
    // «выплатит по 100 000 рублей» does not price the ticket. (A window whose sentences do not write
    // the priced word, found in the title, is left to the decision.)
    // (Nor does a sum in one sentence of the window price what the other names without a sum: "…200
    // *drone* shows. The council paid Lumora £86,000" prices no drone; unless it goes on about it, "They cost £45".)
    const priced = question.priced;
    if (priced !== null && typeHeld) {
      let near = false;
      let apart = false;
      for (let k = typeFrom; k <= typeTo && !near; k++) {
        const sentence = sentences[k];
        if (sentence === undefined) continue;
        let held = pricedHeld.get(sentence.types);
        if (held === undefined) {
          held = priceStated(sentence, priced, settings.priceDistance);
          pricedHeld.set(sentence.types, held);
        }
        near = held === "near";
        apart ||= held === "far" || (held === "unpriced" && !opensWithPronoun(sentences[k + 1]?.text ?? ""));
      }
      if (!near && apart) typeHeld = false;
    }
    // The role itself, or a translation of it, not a role linked to it through another language
    // ("Commander" ~ «командир» ~ "captain" names another officer), and the name beside it in one
    // sentence: «Погибли кладовщик Анатолий Громов… Третий погибший — покупатель» does not name the customer.
    // (A person the question tells by an age is found by the age instead, below: «как звали
    // 52-летнего водителя» is «Погиб 52-летний Виктор Кузьмин».)
    if (roleFocus.length > 0 && question.agedPerson === null) {
      let roleHeld = false;
      for (let k = typeFrom; k <= typeTo && !roleHeld; k++) {
        const sentence = sentences[k];
        roleHeld =
          sentence !== undefined &&
          roleFocus.some((j) => strictRoleIn(sentence, j) && roleBesideName(sentence, strictRoles.get(j), settings.roleNameDistance, { ordinal, questionWords, source })) &&
          holdsType(sentences, k, k);
      }
      typeHeld &&= roleHeld;
    }
    // A person told by an age is named beside it ("Marco Ricci, 12", "12-year-old Marco"): the
    // age alone («и 12-летний мальчик») names no one.
    const agedPerson = question.agedPerson;
    if (agedPerson !== null && typeHeld) {
      let named = false;
      for (let k = typeFrom; k <= typeTo && !named; k++) {
        const sentence = sentences[k];
        named = sentence !== undefined && namedWithAge(sentence, agedPerson);
      }
      typeHeld = named;
    }
    return { typeHeld, countHeld, causeOutright };
  };

  return (passage, rank) => {
    const sentences = source.sentences(passage.id);
    const focusInDocument = focusList.map((t) => namesOnly && source.documentCovers(passage.doc, t.token));
    // Topic words and anchors may be anywhere in the passage (anchors anywhere in the document), or
    // in the article's title.
    const populationPlaceHeld = question.population && populationPlaces.length > 0 ? populationPlaces.some((t) => source.covers(passage.id, t.token) || inTitle(passage, t)) : true;
    const inPassage = scored.map((t, j) =>
      isFocus[j] ? false : (t.role === "anchor" ? source.documentCovers(passage.doc, t.token) || titles?.outletNames(passage.doc, t.token) === true : source.covers(passage.id, t.token)) || inTitle(passage, t),
    );
    // A focus word only the title holds counts when the article is about the rest of the question
    // too (another focus word in the window, or one of its other words in the passage or the
    // title): «Токаев переговорил с Путиным после терактов в Дагестане» does not make a Dagestan
    // sentence answer "when was the blast at the Yartsevo plant".
    const restHeld = allFocus || inPassage.some(Boolean);
    // A year the question names must be the article's: its date's, or one its text mentions (an
    // undated article that never mentions it is not about that year: "who scored in the 2018 world
    // cup final" is not an undated cup final's; until round 16 it had the benefit of the doubt).
    // (Unless the article is undated and writes the month the question names with the year: "the
    // attacks in Derbent in *june* 2024" of an undated report of the attacks «23 *июня*» — a date it
    // cannot contradict, with a month it agrees with.)
    const monthHeld = questionMonths.length > 0 && questionMonths.every((m) => source.documentCovers(passage.doc, m.token) || inTitle(passage, m));
    const yearsHeld = question.years.every((y) => {
      const dated = titles?.datedIn(passage.doc, y.token.folded);
      return source.documentCovers(passage.doc, y.token) || inTitle(passage, y) || dated === true || (dated === null && monthHeld);
    });
    // So must a full name the articles know ("Xi Jinping", «Олег Миронов»: name words written one
    // after the other): a quote from an article that never names that person or place is not about them.
    const fullNamesHeld = knownFullNames.every((t) => source.documentCovers(passage.doc, t.token) || inTitle(passage, t)) && namesTogetherIn(passage);
    const eventHeld = eventNames.some((t) => source.documentCovers(passage.doc, t.token));
    const cyrillic = isCyrillic(passage.text);
    const sceneWordHeld = (t: QuestionTerm, j: number): boolean => {
      if (!t.scene || (eventHeld && (unwritten[j] || (isCyrillic(t.token.folded) !== cyrillic && !namesEventKind(t.token)))) || source.documentCovers(passage.doc, t.token) || inTitle(passage, t)) return true;
      // A Russian report need not say that its court or city is Russian ("the man barricaded in the *russian* court").
      if (cyrillic && t.token.concepts.includes(RUSSIAN)) return true;
      const sound = bySound.get(t);
      return sound !== undefined && sound.cyrillic !== cyrillic && source.documentCovers(passage.doc, sound.token);
    };
    // One scene word the article lacks is the question's own wording when at least two others are
    // the article's ("the *crowd* on the square in front of the akimat": the article says "protesters"),
    // or one other and a name of the question (round 16: "the Hadleigh Cross lift *accident*"), unless
    // it names a kind of event (a *flood* is not a derailment, whatever else matches) or a place
    // (a court in Ohio is not "the *russian* court").
    let sceneMissing = 0;
    let sceneFound = 0;
    let kindMissing = false;
    for (let j = 0; j < scored.length; j++) {
      const t = scored[j];
      if (!t?.scene) continue;
      if (sceneWordHeld(t, j)) sceneFound++;
      else {
        sceneMissing++;
        kindMissing ||= namesEventKind(t.token) || source.namesPlace?.(t.token) === true;
      }
    }
    const namesHeld = scored.filter((t, j) => t.role === "anchor" && !t.token.numeric && !t.token.joined && inPassage[j]).length;
    const sceneWordsHeld = sceneMissing === 0 || (sceneMissing === 1 && !kindMissing && sceneFound >= 1 && sceneFound + namesHeld >= 2);
    // A place the question names by a name the vocabulary knows as one ("in *Turkey*", «в *Турции*»)
    // is the article's: a Kamchatka volcano's earthquakes are not Turkey's.
    const placesHeld = placeNames.every((t) => source.documentCovers(passage.doc, t.token) || inTitle(passage, t) || (cyrillic && t.token.concepts.includes(RUSSIAN)));
    const sceneHeld = !unknownScene && yearsHeld && fullNamesHeld && placesHeld && categoriesIn(passage) && sceneWordsHeld;
    // What a count question counts must be in the quote itself: a headline does not say what the
    // quote's number counts ("how many attackers were killed" is not «15 погибших» of «…после терактов»).
    const focusInTitle = focusList.map((t) => !namesOnly && !counted.has(t) && inTitle(passage, t));
    const windows: WindowEvidence[] = [];
    for (let i = 0; i < sentences.length; i++) {
      const first = sentences[i];
      if (!first?.quotable) continue;
      const second = sentences[i + 1];
      const pairs = second?.quotable === true && !second.breakBefore && second.end - first.start <= settings.maxWindowChars;
      const firstMatch = match(first);
      const inFirst = firstMatch.scored;
      const genericInFirst = firstMatch.generic;
      for (let size = 1; size <= (pairs ? 2 : 1); size++) {
        const secondMatch = size === 2 ? match(second) : null;
        const inSecond = secondMatch?.scored ?? null;
        const genericInSecond = secondMatch?.generic ?? null;
        const focusMatched: QuestionTerm[] = [];
        const titleFocus: QuestionTerm[] = [];
        let focusWeight = 0;
        let focusWeightInDocument = 0;
        let focusWeightInTitle = 0;
        for (let f = 0; f < focusIndex.length; f++) {
          const j = focusIndex[f] ?? -1;
          const term = focusList[f];
          // (A focus word that is not scored, at -1, weighs nothing; it is not read at index -1, a
          // lookup V8 leaves its optimised code for.)
          const weight = j >= 0 ? (weights[j] ?? 0) : 0;
          if (j < 0 || (inFirst[j] !== true && inSecond?.[j] !== true)) {
            if (focusInDocument[f]) focusWeightInDocument += weight;
            if (focusInTitle[f] && term) {
              titleFocus.push(term);
              focusWeightInTitle += weight;
            }
            continue;
          }
          // A word of origin is the event's, not a name's: "when was it *built*" is not answered by
          // «проспект *Строителей*» (a capitalised word inside a sentence).
          if (term !== undefined && term === question.origin && !writtenInLowerCase(term.token, first, size === 2 ? second : undefined)) continue;
          if (term) focusMatched.push(term);
          focusWeight += weight;
        }
        if (focusMatched.length > 0) focusWeight += focusWeightInDocument;
        // (A title's focus word counts when the window holds another, or the passage the rest.)
        if (!restHeld && focusMatched.length === 0) titleFocus.length = 0;
        else focusWeight += focusWeightInTitle;
        let found = focusWeight;
        let windowWeight = focusWeight;
        for (let j = 0; j < scored.length; j++) {
          if (isFocus[j]) continue;
          const weight = weights[j] ?? 0;
          if (inFirst[j] === true || inSecond?.[j] === true) {
            found += weight;
            windowWeight += weight * (scored[j]?.role === "anchor" ? settings.anchorWeight : settings.topicWeight);
          } else if (inPassage[j]) {
            found += weight;
            windowWeight += weight * settings.passageWeight;
          }
        }
        for (let j = 0; j < generic.length; j++) {
          if (genericInFirst[j] !== true && genericInSecond?.[j] !== true) continue;
          const term = generic[j];
          if (!term) continue;
          const weight = (genericWeights[j] ??= source.weight(term.token));
          windowWeight += weight * settings.genericWeight;
        }
        const start = first.start;
        const end = size === 2 && second ? second.end : first.end;
        const answerFound = answerTypeIn(sentences, i, size, firstMatch, secondMatch);
        const { countHeld, causeOutright } = answerFound;
        // A population is the population of the place asked about ("how many people live in *Tokyo*"):
        // its passage names that place, not another town's residents.
        const typeHeld = answerFound.typeHeld && (!question.population || populationPlaceHeld);
        let relevance = total === 0 ? 0 : windowWeight / total;
        if ((typed || roleFocus.length > 0 || question.lawArticle || question.statement || question.finding || kindOf) && typeHeld) relevance += question.answerType === "reason" && !causeOutright ? settings.typeBonus * settings.timeCueBonusShare : settings.typeBonus;
        if (countHeld && question.counted.length > 0) relevance += settings.countBonus;
        const sentencesInWindow = size === 2 ? 2 : 1;
        windows.push({
          passageId: passage.id,
          doc: passage.doc,
          start,
          end,
          sentences: sentencesInWindow,
          focusShare: focusTotal === 0 ? 0 : focusWeight / focusTotal,
          questionShare: total === 0 ? 0 : found / total,
          focusMatched,
          focusInTitle: titleFocus,
          typeHeld,
          sceneHeld,
          countHeld,
          vectorEvidence: false,
          crossLanguage: cyrillic !== questionCyrillic,
          continuesBefore: opensWithPronoun(first.text),
          relevance,
          score: windowScore(relevance, sentencesInWindow, rank, settings),
        });
      }
    }
    return windows;
  };
}

/**
 * Whether a sentence's cause or purpose is that of the question's focus: some focus word of the
 * sentence stands outside its cause and purpose phrases («подстанция *отключилась* из-за перегрева»),
 * not only inside them («три человека погибли в результате *крушения* поезда» gives the crash as the
 * cause of the deaths). A sentence that names a cause outright, or holds no focus word (the cause
 * in the sentence after the event), explains as before.
 */
function explainsFocus(sentence: SentenceTerms, focus: readonly QuestionTerm[]): boolean {
  if (namesCause(sentence.text)) return true;
  const phrases = causePhrases(sentence.text);
  if (phrases.length === 0) return true;
  const offsets = sentence.tokens.filter((token) => isOneOf(token, focus)).map((token) => token.start - sentence.start);
  return offsets.length === 0 || offsets.some((at) => phrases.every((p) => at < p.start || at >= p.end));
}

/** Words that say a number is a number of years: «21-летний», «52 лет», "34-year-old", "aged 49". */
const YEARS_AFTER = /^(?:лет|год|года|летн\p{L}*|years?|yearold)$/u;

/**
 * Kinds of event news reports (by the vocabulary's concept keys, so in both languages: "flood",
 * «наводнении»): a scene word naming one says which event is asked about.
 */
const EVENT_KIND_CONCEPTS = new Set([
  "flood", "flooding", "fire", "blaze", "wildfire", "explosion", "blast", "bombing", "crash", "derailment", "collision",
  "earthquake", "quake", "attack", "terrorist attack", "avalanche", "landslide", "mudslide", "collapse", "storm", "tornado", "hurricane",
  "typhoon", "cyclone", "outbreak", "epidemic", "leak", "spill", "riot", "unrest", "shooting", "shootout", "stabbing", "hijacking",
  "kidnapping", "robbery", "heist", "fraud", "scam", "poisoning", "eruption", "tsunami", "drought", "heatwave", "heat wave", "blackout",
  "outage", "strike", "protest", "war", "wreck", "shipwreck", "sinking", "capsizing", "cyberattack", "hack",
  "escape", "siege", "hostage", "murder", "killing", "massacre",
]);

/** Whether a word names a kind of event (see `EVENT_KIND_CONCEPTS`). */
function namesEventKind(token: Token): boolean {
  return EVENT_KIND_CONCEPTS.has(token.folded) || token.concepts.some((c) => EVENT_KIND_CONCEPTS.has(c));
}

/** What befell a person ("the dead", «погибшую», "the injured", «пострадавшего»): it tells the person less closely than a role does. */
const VICTIM_CONCEPTS = new Set(["victim", "dead", "deceased", "fatality", "casualty", "injured", "wounded", "survivor"]);

/** Words after a year in figures that make it a date («с 2011 года», «в 2011 году»). */
const YEAR_DATE_WORDS = new Set(["год", "года", "году", "годом"]);

/**
 * Whether the age at `i` (a number, then its years words) stands right before a noun for a person
 * that is none of the question's words: the age tells that person.
 */
function ageTellsOther(tokens: readonly Token[], i: number, scored: readonly QuestionTerm[], source: Pick<EvidenceSource, "isPersonNoun">): boolean {
  let j = i + 1;
  while (j < tokens.length && j <= i + 3 && AGE_WORDS.test(tokens[j]?.folded ?? "")) j++;
  if (j === i + 1) return false;
  const next = tokens[j];
  return next !== undefined && !next.numeric && !PLAIN_PERSON.test(next.folded) && source.isPersonNoun(next) && !isOneOf(next, scored);
}

/**
 * A word for a person by sex or age only, in any of its forms ("woman", «парню», «женщину»): "the
 * driver, a 34-year-old *woman*" still gives the driver's age, and "how old was the *woman*" asks
 * whoever the sentence gives an age to (see `personAfterAge`).
 */
const PLAIN_PERSON = /^(?:man|men|woman|women|boy|boys|girl|girls|guy|guys|lady|person|child|kid|мужчин\p{L}*|женщин\p{L}*|парн\p{L}*|парень|девушк\p{L}*|мальчик\p{L}*|девочк\p{L}*|ребен\p{L}*|ребён\p{L}*|человек)$/u;

/**
 * Whether a sentence holds a number of years (a number before «лет», «-летний», "years", after
 * "aged", or right after a name: "Reyes, 34") within `distance` words of a word of the question.
 */
function ageNextTo(sentence: SentenceTerms, scored: readonly QuestionTerm[], distance: number, source: Pick<EvidenceSource, "isPersonNoun">, anyPerson = false): boolean {
  const { tokens } = sentence;
  const isYearsWord = (token: Token) => YEARS_AFTER.test(token.folded) || token.folded === "aged";
  return tokens.some((token, i) => {
    if (!token.numeric) return false;
    const after = tokens[i + 1];
    const before = tokens[i - 1];
    // «с 2011 года» is a date, not an age or a span of years.
    if (after !== undefined && YEAR_DATE_WORDS.has(after.folded) && /^[12]\d{3}$/u.test(token.folded)) return false;
    // "67-летний *пенсионер*", "a 34-year-old *man*": the age is that person's, not the asked one's,
    // when the question does not name them by that noun.
    if (!anyPerson && ageTellsOther(tokens, i, scored, source)) return false;
    // «охотник с 30-летним *стажем*», "30 years of *experience*": a span of a career, not an age.
    const spanOf = tokens[i + 2]?.folded === "of" ? tokens[i + 3] : tokens[i + 2];
    if (after !== undefined && YEARS_AFTER.test(after.folded) && spanOf !== undefined && SPAN_OF_YEARS.test(spanOf.folded)) return false;
    const years = (after !== undefined && YEARS_AFTER.test(after.folded)) || before?.folded === "aged";
    // "Reyes, 34": the number right after the name and its comma, not a count after a left-out word ("Ellingboe said 63 people").
    // (Not a day of a month: "the Rector, Monsignor Paolo Venturini, 7 August 2034".)
    const afterName =
      before?.capitalised === true &&
      Number(token.folded) <= 120 &&
      (after === undefined || MONTHS[after.folded] === undefined) &&
      /^\s*,\s*$/u.test(sentence.text.slice(before.end - sentence.start, token.start - sentence.start));
    // One word further: the years word itself stands between the number and the name.
    return (years || afterName) && (wordNear(tokens, i, distance + 1, scored, isYearsWord) || (anyPerson && personAfterAge(tokens, i, source)));
  });
}

/** What a number of years may measure besides an age: a career, a service, a marriage, a contract. */
const SPAN_OF_YEARS = /^(?:стаж\p{L}*|опыт\p{L}*|experience|service|career|marriage|брак\p{L}*|контракт\p{L}*|contract|юбиле\p{L}*|anniversary|history|истори\p{L}*)$/u;

/** Where an age question's words begin after a heading ("… *how old* was the woman", «… *сколько лет* парню»). */
const AGE_ASKED_AT = /(?<=\S\s+)(?:how\s+old|(?:сколько|скольк\p{L}*|скока)\s+(?:лет|годиков))(?![\p{L}])/iu;


/** Whether the `i`-th token's age words are followed by a noun for a person ("a 19-year-old *man*", «78-летнюю *пенсионерку*»). */
function personAfterAge(tokens: readonly Token[], i: number, source: Pick<EvidenceSource, "isPersonNoun">): boolean {
  let j = i + 1;
  while (j < tokens.length && j <= i + 3 && AGE_WORDS.test(tokens[j]?.folded ?? "")) j++;
  const next = tokens[j];
  return j > i + 1 && next !== undefined && !next.numeric && (PLAIN_PERSON.test(next.folded) || source.isPersonNoun(next));
}

/**
 * Whether a person's name of the sentence stands within `distance` words of the role word, and no
 * other role word stands nearer to it ("the captain, Stavros Kondylis", "Kondylis, 58, the captain"):
 * in "The captain, Stavros Kondylis, and the chief officer were arrested" the chief officer is not named.
 * With an `ordinal` asked, only the role word it stands before counts («водитель Виктор Кузьмин… второй
 * водитель спал» does not name the second driver). Another noun for a person the question itself
 * uses does not stand in the way ("the chair of *trustees*, Sir Geoffrey Palling" for «председателя
 * попечителей»).
 */
function roleBesideName(
  sentence: SentenceTerms,
  role: Token | undefined,
  distance: number,
  { ordinal, questionWords, source }: { ordinal: Token | undefined; questionWords: readonly Token[]; source: Pick<EvidenceSource, "isPersonNoun"> },
): boolean {
  if (role === undefined) return false;
  const names = sentence.types.personNames;
  if (names.length === 0) return false;
  const { tokens } = sentence;
  const asked: number[] = [];
  const others: number[] = [];
  // (A noun for a person the question itself uses is not another person's.)
  const inQuestion = (token: Token) => questionWords.some((q) => matchToken(termSet([token]), q) !== null);
  const ordinalAt = (i: number) => ordinal !== undefined && [tokens[i - 1], tokens[i - 2]].some((t) => t !== undefined && matchToken(termSet([t]), ordinal) !== null);
  // A resident noun with the place after it describes the person between the role and the name: it
  // counts no distance, and is that person, not another ("the driver, Kirov resident Ruslan
  // Merkulov", «водитель тягача, 34-летний житель Кирова Руслан Меркулов»).
  const resident = tokens.map((token) => RESIDENT_NOUN.test(token.folded));
  // So does an age before the name ("the driver, *61-year-old* Ahmat Uzdenov", «водитель, *61-летний*
  // Ахмат Узденов») or before the role in an apposition ("Callum Petch, a *19-year-old* cyclist"): its number, its
  // words and the word they are also joined into count no distance.
  const aged = tokens.map(() => false);
  const nameWords = new Set(names.flat());
  tokens.forEach((token, i) => {
    if (!token.numeric) return;
    let j = i + 1;
    while (tokens[j] !== undefined && (tokens[j]?.joined === true || AGE_WORDS.test(tokens[j]?.folded ?? ""))) j++;
    const next = tokens[j];
    // (Before the role only in an apposition, "Name, *a* 19-year-old cyclist": «…Анна Лещенко, 38 лет, и
    // 57-летний пациент» names no patient.)
    const before = tokens[i - 1];
    const apposition = before !== undefined && /,\s*an?\s+$/iu.test(sentence.text.slice(before.end - sentence.start, token.start - sentence.start));
    if (j > i + 1 && next !== undefined && (nameWords.has(next.folded) || (apposition && matchToken(termSet([next]), role) !== null))) for (let k = i; k < j; k++) aged[k] = true;
  });
  // (The role as a word for a person: «продажу» shares a concept with «продавца» but names no one.)
  const personWordAt = (token: Token) => namesRole(token.original) || namesPerson(token.original) || source.isPersonNoun(token);
  const roleWordAt = (token: Token) => namesRole(token.original) || namesPerson(token.original);
  const isAsked = tokens.map((token, i) => personWordAt(token) && matchToken(termSet([token]), role) !== null && (ordinal === undefined || ordinalAt(i)));
  // The role's own complement, and a second role in apposition with its own, stand between the role
  // and the name without distance, and the second role is the same person's: "the *Chairman* of the
  // CSTO Collective Security Council, Prime Minister of Armenia Nikol Pashinyan", «*председатель*
  // совета безопасности, премьер-министр Армении Никол Пашинян».
  const apposed = tokens.map(() => false);
  const plainGap = (a: Token, b: Token) => /^[\s\u00A0]*(?:(?:of|the|of\s+the)\s+)?$/iu.test(sentence.text.slice(a.end - sentence.start, b.start - sentence.start));
  const commaGap = (a: Token, b: Token) => /^\s*,\s*$/u.test(sentence.text.slice(a.end - sentence.start, b.start - sentence.start));
  tokens.forEach((_, r) => {
    if (!isAsked[r]) return;
    // The complement: words joined to the role without a comma or a verb ("of the CSTO Collective
    // Security Council"), then a second role after a comma ("Prime Minister") and its own complement.
    const joinedRun = (from: number, stopAtName: boolean): number => {
      let j = from;
      while (j < tokens.length && j - from < 8) {
        const token = tokens[j];
        const before = tokens[j - 1];
        if (token === undefined || before === undefined || !plainGap(before, token) || CLAUSE_VERB.test(token.folded) || token.numeric || personWordAt(token)) break;
        if (stopAtName && nameWords.has(token.folded)) break;
        j++;
      }
      return j;
    };
    const end = joinedRun(r + 1, false);
    const comma = tokens[end];
    const last = tokens[end - 1];
    let second = -1;
    if (comma !== undefined && last !== undefined && commaGap(last, comma)) {
      second = [end, end + 1].find((at) => tokens[at] !== undefined && roleWordAt(tokens[at] as Token) && (at === end || plainGap(comma, tokens[at] as Token))) ?? -1;
    }
    const through = second >= 0 ? joinedRun(second + 1, true) : joinedRun(r + 1, true);
    // (Only when the run reaches the name: a role whose complement goes on to other words is no apposition.)
    if (!nameWords.has(tokens[through]?.folded ?? "")) return;
    for (let k = r + 1; k < through; k++) apposed[k] = true;
  });
  const position: number[] = [];
  let counted = 0;
  tokens.forEach((_, i) => {
    position.push(counted);
    if (!resident[i] && resident[i - 1] !== true && !aged[i] && !apposed[i]) counted += 1;
  });
  tokens.forEach((token, i) => {
    if (isAsked[i]) asked.push(i);
    else if (resident[i] || apposed[i]) return;
    // (A capitalised word is a name's, whatever common noun for a person it sounds like: «Громов» is no «громила».)
    else if (namesRole(token.original) || namesPerson(token.original) || (source.isPersonNoun(token) && !token.capitalised && !inQuestion(token))) others.push(i);
  });
  const gap = (at: number, from: number, to: number) => {
    const [p, f, t] = [position[at] ?? at, position[from] ?? from, position[to] ?? to];
    return p < f ? f - p : p > t ? p - t : 0;
  };
  const spans = names.flatMap((words) => {
    const positions = tokens.flatMap((token, i) => (words.includes(token.folded) ? [i] : []));
    return positions.length === 0 ? [] : [{ from: Math.min(...positions), to: Math.max(...positions) }];
  });
  return spans.some(({ from, to }) => {
    const nearest = Math.min(...asked.map((r) => gap(r, from, to)));
    if (nearest > distance) return false;
    // Another person's word beyond a verb is in another clause: «Министр … Виктор Ступин *сообщил*,
    // что семьи погибших…» names the minister.
    const verbBetween = (r: number) => tokens.slice(Math.min(r, to) + 1, Math.max(r, from)).some((t) => CLAUSE_VERB.test(t.folded));
    // Another person's word after the name with a name of its own after it is that name's: «водитель
    // маршрутки 61-летний Ахмат Узденов и *супруги* Олег и Вера Муравьёвы» names the driver.
    const ownNameAfter = (r: number) => r > to && spans.some((other) => other.from > r && gap(r, other.from, other.to) <= distance);
    return others.every((r) => gap(r, from, to) >= nearest || verbBetween(r) || ownNameAfter(r));
  });
}

/**
 * Whether a window's sentences write the question's word of origin other than as a capitalised word
 * inside a sentence (a name's word: «проспект Строителей», "Founders Way") or as the noun "building". Pure.
 */
function writtenInLowerCase(word: Token, first: SentenceTerms, second: SentenceTerms | undefined): boolean {
  return [first, second].some((sentence) => sentence?.tokens.some((token, i) => (i === 0 || !token.capitalised) && !BUILDING_NOUN.test(token.folded) && matchToken(termSet([token]), word) !== null) === true);
}

/** "Building" as the noun for a house or hall ("the building was empty"): it tells no one built anything. */
const BUILDING_NOUN = /^buildings?$/u;

/**
 * Whether a question word is a noun for a person as written or as corrected ("kayaker", a misspelt
 * "pasenger"), or one WordNet and the lexicon know ("brewer", «проводницу»: see `PersonNouns`).
 */
function namesPersonWord(token: Token, source: Pick<EvidenceSource, "isPersonNoun">): boolean {
  return namesPerson(token.original) || namesPerson(token.folded) || source.isPersonNoun(token);
}

/** A past verb (English -ed, said; a Russian past) that ends the clause a name stands in ("said", «сообщил»). */
const CLAUSE_VERB = /^(?:\p{Script=Latin}{3,}ed|said|says|told|\p{Script=Cyrillic}{3,}(?:л|ла|ло|ли|лся|лась|лись))$/u;

/** Nouns for where a person lives or comes from, in apposition to a name ("Kirov *resident*", «*житель* Кирова»). */
const RESIDENT_NOUN = /^(?:residents?|natives?|жител(?:ь|ьница|я|ю|ем|ьницы|ьнице)|уроженц\p{L}*|уроженец|уроженк\p{L}*)$/u;

/** Words between an age and the name it tells ("12-year-old Marco", «52-летний Виктор»). */
const AGE_WORDS = /^(?:years?|yrs?|old|летн\p{L}*|лет|года?)$/u;

/** Whether a sentence names someone of `age`: a capitalised word right before it ("Ricci, 12") or right after its age words. */
function namedWithAge(sentence: SentenceTerms, age: string): boolean {
  const { tokens } = sentence;
  // Only punctuation and spaces between two tokens (stop words are not tokens: "Road, and a 19-year-old
  // man" does not name the man "Road").
  const adjacent = (a: Token | undefined, b: Token | undefined): boolean =>
    a !== undefined && b !== undefined && /^[\s,\-–]*$/u.test(sentence.text.slice(a.end - sentence.start, b.start - sentence.start));
  return tokens.some((token, i) => {
    if (!token.numeric || token.folded !== age) return false;
    const before = tokens[i - 1];
    if (before?.capitalised === true && adjacent(before, token)) return true;
    let j = i + 1;
    while (tokens[j] !== undefined && AGE_WORDS.test(tokens[j]?.folded ?? "") && adjacent(tokens[j - 1], tokens[j])) j++;
    return j > i + 1 && tokens[j]?.capitalised === true && adjacent(tokens[j - 1], tokens[j]);
  });
}

/** Whether a sentence holds a counted number (not a date, year or identifier) within `distance` words of a counted word. */
function countsNextTo(sentence: SentenceTerms, counted: readonly QuestionTerm[], distance: number): boolean {
  const numbers = sentence.types.numbers;
  // Without a counted number or a number word no token can be one: the sentence is not analysed again for its tokens.
  if (numbers.length === 0 && !sentence.types.numberWord) return false;
  const { tokens } = sentence;
  const isCount = (token: Token) => (token.numeric ? numbers.includes(token.folded) : isNumberWord(token.folded));
  const skip = (near: Token) => isNumberWord(near.folded);
  const countsTime = counted.some((t) => timeUnitOf(t.token.folded) !== null);
  return tokens.some((token, i) => {
    if (!isCount(token)) return false;
    // A number after a verb of reaching counts the verb's subject ("the death *toll* exceeded 115
    // people", «число *погибших* выросло до 20»): what is counted stands within reach of the verb.
    const link = LINK_VERB.test(tokens[i - 1]?.folded ?? "") ? i - 1 : UP_TO.has(tokens[i - 1]?.folded ?? "") && LINK_VERB.test(tokens[i - 2]?.folded ?? "") ? i - 2 : -1;
    if (link >= 0 && wordNear(tokens, link, distance, counted, skip)) return true;
    // A number followed by a word counts that word ("officers detained 3,000 *suspects*" counts no
    // officers): the words before it count only when none follows («полицейских погибло 18»), or
    // when it only says "people" («пострадало 46 человек»).
    const next = tokens[i + 1];
    // A number of years, days or hours counts them, not a thing near it («Я *сорок лет* на эту
    // колокольню поднимаюсь» counts no bells), unless time is what is counted.
    if (!countsTime && next !== undefined && !next.numeric && timeUnitOf(next.folded) !== null) return false;
    const countsAfterOnly = next !== undefined && !next.numeric && !skip(next) && !PEOPLE_WORDS.has(next.folded) && next.start - token.end <= 2;
    if (countsAfterOnly) return wordNear(tokens.slice(i), 0, distance, counted, skip);
    // People counted after a verb are its object, not the subject before it: "law enforcement
    // *officers* detained 3,000 people" counts no officers.
    if (next !== undefined && PEOPLE_WORDS.has(next.folded)) {
      let from = Math.max(0, i - distance);
      // (The verb itself counts when it is what the question counts: «скольких *задержали*».)
      for (let j = i - 1; j >= from; j--) {
        const before = tokens[j];
        if (before !== undefined && VERB_FORM.test(before.folded) && !isOneOf(before, counted)) {
          from = j + 1;
          break;
        }
      }
      return wordNear(tokens.slice(from), i - from, distance, counted, skip);
    }
    return wordNear(tokens, i, distance, counted, skip);
  });
}

/** Whether one of the sentences `from` to `to` (those past the passage's end left out) passes `test`. */
/** Concepts of opening again, and of closing (see `REOPENS`, `CLOSED_UNTIL`). */
const REOPEN_CONCEPTS: ReadonlySet<string> = new Set(["open", "reopen", "resume"]);
const CLOSE_CONCEPTS: ReadonlySet<string> = new Set(["close", "closed", "closure", "shut down", "shutdown"]);
/** A thing closed until a time ("is closed until at least 31 August", «закрыт как минимум до 1 октября»). */
const CLOSED_UNTIL = /\b(?:closed|shut|suspended)\b[^.;]{0,60}?\buntil\b|(?<![\p{L}])(?:закрыт\p{L}*|перекрыт\p{L}*|приостановлен\p{L}*)[^.;]{0,60}?(?<![\p{L}])до(?![\p{L}])/iu;
/** A past question ("when *did* it reopen") and a Russian verb's past («возобновили», «открылся»). */
const PAST_QUESTION = /\b(?:did|was|were)\b/iu;
const PAST_VERB = /[\p{Script=Cyrillic}](?:л|ла|ло|ли|лся|лась|лось|лись)$/u;
/** A thing opening again ("will reopen on", «откроют 1 августа», «возобновит работу»). */
const REOPENS = /\breopen\p{L}*|\bopen\p{L}*\s+again\b|(?<![\p{L}])(?:откро\p{L}*|возобнов\p{L}*)/iu;

/** A Russian adjective's endings («бычья», «белую», «морского»). */
const RUSSIAN_ADJECTIVE = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ую|юю|ей|ых|их|ым|им|ыми|ими)$/u;

/** Words before a thing that say which one of them, not which kind ("the *first* shark bite", «*другая* акула»). */
const NO_KIND_CONCEPTS: ReadonlySet<string> = new Set(["first", "last", "next", "only", "same", "other", "another", "previous", "latest", "single"]);

/**
 * Whether a sentence names the thing `kind` with a word that says which kind: one written right
 * before it ("a *bull* shark", "a *Cessna* plane"; in Russian an adjective, «*белая* акула»), or joined to it by a hyphen after
 * it («акула-*бык*»), that is no number, no word of position ("the *first* shark bite") and no word of the question. Pure.
 */
function namesKind(sentence: SentenceTerms, kind: TermSet, questionWords: TermSet): boolean {
  const { tokens, text, start } = sentence;
  const between = (a: Token, b: Token) => text.slice(a.end - start, b.start - start);
  const says = (t: Token | undefined) => t !== undefined && !t.numeric && !t.stop && !isOrdinal(t) && !t.concepts.some((c) => NO_KIND_CONCEPTS.has(c)) && matchToken(questionWords, t) === null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined || token.joined || matchToken(kind, token) === null) continue;
    const before = tokens[i - 1];
    // (In Russian only an adjective says it: «акулу *заметили*» puts a verb there.)
    if (before !== undefined && !before.joined && says(before) && /^\s+$/u.test(between(before, token)) && (!isCyrillic(before.folded) || RUSSIAN_ADJECTIVE.test(before.folded))) return true;
    const after = tokens.slice(i + 1).find((t) => !t.joined);
    if (after !== undefined && says(after) && /^[-‐‑]$/u.test(between(token, after))) return true;
  }
  return false;
}

function anySentence(sentences: readonly SentenceTerms[], from: number, to: number, test: (sentence: SentenceTerms) => boolean): boolean {
  for (let k = from; k <= to; k++) {
    const sentence = sentences[k];
    if (sentence !== undefined && test(sentence)) return true;
  }
  return false;
}

/** Periods a pay is given per ("paid £1,050 a month"). */
const PAY_PERIODS = ["month", "week", "day", "year"] as const;

/** Whether a sentence tells a wage: a word of wages, or a pay per period (see `QuestionAnalysis.wage`). */
function statesWage(sentence: SentenceTerms): boolean {
  for (const concept of sentence.terms.concepts) if (WAGE_CONCEPTS.has(concept)) return true;
  return sentence.terms.concepts.has("pay") && PAY_PERIODS.some((period) => statesRate(sentence.text, period));
}

/**
 * A verb form between a word and a number (an English past, a Russian past): "detained",
 * «задержали». Not a link verb, after which the number is the subject's («туристов *оказалось* 46 человек»).
 */
const VERB_FORM = /^(?!(?:оказал|был|составил|стал|насчитывал)\p{L}*$)(?:\p{Script=Latin}{3,}ed|took|held|saw|\p{Script=Cyrillic}{3,}(?:ли|ла|лись|лось|лся|лась))$/u;

/** Verbs of reaching a number, whose subject is what the number counts ("the toll *exceeded* 115", «число жертв *выросло* до 20»). */
const LINK_VERB = /^(?:exceeded|exceeds|reached|reaches|rose|risen|climbed|stood|stands|totall?ed|topped|surpassed|hit|превысил\p{L}*|превышает|достиг\p{L}*|выросл?\p{L}*|возросл?\p{L}*|увеличил\p{L}*)$/u;

/** "To" / «до» between a verb of reaching and its number ("rose *to* 20", «выросло *до* 20»). */
const UP_TO: ReadonlySet<string> = new Set(["to", "до"]);

/** Words that count people without saying who (the verb before says it: «пострадало 46 *человек*», "injuring 74 *people*"). */
const PEOPLE_WORDS: ReadonlySet<string> = new Set(["people", "persons", "person", "individuals", "человек", "человека", "людей", "лиц", "жертв"]);

/**
 * Whether a sentence writes a price question's priced word ("absent": it does not), and then whether
 * a sum of money stands within reach of it ("near"), elsewhere in the sentence ("far"), or nowhere in
 * it ("unpriced": "200 drone *shows*" prices no drone).
 */
type PriceStated = "absent" | "near" | "far" | "unpriced";

/** Where a sentence states the price of `priced` (see `PriceStated`): a number within `distance` words of the priced word, or after a word of price. */
function priceStated(sentence: SentenceTerms, priced: QuestionTerm, distance: number): PriceStated {
  const { tokens } = sentence;
  const at = tokens.flatMap((token, i) => (!token.numeric && isOneOf(token, [priced]) ? [i] : []));
  // (A sentence that writes the priced word but no number says nothing of the price: the next one may.)
  if (at.length === 0) return "absent";
  if (!tokens.some((t) => t.numeric) || !sentence.types.units.has("money")) return "unpriced";
  const numberWithin = (i: number) => tokens.slice(Math.max(0, i - distance), i + distance + 1).some((t) => t.numeric);
  // The amount may also stand after a word of price, as far ("the trip *cost* 9,500", «банкет *обошёлся* семье Селивановых в 410 тысяч»).
  const afterPriceWord = tokens.some((t, i) => ARTICLE_PRICE_WORD.test(t.folded) && tokens.slice(i + 1, i + 1 + distance).some((n) => n.numeric));
  return afterPriceWord || at.some(numberWithin) ? "near" : "far";
}

/** A personal or demonstrative pronoun opening a sentence ("It", "They", «Её», «Они», «Это»). */
const OPENING_PRONOUN = /^[\s"'«“(]*(?:it|its|he|his|she|her|they|their|them|this|these|он|она|оно|они|его|её|ее|их|ему|ей|им|это|этот|эта|эти)(?![\p{L}\p{N}])/iu;

/** Whether a sentence opens with a pronoun that refers back to the sentence before (see `OPENING_PRONOUN`). Pure. */
export function opensWithPronoun(sentence: string): boolean {
  return OPENING_PRONOUN.test(sentence);
}

/**
 * An event named by a general word opening a sentence: the event the sentence before told of
 * ("The accident happened at 03:42", «Авария произошла в ночь на 17 апреля», «ЧП случилось…»).
 */
const OPENING_EVENT_WORD =
  /^[\s"'«“(]*(?:the\s+(?:accident|incident|crash|collision|tragedy|disaster|derailment|collapse|blast|explosion)|авари[яи]|происшестви[ея]|инцидент|чп|трагеди[яи]|катастроф[аы]|крушени[ея]|дтп)(?![\p{L}\p{N}])/iu;

/** Whether a sentence goes on about what the sentence before it told of: a pronoun or a general word for the event opens it. Pure. */
export function continuesSentenceBefore(sentence: string): boolean {
  return OPENING_PRONOUN.test(sentence) || OPENING_EVENT_WORD.test(sentence);
}

/** Words of price in an article ("cost", "priced", «стоила», «стоимостью», «цена», «обошёлся»; an estimate: "estimated at", «оценили в»; case-folded). */
const ARTICLE_PRICE_WORD = /^(?:cost|costs|costing|price|priced|prices|estimated|valued|оцени(?:л|ла|ли|вается|ваются|вают)|оценен(?:а|ы|о)?|стои(?:л|ла|ло|ли|т|ят|ть|мость|мостью|мости)|цена|цену|цене|цены|ценой|обош(?:елся|лась|лось|лись|ел|ла|ло|ли)|обойд(?:ется|утся))$/u;

/** Whether a word (not a number, nor one `skip` leaves out) within `reach` words of the `i`-th token is one of `terms`. */
function wordNear(tokens: readonly Token[], i: number, reach: number, terms: readonly QuestionTerm[], skip: (token: Token) => boolean = () => false): boolean {
  for (let j = Math.max(0, i - reach); j <= Math.min(tokens.length - 1, i + reach); j++) {
    const near = tokens[j];
    if (j !== i && near && !near.numeric && !skip(near) && isOneOf(near, terms)) return true;
  }
  return false;
}

/** Whether a word of an article is one of the question's `terms` (by any of its keys). */
function isOneOf(token: Token, terms: readonly QuestionTerm[]): boolean {
  const own = termSet([token]);
  return terms.some((t) => matchToken(own, t.token) !== null);
}

/**
 * The words of a span of an article that match the question's non-generic words, as offsets
 * into the article's cleaned text (what the reader sees in bold).
 */
export function highlightsIn(question: QuestionAnalysis, passageId: number, start: number, end: number, source: EvidenceSource): Highlight[] {
  const terms = question.terms.filter((t) => t.role !== "generic");
  // Only the sentences the span overlaps (a sentence's tokens lie within it): the others' tokens
  // would be made again (see `AnalysedSentence.tokens`) only to be left out.
  return source
    .sentences(passageId)
    .filter((s) => s.end > start && s.start < end)
    .flatMap((s) => s.tokens)
    .filter((token) => token.start >= start && token.end <= end && isOneOf(token, terms))
    .map((token) => ({ start: token.start, end: token.end }));
}
