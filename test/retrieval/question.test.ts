import { describe, expect, it } from "vitest";
import { defaultAnalyzer, type Token } from "../../src/text/analyzer.ts";
import { analyzeQuestion, type NameTest, type TermRole } from "../../src/retrieval/question.ts";

/** Names as the articles would write them (users type them in lower case). */
const KNOWN_NAMES = new Set(["dagestan", "derbent", "tokayev", "almati", "crocus", "дагестан", "токаев"]);
const names: NameTest = {
  isName: (token: Token) => KNOWN_NAMES.has(token.stem),
  continuesName: () => false,
};
const rolesOf = (question: string, emphasis?: string): Record<string, TermRole> =>
  Object.fromEntries(
    analyzeQuestion(question, defaultAnalyzer(), names, emphasis ? { emphasis } : {}).terms.filter((t) => !t.token.joined).map((t) => [t.token.original, t.role]),
  );

describe("analyzeQuestion: what is asked about", () => {
  it.each([
    ["What is the population of Derbent?", { population: "focus", Derbent: "anchor" }],
    ["what is the population of derbent", { population: "focus", derbent: "anchor" }],
    ["how many were killed in the dagestan attacks", { killed: "focus", dagestan: "anchor", attacks: "topic" }],
    ["how many attackers were killed in dagestan", { attackers: "focus", killed: "focus", dagestan: "anchor" }],
    ["Сколько детей у Токаева?", { детей: "focus", Токаева: "anchor" }],
    ["What did the Apollo 11 crew bring back?", { Apollo: "anchor", "11": "anchor", crew: "focus", bring: "focus", back: "focus" }],
    ["what kind of help did tokayev offer", { kind: "generic", help: "focus", tokayev: "anchor", offer: "focus" }],
    // Chat's yes and no, and the figures asked for as the asker names them, say nothing of the scene.
    ["did anyone report the alarm was faulty or nah", { anyone: "generic", report: "focus", alarm: "focus", faulty: "focus", nah: "generic" }],
    ["how many injured in the tram vs bus crash", { injured: "focus", tram: "topic", vs: "generic", bus: "topic", crash: "topic" }],
    ["сколько задержали по данным мвд, какие цифры", { задержали: "focus", данным: "generic", мвд: "anchor", цифры: "generic" }],
    ["What happened in Almaty?", { happened: "generic", Almaty: "anchor" }],
    ["how big was the area of the fire in the concert hall", { big: "generic", area: "focus", fire: "topic", concert: "topic", hall: "topic" }],
    ["what started the fire", { started: "focus", fire: "focus" }],
    ["which band was supposed to perform", { band: "topic", supposed: "generic", perform: "focus" }],
    ["which band was meant to perform at crocus", { band: "topic", meant: "generic", perform: "focus", crocus: "anchor" }],
    ["кто подписал указ о трауре", { подписал: "focus", указ: "focus", трауре: "topic" }],
    // Give and get say less than the answer's own verb: «дадут» is «выплатят».
    // A reason question's verb of causing asks for the cause and says nothing; a sum's name after "what" is what is asked.
    ["what caused the explosion at the plant", { caused: "generic", explosion: "focus", plant: "topic" }],
    ["что вызвало взрыв на заводе", { вызвало: "generic", взрыв: "focus", заводе: "topic" }],
    ["what ransom did the hackers want", { ransom: "focus", hackers: "focus", want: "generic" }],
    // A question for the law's article: the case and its opening are what any article cited answers.
    ["по какой статье завели уголовку из-за лавины", { статье: "generic", завели: "generic", уголовку: "generic", лавины: "focus" }],
    ["which article of the criminal code did they open the case under", { article: "generic", criminal: "generic", code: "topic", open: "generic", case: "generic" }],
    ["какую компенсацию дадут семьям погибших", { компенсацию: "focus", дадут: "generic", семьям: "focus", погибших: "focus" }],
    ["почему в старом центре Дагестана обрушилось столько домов", { старом: "topic", центре: "topic", Дагестана: "anchor", обрушилось: "focus", столько: "generic", домов: "focus" }],
    // A heading before the question sets the scene; the question after it says what is asked.
    ["derbent bridge collapse - how many were hurt", { derbent: "anchor", bridge: "topic", collapse: "topic", hurt: "focus" }],
    ["наводнение в дагестане: сколько домов затопило", { наводнение: "topic", дагестане: "anchor", домов: "focus", затопило: "focus" }],
    // A greeting before the dash is no heading.
    ["hey quick one - who declared the emergency", { quick: "focus", one: "focus", declared: "focus", emergency: "focus" }],
    // A money question's own words are what the sum answers.
    ["how much money did the families get", { money: "generic", families: "focus" }],
    // The kind of answer after a "what" word is not a word of the scene; nor are chat contractions.
    ["what time did police arrive at the brawl", { time: "generic", police: "focus", arrive: "focus", brawl: "topic" }],
    ["по какой статье завели дело", { статье: "generic", завели: "focus", дело: "focus" }],
    ["с какого числа начнут отключения", { числа: "generic", начнут: "focus", отключения: "focus" }],
    ["how long till they shut it", { long: "generic", till: "generic", shut: "focus" }],
    ["во сколько оценили ремонт моста", { оценили: "generic", ремонт: "focus", моста: "focus" }],
    // The name of a sum tells which sum is asked: the quote holds it ("Ransom demanded: $4.5 million").
    ["how much ransom did the hackers want", { ransom: "focus", hackers: "focus", want: "generic" }],
    ["сколько денег получат семьи", { денег: "generic", получат: "generic", семьи: "focus" }],
    ["how much compensation did the families get", { compensation: "focus", families: "focus" }],
    // The institution whose name is asked is what the quote names ("which hospital": a hospital).
    ["which hospital did they take the sailors to", { hospital: "focus", sailors: "focus" }],
    // The agent after a passive verb is what a yes/no question checks, not a scene.
    ["was the fire at the depot caused by a cigarette", { fire: "focus", depot: "topic", caused: "focus", cigarette: "focus" }],
    ["how long is the heat in the south expected to last", { long: "generic", heat: "focus", south: "topic", expected: "focus", last: "generic" }],
    // The word of a date after its year.
    ["что случилось в дагестане в 2024 году", { случилось: "generic", дагестане: "anchor", "2024": "generic", году: "generic" }],
    // "whats", "whos": a question word with "is" run in, as users type it.
    ["whats the name of the mayor", { name: "generic", mayor: "focus" }],
    // A measure's modifier is part of the measure.
    ["what was the max speed of the wind", { max: "generic", speed: "generic", wind: "topic" }],
    // The name of the measure the unit gives is what the number answers.
    ["what was the top speed the ferry reached", { top: "generic", speed: "generic", ferry: "focus", reached: "focus" }],
    ["what year was the crocus city hall in dagestan founded", { year: "generic", crocus: "anchor", city: "focus", hall: "focus", dagestan: "anchor", founded: "focus" }],
    ["how many people were hurt when the bridge in derbent collapsed", { people: "generic", hurt: "focus", bridge: "focus", derbent: "anchor", collapsed: "topic" }],
    ["из-за чего сгорел дом", { сгорел: "focus", дом: "focus" }],
    // The text named as such is no scene; "ended up" frames the verb after it.
    ["who heads the vet department in the pig plague story", { heads: "focus", vet: "focus", department: "focus", pig: "topic", plague: "topic", story: "generic" }],
    ["сколько свиней уничтожили на ферме в том сюжете", { свиней: "focus", уничтожили: "focus", ферме: "topic", сюжете: "generic" }],
    ["how many people ended up buried", { people: "generic", ended: "generic", buried: "focus" }],
    // Indefinite and negative pronouns stand for what the answer names, not for the scene.
    ["was anybody injured in the post office", { anybody: "generic", injured: "focus", post: "topic", office: "topic" }],
    ["почему снег с крыши никто не убирал", { снег: "focus", крыши: "topic", никто: "generic", убирал: "focus" }],
    ["what happened that night in derbent", { happened: "generic", night: "topic", derbent: "anchor" }],
    ["what is the damage to the plant near derbent", { damage: "focus", plant: "focus", near: "generic", derbent: "anchor" }],
    ["how many people were inside the ring", { people: "generic", inside: "generic", ring: "topic" }],
    ["из-за чего пришлось закрыть другие дороги", { пришлось: "generic", закрыть: "focus", дороги: "focus" }],
    // With nothing else asked about, the category after "what/какой" is what is asked.
    ["какая погода будет в Дербенте", { погода: "focus", Дербенте: "anchor" }],
    ["какая зарплата у шахтёров в Дербенте", { зарплата: "focus", шахтёров: "topic", Дербенте: "anchor" }],
    ["which days were days of mourning in dagestan", { days: "topic", mourning: "topic", dagestan: "anchor" }],
    // A verb of an event closing a "did" question after a phrase of place is its verb, not the place's word.
    ["why did the ramp at port derbent collapse", { ramp: "focus", port: "topic", derbent: "anchor", collapse: "focus" }],
    ["did the detectors work during the ammonia leak", { detectors: "focus", work: "focus", ammonia: "topic", leak: "topic" }],
    // The word of an age is the kind of answer; the person it is of is asked about.
    ["age of the driver hurt by falling ice", { age: "generic", driver: "focus", hurt: "topic", falling: "topic", ice: "topic" }],
    ["возраст задержанного за убийство в клубе", { возраст: "generic", задержанного: "focus", убийство: "topic", клубе: "topic" }],
  ] as const)("%s", (question, roles) => {
    expect(rolesOf(question)).toEqual(roles);
  });

  it("in a follow-up searched with the previous question, the follow-up's own words are the focus", () => {
    expect(rolesOf("How many people died in Dagestan? And how many were injured?", "And how many were injured?")).toMatchObject({
      died: "topic",
      injured: "focus",
      Dagestan: "anchor",
    });
  });

  it("keeps the question's numbers and words, which are never an answer to it (a name it already says)", () => {
    const analysis = analyzeQuestion("What did the Apollo 11 crew bring back?", defaultAnalyzer(), names);
    expect(analysis.numbers).toEqual(new Set(["11"]));
    expect(analysis.names).toContain("apollo");
    expect(analysis.names).toContain("crew");
    expect(analysis.names).not.toContain("11");
    expect(analysis.answerType).toBe("other");
  });
});

