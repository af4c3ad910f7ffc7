import { phoneticKey, type Analyzer, type Token } from "../text/analyzer.ts";
import { answerTypeOf, agedPersonOf, asksForStatement, asksForFinding, timeUnitOf, type TimeUnit, rateAsked, asksForPunishment, asksSentenceGiven, asksForTenure, asksForLawArticle, type RatePeriod, asksForClockTime, asksForYear, asksForName, asksWhoHolds, asksWhatCalled, asksForAge, asksForDuration, asksForPopulation, asksForInstructions, asksForMeasure, namesRole, namesPerson, namesSum, measureUnitsOf, type AnswerType, type MeasureUnit } from "./answer-type.ts";
import { isCyrillic, stem } from "../text/stem.ts";
import { withStandardSpellings } from "../text/chat-spellings.ts";

/**
 * What a word of a question does:
 * - `anchor`: a name or a number; it tells which document the question is about;
 * - `focus`: what is asked about (died, population, children); the quote must say it;
 * - `topic`: scene-setting words after a preposition ("in the Dagestan attacks"); they may sit
 *   anywhere in the passage;
 * - `generic`: words any question may use ("happened", "people", "kind").
 */
export type TermRole = "anchor" | "focus" | "topic" | "generic";

/** A content word of a question and its role. */
export interface QuestionTerm {
  token: Token;
  role: TermRole;
  /**
   * A topic word of a prepositional phrase that says which event is asked about ("died *in the
   * earthquake*", «погибли *при теракте*»), not a time ("in January") or the kind of answer ("what
   * city"): a quote from an article about another event does not answer (see `WindowEvidence.sceneHeld`).
   */
  scene?: true;
  /**
   * A noun right after "what / which / какой" ("what *breed*", «какой *породы*»): the kind of answer
   * asked. An article that never uses the word (nor a synonym, nor a translation) does not give it.
   */
  category?: true;
}

/** A question, analysed once for retrieval and for the answer decision. */
export interface QuestionAnalysis {
  text: string;
  answerType: AnswerType;
  /** A quantity question that asks for a measure ("how much", "how high", «сколько стоил»): a number with a unit answers it. */
  measure: boolean;
  /**
   * The question asks for an age or a number of years ("how old is…", «сколько лет…»): only a
   * number of years next to a word of the question answers it ("52-летний *машинист*", "*Reyes*, 34"),
   * not someone else's age in the same sentence.
   */
  age: boolean;
  /** The quantity question asks how many people live somewhere: only a population answers it ("a town of about 5,100 people"). */
  population: boolean;
  /** The measure question asks how long something lasts: an end date answers it too ("until 27 July"). */
  duration: boolean;
  /**
   * A "who" question that names a role ("who is the akim of Almaty") or asks for a name in so many
   * words («как зовут токсикологов»): only a name answers it (see `AskedAnswer.roleAsked`), and the
   * quote must hold one (see `windowAnswers`).
   */
  roleAsked: boolean;
  /**
   * A name question's person told by an age ("the name of the *12 year old* boy", «как звали *52-летнего*
   * водителя»): the age, as digits; only a name with that age beside it answers. Null otherwise.
   */
  agedPerson: string | null;
  /**
   * What a name question's person did or underwent, as the question tells it ("the name of the
   * instructor *detained*", «как зовут продавца, которого *ранили*»): a name beside the role in a
   * quote that does not say it belongs to another holder of the role (the instructor who died). Null otherwise.
   */
  deed: QuestionTerm | null;
  /** The date question asks for a time of day ("what time", «во сколько»): only a clock time answers it. */
  clockTime: boolean;
  /** The date question asks for a year ("what year", «в каком году»): only a year in figures answers it. */
  yearAsked: boolean;
  /** The quantity question asks per a period ("a year", «в месяц»): only a quantity per that period answers it. */
  rate: RatePeriod | null;
  /**
   * The word of a quantity question that asks for a wage ("what is his *salary*", «какая *зарплата*»):
   * the quote names wages, or a pay per period ("paid £1,050 a month"), not any payment
   * («семьям выплатят по 1 млн рублей» is compensation, not a salary). Null otherwise.
   */
  wage: QuestionTerm | null;
  /**
   * The unit of time a count of time asks in ("how many *minutes* did the call last", «сколько
   * *дней* траура»): a quote giving the span only in a unit far from it («трёхдневный траур» for
   * minutes) does not answer. Null otherwise.
   */
  timeUnit: TimeUnit | null;
  /** The quantity question asks how long someone has served or done a thing ("how long has he been the watchman"): the quote tells a span of service, not an age. */
  tenure: boolean;
  /** The question asks what someone said ("what did Khabib say about the attacks", «что заявил мэр»): only a quote reporting speech answers. */
  statement: boolean;
  /** The question asks what an inquiry found ("what did the investigation conclude", «что показала экспертиза»): only a quote stating a finding answers. */
  finding: boolean;
  /** The question asks which article of a law applies («по какой статье завели дело»): only a quote citing an article's number answers. */
  lawArticle: boolean;
  /**
   * The thing whose kind the question asks ("what *type of* shark", "which *breed of* dog", «*что за*
   * акула», «какой *породы* собака»): the quotes naming it with a word that says which kind ("a
   * *bull* shark", «акула-*бык*») answer when some quote does (see `decide`). Null otherwise.
   */
  kindOf: QuestionTerm | null;
  /** The quantity question asks for a punishment's term ("what sentence did he get", «какой срок грозит»): the quote tells a punishment. */
  punishment: boolean;
  /** The punishment question asks the term given ("what sentence did he *get*", «какой срок *дали*»), not the most a law provides for. */
  sentenceGiven: boolean;
  /** The question asks for instructions or advice ("how do I…", «как приготовить…»): see `asksForInstructions`. */
  instructions: boolean;
  /** The kinds of unit that answer the measure question ("how deep" → a length), or null: any measure. */
  units: readonly MeasureUnit[] | null;
  /**
   * What a count or measure question counts or measures: the words right after "how many / how
   * much" / «сколько» / "number of" ("how many *armed criminals*", «сколько *зрителей* пришло», "how
   * much *rain* fell"); empty when it counts people in general ("how many people died"), asks for
   * an age, or is not a quantity question. A number next to them shows the quote is about the
   * asked thing (`WindowEvidence.countHeld`).
   */
  counted: QuestionTerm[];
  /** The kind of institution an organisation question asks the name of ("which *hospital*"), or null: the quote holds it. */
  institution: QuestionTerm | null;
  /**
   * The organisation question asks which company or firm ("which *firm* fitted the boiler", «какая
   * *компания* обслуживает»): its quote names one as companies are named (see `TypeEvidence.companyName`).
   */
  companyAsked: boolean;
  /**
   * A question without a type of its own asks for a thing's name ("whats the name of the ship",
   * «как называлась церковь», "what make of car", «какой марки»): its quote names something the
   * question does not (see `AskedAnswer.thingNameAsked`).
   */
  thingNameAsked: boolean;
  /**
   * What a price question asks the price of ("how much did the *ticket* cost", «сколько стоил *билет*»,
   * "*repair* cost"), or null: the quote holds it, as a compensation paid out does not give a ticket's price.
   */
  priced: QuestionTerm | null;
  /**
   * The name of the sum a money question asks ("how much *damage* in rubles", "how big was the
   * *fine*", «какой *ущерб*», «на какую сумму был *контракт*»), or null: the quote names it, as a
   * compensation promised to families is no damage, fine or contract.
   */
  sum: QuestionTerm | null;
  /** The question's word for the whole world ("the longest river *in the world*", «в *мире*», "the *world* cup"), or null: the quote says it too. */
  world: QuestionTerm | null;
  /**
   * The place a question singles out from the event's ("сколько погибло *именно на посту* ДПС",
   * "the damage in *lozovskoy* district specifically"), or null: the quote itself names it, not an
   * event-wide figure beside it.
   */
  specificPlace: QuestionTerm | null;
  /**
   * The verb of a date question that asks when something began ("when was the pool *built*",
   * «в каком году *основан* завод», "when did the park *open*"), or the verb of a person or
   * organisation question that asks who made a thing ("who *built* the bridge", «какая фирма
   * *изготовила* тормоз»), or null: the quote says so, as a date of the event itself does not date
   * the building, nor does a name of the article name its builder.
   */
  origin: QuestionTerm | null;
  /** Content words (stop words left out), in order. */
  terms: QuestionTerm[];
  /** Numbers the question names (folded): not an answer when found in a quote. */
  numbers: Set<string>;
  /**
   * The years (1900–2099) the question names ("the 2018 world cup", «в 2006 году»): they say when
   * the asked event happened, so a quote from an article dated another year that never mentions
   * them is about another event (see `WindowEvidence.sceneHeld`).
   */
  years: QuestionTerm[];
  /** The question's words (case-folded, not numbers): a name made of them is not an answer to "who/where" when found in a quote. */
  names: Set<string>;
}

