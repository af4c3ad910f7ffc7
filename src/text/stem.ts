import { createRequire } from "node:module";

// Loaded with `require`: imported as ESM, Node scans this 23,000-line CommonJS file for its export
// names first (about 80 ms of every process start, a cold `ask` or a bot start).
const { newStemmer } = createRequire(import.meta.url)("snowball-stemmers") as typeof import("snowball-stemmers");

const english = newStemmer("english");
const russian = newStemmer("russian");

/** Folds case and the Russian ё, the way both the index and questions are compared. Pure. */
export function foldCase(text: string): string {
  return text.toLowerCase().replace(/ё/g, "е");
}

/** Whether a word is written in Cyrillic (and so is stemmed as Russian). */
export function isCyrillic(word: string): boolean {
  return /[\u0400-\u04FF]/.test(word);
}

/** Stems already computed (words repeat: the vocabulary's data, every passage, every question). */
const STEMS = new Map<string, string>();
const MAX_STEMS = 200_000;

/** Snowball stem of a case-folded word in its own language (chosen by script). Pure (cached). */
export function stem(word: string): string {
  let result = STEMS.get(word);
  if (result === undefined) {
    result = isCyrillic(word) ? russian.stem(word) : english.stem(word);
    if (STEMS.size >= MAX_STEMS) STEMS.clear();
    STEMS.set(word, result);
  }
  return result;
}

/**
 * A Russian word's stem matches a root it starts with when what is left over is short enough to be
 * an ending: up to 3 letters after a root of 5 letters or more (погибш- ~ погиб-), up to 2 after a
 * root of 4 (удален- ~ удал-); shorter roots match only exactly (кора- is not корабин-).
 */
export const MIN_ROOT_CHARS = 4;
/** The longest ending left over after a root of 5 letters or more. */
export const MAX_ROOT_TAIL = 3;

/**
 * Whether a case-folded Russian lemma is a verb infinitive: -ть after a vowel (задержать, сгореть,
 * погибнуть), -сти / -зти (спасти, везти), -йти / -дти (найти, идти), -чь (помочь), each also with
 * -ся / -сь. Not a noun in -сть or -рть (тяжесть, месть, часть, четверть, смерть), nor one of the few
 * nouns and numerals in a vowel and -ть (путь, сеть, память, пять): their roots would otherwise be
 * cut as a verb's and meet the words they begin (месть ~ «местному», часть ~ «час», четверть ~
 * «четверг», живость ~ «животных»). Pure.
 */
export function isInfinitive(folded: string): boolean {
  return !NOUNS_LIKE_INFINITIVES.has(folded) && /(?:[аяеиоуыю]ть(?:ся)?|[сз]ти(?:сь)?|[йд]ти(?:сь)?|чь(?:ся)?)$/u.test(folded);
}

/** Nouns and numerals that end like an infinitive, in a vowel and -ть (case-folded; see `isInfinitive`). */
const NOUNS_LIKE_INFINITIVES: ReadonlySet<string> = new Set(["путь", "сеть", "суть", "ртуть", "треть", "кровать", "печать", "мать", "плоть", "зять", "пять", "девять", "десять", "двадцать", "тридцать", "память", "благодать", "рать", "гать", "муть", "жуть"]);

/**
 * The root a Russian lemma is matched by: its Snowball stem, and for a verb infinitive the stem
 * without the infinitive's remains (погибнуть → погиб, сгореть → сгор), since Snowball stems the
 * infinitive and the past forms (погибли → погибл, погибших → погибш) differently. Pure.
 */
export function russianRoot(lemma: string): string {
  const folded = foldCase(lemma);
  const stemmed = stem(folded);
  if (!isInfinitive(folded)) return stemmed;
  const trimmed = stemmed.replace(/(нут|ет|ят|от|ут|т)$/, "");
  return trimmed.length >= 2 ? trimmed : stemmed;
}

/**
 * The roots of a Russian lemma: `russianRoot` (and for an infinitive with a root of 3 letters, its
 * own stem and its past plural's stem too: снять → сняли), `verbStemRoots`, and for a noun whose last vowel drops out when it
 * is inflected, the root without it (миротворец → миротворц-: миротворцы; день → дня, дней;
 * звонок → звонк-: звонки; время → времен-: времени; гражданин → граждан-: граждане, граждан);
 * for a noun, also the stems of its main case forms (`nounFormStems`). Pure.
 */