describe("analyzeQuestion: the words that say which event is asked about", () => {
  const sceneOf = (question: string): string[] =>
    analyzeQuestion(question, defaultAnalyzer(), names).terms.filter((t) => t.scene).map((t) => t.token.original);
  it.each([
    ["how many people died in the 2011 earthquake", ["earthquake"]],
    ["сколько человек погибло при наводнении в дагестане", ["наводнении"]],
    ["what was damaged during the riots in almaty", ["riots"]],
    // Times, the kind of answer, a part of a whole and a source say nothing of which event.
    ["what happened in January in derbent", []],
    ["в каком году основали завод", []],
    ["what city hosted the summit", []],
    ["кто из бойцов отреагировал на атаки в дагестане", ["атаки"]],
    ["which of the attackers were arrested", []],
    ["сколько человек погибло по первым данным", []],
    // A quantity in words, like one in figures, says how much, not which event; nor does "the rest".
    ["объявили траур на три дня после терактов", ["терактов"]],
    ["what was found on the 4th floor after the blast", ["floor", "blast"]],
    ["сколько жильцов вывели из остальных подъездов", ["подъездов"]],
    // A compound preposition's noun is part of the preposition ("during", "in the course of").
    ["сколько людей задержали во время беспорядков", ["беспорядков"]],
    ["что разрушили в ходе штурма", ["штурма"]],
    ["какие санкции грозят компании со стороны штата", ["штата"]],
    // Set phrases frame the question; "name of" asks for what follows; «самый» intensifies.
    ["what started the fire in the first place", []],
    ["кто на самом деле виноват в аварии", ["аварии"]],
    // How it was done is asked, not where: "on purpose", «по ошибке»; «снова» ("again") is a stop word.
    ["was the stables fire started on purpose or was it an accident", []],
    ["почему по ошибке открыли шлюз на плотине", ["плотине"]],
    ["когда в кремнево снова дадут газ", ["кремнево"]],
    ["name of the instructor killed in the avalanche", ["avalanche"]],
    // A preposition before a subject is a conjunction opening a clause, and "under control" a state: neither says where.
    ["how long was the bull loose at the showground before they got it under control", ["showground"]],
    ["what happened after they closed the bridge", []],
    ["who was the guard on duty the night of the museum robbery", ["museum", "robbery"]],
    ["почему отключилась подстанция в самую жару", ["жару"]],
    // A month written short beside a year or a day is a time, as the month written out is.
    ["who was mayor of almaty in jan 2022", []],
    ["что случилось в метро 5 сент", []],
    // A word that only describes the thing's size or age is no scene a report need repeat.
    ["who did cpr on the little goalkeeper", ["goalkeeper"]],
    ["что случилось в маленьком кафе на старом вокзале", ["кафе", "вокзале"]],
    ["что случилось в старых домах на набережной", ["домах", "набережной"]],
  ] as const)("%s → %j", (question, scene) => {
    expect(sceneOf(question)).toEqual(scene);
  });

  it.each([
    ["подскажите пожалуйста сколько человек погибло в дагестане спасибо", "сколько человек погибло в дагестане"],
    ["please tell me how many people died in dagestan, thanks", "tell me how many people died in dagestan"],
    ["не подскажете, сколько человек погибло в дагестане", "сколько человек погибло в дагестане"],
  ])("reads no courtesy as a word asked about: %s", (polite, plain) => {
    const words = (question: string) => analyzeQuestion(question, defaultAnalyzer(), names).terms.map((t) => [t.token.original, t.role, t.scene === true]);
    expect(words(polite)).toEqual(words(plain));
  });

  it("reads the bot greeted by name as no word asked about (\"hey bot, …\", «привет бот, …»)", () => {
    for (const question of ["hey bot, how many people died in dagestan??", "привет бот, сколько человек погибло в дагестане"]) {
      const bot = analyzeQuestion(question, defaultAnalyzer(), names).terms.find((t) => /^(?:bot|бот)$/u.test(t.token.folded));
      expect(bot?.role ?? "generic").toBe("generic");
    }
  });

  it("takes no person for a scene: the mom of the guy who died is not where it happened", () => {
    const people: NameTest = { ...names, isPersonNoun: (token: Token) => ["guy", "pensioner"].includes(token.folded) };
    const scene = (question: string) => analyzeQuestion(question, defaultAnalyzer(), people).terms.filter((t) => t.scene).map((t) => t.token.original);
    expect(scene("how much will they pay the mom of the guy who died in the cafe blast")).toEqual(["cafe", "blast"]);
    expect(sceneOf("how much will they pay the mom of the guy who died in the cafe blast")).toEqual(["guy", "cafe", "blast"]);
  });

  it("takes a name asked of a noun for a person as a person question, not of a thing", () => {
    const people: NameTest = { ...names, isPersonNoun: (token: Token) => ["sister", "медсестры", "attackers", "driver", "governor"].includes(token.folded) };
    const type = (question: string) => analyzeQuestion(question, defaultAnalyzer(), people).answerType;
    expect(type("whats the name of marisol ortegas sister")).toBe("person");
    expect(type("имя медсестры из медиком плюс")).toBe("person");
    expect(type("what were the names of the four attackers")).toBe("person");
    expect(type("what's the tanker driver called")).toBe("person");
    expect(type("krasnoyarsk governor name after the explosion")).toBe("person");
    expect(type("what's the name of the ship")).toBe("other");
    expect(type("what is the new law called")).toBe("other");
  });

  it("takes a direction after \"how deep / far\" as part of the measure asked for", () => {
    const roles = (q: string) => Object.fromEntries(analyzeQuestion(q, defaultAnalyzer(), names).terms.map((t) => [t.token.original, t.role]));
    expect(roles("how deep underground was the quake")).toMatchObject({ deep: "generic", underground: "generic", quake: "focus" });
    expect(roles("how far inland did the oil spread")).toMatchObject({ far: "generic", inland: "generic", oil: "focus" });
  });

  it("does not ask about a chatty preamble: \"i read that…\", «читал…, так и не понял»", () => {
    const focusOf = (q: string) => analyzeQuestion(q, defaultAnalyzer(), names).terms.filter((t) => t.role === "focus").map((t) => t.token.original);
    expect(focusOf("i read that parents are suing the caterer, how much do they want")).toEqual(["parents", "suing", "caterer"]);
    expect(focusOf("читал про лавину, так и не понял почему она сошла")).toEqual(["сошла"]);
    expect(focusOf("было ли такое что водитель уснул")).toEqual(["водитель", "уснул"]);
  });

  it("does not ask about the frame of a yes/no question: \"is it true\", «правда ли»", () => {
    for (const question of ["is it true they sold more tickets than allowed", "правда ли что продали больше билетов"]) {
      const focus = analyzeQuestion(question, defaultAnalyzer(), names).terms.filter((t) => t.role === "focus").map((t) => t.token.original);
      expect(focus).not.toContain("true");
      expect(focus).not.toContain("правда");
      expect(focus.length).toBeGreaterThan(1);
    }
  });

  it.each([
    ["what sentence did captain stavros kondylis get", ["sentence"]],
    ["почему губернатор андрей корнеев уволил мастера", ["уволил", "мастера"]],
    // A question for a person asks who holds the role.
    ["кто аким алматы", ["аким"]],
  ])("a role right before a name is part of the name: %s → focus %j", (question, focus) => {
    const names: NameTest = { isName: (t) => ["stavros", "kondylis", "андрей", "корнеев", "алматы"].includes(t.folded), continuesName: () => false };
    expect(analyzeQuestion(question, defaultAnalyzer(), names).terms.filter((t) => t.role === "focus").map((t) => t.token.original)).toEqual(focus);
  });

  it("takes a generic word typed in lower case for no name, whatever name of the articles it sounds like", () => {
    const soundAlike: NameTest = { isName: (t) => ["вообще", "сошел"].includes(t.folded), continuesName: () => false };
    const roles = Object.fromEntries(analyzeQuestion("почему вообще сошел сель", defaultAnalyzer(), soundAlike).terms.map((t) => [t.token.original, t.role]));
    expect(roles).toEqual({ вообще: "generic", сошел: "anchor", сель: "focus" });
  });

  it("keeps the years a question names, which date the event asked about", () => {
    const analysis = analyzeQuestion("who won the 2018 world cup final, the 3rd in a row", defaultAnalyzer(), names);
    expect(analysis.years.map((t) => t.token.folded)).toEqual(["2018"]);
    expect(analyzeQuestion("кому проиграли финал в 2006 году", defaultAnalyzer(), names).years.map((t) => t.token.folded)).toEqual(["2006"]);
    expect(analyzeQuestion("how many of the 3000 detained were freed", defaultAnalyzer(), names).years).toEqual([]);
  });
});

