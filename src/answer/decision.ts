import { TIME_UNITS, timeUnitOf, typeIsRequired, type AnswerType, type MeasureUnit } from "../retrieval/answer-type.ts";
import { contentTerms, isOrdinal, type QuestionAnalysis, type QuestionTerm } from "../retrieval/question.ts";
import type { Retrieval } from "../retrieval/retriever.ts";
import type { WindowEvidence } from "../retrieval/sentence-evidence.ts";
import { RETRIEVAL_SETTINGS, type RetrievalSettings } from "../retrieval/settings.ts";

/** Why the documents were judged not to answer. */
export type AbstainReason =
  /** Nothing was found at all. */
  | "nothing-found"
  /** The question names something (a capitalised name, an acronym) no article mentions. */
  | "unknown-name"
  /** The question asks for instructions or advice ("how do I…") and names nothing the articles report. */
  | "advice-asked"
  /** No sentence says what is asked about (the focus): "population" of a city the articles only name. */
  | "focus-missing"
  /** Sentences say it, but none holds an answer of the asked type (a number for "how many", a date for "when"). */
  | "answer-type-missing"
  /** Sentences say it, but only in articles about another event than the one asked about ("died in the earthquake" of an attack's dead). */
  | "other-event"
  /** The best sentences and their passages hold too little of the question. */
  | "too-little";

/** The decision, with what it rests on (shown by `ask --json`, logged by the bot). */
export type Decision =
  | {
      answered: true;
      answerType: AnswerType;
      /** The question's focus words the best quote contains. */
      matchedFocus: string[];
      /** Focus words the best quote lacks but its article's title holds (what the whole article is about). */
      focusInTitle: string[];
      /** Whether the best quote holds an answer of the asked type. */
      answerTypeFound: boolean;
    }
  | { answered: false; answerType: AnswerType; reason: AbstainReason };

/**
 * Whether a window may be quoted as an answer: it says what is asked about (at least one focus
 * word, and `minFocusShare` of their weight — `minFocusShareTyped` when the question asks for a
 * quantity or a date, which must then be in the window, unless the window's number stands next to
 * what a count question counts), and the window with its passage holds
 * `minQuestionShare` of the whole question (when the question has focus words; one of names only
 * is answered by a window naming them). With the embedding model, a window whose passage is more
 * similar to the question than off-topic questions come to the index needs only
 * `minFocusShareWithVector` of the focus words (still at least one, and still the asked type). A shared name or number alone is never enough: names
 * and numbers are anchors, which only stand in for the focus when a question has nothing else.
 * Some words of the question must be in the quote itself whatever the shares: the institution, the
 * priced thing, the sum's name ("damage", «курс»), the beginning a date asks ("built"), what a
 * named person did ("detained"), an ordinal, the whole world ("in the world"), a place singled out
 * («именно на посту») — each says which of the article's facts is asked.
 */
