import { describe, expect, it } from "vitest";
import { agedPersonOf, answerTypeOf, asksForPunishment, statesPunishment, asksSentenceGiven, statesSentencePassed, asksForTenure, statesTenure, asksForLawArticle, citesLawArticle, rateAsked, statesRate, asksForClockTime, asksForYear, asksForName, asksForPopulation, statesPopulation, causePhrases, namesRole, asksForAge, asksForDuration, asksForInstructions, asksForMeasure, measureUnitsOf, findDate, hasQuantity, holdsAnswerType, holdsUntilDate, headsCause, statesCauseOutright, statesTimeUnit, asksForStatement, reportsSpeech, asksForFinding, statesFinding, asksWhoHolds, timeUnitOf, typeEvidence, UNTIL_DATE_PATTERN } from "../../src/retrieval/answer-type.ts";

describe("answerTypeOf", () => {
  it.each([
    ["How many people died in the Crocus City Hall attack?", "quantity"],
    ["how much damage did the riots cause", "quantity"],
    ["Сколько человек пострадало?", "quantity"],
    ["во сколько оценили ущерб", "quantity"],
    // A number's name after "what" / «какой»: the answer is a number.
    ["what was the final score", "quantity"],
    // A question asked inside a request: its question word, not the request's yes/no auxiliary.
    ["do you know how many people died in dagestan", "quantity"],
    ["can you tell me when the fire started?", "date"],
    ["не подскажете, сколько человек погибло", "quantity"],
    ["вы не знаете, где это было", "place"],
    ["do you know if anyone died", "yes-no"],
    // A Russian indefinite pronoun asks whether, not who: «кто-нибудь погиб?».
    ["кто-нибудь погиб на карусели?", "yes-no"],
    ["погиб кто-то при обрушении", "yes-no"],
    ["кто погиб при обрушении", "person"],
    ["can you tell me about the fire", "yes-no"],
    ["what is the population of makhachkala", "quantity"],
    ["what magnitude was the quake", "quantity"],
    ["с каким счетом закончился финал", "quantity"],
    ["какая зарплата у шахтёров", "quantity"],
    ["какова численность контингента", "quantity"],
    ["population of harlow falls ohio", "quantity"],
    ["price per square metre at the new block", "quantity"],
    ["население махачкалы", "quantity"],
    // A role ending a question typed as a search asks for its holder.
    ["sea lantern captain", "person"],
    ["больница азовопольска главврач", "person"],
    ["the captain said what", "other"],
    ["what was the scene like at the station", "other"],
    ["какая была обстановка на вокзале", "other"],
    ["When did the shooting happen", "date"],
    ["what time did the derailment happen", "date"],
    ["Когда объявили траур?", "date"],
    ["во сколько произошёл взрыв", "date"],
    ["во сколько раз хром в ручье выше нормы", "quantity"],
    ["какого числа были нападения", "date"],
    ["Who signed the decree?", "person"],
    ["кто подписал указ", "person"],
    ["как звали машиниста", "person"],
    ["Where were the terrorists detained?", "place"],
    ["где напали на пост", "place"],
    ["в каком городе пройдёт саммит", "place"],
    ["Why did the president travel to Almaty?", "reason"],
    ["зачем токаев приехал в алматы", "reason"],
    ["почему начался пожар", "reason"],
    ["от чего умер пенсионер", "reason"],
    ["из за чего произошло обрушение на шахте", "reason"],
    // "What started it", and a cause asked as a search.
    ["what started the house fire", "reason"],
    ["scooter depot fire cause", "reason"],
    ["cause of the blast at the plant", "reason"],
    ["причина пожара в общежитии", "reason"],
    // The dead or hurt named last in a search: their number.
    ["m38 pileup deaths", "quantity"],
    ["лавина джельгек погибшие", "quantity"],
    ["лавина в парке число жертв", "quantity"],
    ["names of the dead", "person"],
    // After a "what" and its noun, "when" opens a clause that sets the moment: no date is asked.
    ["what song were they playing when the crush started", "other"],
    ["какая погода была утром когда рухнул паркинг", "other"],
    ["what time did the boat leave when the storm came", "date"],
    ["what day was it when the fire started", "date"],
    ["how wide was the borehole", "quantity"],
    ["how hot did it get in rostov", "quantity"],
    ["какой ширины была скважина", "quantity"],
    ["Which band was supposed to perform?", "organisation"],
    ["which hacker group is behind the attack", "organisation"],
    ["какая хакерская группировка стоит за атакой", "organisation"],
    ["какую компанию оштрафовали", "organisation"],
    // A named institution: its name answers.
    ["which hospital were the miners taken to", "organisation"],
    ["в какую больницу увезли пострадавших", "organisation"],
    ["как долго продлится жара", "quantity"],
    ["did Interpol offer help", "yes-no"],
    ["правда ли что протесты начались из-за газа", "yes-no"],
    ["What did the CSTO decide?", "other"],
    ["what made the ferry roll over", "reason"],
    ["что привело к аварии на трассе", "reason"],
    // The question word that comes first decides.
    ["кто был мэром города когда случилось наводнение", "person"],
    ["who was the governor when the dam burst", "person"],
    ["when did the man who led the rescue arrive", "date"],
    // A Russian question word closing a question typed as a search.
    ["ущерб от пожара какой", "quantity"],
    ["погибших в дагестане сколько", "quantity"],
    ["теракт в крокусе когда", "date"],
    // An English question word closing a question typed as a search: a "who" of a relative clause before it does not type it.
    ["payout to families of those who died from the mushrooms how much", "quantity"],
    ["kelsworth arena crush what time", "date"],
    ["the guy who did it", "person"],
    // Which towns, areas, districts: a place, in the plural too.
    ["which towns in dagestan got attacked in june", "place"],
    ["what areas were flooded", "place"],
    ["в каких сёлах отравились грибами", "place"],
    ["какие районы остались без света", "place"],
    // A measure's modifier.
    ["what was the peak speed of the wind", "quantity"],
    ["какая была максимальная скорость поезда", "quantity"],
    ["какие деньги просили похитители", "quantity"],
    ["what was the ship's top speed", "quantity"],
    // A sum paid or demanded, by its name.
    ["what fine did the court uphold", "quantity"],
    ["какой выкуп требовали похитители", "quantity"],
    ["names of the workers hurt in the blast", "person"],
    ["whats the name of the guy who called it in", "person"],
    // A name asked by a pronoun, after what it names.
    ["captain of the sunken trawler, whats his name", "person"],
    ["капитан траулера, как его звали", "person"],
    ["what's the name of the jade horizon's captain", "person"],
    ["до какого уровня поднялась вода", "quantity"],
    ["до какого числа закрыта школа", "date"],
    ["name of the third firefighter burned in the fire", "person"],
    ["name of the 12 year old boy killed in the earthquake", "person"],
    ["what was the reason the price rose", "reason"],
    // A question typed as a search, its measure named last or first.
    ["crocus death toll", "quantity"],
    ["ransom amount blackvesper demanded", "other"],
    ["blackvesper ransom amount", "quantity"],
    ["What did the census count?", "other"],
    ["число погибших в дагестане", "quantity"],
  ] as const)("%s → %s", (question, type) => {
    expect(answerTypeOf(question)).toBe(type);
  });
});

