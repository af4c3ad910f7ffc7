import { describe, expect, it } from "vitest";
import type { Passage } from "../../src/corpus/article.ts";
import { inMemorySegment } from "../../src/index/lexical-segment.ts";
import { bm25Idf, bm25LengthNorm } from "../../src/retrieval/bm25.ts";
import { LexicalIndex } from "../../src/retrieval/lexical-index.ts";
import { passagesInMemory } from "../../src/retrieval/passage-source.ts";
import { RETRIEVAL_SETTINGS } from "../../src/retrieval/settings.ts";
import { lexiconData } from "../../src/text/lexicon-files.ts";
import { Vocabulary } from "../../src/text/vocabulary.ts";

const FILLER = ["river", "bridge", "council", "market", "winter", "harbour", "station", "garden"];

/** The first word of `text` as the index's analyser reads it. */
function firstToken(index: LexicalIndex, text: string) {
  const found = index.analyzer.analyze(text).find((t) => !t.joined);
  if (!found) throw new Error(`no token in ${text}`);
  return found;
}

/** Passages of `docs` documents, `perDoc` each: "zorblat" in most (a search of many postings), "quimbly" in two (of few). */
function passagesOf(docs: number, perDoc: number, prefix: string): Passage[] {
  const passages: Passage[] = [];
  for (let d = 0; d < docs; d++) {
    for (let p = 0; p < perDoc; p++) {
      const id = passages.length;
      const words = FILLER.slice(0, 2 + ((id * 5) % 6));
      if (id % 5 !== 0) words.push(...Array<string>(1 + (id % 3)).fill("zorblat"));
      if (id === 3 || id === 11) words.push("quimbly");
      const text = `${words.join(" ")}.`;
      passages.push({ id, doc: `${prefix}${d}.txt`, start: p * 100, end: p * 100 + text.length, text });
    }
  }
  return passages;
}

describe("LexicalIndex.search: BM25 over every passage holding a word, few or many", () => {
  const first = passagesOf(6, 4, "a");
  const second = passagesOf(4, 4, "b");
  const all = [...first, ...second.map((p) => ({ ...p, id: p.id + first.length }))];
  // The second segment's document b1.txt was removed since it was written.
  const index = new LexicalIndex(
    [
      { segment: inMemorySegment(first), base: 0 },
      { segment: inMemorySegment(second), base: first.length, liveDocuments: [true, false, true, true] },
    ],
    passagesInMemory(all),
  );
  const lengths = all.map((p) => index.analyzer.analyze(p.text).length);
  const average = lengths.reduce((a, b) => a + b, 0) / all.length;

  /** The expected hits: each live passage holding the word, by the BM25 formula, best first (then by id). */
  function reference(word: string, limit: number): { passageId: number; bm25: number }[] {
    const holding = all.filter((p) => p.text.includes(word));
    const { fixed, perLength } = bm25LengthNorm(average, { k1: RETRIEVAL_SETTINGS.bm25K1, b: RETRIEVAL_SETTINGS.bm25B });
    const scale = bm25Idf(holding.length, all.length) * (RETRIEVAL_SETTINGS.bm25K1 + 1);
    return holding
      .filter((p) => p.doc !== "b1.txt")
      .map((p) => {
        const tf = p.text.split(word).length - 1;
        return { passageId: p.id, bm25: (scale * tf) / (tf + fixed + perLength * (lengths[p.id] ?? 0)) };
      })
      .sort((a, b) => b.bm25 - a.bm25 || a.passageId - b.passageId)
      .slice(0, limit);
  }

  it.each([
    ["zorblat", 10],
    ["zorblat", 100],
    ["quimbly", 10],
  ])("%j, at most %i", (word, limit) => {
    const analysed = index.analyzer.analyze(word)[0];
    expect(analysed).toBeDefined();
    // (Without its sound keys: a word that has none weighs its stem fully, see `soundStemBoost`.)
    const token = { ...analysed!, phonetic: [] };
    const hits = index.search([{ token, weight: 1 }], limit);
    const expected = reference(word, limit);
    expect(hits.map((h) => h.passageId)).toEqual(expected.map((h) => h.passageId));
    hits.forEach((h, i) => expect(h.bm25).toBeCloseTo(expected[i]?.bm25 ?? 0, 10));
    // The same again (what a search leaves behind is cleared for the next).
    expect(index.search([{ token, weight: 1 }], limit)).toEqual(hits);
  });
});

