import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openAnswerService } from "../../src/answer/answer-service.ts";
import type { AnswerService } from "../../src/answer/types.ts";
import { buildSeededIndex, type SeededIndex } from "../helpers/seeded-index.ts";

// Two articles written for this test (not from any evaluation set), beside the real seeds.
const CUP_FINAL = `# «Заря» выиграла кубок области

Дата: 2025-06-01

Футбольный клуб «Заря» впервые выиграл кубок области, обыграв «Восход» со счётом 2:1.
На 80-й минуте капитан «Зари» Олег Миронов сравнял счёт, а в добавленное время 19-летний Пётр Власов забил победный гол.
`;
const CIRCUS = `# Слониха ушла из цирка в Заозёрске

Дата: 2025-06-14

Слониха Мира утром в субботу ушла из цирка-шапито в Заозёрске и три часа гуляла по городу.
Цирк гастролирует с 2011 года, в труппе 40 человек и 12 животных, Мира — единственный слон.
67-летний пенсионер получил перелом руки, когда слониха навалилась на забор.
Слониху загнал в вольер охотник Геннадий Рябов с 30-летним стажем.
`;
const CONCERT = `# Обрушение сцены на концерте в Заозёрске

Дата: 2025-08-02

Сцена летнего концерта в Заозёрске обрушилась в субботу вечером, пострадали 12 зрителей.
Губернатор пообещал выплатить каждому пострадавшему зрителю по 200 тысяч рублей.
Организатор выплатит каждому зрителю по 5 тысяч рублей и вернёт полную стоимость билетов.
Автобусная поездка на концерт из Озёрска стоила 900 рублей с человека.
Для шоу привезли 40 прожекторов и 12 колонок. Банкет для артистов обошёлся организатору концерта в 410 тысяч рублей.
`;
const DERAILMENT = `# Сход поезда под Верхнекамском

Дата: 2025-09-14

Поезд сошёл с рельсов под Верхнекамском в ночь на субботу.
Министр транспорта Камской области Виктор Ступин сообщил, что семьи погибших получат по 1 млн рублей.
Среди погибших — проводница 44 лет и двое пассажиров.
`;
const RIVER = `# The Orla River floods the town of Wenlow

Date: 2025-04-03

The Orla River broke its record at Wenlow on Sunday, flooding about 300 homes.
The river peaked at 9.2 metres at the town bridge on Sunday evening, council officials said.
Repairs to the town bridge, its railings and the riverside path are estimated at £410,000.
`;

const HEAT = `# Жара и отключения света в Краснолесье

Дата: 2025-07-20

Подстанция «Южная» в Краснолесье отключилась в 19:05. Сработала защита трансформаторов, которые из-за перегрева несколько часов работали с перегрузкой.
Синоптики предупредили, что жара продержится как минимум до 31 июля.
Резервный самолёт вылетел в Сочи со 140 пассажирами на борту.
`;

const RAIL = `# Сход поезда под Озёрском

Дата: 2025-05-02

Два пассажира погибли в результате схода с рельсов поезда № 90 под Озёрском.
Предварительной причиной схода поезда стал излом рельса, сообщили в компании.
`;

const BLAST = `# Взрыв на заводе в Ярцеве

Дата: 2025-03-04

Это случилось в понедельник, 3 марта, около 06:15 по местному времени, сообщили в городской администрации.
Пострадавших среди рабочих нет, 40 человек ночной смены успели покинуть цех.
`;

const BRAWL = `# Драка на свадьбе в Заозёрске

Дата: 2025-07-05

В субботу вечером в кафе «Берёзка» в Заозёрске подрались около 20 гостей свадьбы.
Полиция задержала четверых участников драки.

С чего всё началось

Около 22:40 друзья невесты украли её туфлю и потребовали за неё 5 000 рублей.
Брат жениха отказался платить и толкнул одного из них.
`;

let seeded: SeededIndex;
let extra: string;
let service: AnswerService;

beforeAll(async () => {
  extra = await mkdtemp(join(tmpdir(), "typed-answers-"));
  await writeFile(join(extra, "801_cup_final.md"), CUP_FINAL);
  await writeFile(join(extra, "802_orla_river.md"), RIVER);
  await writeFile(join(extra, "803_heat.md"), HEAT);
  await writeFile(join(extra, "804_rail.md"), RAIL);
  await writeFile(join(extra, "805_blast.md"), BLAST);
  await writeFile(join(extra, "806_circus.md"), CIRCUS);
  await writeFile(join(extra, "807_concert.md"), CONCERT);
  await writeFile(join(extra, "808_derailment.md"), DERAILMENT);
  await writeFile(join(extra, "809_brawl.md"), BRAWL);
  seeded = await buildSeededIndex(null, [extra]);
  service = await openAnswerService({ seedsDir: seeded.seedsDir, indexDir: seeded.indexDir, embedder: null });
});
afterAll(async () => {
  await seeded?.cleanup();
  await rm(extra, { recursive: true, force: true });
});