describe("answers of a type in a sentence", () => {
  it.each([
    ["the death toll exceeded 115 people", true],
    ["more than 3,000 people", true],
    ["Пострадало 46 человек", true],
    ["Three people died", true],
    ["объявили трехдневный траур", true],
    ["On March 23, President Tokayev held a meeting", false],
    ["в воскресенье, 23 июня", false],
    ["in January 2022", false],
    ["in accordance with Article 4 of the Collective Security Treaty", false],
    ["поезда № 412 сообщением Казань — Анапа", false],
    ["На 87-й минуте капитан сравнял счёт", false],
    // Someone's age is not a count.
    ["Among the dead were Ellie Norwood, 17, from Ipswich", false],
    ["a 34-year-old man was detained", false],
    ["задержан 58-летний водитель", false],
    ["a nurse aged 34 died", false],
    ["Ivanov, 45, said 12 people died", true],
    ["of those detained, 26.", true],
    // A measure is not a count ("how many people work there" is not answered by a pipe's size).
    ["a 24-inch pipeline operated by the company", false],
    ["the river peaked at 14.7 metres", false],
    ["shares fell 7.4%", false],
    ["Его северная кромка находится в 2,3 километра от села", false],
    ["about 340 hectares burned", false],
    ["в 30 футах от берега, 12 килограммов", false],
    ["5 милиционеров и 3 футболиста", true],
    // "One" that picks or refers is not an amount; a count beside it still is.
    ["Balloon flights are one of the best-loved experiences in the valley", false],
    ["No one was hurt, and the crews helped one another", false],
    ["Это одна из версий следствия", false],
    ["one of the three injured men", true],
    ["один из двух пострадавших", true],
    ["one person died", true],
    // Collective numerals and teens are counts too.
    ["Задержаны четверо: владелец точки и трое его помощников", true],
    ["Одиннадцать пациентов находились на ИВЛ", true],
    ["thirteen people were hurt", true],
    ["тройка лидеров не изменилась", false],
  ])("hasQuantity(%j) = %s", (text, expected) => {
    expect(hasQuantity(text)).toBe(expected);
  });

  it.each([
    ["Police detained 3,000 people.", ["3000"]],
    ["Police detained 3 000 people, the Ministry said, 26 were killed.", ["3000", "26"]],
    ["The TV channel Khabar 24.", []],
    // A model's or a road's designation names a thing.
    ["школьный автобус ПАЗ-32053, который вёз детей", []],
    ["Вертолёт Ми-8 с 15 туристами на борту", ["15"]],
    ["the A320 carried 150 passengers, flight AE517", ["150"]],
    ["трасса М-8 закрыта, кран КБ-586 упал", []],
  ])("reads whole numbers, not a name's number, in %j", (text, numbers) => {
    expect(typeEvidence(text).numbers).toEqual(numbers);
  });

  it("does not take the question's own number for an answer (Apollo 11)", () => {
    expect(hasQuantity("It was noted that 11 people were detained", new Set(["11"]))).toBe(false);
    expect(holdsAnswerType("quantity", [typeEvidence("It was noted that 11 people were detained")], { numbers: new Set(["11"]) })).toBe(false);
  });

  it.each([
    ["The shooting occurred on the evening of Friday, March 22.", "Friday"],
    ["траурными днями будут 24, 25 и 26 июня", "24, 25 и 26 июня"],
    ["взрыв произошёл в 06:15 по местному времени", "06:15"],
    ["first reported at 2:17 p.m. on July 30", "2:17 p.m."],
    ["The decision was taken today.", "today"],
  ])("findDate(%j) = %j", (text, date) => {
    expect(findDate(text)).toBe(date);
  });

  it.each([
    // Word lists are whole words: found after a non-letter, not inside a longer word.
    ["Monday", "date", true],
    ["xMonday", "date", false],
    ["xMonday and then Monday", "date", true],
    ["\u{1D400}Monday", "date", false],
    ["Сегодня ничего", "date", true],
    ["в пятницу", "date", true],
    ["пятнистый", "date", false],
    // A cue found inside a longer word does not hide one that starts inside it ("overdue to go").
    ["overdue to go", "reason", true],
    ["overdue", "reason", false],
    ["Президент страны", "person", true],
    ["vicepresident", "person", false],
    ["dozens of people", "quantity", true],
    ["сотни людей", "quantity", true],
    ["twentyone", "quantity", false],
    ["On Mondayfive", "quantity", false],
    // A month's or a weekday's name is no organisation's or place's: the quote must name one.
    ["The deck cracked on Saturday 14 June.", "organisation", false],
    ["The deck cracked on Saturday 14 June.", "place", false],
    ["Merrow Attractions said on Saturday the deck was safe.", "organisation", true],
  ] as const)("%j holds a %s: %s", (text, type, expected) => {
    expect(holdsAnswerType(type, [typeEvidence(text)])).toBe(expected);
  });

  it.each([
    // "Which company / firm": a company named as reports name one, with its legal form or beside a word for a company.
    ["The pool was fitted by Verity Structural Services Ltd in 2019.", true],
    ["The blasting was carried out by our contractor, Kestrel Drilling & Blasting Ltd.", true],
    ["The salvage contract went to the Dutch firm Maasdijk Salvage.", true],
    ["Maasdijk Salvage, a Dutch firm, began pumping on Monday.", true],
    ["Творог поступил от поставщика ООО «Агрокомбинат Заречье».", true],
    ["Ветростанцией управляет компания «СтепьВетроЭнерго».", true],
    // Any other name is not a company's: a council, a person, a place.
    ["Merrow Attractions said on Saturday the deck was safe.", false],
    ["Mr Pell said the driver held a valid seasonal permit.", false],
    ["Страховые компании получили более 2 100 заявлений по КАСКО.", false],
    ["Глава Сольгорска Тамара Ильина поручила проверить все краны.", false],
  ] as const)("%j names a company: %s", (text, expected) => {
    expect(holdsAnswerType("organisation", [typeEvidence(text)], { companyAsked: true })).toBe(expected);
  });

  it.each([
    // A thing's name or make: a name the question does not say.
    ["Водитель пересел в Hyundai Solaris.", true],
    ["The ship Jade Horizon sailed at dawn.", true],
    ["Группа вооружённых людей обстреляла синагогу и церковь.", false],
    ["The eggs were bought from a private farm without papers.", false],
  ] as const)("%j names a thing: %s", (text, expected) => {
    expect(holdsAnswerType("other", [typeEvidence(text)], { thingNameAsked: true })).toBe(expected);
    expect(holdsAnswerType("other", [typeEvidence(text)])).toBe(true);
  });

  it("recognises causes, people and places", () => {
    expect(holdsAnswerType("reason", [typeEvidence("he came to Almaty to personally estimate the aftermath")])).toBe(true);
    expect(holdsAnswerType("reason", [typeEvidence("В результате в зданиях начался пожар")])).toBe(true);
    // A cause named by its verb: "started by", "triggered by", «вызван», «по вине».
    expect(holdsAnswerType("reason", [typeEvidence("The blaze was most likely started by sparks from a safety chain.")])).toBe(true);
    expect(holdsAnswerType("reason", [typeEvidence("Обрушение было вызвано коррозией арматуры.")])).toBe(true);
    expect(holdsAnswerType("reason", [typeEvidence("The blaze spread across the valley overnight.")])).toBe(false);
    // An investigation's version of events, and preliminary findings, give a cause.
    expect(holdsAnswerType("reason", [typeEvidence("По предварительной версии ГИБДД, водитель тягача уснул за рулём.")])).toBe(true);
    expect(holdsAnswerType("reason", [typeEvidence("According to the coast guard's preliminary findings, a lorry broke loose on the vehicle deck.")])).toBe(true);
    expect(holdsAnswerType("reason", [typeEvidence("В новой версии приложения появилась карта.")])).toBe(false);
    expect(holdsAnswerType("person", [typeEvidence("Соответствующий указ подписал глава региона Сергей Меликов.")], { names: new Set(["дагестан"]) })).toBe(true);
    expect(holdsAnswerType("place", [typeEvidence("The latter were detained in the Bryansk region.")])).toBe(true);
    // A name the question already says, in the other script, names nobody new: «Сергей Ледовских»
    // of "sergei ledovskikh" (the question's names hold its words' sound keys, see `analyzeQuestion`).
    const named = [typeEvidence("Траулером командовал Сергей Ледовских.")];
    expect(holdsAnswerType("person", named, { roleAsked: true, names: new Set(["sergei", "srg", "ledovskikh", "ldvskh"]) })).toBe(false);
    expect(holdsAnswerType("person", named, { roleAsked: true, names: new Set(["captain", "trawler"]) })).toBe(true);
    expect(holdsAnswerType("place", [typeEvidence("the fire is now localized.")])).toBe(false);
  });
});

