import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultAnalyzer } from "../../src/text/analyzer.ts";
import { LEXICON_DIR, lexiconData, parseGroups, parseListTable, parsePairTable, withLines, withWords } from "../../src/text/lexicon-files.ts";
import { rootCandidates, russianRoot, stem } from "../../src/text/stem.ts";
import { isStopWord } from "../../src/text/stop-words.ts";
import { feminineForms, pivotLinks, senseCount, sharedVocabulary, Vocabulary } from "../../src/text/vocabulary.ts";

const conceptsOf = (word: string, vocabulary: Vocabulary = sharedVocabulary()) => {
  const folded = word.toLowerCase().replace(/ё/g, "е");
  return vocabulary.concepts(word, folded, stem(folded));
};
const meet = (a: string, b: string) => conceptsOf(a).some((c) => conceptsOf(b).includes(c));

describe("the vocabulary's data files", () => {
  it("are well formed: one TAB per lexicon line, Cyrillic on the Russian side, about 2,000 concepts or more", () => {
    const lines = readFileSync(join(LEXICON_DIR, "en-ru.tsv"), "utf8").split("\n").filter((l) => l.trim() !== "" && !l.startsWith("#"));
    for (const line of lines) {
      expect(line.split("\t"), line).toHaveLength(2);
      expect(line.split("\t")[1], line).toMatch(/^[\p{Script=Cyrillic} |-]+$/u);
    }
    expect(lexiconData().bilingual.size).toBeGreaterThanOrEqual(2000);
    expect(lexiconData().wordnet.size).toBeGreaterThan(1000);
    expect(lexiconData().acronyms.some((g) => g.includes("CSTO") && g.includes("ОДКБ"))).toBe(true);
  });

  it("the frequent words' file is well formed too, and adds headwords of its own only", () => {
    const lines = readFileSync(join(LEXICON_DIR, "en-ru-frequent.tsv"), "utf8").split("\n").filter((l) => l.trim() !== "" && !l.startsWith("#"));
    for (const line of lines) {
      expect(line.split("\t"), line).toHaveLength(2);
      expect(line.split("\t")[1], line).toMatch(/^[\p{Script=Cyrillic}ё |-]+$/u);
      expect(lexiconData().bilingual.has(line.split("\t")[0] ?? ""), line).toBe(false);
    }
    expect(lines.length).toBeGreaterThan(3000);
  });

  it("the Russian forms table is well formed: a Cyrillic form and its lemma a line, each form once", () => {
    const lines = readFileSync(join(LEXICON_DIR, "ru-forms.tsv"), "utf8").split("\n").filter((l) => l.trim() !== "" && !l.startsWith("#"));
    const forms = lines.map((line) => line.split("\t")[0] ?? "");
    for (const line of lines) {
      expect(line, line).toMatch(/^[а-я-]+\t[а-я-]+$/u);
      // A stop word is no other word's form («мой» is not мыть's).
      expect(isStopWord(line.split("\t")[0] ?? ""), line).toBe(false);
    }
    expect(new Set(forms).size).toBe(forms.length);
    expect(lines.length).toBeGreaterThan(2000);
  });

  it("the articles' missing words are well formed: new lines under headwords of their own, mapped words under existing headwords", () => {
    const read = (name: string) => readFileSync(join(LEXICON_DIR, name), "utf8").split("\n").filter((l) => l.trim() !== "" && !l.startsWith("#"));
    const headwords = new Set([...lexiconData().bilingual.keys(), ...lexiconData().frequent.keys()]);
    const irregular = lexiconData().irregular;
    for (const line of read("en-ru-corpus.tsv")) {
      const [english = "", russian = ""] = line.split("\t");
      expect(line.split("\t"), line).toHaveLength(2);
      expect(russian, line).toMatch(/^[\p{Script=Cyrillic} |-]+$/u);
      // No headword is a form of another word: "found" (of "find") would meet «основать».
      expect(irregular.has(english), line).toBe(false);
    }
    for (const line of read("corpus-synonyms.tsv")) {
      expect(line.split("\t"), line).toHaveLength(2);
      expect(headwords.has((line.split("\t")[0] ?? "").toLowerCase()), line).toBe(true);
    }
    expect(meet("шланг", "hose")).toBe(true);
    expect(meet("заведующая", "manager")).toBe(true);
    expect(meet("found", "основать")).toBe(false);
  });

  it("the gazetteer is well formed: one TAB, an English name in lower case, Russian names, each place once", () => {
    const lines = readFileSync(join(LEXICON_DIR, "en-ru-places.tsv"), "utf8").split("\n").filter((l) => l.trim() !== "" && !l.startsWith("#"));
    const names = lines.map((line) => line.split("\t")[0] ?? "");
    for (const line of lines) {
      expect(line.split("\t"), line).toHaveLength(2);
      expect(line.split("\t")[0], line).toMatch(/^[a-z][a-z .'’-]*$/u);
      expect(line.split("\t")[1], line).toMatch(/^[\p{Script=Cyrillic}ё '’|-]+$/u);
    }
    expect(new Set(names).size).toBe(names.length);
    expect(lines.length).toBeGreaterThan(1000);
  });

  it("meets a place across the scripts when its names do not sound alike, and keeps it a name", () => {
    expect(conceptsOf("огайо")).toEqual(conceptsOf("Ohio"));
    expect(conceptsOf("юар")).toContain("south africa");
    expect(conceptsOf("тасмании")).toContain("tasmania");
    // A mountain or a lake by its own name, without "mount" or "lake" ("on top of everest").
    expect(meet("everest", "Эвересте")).toBe(true);
    expect(meet("baikal", "Байкале")).toBe(true);
    const vocabulary = sharedVocabulary();
    expect(vocabulary.isCommonWord("ohio", stem("ohio"))).toBe(false);
    expect(vocabulary.isCommonWord("огайо", stem("огайо"))).toBe(false);
    expect(vocabulary.isCommonWord("fire", stem("fire"))).toBe(true);
    // Stored with an index and read back, the vocabulary still knows its places' names.
    const restored = Vocabulary.fromJSON(JSON.parse(JSON.stringify(vocabulary.toJSON())) as ReturnType<Vocabulary["toJSON"]>);
    expect(restored.isCommonWord("ohio", stem("ohio"))).toBe(false);
    expect(conceptsOf("огайо", restored)).toEqual(conceptsOf("огайо"));
  });

  it("meets a place whose English name is another line's headword under a concept of its own («Турция» is Turkey, never «индейка»)", () => {
    expect(meet("турции", "Turkey")).toBe(true);
    expect(meet("поляки", "Polish")).toBe(true);
    expect(meet("турции", "индейка")).toBe(false);
    expect(meet("turkey", "индейка")).toBe(true);
    const vocabulary = sharedVocabulary();
    // The country is a name; the English word, a bird too, stays a common word.
    expect(vocabulary.isCommonWord("турции", stem("турции"))).toBe(false);
    expect(vocabulary.isCommonWord("turkey", stem("turkey"))).toBe(true);
  });

  it("a frequent word's line adds its concept and never unlinks the curated lines sharing its Russian word", () => {
    const data = {
      bilingual: new Map([["soldier", ["солдат", "военнослужащий"]], ["serviceman", ["военнослужащий"]]]),
      frequent: new Map([["trooper", ["военнослужащий"]], ["private", ["рядовой", "военнослужащий"]], ["balloon", ["аэростат"]]]),
      places: new Map<string, string[]>(),
      wordnet: new Map<string, string[]>(),
      irregular: new Map<string, string>(),
      phrasal: new Map<string, string[]>(),
      acronyms: [],
      colloquial: new Map<string, string[]>(),
    };
    const vocabulary = Vocabulary.fromData(data);
    expect(conceptsOf("servicemen", vocabulary)).toContain("serviceman ~ soldier");
    expect(conceptsOf("аэростат", vocabulary)).toEqual(["balloon"]);
    expect(conceptsOf("balloons", vocabulary)).toContain("balloon");
  });

  it("an informal word takes its line's concept in its own forms, and links no other line", () => {
    const data = {
      bilingual: new Map([["die", ["умереть", "погибнуть"]], ["police", ["полиция"]], ["decease", ["умереть"]]]),
      frequent: new Map<string, string[]>(),
      places: new Map<string, string[]>(),
      wordnet: new Map<string, string[]>(),
      irregular: new Map<string, string>(),
      phrasal: new Map<string, string[]>(),
      acronyms: [],
      colloquial: new Map([["die", ["сдохнуть", "croak"]], ["police", ["cop", "мент"]], ["nonexistent", ["бабки"]]]),
    };
    const vocabulary = Vocabulary.fromData(data);
    expect(conceptsOf("сдохла", vocabulary)).toContain("die");
    expect(conceptsOf("croaked", vocabulary)).toContain("die");
    expect(conceptsOf("cops", vocabulary)).toContain("police");
    expect(conceptsOf("менты", vocabulary)).toContain("police");
    // A line the lexicon lacks gives nothing; an informal word joins no pivot link.
    expect(conceptsOf("бабки", vocabulary)).toEqual([]);
    expect(conceptsOf("сдохли", vocabulary)).not.toContain("decease ~ die");
  });

  it("adds another file's lines under the headwords a table lacks; a headword it has keeps its line", () => {
    const merged = withLines(new Map([["fire", ["пожар"]]]), new Map([["fire", ["огонь"]], ["looter", ["мародёр"]]]));
    expect(merged).toEqual(new Map([["fire", ["пожар"]], ["looter", ["мародёр"]]]));
  });

  it("adds a second table's words to the headwords both hold (the near-synonyms to the colloquial words)", () => {
    const merged = withWords(new Map([["die", ["croak"]]]), new Map([["die", ["perish", "croak"]], ["arrest", ["detain"]]]));
    expect(merged).toEqual(new Map([["die", ["croak", "perish"]], ["arrest", ["detain"]]]));
  });

  it("meets news near-synonyms through the shipped table: arrested ~ detained, blaze ~ fire, «скончался» ~ died", () => {
    const shares = (a: string, b: string) => conceptsOf(a).some((c) => conceptsOf(b).includes(c));
    expect(shares("arrested", "detained")).toBe(true);
    expect(shares("blaze", "fire")).toBe(true);
    expect(shares("скончался", "died")).toBe(true);
    // A role is not another role: a director is no head of another body.
    expect(shares("director", "chief")).toBe(false);
  });

  it("files no concept under a stop word's own form: a word stemmed to one (\"takings\" → take) is found by its own form only", () => {
    // "revenue" lists "takings"; "taken" (to hospital) is the stop word "take", no revenue.
    expect(meet("takings", "revenue")).toBe(true);
    expect(conceptsOf("taken")).not.toContain("revenue");
    expect(conceptsOf("take")).not.toContain("revenue");
    expect(meet("proceeds", "revenue")).toBe(true);
  });

  it("parses tables: later lines add values, comments and blank lines are skipped", () => {
    expect(parseListTable("# c\ndie\tумереть|погибнуть\n\ndie\tскончаться\n")).toEqual(new Map([["die", ["умереть", "погибнуть", "скончаться"]]]));
    expect(parsePairTable("fled\tflee\n")).toEqual(new Map([["fled", "flee"]]));
    expect(parseGroups("CSTO|ОДКБ\n")).toEqual([["CSTO", "ОДКБ"]]);
  });
});

describe("a Russian verb's present and future", () => {
  it.each([
    // The stemmer leaves them whole (it strips -ет, -ут only after а or я): found by their base.
    ["ведёт", "lead", true],
    ["лечат", "treat", true],
    ["пишут", "write", true],
    // -нуть verbs keep their -н- («вернуть» → «вернёт», «грохнуться» → «грохнулось»).
    ["вернёт", "return", true],
    ["рухнет", "collapse", true],
    // A word that meets something of its own is not read as a verb's form: «совет» is no «совать».
    ["бюджет", "budget", true],
  ])("%s ~ %s: %s", (word, english, expected) => {
    expect(meet(word, english)).toBe(expected);
  });

  it("meets a noun in -овь whose о drops out by its case forms («церкви», «любви»)", () => {
    expect(meet("церкви", "church")).toBe(true);
    expect(meet("церквей", "church")).toBe(true);
    expect(meet("любви", "love")).toBe(true);
  });

  it("meets a -вести verb's forms by -вел-/-вед-, not by a bare root other words begin with («провести» is no «проверять»)", () => {
    for (const form of ["провёл", "проведут", "проведение"]) expect(meet(form, "conduct")).toBe(true);
    expect(conceptsOf("проверяет")).not.toContain("hold");
    expect(meet("проверяет", "check")).toBe(true);
  });

  it("does not read a noun with a concept of its own as a verb's form", () => {
    expect(conceptsOf("бюджет")).toEqual(conceptsOf("бюджета"));
  });
});

describe("Russian roots", () => {
  it.each([
    ["погибнуть", "погибших", true],
    ["погибнуть", "погибли", true],
    ["задержать", "задержаны", true],
    ["пострадать", "пострадавших", true],
    ["удалить", "удаление", true],
    ["коран", "корабина", false],
    ["страна", "стране", true],
  ])("%s ~ %s: %s", (lemma, word, expected) => {
    const folded = word.replace(/ё/g, "е");
    expect(rootCandidates(stem(folded)).includes(russianRoot(lemma))).toBe(expected);
  });
});

describe("concepts", () => {
  it.each([
    ["died", "погибли"],
    ["killed", "погибших"],
    ["injured", "пострадали"],
    ["detained", "задержали"],
    ["detention", "detain"],
    ["fled", "flee"],
    ["decree", "указ"],
    ["mourning", "траур"],
    ["CSTO", "ОДКБ"],
    ["ОДКБ", "одкб"],
    ["servicemen", "soldiers"],
    ["schoolchildren", "школьников"],
    ["gunmen", "gunman"],
    // A "-ves" plural meets its singular in "-f" or "-fe".
    ["loaves", "loaf"],
    // A comparative or superlative meets its positive, and so the other's.
    ["biggest", "largest"],
    ["hottest", "hot"],
    // Street abbreviations of addresses ("Kiln St", "Mill Rd") are their words.
    ["st", "street"],
    ["rd", "road"],
    ["knives", "нож"],
    // A fire breaking out is a fire catching.
    ["загорелось", "возгорание"],
    // Money paid to victims is their compensation.
    ["compensation", "выплатят"],
    ["компенсацию", "выплата"],
    // A Russian form whose stem is not its word's (ru-forms.tsv) meets its word.
    ["сядут", "sit"],
    ["башен", "tower"],
    ["начнут", "start"],
    ["денег", "money"],
    // A word whose stem is a stop word's form ("evening" → "even") is found by its own form.
    ["evening", "вечером"],
    ["evenings", "вечер"],
    // An address's abbreviation is its word.
    ["ул", "street"],
    ["обл", "region"],
    ["времени", "time"],
    ["задержанных", "detained"],
    ["помогли", "help"],
    ["правительственной", "government"],
    ["президентский", "president"],
    ["лететь", "fly"],
    ["ppl", "people"],
    ["причины", "reason"],
    ["проблемы", "problem"],
    ["граждан", "citizen"],
    ["гражданами", "citizens"],
    ["govt", "government"],
    ["мечети", "mosque"],
    ["нефти", "oil"],
    ["произошёл", "happened"],
    ["нашёл", "found"],
    ["эвакуация", "эвакуировали"],
    ["эвакуация", "evacuated"],
    ["компенсировать", "компенсацию"],
    ["came", "приехал"],
    ["парома", "ferry"],
    ["саммита", "summit"],
    ["каналу", "channel"],
    ["музея", "museum"],
    ["голосуют", "vote"],
    // A present root too short to meet its forms by their first letters: воевать → воюют.
    ["воюют", "fight"],
    ["планируют", "plan"],
    ["подпишут", "signed"],
    // Presents and futures with another stem than the infinitive's: закрыть → закроют, приехать → приедут.
    ["закроют", "closed"],
    ["откроют", "open"],
    ["приедут", "arrive"],
    ["поправок", "amendment"],
    ["ввели", "imposed"],
    ["проблему", "problem"],
    ["добровольцы", "volunteer"],
    ["госпитали", "hospital"],
    ["ассамблеи", "assembly"],
    // A vowel that drops out before the last consonant: день → дня, посол → послы, огонь → огня.
    ["дней", "days"],
    ["днями", "day"],
    ["послы", "ambassador"],
    ["огня", "fire"],
    ["ветра", "wind"],
    // A verb's last consonant changed in its participle: освободить → освобождены.
    ["освобождены", "released"],
    ["повреждено", "damaged"],
    ["запрещены", "banned"],
    // A present gerund the stemmer reads as an adjective: подписывая, обсуждая.
    ["подписывая", "sign"],
    ["обсуждая", "discuss"],
    // The past of a verb whose root is too short to reach it: снять → сняли, рухнуть → рухнул.
    ["сняли", "lifted"],
    ["рухнул", "collapsed"],
    // Presents and futures with another stem: введут, изберут, назовут.
    ["введут", "imposed"],
    ["изберут", "elected"],
    ["назовут", "named"],
    // Linked through the Russian they share, a verb's aspect pairs counted as one sense.
    ["came", "arrived"],
    ["began", "started"],
    ["condemned", "convicted"],
    ["sentenced", "convicted"],
    // A noun's plural of another root: a line's «ребёнок» is also «дети».
    ["kids", "детей"],
    // The unrest is the riots a report writes of.
    ["unrest", "riots"],
    // Pupils are children: «сколько детей ехало» of «находились 19 учащихся».
    ["детей", "учащихся"],
    ["kids", "pupils"],
    // A noun's feminine: «слон» is also «слониха», «волк» «волчица», «турист» «туристка».
    ["elephant", "слониху"],
    ["wolf", "волчица"],
    ["tourist", "туристке"],
  ])("%s meets %s", (a, b) => {
    expect(meet(a, b)).toBe(true);
  });

  it.each([
    ["population", "people"],
    ["kill", "go"],
    ["us", "США"],
    ["fire", "people"],
    ["specimen", "spice"],
    ["машиниста", "машины"],
    ["поставки", "пост"],
    ["living", "keep"],
    ["held", "владелец"],
    // A feminine form the lexicon has a line of its own for is its own word: «столица» is no table.
    ["table", "столица"],
    // A short root made by a changed consonant would meet other words by their first letters.
    ["прошлый", "ask"],
    // Links do not chain: "sentence" ~ "convict" (WordNet) and "convict" ~ "condemn" (осудить) do
    // not make a sentence a condemnation.
    ["sentence", "condemned"],
    ["dice", "die"],
    // A phrase whose other words are stop words lends its sense to nothing ("take place", «не допускать»).
    ["place", "произошло"],
    ["допустили", "prevent"],
    ["состоянии", "able"],
    // An address's abbreviation is its word alone, not a longer word its letters begin (перила, облить).
    ["пер", "перила"],
    ["обл", "облили"],
  ])("%s does not meet %s", (a, b) => {
    expect(meet(a, b)).toBe(false);
  });

  it("counts an acronym in capitals, and one typed in lower case of 3+ letters or of 2 without a vowel, but not a 2-letter word", () => {
    expect(conceptsOf("US")).toContain("USA");
    expect(conceptsOf("фсб").length).toBeGreaterThan(0);
    expect(conceptsOf("us")).not.toContain("USA");
    // Two letters without a vowel are no word: «жд» is the railway, as «ЖД» is.
    expect(conceptsOf("жд")).toContain("ЖД");
  });

  it("matches an acronym the lexicon writes in lower case as the acronym, never by its stem", () => {
    // «мидий» (mussels) stems to «мид»: it is not the Foreign Ministry (it is mussels).
    expect(conceptsOf("МИД").length).toBeGreaterThan(0);
    expect(conceptsOf("мидий").filter((c) => conceptsOf("МИД").includes(c))).toEqual([]);
    expect(conceptsOf("мидий")).toContain("mussel");
    // Nor is «МИД» mussels: an acronym is its organisation, and what the lexicon lines writing it say.
    expect(conceptsOf("МИД")).not.toContain("mussel");
    expect(conceptsOf("МЧС")).toContain("emergencies ministry");
    expect(conceptsOf("мид")).toEqual(conceptsOf("МИД"));
    // The lexicon line's headword still says the organisation: "emergencies ministry" ~ «МЧС».
    const [emergencies] = defaultAnalyzer().analyze("the emergencies ministry");
    expect(emergencies?.concepts.some((c) => conceptsOf("МЧС").includes(c))).toBe(true);
  });

  it("knows everyday abbreviations of incident news, typed in capitals or in lower case, by their full names", () => {
    // «пожар в пни»: a psychoneurological home, not tree stumps («пни»), whose full name the article writes.
    const [home] = defaultAnalyzer().analyze("в психоневрологическом интернате");
    expect(conceptsOf("пни")).toContain("ПНИ");
    expect(conceptsOf("пни")).not.toContain("stump");
    expect(home?.concepts).toContain("ПНИ");
    const [hospital] = defaultAnalyzer().analyze("the central district hospital");
    expect(hospital?.concepts).toContain("ЦРБ");
    expect(conceptsOf("црб")).toContain("ЦРБ");
  });

  it("takes an official representative for the spokesman a translated report calls so", () => {
    const tokens = defaultAnalyzer().analyze("Aibek Smadiyarov, the official representative of the Ministry");
    expect(tokens.some((t) => t.concepts.includes("spokesman"))).toBe(true);
  });

  it("learns acronyms an article spells out", () => {
    const vocabulary = sharedVocabulary().withAcronyms([["ЕНП", "Енисейская нефтяная палата"]]);
    expect(conceptsOf("ЕНП", vocabulary)).toContain("ЕНП");
    expect(conceptsOf("ЕНП")).not.toContain("ЕНП");
  });

  it("links English words through an unambiguous shared Russian equivalent, never through a line that mixes senses", () => {
    const links = pivotLinks(
      new Map([
        ["blizzard", ["метель", "вьюга"]],
        ["snowstorm", ["метель", "снежная буря"]],
        ["fire", ["пожар", "огонь", "стрелять", "увольнять", "уволить", "пламя", "возгорание"]],
        ["shoot", ["стрелять", "выстрелить"]],
      ]),
    );
    expect(links).toEqual([["blizzard", "snowstorm"]]);
  });

  it("counts a verb's aspect pair as one sense: a line of four verbs in pairs is not a line that mixes senses", () => {
    const arrive = ["прибывать", "прибыть", "приезжать", "приехать", "прилетать", "прилететь", "приходить", "прийти"];
    expect(senseCount(arrive)).toBe(5);
    expect(senseCount(["пожар", "огонь", "стрелять", "увольнять", "уволить", "пламя", "возгорание"])).toBe(6);
    const links = pivotLinks(new Map([["arrive", arrive], ["come", ["приходить", "прийти", "приезжать", "приехать"]]]));
    expect(links).toEqual([["arrive", "come"]]);
  });
});

describe("feminineForms", () => {
  it.each([
    ["слон", ["слониха", "слоница"]],
    ["волк", ["волкиха", "волчица"]],
    ["медведь", ["медведиха", "медведица"]],
    ["турист", ["туристиха", "туристица", "туристка"]],
    ["вода", []],
    ["fire", []],
  ])("%s → %j", (word, forms) => {
    expect(feminineForms(word)).toEqual(forms);
  });
});
