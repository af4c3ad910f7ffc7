import { describe, expect, it } from "vitest";
import { analyze, containsToken, indexForm, matchToken, normaliseNumber, phoneticKey, skeleton, termSet, soundSpelling } from "../../src/text/analyzer.ts";

const stemsOf = (text: string): string[] => analyze(text).map((t) => t.stem);
const pairsOf = (text: string): Set<string> => new Set(analyze(text).flatMap((t) => t.pairs));
/** How an indexed text (phonetic keys only on capitalised words) holds a question's last word. */
const indexedMatch = (text: string, question: string) => {
  const token = analyze(question).at(-1);
  return token ? matchToken(termSet(analyze(text).map(indexForm)), token) : null;
};

describe("analyze", () => {
  it.each([
    ["How many people died in the attacks?", ["peopl", "die", "attack"]],
    ["Сколько человек пострадало в Дагестане?", ["человек", "пострада", "дагестан"]],
    ["Ёлка и елка", ["елк", "елк"]],
    ["Детей\u00A0эвакуировали «быстро»", ["дет", "эвакуирова", "быстр"]],
    // Prepositions, particles and hedges say nothing of the topic: not «расчёт» for a misspelt «насчёт».
    ["с кем созвонился насчёт борьбы с терроризмом", ["созвон", "борьб", "терроризм"]],
    ["вроде писали, что у них якобы были сообщники", ["писа", "сообщник"]],
    ["the suspects reportedly fled, perhaps by car", ["suspect", "fled", "car"]],
    ["is the resort itself paying", ["resort", "pay"]],
    // A negated auxiliary is no word, with its apostrophe or without: "won't" is not "won".
    ["they didn't survive, he won't pay, it doesnt matter", ["surviv", "pay", "matter"]],
    // «Который» in all its forms joins clauses and says nothing.
    ["школа, которую закрыли, и класс, в котором учились", ["школ", "закр", "класс", "уч"]],
    // «Скольки», the spoken genitive of «сколько» («до скольки», «скольки лет»), asks; it names nothing.
    ["до скольки держали трассу перекрытой", ["держа", "трасс", "перекрыт"]],
  ])("stems and drops stop words: %s", (text, stems) => {
    expect(stemsOf(text)).toEqual(stems);
  });

  it.each([
    ["more than 3,000 people", "3000"],
    ["пострадали 1 200 человек", "1200"],
    ["ущерб 12,5 млн рублей", "12.5"],
    ["3.5 km", "3.5"],
    ["£48.6 million", "48.6"],
  ])("keeps numbers whole: %s → %s", (text, number) => {
    expect(analyze(text).filter((t) => t.numeric).map((t) => t.stem)).toEqual([number]);
    expect(normaliseNumber(number)).toBe(number);
  });

  it.each([
    ["gas built up in a flat on the 4th floor", ["gas", "built", "flat", "4", "floor"]],
    ["the 21st century, the 2nd and 3rd attacks", ["21", "centuri", "2", "3", "attack"]],
    ["на 4-м этаже", ["4", "этаж"]],
    // Letters apart from the number are a word all the same.
    ["the 4 th floor", ["4", "th", "floor"]],
  ])("an ordinal's letters after its figures are not a word: %s", (text, stems) => {
    expect(stemsOf(text)).toEqual(stems);
  });

  it("marks capitalised words inside a sentence, not the first word, and acronyms in capitals", () => {
    const tokens = analyze("Who signed the decree on mourning in Dagestan? Tokayev did, with the CSTO.");
    expect(tokens.filter((t) => t.capitalised).map((t) => t.stem)).toEqual(["dagestan", "csto"]);
    expect(tokens.filter((t) => t.acronym).map((t) => t.original)).toEqual(["CSTO"]);
  });

  it.each([
    ["из-за чего сел самолёт", ["сел", "самолет"]],
    ["Из-под завалов достали 3 человек", ["завал", "доста", "3", "человек"]],
    ["протесты в Алма-Ате", ["протест", "алм", "ат", "алмаат"]],
  ])("a hyphenated pair of stop words is a stop word too, a hyphenated word is not: %s", (text, stems) => {
    expect(stemsOf(text)).toEqual(stems);
  });

  it("keeps the offsets of every word in the text (for bold type in quotes)", () => {
    const text = "Пострадало 46 человек, «ёлочки»\u00A0и Алма-Ата.";
    for (const token of analyze(text)) {
      if (token.joined) expect(text.slice(token.start, token.end)).toBe("Алма-Ата");
      else expect(text.slice(token.start, token.end)).toBe(token.original);
    }
  });
});

describe("across languages and wordings, through the vocabulary", () => {
  it.each([
    ["Сегодня утром сообщалось о 15 погибших.", "How many died?"],
    ["Сегодня утром сообщалось о 15 погибших.", "how many were killed"],
    ["It was noted that 11 people were detained.", "Сколько человек задержали?"],
    ["Пострадало 46 человек.", "How many were injured?"],
    ["The investigators announced the detention of two men.", "who was detained"],
    ["Соответствующий указ подписал глава региона.", "Who signed the decree?"],
    ["The peacekeeping contingent of the CSTO countries", "миротворцы ОДКБ"],
    ["the Collective Security Treaty Organization met", "csto"],
    ["Саммита Шанхайской организации сотрудничества в Астане", "summit of the SCO"],
    ["the Ministry of Internal Affairs reports", "МВД"],
    // A Russian adjective in -ический meets its noun in -ия, and the English word of that noun.
    ["Взрыв произошёл на химическом заводе.", "chemical"],
    // A phrasal verb means what its single word means, in either direction and across languages.
    ["Крыша торгового центра рухнула в 16:42.", "when did the roof come down"],
    ["The roof came down under the weight of snow.", "когда обрушилась крыша"],
    ["A team of specialists arrived at 3.40am.", "when did the team turn up"],
    ["The judge dismissed the appeal.", "was the appeal thrown out"],
    ["Firefighters extinguished the blaze by noon.", "when was the fire put out"],
  ])("%s ~ %s", (text, question) => {
    // (The question's last word is matched.)
    expect(indexedMatch(text, question)).not.toBeNull();
  });

  it.each([
    ["The concert hall was supposed to host a performance.", "population"],
    ["Открытое горение ликвидировали в 09:40.", "gagarin"],
    ["В Дагестане объявили траур.", "Kazakhstan"],
    ["Пострадало 46 человек.", "children"],
    // Not a phrasal verb when a word stands between the verb and its particle.
    ["A team of specialists arrived at 3.40am.", "when did the team turn it up"],
  ])("%s does not match %s", (text, question) => {
    expect(indexedMatch(text, question)).toBeNull();
  });
});