describe("measures", () => {
  it.each([
    ["how much of the fire is contained so far", true],
    ["How high did the river get", true],
    ["сколько стоил билет на финал", true],
    ["почём был билет на фестиваль", true],
    ["на сколько упали акции", true],
    ["траур на сколько дней объявили", false],
    // «За сколько» asks a price, but a count of hours or days when one follows.
    ["за сколько фонд купил квартиру", true],
    ["за сколько часов потушили пожар", false],
    // A sum named a few words after "how much" / «сколько» is a sum of money asked.
    ["сколько хакеры требовали выкупа у больниц", true],
    ["how much did the hackers demand in ransom", true],
    ["tellan river peak height at koorabin", true],
    // A strength is a measure (a wind's speed, a quake's magnitude).
    ["какой силы были порывы ветра", true],
    ["какова сила землетрясения", true],
    ["what did the census count?", false],
    ["how many people died", false],
    ["сколько человек погибло", false],
    ["when did it start", false],
  ])("asksForMeasure(%j) = %s", (question, expected) => {
    expect(asksForMeasure(question)).toBe(expected);
  });

  it.each([
    ["By Saturday morning the fire was 18% contained.", true],
    ["The river peaked at 14.7 metres at the bridge gauge.", true],
    ["upheld a record £48.6 million fine", true],
    ["пообещал выплатить семьям погибших по 2 млн рублей", true],
    ["площадь пожара достигла 13\u00A0тысяч квадратных метров", true],
    ["spills had fallen by a third last year", true],
    ["flooding about 1,900 homes", false],
    ["Игру посетили 41 200 зрителей", false],
    ["On March 23, President Tokayev held a meeting", false],
  ])("a measure in %j: %s", (text, expected) => {
    expect(holdsAnswerType("quantity", [typeEvidence(text)], { measure: true })).toBe(expected);
  });

  it("takes any counted number for a count", () => {
    expect(holdsAnswerType("quantity", [typeEvidence("flooding about 1,900 homes")], { measure: false })).toBe(true);
  });
});

describe("populations", () => {
  it.each([
    ["what is the population of derbent", true],
    ["population of harlow falls ohio", true],
    ["how many people live in hollinsford", true],
    ["сколько жителей в северореченске", true],
    ["сколько человек живёт в махачкале", true],
    ["how many people died in the town", false],
    ["сколько человек эвакуировали", false],
  ])("asksForPopulation(%j) = %s", (question, expected) => {
    expect(asksForPopulation(question)).toBe(expected);
  });

  it.each([
    ["Cedar Hollow, a timber town of about 5,100 people, was evacuated.", true],
    ["В посёлке проживает около 3 200 человек.", true],
    ["About 4,300 residents remained under evacuation orders.", true],
    ["Among the dead were Ellie Norwood, 17, and three school friends.", false],
    ["Emergency departments at four of the six hospitals are on diversion.", false],
  ])("statesPopulation(%j) = %s", (sentence, expected) => {
    expect(statesPopulation(sentence, typeEvidence(sentence))).toBe(expected);
  });
});