describe("analyzeQuestion: what a price question prices", () => {
  it.each([
    ["сколько стоил билет на финал", "билет"],
    ["почем были билеты на финал кубка", "билеты"],
    ["билет в аквапарк сколько стоил", "билет"],
    ["сколько стоила бы замена водовода", "замена"],
    ["how much did the crashed helicopter cost", "helicopter"],
    ["how much will it cost to repair the road", "repair"],
    ["cost of the search operation for the hikers", "search"],
    ["how many people died", null],
  ] as const)("%j prices %j", (question, priced) => {
    expect(analyzeQuestion(question, defaultAnalyzer(), names).priced?.token.original ?? null).toBe(priced);
  });
});

describe("analyzeQuestion: the thing whose kind a question asks", () => {
  it.each([
    ["what type of shark bit the tourist", "shark"],
    ["which breed of dog attacked the boy", "dog"],
    ["что за акула покусала туриста", "акула"],
    ["какой породы была собака", "собака"],
    ["what kind of help did tokayev offer", "help"],
    ["why did the shark bite the tourist", null],
    ["что за причина пожара", null],
  ] as const)("%j asks the kind of %j", (question, kind) => {
    expect(analyzeQuestion(question, defaultAnalyzer(), names).kindOf?.token.original ?? null).toBe(kind);
  });
});