describe("LexicalIndex.covers and documentCovers: whether a passage or document holds a question's word", () => {
  const passages: Passage[] = [
    { id: 0, doc: "a.txt", start: 0, end: 60, text: "Tokayev met the governor in Almaty. The bridge collapsed." },
    { id: 1, doc: "a.txt", start: 60, end: 120, text: "Divers searched the river for survivors." },
    { id: 2, doc: "b.txt", start: 0, end: 50, text: "Взрыв произошёл на заводе в Дагестане." },
    { id: 3, doc: "c.txt", start: 0, end: 40, text: "Crocus City Hall was closed." },
  ];
  const index = LexicalIndex.fromPassages(passages);
  const token = (text: string) => firstToken(index, text);

  it("knows each passage's document from its tables, and none for an id it does not hold", () => {
    expect([0, 1, 2, 3, 4].map((id) => index.documentOf(id))).toEqual(["a.txt", "a.txt", "b.txt", "c.txt", undefined]);
  });

  it.each([
    ["collapse", [0]],
    ["explosion", [2]],
    ["токаев", [0]],
    ["dagestan", [2]],
    ["diver", [1]],
    ["volcano", []],
  ])("%j is in passages %j (asked twice: the same)", (word, expected) => {
    const t = token(word);
    for (let round = 0; round < 2; round++) expect(passages.filter((p) => index.covers(p.id, t)).map((p) => p.id)).toEqual(expected);
  });

  it("a document holds what any of its passages holds", () => {
    const t = token("survivors");
    expect(["a.txt", "b.txt", "c.txt"].map((doc) => index.documentCovers(doc, t))).toEqual([true, false, false]);
    const pair = index.analyzer.analyze("крокус сити").at(-1)!;
    expect(index.covers(3, pair)).toBe(true);
    expect(index.covers(0, pair)).toBe(false);
  });

  it.each([
    ["взрыва", 1 / 3],
    ["explosion", 1 / 3],
    ["мост", 1 / 3],
    ["volcano", 0],
  ])("%j is held in some sense by %d of the documents (its stem, or a concept in the other language)", (word, share) => {
    expect(index.senseShare(token(word), 1)).toBeCloseTo(share);
    // By stem or sound alone, a word is in no document of the other language.
    expect(index.documentShare(token("мост"))).toBe(0);
  });

  it("counts a word's documents only until more than the asked share hold it", () => {
    const common = LexicalIndex.fromPassages(Array.from({ length: 10 }, (_, i) => ({ id: i, doc: `d${i}.txt`, start: 0, end: 30, text: `The bridge ${i + 1} was closed.` })));
    const bridge = firstToken(common, "мост");
    expect(common.senseShare(bridge, 1)).toBeCloseTo(1);
    expect(common.senseShare(bridge, 0.25)).toBeCloseTo(0.3);
  });

  it("a short sound key covers its own name, not a longer name it begins (Crocus is not Kirkstow)", () => {
    const named = LexicalIndex.fromPassages([
      { id: 0, doc: "a.txt", start: 0, end: 50, text: "A gas blast destroyed the Kirkstow bakery." },
      { id: 1, doc: "b.txt", start: 0, end: 40, text: "Стрельба в «Крокусе» началась вечером." },
    ]);
    const crocus = firstToken(named, "crocus");
    expect(["a.txt", "b.txt"].map((doc) => named.documentCovers(doc, crocus))).toEqual([false, true]);
  });

  it("a name's sound in the same script is another word unless it starts alike or is a slip: \"Crux\" is no \"Crocus\"", () => {
    const named = LexicalIndex.fromPassages([
      { id: 0, doc: "a.txt", start: 0, end: 60, text: "Dan, Freya and the whole Crux Shed crew thank you." },
      { id: 1, doc: "b.txt", start: 0, end: 60, text: "The attack on Crocus City Hall took place on Friday." },
      { id: 2, doc: "c.txt", start: 0, end: 40, text: "Стрельба в «Крокусе» началась вечером." },
    ]);
    const crocus = firstToken(named, "crocus");
    expect(["a.txt", "b.txt", "c.txt"].map((doc) => named.documentCovers(doc, crocus))).toEqual([false, true, true]);
  });

  it("a document holds a full name when one passage holds its words together, not each in another", () => {
    const named = LexicalIndex.fromPassages([
      { id: 0, doc: "a.txt", start: 0, end: 50, text: "Глава города Ирина Мальцева ввела режим ЧС." },
      { id: 1, doc: "b.txt", start: 0, end: 40, text: "Врачи осмотрели Ирину Петрову." },
      { id: 2, doc: "b.txt", start: 40, end: 80, text: "Семья Мальцевых уехала из города." },
    ]);
    const name = named.analyzer.analyze("ирина мальцева");
    expect(named.documentCoversTogether("a.txt", name)).toBe(true);
    expect(name.every((t) => named.documentCovers("b.txt", t))).toBe(true);
    expect(named.documentCoversTogether("b.txt", name)).toBe(false);
  });
});