describe("kinds of measure", () => {
  it.each([
    ["how long is the river", ["length", "time"]],
    ["how deep was the water", ["length"]],
    ["what share of homes were retrofitted", ["percent"]],
    ["сколько стоил ремонт моста", ["money"]],
    ["почем билеты", ["money"]],
    ["во сколько компания оценила уборку", ["money"]],
    ["сколько выплатит предприятие семьям", ["money"]],
    ["сколько будет стоить ремонт", ["money"]],
    ["what temp did the city hit", ["temperature"]],
    // A noun before the measure names what is measured.
    ["what was the water temp in the river when the kayaks flipped", ["temperature"]],
    ["what was the wind speed", ["speed"]],
    // An exchange rate is a sum of money.
    ["курс доллара к рублю сегодня", ["money"]],
    ["какой сейчас курс тенге", ["money"]],
    ["какая была температура в городе", ["temperature"]],
    ["какова площадь пожара", ["area"]],
    ["how thick was the ash on the roofs", ["length"]],
    ["до какой отметки поднялась река", ["length"]],
    ["to what level did the river rise", ["length"]],
    ["какой толщины слой пепла", ["length"]],
    ["с какой скоростью шёл поезд", ["speed"]],
    ["how wide was the borehole", ["length"]],
    ["какой ширины была скважина", ["length"]],
    ["how hot did it get", ["temperature"]],
    ["what was the max speed of the storm", ["speed"]],
    ["what was the harbour ferry's top speed", ["speed"]],
    ["what compensation will the families get", ["money"]],
    ["какую компенсацию получат семьи", ["money"]],
    ["какая была макс скорость ветра", ["speed"]],
    ["how much money did the victims get", ["money"]],
    ["какие деньги требовали захватчики", ["money"]],
    ["valdemora earthquake magnitude", ["magnitude"]],
    ["how much does the circus elephant weigh", ["weight"]],
    ["сколько весит слон", ["weight"]],
    // A currency named: money.
    ["how much damage in rubles did the blast cause", ["money"]],
    ["какой ущерб от метели в рублях", ["money"]],
    ["какой магнитуды было землетрясение", ["magnitude"]],
    ["how much of the fire is contained", null],
    ["на сколько упали акции", null],
    // A verb of paying after "how much": money.
    ["how much will a new escalator at the station cost", ["money"]],
    ["how much did the council pay the contractor", ["money"]],
    ["how much did the big meteorite sell for at auction", ["money"]],
    ["how much were the owners fined", ["money"]],
    ["how much snow fell before the avalanche", null],
    // A spill: a mass or a volume.
    ["how much fuel oil spilled into the sea", ["weight", "volume"]],
    ["how much crude leaked from the pipeline", ["weight", "volume"]],
    // A price typed as a search: money.
    ["цена билета в аквапарк bluewater bay", ["money"]],
    ["стоимость ремонта моста", ["money"]],
  ] as const)("measureUnitsOf(%j) = %j", (question, units) => {
    expect(measureUnitsOf(question)).toEqual(units);
  });

  it.each([
    ["The river is 120 km long.", ["length"], true],
    ["fish stocks in the lower river had fallen by about 70%", ["length", "time"], false],
    ["The repairs cost 12,5 млн рублей.", ["money"], true],
    ["The fire covered 38,000 acres.", ["area"], true],
    ["лайнер садился на скорости около 290 км/ч", ["speed"], true],
    ["Температура поднялась до +41,8 °C.", ["length", "percent", "temperature", "money"], true],
    ["The fine was £48.6 million.", ["percent"], false],
    ["A magnitude 6.1 earthquake struck before dawn.", ["magnitude"], true],
    ["Толчки магнитудой 5,8 ощущались в Махачкале.", ["magnitude"], true],
    ["Only about 30% of the homes had been retrofitted.", ["magnitude"], false],
    // A span written as one word is a length of time.
    ["В Дагестане объявили трехдневный траур.", ["length", "time"], true],
    ["A three-day mourning period was declared.", ["length", "time"], true],
    ["The mourning was declared on Monday.", ["length", "time"], false],
  ] as const)("%j answers a measure in %j: %s", (text, units, expected) => {
    expect(holdsAnswerType("quantity", [typeEvidence(text)], { measure: true, units })).toBe(expected);
  });
});

describe("durations", () => {
  it.each([
    ["how long is the heatwave expected to last", true],
    ["How long will the road stay closed?", true],
    ["until when are schools closed", true],
    ["как долго продлится жара", true],
    ["сколько продлятся веерные отключения", true],
    ["how long is the river aske", false],
    ["how long was the judgment", false],
    ["сколько человек погибло", false],
  ])("asksForDuration(%j) = %s", (question, expected) => {
    expect(asksForDuration(question)).toBe(expected);
  });

  it.each([
    ["Жара продержится как минимум до 27 июля, — сказала она.", true],
    ["Schools in 18 municipalities will stay closed until June 16.", true],
    ["ввела графики временных отключений до 26 июля", true],
    ["The heat arrived on 27 July.", false],
    ["До города 40 км.", false],
  ])("an end date answers how long: %j → %s", (text, expected) => {
    const evidence = [typeEvidence(text)];
    expect(holdsAnswerType("quantity", evidence, { measure: true, duration: true })).toBe(expected || evidence.some((e) => e.measure));
    expect(evidence[0]?.until).toBe(expected);
  });

  it("does not take an end date for a measure that is not a duration", () => {
    expect(holdsAnswerType("quantity", [typeEvidence("Schools will stay closed until June 16.")], { measure: true })).toBe(false);
  });
});

describe("ages", () => {
  it.each([
    ["how old is the mayor", true],
    ["сколько лет капитану ладоги", true],
    ["в каком возрасте он умер", true],
    ["how many years ago", false],
    ["сколько человек погибло", false],
    // Typed as a search, with a question mark or not.
    ["fire chief tom albrecht age?", true],
    ["возраст губернатора области", true],
    ["which stone age site was damaged", false],
    // A pronoun or «было» between «сколько» and «лет» still asks an age.
    ["охотинспектор мартынюк сколько ему лет", true],
    ["сколько ей было лет", true],
    ["сколько им исполнилось лет", true],
    ["сколько было погибших", false],
  ])("asksForAge(%j) = %s", (question, expected) => {
    expect(asksForAge(question)).toBe(expected);
  });
});

describe("asksForInstructions", () => {
  it.each([
    ["how to put out a grease fire in the kitchen", true],
    ["How do I reset my router password?", true],
    ["how can i help the victims", true],
    ["what should I do if the power goes out", true],
    ["как приготовить борщ", true],
    ["Как мне добраться до аэропорта?", true],
    ["как помочь пострадавшим", true],
    ["как найти родственников", true],
    ["что делать, если отключили свет", true],
    ["how did the attackers get in", false],
    ["how do the peacekeepers help", false],
    ["how long will the heat last", false],
    ["как власти отреагировали на теракт", false],
    ["как долго продлится жара", false],
    ["как начался пожар", false],
    ["можно ли пить воду из-под крана", false],
  ])("asksForInstructions(%j) = %s", (question, expected) => {
    expect(asksForInstructions(question)).toBe(expected);
  });
});

