import { phoneticKey } from "../text/analyzer.ts";
import { isStopWord } from "../text/stop-words.ts";
/**
 * What kind of answer a question asks for, told by its question word (TREC-style answer typing),
 * and whether a sentence holds an answer of that kind. Pure, for English and Russian.
 */
export type AnswerType = "quantity" | "date" | "person" | "organisation" | "place" | "reason" | "yes-no" | "other";

/** Names of a sum paid or demanded, English (an "s" may follow) and Russian stems. */
const SUM_NAMES_EN = "fine|penalty|penalties|compensation|ransom|payout|payment|bail|reward|damages";
const SUM_NAMES_RU = "штраф|компенсаци|выкуп|выплат|залог|вознагражден";

/** An exchange rate asked («курс доллара к рублю», «какой сейчас курс тенге», "the dollar exchange rate"). */
const EXCHANGE_RATE = /(^|[^\p{L}])курс\p{L}*\s+(?:\p{L}+\s+)?(?:доллар|евро|рубл|тенге|юан|валют|биткоин)\p{L}*|\bexchange\s+rates?\b/iu;

/**
 * A sum of money paid or demanded, by its name after "what", "how much" or «какой» ("what fine",
 * "how much ransom", "what compensation", «какой штраф», «какую компенсацию», «какой выкуп», «какие выплаты»).
 */
const MONEY_BY_NAME = new RegExp(
  String.raw`\b(?:what|which|how\s+(?:much|big|large|high))\s+(?:[\p{L}-]+\s+){0,2}?(?:${SUM_NAMES_EN})\b|\bhow\s+much\s+(?:[\p{L}-]+\s+){0,4}?(?:${SUM_NAMES_EN})\b|(^|[^\p{L}])(?:как(?:ой|ая|ое|ую|ие|ого|ова|ов)\s+(?:[\p{L}-]+\s+){0,2}?|сколько\s+(?:[\p{L}-]+\s+){0,3}?)(?:${SUM_NAMES_RU})\p{L}*`,
  "iu",
);
const SUM_NAME = new RegExp(String.raw`^(?:(?:${SUM_NAMES_EN})s?|(?:${SUM_NAMES_RU})\p{L}*)$`, "u");

/** Whether a word (folded) names a sum paid or demanded ("fine", "ransoms", «выкупа»): the sum itself answers it. Pure. */
export function namesSum(folded: string): boolean {
  return SUM_NAME.test(folded);
}

/**
 * A question typed as a search, not opened by a question word or an auxiliary: "crocus death toll"
 * names its measure, "what did the census count?" does not.
 */
const NOT_A_QUESTION = String.raw`^(?!\s*(?:what|which|who|whom|when|where|why|how|did|does|do|is|are|was|were|has|have|had|can|could|will|would|should)\b)`;

/**
 * Question-word patterns, tried in order (the first that matches wins). Like every pattern of this
 * file that is only tested, a word with a letter tail before the final "no letter after" is written
 * bare, outside the lookahead (it matches wherever the word does): it compiles faster (see
 * `UNIT_PATTERNS`).
 */
/** The level a thing rose or fell to ("to what level did the river rise", «до какой отметки поднялась река»): a length. */
const LEVEL_ASKED = /\bto\s+what\s+(?:level|height|depth|mark)\b|(^|[^\p{L}])(?:до|на)\s+(?:какой|какого|какую)\s+(?:отметк|уровн|высот|глубин)\p{L}*/iu;

/** A question typed as a search (no question word, no question mark) that names one of `names` anywhere. */
function searchNaming(names: string): RegExp {
  return new RegExp(String.raw`${NOT_A_QUESTION}(?!.*\?\s*$).*\b(?:${names})\b`, "iu");
}

/**
 * An age named in a question typed as a search, with a question mark or not ("fire chief tom
 * albrecht *age*?", «*возраст* губернатора»): a quantity, the person's age.
 */
const SEARCH_AGE = new RegExp(String.raw`${NOT_A_QUESTION}.*(?:\bage\b|(?:^|[^\p{L}])возраст(?:а|е|ом)?(?![\p{L}]))`, "iu");

/** A measure named anywhere in a question typed as a search ("tellan river peak *height* at koorabin", "detour *length* while hwy 7B is shut"). */
const SEARCH_MEASURE = searchNaming("height|depth|length|width|distance|speed|temperature|magnitude|capacity|weight|area|size");

/**
 * A role that ends a question typed as a search, with no question word anywhere ("sea lantern
 * *captain*", "calderbrook hospital *ceo*", «азовопольск *главврач*»): the role's holder is asked.
 */
const SEARCH_ROLE = new RegExp(
  String.raw`^(?!.*(?:^|[^\p{L}])(?:what|which|who|whom|whose|when|where|why|how|did|does|do|is|are|was|were|кто|что|где|когда|сколько|скока|почему|зачем|как|какой|какая|какое|какие|каков|какова|чей|чья|куда|откуда|ли)(?![\p{L}])).*(?:^|[^\p{L}])(?:captain|skipper|ceo|mayor|governor|director|owner|founder|manager|coach|judge|chairman|chairwoman|spokesman|spokeswoman|pilot|капитан|мэр|губернатор|директор|гендиректор|владелец|основатель|главврач|тренер|судья|пилот)\s*$`,
  "iu",
);

/**
 * A question that asks for a punishment's term ("what sentence did he get", "how many years in
 * prison", «какой срок дали», «на какой срок арестовали»): a span of time answers it ("five years in
 * prison", «до шести лет лишения свободы», «на два месяца»), not a report that a case was opened.
 * Not «в какой срок» (by when) nor «срок годности» (shelf life).
 */
const PUNISHMENT_ASKED =
  /\bwhat\s+(?:(?:jail|prison)\s+)?(?:sentence|term)\b|\b(?:jail|prison)\s+(?:time|term|sentence)\b|\bhow\s+(?:long|many\s+(?:years|months))\b.{0,40}\b(?:prison|jail|behind\s+bars)\b|(?<![\p{L}])(?<!(?:^|[^\p{L}])в\s+)(?:на\s+)?как(?:ой|ого|ом)\s+срок(?:а|е)?(?!\s+годност)(?![\p{L}])|(^|[^\p{L}])сколько\s+(?:лет|месяцев)\s+(?:тюрьмы|колонии|заключения|лишения|ареста)(?![\p{L}])/iu;

/** A Russian indefinite pronoun («кто-нибудь», «кого-то», «где-либо»): no question word (every one in the text). */
const INDEFINITE_PRONOUN = /(^|[^\p{L}])(?:кто|кого|кому|кем|что|чего|чем|где|куда|когда|какой|какая|какое|какие|чей|чья|чьи|сколько)-(?:нибудь|то|либо)(?![\p{L}])/giu;