/**
 * Words any question may use without naming what it is about. Matched by stem; they are searched
 * at low weight, and never count as evidence that a quote answers.
 */
const GENERIC_WORDS = [
  "happen", "happened", "happens", "happening", "occur", "occurred", "go", "going", "went", "know", "known", "mean", "meant", "think",
  "news", "latest", "situation", "thing", "things", "kind", "type", "sort", "exactly", "actually", "really", "also",
  "people", "ppl", "person", "persons", "anyone", "someone", "somebody", "many", "much", "tell", "please", "info", "information", "detail", "details",
  "according", "try", "tried", "trying", "able", "supposed", "doing", "done", "get", "got", "name", "named",
  "last", "lasted", "lasts", "take", "took", "taken", "far",
  // Give and get, which the answer's own verb says more closely («какую компенсацию *дадут*» is «выплатят»).
  "give", "gives", "gave", "given", "giving",
  "дать", "дали", "дадут", "даст", "дал", "дала", "давали", "дают", "получат", "получит", "получили", "получил", "получила", "получило",
  "произошло", "произошли", "происходит", "происходило", "случилось", "случилась", "известно", "новости", "новое", "ситуация", "ситуации",
  "человек", "человека", "люди", "людей", "народ", "народу", "народа", "folks", "everyone", "everybody", "вообще", "именно", "точно", "скажи", "скажите", "расскажи", "расскажите", "подробности", "информация",
  "данным", "словам", "сообщению", "пытались", "пытался", "пыталась", "смогли", "смог", "делают", "делает", "делали",
  "продлится", "продлился", "продлилась", "продлились", "длится", "длился", "длилась", "длились", "продолжался", "продолжалась", "продолжится",
  "правда", "верно", "true", "correct",
  // Chat contractions of auxiliaries and "until" ("how long *till* they shut it", "what *wouldve* happened").
  "till", "til", "gonna", "wanna", "gotta", "wouldve", "couldve", "shouldve",
  // Chat's yes, no and please ("or *nah*", "*pls*").
  "nah", "yeah", "yep", "yup", "nope", "lol", "pls", "plz", "thx", "btw",
  // "Versus" between two sides ("the tram *vs* bus crash", «трамвай *vs* автобус»): it joins them, names no scene.
  "vs", "versus",
  // The figures asked for, as the asker names them ("khabar 24 *numbers*", «какие *цифры*»): the answer's kind, not the scene.
  "numbers", "figures", "цифры", "цифр", "цифрам",
  // Indefinite and negative pronouns ("was *anybody* hurt", «почему *никто* не убирал»): they stand for
  // whoever or whatever the answer names, not for the scene.
  "anybody", "nobody", "noone", "something", "anything", "nothing", "somewhere", "anywhere", "nowhere",
  "никто", "никого", "никому", "никем", "ничто", "ничем", "ничему", "нигде", "никуда",
  // The text itself, as the asker names it ("in the pig plague *story*", «в том *сюжете*»): not the scene.
  // (Not "article" / «статья»: also the article of a law, «по какой статье возбудили дело».)
  "story", "stories", "новость", "новостях", "сюжет", "сюжете",
  // A chatty preamble's words ("i *read* that…, so how many", «*читал* про лавину, так и не *понял*…»).
  "read", "heard", "hear", "wonder", "wondering", "wondered", "curious", "understand", "understood", "confused", "wanted", "want",
  "читал", "читала", "слышал", "слышала", "понял", "поняла", "понимаю", "интересно", "хотел", "хотела", "хочу",
  "звали", "зовут", "называется", "называют", "называли", "называлась", "называлось",
  // A measure's modifier ("the *max* speed", «*макс* скорость»): the measure asked is the same.
  "max", "maximum", "макс", "максимальная", "максимальный", "максимальное", "максимальной", "максимальную",
  "столько", "so", "пришлось", "придется", "приходится", "стоит", "стоят", "должен", "должна", "должно", "должны", "собирались", "собирался", "собиралась", "собирается", "могли", "может", "могут", "стал", "стали", "стала",
];
const GENERIC_STEMS = new Set(GENERIC_WORDS.map((w) => stem(w)));

/** Words that describe a thing's size or age (by stem: «маленьком», «старых»), which a report need not repeat (see the scene words of `analyzeQuestion`). */
const DESCRIBING_STEMS: ReadonlySet<string> = new Set(
  ["little", "small", "tiny", "big", "large", "huge", "young", "old", "elderly", "маленький", "большой", "небольшой", "молодой", "пожилой", "старый"].map((w) => stem(w)),
);

/**
 * A question for a name the question words do not type ("whats the name of marisol ortegas
 * *sister*", «имя *медсестры*», "what's the tanker *driver* called", "krasnoyarsk *governor* name")
 * asks for a person when a word of it is a noun for one (a role, or a person noun the articles'
 * vocabulary knows, or an age: "name of the *19 yr old* they arrested"): only a name answers it.
 */
function personNamed(type: AnswerType, question: string, terms: readonly QuestionTerm[], names: Pick<NameTest, "isPersonNoun">): AnswerType {
  if (type !== "other" || !(asksForName(question) || asksWhatCalled(question))) return type;
  const personWord = terms.some((t) => (t.role === "focus" || t.role === "topic") && !t.token.numeric && (namesRole(t.token.original) || names.isPersonNoun?.(t.token) === true));
  return personWord || agedPersonOf(question) !== null ? "person" : type;
}

/** Prepositions of time, whose phrase names an event ("during the leak", "after the crash"). */
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(["during", "after", "before", "since", "until", "following", "amid", "while"]);
/** Auxiliaries after which the verb is in its base form ("why did the ramp *collapse*"). */
const DO_AUXILIARIES: ReadonlySet<string> = new Set(["did", "does", "do", "will", "would"]);
/** Base forms of verbs of an event that may close a "did" question (and are nouns of a scene elsewhere: "the stand *collapse*"). */
const EVENT_VERBS: ReadonlySet<string> = new Set(["collapse", "start", "happen", "die", "close", "open", "reopen", "end", "begin", "sink", "crash", "burn", "explode", "leak", "flood", "fall", "break", "stop", "fail", "arrive", "leave", "escape", "capsize", "derail", "overturn", "catch", "spread"]);