describe("causePhrases", () => {
  const phrase = (sentence: string) => causePhrases(sentence).map((p) => sentence.slice(p.start, p.end));
  it.each([
    ["Три человека погибли в результате схода с рельсов поезда № 412.", ["в результате схода с рельсов поезда № 412"]],
    ["Подстанция отключилась из-за перегрева трансформаторов, сообщили в компании.", ["из-за перегрева трансформаторов"]],
    ["The plant shut down because of the heat, officials said.", ["because of the heat"]],
    ["Tokayev flew to Almaty to hold a meeting of the headquarters.", ["to Almaty to hold a meeting of the headquarters", "to hold a meeting of the headquarters"]],
    ["После взрыва, по данным МЧС, начался пожар.", ["После взрыва"]],
    // Opening the sentence with no comma after it, the phrase's end is unknown: none is given.
    ["Из-за перегрева подстанция отключилась в 18:47.", []],
    ["Причиной схода стал излом рельса.", []],
  ])("%j → %j", (sentence, expected) => {
    expect(phrase(sentence)).toEqual(expected);
  });
});

describe("a \"who\" question that names a role is answered by a name", () => {
  it.each([
    ["как звали машиниста поезда", true],
    ["who is the akim of almaty", true],
    ["кто возглавил штаб", false],
    ["who condemned the attack", false],
    ["what's the name of the driver", true],
    // An owner, a founder, a manager is a role a name answers too.
    ["кто владелец торгового центра", true],
    ["who is the owner of the club", true],
    ["кто основал фонд", false],
    ["whats the name of the shieldline boss who got arrested", true],
  ])("namesRole(%j) = %s", (question, expected) => {
    expect(namesRole(question)).toBe(expected);
  });

  it("takes a name, not the role word again", () => {
    const roleOnly = [typeEvidence("По данным ведомства, 52-летний машинист применил экстренное торможение.")];
    const named = [typeEvidence("Следователи допросили машиниста Андрея Кольцова.")];
    expect(holdsAnswerType("person", roleOnly)).toBe(true);
    expect(holdsAnswerType("person", roleOnly, { roleAsked: true })).toBe(false);
    expect(holdsAnswerType("person", named, { roleAsked: true })).toBe(true);
  });
});

describe("a person is named by a name, not by a place", () => {
  it.each([
    ["Горноспасатели подняли девять шахтёров в Новокузнецком районе Кемеровской области.", false],
    ["Погибли горнорабочие Алексей Шумилов и Ринат Хасанов.", true],
    ["The captain, Stavros Kondylis, 58, was arrested.", true],
    // Things named like people: in quotation marks, in the other script than the sentence's, with a place's or a body's word.
    ["Контейнеровоз столкнулся с танкером «Мыс Лазурный».", false],
    ["Контейнеровоз Jade Horizon шёл со скоростью 12 узлов.", false],
    ["The Juniper Ridge Fire was first reported near Cedar Hollow.", false],
    ["The criminals planned to cross the border of the Russian Federation.", false],
    ["Самолёт авиакомпании «Авиалинии Прикамья» сел в Самаре.", false],
    ["Лоцман Jade Horizon, капитан Олег Тимченко, задержан.", true],
    ["Взрыв произошёл на улице Строителей в Краснобережске Владимирской области.", false],
    ["He was arrested at a motel in Bowling Green, Kentucky.", false],
    ["Spokeswoman Verena Maurer said the inquiry had begun.", true],
    ["Соболезнования выразил К. Токаев.", true],
    ["The ferry sank off Kalyros.", false],
  ])("%j answers who: %s", (text, expected) => {
    expect(holdsAnswerType("person", [typeEvidence(text)])).toBe(expected);
  });
});


describe("holdsUntilDate: the end-date pattern, found without its lookbehind", () => {
  it.each([
    ["The road stays closed until June 16.", true],
    ["Schools are shut UNTIL  the 5 May", true],
    ["Траур продлится до 26 июля.", true],
    ["Жара сохранится как минимум до 27 июля", true],
    ["Выставка открыта по 5 мая", true],
    ["Flights are suspended through Sunday", true],
    ["through the Sunday service", true],
    ["Prices may rise up to   2024 levels", true],
    ["Prices may rise up\u00a0to 2024 levels", true],
    ["ПО 12:30 работы будут идти", true],
    ["Трасса перекрыта до\n26 июля", true],
    ["until 10 a.m. on Friday", true],
    ["(до 2024)", true],
    ["Закрыто по сегодня", true],
    ["until the Thursday meeting", true],
    ["xдо 26 июля", false],
    ["сдо 2024", false],
    ["tillJune 5", false],
    ["untill 5 May", false],
    ["до2020", false],
    ["through the the 2024", false],
    ["The fire was contained by Saturday.", false],
    ["𝐀до 2020", false],
    ["😀до 2020", true],
    ["Ѐдо 2020", false],
  ])("%j → %s, as the pattern says", (text, expected) => {
    expect(UNTIL_DATE_PATTERN.test(text)).toBe(expected);
    expect(holdsUntilDate(text)).toBe(expected);
  });
});

describe("typeEvidence: measures and their units (patterns written to compile fast; every unit makes a measure)", () => {
  it.each([
    ["shot at 12 knots", true, ["speed"]],
    ["a 70 kph limit", true, ["speed"]],
    ["fined 5 million tenge", true, ["money"]],
    // ISO codes of currencies, before or after the sum.
    ["a EUR 250,000 reward is offered", true, ["money"]],
    ["штраф 50 000 RUB", true, ["money"]],
    ["the cadet got 3 marks", false, []],
    ["The river rose 14.7 metres by Saturday.", true, ["length"]],
    ["A wind of 40 km/h", true, ["speed"]],
    ["300 metres/second", true, []],
    ["12 тысячами рублей", true, ["money"]],
    ["2 млн рублей", true, ["money"]],
    ["13 тысяч квадратных метров", true, ["area"]],
    ["a 21-летний man", true, []],
    ["5 тонн и 6 килограммов", true, ["weight"]],
    ["20 узлов", true, ["speed"]],
    ["15 градусов", true, ["temperature"]],
    ["6 дней", true, ["time"]],
    ["100 руб.", true, ["money"]],
    ["It took 3 hrs", true, ["time"]],
    ["два метровых", false, []],
    ["a third of homes", true, ["percent"]],
    ["треть домов", true, ["percent"]],
    ["18 процентов", true, ["percent"]],
    ["2 метро", true, ["length"]],
    // A number written in words before its unit.
    ["яма глубиной три с половиной метра", true, ["length", "percent"]],
    ["полтора километра от берега", true, ["length"]],
    ["about two miles inland", true, ["length"]],
    ["suspended for one year", true, ["time"]],
    ["два метровых", false, []],
    ["two metro lines", false, []],
    // Tonnes written «т», and volumes.
    ["в море попало 37 т мазута", true, ["weight"]],
    ["about 9,400 barrels of crude", true, ["volume"]],
    ["вылилось около 300 литров", true, ["volume"]],
  ])("%j: measure %s, units %j", (text, measure, units) => {
    const evidence = typeEvidence(text);
    expect(evidence.measure).toBe(measure);
    expect([...evidence.units]).toEqual(units);
  });
});