describe("analyzeQuestion: the verb of a beginning a date question asks about", () => {
  it.each([
    ["when was the millwater pool built", "built"],
    ["в каком году построили завод", "построили"],
    ["когда основан стадион", "основан"],
    ["what year did the water park first open", "open"],
    ["when was the body found", null],
    ["when did the fire start", null],
    ["how many pools were built", null],
    // Opening again is no beginning.
    ["when will the museum open again", null],
    ["когда снова откроют экотропу", null],
  ] as const)("%j asks when something began by %j", (question, origin) => {
    expect(analyzeQuestion(question, defaultAnalyzer(), names).origin?.token.original ?? null).toBe(origin);
  });
});

describe("analyzeQuestion: what a name question's person did", () => {
  it.each([
    ["what is the name of the instructor detained over the avalanche", "detained"],
    ["как зовут продавца которого ранили ножом на рынке", "ранили"],
    ["whats the name of the lorry driver who fell asleep", "fell"],
    // What a thing did is not the person's deed.
    ["как зовут капитана парома который перевернулся", null],
    ["what was the name of the driver", null],
    ["who detained the instructor", null],
  ])("%j: %j", (question, deed) => {
    // (Nouns for a person come from WordNet and the lexicon in the bot; here, from a short list.)
    const people: NameTest = { ...names, isPersonNoun: (t) => ["instructor", "продавц"].includes(t.stem) };
    expect(analyzeQuestion(question, defaultAnalyzer(), people).deed?.token.original ?? null).toBe(deed);
  });
});