describe("answers of the asked kind, not just any number in the right sentence", () => {
  it("answers an age with the age of the person asked about", async () => {
    const result = await service.answer("сколько лет Власову");
    expect(result.abstained).toBe(false);
    expect(result.quotes[0]?.text).toContain("19-летний Пётр Власов");
  });

  it("does not give someone else's age for a person whose age the article does not say", async () => {
    const result = await service.answer("сколько лет капитану Миронову");
    expect(result.abstained).toBe(true);
  });

  it("does not take a year («с 2011 года») or the age of someone the question does not name («67-летний пенсионер») for an age", async () => {
    const result = await service.answer("сколько лет слонихе Мире из цирка");
    expect(result.abstained).toBe(true);
  });

  it("does not take the years of a career («охотник с 30-летним стажем») for an age", async () => {
    expect((await service.answer("сколько лет охотнику Рябову")).abstained).toBe(true);
  });

  it("does not answer a question of numbers alone from a sentence that shares them", async () => {
    for (const question of ["whats 12% of 40", "whats 12 percent of 40", "сколько будет 12 процентов от 40"]) expect((await service.answer(question)).abstained, question).toBe(true);
  });

  it("names the person a role tells, not anyone named near what befell them", async () => {
    expect((await service.answer("как звали погибшую проводницу поезда под Верхнекамском")).abstained).toBe(true);
    const minister = await service.answer("кто министр транспорта камской области");
    expect(minister.abstained).toBe(false);
    expect(minister.quotes[0]?.text).toContain("Виктор Ступин");
  });

  it("gives a price only from a sentence about what is priced: a payout is not a ticket's price", async () => {
    expect((await service.answer("сколько стоили билеты пострадавших зрителей концерта в Заозёрске")).abstained).toBe(true);
    const payout = await service.answer("сколько рублей выплатят пострадавшим на концерте в Заозёрске");
    expect(payout.abstained).toBe(false);
    expect(payout.quotes[0]?.text).toContain("200 тысяч рублей");
  });

  it("gives a price from an amount beside what is priced or after a word of price, not from another sum of its sentence", async () => {
    expect((await service.answer("сколько стоили билеты на концерт в Заозёрске")).abstained).toBe(true);
    const trip = await service.answer("почём была поездка на концерт в Заозёрске из Озёрска");
    expect(trip.abstained).toBe(false);
    expect(trip.quotes[0]?.text).toContain("900 рублей");
    const banquet = await service.answer("сколько стоил банкет для артистов концерта в Заозёрске");
    expect(banquet.abstained).toBe(false);
    expect(banquet.quotes[0]?.text).toContain("410 тысяч рублей");
  });

  it("gives a price from an estimate of it (\"estimated at\", «оценили в»), though the priced words stand far from the sum", async () => {
    const repairs = await service.answer("wenlow bridge repair cost");
    expect(repairs.abstained).toBe(false);
    expect(repairs.quotes[0]?.text).toContain("£410,000");
  });

  it("does not price a thing by a sum in the next sentence when its own sentence gives only a count of it", async () => {
    expect((await service.answer("сколько стоил один прожектор на концерте в Заозёрске")).abstained).toBe(true);
  });

  it("answers \"how high\" with a height, not with the sentence that merely names the river", async () => {
    const result = await service.answer("how high did the Orla River get");
    expect(result.abstained).toBe(false);
    expect(result.quotes[0]?.text).toContain("9.2 metres");
  });
});

describe("answers the wording and the language of the question do not spell out", () => {
  it("answers \"how long\" with the date something lasts until", async () => {
    const result = await service.answer("how long will the heat in krasnolesye last");
    expect(result.abstained).toBe(false);
    expect(result.quotes[0]?.text).toContain("до 31 июля");
  });

  it("answers \"why\" with the cause given in the sentence after the event", async () => {
    const result = await service.answer("почему отключилась подстанция южная");
    expect(result.abstained).toBe(false);
    expect(result.quotes.map((q) => q.text).join(" ")).toContain("из-за перегрева");
  });

  it("answers \"why\" with the sentence under a subheading that announces the cause", async () => {
    const result = await service.answer("из-за чего началась драка на свадьбе в Заозёрске");
    expect(result.abstained).toBe(false);
    expect(result.quotes[0]?.text).toContain("украли её туфлю");
  });

  it("answers \"why\" with the cause of the thing asked about, not with what that thing caused", async () => {
    const result = await service.answer("почему произошел сход поезда под озерском");
    expect(result.abstained).toBe(false);
    expect(result.quotes[0]?.text).toContain("излом рельса");
  });

  it("finds a short place name typed in Latin letters in a Russian article", async () => {
    const result = await service.answer("how many passengers were on the plane to sochi");
    expect(result.abstained).toBe(false);
    expect(result.quotes[0]?.text).toContain("140 пассажирами");
  });
});