describe("typeEvidence: word lists and dates (patterns written to compile fast, same answers)", () => {
  it.each([
    ["Десятки домов", true, false, false, false],
    ["сотнями людей", true, false, false, false],
    ["полдесятка", false, false, false, false],
    ["В понедельник утром", false, true, false, false],
    ["понедельника", false, true, false, false],
    ["He came to personally check", false, false, true, false],
    ["He wanted to", false, false, false, false],
    ["Сгорело 5 сентября", false, true, false, false],
    ["Сгорело 5 сентябрят", false, true, false, false],
    ["5 и 6 мая", false, true, false, false],
    ["главарь", false, false, false, false],
    ["a spokeswoman said", false, false, false, true],
    ["thousands fled", true, false, false, false],
    ["тысячелетие", true, false, false, false],
  ])("%j: number word %s, date %s, reason %s, role %s", (text, numberWord, date, reason, role) => {
    const evidence = typeEvidence(text);
    expect([evidence.numberWord, evidence.date, evidence.reason, evidence.role]).toEqual([numberWord, date, reason, role]);
  });
});

describe("asksForName", () => {
  it.each([
    ["whats the name of the guy who started the fire", true],
    ["names of the workers killed in the blast", true],
    ["как зовут машиниста", true],
    ["как звали погибшую проводницу", true],
    ["who started the fire", false],
    ["кто начал пожар", false],
    ["what is the town known for", false],
  ])("%j → %s", (question, expected) => {
    expect(asksForName(question)).toBe(expected);
  });
});

describe("TypeEvidence.personNames: two capitalised words or more, a person's", () => {
  it.each([
    ["Главный токсиколог региона Марина Олейник рассказала о лечении.", [["марина", "олейник"]]],
    ["Из Москвы прилетела бригада токсикологов.", []],
    ["In Salina the shelters were full.", []],
    // Where a person is from: "a man from Harlow Cross" names a place («из Нижнего Новгорода» likewise).
    ["The driver, a 34-year-old man from Harlow Cross, stayed by the boat.", []],
    ["Туристы из Нижнего Новгорода не пострадали.", []],
    ["Investigators from the Oregon Department of Forestry said so.", []],
    ["The plane was flown by K. Tokayev.", [["k", "tokayev"]]],
    // Places and bodies named by a word of geography or of an organisation are no person's names.
    ["Red shading covers the reach from Tollan Gorge to the rail bridge.", []],
    ["Circles mark the gauges at Alderbrook Quay and Miller's Reach.", []],
    ["Volunteers of the Northern Relief Society helped.", []],
    ["Поезд остановился у Медвежьего перевала.", []],
    ["Walter Cray, 79, was found in the basement.", [["walter", "cray"]]],
    // One capitalised word a naming word puts forward is a name too (an animal's, a nickname).
    ["A carriage horse called Barley bolted on the square.", [["barley"]]],
    ["Азиатская слониха по кличке Рани ушла с территории цирка.", [["рани"]]],
    ["A dog named «Rex» found the boy.", [["rex"]]],
    ["The ship was named after the town.", []],
    ["The operation, called Harvest Moon, began at dawn.", [["harvest", "moon"]]],
    ["A group called the Friends of the Pier raised the money.", []],
    // The rest of an institution's name after "of" is no person's.
    ["The Ministry of Foreign Affairs of Kazakhstan reports that embassies were not damaged.", []],
    ["Aibek Smadiyarov, a representative of the Ministry of Foreign Affairs, said so.", [["aibek", "smadiyarov"]]],
    ["The Department of Public Works closed the road.", []],
    ["A friend of Maria Lopez called the police.", [["maria", "lopez"]]],
    // Streets, waters, rooms, firms, operations and places by their last or first word are no person's.
    ["Residents of Tanner's Row were evacuated.", []],
    ["Kellerton Water said the main had burst.", []],
    ["Operation Stillwater began at dawn.", []],
    ["Green Line trains stopped at 9am.", []],
    ["Жителей эвакуировали в Сухой Лог.", []],
    ["Деревня Верхние Ольхи осталась без света.", []],
    // A surname that is also a word of a place stays a name when that word is common as a surname.
    ["Tom Wall, 44, was hurt.", [["tom", "wall"]]],
  ])("%j → %j", (text, names) => {
    expect(typeEvidence(text).personNames).toEqual(names);
  });
});

describe("a time of day is asked: only a clock time answers", () => {
  it.each([
    ["what time did the avalanche hit", true],
    ["во сколько начался штурм", true],
    ["в котором часу сошла лавина", true],
    ["when did the avalanche hit", false],
    ["когда сошла лавина", false],
    // «Во сколько раз» asks how many times more, not when.
    ["во сколько раз хром выше нормы", false],
  ])("asksForClockTime(%j) = %s", (question, expected) => {
    expect(asksForClockTime(question)).toBe(expected);
  });

  it.each([
    ["Первого пациента привезли в 06:40.", true],
    ["The tornado touched down at 6:12 p.m. near the lake.", true],
    ["About 14,200 runners started the race at 9.30am.", true],
    ["Organisers considered moving the start to 8am.", true],
    ["The avalanche came down on Saturday, February 7.", false],
    ["Prices rose by 4.55% and the river reached 14.75 metres.", false],
  ])("%j holds a clock time: %s", (text, expected) => {
    expect(typeEvidence(text).clock).toBe(expected);
    expect(holdsAnswerType("date", [typeEvidence(text)], { clockTime: true })).toBe(expected);
  });
});

describe("a year is asked: only a year in figures answers", () => {
  it.each([
    ["what year did the water park first open", true],
    ["which year was the bridge built", true],
    ["в каком году построили собор", true],
    ["собор какого года постройки", true],
    ["when did the water park open", false],
    ["когда построили собор", false],
  ])("asksForYear(%j) = %s", (question, expected) => {
    expect(asksForYear(question)).toBe(expected);
  });

  it.each([
    ["The slide opened in May 2019.", true],
    ["Собор построен в 1714–1739 годах.", true],
    ["A woman was killed on Saturday afternoon at the park.", false],
    ["The flight left at 20:15 with 2,048 kg of cargo.", false],
    ["Ущерб оценили в 1 200 тыс. рублей.", false],
  ])("%j holds a year: %s", (text, expected) => {
    expect(typeEvidence(text).year).toBe(expected);
    expect(holdsAnswerType("date", [typeEvidence(text)], { yearAsked: true })).toBe(expected);
  });
});