describe("phonetic keys bridge English and Russian spellings of names", () => {
  it.each([
    ["Токаев", "Tokayev"],
    ["Дагестане", "Dagestan"],
    ["Алматы", "Almaty"],
    ["Алма-Ата", "Almaty"],
    ["Крокус", "Crocus"],
    ["Махачкале", "Makhachkala"],
    ["Дербенте", "Derbent"],
    // English "th" is «т», "dge" is «дж».
    ["Смита", "Smith"],
    ["Томпсон", "Thompson"],
    ["Кембриджа", "Cambridge"],
    // English "w" read as a vowel or as «в», "qu" as «кв», "h" after a consonant unsounded.
    ["Харроуфилде", "Harrowfield"],
    ["Брэкуотер", "Brackwater"],
    ["Ренфилде", "Wrenfield"],
    ["Норвуда", "Norwood"],
    ["Квикпэнтри", "QuikPantry"],
    ["Пеллингеме", "Pellingham"],
    // A final "gh" after a vowel unsounded.
    ["Хэдли", "Hadleigh"],
    ["Хаверли", "Haverleigh"],
    ["Скарборо", "Scarborough"],
    // A Russian adjective made from a place name meets the name.
    ["Харроуфилдского", "Harrowfield"],
    ["Тарханской", "Tarkhan"],
  ])("%s ~ %s", (russian, english) => {
    expect(indexedMatch(english, russian)).not.toBeNull();
    expect(indexedMatch(russian, english.toLowerCase())).not.toBeNull();
  });

  it("indexes sound keys only for words written with a capital: common words meet through the vocabulary", () => {
    const [lower] = analyze("горение");
    const [upper] = analyze("Горение");
    expect(lower && indexForm(lower).phonetic).toEqual([]);
    expect(upper && indexForm(upper).phonetic.length).toBeGreaterThan(0);
  });

  it("pairs adjacent words so multi-word names meet: Крокус Сити Холл ~ Crocus City Hall", () => {
    const shared = [...pairsOf("Крокус Сити Холле")].filter((k) => pairsOf("Crocus City Hall").has(k));
    expect(shared.length).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ["Сочи", "sochi"],
    ["Баку", "baku"],
    ["Хабиб", "khabib"],
  ])("keys a name of few consonants by its sounds, vowels kept: %s ~ %s", (russian, english) => {
    expect(phoneticKey(russian)).not.toBeNull();
    expect(phoneticKey(russian)).toBe(phoneticKey(english));
    expect(indexedMatch(russian, english)).not.toBeNull();
  });

  it("never lets a key with vowels meet a consonant skeleton, nor another short name", () => {
    const short = phoneticKey("sochi") ?? "";
    expect(short).toMatch(/[aeiou]/);
    expect(skeleton("sochi")).not.toBe(short);
    expect(phoneticKey("sachs")).not.toBe(short);
    expect(phoneticKey("Сочи")).not.toBe(phoneticKey("Сечь"));
  });

  it.each([
    // One script: a key joins spellings of one name that sound alike from their first four sounds, or
    // within one edit («Озерок» ~ «Озерки», "Tokaev" ~ "Tokayev")…
    ["Жители Озерок вернулись домой.", "озерки", true],
    ["President Tokaev said.", "tokayev", true],
    // …not another name of the same consonants («Пятунину» is not «Путину»).
    ["Пуля попала в бедро Пятунину.", "путину", false],
    // …nor one that only begins with the same three sounds («Токова» is not «Токаева», "Crux" no "Crocus").
    ["Посёлок Токова отрезан от дороги.", "токаева", false],
    ["The whole Crux Shed crew helped.", "crocus", false],
  ] as const)("in one script, %j holds %j by sound: %s", (text, word, expected) => {
    expect(indexedMatch(text, word) !== null).toBe(expected);
  });

  it("gives no key to short stems, which would match too much", () => {
    expect(phoneticKey("сит")).toBeNull();
    expect(skeleton("almaty")).toBe(skeleton("almaata"));
    const [ru] = analyze("Новосибирске");
    expect(ru && containsToken(termSet(analyze("Bryansk")), ru)).toBe(false);
  });
});

describe("soundSpelling: a loanword spelt alike in both scripts", () => {
  it.each([
    ["метанол", "methanol"],
    ["водк", "vodka".slice(0, 4)],
    ["торнадо", "tornado"],
    ["абруццо", "abruzzo"],
  ])("%j sounds as %j", (russian, english) => {
    expect(soundSpelling(russian)).toBe(soundSpelling(english));
  });

  it("keeps the vowels (a skeleton alone would meet too many words)", () => {
    expect(soundSpelling("vodka")).not.toBe(soundSpelling("vidik"));
  });
});