export function russianRoots(lemma: string): string[] {
  const root = russianRoot(lemma);
  const folded = foldCase(lemma);
  // An infinitive whose root is too short to meet other forms (лететь → лет-, which stays a
  // root of its own: «лет» is "years") still meets itself by its full stem («отказались лететь»).
  const short = root.length < MIN_ROOT_CHARS && /(?:ть|ти|чь)(?:ся|сь)?$/.test(folded);
  const own = short ? stem(folded) : root;
  // Its past meets it by the stem of its plural (снять → сняли: снял-; гореть → горели; рухнуть →
  // рухнули), which a root that short cannot reach.
  const past = short && /[аеиоуыяю]ть(?:ся)?$/.test(folded) ? [stem(folded.replace(/ть(ся)?$/, "ли"))] : [];
  const verb = [...verbStemRoots(folded), ...past];
  if (verb.length > 0 || own !== root) return [...new Set([root, own, ...verb])];
  // A neuter noun in -мя takes -ен- when inflected: время → времени, имя → имени.
  if (/мя$/.test(folded) && root.endsWith("м")) return [root, `${root}ен`];
  // A noun in -анин/-янин drops -ин in the plural: гражданин → граждане, граждан; англичанин → англичане.
  if (/[ая]нин$/.test(folded) && folded.length >= 7) {
    const plural = folded.slice(0, -2);
    return [...new Set([root, plural, stem(plural)])];
  }
  // Nouns whose vowel drops out (миротворец → миротворцы, день → дней) are covered by their case forms.
  const roots = [root];
  // The stemmer is not consistent across a noun's forms (паром → пар-, парома → паром-; проблема →
  // проблем-, проблему → пробл-; госпиталь → госпитал-, госпитали → госпита-): the stems of its
  // main case forms are roots too.
  for (const key of nounFormStems(folded)) if (!roots.includes(key)) roots.push(key);
  return roots;
}

/** Endings a noun's case forms take after its stem, by the lemma's ending (the stem is the lemma without it). */
const NOUN_ENDINGS: readonly [RegExp, readonly string[]][] = [
  [/а$/u, ["ы", "и", "е", "у", "ой", "", "ам", "ами", "ах"]],
  [/я$/u, ["и", "е", "ю", "ей", "й", "ям", "ями", "ях"]],
  [/о$/u, ["а", "у", "ом", "е", "", "ам", "ами", "ах"]],
  [/е$/u, ["я", "ю", "ем", "и", "й", "ям", "ями", "ях"]],
  [/[ьй]$/u, ["я", "ю", "ем", "е", "и", "ей", "ев", "ям", "ями", "ях"]],
  [/(?:)$/u, ["а", "у", "ом", "е", "ы", "и", "ов", "ей", "ам", "ами", "ах"]],
];

/** A Russian surname in -ов, -ев, -ёв, -ин or -ын in an oblique case; group 1 is its nominative. */
const SURNAME_CASE_FORM = /^(\p{Script=Cyrillic}{3,}(?:ов|ев|ёв|ин|ын))(?:а|у|е|ым|ой)$/u;

/**
 * The nominative of a Russian surname written in an oblique case («горбачёва» → «горбачёв»,
 * «сорокоумову» → «сорокоумов»), or null when the word is not such a form. The stemmer cuts the
 * two apart («сорокоумов» / «сорокоум»), so a name typed in another case is found by this. Pure.
 */
export function surnameNominative(folded: string): string | null {
  return SURNAME_CASE_FORM.exec(folded)?.[1] ?? null;
}

/**
 * The stems of a Russian noun's main case forms (паром: парома, пароме, паромы… → паром-), with
 * a vowel that drops out or comes back (боец → бойцы, день → дни, посол → послы, церковь → церкви, поправка →
 * поправок, ячейка → ячеек); none for an adjective (-ый, -ий, -ой), a verb or a word of fewer than 4 letters. Pure.
 */
export function nounFormStems(folded: string): string[] {
  if (folded.length < 4 || /(?:ый|ий|ой|ть|ти|чь|ться|тись|чься)$/u.test(folded) || !/^[а-я]+$/u.test(folded)) return [];
  const [ending, endings] = NOUN_ENDINGS.find(([pattern]) => pattern.test(folded)) ?? [/(?:)$/u, []];
  let base = folded.replace(ending, "");
  // боец → бойц-, доброволец → добровольц-, отец → отц-; звонок → звонк-.
  if (/[аеиоуыэюя]ец$/u.test(folded)) base = `${folded.slice(0, -2)}йц`;
  else if (/лец$/u.test(folded)) base = `${folded.slice(0, -2)}ьц`;
  else if (/[^аеиоуыэюя]ец$/u.test(folded)) base = `${folded.slice(0, -2)}ц`;
  else if (/[^аеиоуыэюя]ок$/u.test(folded)) base = `${folded.slice(0, -2)}к`;
  const forms = endings.map((e) => `${base}${e}`);
  // день → дня, огонь → огня, посол → посла, ветер → ветра, узел → узла: a vowel before the last
  // л, н or р may drop out. Most such nouns keep it (стол → стола), so these forms are added to the
  // others; those of a noun that keeps its vowel are not words (стла, закна) and meet nothing.
  // So may the о of a noun in -овь: церковь → церкви, любовь → любви.
  const fleeting = /^(.*[^аеиоуыэюяй])[еоё]([лнр])ь?$/u.exec(folded) ?? /^(.*[^аеиоуыэюяй])о(в)ь$/u.exec(folded);
  if (fleeting?.[1]) forms.push(...endings.map((e) => `${fleeting[1]}${fleeting[2]}${e}`));
  // поправка → поправок, поддержка → поддержек: the genitive plural's vowel comes back.
  if (/[йь]ка$/u.test(folded)) forms.push(`${folded.slice(0, -3)}ек`);
  else if (/[^аеиоуыэюя]ка$/u.test(folded)) forms.push(`${folded.slice(0, -2)}${/[жшчщц]ка$/u.test(folded) ? "ек" : "ок"}`);
  return [...new Set(forms.map((form) => stem(form)))].filter((key) => key.length >= 3);
}