describe("requests for instructions, which news does not give", () => {
  it.each(["how do i put out a fire in a concert hall", "как потушить пожар в торговом центре"])("declines %j, which names no event", async (question) => {
    const result = await service.answer(question);
    expect(result.abstained).toBe(true);
    expect(result.decision).toMatchObject({ answered: false, reason: "advice-asked" });
  });

  it("still answers one about an event the articles report, by its name", async () => {
    const result = await service.answer("how long should people in krasnolesye expect the heat to last");
    expect(result.decision).not.toMatchObject({ reason: "advice-asked" });
  });
});

describe("quotes hold what the article says, not its furniture", () => {
  it("leaves the dateline out of a quote of the first sentence", async () => {
    const result = await service.answer("who chaired the meeting at the emergency operations center in almaty");
    expect(result.quotes[0]?.text).toMatch(/^Head of State Kassym-Jomart Tokayev chaired a meeting/);
  });
});

describe("a headline says what every sentence of its article is about", () => {
  it.each(["когда был взрыв на заводе в ярцеве", "when was the blast at the yartsevo plant"])("answers %j from a sentence that does not repeat the headline", async (question) => {
    const result = await service.answer(question);
    expect(result.abstained).toBe(false);
    expect(result.quotes[0]?.text).toContain("3 марта");
    // Another article whose headline names a blast of its own («терактов в Дагестане») is no answer.
    expect(result.quotes.every((q) => q.doc === "805_blast.md")).toBe(true);
  });

  it("does not let the headline say what a quote's number counts", async () => {
    const result = await service.answer("сколько взрывов было на заводе в ярцеве");
    expect(result.abstained).toBe(true);
  });
});

describe("a question about one event is not answered from an article about another", () => {
  it.each([
    ["how many passengers died in the flood near ozyorsk", "en"],
    ["сколько пассажиров погибло при наводнении под озёрском", "ru"],
  ])("%j: the derailment's dead near Ozyorsk are not a flood's", async (question) => {
    const result = await service.answer(question);
    expect(result.abstained).toBe(true);
    expect(result.decision).toMatchObject({ answered: false, reason: "other-event" });
  });

  it.each(["how many passengers died in the derailment", "сколько пассажиров погибло при сходе поезда"])("%j is answered from the article about it", async (question) => {
    const result = await service.answer(question);
    expect(result.abstained).toBe(false);
    expect(result.quotes[0]?.text).toContain("Два пассажира погибли");
  });

  it.each([
    ["how many passengers died in the 2018 derailment", "en"],
    ["сколько пассажиров погибло при сходе поезда в 2018 году", "ru"],
  ])("%j: an article dated 2025 that never mentions 2018 is about another event", async (question) => {
    const result = await service.answer(question);
    expect(result.abstained).toBe(true);
    expect(result.decision).toMatchObject({ answered: false, reason: "other-event" });
  });

  it.each([
    ["how many passengers died in the derailment in turkey", "en"],
    ["сколько пассажиров погибло при сходе поезда в Турции", "ru"],
  ])("%j: an article that never names the country the question puts the event in is about another event", async (question) => {
    const result = await service.answer(question);
    expect(result.abstained).toBe(true);
    expect(result.decision).toMatchObject({ answered: false, reason: "other-event" });
  });

  it("the year of the article's date is the event's year", async () => {
    const result = await service.answer("сколько пассажиров погибло при сходе поезда в 2025 году");
    expect(result.abstained).toBe(false);
    expect(result.quotes[0]?.text).toContain("Два пассажира погибли");
  });

  it.each([
    "what did oleg mironov say about the derailment near ozyorsk",
    "что сказал олег миронов о сходе поезда под озёрском",
  ])("%j: a person the articles name elsewhere is not in the derailment's article", async (question) => {
    const result = await service.answer(question);
    expect(result.abstained).toBe(true);
  });

  it("a scene word no article writes is the question's wording of the event its rare name names", async () => {
    const result = await service.answer("how many homes flooded after the levee sank at wenlow");
    expect(result.abstained).toBe(false);
    expect(result.quotes[0]?.text).toContain("flooding about 300 homes");
  });

  it("a source is not an event: «по первым данным»", async () => {
    const result = await service.answer("сколько пассажиров погибло по первым данным");
    expect(result.abstained).toBe(false);
    expect(result.quotes[0]?.text).toContain("Два пассажира погибли");
  });
});

describe("a population is asked by name or in words", () => {
  it.each(["how many people live in wenlow", "what is the population of wenlow", "сколько жителей в уэнлоу"])(
    "%j is not answered by the number of flooded homes",
    async (question) => {
      const result = await service.answer(question);
      expect(result.abstained).toBe(true);
    },
  );
});

describe("a question about something no article mentions", () => {
  it.each(["what about the bananas of wenlow", "что насчёт бананов в уэнлоу"])("is declined even when it names a place of the articles: %j", async (question) => {
    const result = await service.answer(question);
    expect(result.abstained).toBe(true);
  });
});

