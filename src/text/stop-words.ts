import { createRequire } from "node:module";
import { foldCase } from "./stem.ts";

// Loaded with `require`, not imported as ESM: Node would scan the CommonJS file for its export names
// first (about 50 ms of every process start).
const { eng, rus } = createRequire(import.meta.url)("stopword") as typeof import("stopword");

/**
 * Words that carry no topic: the `stopword` package's English and Russian lists plus the
 * question words and auxiliaries of both languages (they say what kind of answer is wanted, not
 * what about; `question.ts` reads them before they are dropped). Case-folded (ё → е).
 */
/**
 * Words the `stopword` English list holds that carry meaning in news and have content-word
 * equivalents in Russian: "he *came* to Almaty" is «приехал в Алматы», which is no stop word.
 */
const MEANINGFUL = new Set(["came", "come"]);

const STOP_WORDS = new Set<string>(
  [
    ...eng.filter((word) => !MEANINGFUL.has(word)),
    ...rus,
    ...["what", "which", "who", "whom", "whose", "when", "where", "why", "how", "does", "did", "do", "will", "was", "were"],
    // Question words with "is" run in, as users type them ("whats the name", "whos in charge").
    ...["whats", "whos", "wheres", "whens", "hows", "whys"],
    ...["сколько", "почем", "кто", "что", "где", "когда", "почему", "зачем", "откуда", "куда", "какой", "какая", "какое", "какие", "каков", "какую", "каким", "каком", "какому", "какого", "каких", "какими", "чей", "чья", "чьё", "чье", "чьи"],
    ...["ком", "какова", "каково", "каковы", "чьего", "чьей", "чьих", "отчего", "скольких", "скольким", "скольки", "насколько", "whatever", "whenever", "wherever"],
    ...["ли", "чем", "чего", "чему", "кого", "кому", "кем", "это", "этот", "эта", "эти", "был", "была", "были", "было", "будет", "можно", "нужно"],
    // Function words the lists lack: prepositions, determiners, pronouns, auxiliaries, connectives.
    ...["its", "during", "against", "among", "amid", "within", "without", "upon", "onto", "toward", "towards", "via", "per", "until"],
    ...["unless", "whether", "whereas", "though", "although", "however", "just", "even", "yet", "already", "ago", "again", "ever"],
    ...["shall", "may", "having", "done", "so"],
    // The Russian words for English stop words that the Russian list lacks: "again" («когда *снова*
    // дадут газ»), "then". («Сейчас», "now", stays: «сколько стоит биткоин *сейчас*» asks for today's price.)
    ...["снова", "опять", "вновь", "затем"],
    ...["обо", "ко", "около", "среди", "возле", "вокруг", "против", "та", "те", "наш", "ваш", "свой", "своей", "своих"],
    // The demonstratives' other case forms («в *той* статье», «у *этих* людей»).
    ...["тому", "той", "ту", "тех", "теми", "этому", "этим", "этих", "этими"],
    // Prepositions and particles the Russian list lacks (насчёт "about", вроде "sort of", якобы
    // "allegedly"), and English hedges and topic prepositions ("regarding", "reportedly").
    ...["насчет", "относительно", "касательно", "ради", "благодаря", "согласно", "вместо", "кроме", "помимо", "вследствие", "ввиду"],
    ...["мимо", "вдоль", "сквозь", "посреди", "вне", "внутри", "позади", "напротив", "вблизи", "спустя", "накануне", "поверх", "путем", "сверх"],
    // «Самый», the superlative's marker and an intensifier («в *самую* жару»).
    ...["самый", "самая", "самое", "самые", "самого", "самой", "самому", "самым", "самыми", "самых", "самом", "самую"],
    // Chat abbreviations of function words ("evacuated *bc* of the flood", "*btw*", "*pls*", "*rn*").
    ...["bc", "bcuz", "cuz", "coz", "cos", "tho", "btw", "pls", "plz", "thx", "idk", "imo", "rn", "ur", "u", "smth", "sth"],
    // Greetings that open a chat message ("*hey* quick one", «*привет*, подскажите»).
    ...["hey", "hi", "hello", "hiya", "привет", "здравствуйте", "здрасте", "приветствую"],
    // Courtesy around a request («*подскажите, пожалуйста*, сколько…», "*please* tell me…", "*thanks*"):
    // «пожалуйста» would otherwise meet «пожаловаться» (complain), «спасибо» «спасти» (rescue).
    ...["пожалуйста", "плиз", "пжлст", "спасибо", "спс", "благодарю", "подскажите", "подскажете", "подскажи", "скажите", "скажете", "скажи", "please", "thanks", "thankyou", "ty"],
    // «Сам», the emphatic pronoun («даст *сама* авиакомпания»).
    ...["сам", "сама", "само", "сами", "самим", "самих", "самими", "саму"],
    ...["вроде", "типа", "якобы", "словно", "неужели", "вон", "просто", "примерно", "приблизительно"],
    // Verb particles, like "up" and "out" of the list ("break *down*", "cut *off*", "ran *away*").
    ...["down", "off", "away"],
    // Negated auxiliaries typed without the apostrophe ("didnt", "dont", "isnt").
    ...["didnt", "dont", "doesnt", "isnt", "wasnt", "werent", "arent", "hasnt", "havent", "hadnt", "couldnt", "wouldnt", "shouldnt", "cant", "wont", "aint", "mustnt", "neednt"],
    // «Такой» in all its forms ("such": «было ли *такое*, что…»).
    ...["такой", "такая", "такое", "такие", "такого", "такую", "таким", "таких", "такому", "такими"],
    // Reflexive pronouns the lists lack ("the resort *itself*", «*себе*»).
    ...["itself", "himself", "herself", "themselves", "myself", "yourself", "ourselves", "себя", "себе", "собой"],
    ...["regarding", "concerning", "despite", "regardless", "apparently", "reportedly", "allegedly", "supposedly", "maybe", "perhaps", "probably", "basically"],
    // "Other" and "some" in all their forms (the list has only «другой»: «другие» would be stemmed to «друг», "friend").
    ...["others", "другая", "другое", "другие", "других", "другого", "другому", "другим", "другими", "другую", "иной", "иная", "иное", "иные", "иных", "иным", "иными"],
    // «Остальные» ("the rest", "the others") likewise: a determiner, not a topic («из остальных подъездов»).
    ...["остальной", "остальная", "остальное", "остальные", "остальных", "остального", "остальному", "остальным", "остальными", "остальную", "остальном"],
    ...["некоторые", "некоторых", "некоторым", "некоторыми", "многие", "многих", "многим", "многими"],
    // «Один» in all its forms: mostly "a", "a certain", "one of" («один из…», «в одном из домов»).
    ...["один", "одна", "одно", "одни", "одного", "одному", "одним", "одном", "одной", "одну", "одних", "одними"],
    ...["который", "которая", "которое", "которые", "которого", "которой", "которому", "которую", "которым", "котором", "которых", "которыми", "также", "будут", "является", "являются", "могут"],
  ].map(foldCase),
);

/** Whether a case-folded word is a stop word (never indexed, never searched). */
export function isStopWord(folded: string): boolean {
  return STOP_WORDS.has(folded);
}