describe("a quantity asked per period is given per that period", () => {
  it.each([
    ["how many passengers does the line carry a year", "year"],
    ["how many flights per day", "day"],
    ["какая зарплата у рабочих в месяц", "month"],
    ["сколько тонн завод выпускает в год", "year"],
    ["how many passengers were on board", null],
    ["сколько человек погибло за год", null],
  ])("rateAsked(%j) = %j", (question, period) => {
    expect(rateAsked(question)).toBe(period);
  });

  it.each([
    ["The line carries 1.2 million passengers a year.", "year", true],
    ["Завод выпускает около 120 тыс. тонн полиэтилена в год.", "year", true],
    ["Средняя зарплата — 65 тыс. рублей в месяц.", "month", true],
    ["The ferry was carrying 187 passengers and 14 crew.", "year", false],
    ["В 2025 году санавиация выполнила 1 870 вылетов.", "year", false],
  ] as const)("statesRate(%j, %s) = %s", (text, period, expected) => {
    expect(statesRate(text, period)).toBe(expected);
  });
});

describe("a punishment's term is asked as a quantity and told beside a word of punishment", () => {
  it.each([
    ["какой срок дали продавщице за консервы", true],
    ["на какой срок арестовали директора", true],
    ["сколько лет тюрьмы грозит водителю", true],
    ["what sentence did the captain get", true],
    ["how many years in prison did the poachers get", true],
    ["max jail time for flying a drone near a plane", true],
    // By when, and a shelf life, are no punishment.
    ["в какой срок восстановят мост", false],
    ["какой срок годности у консервов", false],
    ["how long were the guards held hostage", false],
    // «Какой срок» without an arrest, a court or a sentence is how long something lasts.
    ["на какой срок власти запретили конные повозки", false],
    ["на какой срок закрыли мост на ремонт", false],
    ["какой срок грозит директору управляющей компании", true],
    ["на какой срок отправили под стражу водителя", true],
  ])("asksForPunishment(%j) = %s", (question, expected) => {
    expect(asksForPunishment(question)).toBe(expected);
    if (expected) expect(answerTypeOf(question)).toBe("quantity");
  });

  it.each([
    ["на какой срок власти запретили конные повозки", true],
    ["на какой срок закрыли мост на ремонт", true],
    ["на какой срок арестовали директора", false],
    ["в какой срок восстановят мост", false],
  ])("a term of time, not of punishment: %j → duration %s", (question, expected) => {
    expect(asksForDuration(question)).toBe(expected);
    expect(asksForMeasure(question)).toBe(expected);
    if (expected) expect(measureUnitsOf(question)).toEqual(["time"]);
  });

  it.each([
    ["Суд назначил ему наказание в виде лишения свободы сроком 6 (шесть) лет.", true],
    ["Ему грозит до десяти лет.", true],
    ["He was jailed for five years at Exeter Crown Court.", true],
    ["Суд заключил его под стражу на два месяца.", true],
    // An age or a date is no term.
    ["Продавщица — 57-летняя Тамара Глушенкова из села Ключики.", false],
    ["The shop owner, 62, has run the store for 30 years.", false],
  ])("statesPunishment(%j) = %s", (text, expected) => {
    expect(statesPunishment(text)).toBe(expected);
  });

  it.each([
    ["what sentence did the bathhouse boss get", true],
    ["какой срок дали браконьерам", true],
    ["how many years was he jailed for", true],
    ["какой срок грозит продавщице", false],
    ["what sentence does he face", false],
  ])("asksSentenceGiven(%j) = %s: the term passed, not the most a law provides for", (question, expected) => {
    expect(asksSentenceGiven(question)).toBe(expected);
  });

  it.each([
    ["Санкция статьи предусматривает до семи лет лишения свободы.", false],
    // Custody before a trial is no sentence passed.
    ["Суд избрал меру пресечения в виде заключения под стражу на два месяца.", false],
    ["He was remanded in custody for 28 days.", false],
    ["Суд приговорил его к шести годам колонии, до приговора он был под стражей.", true],
    ["He faces up to 10 years in prison.", false],
    ["Им грозит до 6 лет лишения свободы.", false],
    ["Суд приговорил его к пяти годам колонии, хотя статья предусматривает до семи лет.", true],
    ["He was sentenced to four years in prison.", true],
    ["The owner was jailed for 18 months.", true],
  ])("statesSentencePassed(%j) = %s", (text, expected) => {
    expect(statesSentencePassed(text)).toBe(expected);
  });
});

describe("a span of service is asked and told as one, not as an age", () => {
  it.each([
    ["how long has tomasz wilk been the night watchman at penmarrow", true],
    ["how many years had the captain been working for the ferry company", true],
    ["how long has gordon leclerc owned the smokehouse", true],
    ["сколько лет сторож рябов проработал при храме", true],
    ["сколько лет уже работает турбаза на озере", true],
    // How long a thing lasted, or was shut, is no service.
    ["how long has the court shut that shawarma place for", false],
    ["how long had the cafe been open before the explosion", false],
    ["how long were they trapped", false],
    ["сколько лет рябову", false],
  ])("asksForTenure(%j) = %s", (question, expected) => {
    expect(asksForTenure(question)).toBe(expected);
  });

  it.each([
    ["Wilk has worked as the club's night watchman for 12 years.", true],
    ["Сторож Рябов проработал при храме 30 лет.", true],
    ["Кудрин работает на ТЭЦ с 2009 года.", true],
    // An age beside the name is no span of service.
    ["Задержан начальник цеха Геннадий Лаптев, 49 лет.", false],
    ["Marta Hollings, 41, a senior keeper, was bitten.", false],
  ])("statesTenure(%j) = %s", (text, expected) => {
    expect(statesTenure(text)).toBe(expected);
  });
});

describe("an article of a law is asked and cited by its number", () => {
  it.each([
    ["по какой статье завели уголовку из-за лавины", true],
    ["какая статья ук у участников драки", true],
    ["which criminal code article did police open the case under", true],
    ["sarva poachers charged under which article", true],
    ["under which article of the treaty did they send troops", true],
    ["what did the article say about the fire", false],
    ["how long was the bridge section that fell", false],
  ])("asksForLawArticle(%j) = %s", (question, expected) => {
    expect(asksForLawArticle(question)).toBe(expected);
  });

  it.each([
    ["Возбуждено уголовное дело по ч. 3 ст. 258.1 УК РФ.", true],
    ["Дело возбуждено по статье 238 УК РФ.", true],
    ["The council invoked Article 4 of the treaty.", true],
    ["Возбуждено уголовное дело о халатности.", false],
    ["The article was published on 4 May.", false],
  ])("citesLawArticle(%j) = %s", (text, expected) => {
    expect(citesLawArticle(text)).toBe(expected);
  });
});