describe("LexicalIndex.correct: a misspelt word the articles and the vocabulary do not know", () => {
  const text = "About 9,400 barrels of crude oil poured from the pipeline into the river.";
  const lexical = LexicalIndex.fromPassages([{ id: 0, doc: "a.txt", start: 0, end: text.length, text }]);

  it.each([
    // One edit from a vocabulary word whose concept the article holds (a Russian question, an English article).
    // (The vocabulary writes the genitive too, one edit away: «трубопровода».)
    ["трубопровада", "трубопровода"],
    // Sounding exactly like the article's own word in the other script: that word.
    ["барелей", "barrels"],
  ])("%j → %j", (typo, word) => {
    expect(lexical.correct(typo)).toBe(word);
  });

  it("never lands on a short word: a slip is one in a word of some length (\"knots\" is not \"not\")", () => {
    const line = "The line was not shut until 6:31 a.m.";
    const other = LexicalIndex.fromPassages([{ id: 0, doc: "b.txt", start: 0, end: line.length, text: line }]);
    expect(other.correct("knots")).not.toBe("not");
  });

  it("a loanword the vocabulary lacks is the articles' word in the other script that sounds alike", () => {
    const line = "Бутылку водки «Белая Кама» продавали за 180 рублей; содержание метанола достигало 38%.";
    const russian = LexicalIndex.fromPassages([{ id: 0, doc: "r.txt", start: 0, end: line.length, text: line }]);
    expect(russian.correct("methanol")).toBe("метанола");
    expect(russian.correct("vodka")).toBe("водки");
  });

  it("a loanword's consonants count first: «ирландии» is \"Ireland\", not the more frequent \"island\"", () => {
    const text = "The island ferry ran again. The island was cut off. Ireland has notified the ECDC.";
    // (Without the gazetteer, which knows «Ирландия» itself.)
    const vocabulary = Vocabulary.fromData({ ...lexiconData(), places: new Map() });
    const english = LexicalIndex.fromPassages([{ id: 0, doc: "e.txt", start: 0, end: text.length, text }], new Map(), { vocabulary });
    expect(english.correct("ирландии")).toBe("ireland");
  });

  it("a loanword never becomes a word of the other script with another consonant: \"balloon\" is not «балок»", () => {
    const text = "Из-за ветра со склона унесло балок строителей. Балок нашли в овраге.";
    const russian = LexicalIndex.fromPassages([{ id: 0, doc: "r.txt", start: 0, end: text.length, text }]);
    expect(russian.correct("balloon")).toBeNull();
  });

  it("leaves a word whose stem is far from every known stem", () => {
    expect(lexical.correct("заложников")).toBeNull();
  });

  it("corrects a word met again (remembered, up to typoCacheWords words) as it did the first time", () => {
    const asked = ["трубопровада", "барелей", "заложников", "трубопровада", "барелей", "заложников"];
    const expected = [lexical.correct("трубопровада"), lexical.correct("барелей"), lexical.correct("заложников")];
    // An index that remembers one word only: each word is let go before it comes back.
    const forgetful = LexicalIndex.fromPassages([{ id: 0, doc: "a.txt", start: 0, end: text.length, text }], new Map(), {
      settings: { ...RETRIEVAL_SETTINGS, typoCacheWords: 1 },
    });
    expect(asked.map((word) => forgetful.correct(word))).toEqual([...expected, ...expected]);
    expect(asked.map((word) => lexical.correct(word))).toEqual([...expected, ...expected]);
    expect(expected).toEqual(["трубопровода", "barrels", null]);
  });
});

describe("LexicalIndex.search: a translated word meets both languages nearly alike", () => {
  it("a passage of the question's language holding the word scores well under twice one of the other language holding it", () => {
    const texts = ["The dormitory was closed on Monday.", "Общежитие закрыли в понедельник.", "The council met on Monday.", "Совет собрался в понедельник.", "A storm closed the port.", "Шторм закрыл порт."];
    const passages: Passage[] = texts.map((text, id) => ({ id, doc: `d${id}.txt`, start: 0, end: text.length, text }));
    const index = LexicalIndex.fromPassages(passages);
    const [dormitory] = index.analyzer.analyze("dormitory");
    const hits = index.search([{ token: dormitory!, weight: 1 }], 3);
    const english = hits.find((h) => h.passageId === 0)?.bm25 ?? 0;
    const russian = hits.find((h) => h.passageId === 1)?.bm25 ?? 0;
    expect(russian).toBeGreaterThan(0);
    // (At full stem weight the English passage scored 2.7 times the Russian: stem and concept both.)
    expect(english / russian).toBeLessThan(1.75);
  });

  it("a word's concepts are one synonym set: the language that holds all of them does not score each", () => {
    const texts = ["A fight broke out in the yard.", "Во дворе вспыхнула драка.", "The council met on Monday.", "Совет собрался в понедельник.", "A storm closed the port.", "Шторм закрыл порт."];
    const passages: Passage[] = texts.map((text, id) => ({ id, doc: `d${id}.txt`, start: 0, end: text.length, text }));
    const index = LexicalIndex.fromPassages(passages);
    const [fight] = index.analyzer.analyze("fight");
    // ("fight" has concepts of its own forms, fighting and fighter, which only English writes; «драка» shares one.)
    expect(fight?.concepts.length).toBeGreaterThan(1);
    const hits = index.search([{ token: fight!, weight: 1 }], 3);
    const english = hits.find((h) => h.passageId === 0)?.bm25 ?? 0;
    const russian = hits.find((h) => h.passageId === 1)?.bm25 ?? 0;
    expect(russian).toBeGreaterThan(0);
    // (Summed over the concepts, even divided by the root of their number, the English passage scored
    // 8 times the Russian; now its own stem and context alone set it apart.)
    expect(english / russian).toBeLessThan(2);
  });
});