export function windowAnswers(
  window: WindowEvidence,
  question: Pick<QuestionAnalysis, "answerType" | "terms" | "roleAsked" | "lawArticle" | "statement" | "finding" | "kindOf" | "deed" | "counted" | "measure" | "institution" | "priced" | "sum" | "world" | "specificPlace" | "origin" | "units" | "thingNameAsked">,
  settings: RetrievalSettings = RETRIEVAL_SETTINGS,
): boolean {
  // A question of numbers alone ("whats 15% of 2400", "15 percent of 240", "7 times 8") is answered
  // by no sentence that shares them.
  if (!question.terms.some((t) => t.role !== "generic" && !t.token.numeric && !ARITHMETIC_WORD.test(t.token.folded))) return false;
  const typed = typeIsRequired(question.answerType);
  if ((typed || nameRequired(question) || question.lawArticle || question.statement || question.finding) && !window.typeHeld) return false;
  // A count of something named ("how many peacekeepers", «сколько полицейских») is answered by a
  // number standing next to what is counted, not by any number of the sentence.
  // (Not a measure, nor a span of time counted in its units: «сколько дней траура» is «трёхдневный траур».)
  if (question.answerType === "quantity" && !question.measure && question.counted.some((t) => !namesTimeUnit(t.token)) && !window.countHeld) return false;
  // "Which *hospital*": the quote names a hospital (the word, or its translation), not any organisation.
  if (question.institution && !window.focusMatched.includes(question.institution)) return false;
  // "How much did the *ticket* cost": the quote prices the ticket, not anything else of the event.
  if (question.priced && !window.focusMatched.includes(question.priced) && !window.focusInTitle.includes(question.priced)) return false;
  // "How much *damage*", "how big was the *fine*": the quote names the sum, not any sum of the event.
  // (Unless the quote goes on about it with a pronoun: «Ущерб оценили. По оценке администрации, *он* превышает 1,2 млн рублей».)
  if (question.sum && !window.focusMatched.includes(question.sum) && !window.continuesBefore) return false;
  // "When was the pool *built*": the date's quote says it was built, not when something else happened there.
  if (question.origin && !window.focusMatched.includes(question.origin) && !window.focusInTitle.includes(question.origin)) return false;
  // "The name of the instructor *detained*": the quote says what the named person did, not only their role.
  if (question.deed && !window.focusMatched.includes(question.deed)) return false;
  // "The longest river *in the world*", "the *world* cup": the quote says so, not of a local thing.
  // "Сколько погибло *именно на посту* ДПС": the quote names the place singled out, not the event's total.
  if (question.specificPlace && !window.focusMatched.includes(question.specificPlace)) return false;
  const world = question.world;
  if (world && !window.focusMatched.includes(world) && !window.focusInTitle.includes(world)) return false;
  // "Did anyone *die*", «*пострадал* ли кто-нибудь», "has anyone been *arrested*": whether there were
  // dead, hurt or arrested is said in so many words ("Nobody was killed", «Погибших нет», "no one has
  // been arrested"), not by a sentence about the event without them.
  if (question.answerType === "yes-no" && question.terms.some((t) => t.role === "focus" && t.token.concepts.some((c) => TOLD_OUTRIGHT_CONCEPTS.has(c)) && !window.focusMatched.includes(t))) return false;
  // A quote from an article about another event does not answer ("how many people died in the
  // earthquake" is not answered by an attack's death toll).
  if (!window.sceneHeld) return false;
  // An ordinal that picks one of several ("the *second* driver", «*третьей* жертвы») must be in the
  // quote: a sentence about the driver does not name the second one.
  if (question.terms.some((t) => t.role === "focus" && isOrdinal(t.token) && !window.focusMatched.includes(t))) return false;
  // Vector evidence (above the index's calibrated off-topic threshold) lowers the share of focus
  // words needed, never below one of them: a similarity alone never answers.
  const lexicalMinimum = typed && !window.countHeld ? settings.minFocusShareTyped : settings.minFocusShare;
  const minFocus = window.vectorEvidence ? Math.min(lexicalMinimum, settings.minFocusShareWithVector) : lexicalMinimum;
  // A question of names only ("What happened in Almaty in January?") is answered by its names;
  // the share of the whole question guards focus words that were matched out of context.
  const hasFocusWords = question.terms.some((t) => t.role === "focus");
  // A measure is the measure of what the quote itself says: a headline's phone call does not make
  // the «трёхдневный траур» below it the call's length.
  // (Unless the quote goes on about it with a pronoun: "They were inside for four minutes".)
  // (Nor a measure of a kind articles seldom give twice — a temperature, a length, a speed: "The car
  // dropped about 46 metres" under a headline of the lift's fall.)
  if (question.measure && window.focusMatched.length === 0 && !window.continuesBefore && !rareUnits(question.units)) return false;
  return window.focusMatched.length + window.focusInTitle.length > 0 && window.focusShare >= minFocus && (!hasFocusWords || window.questionShare >= settings.minQuestionShare - (window.crossLanguage ? settings.crossLanguageAllowance : 0));
}

/** Words of a sum to work out ("percent", "times", «процентов», «плюс»): with numbers alone they ask for arithmetic. */
const ARITHMETIC_WORD = /^(?:percent|per|cent|times|plus|minus|divided|multiplied|squared|процент\p{L}*|плюс|минус|умножить|разделить|делить)$/u;