describe("agedPersonOf: the age that tells whom a name question asks about", () => {
  it.each([
    ["name of the 12 year old boy killed in the quake", "12"],
    ["whats the name of the 10 yr old girl flown to kamloops", "10"],
    ["what was the name of the 63-year-old who died", "63"],
    ["как звали 52-летнего водителя", "52"],
    ["name of the boy killed in the quake", null],
  ])("%j → %j", (question, age) => {
    expect(agedPersonOf(question)).toBe(age);
  });
});

describe("a reason said outright, or only set in time", () => {
  it.each([
    ["The fire started because a heater was left on", true],
    ["По предварительной версии, причиной пожара стало короткое замыкание", true],
    ["Поезд сошёл с рельсов из-за излома рельса", true],
    ["Crews closed the bridge so that engineers could inspect it", true],
    ["Four residents died after fire broke out on Tuesday", false],
    ["Три человека погибли в результате схода с рельсов поезда", false],
    ["После падения оператор остановил дорогу", false],
  ])("statesCauseOutright(%j) = %s", (text, expected) => {
    expect(statesCauseOutright(text)).toBe(expected);
  });

  it.each([
    ["Why did it happen?", true],
    ["WHAT WENT WRONG", true],
    ["Почему произошла авария", true],
    ["### Причины пожара", true],
    ["Версии", true],
    ["С чего всё началось", true],
    // A sentence of the story, a heading of something else, or a long line is no such heading.
    ["Investigators are still looking for the cause.", false],
    ["Что будет дальше", false],
    ["Why the council has now decided to close every bridge of this type in the county for a year", false],
  ])("headsCause(%j) = %s", (text, expected) => {
    expect(headsCause(text)).toBe(expected);
  });
});

describe("a count of time is given in its unit or one next to it", () => {
  it.each([
    ["минут", "minute"],
    ["трёхдневный", "day"],
    ["двухчасовой", "hour"],
    ["суток", "day"],
    ["weeks", "week"],
    ["летний", null],
    ["человек", null],
  ])("timeUnitOf(%j) = %j", (word, unit) => {
    expect(timeUnitOf(word)).toBe(unit);
  });

  it.each([
    ["В Дагестане объявили трехдневный траур – траурными днями будут 24, 25 и 26 июня.", "minute", false],
    ["Сегодня утром сообщалось о 15 погибших.", "minute", false],
    ["The call lasted two hours.", "minute", true],
    ["Их разговор длился 50 минут, сообщили в Кремле в 2022 году.", "minute", true],
    ["The intake stayed shut for 48 hours.", "day", true],
    ["The intake was closed from 13 to 24 March 2024.", "day", false],
    // A year after a four-digit number is a calendar year, not a span.
    ["Завод открыли в 2009 году.", "month", false],
    ["Завод работал 12 лет.", "month", true],
  ])("statesTimeUnit(%j, %j) = %s", (sentence, unit, expected) => {
    expect(statesTimeUnit(sentence, unit as "minute")).toBe(expected);
  });
});

describe("a question of what someone said is answered by reported speech", () => {
  it.each([
    ["what exactly did khabib nurmagomedov say about the dagestan attacks", true],
    ["what did the band post after the shooting", true],
    ["что именно сказал хабиб про теракты", true],
    ["что пообещала министр после крушения парома", true],
    ["what did the hijacker actually want", false],
    ["что случилось в дербенте", false],
  ])("asksForStatement(%j) = %s", (question, expected) => {
    expect(asksForStatement(question)).toBe(expected);
  });

  it.each([
    ["The mayor said three people were still missing.", true],
    ["The minister promised a review of the rules.", true],
    ["Мэр заявил, что ситуация под контролем.", true],
    ["По словам губернатора, эвакуация завершена.", true],
    ["«Мы сделаем всё, чтобы помочь семьям погибших», — добавил он.", true],
    // An impersonal report says what happened, not what someone said; a name in «ёлочках» is no quotation.
    ["Также сообщалось, что Хабиб Нурмагомедов отреагировал на теракты.", false],
    ["Концерт группы «Пикник» отменили.", false],
  ])("reportsSpeech(%j) = %s", (sentence, expected) => {
    expect(reportsSpeech(sentence)).toBe(expected);
  });
});

describe("a question of what an inquiry found is answered by a finding", () => {
  it.each([
    ["what did the hse investigation conclude about the dome", true],
    ["what did the prosecutors find in their check of the stadium roof", true],
    ["findings of the independent review into the fireworks", true],
    ["что показала экспертиза карусели", true],
    ["что установила проверка прокуратуры", true],
    ["какие выводы сделала комиссия", true],
    ["what did the mayor say about the fire", false],
    ["what happened at the dome", false],
    ["что случилось с каруселью", false],
  ])("asksForFinding(%j) = %s", (question, expected) => {
    expect(asksForFinding(question)).toBe(expected);
  });

  it.each([
    ["Investigators found that a seam on the north side had torn.", true],
    ["The review concluded the display had been set up too close to the crowd.", true],
    ["The cause was a faulty battery cell.", true],
    ["Экспертиза показала, что ось карусели была изношена.", true],
    ["Проверка выявила нарушения при монтаже кровли.", true],
    ["Согласно заключению пожарно-технической экспертизы, возгорание произошло из-за короткого замыкания.", true],
    // An inquiry under way, or one that will report, has found nothing yet.
    ["The HSE will publish its findings in the spring.", false],
    ["Карусель демонтируют и отправят на экспертизу в Москву.", false],
    ["Экспертиза покажет, почему упал флагшток.", false],
  ])("statesFinding(%j) = %s", (sentence, expected) => {
    expect(statesFinding(sentence)).toBe(expected);
  });
});

describe("a \"who\" question that asks a post's holder by its verb is answered by a name", () => {
  it.each([
    ["who runs the mir tv channel in almaty", true],
    ["кто руководит штабом", true],
    ["кто тренирует матвея кольцова", true],
    ["who led the rescue", true],
    // A company may own or found a thing; "ran" may be running.
    ["who owns calloway tower", false],
    ["who ran into the burning house", false],
    ["who died in the fire", false],
  ])("asksWhoHolds(%j) = %s", (question, expected) => {
    expect(asksWhoHolds(question)).toBe(expected);
  });
});