/** "who was the …", "who were the …": the identity of the person the next word names. */
const WHO_WAS_THE = /\bwho(?:'s|’s|s)?\s+(?:(?:is|was|are|were)\s+)?the\s+$/iu;

/**
 * Whether a "who" question asks who a person it describes by a noun for one is ("who was the
 * *walker* killed by lightning", "whos the *driver*"): only a name answers it, not the noun again.
 */
function asksWhoThePersonIs(question: string, terms: readonly QuestionTerm[], names: Pick<NameTest, "isPersonNoun">): boolean {
  return terms.some((t) => !t.token.numeric && WHO_WAS_THE.test(question.slice(0, t.token.start)) && names.isPersonNoun?.(t.token) === true);
}

/** The concepts of a wage (see `QuestionAnalysis.wage`). */
export const WAGE_CONCEPTS: ReadonlySet<string> = new Set(["salary", "wage"]);

/** The words that say what a question is about: its focus and topic words (not numbers, not joined forms of hyphenated words). */
export function contentTerms(question: Pick<QuestionAnalysis, "terms">): QuestionTerm[] {
  return question.terms.filter((t) => (t.role === "focus" || t.role === "topic") && !t.token.numeric && !t.token.joined);
}

/** Ordinals from the second on ("first" and «первый» also mean "earliest", which a report may not say). */
const ORDINAL_CONCEPTS = new Set(["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]);

/** Whether a word is an ordinal (see `ORDINAL_CONCEPTS`; "2nd", "3rd"); a unit of time ("a second") is not asked with one. */
export function isOrdinal(token: Token): boolean {
  return token.concepts.some((c) => ORDINAL_CONCEPTS.has(c)) || /^\d{1,2}(?:nd|rd|th)$/u.test(token.folded);
}

/** Whether a word (by its token) is one of the generic words any question may use (see `GENERIC_WORDS`). */
export function isGenericWord(token: Token): boolean {
  return GENERIC_STEMS.has(token.stem);
}

/**
 * Prepositions: the content words after one set the scene rather than say what is asked. Not the
 * causal ones («из-за», "due to"): what follows them is the claim a question checks («начались из-за
 * подорожания газа»).
 */
const PREPOSITIONS = new Set([
  "in", "at", "on", "during", "after", "before", "of", "about", "for", "from", "near", "over", "since", "with", "without", "into",
  "inside", "by", "against", "following", "amid", "across", "around", "through", "under", "between", "among", "outside", "within",
  "behind", "toward", "towards", "per",
  "в", "во", "на", "при", "у", "после", "до", "о", "об", "обо", "про", "по", "с", "со", "от", "из", "под", "над", "за", "к", "ко",
  "для", "без", "около", "через", "между", "среди", "возле", "перед", "вокруг", "против",
  "насчет", "относительно", "касательно", "мимо", "вдоль", "сквозь", "посреди", "вне", "внутри", "позади", "напротив", "вблизи",
  "спустя", "накануне", "поверх", "помимо", "regarding", "concerning",
]);
/**
 * Russian compound prepositions, a preposition and a noun that together mean "during", "in the
 * course of", "as a result of", "in connection with", "on the part of", "on the territory of": the
 * noun is no topic («во время беспорядков», «со стороны штата»).
 */
const COMPOUND_PREPOSITIONS = new Set([
  "во время", "в течение", "в ходе", "в результате", "в связи", "в период",
  "со стороны", "в отношении", "по поводу", "в рамках", "за счет", "в адрес", "на территории", "в пользу",
]);
/** Stop words that keep a prepositional phrase going ("in the", "at his"). */
const DETERMINERS = new Set([
  "s", "the", "a", "an", "this", "these", "those", "its", "his", "her", "their", "our", "my", "your", "all", "every", "each", "some", "any",
  "этот", "эта", "это", "эти", "тот", "та", "те", "его", "ее", "их", "наш", "наша", "наши", "все", "весь", "вся", "всех",
  "остальной", "остальная", "остальное", "остальные", "остальных", "остального", "остальному", "остальным", "остальными", "остальную", "остальном",
  "самый", "самая", "самое", "самые", "самого", "самой", "самому", "самым", "самыми", "самых", "самом", "самую",
]);
/** Nouns after "what/which/какой" that name the kind of answer ("what city", "какая группа"): soft, like topic words. */
const CATEGORY_OPENERS = new Set(["what", "which", "какой", "какая", "какое", "какие", "какую", "каким", "каком", "какого", "какому", "каких"]);
/** Directions that complete a measure after "how deep / far / high" ("how deep underground", "how far inland"). */
const MEASURE_DIRECTIONS = new Set(["underground", "below", "above", "inland", "offshore", "overhead", "ahead", "downstream", "upstream", "deep"]);
/** Words of the question phrase after "how" ("how big", "how high"): they say the answer type, not the topic. */
/** Words that ask which one ("what", "which", «какой» in its forms). */
const WHAT_WORDS = new Set(["what", "which", "какой", "какого", "каком", "какое", "какую", "какая", "какие", "каких"]);
/** Nouns that name the kind of answer after a "what" word ("what *time*", «какого *числа*», «по какой *статье*»). */
const ANSWER_KIND_NOUNS = new Set(["time", "date", "day", "year", "month", "hour", "article", "числа", "число", "день", "дня", "году", "года", "месяце", "месяца", "время", "времени", "час", "часу", "статье", "статья", "статьи", "статью"]);
const HOW_WORDS = new Set(["many", "much", "long", "old", "big", "large", "high", "far", "often", "deep", "tall", "soon", "fast", "wide", "thick", "heavy", "hot", "cold", "strong"]);
/**
 * Concepts of calendar words and units (months, weekdays, "days", "hours", "percent"): they set
 * the scene ("in January", "how many days") rather than name what the answer is about.
 */
const SCENE_CONCEPTS = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "day", "week", "month", "year", "hour", "minute", "time", "percent", "kilometre", "kilometer", "metre", "meter", "ton", "tonne",
  "morning", "afternoon", "evening", "night", "overnight", "tonight", "midnight", "noon", "dawn", "today", "yesterday", "tomorrow", "weekend",
  "season", "spring", "summer", "autumn", "winter",
]);
/** Months written short ("jan", "sept", «янв», «сент»): calendar words too when a day or a year stands beside them. */
const MONTH_ABBREVIATIONS = new Set([
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "янв", "фев", "февр", "мар", "апр", "июн", "июл", "авг", "сен", "сент", "окт", "ноя", "нояб", "дек",
]);
/**
 * Concepts of number words ("three", «три», "dozen"): a quantity in a prepositional phrase («на три
 * дня», "for five hours") says how much, not which event, like a number written in figures.
 */
const NUMBER_CONCEPTS = new Set([
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty",
  "hundred", "thousand", "million", "billion", "dozen", "half", "first", "second", "third", "fourth", "fifth", "several", "few",
]);
/** A number that reads as a year (1900–2099): it dates the question rather than names its topic (articles often give the year only in their date line). */
const YEAR = /^(?:19|20)\d{2}$/;

/** English auxiliaries: a question with one ends on its main verb ("when was it *founded*"). */
const AUXILIARIES = new Set(["was", "were", "is", "are", "has", "have", "had", "did", "does", "do", "will", "would"]);

/** Words that open a clause of its own inside a question ("…hurt *when* the bridge collapsed"). */
const CLAUSE_OPENERS = new Set(["when", "after", "before", "while", "because", "since", "if", "as", "that", "which", "who", "where", "until"]);

/** "kind of", "number of": the word after "of" is what is asked about. */
const QUANTIFIER_HEADS = new Set(["kind", "type", "sort", "number", "amount", "share", "part", "percentage", "name", "names"]);

/**
 * Set phrases that frame a question rather than say what it is about ("what started the fire *in
 * the first place*", «*на самом деле*», "*at all*"): their words are generic and set no scene.
 */
const FRAME_PHRASES: readonly (readonly string[])[] = [
  ["in", "the", "first", "place"], ["in", "fact"], ["in", "total"], ["in", "general"], ["at", "all"], ["in", "particular"],
  ["by", "the", "way"], ["on", "earth"], ["in", "the", "end"], ["at", "the", "moment"], ["for", "sure"], ["in", "a", "row"], ["so", "far"],
  // "how many people *ended up* buried": the verb after it says what happened.
  ["end", "up"], ["ended", "up"], ["ends", "up"], ["wound", "up"],
  // How it was done ("was the fire started *on purpose*", «*по ошибке*»): the manner asked, not a scene.
  ["on", "purpose"], ["by", "accident"], ["by", "mistake"], ["по", "ошибке"], ["по", "случайности"], ["по", "неосторожности"],
  ["на", "самом", "деле"], ["в", "самом", "деле"], ["в", "итоге"], ["в", "общем"], ["в", "целом"], ["в", "принципе"], ["по", "сути"], ["в", "конце", "концов"],
  // A state, not a place: "got it *under control*", "*out of control*", «взяли *под контроль*».
  ["under", "control"], ["out", "of", "control"], ["под", "контроль"], ["под", "контролем"],
  // …and so is being at work: "the guard *on duty*", «дежурный *на смене*».
  ["on", "duty"], ["off", "duty"], ["on", "shift"], ["на", "дежурстве"], ["на", "смене"],
  // The bot greeted by name ("hey bot, how many…", «привет, бот»): no word of the question.
  ["hey", "bot"], ["hi", "bot"], ["hello", "bot"], ["dear", "bot"], ["привет", "бот"], ["эй", "бот"], ["слушай", "бот"], ["здравствуй", "бот"],
];

/** The tokens of `all` that belong to a frame phrase (see `FRAME_PHRASES`). */
function framePhraseTokens(all: readonly Token[]): Set<Token> {
  const inPhrase = new Set<Token>();
  all.forEach((_, i) => {
    for (const phrase of FRAME_PHRASES) {
      if (phrase.every((word, k) => all[i + k]?.folded === word)) for (let k = 0; k < phrase.length; k++) inPhrase.add(all[i + k] as Token);
    }
  });
  return inPhrase;
}

/** Words before "of" / «из» that make it a part of a whole, not a scene ("which of the attackers", «кто из бойцов»). */
const PARTITIVE_HEADS = new Set([
  "who", "which", "what", "many", "much", "one", "some", "any", "none", "each", "most", "all",
  "кто", "кого", "кому", "какой", "какая", "какое", "какие", "каких", "сколько", "скольких", "один", "одна", "одно", "многие", "некоторые", "никто", "каждый",
]);
/** Nouns a source is named by after «по» («по первым данным», «по словам», «по сообщению»): the phrase says who tells, not which event. */
const ATTRIBUTION_NOUNS = new Set(["данным", "словам", "сообщению", "сообщениям", "информации", "мнению", "оценкам", "оценке", "версии", "подсчетам", "сведениям"]);

/** Whether the preposition `of` / «из» at `preposition` follows a word that makes it partitive. */
function isPartitive(all: readonly Token[], preposition: Token): boolean {
  if (preposition.folded !== "of" && preposition.folded !== "из") return false;
  const before = all[all.indexOf(preposition) - 1];
  return before !== undefined && PARTITIVE_HEADS.has(before.folded);
}

/** Subject pronouns that make a preposition a conjunction ("before *they* got it under control", "after *he* fell"). */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(["i", "you", "he", "she", "it", "we", "they", "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody"]);

/** Whether the preposition at `at` opens a clause: a subject pronoun follows ("until *they*…"), or «того как» / «тем как» («после того как…»). */
function opensClause(all: readonly Token[], at: number): boolean {
  const next = all[at + 1];
  if (next === undefined) return false;
  return SUBJECT_PRONOUNS.has(next.folded) || ((next.folded === "того" || next.folded === "тем") && all[at + 2]?.folded === "как");
}

/** Whether «по» opens a source: one of the next three words names one («по предварительным данным»). */
function opensAttribution(all: readonly Token[], preposition: Token): boolean {
  if (preposition.folded !== "по") return false;
  const at = all.indexOf(preposition);
  return all.slice(at + 1, at + 4).some((t) => ATTRIBUTION_NOUNS.has(t.folded));
}

/** How the articles tell names (users type them in lower case). */
export interface NameTest {
  /** The articles write the word as a name. */
  isName(token: Token): boolean;
  /** The word continues the name before it as the articles write the pair ("крокус сити"). */
  continuesName(token: Token): boolean;
  /** The word is a noun for a person ("guy", «пенсионер»; see `PersonNouns`); absent: none is. */
  isPersonNoun?(token: Token): boolean;
}

/**
 * Analyses a question: its answer type, and the role of each content word. `isName` tells
 * whether a word is a name by how the articles write it (users type names in lower case).
 * `emphasis` (a follow-up's own words, when the previous question is folded in) marks the words
 * that are asked about; the rest set the scene.
 */
export function analyzeQuestion(typed: string, analyzer: Analyzer, names: NameTest, options: { emphasis?: string } = {}): QuestionAnalysis {
  // Question words typed as in a chat («скока», «када», "wat") are read as their standard words.
  const question = withStandardSpellings(typed);
  const all = analyzer.tokenize(question);
  const emphasized = options.emphasis ? new Set(analyzer.analyze(options.emphasis).map((t) => t.stem)) : null;
  const terms: QuestionTerm[] = [];
  const lastWord = all.findLast((t) => !t.stop && !t.numeric);
  // The participle closes the clause its auxiliary opens ("when was it *founded*"), not a clause of its own ("…hurt when the bridge *collapsed*").
  const lastAuxiliary = all.findLastIndex((t) => AUXILIARIES.has(t.folded));
  const participleEndsClause =
    lastAuxiliary >= 0 && lastWord !== undefined && !all.slice(lastAuxiliary + 1, all.indexOf(lastWord)).some((t) => CLAUSE_OPENERS.has(t.folded));
  const doAuxiliary = lastAuxiliary >= 0 && DO_AUXILIARIES.has(all[lastAuxiliary]?.folded ?? "");
  let inPhrase = false;
  let phraseInTime = false;
  // Whether the phrase says which event is asked about: not a part of a whole ("кто *из* бойцов",
  // "which *of* the attackers") nor a source («*по* первым данным»).
  let sceneSetting = false;
  let afterOpener = false;
  /** Nouns right after "what/which/какой" (see `CATEGORY_OPENERS`). */
  const categories: QuestionTerm[] = [];
  let previousEnd = 0;
  const framing = framePhraseTokens(all);
  for (const [at, token] of all.entries()) {
    // Punctuation between words ends a prepositional phrase.
    if (/[,;:.!?()«»"]/.test(question.slice(previousEnd, token.start))) inPhrase = false;
    previousEnd = token.end;
    if (framing.has(token)) {
      if (!token.stop) terms.push({ token, role: "generic" });
      inPhrase = false;
      afterOpener = false;
      continue;
    }
    if (token.stop) {
      // «из-за» ("because of") is causal, not a scene (see PREPOSITIONS); nor is the agent after a
      // passive verb ("caused *by* a gas leak", "started by a spark"): a yes/no question checks it.
      const causal = (token.folded === "за" && /из[-\s]+$/iu.test(question.slice(0, token.start))) || (token.folded === "by" && ENGLISH_PAST_ENDING.test(all[at - 1]?.folded ?? ""));
      if (causal) inPhrase = false;
      // "Before *they* got it under control", «после того как…»: a clause, not a place or an event.
      else if (PREPOSITIONS.has(token.folded) && opensClause(all, at)) inPhrase = false;
      else if (PREPOSITIONS.has(token.folded)) {
        inPhrase = true;
        sceneSetting = !isPartitive(all, token) && !opensAttribution(all, token);
        phraseInTime = TIME_PREPOSITIONS.has(token.folded);
      }
      else if (!DETERMINERS.has(token.folded)) inPhrase = false;
      afterOpener = CATEGORY_OPENERS.has(token.folded);
      continue;
    }
    // A preposition that is not a stop word ("near", "around", "behind"), or the noun of a compound
    // one («во *время*», «в *ходе*»: "during"), opens a scene phrase like the others and is not itself asked about.
    const previous = all[at - 1];
    if (PREPOSITIONS.has(token.folded) || (previous !== undefined && COMPOUND_PREPOSITIONS.has(`${previous.folded} ${token.folded}`))) {
      terms.push({ token, role: "generic" });
      inPhrase = true;
      sceneSetting = true;
      phraseInTime = TIME_PREPOSITIONS.has(token.folded);
      afterOpener = false;
      continue;
    }
    // A Russian verb ends a scene phrase before it: «почему в старом центре города *обрушилось* столько домов»;
    // so does the English participle that closes a question after its auxiliary ("when was the hospital in Harlow Falls *founded*").
    // An English past form right after the phrase's noun, before "by" or "to", is a verb ("at the
    // plant *caused* by…", "the heatwave in the region *expected* to last").
    const afterNoun = previous !== undefined && !previous.stop && !previous.numeric && (all[at + 1]?.folded === "by" || all[at + 1]?.folded === "to");
    if (inPhrase && (RUSSIAN_VERB_ENDING.test(token.folded) || (ENGLISH_PAST_ENDING.test(token.folded) && ((participleEndsClause && token === lastWord) || afterNoun)))) inPhrase = false;
    // So does a verb of an event that closes a "did" question after a phrase of place ("why did the
    // ferry ramp at port skellan *collapse*"; after a phrase of time it is the event's noun: "did the
    // detectors work during the ammonia *leak*").
    if (inPhrase && !phraseInTime && token === lastWord && doAuxiliary && participleEndsClause && EVENT_VERBS.has(token.folded)) inPhrase = false;
    // "what started", "what happened": a verb after "what" is asked about, not a category of answer.
    // (Not a noun that merely ends so: "what *breed*", "what *speed*", "what *bed*".)
    if (afterOpener && /(?:ed|ing)$/.test(token.folded) && !/eed$/.test(token.folded) && token.folded.length > 4) {
      afterOpener = false;
    }
    if (token.joined) {
      // The joined form of a hyphenated word shares its first part's role.
      const role = terms.at(-1)?.role ?? "focus";
      terms.push({ token, role });
      continue;
    }
    let role: TermRole;
    let category = false;
    let scene = false;
    const afterHow = all[at - 1]?.folded === "how";
    // "how deep *underground*", "how far *inland*": a direction after the measure is part of it.
    const afterHowWord = all[at - 2]?.folded === "how" && HOW_WORDS.has(all[at - 1]?.folded ?? "") && MEASURE_DIRECTIONS.has(token.folded);
    // "the *max* speed", «*макс* скорость», "*top* speed": a modifier of the measure named next is part of it (a name «Макс» is not).
    const modifiesMeasure = MEASURE_MODIFIERS.has(token.folded) && MEASURE_NOUN.test(all[at + 1]?.folded ?? "");
    // "what *time*", «какого *числа*», «по какой *статье*»: the kind of answer asked, not a word of the scene.
    const kindAsked = ANSWER_KIND_NOUNS.has(token.folded) && WHAT_WORDS.has(all[at - 1]?.folded ?? "");
    if ((afterHow && HOW_WORDS.has(token.folded)) || afterHowWord || modifiesMeasure || kindAsked) role = "generic";
    else if (token.numeric && YEAR.test(token.folded)) role = "generic";
    // «в 1986 *году*», "in the 2011 *year*": the word of the date the year gives.
    else if (token.concepts.includes("year") && all[at - 1]?.numeric === true && YEAR.test(all[at - 1]?.folded ?? "")) role = "generic";
    else if (token.concepts.some((c) => SCENE_CONCEPTS.has(c))) role = "topic";
    // "in *jan* 2022", «*янв* 2022»: a month written short, beside a day or a year.
    else if (MONTH_ABBREVIATIONS.has(token.folded) && (all[at - 1]?.numeric === true || all[at + 1]?.numeric === true)) role = "topic";
    // (A generic word typed in lower case is no name, whatever name of the articles it sounds like: «*вообще*».)
    else if (!token.capitalised && !token.numeric && GENERIC_STEMS.has(token.stem)) role = "generic";
    else if (token.numeric || token.acronym || token.capitalised || names.isName(token)) role = "anchor";
    else if (terms.at(-1)?.role === "anchor" && !terms.at(-1)?.token.numeric && names.continuesName(token)) role = "anchor";
    else if (GENERIC_STEMS.has(token.stem)) role = "generic";
    else if (emphasized) role = emphasized.has(token.stem) ? "focus" : "topic";
    else if (inPhrase || afterOpener) {
      role = "topic";
      category = afterOpener && !inPhrase;
      // (A person is not where something happened: "the mom *of the guy* who died".)
      // (Nor is a word that only describes the thing of the scene, its size or age: "on the *little* goalkeeper".)
      scene = inPhrase && sceneSetting && !token.concepts.some((c) => NUMBER_CONCEPTS.has(c)) && names.isPersonNoun?.(token) !== true && !DESCRIBING_STEMS.has(token.stem);
    } else role = "focus";
    if (QUANTIFIER_HEADS.has(token.folded)) role = "generic";
    const term: QuestionTerm = { token, role };
    if (scene && role === "topic") term.scene = true;
    if (category && role === "topic") {
      categories.push(term);
      term.category = true;
    }
    terms.push(term);
    afterOpener = false;
  }
  // A role right before a name is part of the name ("what sentence did *captain* Stavros Kondylis
  // get", «почему *губернатор* Андрей Корнеев уволил…»): it says who, not what is asked about him. Not
  // in a question for a person, which asks who holds the role («кто *аким* Алматы»).
  const answerType = personNamed(answerTypeOf(question), question, terms, names);
  terms.forEach((term, i) => {
    const next = terms[i + 1];
    if (answerType === "person" || term.role !== "focus" || !next || next.role !== "anchor" || next.token.numeric || !namesRole(term.token.original)) return;
    if (/^\s+$/u.test(question.slice(term.token.end, next.token.start))) term.role = "topic";
  });
  // A topic written as a heading before the question ("kremnegorsk methanol poisoning - what time
  // was the first patient brought in", «теракт в Крокусе: сколько погибло»): its words set the scene.
  const heading = headingEnd(question, all);
  if (heading > 0) {
    for (const term of terms) {
      if (term.token.end > heading || (term.role !== "focus" && term.role !== "topic")) continue;
      term.role = "topic";
      if (!term.token.concepts.some((c) => NUMBER_CONCEPTS.has(c))) term.scene = true;
    }
  }
  // A money question's own words ("how much *money*", «во сколько *оценили*», "what did it *cost*")
  // are what the amount answers: a sum of money holds them. So is the name of a measure its unit
  // gives ("the *speed* of the wind" is "185 mph", «*температура*» is «+41,8 °C»).
  const measure = asksForMeasure(question);
  const units = measure ? measureUnitsOf(question) : null;
  if (units?.includes("money")) {
    for (const term of terms) {
      // (The name of a sum stays asked: "ransom", «штраф», "compensation" tell which sum it is.)
      const moneyWord = !namesSum(term.token.folded) && (MONEY_WORDS.has(term.token.folded) || term.token.concepts.some((c) => MONEY_FRAME_CONCEPTS.has(c)));
      if (term.role === "focus" && moneyWord) term.role = "generic";
    }
  }
  if (units !== null && units.length > 0) for (const term of terms) if (term.role === "focus" && MEASURE_NOUN.test(term.token.folded)) term.role = "generic";
  // With nothing else asked about, the category is what is asked: «какая *погода* будет на
  // Калиросе», "what *salary* do miners at X earn" ask for the weather and the salary, and a
  // sentence that merely names Kalyros does not answer them.
  if (!terms.some((t) => t.role === "focus")) for (const term of categories) term.role = "focus";
  // A named institution asked for ("which *hospital*", «в какую *больницу*») is what the quote names:
  // a hospital's name does not answer "which school".
  const institution = answerType === "organisation" ? (categories.find((t) => INSTITUTION_NOUN.test(t.token.folded)) ?? null) : null;
  if (institution) institution.role = "focus";
  // The name of a sum asked after "what" / «какой» ("what *ransom* did they want", «какой *штраф*») is
  // what the amount is: a sum of money holds it, not any number of the article.
  if (units?.includes("money")) for (const term of categories) if (namesSum(term.token.folded)) term.role = "focus";
  // "What *caused*", «что *вызвало*»: the cause is what a reason question asks; the word itself says nothing.
  if (answerType === "reason") for (const term of terms) if (term.role === "focus" && CAUSE_VERB.test(term.token.folded)) term.role = "generic";
  // "Under which article was the *case opened*", «по какой статье *завели дело*»: the case and its
  // opening are what any article cited answers («возбуждено уголовное дело по ч. 3 ст. 238»).
  const lawArticle = (answerType === "other" || answerType === "yes-no") && asksForLawArticle(question);
  // (Unless they are all it says: «по какой статье завели дело» asks of that case.)
  const caseWords = lawArticle ? terms.filter((t) => (t.role === "focus" || t.role === "topic") && LAW_CASE_WORD.test(t.token.folded)) : [];
  if (terms.some((t) => (t.role === "focus" || t.role === "topic") && !t.token.numeric && !caseWords.includes(t))) for (const term of caseWords) term.role = "generic";
  // "of" right after a quantifier head ("kind of help") does not open a phrase.
  fixQuantifierPhrases(all, terms);
  const priced = answerType === "quantity" ? pricedTerm(all, terms) : null;
  if (priced) {
    priced.role = "focus";
    delete priced.scene;
  }
  const sum = answerType === "quantity" && units?.includes("money") ? (terms.find((t) => (t.role === "focus" || t.role === "topic") && !t.token.numeric && SUM_KIND.test(t.token.folded)) ?? null) : null;
  if (sum) {
    sum.role = "focus";
    delete sum.scene;
  }
  // (Who or which firm made a thing — "who built the bridge", «какая фирма изготовила тормоз» — is
  // answered by the quote that says it was made, not by anyone the article names.)
  // (Opening *again* is no beginning: "when will the museum open again", «когда снова откроют тропу».)
  const origin =
    answerType === "date"
      ? AGAIN.test(question)
        ? null
        : (terms.find((t) => (t.role === "focus" || t.role === "topic") && ORIGIN_WORD.test(t.token.folded)) ?? null)
      : answerType === "person" || answerType === "organisation"
        ? (terms.find((t) => t.role === "focus" && MAKING_WORD.test(t.token.folded)) ?? null)
        : null;
  if (origin) origin.role = "focus";
  const specificPlace = specificPlaceOf(all, terms);
  if (specificPlace) specificPlace.role = "focus";
  const age = answerType === "quantity" && asksForAge(question);
  // "*age* of the pensioner hurt by the ice", «*возраст* погибшего»: the word of the age is the kind of
  // answer, and the person it is of is what is asked about.
  if (age) {
    for (const term of terms) if (term.role === "focus" && AGE_WORD.test(term.token.folded)) term.role = "generic";
    if (!terms.some((t) => t.role === "focus"))
      for (const term of terms) if (term.role === "topic" && !term.token.numeric && (namesRole(term.token.original) || names.isPersonNoun?.(term.token) === true)) term.role = "focus";
  }
  const population = answerType === "quantity" && asksForPopulation(question);
  const counted = answerType === "quantity" && !age ? countedTerms(all, terms) : [];
  return {
    text: question,
    answerType,
    measure,
    age,
    population,
    duration: measure && asksForDuration(question),
    instructions: asksForInstructions(question),
    clockTime: answerType === "date" && asksForClockTime(question),
    yearAsked: answerType === "date" && asksForYear(question),
    rate: answerType === "quantity" ? rateAsked(question) : null,
    punishment: answerType === "quantity" && asksForPunishment(question),
    sentenceGiven: answerType === "quantity" && asksForPunishment(question) && asksSentenceGiven(question),
    lawArticle,
    statement: answerType === "other" && asksForStatement(question),
    finding: answerType === "other" && asksForFinding(question),
    kindOf: answerType === "other" || answerType === "organisation" ? kindAskedOf(question, terms) : null,
    tenure: answerType === "quantity" && asksForTenure(question),
    wage: answerType === "quantity" ? (terms.find((t) => !t.token.numeric && t.token.concepts.some((c) => WAGE_CONCEPTS.has(c))) ?? null) : null,
    roleAsked: answerType === "person" && (namesRole(question) || asksWhoHolds(question) || asksForName(question) || asksWhatCalled(question) || asksWhoThePersonIs(question, terms, names)),
    agedPerson: answerType === "person" && (asksForName(question) || asksWhatCalled(question)) ? agedPersonOf(question) : null,
    deed: answerType === "person" && (asksForName(question) || asksWhatCalled(question)) ? deedOf(all, terms, names) : null,
    units,
    // An age is answered next to the person (see `age`), not by a counted number.
    counted,
    timeUnit: counted.map((t) => timeUnitOf(t.token.folded)).find((unit) => unit !== null) ?? null,
    institution,
    thingNameAsked: answerType === "other" && (asksForName(question) || asksWhatCalled(question) || THING_NAME_ASKED.test(question)),
    companyAsked: answerType === "organisation" && terms.some((t) => !t.token.numeric && COMPANY_NOUN.test(t.token.folded)),
    priced,
    sum,
    world: worldTerm(terms),
    specificPlace,
    origin,
    terms,
    numbers: new Set(all.filter((t) => t.numeric).map((t) => t.folded)),
    years: terms.filter((t) => t.token.numeric && YEAR.test(t.token.folded)),
    // Any word of the question: a name it already says ("the engineer driving the *Prairie Star*") is no answer.
    names: questionNames(terms),
  };
}

/** "What type of X", «что за X», «какой породы X»: the X is in the last group that matched. */
const KIND_OF = /\b(?:what|which)\s+(?:types?|kinds?|sorts?|species|breeds?|makes?|models?|brands?)\s+of\s+(?:(?:a|an|the)\s+)?(\p{L}+)|(?<![\p{L}])что\s+за\s+(\p{L}+)|(?<![\p{L}])как(?:ой|ого|ая|ую|ие|их)\s+(?:породы|марки|модели|вида|типа)\s+(?:(?:был|была|было|были)\s+)?(\p{L}+)/iu;

/** The thing whose kind the question asks (see `QuestionAnalysis.kindOf`), as one of its focus or topic words; null when none is asked. Pure. */
function kindAskedOf(question: string, terms: readonly QuestionTerm[]): QuestionTerm | null {
  const match = KIND_OF.exec(question);
  if (!match) return null;
  const word = match[1] ?? match[2] ?? match[3];
  if (word === undefined) return null;
  const at = match.index + match[0].length - word.length;
  // («Что за причина» asks why, not of what kind.)
  return terms.find((t) => t.token.start === at && (t.role === "focus" || t.role === "topic") && !t.token.numeric && !t.token.concepts.some((c) => c === "cause" || c === "reason")) ?? null;
}

/**
 * The question's words (case-folded) and their sound keys (`phoneticKey`): a name the question
 * already says is no answer, in either script («Капитан Ледовских» of "the kapitan ledovskikh"; see
 * `sameName`).
 */
function questionNames(terms: readonly QuestionTerm[]): Set<string> {
  const names = new Set<string>();
  for (const t of terms) {
    if (t.token.numeric) continue;
    names.add(t.token.folded);
    const key = phoneticKey(t.token.folded);
    if (key) names.add(key);
  }
  return names;
}

/** Words of a criminal case and its opening, in a question for the law's article (see `QuestionAnalysis.lawArticle`). */
const LAW_CASE_WORD = /^(?:завел\p{L}*|завест\p{L}*|завёл|возбуд\p{L}*|открыл\p{L}*|дело|дела|делу|уголовк\p{L}*|уголовн\p{L}*|case|cases|charge|charges|charged|opened|open|brought|filed|criminal)$/u;

/** Verbs of causing, which a reason question uses to ask ("what *caused* the fire", «что *вызвало* взрыв»). */
const CAUSE_VERB = /^(?:caused?|causes|causing|вызвал\p{L}*|вызвало|привел\p{L}*|привело|стал\p{L}*\s+причиной)$/u;

/** Verbs (and participles) of a beginning: built, founded, opened, installed; построили, основан, открыли, установили. */
/** Verbs of making a thing (built, designed, manufactured; «построил», «спроектировал», «изготовил»). */
const MAKING_WORD = /^(?:built|designed|manufactured|produced|constructed|installed|supplied|founded|построи\p{L}*|проектировал\p{L}*|спроектировал\p{L}*|изготови\p{L}*|произвел\p{L}*|произвёл\p{L}*|поставил\p{L}*|поставлял\p{L}*|основал\p{L}*|установил\p{L}*)$/u;
/** "Again" in either language: a beginning asked again is a reopening ("open again", «снова откроют»). */
const AGAIN = /\bagain\b|(?<![\p{L}])(?:снова|вновь|опять)(?![\p{L}])/iu;
const ORIGIN_WORD = /^(?:built|build|founded|established|establish|opened|open|constructed|construct|installed|install|erected|set\s?up|построи\p{L}*|построен\p{L}*|основа\p{L}*|основ\p{L}*|откры\p{L}*|установ\p{L}*|возвед\p{L}*|сооруди\p{L}*|сооружен\p{L}*)$/u;

/** Words that ask a price: "cost", "price", «стоил», «почём», «цена», «стоимость». */
const PRICE_WORD = /^(?:cost|costs|price|prices|стоил\p{L}*|стоит|стоят|стоить|почем|цена|цену|цены|стоимость|стоимости)$/u;
/** Words between a Russian price word and what is priced («сколько стоил *бы* …», «почём *были* билеты»). */
const PRICE_AUXILIARIES = new Set(["бы", "был", "была", "было", "были", "будет", "будут"]);

/**
 * What a price question prices (see `QuestionAnalysis.priced`): after "price of" / «стоил» / «почём»
 * («сколько стоил *билет*»), else the nearest word before the price word that is neither a name nor
 * a scene ("how much did the *rescue* cost", "*ticket* price", «*билет* в аквапарк сколько стоил»),
 * else the first after it ("how much will it cost to *repair* …").
 */
function pricedTerm(all: readonly Token[], terms: readonly QuestionTerm[]): QuestionTerm | null {
  const at = all.findIndex((t) => PRICE_WORD.test(t.folded));
  if (at < 0) return null;
  const termOf = (token: Token | undefined) => (token ? terms.find((t) => t.token === token) : undefined);
  // (Before the price word a scene is where or when, not what: "the *bridge* repair"; after "price
  // of" the phrase is what is priced.)
  const priceable = (term: QuestionTerm | undefined, sceneToo = false): term is QuestionTerm =>
    term !== undefined && (term.role === "focus" || term.role === "topic") && (sceneToo || !term.scene) && !term.token.numeric && !term.token.joined;
  const price = all[at];
  const after = (from: number): QuestionTerm | null => {
    for (let i = from; i < all.length; i++) {
      const token = all[i];
      if (!token || token.stop || PRICE_AUXILIARIES.has(token.folded)) continue;
      const term = termOf(token);
      if (term === undefined || term.role === "generic") continue;
      return priceable(term, true) ? term : null;
    }
    return null;
  };
  if (price && (isCyrillic(price.folded) || all[at + 1]?.folded === "of")) {
    const next = after(at + 1);
    if (next) return next;
  }
  for (let i = at - 1; i >= 0; i--) {
    const term = termOf(all[i]);
    if (priceable(term)) return term;
  }
  return after(at + 1);
}

/**
 * Names of a sum of money a question may ask the amount of (see `QuestionAnalysis.sum`): a penalty,
 * a ransom, a loss, a rent, a contract. (Not a compensation or a payout, which articles tell by
 * their verb: «семьям *выплатят* по 1 млн рублей».)
 */
const SUM_KIND = /^(?:fines?|penalt(?:y|ies)|ransoms?|bail|rewards?|damages?|losses|loss|rent|contracts?|штраф\p{L}*|выкуп\p{L}*|залог\p{L}*|вознагражден\p{L}*|ущерб\p{L}*|убыт\p{L}*|аренд\p{L}*|контракт\p{L}*|договор\p{L}*|rates?|курс|курса|курсу|курсом)$/u;

/** The words for money in either language, in the forms the stemmer does not bring together («сколько *денег*»). */
const MONEY_WORDS = new Set(["денег", "деньги", "деньгами", "деньгах", "money", "cash"]);
/** Modifiers of a measure's name ("max speed", «средняя температура»). */
const MEASURE_MODIFIERS = new Set([
  "max", "maximum", "top", "peak", "average", "minimum", "min", "макс", "максимальная", "максимальный", "максимальное", "максимальную",
  "средняя", "средний", "среднее", "среднюю", "минимальная", "минимальный", "пиковая", "пиковый",
]);
/** Names of measures a modifier may stand before. */
const MEASURE_NOUN = /^(?:speeds?|prices?|temperatures?|temps?|depths?|heights?|lengths?|widths?|thickness|distances?|levels?|magnitudes?|salary|salaries|wages?|скорост\p{L}*|цен\p{L}*|температур\p{L}*|глубин\p{L}*|высот\p{L}*|длин\p{L}*|ширин\p{L}*|толщин\p{L}*|уров\p{L}*|зарплат\p{L}*)$/u;
/** Concepts of a money question's own words: the sum asked is in money, its cost, value or estimate. */
const MONEY_FRAME_CONCEPTS = new Set(["money", "cash", "cost", "price", "value", "estimate", "worth", "sum", "amount"]);

/** Question words that open the question after a heading (see `headingEnd`). */
const HEADING_QUESTION_WORDS = new Set([
  "what", "when", "who", "whom", "whose", "where", "why", "how", "which", "is", "are", "was", "were", "did", "does", "do", "has", "have",
  "сколько", "когда", "кто", "где", "почему", "зачем", "как", "какой", "какая", "какое", "какие", "какую", "каков", "какова", "что", "чем", "куда", "откуда",
]);

/**
 * Where a heading ends that the question puts before itself, a dash or colon away ("crocus attack -
 * how many died", «теракт в Крокусе: сколько погибло»): its character offset, or 0 when there is
 * none (no separator, no question word right after it, or a question word before it).
 */
function headingEnd(question: string, all: readonly Token[]): number {
  const separator = /\s[-–—]\s|:\s/u.exec(question);
  if (!separator) return 0;
  const before = all.filter((t) => t.end <= separator.index);
  const after = all.find((t) => t.start >= separator.index + separator[0].length);
  if (before.length === 0 || !before.some((t) => !t.stop) || !after || !HEADING_QUESTION_WORDS.has(after.folded)) return 0;
  if (before.some((t) => HEADING_QUESTION_WORDS.has(t.folded) && t.stop)) return 0;
  // A greeting before the dash is no topic ("hey quick one - who declared…", «привет, вопрос: …»).
  if (GREETINGS.has(before[0]?.folded ?? "")) return 0;
  return separator.index;
}

/** The word of an age ("age", «возраст»), which an age question names as its kind of answer. */
const AGE_WORD = /^(?:age|ages|возраст\p{L}*)$/u;

/** Nouns of an institution whose name a question may ask for ("which hospital", «какая школа»). */
const INSTITUTION_NOUN = /^(?:hospitals?|clinics?|schools?|universit(?:y|ies)|colleges?|prisons?|hotels?|больниц\p{L}*|клиник\p{L}*|школ\p{L}*|университет\p{L}*|тюрьм\p{L}*|гостиниц\p{L}*|отел\p{L}*)$/u;

/** A thing's name or make asked without "name" ("как *называлась* церковь", "what *make* of car", «какой *марки*»). */
const THING_NAME_ASKED = /\b(?:what|which)\s+(?:make|brand|model)\b|\b(?:make|brand|model)\s+of\b|(?:^|[^\p{L}])(?:как\s+(?:\p{L}+\s+)?назыв\p{L}*|марк[аиу]|модел(?:ь|и))(?![\p{L}])/iu;

/** Nouns for a company an organisation question may ask the name of ("which *firm*", "which *contractor*", «какая *компания*», «какая *фирма*»). */
const COMPANY_NOUN = /^(?:compan(?:y|ies)|firms?|contractors?|suppliers?|insurers?|operators?|компани\p{L}*|фирм\p{L}*|подрядчик\p{L}*|поставщик\p{L}*|страховщик\p{L}*|оператор\p{L}*)$/u;

/** Words that open a chat message as a greeting, not a topic. */
const GREETINGS = new Set(["hey", "hi", "hello", "hiya", "yo", "привет", "здравствуйте", "здрасте", "добрый", "доброе", "приветствую"]);

/** Words that open a count ("how many", «сколько», "number of"): the words after them are what is counted. */
const COUNT_OPENERS = new Set(["many", "much", "сколько", "скольких", "скольким"]);
/** How many content words after a count opener name what is counted ("how many armed criminals"). */
const MAX_COUNTED_WORDS = 2;
/** Endings of a Russian verb form (past, present, infinitive): «полицейских *погибло*» — the counting stops there. */
const RUSSIAN_VERB_ENDING = /\p{Script=Cyrillic}(?:л|ла|ло|ли|лся|лась|лось|лись|ет|ют|ит|ят|ут|ат|ется|ются|ится|ятся|ть|ти)$/u;
/** Endings of a Russian adjective before the counted noun (genitive plural: вооружённых, иностранных). */
const RUSSIAN_ADJECTIVE_ENDING = /(?:ых|их)$/u;
/** An English past form after the counted noun: the verb ("soldiers *showed* up"). */
const ENGLISH_PAST_ENDING = /\p{Script=Latin}ed$/u;
/**
 * An English plural noun, which heads the counted phrase: the word after it is its verb ("how many
 * firefighters *came*"), irregular or not. (Not "bus", "gas", "boss", "crisis": -s after s, u, i, a.)
 */
const ENGLISH_PLURAL = /^(?:\p{Script=Latin}{2,}[^suia\P{Script=Latin}]s|men|women|children|police|staff|crew|people)$/u;

/** "The world" («в мире», "in the world", "the world cup"): a scope no local report has. */
const WORLD_WORD = /^(?:world|worlds|мир|мире|мира|миру|мировой|мирового|мировом|мировая|мировые)$/u;

/**
 * The question's word for the whole world ("the longest river *in the world*", «самая высокая гора
 * *в мире*», "the *world* cup final"), or null: a quote that does not say it answers of something
 * local.
 */
function worldTerm(terms: readonly QuestionTerm[]): QuestionTerm | null {
  return terms.find((t) => (t.role === "focus" || t.role === "topic") && !t.token.capitalised && WORLD_WORD.test(t.token.folded)) ?? null;
}

/**
 * The place a question singles out (see `QuestionAnalysis.specificPlace`): the first word of the
 * place phrase right after «именно» / «конкретно» / "specifically" ("именно *в* Сергокале",
 * "specifically in…"), or the one "specifically" closes ("in lozovskoy district specifically").
 */
function specificPlaceOf(all: readonly Token[], terms: readonly QuestionTerm[]): QuestionTerm | null {
  const at = all.findIndex((t) => SINGLING_OUT.has(t.folded));
  if (at < 0) return null;
  const termAt = (i: number) => {
    const token = all[i];
    return token === undefined || token.stop || token.numeric || token.joined ? undefined : terms.find((t) => t.token.start === token.start && t.role !== "generic");
  };
  let preposition = PLACE_PREPOSITIONS.has(all[at + 1]?.folded ?? "") ? at + 1 : -1;
  // "in lozovskoy district specifically": the phrase before it (its preposition a few words back).
  if (preposition < 0) for (let i = at - 1; i >= Math.max(0, at - 4) && preposition < 0; i--) if (PLACE_PREPOSITIONS.has(all[i]?.folded ?? "")) preposition = i;
  if (preposition < 0) return null;
  for (let i = preposition + 1; i < all.length && i !== at; i++) {
    const term = termAt(i);
    if (term) return term;
  }
  return null;
}

/** Words that single out one part of what a question asks about («именно», «конкретно», "specifically"). */
const SINGLING_OUT = new Set(["именно", "конкретно", "specifically", "particularly"]);
/** Prepositions of a place a question singles out. */
const PLACE_PREPOSITIONS = new Set(["в", "во", "на", "у", "при", "in", "at", "inside", "on"]);

/** Relative pronouns that open what a person did ("the man *who* stole", «продавца, *которого* ранили»). */
const RELATIVE = /^(?:who|whom|that|которы\p{L}*|котор(?:ая|ое|ую|ого|ому|ой))$/u;

/**
 * What a name question's person did (see `QuestionAnalysis.deed`): the verb after "who" /
 * «который» that follows a word for the person, or a past form right after it ("the instructor
 * *detained*"). Not what a thing did ("the captain of the ferry *that capsized*").
 */
function deedOf(all: readonly Token[], terms: readonly QuestionTerm[], names: NameTest): QuestionTerm | null {
  const person = (token: Token | undefined) => token !== undefined && !token.numeric && (namesRole(token.original) || namesPerson(token.original) || names.isPersonNoun?.(token) === true);
  for (let i = 1; i < all.length; i++) {
    const token = all[i];
    if (!token || token.numeric) continue;
    const term = terms.find((t) => t.token.start === token.start);
    if (!term || term.role !== "focus") continue;
    const previous = all[i - 1];
    const afterRelative = previous !== undefined && RELATIVE.test(previous.folded) && person(all[i - 2]);
    const participle = (RUSSIAN_VERB_ENDING.test(token.folded) || ENGLISH_PAST_ENDING.test(token.folded)) && person(previous);
    if (afterRelative || participle) return term;
  }
  return null;
}

/** What a count question counts (see `QuestionAnalysis.counted`); empty for people in general. */
function countedTerms(all: readonly Token[], terms: readonly QuestionTerm[]): QuestionTerm[] {
  const opener = all.findIndex((t, i) => COUNT_OPENERS.has(t.folded) || (t.folded === "number" && all[i + 1]?.folded === "of"));
  if (opener < 0) return [];
  const counted: QuestionTerm[] = [];
  for (const token of all.slice(opener + 1)) {
    if (token.folded === "of" && all[opener]?.folded === "number") continue;
    if (token.stop || token.joined) {
      if (counted.length > 0) break;
      continue;
    }
    const term = terms.find((t) => t.token.start === token.start);
    if (!term) continue;
    if (counted.length > 0 && (RUSSIAN_VERB_ENDING.test(token.folded) || ENGLISH_PAST_ENDING.test(token.folded))) break;
    // "how many people", «сколько человек»: people in general are counted by any number.
    if (term.role === "generic") return [];
    counted.push(term);
    // A counted noun may follow its adjective or a noun ("armed criminals", "riot instigators",
    // «вооружённых преступников»); then comes the verb ("soldiers showed up", «полицейских
    // погибло»), which is not counted. A Russian noun is followed by its verb.
    if (counted.length >= MAX_COUNTED_WORDS || ENGLISH_PLURAL.test(token.folded) || (/\p{Script=Cyrillic}/u.test(token.folded) && !RUSSIAN_ADJECTIVE_ENDING.test(token.folded))) break;
  }
  return counted;
}

/** Gives the words after "kind of / number of …" the focus role they would have had without "of". */
function fixQuantifierPhrases(all: readonly Token[], terms: QuestionTerm[]): void {
  for (let i = 0; i + 2 < all.length; i++) {
    const head = all[i];
    const of = all[i + 1];
    if (!head || !of || !QUANTIFIER_HEADS.has(head.folded) || (of.folded !== "of" && of.folded !== "из")) continue;
    for (let j = i + 2; j < all.length; j++) {
      const next = all[j];
      if (!next) break;
      if (next.stop) {
        if (DETERMINERS.has(next.folded)) continue;
        break;
      }
      const term = terms.find((t) => t.token === next);
      if (term && term.role === "topic") {
        term.role = "focus";
        delete term.scene;
      }
    }
  }
}