/** Concepts of dying, being hurt or being arrested, which a yes/no question about them needs in its quote. */
const TOLD_OUTRIGHT_CONCEPTS: ReadonlySet<string> = new Set(["die", "kill", "death", "dead", "injure", "injured", "injury", "hurt", "wounded", "arrest", "detain"]);

/** Units an article seldom gives for more than one thing (not money, per cents or spans of time, which it gives for many). */
const RARE_UNITS: ReadonlySet<MeasureUnit> = new Set(["length", "area", "weight", "speed", "temperature", "magnitude"]);

/** Whether a measure question asks only for units of `RARE_UNITS`. */
function rareUnits(units: readonly MeasureUnit[] | null): boolean {
  return units !== null && units.length > 0 && units.every((unit) => RARE_UNITS.has(unit));
}

/** Units of time as concepts ("days", «дней» → "day"). */
const TIME_UNIT_CONCEPTS: ReadonlySet<string> = new Set(TIME_UNITS);

/** Whether a word names a unit of time, by its form (`timeUnitOf`: «лет», «суток») or its concept ("hours"). */
function namesTimeUnit(token: QuestionTerm["token"]): boolean {
  return timeUnitOf(token.folded) !== null || token.concepts.some((c) => TIME_UNIT_CONCEPTS.has(c));
}

/**
 * A question that asks for a name — a person's (a role's holder, «как зовут…») or a thing's ("the
 * name of the ship", «как называлась церковь», "what make of car"): a quote without one does not answer it.
 */
function nameRequired(question: Pick<QuestionAnalysis, "answerType" | "roleAsked" | "thingNameAsked">): boolean {
  return (question.answerType === "person" && question.roleAsked) || question.thingNameAsked;
}

/**
 * Decides whether the retrieved passages answer the question, on the quotes, not the passages:
 * some window of the top passages must pass `windowAnswers`. Returns the decision and the windows
 * that pass, best first.
 */
export function decide(retrieval: Retrieval, settings: RetrievalSettings = RETRIEVAL_SETTINGS): { decision: Decision; answering: WindowEvidence[] } {
  const answerType = retrieval.question.answerType;
  const abstain = (reason: AbstainReason) => ({ decision: { answered: false as const, answerType, reason }, answering: [] });
  // News reports what happened: a request for instructions is answered only about an event the
  // articles report, which the question then names ("how can I help the victims of the Crocus attack").
  const question = retrieval.question;
  if (question.instructions && !question.terms.some((t) => t.role === "anchor")) return abstain("advice-asked");
  if (retrieval.windows.length === 0) return abstain("nothing-found");
  if (retrieval.unknownNames.length > 0) return abstain("unknown-name");
  // Every word that says what the question is about is one no article uses: it asks about
  // something else, whatever names it shares by sound («сколько калорий в одном банане»).
  const content = contentTerms(question);
  if (content.length > 0 && content.length === retrieval.unknownWords.length) return abstain("focus-missing");
  const passing = retrieval.windows.filter((w) => windowAnswers(w, retrieval.question, settings));
  // "What type of shark": when some quote names the kind ("a *bull* shark"), only those answer; when
  // none does, the kind may be told otherwise ("предлагал *содействие в проведении* оперативно-розыскной
  // деятельности" for "what kind of help"), and the quotes that say the rest answer.
  const answering = question.kindOf && passing.some((w) => w.typeHeld) ? passing.filter((w) => w.typeHeld) : passing;
  const best = answering[0];
  if (!best) {
    const withFocus = retrieval.windows.filter((w) => w.focusMatched.length + w.focusInTitle.length > 0 && w.focusShare >= settings.minFocusShare);
    if (withFocus.length === 0) return abstain("focus-missing");
    if ((typeIsRequired(answerType) || nameRequired(question)) && !withFocus.some((w) => w.typeHeld)) return abstain("answer-type-missing");
    if (!withFocus.some((w) => w.sceneHeld)) return abstain("other-event");
    return abstain("too-little");
  }
  return {
    decision: {
      answered: true,
      answerType,
      matchedFocus: best.focusMatched.map((t) => t.token.original),
      focusInTitle: best.focusInTitle.map((t) => t.token.original),
      answerTypeFound: best.typeHeld,
    },
    answering,
  };
}