describe("analyzeQuestion: the verb of a question who made a thing", () => {
  it.each([
    ["who built the zarechny bridge", "built"],
    ["кто построил храм в 1754 году", "построил"],
    ["какая фирма изготовила тормозной блок", "изготовила"],
    // A light verb makes nothing: "made the call", «сделал заявление».
    ["who made the call to open the gates", null],
    ["who died in the fire", null],
  ])("%j: %j", (question, origin) => {
    expect(analyzeQuestion(question, defaultAnalyzer(), names).origin?.token.original ?? null).toBe(origin);
  });
});

describe("analyzeQuestion: the name of the sum a money question asks", () => {
  it.each([
    ["how much damage in rubles did the blast cause", "damage"],
    ["how big was the fine the contractor got", "fine"],
    ["на какую сумму был контракт с подрядчиком", "контракт"],
    ["какой ущерб от метели в рублях", "ущерб"],
    // An exchange rate: a sum of money only the rate's quote gives (a ransom in dollars is none).
    ["курс доллара к рублю сегодня", "курс"],
    // A compensation is told by its verb («выплатят»): any sum paid answers.
    ["how much compensation do the families get", null],
    ["how many people died", null],
  ])("%j: %j", (question, sum) => {
    expect(analyzeQuestion(question, defaultAnalyzer(), names).sum?.token.original ?? null).toBe(sum);
  });
});