/**
 * A present-tense root, and when it is too short to meet the forms by their first letters (воевать
 * → вою-), the stems of those forms themselves: воюют, воюет, воюющих.
 */
function presentForms(root: string): string[] {
  if (root.length >= MIN_ROOT_CHARS) return [root];
  return [root, ...["ют", "ет", "ющих"].map((ending) => stem(`${root}${ending}`))];
}

/** The consonants a Russian -ить/-еть verb's last one changes into (see `verbStemRoots`). */
const CONSONANT_CHANGES: Readonly<Record<string, readonly string[]>> = {
  ст: ["щ"],
  д: ["ж", "жд"],
  т: ["ч", "щ"],
  с: ["ш"],
  з: ["ж"],
  б: ["бл"],
  п: ["пл"],
  в: ["вл"],
  м: ["мл"],
  ф: ["фл"],
};

/** Past-tense stems of -йти verbs that are words of their own (прошлый "last", пошлина "duty"). */
const TAKEN_PAST_STEMS = new Set(["прошл", "пошл"]);

/**
 * The other roots of a Russian verb whose forms change its stem (the consonant classes of the
 * grammar books): помочь → помог- (помогли), привлечь → привлек-, провести → прове-, провед-
 * (провели, проведут), вырасти → вырос- (выросло), напасть → напа- (напали), прийти → пришл-,
 * пришед-, прид-, пришел- (пришли, пришедших, придут, пришёл); presents (голосовать → голосу-,
 * воевать → воюют, подписать → подпиш-, избрать → избер-), present gerunds (подписывая),
 * participles with a changed consonant (освобождены). Roots shorter than 3 letters are left out; one of 3
 * letters only meets a word whose stem it is (`rootCandidates` stop at `MIN_ROOT_CHARS`). Pure.
 */