const TYPE_PATTERNS: readonly [AnswerType, RegExp][] = [
  ["quantity", PUNISHMENT_ASKED],
  // Before «до какого» (a date: «до какого числа»): «до какого уровня» asks for a level.
  ["quantity", LEVEL_ASKED],
  // «Во сколько» asks for a time, unless it asks what something was valued at.
  ["date", /(^|[^\p{L}])во\s+сколько(?!(?:\s+\p{L}+){0,2}\s+(оцен|обош|обойд|раз))(?![\p{L}])/iu],
  ["quantity", /\b(how\s+(many|much|long|old|big|large|high|far|often|deep|tall|wide|thick|heavy|fast|hot|cold|strong)|what\s+(number|percentage|share|amount|size|area)|number\s+of|amount\s+of)\b/iu],
  ["quantity", MONEY_BY_NAME],
  ["quantity", /(^|[^\p{L}])(сколько|скольк\p{L}*|поч[её]м|как\s+долго|какое\s+(количество|число)|какова\s+(площадь|сумма|доля|ширина|длина|высота|глубина|сила)|каков\s+(размер|ущерб)|какой\s+(площади|суммы|размер|ширины|длины|высоты|глубины|толщины|силы)|на\s+сколько|во\s+сколько(?:\s+\p{L}+){0,2}\s+(?:оцен|обош|обойд)\p{L}*)(?![\p{L}])/iu],
  // A number's name after "what" / «какой» ("what was the score", "what is the population", «с каким
  // счётом», «какая зарплата»): the answer is a number.
  ["quantity", /\bwhat(?:'s|\s+(?:is|was|were|are|will\s+be))?\s+(?:the\s+)?(?:(?:[\p{L}-]+\s+){0,2}[\p{L}-]+(?:'s|’s)\s+|(?!name\b|kind\b|type\b|sort\b)[\p{L}-]+\s+(?=(?:temperature|temp|speed|height|depth|length|width|capacity|price|cost|budget|population)\b))?(?:(?:final|max|maximum|peak|top|average|total|minimum|overall|estimated)\s+)?(score|population|price|cost|salary|wage|temperature|temp|speed|magnitude|death\s+toll|toll|budget|capacity|depth|height|length|width|distance|age)\b/iu],
  // …or opening a question typed as a search ("population of harlow falls", «население махачкалы»).
  ["quantity", /^\s*(?:the\s+)?(?:(?:final|max|maximum|peak|top|average|total|minimum|overall|estimated)\s+)?(?:score|population|price|cost|salary|wage|temperature|speed|magnitude|death\s+toll|toll|budget|capacity|depth|height|length|width|distance|age)\s+(?:of|in|at|for|per)\b/iu],
  ["quantity", /^\s*(?:(?:макс\.?|максимальн\p{L}*|минимальн\p{L}*|средн\p{L}*|пиков\p{L}*|общ\p{L}*|итогов\p{L}*)\s+)?(?:сч[её]т|цена|стоимость|ущерб|зарплата|температура|скорость|магнитуда|население|численность|возраст)(?![\p{L}])/iu],
  ["quantity", /(^|[^\p{L}])(?:как(?:ой|ая|ое|ова|ов|им|ую|ие)|с\s+каким)\s+(?:был[аои]?\s+|будет\s+)?(?:(?:макс\.?|максимальн\p{L}*|минимальн\p{L}*|средн\p{L}*|пиков\p{L}*|общ\p{L}*|итогов\p{L}*)\s+)?(?:деньги|сумм\p{L}*|ущерб\p{L}*|сч[её]т\p{L}*|цен[ауы]|стоимост\p{L}*|зарплат\p{L}*|температур\p{L}*|скорост\p{L}*|магнитуд\p{L}*|населени\p{L}*|численност\p{L}*|возраст\p{L}*)(?![\p{L}])/iu],
  // An exchange rate («курс доллара к рублю», "the euro exchange rate"): a sum of money.
  ["quantity", EXCHANGE_RATE],
  // A question typed as a search, its measure named last or first ("crocus death toll", "ransom
  // amount", «число погибших», «сумма выкупа»): the answer is a number.
  ["quantity", new RegExp(String.raw`${NOT_A_QUESTION}.*\b(?:death\s+toll|toll|amount|number|total|count|figures?|price|cost|sum|population)\s*\??\s*$`, "iu")],
  // …or a measure named anywhere in it.
  ["quantity", SEARCH_MEASURE],
  ["quantity", SEARCH_AGE],
  ["person", SEARCH_ROLE],
  ["quantity", /^\s*(?:число|количество|сумм[аы]|размер|цифр[аы])(?![\p{L}])/iu],
  // The dead or hurt named last in a search ("m38 pileup deaths", «лавина джельгек погибшие», «…
  // число жертв»): their number is asked.
  ["quantity", new RegExp(String.raw`${NOT_A_QUESTION}(?!.*(?:^|[^\p{L}])(?:кто|как\p{L}*|где|куда|откуда|когда|почему|зачем|что|чей|чья|чьи|ли|имена|names?|who|which|what|where|when|why|how)(?![\p{L}])).*(?:\b(?:deaths|dead|casualties|fatalities|injured|injuries|wounded)|(?:^|[^\p{L}])(?:погибшие|погибших|жертвы|жертв|пострадавшие|пострадавших|раненые|раненых|число\s+\p{L}+|количество\s+\p{L}+))\s*\??\s*$`, "iu")],
  ["date", /\b(when|what\s+(date|day|time|year|month)|which\s+(date|day|year|month)|what\s+time|since\s+when|how\s+soon)\b/iu],
  ["date", /(^|[^\p{L}])(когда|какого\s+числа|в\s+какой\s+день|в\s+каком\s+году|в\s+какое\s+время|во\s+сколько(?!\s+раз(?![\p{L}]))|с\s+какого|до\s+какого|какого\s+(года|месяца)|в\s+каком\s+месяце)(?![\p{L}])/iu],
  ["reason", /\b(why|what\s+(caused|made|triggered|sparked|started|set\s+off|was\s+the\s+(reason|cause)|is\s+the\s+(reason|cause)|led\s+to|prompted)|for\s+what\s+reason|how\s+come)\b/iu],
  // A cause asked as a search ("skimr depot fire cause", "cause of the blast", «причина пожара»).
  ["reason", new RegExp(String.raw`${NOT_A_QUESTION}.*\bcauses?\s*\??\s*$|^\s*(?:the\s+)?causes?\s+of\b|^\s*причин[аыу](?![\p{L}])`, "iu")],
  ["reason", /(^|[^\p{L}])(почему|зачем|отчего|от\s+чего|из[-\s]за\s+чего|по\s+какой\s+причине|с\s+какой\s+целью|в\s+чем\s+причина|в\s+чём\s+причина|что\s+стало\s+причиной|что\s+послужило|что\s+вызвало|что\s+привело|что\s+спровоцировало)(?![\p{L}])/iu],
  ["place", /\b(where|(?:what|which)\s+(cit(?:y|ies)|towns?|places?|regions?|countr(?:y|ies)|villages?|streets?|squares?|buildings?|areas?|districts?)|in\s+what\s+(city|region|country))\b/iu],
  ["place", /(^|[^\p{L}])(где|куда|откуда|в\s+как(ом|ой|их)\s+(городе|городах|регионе|регионах|стране|странах|селе|сёлах|селах|районе|районах|области|областях|месте|местах|здании|зданиях|посёлке|поселке|посёлках|поселках)|какой\s+город|какие\s+(места|города|здания|сёла|села|районы|посёлки|поселки|улицы))(?![\p{L}])/iu],
  // One word may stand between ("which hacker group", «какая хакерская группировка»).
  // …and a named institution ("which hospital", «в какую больницу»): its name answers.
  ["organisation", /\b(what|which)\s+(?:[a-z-]+\s+)?(organi[sz]ation|agency|company|ministry|body|group|band|channel|party|club|team|court|outlet|department|service|utility|operator|firm|airline|network|hospital|clinic|school|university|college|prison|hotel|haulier|charity|bank|lab|laboratory)\b/iu],
  ["organisation", /(^|[^\p{L}])как(?:ая|ое|ой|ие|ую)\s+(?:\p{L}+(?:ая|ое|ой|ие|ую|ый|ий)\s+)?(?:организаци|ведомств|компани|энергокомпани|министерств|групп|канал|команд|служб|авиакомпани|фирм|больниц|клиник|школ|университет|тюрьм|гостиниц|отел|лаборатори|(?:партия|клуб|суд|банк)(?![\p{L}]))/iu],
  ["person", /\b(who|whom|whose|which\s+(person|official|minister|president|leader|judge|coach|player|man|woman))\b/iu],
  // "names of the workers", "the name of the guy who…": people's names.
  ["person", /\bnames?\s+of\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:[\p{L}\p{N}-]+(?:'s|’s)?\s+){0,3}(?:guy|man|men|woman|women|boy|girl|baby|person|people|workers?|victims?|dead|passengers?|hostages?|suspects?|attackers?|gunmen|gunman|firefighters?|miners?|doctors?|officers?|crew|pilots?|co-?pilot|drivers?|captain|teachers?|students?|pupils?|children|child|kids?|owners?|managers?|employees?|staff|lawyers?|engineers?|nurses?|boss|chief|head|director|chairman|spokes(?:man|woman|person)|officials?|mayor|governor|minister|president|leader|commander|inspector|detective|judge|prosecutor|patients?|janitor|attendants?|operators?|controllers?|technicians?|guards?|inmates?|prisoners?|soldiers?|climbers?|skiers?|runners?|winners?|players?|singer|musicians?|sailors?|fisherm[ae]n|farmers?|residents?|neighbou?rs?|witness(?:es)?|survivors?|rescuers?|volunteers?|paramedics?|surgeons?|scientists?|experts?|founder|journalists?|reporters?|photographers?)\b/iu],
  ["person", /(^|[^\p{L}])(кто|кого|кому|кем|чей|чья|чьи|как\s+(?:(?:его|её|ее|их)\s+)?(?:зовут|звали))(?![\p{L}])/iu],
  // A person's name asked by a pronoun ("the captain, whats his name", "what was her name").
  ["person", /\bwhat(?:'s|’s|s|\s+(?:is|was|are|were))?\s+(?:his|her|their)\s+names?\b/iu],
  ["yes-no", /^\s*(is|are|was|were|did|does|do|has|have|had|can|could|will|would|should|shall|may|might)\b/iu],
  ["yes-no", /(^|[^\p{L}])(правда\s+ли|верно\s+ли|ли)(?![\p{L}])/iu],
];

/** "What temperature", "what was the temp", «какая температура», «до скольки градусов»: a temperature is asked. */
const TEMPERATURE_ASKED =
  /\bwhat(?:'s|\s+(?:is|was|were|are|will\s+be))?\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:temperature|temp)\b|(^|[^\p{L}])(?:как(?:ая|ой|ую)\s+(?:был[аои]?\s+|будет\s+)?температур\p{L}*|до\s+скольки\s+градусов)(?![\p{L}])/iu;

/** "What was the (peak) speed / price / depth…", «какая (максимальная) скорость / цена…», «какие деньги», «какую сумму»: a measure by its name. */
const NAMED_MEASURE =
  /\bwhat(?:'s|\s+(?:is|was|were|are|will\s+be))?\s+(?:the\s+)?(?:(?:[\p{L}-]+\s+){0,2}[\p{L}-]+(?:'s|’s)\s+)?(?:(?:max|maximum|peak|top|average|minimum|estimated)\s+)?(?:speed|price|cost|salary|wage|budget|depth|height|length|width|distance|sum)\b|(^|[^\p{L}])как(?:ой|ая|ое|ова|ов|ую|ие)\s+(?:был[аои]?\s+|будет\s+)?(?:(?:макс\.?|максимальн\p{L}*|минимальн\p{L}*|средн\p{L}*|пиков\p{L}*)\s+)?(?:скорост|цен[аыу]|стоимост|зарплат|высот|глубин|длин|ширин|деньги|сумм)\p{L}*/iu;

/**
 * Quantity questions that ask for a measure, not a count: "how much", "how high/long/far/big…",
 * "what percentage", «на сколько», «какова площадь», «сколько стоил», «сколько лет». Their answer is
 * a number with a unit, a currency or a share ("18% contained", "14.7 metres", «2 млн рублей»), not
 * any number ("1,900 homes").
 */
/** A currency a question names ("how much damage *in rubles*", «ущерб *в рублях*»): the amount asked is money. */
const CURRENCY_NAMED = /\bin\s+(?:r[ou]+bles?|dollars?|euros?|pounds?|tenge)\b|(^|[^\p{L}])в\s+(?:рублях|долларах|евро|тенге|фунтах)(?![\p{L}])/iu;

const MEASURE_PATTERNS: readonly RegExp[] = [
  LEVEL_ASKED,
  SEARCH_MEASURE,
  /\b(how\s+(much|long|high|far|big|large|deep|tall|wide|thick|heavy|fast|old|hot|cold|strong)|what\s+(percentage|share|amount|size|area|proportion))\b/iu,
  // A sum of money or a price typed as a search ("ransom amount", "ticket price", «сумма выкупа»).
  new RegExp(String.raw`${NOT_A_QUESTION}.*\b(?:amount|price|cost|sum)\s*\??\s*$|^\s*(?:сумм[аы]|размер|цен[аы]|стоимост[ьи])(?![\p{L}])`, "iu"),
  // A measure named after "what" / «какой», a modifier allowed ("what was the max speed", «какая была макс скорость», «какие деньги»).
  NAMED_MEASURE,
  MONEY_BY_NAME,
  EXCHANGE_RATE,
  TEMPERATURE_ASKED,
  // A currency named ("how much damage in rubles", «ущерб в рублях»): a sum of money.
  CURRENCY_NAMED,
  // («На сколько дней» counts days, as «сколько дней» does: «трёхдневный траур» answers it. «За
  // сколько купил» asks a price; «за сколько часов» a count of hours.)
  /(^|[^\p{L}])((?:на|за)\s+сколько(?!\s+(?:дн|суток|сутки|час|недел|месяц|лет|год|минут|секунд))|насколько|поч[её]м|как\s+долго|сколько\s+(стои\p{L}*|стоил\p{L}*|будет\s+стоить|весит|весил\p{L}*|выплат\p{L}*|заплат\p{L}*|потрат\p{L}*|лет|процент\p{L}*|денег|времени|продл\p{L}*|длил\p{L}*|длит\p{L}*)|во\s+сколько(?:\s+\p{L}+){0,2}\s+(оцен|обош|обойд)\p{L}*|какова\s+(площадь|сумма|доля|высота|глубина|длина|ширина|скорость|сила)|каков\s+(размер|ущерб|уровень)|какой\s+(площади|суммы|размер|ущерб|уровень|ширины|длины|высоты|глубины|толщины|силы))(?![\p{L}])/iu,
];

/**
 * Questions for how long something lasts ("how long will the heat last", «как долго», «сколько
 * продлится», "until when"): besides a span ("10 to 14 days"), an end date answers them ("until 27
 * July", «до 26 июля»).
 */
const DURATION_PATTERN =
  /\b(?:how\s+long\b(?=.*\b(?:last|lasts|lasted|lasting|take|takes|took|continue|continues|stay|stays|remain|remains|go\s+on|be\s+(?:closed|shut|off|out|down))\b)|until\s+when|till\s+when)\b|(^|[^\p{L}])(?:сколько\s+(?:продл|длил|длит)|(?:как\s+долго|до\s+каких\s+пор|сколько\s+(?:времени|будет\s+длиться))(?![\p{L}]))/iu;

/** A time of day on the clock: "6:12 p.m.", "9.30am", «04:17», "7 a.m.", "noon", «полночь». Only tested. */
const CLOCK_TIME = /(?<!\d|\d[.,])(?:[01]?\d|2[0-4])[:.][0-5]\d(?!\d|%|[.,]\d|\s*(?:m|km|cm|kg|t|metres?|meters?|miles?|million|billion|bn|м|км|см|кг|т|тыс|млн|млрд)(?![\p{L}]))|(?<!\d)\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?)(?![\p{L}])|\b(?:noon|midnight)\b|(?:^|[^\p{L}])(?:полдень|полночь|полдня|полуночи)(?![\p{L}])/iu;

/** "What time", "at what time", «во сколько», «в котором часу», «в какое время»: a time of day is asked, not a day. */
const CLOCK_TIME_ASKED = /\b(?:what|which)\s+time\b|(?:^|[^\p{L}])(?:во\s+сколько(?!\s+раз(?![\p{L}]))|в\s+котором\s+часу|в\s+какое\s+время)(?![\p{L}])/iu;

/** A period a quantity is asked per, and how a sentence says "per" that period (see `rateAsked`). */
export type RatePeriod = "year" | "month" | "week" | "day";
const RATE_ASKED: readonly [RatePeriod, RegExp][] = [
  ["year", /\b(?:a|per|each|every)\s+year\b|\bannual(?:ly)?\b|(?:^|[^\p{L}])(?:в\s+год|ежегодно)(?![\p{L}])/iu],
  ["month", /\b(?:a|per|each|every)\s+month\b|\bmonthly\b|(?:^|[^\p{L}])(?:в\s+месяц|ежемесячно)(?![\p{L}])/iu],
  ["week", /\b(?:a|per|each|every)\s+week\b|\bweekly\b|(?:^|[^\p{L}])(?:в\s+неделю|еженедельно)(?![\p{L}])/iu],
  ["day", /\b(?:a|per|each|every)\s+day\b|\bdaily\b|(?:^|[^\p{L}])(?:в\s+(?:день|сутки)|ежедневно)(?![\p{L}])/iu],
];
const RATE_STATED: Record<RatePeriod, RegExp> = {
  year: /\b(?:a|per|each|every)\s+year\b|\b(?:annual(?:ly)?|yearly)\b|(?:^|[^\p{L}])(?:в\s+год|ежегодн\p{L}*|годов\p{L}*)(?![\p{L}])/iu,
  month: /\b(?:a|per|each|every)\s+month\b|\bmonthly\b|(?:^|[^\p{L}])(?:в\s+месяц|ежемесячн\p{L}*|месячн\p{L}*)(?![\p{L}])/iu,
  week: /\b(?:a|per|each|every)\s+week\b|\bweekly\b|(?:^|[^\p{L}])(?:в\s+неделю|еженедельн\p{L}*)(?![\p{L}])/iu,
  day: /\b(?:a|per|each|every)\s+day\b|\bdaily\b|(?:^|[^\p{L}])(?:в\s+(?:день|сутки)|ежедневн\p{L}*|суточн\p{L}*)(?![\p{L}])/iu,
};

/** The period a quantity question asks per ("how many passengers a year", «зарплата в месяц»), or null. Pure. */
export function rateAsked(question: string): RatePeriod | null {
  for (const [period, pattern] of RATE_ASKED) if (pattern.test(question)) return period;
  return null;
}

/** «На какой срок», «какой срок»: a term, of a punishment or of anything that lasts. */
const TERM_ASKED = /(?<![\p{L}])(?<!(?:^|[^\p{L}])в\s+)(?:на\s+)?как(?:ой|ого|ом)\s+срок(?:а|е)?(?!\s+годност)(?![\p{L}])/iu;
/**
 * Words that make «какой срок» a punishment's: an arrest, a court, a sentence given or faced
 * («на какой срок *арестовали*», «какой срок *дали*», «какой срок *грозит*»). Without one it is how
 * long something lasts («на какой срок *запретили* повозки», «на какой срок закрыли мост»).
 */
const PUNISHMENT_CONTEXT =
  /(?:^|[^\p{L}])(?:арест\p{L}*|задерж\p{L}*|дали|дадут|дал|получ\p{L}*|гроз\p{L}*|светит|приговор\p{L}*|осуд\p{L}*|осужд\p{L}*|посад\p{L}*|колони\p{L}*|тюрьм\p{L}*|заключ\p{L}*|лишени\p{L}*|наказ\p{L}*|суд\p{L}*|страж\p{L}*|обвиня\p{L}*|обвинён\p{L}*|обвинен\p{L}*)(?![\p{L}])/iu;

/** Whether a question asks for a punishment's term (see `PUNISHMENT_ASKED`, `PUNISHMENT_CONTEXT`). Pure. */
export function asksForPunishment(question: string): boolean {
  if (!PUNISHMENT_ASKED.test(question)) return false;
  const other = question.replace(TERM_ASKED, " ");
  return PUNISHMENT_ASKED.test(other) || PUNISHMENT_CONTEXT.test(question);
}

/** Whether a question asks «на какой срок» something lasts, not a punishment's term (see `PUNISHMENT_CONTEXT`). Pure. */
export function asksForTermOfTime(question: string): boolean {
  return TERM_ASKED.test(question) && !asksForPunishment(question);
}

/**
 * Words that tell a span of time is a punishment: "in prison", "jailed", "sentenced", «лишения
 * свободы», «колонии», «под стражу», «грозит» («грозит до шести лет»), not someone's age or a date.
 */
const PUNISHMENT_STATED =
  /\b(?:prison|jail|jailed|imprison\p{L}*|sentenc\p{L}*|custody|behind\s+bars|remand\p{L}*|faces?\s+up\s+to|punishable|probation|detention)\b|(?:^|[^\p{L}])(?:лишени\p{L}*\s+свободы|колони\p{L}*|тюрьм\p{L}*|заключени\p{L}*|под\s+страж\p{L}*|арест\p{L}*|приговор\p{L}*|осужд\p{L}*|осуд\p{L}*|грозит|грозят|светит|санкци\p{L}*|наказани\p{L}*|условн\p{L}*)(?![\p{L}])/iu;

/** Whether a sentence tells a punishment's term (see `PUNISHMENT_STATED`). Pure. */
export function statesPunishment(text: string): boolean {
  return PUNISHMENT_STATED.test(text);
}

/**
 * A punishment question that asks the term given ("what sentence did Zubarev *get*", «какой срок
 * *дали* браконьерам», "how many years was he *jailed* for"), not the one a law provides for.
 */
const SENTENCE_GIVEN_ASKED = /\b(?:get|gets|got|given|gave|receive|received|sentenced|jailed|handed)\b|(?:^|[^\p{L}])(?:дали|дадут|получил\p{L}*|получат|получит|приговорил\p{L}*|приговорен\p{L}*|приговорён\p{L}*|назначил\p{L}*|осудили)(?![\p{L}])/iu;

/** Whether a punishment question asks the term given (see `SENTENCE_GIVEN_ASKED`). Pure. */
export function asksSentenceGiven(question: string): boolean {
  return SENTENCE_GIVEN_ASKED.test(question);
}

/**
 * A term a law provides for or a charge carries ("faces up to 10 years", «Санкция статьи
 * предусматривает до семи лет», «грозит до шести лет»), or custody before a trial ("remanded in
 * custody", «мера пресечения в виде заключения под стражу на два месяца»), without a sentence
 * passed ("was sentenced", «приговорил», «получил»): no term given.
 */
const MAXIMUM_ONLY =
  /\b(?:faces?|facing|up\s+to|maximum|carries|punishable|remand\p{L}*|custody|bail)\b|(?:^|[^\p{L}])(?:грозит|грозят|грозило|предусматрива\p{L}*|санкци\p{L}*|до\s+[\p{L}\p{N}]+\s+лет|мер\p{L}*\s+пресечени\p{L}*|под\s+страж\p{L}*|домашн\p{L}*\s+арест\p{L}*)(?![\p{L}])/iu;
const SENTENCE_PASSED = /\b(?:sentenced|jailed|was\s+given|were\s+given|received|got)\b|(?:^|[^\p{L}])(?:приговорил\p{L}*|приговор\p{L}*|получил\p{L}*|назначил\p{L}*|осудил\p{L}*|осужд\p{L}*)(?![\p{L}])/iu;

/** Whether a sentence tells a term passed on someone, not only the most a law provides for (see `MAXIMUM_ONLY`). Pure. */
export function statesSentencePassed(text: string): boolean {
  return SENTENCE_PASSED.test(text) || !MAXIMUM_ONLY.test(text);
}

/**
 * A question that asks how long someone has held a job or done a thing ("how long has Wilk been the
 * night watchman", "how many years had he been flying", «сколько лет Лаптев проработал на заводе»):
 * a span of service answers it, not the person's age beside the name.
 */
const TENURE_ASKED =
  /\bhow\s+(?:long|many\s+years)\s+(?:has|had|have)\s+(?:[\p{L}'’-]+\s+){1,6}?(?:been|owned|run|led|worked|lived|headed|managed|served|taught|coached|flown|driven)\b(?!\s+(?:closed|shut|open|out|off|down|missing|trapped|stuck|in\s+hospital)\b)|(?:^|[^\p{L}])сколько\s+лет\s+(?:\p{L}+[\s-]+){0,5}?(?:проработал\p{L}*|работа(?:ет|л|ла|ли)|руковод(?:ит|ил|ила)|служ(?:ит|ил|ила)|прослужил\p{L}*|возглавля(?:ет|л|ла)|трудит\p{L}*|трудил\p{L}*)(?![\p{L}])/iu;

/** Whether a question asks for a span of service (see `TENURE_ASKED`). Pure. */
export function asksForTenure(question: string): boolean {
  return TENURE_ASKED.test(question);
}

/** Units of time, shortest first: a count of time is given in the asked unit or one next to it. */
export const TIME_UNITS = ["second", "minute", "hour", "day", "week", "month", "year"] as const;
/** A unit of time (see `TIME_UNITS`). */
export type TimeUnit = (typeof TIME_UNITS)[number];

/**
 * Words of each unit of time, in any form, compounds too ("90-minute", «трёхдневный», «двухчасовой»,
 * «суток»). A year after a four-digit number is a calendar year («в 2024 году»), not a span: left out.
 */
const TIME_UNIT_WORDS: Readonly<Record<TimeUnit, RegExp>> = {
  second: /^(?:seconds?|secs?|\p{L}*секунд\p{L}*)$/u,
  minute: /^(?:minutes?|mins?|\p{L}*минут\p{L}*)$/u,
  hour: /^(?:hours?|hrs?|час|часа|часов|часы|\p{L}+часов\p{L}+)$/u,
  day: /^(?:days?|дня|дней|дни|день|днями|сутки|суток|\p{L}*суточн\p{L}*|\p{L}+дневн\p{L}*)$/u,
  week: /^(?:weeks?|\p{L}*недел\p{L}*)$/u,
  month: /^(?:months?|месяц\p{L}*|\p{L}+месячн\p{L}*)$/u,
  year: /^(?:years?|лет|год|года|году|годом|\p{L}+летн\p{L}*)$/u,
};

/** The unit of time a word names (see `TIME_UNIT_WORDS`), or null. Pure. */
export function timeUnitOf(word: string): TimeUnit | null {
  const folded = word.toLowerCase().replace(/ё/gu, "е");
  return TIME_UNITS.find((unit) => TIME_UNIT_WORDS[unit].test(folded)) ?? null;
}

/**
 * Whether a sentence writes the asked unit of time or one next to it (an hour for minutes, 48 hours
 * for days): a count of minutes is not answered by «трёхдневный траур», nor by «15 погибших», nor a
 * count of days by "for 40 minutes". Pure.
 */
export function statesTimeUnit(text: string, asked: TimeUnit): boolean {
  const words = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const at = TIME_UNITS.indexOf(asked);
  for (let i = 0; i < words.length; i++) {
    const unit = timeUnitOf(words[i] ?? "");
    if (unit === null) continue;
    if (unit === "year" && /^\d{4}$/u.test(words[i - 1] ?? "")) continue;
    if (Math.abs(TIME_UNITS.indexOf(unit) - at) <= 1) return true;
  }
  return false;
}

/**
 * Words that tell a span is one of service: "for 12 years", "since 2009", "years of service", "a
 * veteran", «стаж», «проработал 30 лет», «с 2009 года», «работает в … уже 12 лет».
 */
const TENURE_STATED =
  /\bfor\s+(?:[\p{L}\p{N}-]+\s+){0,3}(?:years?|decades?|months?)\b|\bsince\s+(?:19|20)\d\d\b|\byears?\s+(?:of\s+service|of\s+experience|in\s+the\s+job)\b|\bveteran\b|\bjoined\b|(?:^|[^\p{L}])(?:стаж\p{L}*|проработал\p{L}*|прослужил\p{L}*|с\s+(?:19|20)\d\d\s+(?:года|г\.)|(?:уже|более|почти|около|свыше)\s+\d+\s+(?:лет|год|года))(?![\p{L}])/iu;

/** Whether a sentence tells a span of service (see `TENURE_STATED`). Pure. */
export function statesTenure(text: string): boolean {
  return TENURE_STATED.test(text);
}

/**
 * A question that asks what someone said ("what exactly did Khabib say about the attacks", "what
 * did the band post", «что именно сказал Хабиб», «что заявил мэр»): the quote reports speech.
 */
const STATEMENT_ASKED =
  /\bwhat\s+(?:exactly\s+|else\s+)?did\s+(?:[\p{L}\p{N}'’.-]+\s+){1,6}?(?:say|said|tell|write|post|tweet|announce|state|reply|respond)\b|(?:^|[^\p{L}])что\s+(?:именно\s+|же\s+)?(?:\p{L}+\s+){0,4}?(?:сказал|заявил|написал|говорил|ответил|сообщил|пообещал|рассказал)\p{L}{0,2}(?![\p{L}])/iu;

/** Whether a question asks what someone said (see `STATEMENT_ASKED`). Pure. */
export function asksForStatement(question: string): boolean {
  return STATEMENT_ASKED.test(question);
}

/**
 * A question that asks what an inquiry found ("what did the HSE investigation conclude", "what did
 * the prosecutors find in their check", "the findings of the review", «что показала экспертиза»,
 * «что установила проверка», «какие выводы сделала комиссия»): the quote states a finding, not only
 * that the inquiry is under way or will report.
 */
const FINDING_ASKED =
  /\bwhat\s+(?:exactly\s+)?(?:did|does|has|have|do)\s+(?:[\p{L}\p{N}'’.-]+\s+){1,6}?(?:conclude|find|show|reveal|establish|determine|uncover|discover)\b|\b(?:findings|conclusions?|results?|outcome)\s+of\s+(?:the\s+|their\s+|its\s+)?(?:[\p{L}-]+\s+){0,2}(?:investigation|inquiry|review|inspection|examination|tests?|audit|probe|autopsy|post-mortem|check|report)\b|(?:^|[^\p{L}])(?:что\s+(?:именно\s+)?(?:\p{L}+\s+){0,4}?(?:показал|установил|выявил|обнаружил|выяснил|заключил)\p{L}{0,2}|как(?:ие|ой|ов[аы]?)\s+(?:\p{L}+\s+)?(?:выводы?|результаты?|итоги?)|к\s+какому\s+выводу)(?![\p{L}])/iu;

/** Whether a question asks what an inquiry found (see `FINDING_ASKED`). Pure. */
export function asksForFinding(question: string): boolean {
  return FINDING_ASKED.test(question);
}

/**
 * Words that state a finding, in the past or present, not the future ("found", "concluded",
 * "showed", "the cause was", «установила», «выявила», «пришла к выводу», «согласно заключению»);
 * "will report its findings", «экспертиза покажет» state none.
 */
const FINDING_STATED =
  /(?<!\b(?:will|would|to|could|may|might|should)\s+(?:\p{L}+\s+)?)\b(?:found|finds|concluded|concludes|showed|shows|revealed|reveals|established|determined|identified|confirmed|uncovered|discovered|detected|ruled)\b|\b(?:conclusion|findings?|results?|cause)\s+(?:was|were|is|are|showed|show|found)\b|(?:^|[^\p{L}])(?:установил|выявил|показал|обнаружил|нашл|выяснил|подтвердил|признал)(?:а|и|о)?(?![\p{L}])|пришл\p{L}*\s+к\s+выводу|(?:согласно|по)\s+(?:предварительному\s+)?(?:заключени|результат|итог|данным\s+(?:экспертиз|проверк|вскрыти))\p{L}*/iu;

/** Whether a sentence states a finding (see `FINDING_STATED`). Pure. */
export function statesFinding(sentence: string): boolean {
  return FINDING_STATED.test(sentence);
}

/**
 * Words that report speech: a verb of saying in an active form ("said", "told", «заявил», «по
 * словам»), or a quotation of a few words. Not an impersonal report («сообщалось, что…», "it was
 * reported"): it says what happened, not what someone said.
 */
const SPEECH_REPORTED =
  /\b(?:said|says|saying|told|tells|stated|wrote|writes|posted|added|noted|announced|warned|explained|insisted|declared|commented|promised|pledged|vowed|according\s+to|quoted)\b|(?:^|[^\p{L}])(?:заяви(?:л|ла|ли|т)|сказа(?:л|ла|ли)|говори(?:т|л|ла|ли)|отмети(?:л|ла|ли)|написа(?:л|ла|ли)|подчеркну(?:л|ла|ли)|добави(?:л|ла|ли)|рассказа(?:л|ла|ли)|поясни(?:л|ла|ли)|сообщи(?:л|ла|ли)|призва(?:л|ла|ли)|(?:по)?обеща(?:л|ла|ли|ет)|признал(?:а|и)?|по\s+(?:его|её|ее|их)?\s*словам|по\s+словам)(?![\p{L}])|[«“"„][^«»“”"„]{20,}[»”"“]/iu;

/** Whether a sentence reports speech (see `SPEECH_REPORTED`). Pure. */
export function reportsSpeech(sentence: string): boolean {
  return SPEECH_REPORTED.test(sentence);
}

/**
 * A question that asks which article of a law or a treaty applies ("which criminal code article",
 * "under which article", «по какой статье завели дело», «какая статья УК»): an article's number
 * answers it («ч. 2 ст. 213 УК РФ», "Article 4").
 */
const LAW_ARTICLE_ASKED =
  /\b(?:which|what)\s+(?:(?:criminal|penal|legal|law|code|treaty|constitution|of\s+the)\s+){0,3}articles?\b|\barticle\s*\??\s*$|(?:^|[^\p{L}])(?:по\s+|под\s+)?как(?:ой|ая|ую|им|ими|ие)\s+(?:\p{L}+\s+)?стать(?:е|я|ю|ям|и)(?![\p{L}])/iu;

/** Whether a question asks for an article of a law (see `LAW_ARTICLE_ASKED`). Pure. */
export function asksForLawArticle(question: string): boolean {
  return LAW_ARTICLE_ASKED.test(question);
}

/** An article of a law cited by its number: «ст. 238», «статьи 213», "Article 4", "section 7". */
const LAW_ARTICLE_STATED = /(?:^|[^\p{L}])(?:ст\.|стать\p{L}*)\s*\d|\barticles?\s+\d|\bsection\s+\d/iu;

/** Whether a sentence cites an article of a law by its number (see `LAW_ARTICLE_STATED`). Pure. */
export function citesLawArticle(text: string): boolean {
  return LAW_ARTICLE_STATED.test(text);
}

/** Whether a sentence gives a quantity per `period` ("a year", «в месяц», "annual"). Pure. */
export function statesRate(text: string, period: RatePeriod): boolean {
  return RATE_STATED[period].test(text);
}

/** "What year", "which year", «в каком году», «какого года»: only a year answers. */
const YEAR_ASKED = /\b(?:what|which)\s+year\b|(?:^|[^\p{L}])(?:в\s+как(?:ом|ой)\s+году|как(?:ого|ой)\s+года)(?![\p{L}])/iu;

/** Whether a date question asks for a year (see `YEAR_ASKED`). Pure. */
export function asksForYear(question: string): boolean {
  return YEAR_ASKED.test(question);
}

/** A year written in figures (1000–2099), not part of a longer number. */
const YEAR_NUMBER = /(?<![\p{N}.,:])(?:1\d{3}|20\d{2})(?![\p{N}]|[.,:]\p{N})/u;

/** Whether a date question asks for a time of day (see `CLOCK_TIME_ASKED`). Pure. */
export function asksForClockTime(question: string): boolean {
  return CLOCK_TIME_ASKED.test(question);
}

/** Whether a question asks how long something lasts (see `DURATION_PATTERN`). Pure. */
export function asksForDuration(question: string): boolean {
  return DURATION_PATTERN.test(question) || asksForTermOfTime(question);
}

/** Kinds of unit a measure is given in. */
export type MeasureUnit = "length" | "time" | "money" | "percent" | "area" | "weight" | "volume" | "speed" | "temperature" | "magnitude";

/**
 * Which units answer a measure question, by its wording (the first rule that matches); a question
 * not listed ("how much", "how big", «на сколько») takes any measure. "How long is the river" wants
 * a length, not "fell by 70%"; "what share" a per cent; «сколько стоил» money.
 */
const MEASURE_UNIT_RULES: readonly [RegExp, readonly MeasureUnit[]][] = [
  [LEVEL_ASKED, ["length"]],
  // An earthquake's magnitude is given as one ("magnitude 6.1", «магнитудой 5,8»), not as any number.
  [/\bmagnitudes?\b|(^|[^\p{L}])магнитуд/iu, ["magnitude"]],
  [/\bhow\s+(deep|far|wide|thick)\b|(^|[^\p{L}])(какова\s+(глубина|длина|ширина)|какой\s+(ширины|длины|глубины|толщины)|на\s+какую\s+глубину|как\s+далеко)(?![\p{L}])/iu, ["length"]],
  [/\bhow\s+(hot|cold)\b/iu, ["temperature"]],
  [TEMPERATURE_ASKED, ["temperature"]],
  [/\bhow\s+long\b|(^|[^\p{L}])(как\s+долго|сколько\s+(времени|продл\p{L}*|длил\p{L}*|длит\p{L}*))(?![\p{L}])/iu, ["length", "time"]],
  [/\bhow\s+(high|tall)\b|(^|[^\p{L}])(какова\s+высота|на\s+какую\s+высоту)(?![\p{L}])/iu, ["length", "percent", "temperature", "money"]],
  [/\bhow\s+fast\b|\bwhat\b.{0,40}\bspeed\b|(^|[^\p{L}])(какова\s+скорость|с\s+какой\s+скоростью|как(?:ая|ой|ую)\s+(?:\p{L}+\s+){0,2}скорост\p{L}*)(?![\p{L}])/iu, ["speed"]],
  // "How much oil spilled", «сколько мазута вылилось»: a mass or a volume, not "2.3 km of coast".
  [/\bhow\s+much\b(?:\s+[\p{L}'-]+){1,4}?\s+(?:spill|spilled|spilt|leak|leaked|leaks|pour|poured|dump|dumped|release|released|discharged|escaped|gushed)\b|(^|[^\p{L}])сколько(?:\s+\p{L}+){1,3}?\s+(?:вылил\p{L}*|разлил\p{L}*|утекл\p{L}*|утек|вытекл\p{L}*|вытек|слил\p{L}*|сбросил\p{L}*|попал[оаи]?|выброс\p{L}*)(?![\p{L}])/iu, ["weight", "volume"]],
  [/\bhow\s+heavy\b|\bweigh(?:s|ed)?\b|(^|[^\p{L}])(?:сколько\s+(?:весит|весил\p{L}*|веса)|каков\s+вес|какой\s+вес)(?![\p{L}])/iu, ["weight"]],
  [/\bwhat\s+(percentage|share|proportion)\b|(^|[^\p{L}])(?:сколько\s+процент|(?:какова\s+доля|какой\s+процент)(?![\p{L}]))/iu, ["percent"]],
  [MONEY_BY_NAME, ["money"]],
  [EXCHANGE_RATE, ["money"]],
  // A currency the question names ("damage in rubles", «ущерб в рублях»), or the damage asked in Russian («каков ущерб»).
  [CURRENCY_NAMED, ["money"]],
  [/(^|[^\p{L}])как(?:ой|ов)\s+(?:был\s+|будет\s+)?ущерб(?![\p{L}])/iu, ["money"]],
  [/(^|[^\p{L}])(?:сколько\s+(?:стои|будет\s+стоить|выплат|заплат|потрат)|поч[её]м|во\s+сколько(?:\s+\p{L}+){0,2}\s+(?:оцен|обош|обойд)|(?:сколько\s+денег|какова\s+сумма|каков\s+ущерб|какой\s+суммы|как(?:ие|ую)\s+(?:деньги|сумму))(?![\p{L}]))|\bhow\s+much\s+(?:money|cash)\b|\bwhat\s+(?:sum|amount\s+of\s+money)\b/iu, ["money"]],
  // "How much did the repair *cost*", "how much will they *pay*", "how much was *spent*", "how much did it
  // *sell* for", "how much were they *fined*": a verb of paying.
  [/\bhow\s+much\b(?:\s+[\p{L}'-]+){0,10}?\s+(?:cost|costs|costed|costing|pay|paid|pays|spend|spent|charge|charged|owe|owed|earn|earned|earns|donate|donated|sell|sells|sold|buy|bought|fetch|fetched|fined|raise|raised)\b/iu, ["money"]],
  [/\bwhat\s+area\b|(^|[^\p{L}])(какова\s+площадь|какой\s+площади)(?![\p{L}])/iu, ["area"]],
  // A measure named in a question typed as a search ("river peak height at koorabin", "detour length").
  [searchNaming("depth|length|width|distance"), ["length"]],
  [searchNaming("height"), ["length", "percent", "temperature", "money"]],
  [searchNaming("speed"), ["speed"]],
  // A price typed as a search ("ticket price", «цена билета в аквапарк»): money.
  [new RegExp(String.raw`${NOT_A_QUESTION}.*\b(?:price|cost)\s*\??\s*$|^\s*(?:цен[аы]|стоимост[ьи])(?![\p{L}])`, "iu"), ["money"]],
  [searchNaming("temperature"), ["temperature"]],
  [searchNaming("weight"), ["weight"]],
  [searchNaming("area"), ["area"]],
];

/** The units that answer a measure question (see `MEASURE_UNIT_RULES`), or null for any measure. Pure. */
export function measureUnitsOf(question: string): readonly MeasureUnit[] | null {
  for (const [pattern, units] of MEASURE_UNIT_RULES) if (pattern.test(question)) return units;
  return asksForTermOfTime(question) ? ["time"] : null;
}

/**
 * Requests for instructions or advice ("how to put out a grease fire", "how do I become a
 * firefighter", «как приготовить борщ», «что делать, если…»). News articles report what happened;
 * they answer such a request only when it is about an event they report (one of its names), so the
 * decision abstains on one that names nothing (see `decide`). «Как» counts only before an
 * infinitive in -ть/-ться/-чь/-йти (not «как власти отреагировали»: -ти is also a plural noun's
 * ending), "how" only before "to" or a first- or second-person "do/can/should".
 */
const INSTRUCTIONS_PATTERN =
  /^\s*(?:how\s+(?:to|(?:do|can|could|should|would)\s+(?:i|we|you|one|people|someone))\b|what\s+(?:should|do|can)\s+(?:i|we|you|one)\s+do\b|what\s+to\s+do\b)|^\s*(?:как\s+(?:(?:мне|нам|можно|лучше|правильно)\s+)?(?!(?:путь|суть|сеть|мать|треть|нить)(?![\p{L}]))\p{L}+(?:[аеиоуыяю]ть(?:ся)?|чь(?:ся)?|йти(?:сь)?)|что\s+(?:(?:мне|нам|нужно|надо|следует)\s+)*делать)(?![\p{L}])/iu;

/** Whether a question asks for instructions or advice (see `INSTRUCTIONS_PATTERN`). Pure. */
export function asksForInstructions(question: string): boolean {
  return INSTRUCTIONS_PATTERN.test(question);
}

/**
 * Questions for how many people live somewhere: "what is the population of…", "how many people live
 * in…", «сколько жителей в…», «сколько человек живёт в…», «население…».
 */
const POPULATION_PATTERN =
  /\bpopulation\b|\bhow\s+many\s+(?:people|residents|inhabitants|ppl)\s+(?:live|lives|living|reside)\b|(^|[^\p{L}])(?:населени\p{L}*|численност\p{L}*\s+населени\p{L}*|сколько\s+(?:жител\p{L}*|(?:человек|людей)\s+(?:живет|живёт|живут|проживает|проживают)))(?![\p{L}])/iu;

/** Whether a question asks for a population (see `POPULATION_PATTERN`). Pure. */
export function asksForPopulation(question: string): boolean {
  return POPULATION_PATTERN.test(question);
}

/**
 * A sentence that gives a population: a count with "population", "residents", "inhabitants", "a
 * town of…", «жителей», «населения», «проживает» (checked with a count in the sentence).
 */
const POPULATION_CUE =
  /\b(?:population|residents|inhabitants|(?:town|city|village|community|municipality)\s+of\s+(?:about\s+|roughly\s+|some\s+|around\s+|nearly\s+|almost\s+)?\p{N})|(^|[^\p{L}])(?:жител\p{L}*|населени\p{L}*|прожива\p{L}*)(?![\p{L}])/iu;

/** Whether a sentence states a population: a count and a population word (see `POPULATION_CUE`). Pure. */
export function statesPopulation(sentence: string, evidence: TypeEvidence): boolean {
  return evidence.counts.length > 0 && POPULATION_CUE.test(sentence);
}

/** Questions for someone's age, or how many years something took: "how old", «сколько лет», «в каком возрасте». */
const AGE_PATTERN = new RegExp(
  String.raw`\b(how\s+old|what\s+age|at\s+what\s+age)\b|(^|[^\p{L}])(сколько\s+(?:(?:ему|ей|им|было|исполнилось)\s+){0,2}лет|в\s+каком\s+возрасте|каков\s+возраст)(?![\p{L}])|${SEARCH_AGE.source}`,
  "iu",
);

/** An age that tells a person: "12 year old", "19 yr old", "61-year-old", «52-летнего», «52 лет». */
const AGED_PERSON = /(?<![\p{L}\p{N}])(\d{1,3})(?:[\s-]*(?:years?|yrs?|y\.?o\.?)[\s-]*old(?![\p{L}])|-?\s?летн\p{L}*|\s+(?:лет|года?)(?![\p{L}]))/iu;

/** The age by which a question tells the person it asks the name of ("the 12 year old boy" → "12"), or null. Pure. */
export function agedPersonOf(question: string): string | null {
  return AGED_PERSON.exec(question)?.[1] ?? null;
}

/** Whether a question asks for an age or a number of years (see `AGE_PATTERN`). Pure. */
export function asksForAge(question: string): boolean {
  return AGE_PATTERN.test(question);
}

/**
 * A subheading that announces the cause of what the article reports ("Why did it happen?", "What
 * went wrong", «Почему произошла авария», «Причины пожара», «Версии»): the sentence under it gives
 * the reason without a word of cause. A short line (at most `MAX_CAUSE_HEADING_WORDS` words) without
 * a full stop.
 */
const CAUSE_HEADING = /\b(?:why|causes?|caused|reasons?|went\s+wrong)\b|(?:^|[^\p{L}])(?:почему|причин\p{L}*|из-за\s+чего|отчего|верси[ия]|с\s+чего|откуда)(?![\p{L}])/iu;
/** The most words a subheading announcing a cause has. */
const MAX_CAUSE_HEADING_WORDS = 8;

/** Whether a sentence is a subheading announcing a cause (see `CAUSE_HEADING`). Pure. */
export function headsCause(sentence: string): boolean {
  const line = sentence.trim();
  if (line.includes("\n") || /[.!;,:]["'”»)\]]*$/u.test(line)) return false;
  return line.split(/\s+/u).length <= MAX_CAUSE_HEADING_WORDS && CAUSE_HEADING.test(line);
}

/** Whether a quantity question asks for a measure (see `MEASURE_PATTERNS`). Pure. */
export function asksForMeasure(question: string): boolean {
  return answerTypeOf(question) === "quantity" && (MEASURE_PATTERNS.some((p) => p.test(question)) || asksForTermOfTime(question));
}

/** The kind of answer a question asks for ("other" when its question word does not tell). */
export function answerTypeOf(question: string): AnswerType {
  // «Кто-нибудь погиб?», «кого-то задержали?»: an indefinite pronoun asks whether, not who (read as «ли»).
  const text = withQuestionWordFirst(question).replace(INDEFINITE_PRONOUN, "$1ли");
  // The question word that comes first decides («*кто* был акимом, когда Токаев приезжал» asks for a
  // person, not a date); at one position, the patterns' order.
  let best: AnswerType = "other";
  let bestAt = Number.POSITIVE_INFINITY;
  for (const [type, pattern] of TYPE_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    // (A pattern may match from the character before its word.)
    const at = match.index + (/^[^\p{L}]/u.test(match[0]) ? 1 : 0);
    if (at < bestAt) {
      best = type;
      bestAt = at;
    }
  }
  // "What song were they playing *when* the crush started", «какая погода была, *когда* рухнул кран»:
  // after a "what" and its noun, "when" opens a clause that sets the moment; it asks no date.
  if (best === "date" && bestAt > 0 && CLAUSE_WHEN.test(text.slice(bestAt)) && CATEGORY_OPENER.test(text.slice(0, bestAt))) return "other";
  return best;
}

/** A question opening with "what" / «какой» and a noun ("what song", «какая погода»), not a date's ("what time"). */
const CATEGORY_OPENER = /^\s*(?:what|which|как(?:ой|ая|ое|ие|ого|ую))\s+(?!(?:time|date|day|year|month|hour|числа|дня|году|года|время|времени|день|час)(?![\p{L}]))\p{L}/iu;

/** "When" / «когда» as a word. */
const CLAUSE_WHEN = /^(?:when|когда)(?![\p{L}])/iu;

/** A Russian question word closing a question typed as a search: «рекорд жары в донеславске *какой*». */
const TRAILING_QUESTION_WORD = /^(.*?\p{L}.*?)[\s,]+(как(?:ой|ая|ое|ие|ова|ов)|сколько|когда|где|кто|почему|зачем)[\s?!.]*$/iu;

/** An English question word closing a question typed as a search: "payout to the families how much", "kelsworth crush what time". */
const TRAILING_ENGLISH_QUESTION_WORD = /^(.*?\p{L}.*?)[\s,]+(how\s+(?:much|many|long|old|far|big|deep|high|tall)|when|where|who|why|what\s+time)[\s?!.]*$/iu;

/**
 * A question asked inside a request ("do you know *how many*…", "can you tell me *when*…",
 * «не подскажете, *сколько*…», «вы не знаете, *где*…»): the request opens with a yes/no auxiliary,
 * but the question word after it says what is asked. ("Do you know *if*…" stays a yes/no question.)
 */
const INDIRECT_QUESTION =
  /^\s*(?:(?:(?:do|does|did)\s+(?:you|u|anyone|anybody|somebody|someone)\s+know|(?:can|could|would|will)\s+(?:you|u|anyone|somebody|someone)\s+(?:please\s+)?(?:tell|say|explain|find\s+out)(?:\s+(?:me|us))?|is\s+it\s+known|any\s+idea|(?:i\s+)?wonder(?:ing)?|i\s+(?:want|would\s+like|'d\s+like|need)\s+to\s+know)|(?:(?:а|и)\s+)?(?:вы\s+|ты\s+)?(?:не\s+)?(?:подскаж\p{L}*|скаж\p{L}*|знаете|знаешь|в\s+курсе)(?:\s+ли)?(?:\s+(?:вы|ты|мне|пожалуйста))*)[\s,:]+(?=(?:how|what|when|where|who|whom|whose|which|why|сколько|скольк\p{L}*|когда|где|куда|откуда|кто|кого|кому|что|чем|почему|зачем|как\p{L}*|чей|чья|чьи)(?![\p{L}]))/iu;

/** The question with a trailing question word moved to its front («какой рекорд жары…», "how much payout…"), a request around it taken off ("do you know how many…"), else as it is. */
function withQuestionWordFirst(typed: string): string {
  const question = typed.replace(INDIRECT_QUESTION, "");
  const match = TRAILING_QUESTION_WORD.exec(question) ?? TRAILING_ENGLISH_QUESTION_WORD.exec(question);
  return match ? `${match[2]} ${match[1]}` : question;
}

/**
 * What a whole-word match of a list (`(?<![\p{L}])(?:list)(?![\p{L}])`, case-insensitive)
 * contains wherever it matches: the list without its words' letter tails (`\p{L}*`, `\p{L}+`, each
 * at the end of a word) and without the boundaries. A plain alternation scans a sentence several
 * times faster than one behind a lookbehind, and most sentences hold none of the words: tested
 * first, it only saves time.
 */
function loosely(list: string): RegExp {
  return new RegExp(`(?:${list.replace(/\\p\{L\}[*+]/g, "")})`, "iu");
}

/** The alternatives of a pattern's top-level alternation (`|` inside groups and classes left alone). */
function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      alternatives.push(source.slice(from, i));
      from = i + 1;
    }
  }
  alternatives.push(source.slice(from));
  return alternatives;
}

/**
 * `(?:list)(?![\p{L}])` in a form that matches at the same places (where a match starts: all
 * `wholeWordsTest` looks at) and compiles faster: a word with a letter tail (`\p{L}*`) matches
 * wherever the word does, the tail taking every letter after it, so it stands bare, outside the
 * lookahead; one ending in letters (`\p{L}+`) wherever the word and one letter do. Each `\p{L}`
 * costs the engine about a millisecond to compile, twice, in every process.
 */
function unboundedSource(list: string): string {
  const bounded: string[] = [];
  const bare: string[] = [];
  for (const alternative of topLevelAlternatives(list)) {
    if (alternative.endsWith(String.raw`\p{L}*`)) bare.push(alternative.slice(0, -String.raw`\p{L}*`.length));
    else if (alternative.endsWith(String.raw`\p{L}+`)) bare.push(alternative.slice(0, -1));
    else bounded.push(alternative);
  }
  return [...(bounded.length > 0 ? [String.raw`(?:${bounded.join("|")})(?![\p{L}])`] : []), ...bare].join("|");
}

/** A letter just before the end of a text (its last code point). */
const LETTER_AT_END = /\p{L}$/u;

/**
 * Whether a list's words occur as whole words in a text: the answer of the case-insensitive
 * pattern `(?<![\p{L}])(?:list)(?![\p{L}])`, found faster. The text must first hold the list
 * `loosely`; then the list is searched without the lookbehind (which the engine would try at every
 * position), and each place it matches is checked for a letter before it (the lookbehind's one
 * code point); after a place with one, the search goes on from the next position.
 */
function wholeWordsTest(list: string): (text: string) => boolean {
  const loose = loosely(list);
  const unbounded = new RegExp(unboundedSource(list), "giu");
  return (text) => {
    if (!loose.test(text)) return false;
    unbounded.lastIndex = 0;
    for (let match = unbounded.exec(text); match !== null; match = unbounded.exec(text)) {
      if (!LETTER_AT_END.test(text.slice(Math.max(0, match.index - 2), match.index))) return true;
      unbounded.lastIndex = match.index + 1;
    }
    return false;
  };
}

const MONTHS =
  "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|" +
  "январ\\p{L}*|феврал\\p{L}*|март\\p{L}*|апрел\\p{L}*|ма[йяе]|июн\\p{L}*|июл\\p{L}*|август\\p{L}*|сентябр\\p{L}*|октябр\\p{L}*|ноябр\\p{L}*|декабр\\p{L}*";
const WEEKDAYS =
  "monday|tuesday|wednesday|thursday|friday|saturday|sunday|" +
  "понедельник\\p{L}*|вторник\\p{L}*|сред[ауы]|четверг\\p{L}*|пятниц\\p{L}*|суббот\\p{L}*|воскресень\\p{L}*";
/** A month's or a weekday's name, whole (capitalised in English, it is no organisation's or place's name: "on *Saturday* 14 *June*"). */
const CALENDAR_WORD = new RegExp(`^(?:${MONTHS}|${WEEKDAYS})$`, "u");
const RELATIVE_DAYS = "today|tomorrow|yesterday|tonight|overnight|сегодня|завтра|вчера|ночью|утром|вечером|днём|днем";
/** The date expressions written without a digit: a weekday or a relative day. */
const WORD_DATES = String.raw`(?<![\p{L}])(?:${WEEKDAYS})(?![\p{L}])|(?<![\p{L}])(?:${RELATIVE_DAYS})(?![\p{L}])`;
/** A day of a month ("March 22", «23 июня»), a year (1900–2099), a clock time, a weekday or a relative day. */
const DATE_EXPRESSION = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:${MONTHS})(?![\p{L}])\s*\d{1,2}(?!\d)|(?<!\d)\d{1,2}(?:\s*(?:,|и|and|-|–)\s*\d{1,2})*\s+(?:${MONTHS})(?![\p{L}])|(?<![\p{L}\d])(?:19|20)\d{2}(?!\d)|(?<!\d)\d{1,2}[:.]\d{2}(?:\s*(?:a\.?m\.?|p\.?m\.?))?(?!\d)|(?<!\d)\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?)|${WORD_DATES}|(?<!\d)\d{1,2}\.\d{1,2}\.\d{2,4})`,
  "iu",
);
/**
 * The alternatives of `DATE_EXPRESSION` without a digit (`WORD_DATES`: one whole-word list, as
 * both of its lists are bounded alike), all there is to test in a text without an ASCII digit
 * (`\d` is [0-9] even in Unicode mode).
 */
const holdsWordDate = wholeWordsTest(`${WEEKDAYS}|${RELATIVE_DAYS}`);
/**
 * The alternatives of `DATE_EXPRESSION` that start with a digit (cheap: the scan skips to digits).
 * Only tested: the month that ends its first alternative is in the fast-compiling form of
 * `unboundedSource`.
 */
const DIGIT_DATE_EXPRESSION = new RegExp(
  String.raw`(?:(?<!\d)\d{1,2}(?:\s*(?:,|и|and|-|–)\s*\d{1,2})*\s+(?:${unboundedSource(MONTHS)})|(?<![\p{L}\d])(?:19|20)\d{2}(?!\d)|(?<!\d)\d{1,2}[:.]\d{2}(?:\s*(?:a\.?m\.?|p\.?m\.?))?(?!\d)|(?<!\d)\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?)|(?<!\d)\d{1,2}\.\d{1,2}\.\d{2,4})`,
  "iu",
);
/** The alternative of `DATE_EXPRESSION` that starts with a month ("March 22"). */
const MONTH_DATE_EXPRESSION = new RegExp(String.raw`(?<![\p{L}])(?:${MONTHS})(?![\p{L}])\s*\d{1,2}(?!\d)`, "iu");
const MONTH_LOOSE = loosely(MONTHS);

/**
 * Whether the text holds a date expression: `DATE_EXPRESSION.test(text)`, alternative by
 * alternative (a text matches an alternation where it matches one of its alternatives), the
 * cheapest first, each word alternative only when its words occur at all.
 */
function holdsDate(text: string): boolean {
  const words = holdsWordDate(text);
  // Every other alternative needs an ASCII digit (`\d` is [0-9] even in Unicode mode).
  if (!ASCII_DIGIT.test(text)) return words;
  return words || DIGIT_DATE_EXPRESSION.test(text) || (MONTH_LOOSE.test(text) && MONTH_DATE_EXPRESSION.test(text));
}
/** An ASCII digit (what `\d` matches). */
const ASCII_DIGIT = /[0-9]/;
/** Any digit (what the number patterns start from). */
const ANY_DIGIT = /\p{N}/u;

/**
 * Numbers that name rather than count: "Article 4", "Art. 205", «статья 205», "No. 5", «№ 412»,
 * "page 3", ordinals ("87-й", «4-го», "4th", "1st"), "Highway 26", "Khabar 24".
 */
const IDENTIFIER_NUMBER =
  /(?:(?<![\p{L}])(?:article|art\.|no\.|nos\.|number|page|part|section|chapter|clause|highway|route|flight|channel|статья|статьи|статье|ст\.|пункт|часть|части|глава|рейс|маршрут|трасса)\s*|[№#]\s*)\p{N}+|\p{N}+(?:-?(?:й|я|е|го|му|ом|ый|ая|ое|ых|st|nd|rd|th))(?![\p{L}])/giu;
/**
 * A number right after a capitalised word that names something ("Khabar 24", «Шахта 7»), not a
 * count. Case-sensitive (with the `i` flag `\p{Lu}` would match any letter: "detained 3,000"), and
 * never the first group of a larger number.
 */
const NAME_NUMBER = /(?<=\p{Lu}\p{L}*[\s-])\p{N}{1,3}(?![.,\s\u00A0]?\p{N})(?![\p{N},.]?\s*(?:people|persons|человек|тысяч|млн|million|%))(?=\s*[»"”,.)]|$)/gu;
/**
 * The number of a model's or a road's designation, joined to its letters: "A320", "AE517", «ПАЗ-32053»,
 * «Ми-8», «КБ-586», «М-8» (a short word opening in a capital, then a hyphen). It names a thing, not how many.
 */
const DESIGNATION_NUMBER = /(?<=\p{L})\p{N}+|(?<=(?<![\p{L}\p{N}])\p{Lu}\p{L}{0,4}-)\p{N}+/gu;

/**
 * Numbers that are someone's age, not a count: after a name and a comma ("Ellie Norwood, 17, from
 * Ipswich"), in "34-year-old", «58-летний» and after "aged". (An age question finds ages its own way:
 * `ageNextTo` in sentence-evidence.ts.) Case-sensitive, for `\p{Lu}`.
 */
const AGE_NUMBER = /(?<=\p{Lu}\p{L}+,\s)\p{N}{1,3}(?=\s*[,.;)]|$)|\p{N}{1,3}(?=[-\s][Yy]ears?[-\s]old|-летн\p{L}*)|(?<=(?<![\p{L}])[Aa]ged\s)\p{N}{1,3}/gu;

/**
 * A number that measures rather than counts: after a currency sign, or before a unit, a per cent
 * sign or a currency word ("$5 million", "24-inch", "14.7 metres", "18%", «4,2 млрд рублей»).
 */
const MEASURE_NUMBER =
  /[$£€₽]\s?\p{N}+(?:[.,\s\u00A0]\p{N}+)*|\p{N}+(?:[.,\s\u00A0]\p{N}+)*(?=\s?(?:%|°|-?(?:inch|inches|in\b|ft|feet|foot|metres?|meters?|m\b|km|kilometres?|kilometers?|miles?|mm|cm|kg|kilograms?|tonnes?|tons?|gallons?|barrels?|degrees?|mph|km\/h|knots?|hectares?|acres?|litres?|liters?|grams?|yards?|megawatts?|kilowatts?|MW|kW|cubic\s+metres?|square\s+(?:metres?|meters?|miles?|kilometres?|kilometers?|feet)|percent|per\s+cent|million\s+(?:dollars|pounds|euros|rubles|roubles)|dollars?|pounds?|euros?|процент\p{L}*|градус\p{L}*|метр\p{L}*|(?:кило|санти|милли|кубо|квадратн\p{L}+\s+)метр\p{L}*|(?:кило)?грамм\p{L}*|мил(?:ь|и|я|ю|е|ях|ям|ями)(?!\p{L})|фут(?:а|ов|ы|ах)?(?!\p{L})|узл(?:а|ов|ах)(?!\p{L})|(?:мега|кило)ватт\p{L}*|(?:км|м|мм|см|кг|т|га)(?!\p{L})|тонн\p{L}*|литр\p{L}*|гектар\p{L}*|руб\p{L}*|доллар\p{L}*|евро|(?:млн|млрд|тыс\.?)\s+(?:руб|доллар|евро)\p{L}*)))/giu;

/** A number as written ("3,000", «1 200», «12,5») normalised: "3000", "1200", "12.5". */
function normalisedNumber(written: string): string {
  return written.replace(/[\s\u00A0]/g, "").replace(/(\d)[.,](?=\d{3}(?:\D|$))/g, "$1").replace(/,/g, ".");
}

/** Number words of both languages (a count written out: "three", «трёх», «четверо», "dozens"). */
const NUMBER_WORDS = String.raw`one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|dozen|dozens|half|один|одна|одно|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|двадцать|тридцать|сорок|пятьдесят|сто|двух|трех|трёх|четырех|четырёх|пяти|шести|семи|восьми|девяти|десяти|десятк\p{L}*|сотн\p{L}*|сотни|тысяч\p{L}*|миллион\p{L}*|миллиард\p{L}*|половин\p{L}*|трехдневн\p{L}*|трёхдневн\p{L}*|(?:одиннадцат|двенадцат|тринадцат|четырнадцат|пятнадцат|шестнадцат|семнадцат|восемнадцат|девятнадцат|двадцат|тридцат|пятидесят|шестидесят|семидесят|восьмидесят)\p{L}*|шестьдесят|семьдесят|восемьдесят|девяносто|двести|триста|четыреста|пятьсот|шестьсот|семьсот|восемьсот|девятьсот|(?:дво|тро)(?:е|их|им|ими)|(?:четвер|пятер|шестер|семер|восьмер|девятер|десятер)(?:о|ых|ым|ыми)`;
const holdsNumberWordAnywhere = wholeWordsTest(NUMBER_WORDS);
/**
 * "One" that picks or refers rather than counts ("*one of* the best-loved", "*no one*", "*one
 * another*", «*один из* пострадавших», «*одна из* версий»): not an amount.
 */
const ONE_NOT_COUNTING = /(?<![\p{L}])(?:(?:no|every|any|some)\s+one|one\s+(?:of|another)|(?:один|одна|одно|одного|одной|одну|одним|одном)\s+из)(?![\p{L}])/giu;
/** Whether the text holds a number word that counts (see `ONE_NOT_COUNTING`). */
function holdsNumberWord(text: string): boolean {
  if (!holdsNumberWordAnywhere(text)) return false;
  ONE_NOT_COUNTING.lastIndex = 0;
  return !ONE_NOT_COUNTING.test(text) || holdsNumberWordAnywhere(text.replace(ONE_NOT_COUNTING, " "));
}
const NUMBER_WORD = new RegExp(String.raw`^(?:${NUMBER_WORDS})$`, "iu");

/** Whether a single word is a number word ("two", «два», «двое», "dozens"). Pure. */
export function isNumberWord(word: string): boolean {
  return NUMBER_WORD.test(word);
}

/** Words that introduce a cause or a purpose in either language. */
const REASON_CUES = String.raw`because|due\s+to|owing\s+to|as\s+a\s+result|(?:caused|triggered|sparked|started|set\s+off|brought\s+on)\s+by|по\s+вине|(?:вызван|спровоцирован)\p{L}*|in\s+order\s+to|so\s+that|since|after|following|amid|in\s+connection\s+with|against\s+the\s+backdrop|in\s+response\s+to|blamed|the\s+reason|the\s+cause|to\s+(?:personally\s+)?\p{L}+|из-за|потому\s+что|так\s+как|поскольку|в\s+связи\s+с|в\s+результате|вследствие|по\s+причине|после|чтобы|с\s+целью|на\s+фоне|ввиду|причин\p{L}*|по\s+(?:предварительной\s+|основной\s+|официальной\s+|одной\s+из\s+)?верси\p{L}+|(?:preliminary|initial)\s+findings`;
const holdsReasonCue = wholeWordsTest(REASON_CUES);

/**
 * Cues after which the rest of their clause is the cause or the purpose ("fell *because of the
 * rain*", «погибли *в результате схода поезда*», "flew to Almaty *to hold a meeting*"). The other
 * cues ("the reason", «причиной», "caused by", "blamed") can stand on either side of what they explain.
 */
const CAUSE_OPENERS = new RegExp(
  String.raw`(?<![\p{L}])(?:because|due\s+to|owing\s+to|as\s+a\s+result|in\s+order\s+to|so\s+that|since|after|following|amid|in\s+connection\s+with|against\s+the\s+backdrop|in\s+response\s+to|to\s+(?:personally\s+)?\p{L}+|из-за|потому\s+что|так\s+как|поскольку|в\s+связи\s+с|в\s+результате|вследствие|по\s+причине|после|чтобы|с\s+целью|на\s+фоне|ввиду)(?![\p{L}])`,
  "giu",
);
/** What ends a clause: a comma, a colon or semicolon, a dash, a bracket, a sentence's end. */
const CLAUSE_END = /[,;:.!?()\u2013\u2014](?!\p{N})/u;

/** Cues that name the cause outright, on either side of what they explain ("the cause of the crash was…", «причиной схода стал…»). */
const holdsNamedCause = wholeWordsTest(String.raw`(?:caused|triggered|sparked|started|set\s+off|brought\s+on)\s+by|blamed|the\s+reason|the\s+cause|по\s+вине|(?:вызван|спровоцирован)\p{L}*|причин\p{L}*|по\s+(?:предварительной\s+|основной\s+|официальной\s+|одной\s+из\s+)?верси\p{L}+|(?:preliminary|initial)\s+findings`);

/**
 * Cues that say why outright: a cause ("because", "due to", «из-за», «по причине», "caused by",
 * «причиной», «по версии») or a purpose ("in order to", «чтобы», «с целью»). The other reason cues
 * ("after", "following", «после», «на фоне», «в результате», "to" before a word) set an event in
 * time or give it as the cause of what followed, and explain less often.
 */
const holdsOutrightCause = wholeWordsTest(String.raw`because|due\s+to|owing\s+to|(?:caused|triggered|sparked|started|set\s+off|brought\s+on)\s+by|по\s+вине|(?:вызван|спровоцирован)\p{L}*|in\s+order\s+to|so\s+that|blamed|the\s+reason|the\s+cause|из-за|потому\s+что|так\s+как|поскольку|вследствие|по\s+причине|чтобы|с\s+целью|ввиду|причин\p{L}*|по\s+(?:предварительной\s+|основной\s+|официальной\s+|одной\s+из\s+)?верси\p{L}+|(?:preliminary|initial)\s+findings`);

/** Whether a sentence says why outright (see `holdsOutrightCause`), not only by a cue of time or consequence. Pure. */
export function statesCauseOutright(sentence: string): boolean {
  return holdsOutrightCause(sentence);
}

/** Whether a sentence names a cause outright (see `holdsNamedCause`). Pure. */
export function namesCause(sentence: string): boolean {
  return holdsNamedCause(sentence);
}

/** Where a cause or purpose phrase lies in a sentence: from its cue to the end of the cue's clause (offsets into the sentence). */
export interface CausePhrase {
  start: number;
  end: number;
}

/**
 * The cause and purpose phrases of a sentence (see `CAUSE_OPENERS`). A sentence that opens with one
 * and has no comma after it ("Из-за перегрева подстанция отключилась") gives none: where such a
 * phrase ends cannot be told without a parser, and the sentence may well explain its own subject. Pure.
 */
export function causePhrases(sentence: string): CausePhrase[] {
  const phrases: CausePhrase[] = [];
  CAUSE_OPENERS.lastIndex = 0;
  for (let match = CAUSE_OPENERS.exec(sentence); match !== null; match = CAUSE_OPENERS.exec(sentence)) {
    const after = match.index + match[0].length;
    const found = sentence.slice(after).search(CLAUSE_END);
    // The sentence's own final stop does not end a clause inside it.
    const rest = found >= 0 && /[\p{L}\p{N}]/u.test(sentence.slice(after + found + 1)) ? found : -1;
    const opensSentence = !/[\p{L}\p{N}]/u.test(sentence.slice(0, match.index));
    if (opensSentence && rest < 0) continue;
    phrases.push({ start: match.index, end: rest < 0 ? sentence.replace(/[\s.!?…»"”']+$/u, "").length : after + rest });
  }
  return phrases;
}

/**
 * Whether a question asks for a name in so many words ("what's the name of…", "names of the
 * workers", «как зовут…», «как звали…»): only a name answers it, not a description. Pure.
 */
export function asksForName(question: string): boolean {
  return NAME_ASKED.test(question);
}
const NAME_ASKED = /\bnames?\s+of\b|\bwhat(?:'s|s|\s+(?:is|was|are|were))?\s+(?:the\s+|his\s+|her\s+|their\s+)?names?\b|(^|[^\p{L}])(?:как\s+(?:его\s+|её\s+|ее\s+|их\s+)?(?:зовут|звали)|имена|имя|фамили\p{L}*)(?![\p{L}])/iu;

/**
 * Whether a "who" question asks who holds a post by its verb ("who *runs* the channel", "who *led*
 * the rescue", «кто *руководит* штабом», «кто *тренирует* команду»): its holder's name answers it, as
 * with a role word (see `namesRole`). (Not who owns or founded a thing: a company may.) Pure.
 */
export function asksWhoHolds(question: string): boolean {
  return HOLDER_ASKED.test(question);
}
const HOLDER_ASKED =
  /\bwho\s+(?:runs|heads|headed|leads|led|manages|managed|coaches|coached|chairs|chaired)\b|(?:^|[^\p{L}])кто\s+(?:руководит|руководил\p{L}*|возглавляет|возглавлял\p{L}*|тренирует|тренировал\p{L}*)(?![\p{L}])/iu;

/**
 * Whether a question asks what something is called without a question word for a name: "…called"
 * at its end, or a noun's "name" ("the driver's name", "governor name"). Whether a person is asked
 * depends on the noun (see `QuestionAnalysis`). Pure.
 */
export function asksWhatCalled(question: string): boolean {
  return CALLED_OR_NAMED.test(question);
}
const CALLED_OR_NAMED = /\bcalled\s*[?.!]*\s*$|(?<![\p{L}])\p{L}+(?:'s|’s|s)?\s+names?(?![\p{L}])/iu;

/** Whether a question names a role ("who is the *akim*", «кто *глава* региона»): see `AskedAnswer.roleAsked`. Pure. */
export function namesRole(question: string): boolean {
  return holdsRoleInQuestion(question);
}

/**
 * Nouns for a person that a name question may ask the name of ("the name of the *boy*", «как звали
 * *покупателя*»): the name that answers stands with them, as with a role (see `namesRole`).
 */
const PERSON_NOUNS = String.raw`passenger|victim|worker|customer|buyer|boy|girl|man|woman|child|student|pupil|pilot|nurse|doctor|guard|firefighter|rescuer|owner|resident|tourist|hiker|fisherman|angler|patient|teacher|suspect|soldier|officer|employee|operator|climber|diver|volunteer|пассажир|жертв|рабоч|работник|покупател|мальчик|девочк|девушк|мужчин|женщин|ребён|ребен|студент|школьни|пилот|медсестр|врач|охранник|пожарн|спасател|владел|жител|турист|рыбак|пациент|учител|подозреваем|военн|сотрудник|оператор|альпинист|водолаз|волонтёр|волонтер`;
const holdsPersonNounInQuestion = wholeWordsTest(String.raw`(?:${PERSON_NOUNS})\p{L}{0,4}`);

/** Whether a question word is a noun for a person (see `PERSON_NOUNS`), in any form. Pure. */
export function namesPerson(word: string): boolean {
  return holdsPersonNounInQuestion(word);
}

/**
 * Words that name a role, for "who" questions answered by a description ("the official
 * representative"). Russian nouns whose ending changes when inflected are written by their stem
 * with their endings («водител\p{L}*»: водителя, водителем; «глав(…)»: главы, главой, not главный).
 */
const ROLE_WORDS = String.raw`president|minister|head|chairman|chair|spokesman|spokeswoman|spokesperson|representative|official|governor|mayor|akim|judge|coach|captain|director|chief|commander|leader|deputy|driver|officer|correspondent|prosecutor|owner|founder|manager|ceo|boss|президент|министр|глав(?:а|ы|е|у|ой|ою)|председател\p{L}*|представител\p{L}*|губернатор|мэр|аким|суд(?:ья|ьи|ье|ью|ьей|ьёй)|тренер|капитан|директор|руководител\p{L}*|командир|лидер|заместител\p{L}*|машинист|водител\p{L}*|прокурор|начальник|владел\p{L}*|основател\p{L}*|управляющ\p{L}*|гендиректор\p{L}*`;
const holdsRoleWord = wholeWordsTest(ROLE_WORDS);
/** A role word in any form («машиниста», «главой», "presidents"): questions inflect it. */
const holdsRoleInQuestion = wholeWordsTest(String.raw`(?:${ROLE_WORDS})\p{L}{0,3}`);

/**
 * A measure: a number with a unit, a currency or a per cent sign, or a fraction word ("18%",
 * "14.7 metres", "£48.6 million", «2 млн рублей», «13 тысяч квадратных метров», "a third"), or a
 * span written as one word ("three-day", «трёхдневный», «двухчасовой»).
 * Only tested (never matched for its text), so written to compile fast (see `UNIT_PATTERNS`).
 */
const MEASURE =
  /(?:[$£€₽]\s?\p{N}|(?<![\p{L}])(?:usd|eur|gbp|rub|kzt|chf|aud|cad|nzd|jpy|cny|uah)\s?\p{N}|\p{N}(?:[.,\s\u00A0]?\p{N})*\s?(?:%|°|(?:thousand|million|billion|тыс\.?|млн|млрд|(?:тысяч|миллион|миллиард)\p{L}*)\s+\p{L}|(?:per\s?cent|percent|square|sq|km|met(?:re|er)s?|m|cm|mm|miles?|feet|foot|ft|hectares?|ha|acres?|tonnes?|tons?|kg|lit(?:re|er)s?|degrees?|hours?|hrs|minutes?|mins|seconds?|days?|weeks?|months?|years?|mph|kph|knots?|dollars?|pounds?|euros?|r[ou]+bles?|tenge|usd|eur|gbp|rub|kzt|chf|aud|cad|nzd|jpy|cny|uah|barrels?|gallons?|bbl|руб\.|тенге|м|км|см|мм|га|кг|т|л|день|суток|сутки|лет|евро)(?![\p{L}])|kilo|millimet|centimet|inch|процент|метр|километр|сантиметр|миллиметр|гектар|тонн|килограмм|литр|градус|час|минут|секунд|дн|недел|месяц|год|рубл|долл|фунт|узл|-?(?:летн|year-old)))|(?<![\p{L}])(?:(?:half|third|quarter|thirds)(?![\p{L}])|половин|трет|четверт)|magnitude[\s-]+(?:of\s+)?\p{N}|магнитуд|(?<![\p{L}])(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve)-(?:day|hour|week|month|year)(?![\p{L}])|(?<![\p{L}])(?:одно|двух|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти)(?:дневн|часов|недельн|месячн|летн)/iu;
/** A span of time written as one word ("three-day", «трёхдневный», «двухчасовой»): a measure of time. */
const SPAN_WORD = String.raw`(?<![\p{L}])(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve)-(?:day|hour|week|month|year)(?![\p{L}])|(?<![\p{L}])(?:одно|двух|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти)(?:дневн|часов|недельн|месячн|летн)`;

/** An end date: "until June 16", "through Sunday", «до 26 июля», «как минимум до 27 июля», «по 5 мая». */
const UNTIL_DATE_SOURCE = String.raw`(?<![\p{L}])(?:until|till|through|up\s+to|до|по)\s+(?:the\s+)?(?:${DATE_EXPRESSION.source})`;
/** The end-date words of `UNTIL_DATE_PATTERN` and the spaces after them, found anywhere (the word boundary before is checked apart). */
const UNTIL_WORD = /(?:until|till|through|up\s+to|до|по)\s+/giu;
/** "the" and the spaces after it, at a given place. */
const THE_AT = /the\s+/iuy;

/**
 * Whether a date expression starts at `at` in the text: the first one found from there starts
 * there. Found with `DATE_EXPRESSIONS`, which dates are taken out with: the expression is long, and
 * a copy of it (sticky) would cost as much again to compile (some 40 ms in every process).
 */
function dateAt(text: string, at: number): boolean {
  DATE_EXPRESSIONS.lastIndex = at;
  const found = DATE_EXPRESSIONS.exec(text);
  DATE_EXPRESSIONS.lastIndex = 0;
  return found !== null && found.index === at;
}

/** The pattern `holdsUntilDate` answers for (case-insensitive), for tests. */
export const UNTIL_DATE_PATTERN = new RegExp(UNTIL_DATE_SOURCE, "iu");

/**
 * Whether the text holds an end date: `UNTIL_DATE_PATTERN.test(text)`, found faster. The pattern's
 * lookbehind (no letter before the word) would be tried at every position of the text; here each
 * place its words occur with a space after them is found by a plain search, the letter before is
 * checked (one code point, as the lookbehind), and a date expression is tried where the spaces end,
 * after a "the" or not. A date expression never starts with a space (each of its alternatives
 * starts with a letter or a digit), so the pattern's `\s+` matches all the spaces or nothing matches.
 */
export function holdsUntilDate(text: string): boolean {
  UNTIL_WORD.lastIndex = 0;
  for (let match = UNTIL_WORD.exec(text); match !== null; match = UNTIL_WORD.exec(text)) {
    const at = match.index;
    if (!LETTER_AT_END.test(text.slice(Math.max(0, at - 2), at))) {
      const after = at + match[0].length;
      if (dateAt(text, after)) return true;
      THE_AT.lastIndex = after;
      const the = THE_AT.exec(text);
      if (the !== null && dateAt(text, after + the[0].length)) return true;
    }
    UNTIL_WORD.lastIndex = at + 1;
  }
  return false;
}

/**
 * A number written in words before a unit ("three and a half metres", «три с половиной метра»,
 * «полтора километра»), with the spaces after it.
 */
const NUMBER_WORD_BEFORE_UNIT = String.raw`(?<![\p{L}])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|один|одна|одного|одной|два|две|двух|три|тр[её]х|четыре|четыр[её]х|пять|пяти|шесть|шести|семь|семи|восемь|восьми|девять|девяти|десять|десяти|двадцать|тридцать|сорок|пятьдесят|сто|полтора|полторы)(?:\s+(?:and\s+a\s+half|с\s+половиной))?\s+`;
/** A number (its group separators and decimals, and an optional space; or in words) before its unit. */
const UNIT_NUMBER = String.raw`(?:\p{N}(?:[.,\s\u00A0]?\p{N})*\s?|${NUMBER_WORD_BEFORE_UNIT})(?:(?:thousand|million|billion|тыс\.?|млн|млрд|(?:тысяч|миллион|миллиард)\p{L}*)\s+)?`;
/** A measure whose number is written in words (see `NUMBER_WORD_BEFORE_UNIT`): only units of two letters or more. */
const MEASURE_IN_WORDS = new RegExp(
  String.raw`${NUMBER_WORD_BEFORE_UNIT}(?:km|cm|mm|miles?|feet|foot|ft|hectares?|acres?|tonnes?|tons?|kg|(?:kilo|centi|milli)?met(?:re|er)s?|lit(?:re|er)s?|degrees?|hours?|minutes?|seconds?|days?|weeks?|months?|years?|knots?|dollars?|pounds?|euros?|r[ou]+bles?|per\s?cent|км|см|мм|га|кг|суток|сутки|лет|(?:кило|санти|милли)?метр(?:а|ов)?|гектар(?:а|ов)?|тонн[аы]?|килограмм(?:а|ов)?|литр(?:а|ов)?|градус(?:а|ов)?|час(?:а|ов)?|минут[аы]?|секунд[аы]?|день|дн(?:я|ей)|недел[иья]|месяц(?:а|ев)?|год(?:а)?|рубл(?:ь|я|ей)|доллар(?:а|ов)?|фунт(?:а|ов)?|процент(?:а|ов)?)(?![\p{L}])`,
  "iu",
);
/**
 * Each kind of unit after a number (or a currency sign before it), for `TypeEvidence.units`.
 *
 * These patterns, and `MEASURE`, are only tested, so each is written in the form of its language
 * that compiles fastest: a word with a letter tail before the final "no letter after"
 * (`рубл\p{L}*(?![\p{L}])`) matches wherever the word does (the tail takes every letter after it),
 * so it stands bare, outside the lookahead (`рубл`), and a "letters then no letter" at the end is
 * one letter (`\s+\p{L}+(?![\p{L}])` is `\s+\p{L}`). Each `\p{L}` costs the engine about a
 * millisecond to compile, twice (bytecode, then machine code), in every process: written out in
 * full these cost some 90 ms at the first measure question a process answers.
 */
/** ISO codes of the currencies news reports name ("EUR 250,000", "USD 2 million"). */
const CURRENCY_CODES = String.raw`(?:usd|eur|gbp|rub|kzt|chf|aud|cad|nzd|jpy|cny|uah)`;

const UNIT_PATTERNS: readonly [MeasureUnit, RegExp][] = [
  ["length", new RegExp(String.raw`${UNIT_NUMBER}(?:km|met(?:re|er)s?|m|cm|mm|miles?|feet|foot|ft|км|м|см|мм|(?:kilomet|millimet|centimet|inch|километр|метр|сантиметр|миллиметр)\p{L}*)(?![\p{L}/])`, "iu")],
  ["time", new RegExp(String.raw`${UNIT_NUMBER}(?:(?:hours?|hrs|minutes?|mins|seconds?|days?|weeks?|months?|years?|день|суток|сутки|лет)(?![\p{L}])|час|минут|секунд|дн|недел|месяц|год)|${SPAN_WORD}`, "iu")],
  // (ISO codes of currencies before or after the sum: "EUR 250,000", "50 000 RUB".)
  ["money", new RegExp(String.raw`[$£€₽]\s?\p{N}|(?<![\p{L}])${CURRENCY_CODES}\s?\p{N}|${UNIT_NUMBER}(?:(?:dollars?|pounds?|euros?|r[ou]+bles?|tenge|${CURRENCY_CODES}|руб\.|евро|тенге)(?![\p{L}])|рубл|долл|фунт)`, "iu")],
  ["percent", /\p{N}\s?(?:%|per\s?cent|percent|процент)|(?<![\p{L}])(?:(?:half|third|quarter|thirds)(?![\p{L}])|половин|трет|четверт)/iu],
  ["area", new RegExp(String.raw`${UNIT_NUMBER}(?:(?:square|sq|hectares?|ha|acres?|га|кв\.)(?![\p{L}])|гектар|квадратн)`, "iu")],
  ["weight", new RegExp(String.raw`${UNIT_NUMBER}(?:(?:tonnes?|tons?|kg|кг|т)(?![\p{L}])|kilogram|тонн|килограмм)`, "iu")],
  ["volume", new RegExp(String.raw`${UNIT_NUMBER}(?:(?:litres?|liters?|gallons?|barrels?|bbl|cubic\s+met(?:re|er)s?|m³|м³|куб\.?\s*м|л)(?![\p{L}])|литр|баррел|галлон|кубометр|кубическ)`, "iu")],
  ["speed", new RegExp(String.raw`${UNIT_NUMBER}(?:km/h|kph|mph|knots?|км/ч|узл)`, "iu")],
  ["temperature", /\p{N}\s?(?:°|degrees?|градус)/iu],
  ["magnitude", /magnitude[\s-]+(?:of\s+)?\p{N}|\p{N}(?:[.,]\p{N})?[\s-]+magnitude|магнитуд\p{L}*\s+\p{N}|\p{N}\s+(?:on\s+the\s+richter|балл)/iu],
];

/** `DATE_EXPRESSION` for finding every match (kept once: building a regex per call is costly). */
const DATE_EXPRESSIONS = new RegExp(DATE_EXPRESSION.source, "giu");
/** A number with its group separators or decimals ("3,000", «1 200», "12,5"). */
const NUMBER = /\p{N}+(?:[.,\s\u00A0]\p{N}+)*/gu;
/** A capitalised word inside a sentence (after a word, a comma or an opening quote). */
const INNER_NAME = /(?<=[\p{L}\p{N},;:)»"“”]\s+|[«"“(]\s*)\p{Lu}[\p{L}\p{M}-]+/gu;
/** Two capitalised words or more in a row, or initials and a surname (see `TypeEvidence.personNames`). */
const PERSON_NAME = /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{Ll}\p{M}'’-]+(?:[\s\u00A0]+\p{Lu}[\p{Ll}\p{M}'’-]+)+|\p{Lu}\.[\s\u00A0]*(?:[–—-]?[\s\u00A0]*\p{Lu}\.[\s\u00A0]*)?\p{Lu}[\p{Ll}\p{M}'’-]+)/gu;
/**
 * One capitalised word that a naming word puts forward ("a carriage horse *called* Barley", "a
 * dog *named* Rex", «слониха *по кличке* Рани»): a name, though a single word (see `TypeEvidence.personNames`).
 */
const NAMED_WORD = /(?<![\p{L}])(?:called|named|nicknamed|по[\s\u00A0]+(?:кличке|имени|прозвищу))[\s\u00A0]+[«"“]?(\p{Lu}[\p{Ll}\p{M}'’-]+)(?![\p{L}\p{M}'’-]|[\s\u00A0]+\p{Lu})/gu;
/**
 * Words of an institution's or a place's name, which make a run of capitalised words no person's
 * name. The last group (round 20: "Tanner's *Row*", "Kellerton *Water*", "*Operation* Stillwater",
 * «*Верхние* Ольхи») was found from the articles' own runs of capitals; words common as surnames
 * (Green, Cross, Mills, Wall, Fell, Moss, Ball) are left out.
 */
const INSTITUTION_WORDS =
  /^(?:department|ministry|service|office|centre|center|council|court|university|hospital|company|corporation|region|county|street|avenue|river|lake|city|town|park|station|agency|committee|police|authority|bank|hotel|airport|district|province|republic|управлени\p{L}*|министерств\p{L}*|центр\p{L}*|суд\p{L}*|служб\p{L}*|област\p{L}*|район\p{L}*|улиц\p{L}*|банк\p{L}*|комитет\p{L}*|больниц\p{L}*|университет\p{L}*|республик\p{L}*|край|края|краю|ridge|hollow|valley|creek|bay|island|mountain|mount|hills?|peak|canyon|falls|beach|coast|harbou?r|port|bridge|road|highway|route|square|tower|federation|union|kingdom|fire|festival|marathon|cup|league|club|school|college|academy|church|cathedral|mosque|synagogue|stadium|arena|hall|mall|market|plant|factory|mine|airlines?|airways|lines|railways?|metro|group|partners|services|ltd|inc|media|news|tribune|herald|press|clinic|institute|foundation|trust|fund|network|energy|board|gorge|bend|reach|quay|wharf|pier|docks?|marina|basin|dam|reservoir|pass|glacier|forest|woods?|moor|heath|lane|crescent|terrace|drive|gardens|estate|cove|headland|strait|channel|estuary|plateau|springs|memorial|monument|museum|gallery|library|society|association|commission|cooperative|brigade|team|squad|regiment|army|navy|ущель\p{L}*|перевал\p{L}*|плотин\p{L}*|водохранилищ\p{L}*|бухт\p{L}*|пристан\p{L}*|набережн\p{L}*|переул\p{L}*|шоссе|тракт\p{L}*|музе\p{L}*|библиотек\p{L}*|обществ\p{L}*|ассоциаци\p{L}*|отряд\p{L}*|бригад\p{L}*|сквер\p{L}*|посёл\p{L}*|посел\p{L}*|деревн\p{L}*|город\p{L}*|авиалини\p{L}*|мыс\p{L}*|гор[аыуе]|рек[аиуе]|озер\p{L}*|залив\p{L}*|остров\p{L}*|порт\p{L}*|завод\p{L}*|комбинат\p{L}*|шахт\p{L}*|аэропорт\p{L}*|вокзал\p{L}*|мост\p{L}*|проспект\p{L}*|площад\p{L}*|фестивал\p{L}*|кубк\p{L}*|клуб\p{L}*|школ\p{L}*|театр\p{L}*|стадион\p{L}*|федераци\p{L}*|союз\p{L}*|групп\p{L}*|компани\p{L}*|корпораци\p{L}*|агентств\p{L}*|метро\p{L}*|станци\p{L}*|line|row|patrol|guard|cave|basilica|fort|star|lantern|loop|operation|act|index|code|ambulance|infrastructure|unit|block|blocks|building|gate|area|link|orchards|farms|burn|crossing|drove|wheels|lights|air|return|upper|lower|san|santa|las|los|río|rio|porto|borgo|agia|вертол\p{L}*|специалист\p{L}*|верхн\p{L}*|нижн\p{L}*|way|close|rise|mews|fold|strand|water|brook|beck|tarn|skerries|sands|room|rooms|pool|baths|wing|infirmary|pavilion|exchange|castle|house|yard|mill|vale|haven|point|executive|administration|register|branch|constabulary|ferries|tours|carriages|leisure|rides|engineering|recycling|systems|homes|limited|cargo|regatta|appeal|storm|grill|territory|security|investigation|accidents|footbridge|лог|лога|логу|бор|бора|бору|яр|яра|яру|балк\p{L}*|пустош\p{L}*|падь|пади|ключи|ключей)$/u;
/** A word, then "of" or "for" (and "the"), right before a run of capitals: whose name that run may end. */
const OF_AFTER_WORD = /(\p{L}+)[\s\u00A0]+(?:of|for)(?:[\s\u00A0]+the)?[\s\u00A0]+$/iu;
/** A preposition of place right before a run of capitals: it names a place, not a person. */
const PLACE_BEFORE = /(?:^|[^\p{L}])(?:в|во|на|из|под|около|возле|близ|in|at|near|outside|across|from)[\s\u00A0]+$/iu;

/** A word in capitals: an acronym. */
const ACRONYM = /(?<![\p{L}])\p{Lu}{2,}(?![\p{L}])/u;

/** A date expression (a day and month, a year, a time, a weekday, "today"), or null. */
export function findDate(text: string): string | null {
  return DATE_EXPRESSION.exec(text)?.[0] ?? null;
}

/**
 * What a sentence holds of each answer type, computed once per sentence (answer typing runs on
 * every candidate window of every question, so the regexes must not). Pure data.
 */
export interface TypeEvidence {
  /** Counted numbers (dates, years and identifiers such as "Article 4" left out), normalised. */
  numbers: string[];
  /** `numbers` that count things: not measures ("24-inch", "14.7 metres", "$5 million", "18%"). */
  counts: string[];
  /** A number word ("three", «трёх», "dozens"). */
  numberWord: boolean;
  /** A date expression. */
  date: boolean;
  /** A time of day on the clock ("6:12 p.m.", "9.30am", «в 04:17», "noon"). */
  clock: boolean;
  /** A year in figures ("in 2019", «в 1714–1739 годах»). */
  year: boolean;
  /** A cause or purpose connective. */
  reason: boolean;
  /** A role word ("president", «глава»). */
  role: boolean;
  /** Capitalised words inside the sentence, case-folded, other than the names of months and weekdays. */
  names: string[];
  /**
   * Names of people as a sentence writes them: two capitalised words or more in a row ("Stavros
   * Kondylis", «Алексей Шумилов»), or initials and a surname («К. Токаев»), each as its case-folded
   * words. A single capitalised word is more often a place («Кемеровской области», "Kalyros").
   */
  personNames: string[][];
  /** A word in capitals (an acronym). */
  acronym: boolean;
  /**
   * A company as a report names one: with its legal form ("Verity Structural Services Ltd", «ООО
   * «Заречье»»), or a word for a company beside a capitalised name ("the contractor Pellwood
   * Mechanical Services", «компания «СтепьВетроЭнерго»»).
   */
  companyName: boolean;
  /** A measure: a number with a unit, a currency or a per cent sign, or a fraction word (see `MEASURE`). */
  measure: boolean;
  /** An end date ("until June 16", «до 26 июля»): how long something lasts (see `holdsUntilDate`). */
  until: boolean;
  /** The kinds of unit the sentence gives a number in (see `UNIT_PATTERNS`). */
  units: ReadonlySet<MeasureUnit>;
}

/**
 * Reads the answer-type evidence of a sentence. Pure. Each kind is read when first asked for
 * (then kept): a question asks for one type, and the regexes of the others would cost the most
 * of a cold answer.
 */
export function typeEvidence(text: string): TypeEvidence {
  return new LazyTypeEvidence(text);
}

class LazyTypeEvidence implements TypeEvidence {
  readonly #text: string;
  #withoutDates: string | undefined;
  #digit: boolean | undefined;
  #numbers: string[] | undefined;
  #counts: string[] | undefined;
  #numberWord: boolean | undefined;
  #date: boolean | undefined;
  #clock: boolean | undefined;
  #year: boolean | undefined;
  #reason: boolean | undefined;
  #companyName: boolean | undefined;
  #role: boolean | undefined;
  #names: string[] | undefined;
  #personNames: string[][] | undefined;
  #acronym: boolean | undefined;
  #measure: boolean | undefined;
  #until: boolean | undefined;
  #units: ReadonlySet<MeasureUnit> | undefined;

  constructor(text: string) {
    this.#text = text;
  }

  #undated(): string {
    this.#withoutDates ??= this.#text.replace(DATE_EXPRESSIONS, " ").replace(IDENTIFIER_NUMBER, " ").replace(NAME_NUMBER, " ").replace(DESIGNATION_NUMBER, " ").replace(AGE_NUMBER, " ");
    return this.#withoutDates;
  }

  /** Whether the text has a digit (`\p{N}`): most sentences have none, and then no number pattern can match. */
  #hasDigit(): boolean {
    this.#digit ??= ANY_DIGIT.test(this.#text);
    return this.#digit;
  }

  get numbers(): string[] {
    // Taking dates and identifiers out adds no digit: without one there is no number to find.
    this.#numbers ??= !this.#hasDigit()
      ? []
      : [...this.#undated().matchAll(NUMBER)].map((m) => normalisedNumber(m[0]));
    return this.#numbers;
  }

  get counts(): string[] {
    this.#counts ??= this.numbers.length === 0 ? [] : [...this.#undated().replace(MEASURE_NUMBER, " ").matchAll(NUMBER)].map((m) => normalisedNumber(m[0]));
    return this.#counts;
  }

  get numberWord(): boolean {
    // Without a digit, the identifiers (all with digits) are not there, and the dates taken out are
    // weekdays and relative days: whole words, none of them a number word, whose removal changes
    // no number word's neighbours (letters on neither side). The text itself answers the same.
    const text = this.#hasDigit() ? this.#undated() : this.#text;
    this.#numberWord ??= holdsNumberWord(text);
    return this.#numberWord;
  }

  get date(): boolean {
    this.#date ??= holdsDate(this.#text);
    return this.#date;
  }

  get clock(): boolean {
    this.#clock ??= CLOCK_TIME.test(this.#text);
    return this.#clock;
  }

  /** A year in figures ("in 2019", «в 1714–1739 годах»). */
  get year(): boolean {
    this.#year ??= this.#hasDigit() && YEAR_NUMBER.test(this.#text);
    return this.#year;
  }

  get reason(): boolean {
    this.#reason ??= holdsReasonCue(this.#text);
    return this.#reason;
  }

  get role(): boolean {
    this.#role ??= holdsRoleWord(this.#text);
    return this.#role;
  }

  get personNames(): string[][] {
    this.#personNames ??= this.#findPersonNames();
    return this.#personNames;
  }

  #findPersonNames(): string[][] {
    // Names in the other script than most of the sentence's letters are those of things (a ship "Jade
    // Horizon" in a Russian report): a Russian text writes a foreign person's name in Cyrillic.
    const latin = (this.#text.match(/[A-Za-z]/g) ?? []).length;
    const cyrillic = (this.#text.match(/[\u0400-\u04FF]/gu) ?? []).length;
    const foreign = latin > cyrillic ? /^[\u0400-\u04FF]/u : /^[A-Za-z]/u;
    const named = [...this.#text.matchAll(NAMED_WORD)].flatMap((m) => {
      const word = (m[1] ?? "").toLowerCase().replace(/ё/g, "е");
      return word === "" || isStopWord(word) || INSTITUTION_WORDS.test(word) ? [] : [[word]];
    });
    return [...named, ...[...this.#text.matchAll(PERSON_NAME)].flatMap((m) => {
      const at = m.index ?? 0;
      // A name in quotation marks is a thing's: a ship, a company, a festival («Мыс Лазурный», “Varden Lights”).
      if (/[«"“„]$/u.test(this.#text.slice(Math.max(0, at - 1), at))) return [];
      // So is one after a preposition of place ("in Bowling Green", «в Краснобережске Владимирской»)
      // or before a place's word («Владимирской области», "Marlow County").
      if (PLACE_BEFORE.test(this.#text.slice(Math.max(0, at - 12), at))) return [];
      // So is the rest of an institution's name after "of" ("the Ministry of *Foreign Affairs*",
      // "the Department of *Public Works*").
      const owner = OF_AFTER_WORD.exec(this.#text.slice(Math.max(0, at - 40), at))?.[1];
      if (owner !== undefined && INSTITUTION_WORDS.test(owner.toLowerCase())) return [];
      const after = /^[\s\u00A0]+(\p{L}+)/u.exec(this.#text.slice(at + m[0].length, at + m[0].length + 30))?.[1];
      if (after !== undefined && INSTITUTION_WORDS.test(after.toLowerCase())) return [];
      const words = m[0]
        .toLowerCase()
        .replace(/ё/g, "е")
        .split(/[^\p{L}\p{M}'’-]+/u)
        .filter((w) => w !== "" && !foreign.test(w));
      // A capitalised function word opening the sentence is no part of a name («Из Москвы», "In Salina").
      while (words.length > 0 && isStopWord(words[0] ?? "")) words.shift();
      // Nor is a run of capitals with an institution's or a place's word a person ("Oregon Department", «Национального центра»).
      if (words.length < (m[0].includes(".") ? 1 : 2) || words.some((w) => INSTITUTION_WORDS.test(w))) return [];
      return [words];
    })];
  }

  get names(): string[] {
    this.#names ??= [...this.#text.matchAll(INNER_NAME)].map((m) => m[0].toLowerCase().replace(/ё/g, "е")).filter((name) => !CALENDAR_WORD.test(name));
    return this.#names;
  }

  get acronym(): boolean {
    this.#acronym ??= ACRONYM.test(this.#text);
    return this.#acronym;
  }

  get companyName(): boolean {
    this.#companyName ??= LEGAL_FORM.test(this.#text) || COMPANY_BESIDE_NAME.test(this.#text);
    return this.#companyName;
  }

  get measure(): boolean {
    this.#measure ??= MEASURE.test(this.#text) || MEASURE_IN_WORDS.test(this.#text);
    return this.#measure;
  }

  get until(): boolean {
    this.#until ??= this.date && holdsUntilDate(this.#text);
    return this.#until;
  }

  get units(): ReadonlySet<MeasureUnit> {
    this.#units ??= new Set(this.measure ? UNIT_PATTERNS.filter(([, pattern]) => pattern.test(this.#text)).map(([unit]) => unit) : []);
    return this.#units;
  }
}

/**
 * Whether the text states a quantity: a number written with digits that is not part of a date or
 * a year, or a number word. `exclude` holds numbers the question itself names (not an answer).
 */
export function hasQuantity(text: string, exclude: ReadonlySet<string> = new Set()): boolean {
  return holdsAnswerType("quantity", [typeEvidence(text)], { numbers: exclude });
}

/** What a question says of the answer it wants, beyond its type (see `QuestionAnalysis`). */
export interface AskedAnswer {
  /** Numbers the question itself names (folded): not an answer ("Apollo 11" → 11). */
  numbers?: ReadonlySet<string>;
  /** Names the question itself names (case-folded): not an answer to "who" or "where". */
  names?: ReadonlySet<string>;
  /** The quantity question asks for a measure (`asksForMeasure`). */
  measure?: boolean;
  /** It asks how long something lasts (`asksForDuration`): an end date answers it too. */
  duration?: boolean;
  /** The kinds of unit that answer the measure question (`measureUnitsOf`; null or absent: any measure). */
  units?: readonly MeasureUnit[] | null;
  /** The date question asks for a time of day (`asksForClockTime`): only a clock time answers it. */
  clockTime?: boolean;
  /** The date question asks for a year (`asksForYear`): only a year in figures answers it. */
  yearAsked?: boolean;
  /**
   * The "who" question names a role ("who is the akim of Almaty", «как звали машиниста»): the
   * role is what it asks about, so only a name answers it, not the role word again.
   */
  roleAsked?: boolean;
  /** The organisation question asks which company or firm (`QuestionAnalysis.companyAsked`): a company's name answers it. */
  companyAsked?: boolean;
  /** The question asks for a thing's name or make (`QuestionAnalysis.thingNameAsked`): a name the question does not say answers it. */
  thingNameAsked?: boolean;
}

/** Whether sentences (given by their `typeEvidence`) hold an answer of `type`, given what else the question asks (`asked`). */
export function holdsAnswerType(type: AnswerType, evidence: readonly TypeEvidence[], asked: AskedAnswer = {}): boolean {
  const { numbers: questionNumbers = new Set<string>(), names: questionNames = new Set<string>(), measure = false, duration = false, units = null } = asked;
  if (type === "quantity" && measure) return evidence.some((e) => (e.measure && (units === null || units.some((u) => e.units.has(u)))) || (duration && e.until));
  switch (type) {
    case "quantity":
      // A count question ("how many people", «сколько человек») is answered by a count, not a measure.
      return evidence.some((e) => e.numberWord || e.counts.some((n) => !questionNumbers.has(n)));
    case "date":
      if (asked.clockTime === true) return evidence.some((e) => e.clock);
      return asked.yearAsked === true ? evidence.some((e) => e.year) : evidence.some((e) => e.date);
    case "reason":
      return evidence.some((e) => e.reason);
    case "person":
      return holdsPersonName(evidence, questionNames) || (asked.roleAsked !== true && evidence.some((e) => e.role));
    case "organisation":
      return holdsNewName(evidence, questionNames) && (asked.companyAsked !== true || evidence.some((e) => e.companyName));
    case "place":
      return holdsNewName(evidence, questionNames);
    case "other":
      return asked.thingNameAsked !== true || holdsNewName(evidence, questionNames);
    case "yes-no":
      return true;
  }
}

/** Whether the sentences name a person the question does not (see `TypeEvidence.personNames`). */
function holdsPersonName(evidence: readonly TypeEvidence[], questionNames: ReadonlySet<string>): boolean {
  return evidence.some((e) => e.personNames.some((words) => words.some((w) => !sameName(w, questionNames))));
}

/** Whether the sentences hold an acronym or a name the question does not (a function of its own: no closure per window). */
function holdsNewName(evidence: readonly TypeEvidence[], questionNames: ReadonlySet<string>): boolean {
  return evidence.some((e) => e.acronym || e.names.some((n) => !sameName(n, questionNames)));
}

/** A company's legal form beside its name ("Ltd", "plc", «ООО», «АО»). */
const LEGAL_FORM = /\b(?:Ltd|LLC|Inc|plc|PLC|GmbH|Limited)\b|(?:^|[^\p{L}])(?:ООО|ОАО|ЗАО|ПАО|АО|НАО|ИП|МУП|ГУП|ФГУП|ГБУ|МБУ|АНО)(?![\p{L}])/u;
/** A word for a company right before or after a capitalised name or a name in quotes ("the contractor Pellwood", "Maasdijk Salvage, the firm", «компания «Листок»»). */
const COMPANY_BESIDE_NAME =
  /\b(?:compan(?:y|ies)|firms?|contractors?|suppliers?|insurers?|operators?)\b,?\s+(?:[«"“]|\p{Lu})|\p{Lu}\p{L}*[»"”]?,?\s+(?:(?:is|was)\s+)?(?:(?:a|an|the)\s+)?(?:\p{Ll}+\s+)?(?:compan(?:y|ies)|firm|contractor|supplier|insurer|operator)\b|(?:компани|фирм|подрядчик|поставщик|страховщик|оператор|предприяти|организаци)\p{L}*\s+(?:[«"“]|\p{Lu})/u;

/** Sound keys of name words, by word (they recur from one window to the next). */
const NAME_KEYS = new Map<string, string | null>();
/** Name words whose keys `NAME_KEYS` keeps before starting over. */
const MAX_NAME_KEYS = 20_000;

/**
 * Whether a name word (case-folded) is one of the question's words (`QuestionAnalysis.names`), as
 * written or by its sound key: «ледовских» is the question's "ledovskikh".
 */
function sameName(word: string, questionNames: ReadonlySet<string>): boolean {
  if (questionNames.has(word)) return true;
  let key = NAME_KEYS.get(word);
  if (key === undefined) {
    if (NAME_KEYS.size >= MAX_NAME_KEYS) NAME_KEYS.clear();
    key = phoneticKey(word);
    NAME_KEYS.set(word, key);
  }
  return key !== null && questionNames.has(key);
}

/**
 * Types whose answer must be in the quote (they are reliably recognised: a number, a date, an
 * organisation's name or acronym); the others only rank (a person or a place may be answered by a
 * description: "the official representative", "in the square").
 */
export function typeIsRequired(type: AnswerType): boolean {
  return type === "quantity" || type === "date" || type === "organisation";
}