describe("analyzeQuestion: the unit of time a count of time asks in", () => {
  it.each([
    ["сколько минут длился телефонный разговор", "minute"],
    ["how many days of mourning did dagestan declare", "day"],
    ["how many hours was the girl under the rubble", "hour"],
    ["how many people died", null],
    ["how long did the call last", null],
  ])("%j asks in %j", (question, unit) => {
    expect(analyzeQuestion(question, defaultAnalyzer(), names).timeUnit).toBe(unit);
  });
});

describe("analyzeQuestion: what a count or measure question counts or measures", () => {
  it.each([
    ["how many armed criminals were killed", ["armed", "criminals"]],
    ["how many soldiers showed up at the square", ["soldiers"]],
    ["сколько вооруженных преступников ликвидировали", ["вооруженных", "преступников"]],
    ["сколько полицейских погибло в дагестане", ["полицейских"]],
    ["сколько зрителей пришло на матч", ["зрителей"]],
    ["number of riot instigators inside the ring", ["riot", "instigators"]],
    ["how many people died in Dagestan", []],
    ["сколько человек погибло", []],
    // «Народ» and "folks" are people in general too.
    ["скока народу пришло на финал", []],
    ["how many folks got sick", []],
    ["how much rain was recorded in the catchment", ["rain"]],
    ["сколько осадков выпало", ["осадков"]],
    ["сколько лет машинисту", []],
    ["when did it start", []],
    // An English plural noun heads the phrase: the word after it is its verb, irregular or not.
    ["how many firefighters came to the stampede", ["firefighters"]],
    ["how many women went missing", ["women"]],
    ["how many bus passengers were hurt", ["bus", "passengers"]],
  ])("%j counts %j", (question, counted) => {
    expect(analyzeQuestion(question, defaultAnalyzer(), names).counted.map((t) => t.token.original)).toEqual(counted);
  });
});