describe("LexicalIndex.isName: a word the articles write with a capital, or a place the gazetteer knows", () => {
  const passages: Passage[] = [
    { id: 0, doc: "a.txt", start: 0, end: 52, text: "Rescuers from Dunmore reached the valley on Monday." },
    { id: 1, doc: "b.txt", start: 0, end: 40, text: "The valley road was closed for repairs." },
  ];
  const index = LexicalIndex.fromPassages(passages);
  const token = (text: string) => firstToken(index, text);

  it("takes a word the articles capitalise for a name, and a common word for none", () => {
    expect(index.isName(token("dunmore"))).toBe(true);
    expect(index.isName(token("valley"))).toBe(false);
  });

  it("takes a place the gazetteer knows for a name even when no article writes it (a question about another country)", () => {
    expect(index.isName(token("канзасе"))).toBe(true);
    expect(index.isName(token("ohio"))).toBe(true);
  });

  it("takes a word written with a capital inside it for a name, even first in its sentences", () => {
    const camel = LexicalIndex.fromPassages([
      { id: 0, doc: "c.txt", start: 0, end: 61, text: "BlackVesper claimed the attack. Group: BlackVesper. Sources said." },
      { id: 1, doc: "d.txt", start: 0, end: 54, text: "МосГорТранс закрыл станцию. Claimed by nobody, then." },
    ]);
    expect(camel.isName(firstToken(camel, "blackvesper"))).toBe(true);
    expect(camel.isName(firstToken(camel, "мосгортранс"))).toBe(true);
    // A plain word first in its sentence is no name.
    expect(camel.isName(firstToken(camel, "sources"))).toBe(false);
  });

  it("takes a surname's case form typed in lower case for the name the articles write in the nominative", () => {
    const text = "На борту был капитан Геннадий Сорокоумов, он собрал всех в салоне.";
    const ship = LexicalIndex.fromPassages([{ id: 0, doc: "f.md", start: 0, end: text.length, text }]);
    expect(ship.isName(firstToken(ship, "сорокоумову"))).toBe(true);
    expect(ship.isName(firstToken(ship, "сорокоумова"))).toBe(true);
    // A word the articles write without a capital is no one's name, whatever its ending.
    expect(ship.isName(firstToken(ship, "салону"))).toBe(false);
  });

  it("does not count a name first on a line (a list's row after a line without a full stop) as written without a capital", () => {
    const text = "Glenvarrow High School ...... OPEN\nKirkhope Primary School ...... CLOSED\nMillbrae Primary ...... OPEN\nKirkhope Nursery ...... CLOSED\nWe will not reopen Kirkhope until it is safe.";
    const list = LexicalIndex.fromPassages([{ id: 0, doc: "e.txt", start: 0, end: text.length, text }]);
    expect(list.isName(firstToken(list, "kirkhope"))).toBe(true);
    expect(list.isName(firstToken(list, "киркхоуп"))).toBe(true);
  });
});

describe("LexicalIndex.unknownPeople: a famous person a question names whom no article names", () => {
  const text = "Протестующие надели маски. Горбачёв в 1990 году посетил город, сообщил музей.";
  const index = LexicalIndex.fromPassages([{ id: 0, doc: "a.md", start: 0, end: text.length, text }]);
  const unknown = (question: string) => index.unknownPeople(index.analyzer.analyze(question)).map((t) => t.original);

  it("gives the words of a famous person's name no article writes", () => {
    expect(unknown("what did elon musk say after the starship blew up")).toEqual(["elon", "musk"]);
    expect(unknown("сколько голов забил лионель месси")).toEqual(["лионель", "месси"]);
  });

  it("gives nothing for a famous person an article names, in either script", () => {
    expect(unknown("when did gorbachev visit the city")).toEqual([]);
    expect(unknown("когда горбачёв посетил город")).toEqual([]);
  });
});