export function verbStemRoots(infinitive: string): string[] {
  const roots: string[] = [];
  let match: RegExpExecArray | null;
  if ((match = /^(.+)чь(?:ся)?$/.exec(infinitive))) roots.push(`${match[1]}к`, `${match[1]}г`);
  else if ((match = /^(.+)расти$/.exec(infinitive))) roots.push(`${match[1]}рос`);
  else if ((match = /^(.+[^з])сти(?:сь)?$/.exec(infinitive))) {
    // -вести keeps -л in the past and -д- in the present: ввести → ввел, ввели, введут; провести →
    // провел, проведут, проведение. (Not the bare прове-, which begins other words: проверять, проверка.)
    if (match[1]?.endsWith("ве")) roots.push(`${match[1]}л`, `${match[1]}д`);
    else roots.push(match[1] ?? "");
  }
  else if ((match = /^(.+)сть(?:ся)?$/.exec(infinitive))) roots.push(match[1] ?? "");
  // -нуть verbs keep -н- in the future: вернуть → вернёт, рухнуть → рухнет, погибнуть → погибнут.
  else if ((match = /^(.+н)уть(?:ся)?$/.exec(infinitive))) roots.push(match[1] ?? "");
  else if ((match = /^(.+?)й?ти(?:сь)?$/.exec(infinitive)) && /йти(?:сь)?$/.test(infinitive)) {
    const prefix = match[1] ?? "";
    // The masculine past keeps the vowel: произошёл, нашёл, вышел (ё folded to е).
    roots.push(`${prefix}шл`, `${prefix}шед`, `${prefix}йд`, `${prefix}шел`);
    // прийти → приду: after "при" the future drops the й.
    if (prefix.endsWith("и")) roots.push(`${prefix}д`);
  }
  // The present of -овать / -евать verbs takes -у-/-ю-: голосовать → голосуют, планировать →
  // планируют, воевать → воюют.
  // (The stemmer leaves планируют as планир-, планируя as планиру-.)
  if ((match = /^(.+)овать(?:ся)?$/.exec(infinitive))) roots.push(match[1] ?? "", ...presentForms(`${match[1]}у`));
  else if ((match = /^(.+[жшчщц])евать(?:ся)?$/.exec(infinitive))) roots.push(...presentForms(`${match[1]}у`));
  else if ((match = /^(.+)евать(?:ся)?$/.exec(infinitive))) roots.push(...presentForms(`${match[1]}ю`));
  // -ыть verbs take -о- in the present and the future: закрыть → закроют, открыть → откроет, помыть → помоют.
  else if ((match = /^(.+)ыть(?:ся)?$/.exec(infinitive))) roots.push(`${match[1]}о`);
  // -ехать verbs take -ед- there: приехать → приедут, уехать → уедет.
  else if ((match = /^(.+)ехать(?:ся)?$/.exec(infinitive))) roots.push(`${match[1]}ед`);
  // -зать / -сать verbs change the consonant in the present: сказать → скажут, подписать → подпишут.
  else if ((match = /^(.+[аеиоуыяю])зать(?:ся)?$/.exec(infinitive))) roots.push(`${match[1]}ж`);
  else if ((match = /^(.+)сать(?:ся)?$/.exec(infinitive))) roots.push(`${match[1]}ш`);
  // -брать and -звать take -бер- and -зов- in the future and present: избрать → изберут, собрать →
  // соберут, назвать → назовут, призвать → призовут.
  else if ((match = /^(.+)брать(?:ся)?$/.exec(infinitive))) roots.push(`${match[1]}бер`);
  else if ((match = /^(.+)звать(?:ся)?$/.exec(infinitive))) roots.push(`${match[1]}зов`);
  // The present gerund of an -ать/-ять verb loses its vowel to the stemmer, which reads it as an
  // adjective's ending: принимать → принимая (приним-), подписывать → подписывая, управлять → управляя.
  // Only roots of 6 letters or more, for the reason below.
  if ((match = /^(.+[^аеиоуыэюя])[ая]ть(?:ся)?$/.exec(infinitive)) && (match[1]?.length ?? 0) >= 6) roots.push(match[1] ?? "");
  // An -ить/-еть verb changes its last consonant in the first person and the past passive
  // participle: освободить → освобождены, повредить → повреждено, возбудить → возбуждено,
  // допустить → допущен, объявить → объявлены. Only roots of 5 letters or more: a shorter one
  // would meet other words by their first letters (просить → прош- is прошлый's too).
  if ((match = /^(.+?)(ст|[дтсзбпвмф])(?:ить|еть)(?:ся)?$/.exec(infinitive))) {
    for (const changed of CONSONANT_CHANGES[match[2] ?? ""] ?? []) {
      const root = `${match[1]}${changed}`;
      if (root.length >= 5) roots.push(root);
    }
  }
  return roots.filter((r) => r.length >= 3 && !TAKEN_PAST_STEMS.has(r));
}

/**
 * The keys under which a Russian word's stem may be found in a table of roots: the stem itself,
 * then its prefixes that leave an ending over (see `MIN_ROOT_CHARS`: задержан → задержа, задерж).
 * Longest first. Pure.
 */
export function rootCandidates(wordStem: string): string[] {
  const keys = [wordStem];
  for (let length = wordStem.length - 1; length >= Math.max(MIN_ROOT_CHARS, wordStem.length - MAX_ROOT_TAIL); length--) {
    if (length === MIN_ROOT_CHARS && wordStem.length - length > MAX_ROOT_TAIL - 1) break;
    keys.push(wordStem.slice(0, length));
  }
  return keys;
}

/**
 * Roots of the other half of a Russian -ация / -ировать pair, which name one action (эвакуация ~
 * эвакуировать, компенсация ~ компенсировать, госпитализация ~ госпитализировать, квалификация ~
 * квалифицировать): for a noun in -ация/-яция the verb's root (компенсир-: компенсируют,
 * компенсировали), for a verb in -ировать the noun's (эвакуац-: эвакуация, эвакуации). Pure.
 */
export function actionPairRoots(lemma: string): { verbRoots: string[]; nounRoots: string[] } {
  const folded = foldCase(lemma);
  let match: RegExpExecArray | null;
  if ((match = /^(.{2,})[ая]ция$/.exec(folded))) {
    const base = match[1] ?? "";
    const roots = [`${base}ир`];
    // квалификация ~ квалифицировать
    if (base.endsWith("к")) roots.push(`${base.slice(0, -1)}цир`);
    return { verbRoots: roots, nounRoots: [] };
  }
  if ((match = /^(.{2,})ировать(?:ся)?$/.exec(folded))) {
    const base = match[1] ?? "";
    const roots = [`${base}ац`, `${base}яц`];
    if (base.endsWith("ц")) roots.push(`${base.slice(0, -1)}кац`);
    return { verbRoots: [], nounRoots: roots };
  }
  return { verbRoots: [], nounRoots: [] };
}