describe("analyzeQuestion: a question that only a name answers", () => {
  const personNames: NameTest = { ...names, isPersonNoun: (token: Token) => ["cook", "walker", "driver", "повар"].includes(token.stem) };
  const analysed = (question: string) => analyzeQuestion(question, defaultAnalyzer(), personNames);
  it.each([
    // "X's name" without a question word for it.
    ["whats the cooks name at the cafe", "person", true],
    // A person told by an age: "name of the 19 yr old…".
    ["name of the 19 yr old they arrested for the yard fire", "person", true],
    // "who was the <noun for a person>": who that person is.
    ["who was the walker killed by lightning on the ridge", "person", true],
    ["whos the driver of the bus", "person", true],
    // A plain "who" asks who did it: a role word may answer.
    ["who stopped the race", "person", false],
    ["who was killed by lightning", "person", false],
  ])("%s → %s, name required: %s", (question, type, roleAsked) => {
    const q = analysed(question);
    expect(q.answerType).toBe(type);
    expect(q.roleAsked).toBe(roleAsked);
  });
  it("reads the age of the person asked for", () => {
    expect(analysed("name of the 19 yr old they arrested").agedPerson).toBe("19");
  });
});

describe("analyzeQuestion: which company", () => {
  it.each([
    ["which firm fitted the boiler at the school", true],
    ["какая компания обслуживает электросети", true],
    ["какая фирма ремонтировала мост", true],
    ["which haulage company owned the truck", true],
    // An institution or another kind of body is not a company: its own word answers it.
    ["which hospital did they take the sailors to", false],
    ["which band was supposed to play", false],
    // Nor is a company word in a question that asks something else.
    ["how much did the company pay the families", false],
  ] as const)("%j asks which company: %s", (question, expected) => {
    expect(analyzeQuestion(question, defaultAnalyzer(), names).companyAsked).toBe(expected);
  });
});

describe("analyzeQuestion: a thing's name", () => {
  it.each([
    ["what make of car does he drive", true],
    ["whats the name of the farm that sold the eggs", true],
    ["как называлась церковь которую обстреляли", true],
    ["какой марки был грузовик", true],
    // A person's name is a person question's (`roleAsked`); a question that asks no name asks none.
    ["whats the name of the driver", false],
    ["what happened at the farm", false],
  ] as const)("%j asks for a thing's name: %s", (question, expected) => {
    expect(analyzeQuestion(question, defaultAnalyzer(), names).thingNameAsked).toBe(expected);
  });
});
