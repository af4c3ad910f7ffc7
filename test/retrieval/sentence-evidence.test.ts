import { describe, expect, it } from "vitest";
import type { Passage } from "../../src/corpus/article.ts";
import { LexicalIndex } from "../../src/retrieval/lexical-index.ts";
import { analyzeQuestion } from "../../src/retrieval/question.ts";
import { continuesSentenceBefore, evaluateWindows, highlightsIn, isQuotable, opensWithPronoun, sentenceTerms, windowEvaluator, type AnalysedText, type SentenceMemo, type SentenceTerms, type WindowEvidence } from "../../src/retrieval/sentence-evidence.ts";
import { Analyzer } from "../../src/text/analyzer.ts";
import { RETRIEVAL_SETTINGS, type RetrievalSettings } from "../../src/retrieval/settings.ts";
import { sharedVocabulary } from "../../src/text/vocabulary.ts";
import { TitleTerms } from "../../src/retrieval/title-terms.ts";

/** Passages of `[doc, text]` pairs, laid end to end as if one text. */
function passagesOf(texts: readonly (readonly [string, string])[]): Passage[] {
  let start = 0;
  return texts.map(([doc, text], id) => {
    const passage = { id, doc, start, end: start + text.length, text };
    start += text.length + 1;
    return passage;
  });
}

describe("isQuotable: publishing furniture is never quoted", () => {
  it.each([
    ["By Maria Olsen | Staff reporter | 14.05.2025 09:12", true, false],
    ["Фото: пресс-служба ООО «Енисейполимер»", true, false],
    ["(Reporting by Jenna Holt; Editing by Mark Delaney)", true, false],
    ["Опубликовано: 12 мая 2025, 21:40", true, false],
    ["Теракты в Дагестане", true, false],
    ["Read more: wildfire season outlook", true, false],
    ["Source: https://example.org/a", true, false],
    ["Пострадало 46 человек, среди которых есть как гражданские лица, так и работники правоохранительных органов.", true, true],
    ["They opened fire on the security forces, intense firefight near the old square of the city", true, true],
    ["The death toll exceeded 115 people.", false, true],
    ["Sweeps continue", false, false],
    ["Who is behind it", true, false],
    ["Ransom demanded: $4.5 million in bitcoin", true, true],
    ["Дата: 2025-03-04", true, false],
    ["Date night at the festival drew 2,000 couples.", true, true],
    ["212 patients transferred, including 19 from intensive care", true, true],
    ["By Daniel Reyes, Reuters", true, false],
    ["By Saturday morning the fire was 18% contained.", true, true],
    ["By the evening, 300 servicemen had arrived.", false, true],
    // A question states nothing: a reporter's at a briefing, a subheading.
    ["Telegram-канал «Староборск 24»: Кто обслуживает кислородную станцию?", true, false],
    ["Why did nobody check the sensor that had failed on 1 November?", false, false],
    ["«Кто за это ответит?»", false, false],
    // A closing quote ends a sentence only after a stop: a fact box's heading is no sentence.
    ["Досье: вертолёт «Ансат»", true, false],
    ["SUMMARY (AI-assisted, checked by an editor)", true, false],
    ["The hospital reopened on Friday (its first day since the attack.)", true, true],
    ["Ковальчук: «Мост восстановят за год».", true, true],
    ["Ковальчук: «Мост восстановят за год.»", true, true],
    // A line ending in a colon leads into the next lines: a transcript's speaker cue, a statement's lead-in.
    ["СТЕНДАП — Игорь Семакин, корреспондент, вестибюль станции «Кузнечная слобода»:", true, false],
    ["The council's statement, issued at 9pm, reads in full:", true, false],
    ["Among the 12 people detained were:", false, true],
    // A numbered section's run-in heading says nothing; a numbered sentence or a figure does.
    ["2.1 Rainfall.", false, false],
    ["3. Выводы.", false, false],
    ["IV. Findings and analysis:", false, false],
    // Two words say something only as "none of them".
    ["Погибших нет.", false, true],
    ["Погибших нет.", true, false],
    ["Фото ТАСС.", false, false],
    ["12. Три человека погибли.", false, true],
    ["1.5 million people were evacuated.", false, true],
    ["2. The bridge collapsed at 10:47.", false, true],
  ])("%j (alone on its line: %s) → %s", (text, alone, expected) => {
    expect(isQuotable(text, alone)).toBe(expected);
  });
});

describe("isQuotable: a run-in heading put as a question without its mark opens a paragraph, says nothing", () => {
  it.each([
    // Opening a paragraph that goes on after it on the same line.
    ["Почему люди не могли выйти.", true, false],
    ["Почему рухнула лестница.", true, false],
    ["Из-за чего рухнула лестница.", true, false],
    ["Что это значит для нас.", true, false],
    ["Why the doors were locked.", true, false],
    ["How the fire spread so fast.", true, false],
    // Prose: a comma or a figure, eight words or more, a question mark's absence elsewhere.
    ["Как сообщили в МЧС, погибли пять человек.", true, true],
    ["Что произошло в 04:10, выясняет следствие.", true, true],
    ["What followed was a night of fires across the whole old town.", true, true],
    ["When police arrived they found the doors locked.", true, true],
    // Inside a paragraph, the same words are a sentence of the story.
    ["Почему рухнула лестница.", false, true],
  ])("%j (opens its paragraph: %s) → %s", (text, opens, expected) => {
    expect(isQuotable(text, false, opens)).toBe(expected);
  });
});

describe("sentenceTerms: a sentence text already analysed is not analysed again", () => {
  const analyzer = new Analyzer(sharedVocabulary());
  const first: Passage = { id: 0, doc: "a.txt", start: 0, end: 92, text: "The bridge collapsed on Monday.\nFour people were hurt. Divers came from Zarechensk at night." };
  // The next passage starts with the last sentence of the first (the chunker's one-sentence overlap).
  const second: Passage = { id: 1, doc: "a.txt", start: 55, end: 128, text: "Divers came from Zarechensk at night. The governor ordered an inspection." };

  /** A memo that counts what it is asked for and what it is given. */
  function countingMemo(): SentenceMemo & { hits: number; stored: number } {
    const known = new Map<string, AnalysedText>();
    const memo = {
      hits: 0,
      stored: 0,
      get(text: string) {
        const analysed = known.get(text);
        if (analysed) memo.hits += 1;
        return analysed;
      },
      set(text: string, analysed: AnalysedText) {
        memo.stored += 1;
        known.set(text, analysed);
      },
    };
    return memo;
  }

  const plain = (s: SentenceTerms) => ({
    start: s.start,
    end: s.end,
    text: s.text,
    breakBefore: s.breakBefore,
    quotable: s.quotable,
    stems: [...s.terms.stems],
    concepts: [...s.terms.concepts],
    phonetic: [...s.terms.phonetic],
    pairs: [...s.terms.pairs],
    numbers: s.types.numbers,
    names: s.types.names,
    tokens: s.tokens.map((t) => [t.stem, t.start, t.end]),
  });

  it("gives the same sentences with a memo as without, and analyses the shared sentence once", () => {
    const memo = countingMemo();
    const withMemo = [...sentenceTerms(first, analyzer, memo), ...sentenceTerms(second, analyzer, memo)];
    const without = [...sentenceTerms(first, analyzer), ...sentenceTerms(second, analyzer)];
    expect(withMemo.map(plain)).toEqual(without.map(plain));
    expect(memo.stored).toBe(4);
    expect(memo.hits).toBe(1);
  });

  it("tells whether a shared sentence may be quoted by its own place: a heading alone on its line, not within one", () => {
    const memo = countingMemo();
    const heading: Passage = { id: 2, doc: "b.txt", start: 0, end: 42, text: "Divers search the river\nThe water is cold." };
    const within: Passage = { id: 3, doc: "c.txt", start: 0, end: 53, text: "Officials spoke at noon. Divers search the river\nLater." };
    const shared = (passage: Passage, withMemo: boolean) => sentenceTerms(passage, analyzer, withMemo ? memo : undefined).find((s) => s.text === "Divers search the river")?.quotable;
    expect([shared(heading, true), shared(within, true), shared(heading, true), shared(within, true)]).toEqual([false, true, false, true]);
    expect([shared(heading, false), shared(within, false)]).toEqual([false, true]);
    expect(memo.hits).toBe(6);
  });

  it("keeps each sentence's own offsets and place in its passage when its text is shared", () => {
    const memo = countingMemo();
    const last = sentenceTerms(first, analyzer, memo).at(-1);
    const opening = sentenceTerms(second, analyzer, memo)[0];
    expect(last?.text).toBe(opening?.text);
    expect(last?.start).toBe(55);
    expect(opening?.start).toBe(55);
    expect(opening?.tokens[0]?.start).toBe(55);
    expect(last?.breakBefore).toBe(false);
  });
});

describe("windowEvaluator: one question over many passages", () => {
  // Overlapping passages (the last sentence of one opens the next) and an article repeating a
  // sentence of another: the evaluator matches each distinct sentence analysis once.
  const passages: Passage[] = [
    { id: 0, doc: "a.txt", start: 0, end: 120, text: "The bridge over the Tellan collapsed on Monday.\nFour people were hurt, officials said. Divers came from Zarechensk at night." },
    { id: 1, doc: "a.txt", start: 87, end: 170, text: "Divers came from Zarechensk at night. The governor ordered an inspection of 12 bridges." },
    { id: 2, doc: "b.txt", start: 0, end: 95, text: "Four people were hurt, officials said. The bridge collapsed because its supports had rusted." },
    { id: 3, doc: "c.txt", start: 0, end: 60, text: "A festival opened in Almaty. About 2,000 people came to the square." },
  ];
  const lexical = LexicalIndex.fromPassages(passages, new Map([["a.txt", "Tellan bridge collapse"], ["b.txt", null], ["c.txt", "Festival"]]));

  it.each(["How many people were hurt when the bridge collapsed?", "Why did the bridge collapse?", "Who came from Zarechensk?", "когда открылся фестиваль"])(
    "%j: the same windows as weighing each passage on its own",
    (text) => {
      const question = analyzeQuestion(text, lexical.analyzer, lexical);
      const evaluate = windowEvaluator(question, lexical);
      expect(passages.flatMap((p) => evaluate(p, 1)).some((w) => w.focusMatched.length > 0)).toBe(true);
      passages.forEach((passage, i) => {
        expect(evaluate(passage, i + 1)).toEqual(evaluateWindows(question, passage, i + 1, lexical));
      });
      // Again in the other order (what is remembered from one passage does not leak into another's windows).
      const again = windowEvaluator(question, lexical);
      [...passages].reverse().forEach((passage) => {
        expect(again(passage, 2)).toEqual(evaluateWindows(question, passage, 2, lexical));
      });
    },
  );
});

describe("highlightsIn: the question's words within a span of a passage", () => {
  const passages: Passage[] = [
    { id: 0, doc: "a.txt", start: 100, end: 220, text: "The bridge over the Tellan collapsed on Monday. Four people were hurt on the bridge. Divers searched the river all night." },
  ];
  const lexical = LexicalIndex.fromPassages(passages);
  const question = analyzeQuestion("How many people were hurt when the bridge collapsed?", lexical.analyzer, lexical);
  const words = (start: number, end: number) => highlightsIn(question, 0, start, end, lexical).map((h) => passages[0]!.text.slice(h.start - 100, h.end - 100));

  it("finds them in the span's sentences only, in order", () => {
    const [first, second] = lexical.sentences(0);
    // ("people" is a generic word of this question: not highlighted.)
    expect(words(first!.start, second!.end)).toEqual(["bridge", "collapsed", "hurt", "bridge"]);
    expect(words(second!.start, second!.end)).toEqual(["hurt", "bridge"]);
    // A span cutting a sentence: only the words wholly inside it.
    expect(words(second!.start + 5, second!.start + 32)).toEqual(["hurt"]);
    expect(words(0, 100)).toEqual([]);
  });
});

describe("windowEvaluator: a rare name of the question names the event", () => {
  const texts: [string, string][] = [
    ["ferry.txt", "The Agia Eleni ferry overturned off Kalyros on Saturday. The captain was arrested on Sunday."],
    ["mine.txt", "Two miners drowned when the shaft flooded at Orlovka."],
    ...Array.from({ length: 10 }, (_, i): [string, string] => [`filler-${i}.txt`, `The council met on Monday to discuss road repairs in district ${i + 1}.`]),
  ];
  const passages = passagesOf(texts);
  const lexical = LexicalIndex.fromPassages(passages);
  const names = { isName: (token: { stem: string }) => token.stem.startsWith("kalyro"), continuesName: () => false };
  const sceneHeld = (question: string, settings: RetrievalSettings = RETRIEVAL_SETTINGS) =>
    evaluateWindows(analyzeQuestion(question, lexical.analyzer, names), passages[0] as Passage, 1, lexical, settings).every((w) => w.sceneHeld);

  it("excuses a scene word no document writes, in the document of the event's rare name", () => {
    expect(sceneHeld("which captain was arrested after the ferry sank off kalyros")).toBe(true);
    expect(sceneHeld("which captain was arrested after the ferry sank off kalyros", { ...RETRIEVAL_SETTINGS, eventNameShare: 0 })).toBe(false);
  });

  it("does not excuse a scene word another document writes: another event at the same place", () => {
    expect(sceneHeld("which captain was arrested after the shaft flooded near kalyros")).toBe(false);
  });
});

describe("windowEvaluator: the kind of answer asked by 'what / какой' is a word the article uses", () => {
  const held = (text: string, question: string) => windowsOfOne(text, question).every((w) => w.sceneHeld);

  it("an article that never names the breed, the brand or the calibre does not give it", () => {
    expect(held("A dog bit two pupils outside School No. 3 on Monday.", "what breed was the dog that bit the pupils")).toBe(false);
    expect(held("Собака покусала двух школьников у школы № 3. Это была овчарка, порода крупная.", "какой породы была собака которая покусала школьников")).toBe(true);
    expect(held("На складе хранились артиллерийские снаряды.", "какой калибр снарядов хранился на складе")).toBe(false);
  });

  it("a typed question's kind of answer is given by its type, not its word: a town's name answers 'which town'", () => {
    expect(held("Gunmen attacked a synagogue and a church in Derbent.", "which town had the synagogue attacked")).toBe(true);
  });
});

describe("windowEvaluator: one scene word of the question's own wording", () => {
  const passages = passagesOf([
    ["square.txt", "Police fired into the air as protesters stood on the square in front of the akimat."],
    ["other.txt", "A crowd watched the flood reach the court in Ohio."],
  ]);
  const lexical = LexicalIndex.fromPassages(passages);
  const noNames = { isName: () => false, continuesName: () => false };
  const held = (question: string) =>
    evaluateWindows(analyzeQuestion(question, lexical.analyzer, noNames), passages[0] as Passage, 1, lexical).every((w) => w.sceneHeld);

  it("is excused when two other scene words are the article's", () => {
    expect(held("were police shooting at the crowd on the square in front of the akimat")).toBe(true);
  });

  it("is not excused with only one other, nor when it names a kind of event or a place", () => {
    expect(held("were police shooting at the crowd on the square")).toBe(false);
    expect(held("were police shooting during the flood on the square in front of the akimat")).toBe(false);
    expect(held("were police shooting on the square in front of the akimat in ohio")).toBe(false);
  });
});

describe("windowEvaluator: one scene word of the question's own wording, beside a name the article holds", () => {
  const passages = passagesOf([
    ["lift.txt", "Mrs Doreen Ashby, 71, died after the lift fell four floors at Tansley Court in Hadleigh Cross."],
    ["other.txt", "A crowd watched the flood reach the tram depot in Ohio after an accident."],
  ]);
  const lexical = LexicalIndex.fromPassages(passages);
  const placeNames = { isName: (t: { stem: string }) => ["hadleigh", "cross", "tansley", "court"].includes(t.stem), continuesName: () => false };
  const held = (question: string) =>
    evaluateWindows(analyzeQuestion(question, lexical.analyzer, placeNames), passages[0] as Passage, 1, lexical).every((w) => w.sceneHeld);

  it("is excused when another scene word and a name of the question are the article's", () => {
    // "accident" is the question's word for what the article tells ("the lift fell"): no kind of event.
    expect(held("who died in the hadleigh cross lift accident")).toBe(true);
    expect(held("who died in the lift accident at tansley court")).toBe(true);
  });

  it("is not excused without another scene word the article holds, nor when it names a kind of event", () => {
    expect(held("who died in the hadleigh cross lift flood")).toBe(false);
    expect(held("who died in the hadleigh cross tram depot")).toBe(false);
    expect(held("who died in the lift accident")).toBe(false);
  });
});

describe("windowEvaluator: a rare name of the question names the event across languages", () => {
  const texts: [string, string][] = [
    ["lavina.txt", "Лавина сошла в парке «Ирбис» в субботу. Погибли три человека."],
    ["resort.txt", "The ski resort at Hollin opened for the season on Friday."],
    ["shakhta.txt", "Шахту затопило под Орловкой, два горняка погибли."],
    ...Array.from({ length: 10 }, (_, i): [string, string] => [`filler-${i}.txt`, `The council met on Monday to discuss road repairs in district ${i + 1}.`]),
  ];
  const passages = passagesOf(texts);
  const lexical = LexicalIndex.fromPassages(passages);
  const names = { isName: (token: { stem: string }) => token.stem.startsWith("irbi") || token.stem.startsWith("ирбис"), continuesName: () => false };
  const sceneHeld = (question: string) =>
    evaluateWindows(analyzeQuestion(question, lexical.analyzer, names), passages[0] as Passage, 1, lexical).every((w) => w.sceneHeld);

  it("excuses a scene word in the other language than the document's, which the vocabulary need not translate", () => {
    expect(sceneHeld("how many people died at the irbis ski resort")).toBe(true);
  });

  it("still asks the document's own language for its scene words", () => {
    expect(sceneHeld("сколько человек погибло в шахте в ирбисе")).toBe(false);
  });
});

describe("windowEvaluator: a Russian report's scene need not say it is Russian", () => {
  const texts: [string, string][] = [
    ["sud.txt", "Мужчина забаррикадировался в зале суда. Переговоры вёл подполковник полиции Андрей Лукашин."],
    ["court.txt", "A man barricaded himself in a court in Ohio. A police negotiator talked to him for an hour."],
    ["embassy.txt", "The Russian embassy issued a statement on Monday."],
  ];
  const passages = passagesOf(texts);
  const lexical = LexicalIndex.fromPassages(passages);
  const noNames = { isName: () => false, continuesName: () => false };
  const sceneHeld = (question: string, id: number) =>
    evaluateWindows(analyzeQuestion(question, lexical.analyzer, noNames), passages[id] as Passage, 1, lexical).every((w) => w.sceneHeld);

  it("holds 'russian' in a Russian text, not in an English one about another country", () => {
    expect(sceneHeld("who negotiated with the man in the russian court", 0)).toBe(true);
    expect(sceneHeld("who negotiated with the man in the russian court", 1)).toBe(false);
    expect(sceneHeld("who negotiated with the man in the court", 1)).toBe(true);
  });
});

/** The windows of one passage of `text` (an index of it alone) for `question`, names told by nothing. */
function windowsOfOne(text: string, question: string) {
  const passage: Passage = { id: 0, doc: "a.txt", start: 0, end: text.length, text };
  const lexical = LexicalIndex.fromPassages([passage]);
  const noNames = { isName: () => false, continuesName: () => false };
  return evaluateWindows(analyzeQuestion(question, lexical.analyzer, noNames), passage, 1, lexical);
}

/** Whether each one-sentence window of `text` holds the answer type of `question`. */
const typeHeldBySentence = (text: string, question: string) =>
  windowsOfOne(text, question)
    .filter((w) => w.sentences === 1)
    .map((w) => w.typeHeld);

describe("windowEvaluator: a measure question wants a measure, not a count beside its word", () => {
  it("holds the type where the amount has a unit; a count of people under the snow is no amount of snow", () => {
    const text = "Под снегом оказались 23 человека. За двое суток выпало 110 см снега.";
    expect(typeHeldBySentence(text, "how much snow fell")).toEqual([false, true]);
    // A count question is still answered by the number beside what it counts.
    expect(typeHeldBySentence("Под снегом оказались 23 лыжника.", "сколько лыжников оказалось под снегом")).toEqual([true]);
  });
});

describe("windowEvaluator: a date of reopening is told by what stays closed until when", () => {
  // (The reopening's own words are in another article of the index, as in any archive: a word no article writes weighs nothing.)
  const matched = (text: string, question: string) => {
    const passage: Passage = { id: 0, doc: "a.txt", start: 0, end: text.length, text };
    const other = "The shop is open again. Магазин снова откроют и закрыли, движение возобновили.";
    const lexical = LexicalIndex.fromPassages([passage, { id: 1, doc: "b.txt", start: 0, end: other.length, text: other }]);
    return evaluateWindows(analyzeQuestion(question, lexical.analyzer, { isName: () => false, continuesName: () => false }), passage, 1, lexical)
      .filter((w) => w.sentences === 1)
      .map((w) => w.focusMatched.map((t) => t.token.original).sort());
  };
  it("\"when will it open again\" meets \"closed until\", and «до какого числа закрыта» meets «откроют»", () => {
    expect(matched("The museum is closed until at least Saturday 6 December.", "when will the museum open again")).toEqual([["museum", "open"]]);
    expect(matched("Экотропа закрыта до 15 сентября.", "когда снова откроют экотропу")).toEqual([["откроют", "экотропу"]]);
    expect(matched("Движение по дороге откроют 1 августа.", "до какого числа закрыта дорога")).toEqual([["дорога", "закрыта"]]);
  });

  it("not when the reopening asked is past: it is answered by when it did", () => {
    expect(matched("The museum is closed until at least Saturday 6 December.", "when did the museum reopen")).toEqual([["museum"]]);
    expect(matched("Участок закрыт до 1 августа.", "когда возобновили движение на участке")).toEqual([[]]);
  });
});

describe("windowEvaluator: a question for a thing's kind wants the kind named", () => {
  it("holds the type where a word right before the thing, or joined to it by a hyphen, says which kind", () => {
    const text = "A tourist was bitten by a shark at the cove. This is the first shark bite at the beach. She believes the animal was a bull shark.";
    expect(typeHeldBySentence(text, "what type of shark bit the tourist")).toEqual([false, false, true]);
    expect(typeHeldBySentence("Туриста укусила акула. По словам биолога, это была акула-бык.", "что за акула покусала туриста")).toEqual([false, true]);
  });
});

describe("windowEvaluator: a population is the population of the place asked about", () => {
  it("holds the type in a passage that names the place, not in another town's count of residents", () => {
    expect(typeHeldBySentence("Olkhovka has a population of about 640 people.", "how many people live in Olkhovka")).toEqual([true]);
    expect(typeHeldBySentence("About 412,000 residents of Nordvinsk lost power.", "what is the population of Canada")).toEqual([false]);
    expect(typeHeldBySentence("About 412,000 residents of Nordvinsk lost power.", "what is the population of Nordvinsk")).toEqual([true]);
  });
});

describe("windowEvaluator: a wage is told as one", () => {
  it("by a word of wages or a pay per period, not by a payout that a word of paying links to «зарплата»", () => {
    expect(typeHeldBySentence("Семьям погибших горняков выплатят по 1 млн рублей.", "какая зарплата у горняков")).toEqual([false]);
    expect(typeHeldBySentence("Средняя зарплата горняков — 84 тыс. рублей.", "какая зарплата у горняков")).toEqual([true]);
    expect(typeHeldBySentence("The union says the crew were paid £1,050 a month.", "какая зарплата была у моряков")).toEqual([true]);
  });
});

describe("windowEvaluator: a person asked by sex or age only is whoever the sentence gives an age to", () => {
  it("«78-летнюю пенсионерку» gives the woman's age; a town named in the heading is no person's name", () => {
    const text = "Ледяная глыба упала на 78-летнюю пенсионерку, она в реанимации. Всего в Краснопрудске пострадали пять человек.";
    expect(typeHeldBySentence(text, "Krasnoprudsk falling ice how old was the woman in intensive care")).toEqual([true, false]);
    expect(typeHeldBySentence("Dunlow Police arrested a 19-year-old man from Wrexcombe.", "сколько лет парню которого задержали")).toEqual([true]);
    // A person asked by a role is still told by that role: a farmer's age is no kayaker's.
    expect(typeHeldBySentence("A 63-year-old farmer found the boat.", "how old was the kayaker")).toEqual([false]);
  });

  it("or the age beside what the question says the person did, when another of its words may be read as a person (an excavator)", () => {
    const site = "At 10.20am digger driver Lee Hartigan, 41, was clearing foundations. The site manager called the police.";
    expect(typeHeldBySentence(site, "how old is the guy driving the excavator that hit the bomb")).toEqual([true, false]);
  });
});

describe("windowEvaluator: an age stands next to its person", () => {
  it("a number right after a name and its comma is an age; a count after the name's verb is not", () => {
    const text = "Sheriff Ruth Ellingboe said 63 people were stranded in all. The guard, Pieter Lanting, 61, called police.";
    expect(typeHeldBySentence(text, "how old is sheriff ruth ellingboe")).toEqual([false, false]);
    expect(typeHeldBySentence(text, "how old is the guard pieter lanting")).toEqual([false, true]);
  });

  it("a day of a month after a name and its comma is a date, not an age", () => {
    const text = "Statement of the Rector, Monsignor Paolo Venturini, 7 August 2034. The guard, Pieter Lanting, 61, called police.";
    expect(typeHeldBySentence(text, "how old is monsignor paolo venturini")).toEqual([false, false]);
    expect(typeHeldBySentence("Заявление ректора Паоло Вентурини, 7 августа 2034 года.", "сколько лет паоло вентурини")).toEqual([false]);
  });

  it("the age of a person asked by name stands next to the name, not next to another word of the question", () => {
    const text = "Alexei Pyatunin, 34, was hit near Sheriff Ruth Ellingboe.";
    expect(typeHeldBySentence(text, "How old is Ellingboe, was he hit")).toEqual([false]);
    expect(typeHeldBySentence(text, "How old is Pyatunin, was he hit")).toEqual([true]);
  });

  it("of a full name, the age stands next to the surname: another person's given name is not the person", () => {
    const text = "Задержан заместитель главного врача Олег Дудин, 56 лет. Главный врач Ольга Ремезова, 44 года, говорила с журналистами.";
    expect(typeHeldBySentence(text, "how old is Olga Remezova")).toEqual([false, true]);
  });

  it("a name says whom a role's age question asks about more closely than the role (another inspector's age is not his)", () => {
    const text = "43-летний государственный инспектор Игорь Кольчугин погиб. Инспектор Шестаков, 38 лет, ранен.";
    expect(typeHeldBySentence(text, "сколько лет инспектору Шестакову")).toEqual([false, true]);
  });

  it("the age of a person asked by a role or a noun stands next to that word, not next to another word of the question", () => {
    const text = "The two missing people were a 63-year-old farmer and a guard last seen on Friday. The guard, Pieter Lanting, 61, called police.";
    expect(typeHeldBySentence(text, "how old was the guard who went missing")).toEqual([false, true]);
  });
});

describe("windowEvaluator: a name question's role stands with the name that answers it", () => {
  const text = "The plane landed in Samara on Monday, airline spokesman Ivan Petrov said. Its captain, Alexei Vetlugin, 46, had flown for 20 years.";

  it("holds the type only where the role word is, beside a name", () => {
    expect(typeHeldBySentence(text, "who was the captain of the plane that landed in samara")).toEqual([false, true]);
  });

  it("a name asked for is the role's holder's wherever the role word stands, a scene phrase too", () => {
    expect(typeHeldBySentence(text, "what's the name of the samara plane's captain")).toEqual([false, true]);
  });

  it("a role linked to the asked one only through another language names someone else", () => {
    const ferry = "Coast guard spokesman Commander Nikos Alexiou said 186 people were rescued. The captain, Stavros Kondylis, 58, was arrested.";
    expect(typeHeldBySentence(ferry, "who was the captain of the ferry")).toEqual([false, true]);
  });

  it("a name asked of a person the question describes stands with that person's word, in one sentence", () => {
    const shop = "Погибли кладовщик Анатолий Громов и грузчик Денис Ершов. Третий погибший — покупатель, мужчина около 40 лет.";
    expect(typeHeldBySentence(shop, "как звали покупателя который погиб")).toEqual([false, false]);
    expect(typeHeldBySentence(shop, "как звали кладовщика который погиб")).toEqual([true, false]);
  });

  it("a person told by an age is named beside that age, not by another name of the sentence", () => {
    const quake = "Among the dead were a couple found in Via Garibaldi and a 12-year-old boy. Rescuers freed another boy, Marco Ricci, 12, after six hours.";
    expect(typeHeldBySentence(quake, "name of the 12 year old boy in the earthquake")).toEqual([false, true]);
    const russian = "Погиб 52-летний Виктор Кузьмин. Среди раненых — 12-летний мальчик из Ярославля.";
    expect(typeHeldBySentence(russian, "как звали 12-летнего мальчика")).toEqual([false, false]);
    expect(typeHeldBySentence(russian, "как звали 52-летнего водителя")).toEqual([true, false]);
  });

  it("stop words between a name and an age leave the age to no one: the last name of a list is not the aged person's", () => {
    const flood = "Among the dead were Mary Doyle, a retired teacher from Ash Road, and a 19-year-old man who drowned. A second man, Liam Ferris, 19, was rescued.";
    expect(typeHeldBySentence(flood, "what was the name of the 19 year old who drowned")).toEqual([false, true]);
  });

  it("a person described by any noun for a person (WordNet's, and its Russian) is named beside it", () => {
    const cellar = "Shift manager Rosa Klein called the fire brigade when a brewer collapsed on the stairs. The brewer, Tom Hale, died in hospital.";
    expect(typeHeldBySentence(cellar, "name of the brewer who collapsed on the stairs")).toEqual([false, true]);
    const train = "Начальник поезда Игорь Сомов сообщил о сходе вагонов. Погибла проводница третьего вагона Анна Крылова.";
    expect(typeHeldBySentence(train, "как звали проводницу которая погибла")).toEqual([false, true]);
  });

  it("a plain word for a person whose deed the question tells is named by the sentence of the deed, which need not say that word", () => {
    const stop = "На остановке ждали автобус шесть человек. Погибла 66-летняя Галина Петровна Недошивина, бывшая учительница.";
    expect(typeHeldBySentence(stop, "как звали женщину которая погибла на остановке")).toEqual([false, true]);
    const train = "The driver, Paul Rees, braked hard. Retired teacher Margaret Ellery, 71, died at the scene.";
    expect(typeHeldBySentence(train, "name of the woman who died on the train")).toEqual([true, true]);
    // A role is no plain word: it still stands beside the name.
    expect(typeHeldBySentence(stop, "как звали учительницу которая погибла")).toEqual([false, true]);
    expect(typeHeldBySentence(stop, "как звали водителя который погиб")).toEqual([false, false]);
  });

  it("another noun for a person the question itself uses does not stand between the role and the name", () => {
    const trust = "The chair of trustees, Sir Alan Hope, resigned on Monday.";
    expect(typeHeldBySentence(trust, "как зовут председателя попечителей который ушёл в отставку")).toEqual([true]);
  });

  it("the role stands beside the name: the chief officer arrested with a named captain is not named", () => {
    const ferry = "The captain, Stavros Kondylis, 58, and the chief officer of the ferry were arrested on Sunday morning.";
    expect(typeHeldBySentence(ferry, "whats the name of the chief officer of the ferry")).toEqual([false]);
    expect(typeHeldBySentence(ferry, "whats the name of the captain of the ferry")).toEqual([true]);
  });

  it("an ordinal asked picks the role word it stands before: the first driver's name does not name the second", () => {
    const bus = "Погибли пять пассажиров и водитель автобуса Виктор Кузьмин, 58 лет. Второй водитель Олег Седов получил перелом руки.";
    expect(typeHeldBySentence(bus, "как звали второго водителя автобуса")).toEqual([false, true]);
    expect(typeHeldBySentence(bus, "как звали водителя автобуса")).toEqual([true, true]);
    const noName = "Погибли пять пассажиров и водитель автобуса Виктор Кузьмин, 58 лет. Второй водитель получил перелом руки.";
    expect(typeHeldBySentence(noName, "как звали второго водителя автобуса")).toEqual([false, false]);
  });

  it("another person's word after the name that has a name of its own names that one, not the role's holder", () => {
    const avalanche = "Погибли трое: водитель маршрутки 61-летний Ахмат Узденов и супруги Олег и Вера Муравьёвы, 45 и 43 лет.";
    expect(typeHeldBySentence(avalanche, "как звали водителя маршрутки")).toEqual([true]);
    const english = "Killed were the minibus driver, 61-year-old Ahmat Uzdenov, and a tourist couple, Oleg and Vera Muravyov.";
    expect(typeHeldBySentence(english, "name of the minibus driver who died")).toEqual([true]);
    // An age between the role and the name is the named person's: it puts no distance between them.
    expect(typeHeldBySentence("The minibus driver, 61-year-old Ahmat Uzdenov, died at the scene.", "who was the minibus driver")).toEqual([true]);
    // So is an age in an apposition after the name, before the role ("Name, a 19-year-old cyclist")…
    expect(typeHeldBySentence("Callum Petch, a 19-year-old cyclist, was thrown off his bike by the blast.", "whats the name of the cyclist")).toEqual([true]);
    // …not an age of another person joined by "and": «…Анна Лещенко, 38 лет, и 57-летний пациент» names no patient.
    expect(typeHeldBySentence("Погибли врач Анна Лещенко, 38 лет, и 57-летний пациент из посёлка Верхняя Тая.", "как звали пациента")).toEqual([false]);
    // Without a name of its own, the other person's word beside the name still says it is not the driver's.
    const unnamed = "Погибли водитель маршрутки 61-летний житель Теберды и пассажирка Мадина Узденова.";
    expect(typeHeldBySentence(unnamed, "как звали водителя маршрутки")).toEqual([false]);
  });

  it("a resident noun and its place between the role and the name describe that person, not another", () => {
    const crash = "Пассажир Иван Петров вышел на остановке. Водитель тягача, 34-летний житель Кирова Руслан Меркулов, уснул за рулём.";
    expect(typeHeldBySentence(crash, "как зовут водителя тягача")).toEqual([false, true]);
    const english = "A passenger, Ivan Petrov, got off early. The driver of the lorry, a Kirov resident Ruslan Merkulov, fell asleep.";
    expect(typeHeldBySentence(english, "who was the driver of the lorry")).toEqual([false, true]);
    // Another person between them still names someone else.
    const other = "Водитель тягача, его напарник и пассажир Руслан Меркулов не пострадали.";
    expect(typeHeldBySentence(other, "как зовут водителя тягача")).toEqual([false]);
  });

  it("the role's complement and a second role in apposition stand between the role and the name without distance", () => {
    const statement = "TASS published a statement by the Chairman of the CSTO Collective Security Council, Prime Minister of Armenia Nikol Pashinyan, on the decision.";
    expect(typeHeldBySentence(statement, "who was chairman of the csto collective security council")).toEqual([true]);
    // A comma without a second role is no apposition: the chairman's complement goes on to another person.
    const other = "The Chairman of the CSTO Collective Security Council met the ambassador, Nikol Pashinyan said.";
    expect(typeHeldBySentence(other, "who was chairman of the csto collective security council")).toEqual([false]);
  });

  it("a question of what someone said is answered by a sentence reporting speech", () => {
    const text = "Также сообщалось, что Хабиб Нурмагомедов отреагировал на теракты в Дагестане. Нурмагомедов написал, что молится за погибших в Дагестане.";
    expect(typeHeldBySentence(text, "что именно сказал хабиб нурмагомедов про теракты в дагестане")).toEqual([false, true]);
  });

  it("a count of time is answered in its unit or one next to it, not by a number of something else", () => {
    const mourning = "Сегодня сообщалось о 15 погибших. В Дагестане объявили трехдневный траур. Разговор длился 40 минут.";
    expect(typeHeldBySentence(mourning, "сколько минут длился разговор")).toEqual([false, false, true]);
    expect(typeHeldBySentence(mourning, "сколько дней траура объявили")).toEqual([false, true, false]);
  });

  it("another person's word beyond a verb is in another clause: it does not stand between the role and the name", () => {
    const minister = "Министр транспорта Камской области Виктор Ступин сообщил, что семьи погибших получат по 1 млн рублей.";
    expect(typeHeldBySentence(minister, "кто министр транспорта камской области")).toEqual([true]);
  });

  it("«кто» before a role word asks for its holder (Russian has no verb there): a name without the role does not answer", () => {
    const hall = "President Tokayev held a meeting after the attack on Crocus City Hall. Владелец «Крокус Сити Холла» Арас Агаларов выразил соболезнования.";
    expect(typeHeldBySentence(hall, "кто владелец крокус сити холла")).toEqual([false, true]);
  });

  it("the role is found as a word for a person, not as a word sharing its meaning: «продажу» names no seller", () => {
    const market = "Глава округа Геннадий Ушаков запретил продажу консервов на рынках. Продавщица — 57-летняя Тамара Глушенкова.";
    expect(typeHeldBySentence(market, "как зовут продавца")).toEqual([false, true]);
    const firm = "Detective Owen Castell said the managing director of the security firm had been arrested. The boss, Ian Reed, 51, was bailed.";
    expect(typeHeldBySentence(firm, "whats the name of the security firm boss who got arrested")).toEqual([false, true]);
  });

  it("a role word is read in any of its forms (водителя, председателя, главы, судьи)", () => {
    const bus = "Пассажир Иван Петров вышел на остановке. Водитель автобуса Олег Седов уснул за рулём.";
    expect(typeHeldBySentence(bus, "как звали водителя автобуса")).toEqual([false, true]);
    const court = "Адвокат Пётр Лыков подал жалобу. Дело рассматривала судья Ирина Белова.";
    expect(typeHeldBySentence(court, "как зовут судью по этому делу")).toEqual([false, true]);
  });

  it("a name the question already says is no answer to it", () => {
    const train = "Heating failed for six hours on the Prairie Star. The engineer, Dale Monroe, stayed with the train.";
    expect(typeHeldBySentence(train, "whats the name of the engineer who was driving the prairie star")).toEqual([false, true]);
  });

  it("a role word used as the verb after 'who' asks for no role", () => {
    expect(typeHeldBySentence(text, "who captained the plane that landed in samara")).toEqual([true, true]);
  });
});

describe("windowEvaluator: a scene no article knows a word of", () => {
  const text = "The train reached a top speed of 250 km/h on the new line.";
  const sceneHeld = (question: string) => windowsOfOne(text, question).every((w) => w.sceneHeld);

  it("is another event when the question names nothing the articles know", () => {
    expect(sceneHeld("what top speed did the train reach on the zorblax line")).toBe(true);
    expect(sceneHeld("what top speed did the train reach at the zorblax quarry")).toBe(false);
  });
});

describe("windowEvaluator: a scene word that is a name in an article of the other script", () => {
  it("sets the scene when the article writes a name that sounds like it", () => {
    const text = "Крыша торгового центра «Меридиан» обрушилась под снегом в субботу.";
    const sceneHeld = (question: string) => windowsOfOne(text, question).every((w) => w.sceneHeld);
    expect(sceneHeld("when did the roof collapse at meridian")).toBe(true);
    expect(sceneHeld("when did the roof collapse at zorblax")).toBe(false);
  });
});

describe("opensWithPronoun: a sentence that goes on about the one before", () => {
  it.each([
    ["It was sold for 179 roubles.", true],
    ["Её продавали по 179 рублей.", true],
    ["«Они вышли через окно», — сказал он.", true],
    ["They were taken to hospital.", true],
    ["Itself a landmark, the bridge reopened.", false],
    ["Heroes of the day were the lifeguards.", false],
    ["Онлайн-продажи выросли.", false],
    ["The vodka was sold for 179 roubles.", false],
  ])("%s → %s", (sentence, expected) => {
    expect(opensWithPronoun(sentence)).toBe(expected);
  });
});

describe("continuesSentenceBefore: a pronoun, or a general word for the event, opens the sentence", () => {
  it.each([
    ["It was sold for 179 roubles.", true],
    ["Авария произошла в ночь на 17 апреля в 03:42.", true],
    ["The accident happened at 03:42.", true],
    ["ЧП случилось около полудня.", true],
    ["The vodka was sold for 179 roubles.", false],
    ["Accidents on this road are common.", false],
  ])("%s → %s", (sentence, expected) => {
    expect(continuesSentenceBefore(sentence)).toBe(expected);
  });

  it("gives the time of the event the sentence before tells of", () => {
    const windows = windowsOfOne("Поезд Казань — Анапа сошёл с рельсов у станции Беловская. Авария произошла в 03:42.", "во сколько поезд сошел с рельсов");
    expect(windows.filter((w) => w.sentences === 2).map((w) => w.typeHeld)).toEqual([true]);
  });
});

describe("windowEvaluator: the answer in a sentence that opens with a pronoun", () => {
  const text = "All the victims drank vodka called White Tear in half-litre bottles. It was sold at a shop on Garden Street for 179 roubles.";
  it("answers with the sentence before it, which says what the pronoun stands for", () => {
    const pair = windowsOfOne(text, "how much did a bottle of white tear cost").filter((w) => w.sentences === 2);
    expect(pair.some((w) => w.typeHeld)).toBe(true);
  });
  it("does not when the second sentence is about something else", () => {
    const other = "All the victims drank vodka called White Tear in half-litre bottles. The shop on Garden Street charged 179 roubles for cigarettes.";
    const pair = windowsOfOne(other, "how much did a bottle of white tear cost").filter((w) => w.sentences === 2);
    expect(pair.some((w) => w.typeHeld)).toBe(false);
  });
});

describe("windowEvaluator: a quantity asked per period", () => {
  const text = "The ferry was carrying 187 passengers on Saturday. The line carries about 400,000 passengers a year.";

  it("holds the type only where the quantity is given per that period", () => {
    expect(typeHeldBySentence(text, "how many passengers does the line carry a year")).toEqual([false, true]);
  });
});

/**
 * The best one-sentence window (by score) of a text's first passage for a question, among ten
 * filler articles (so that the question's words weigh as in a corpus), and the text it quotes.
 */
function bestSentence(text: string, question: string, settings: RetrievalSettings, keep: (w: WindowEvidence) => boolean = () => true): { window: WindowEvidence | undefined; quoted: string } {
  const texts: [string, string][] = [
    ["story.txt", text],
    ...Array.from({ length: 10 }, (_, i): [string, string] => [`filler-${i}.txt`, `The council met on Monday to discuss road repairs in district ${i + 1}.`]),
  ];
  const passages = passagesOf(texts);
  const lexical = LexicalIndex.fromPassages(passages);
  const noNames = { isName: () => false, continuesName: () => false };
  const window = evaluateWindows(analyzeQuestion(question, lexical.analyzer, noNames), passages[0] as Passage, 1, lexical, settings)
    .filter((w) => w.sentences === 1 && keep(w))
    .sort((a, b) => b.score - a.score)[0];
  return { window, quoted: text.slice(window?.start ?? 0, window?.end ?? 0) };
}

describe("windowEvaluator: a count question's best window counts what is asked", () => {
  const text = "Firefighters arrived from Dunmore after 12 calls. In all, 140 firefighters arrived.";

  it("ranks the number next to the counted word above another number of a sentence that names it", () => {
    const top = bestSentence(text, "how many firefighters arrived", RETRIEVAL_SETTINGS);
    expect(top.window?.countHeld).toBe(true);
    expect(top.quoted).toContain("140 firefighters");
    // Without the bonus, the first sentence (a number of calls) would come first.
    expect(bestSentence(text, "how many firefighters arrived", { ...RETRIEVAL_SETTINGS, countBonus: 0 }).window?.countHeld).toBe(false);
  });
});

describe("windowEvaluator: a number followed by a word counts that word", () => {
  it.each([
    ["Police officers detained more than 3,000 suspects.", "how many police officers were killed", false],
    ["Police said 18 officers were killed.", "how many police officers were killed", true],
    ["Полицейские задержали 3 000 подозреваемых.", "сколько полицейских погибло", false],
    ["Полицейских погибло 18.", "сколько полицейских погибло", true],
    // «Человек», "people" say only that people are counted: the word before says who.
    ["Пострадавших туристов оказалось 46 человек.", "сколько туристов пострадало", true],
    // People after a verb are its object: the subject before the verb is not counted…
    ["Law enforcement officers detained more than 3,000 people.", "how many police officers were killed", false],
    ["Силовики задержали 3 000 человек.", "сколько силовиков погибло", false],
    // …unless the verb is what the question counts.
    ["Из села эвакуировали 230 человек.", "сколько эвакуировали", true],
    // A verb of reaching gives its subject's number: the toll is counted, whatever the words after.
    ["According to the committee, the death toll exceeded 115 people.", "how many died", true],
    ["Позже стало известно, что число жертв выросло до 20.", "сколько погибших", true],
    ["The water level rose to 4 metres.", "how many died", false],
    // A number of years counts years, not a thing near it; unless years are what is asked.
    ["Я сорок лет на эту колокольню поднимаюсь.", "сколько колоколов на колокольне", false],
    ["The keeper has climbed the bell tower for 40 years.", "how many bells are in the tower", false],
    ["Поиски шли 12 дней на берегу реки.", "сколько дней шли поиски", true],
  ] as const)("%j counts what %j asks: %s", (text, question, expected) => {
    expect(bestSentence(text, question, RETRIEVAL_SETTINGS).window?.countHeld).toBe(expected);
  });
});

describe("windowEvaluator: a reason question's best window says why outright", () => {
  const text = "The warehouse fire started after midnight on Sunday. The fire started because a heater was left on.";
  const typed = (w: WindowEvidence) => w.typeHeld;

  it("ranks a cause given outright above an event only set in time", () => {
    expect(bestSentence(text, "why did the fire start", RETRIEVAL_SETTINGS, typed).quoted).toContain("because a heater");
    // With the full bonus for a cue of time, the first sentence (as many of the question's words, and earlier) would come first.
    expect(bestSentence(text, "why did the fire start", { ...RETRIEVAL_SETTINGS, timeCueBonusShare: 1 }, typed).quoted).toContain("after midnight");
  });
});

describe("windowEvaluator: a year the question names is the article's", () => {
  const passages = passagesOf([
    ["final.txt", "Ladoga won the cup final on penalties in front of 12,000 fans."],
    ["dated.txt", "Ladoga won the cup final on penalties in front of 12,000 fans."],
    ["told.txt", "In the 2018 cup final Ladoga won on penalties in front of 12,000 fans."],
  ]);
  const lexical = LexicalIndex.fromPassages(passages);
  const noNames = { isName: () => false, continuesName: () => false };
  const titles = new TitleTerms(() => null, lexical.analyzer, (doc) => (doc === "dated.txt" ? "2018-05-12" : null));
  const held = (id: number) =>
    evaluateWindows(analyzeQuestion("who won the 2018 cup final", lexical.analyzer, noNames), passages[id] as Passage, 1, lexical, RETRIEVAL_SETTINGS, titles).every((w) => w.sceneHeld);

  it("by the article's date, or by its text", () => {
    expect(held(1)).toBe(true);
    expect(held(2)).toBe(true);
  });

  it("not by an undated article that never mentions it", () => {
    expect(held(0)).toBe(false);
  });

  it("by an undated article that writes the month the question names with the year, a date it cannot contradict", () => {
    const june = passagesOf([
      ["undated.txt", "On Sunday, 23 June, gunmen attacked a synagogue and a church in Derbent."],
      ["dated.txt", "On Sunday, 23 June, gunmen attacked a synagogue and a church in Derbent."],
      ["other.txt", "On Sunday gunmen attacked a synagogue and a church in Derbent."],
    ]);
    const index = LexicalIndex.fromPassages(june);
    const dates = new TitleTerms(() => null, index.analyzer, (doc) => (doc === "dated.txt" ? "2019-06-24" : null));
    const inScene = (question: string, id: number) =>
      evaluateWindows(analyzeQuestion(question, index.analyzer, noNames), june[id] as Passage, 1, index, RETRIEVAL_SETTINGS, dates).every((w) => w.sceneHeld);
    expect(inScene("where were the synagogue and the church attacked in june 2024", 0)).toBe(true);
    // A date of another year contradicts it; an undated article without the month cannot tell.
    expect(inScene("where were the synagogue and the church attacked in june 2024", 1)).toBe(false);
    expect(inScene("where were the synagogue and the church attacked in june 2024", 2)).toBe(false);
    expect(inScene("where were the synagogue and the church attacked in 2024", 0)).toBe(false);
  });
});

describe("windowEvaluator: a word of origin is the event's, not a name's", () => {
  it("«проспект Строителей» does not say when something was built; «построили» and a sentence's first word do", () => {
    const matched = (text: string, question: string) =>
      windowsOfOne(text, question)
        .filter((w) => w.sentences === 1)
        .map((w) => w.focusMatched.map((t) => t.token.original));
    expect(matched("Салон стоит у перехода под проспектом Строителей.", "когда построили переход")).toEqual([["переход"]]);
    expect(matched("Переход под проспектом построили в 1974 году.", "когда построили переход")).toEqual([["построили", "переход"]]);
    expect(matched("Построили переход в 1974 году.", "когда построили переход")).toEqual([["построили", "переход"]]);
    expect(matched("The shop is on Builders Way near the underpass.", "when was the underpass built")).toEqual([["underpass"]]);
  });

  it("nor does the noun \"building\": \"the building was empty by 9:05 pm\" tells no one built the theatre", () => {
    const matched = (text: string, question: string) =>
      windowsOfOne(text, question)
        .filter((w) => w.sentences === 1)
        .map((w) => w.focusMatched.map((t) => t.token.original));
    expect(matched("The theatre was evacuated and the building was empty by 9:05 pm.", "when was the theatre built")).toEqual([["theatre"]]);
    expect(matched("The theatre was built in 1901 by a local brewer.", "when was the theatre built")).toEqual([["theatre", "built"]]);
  });
});

describe("windowEvaluator: a full name's words together", () => {
  it("takes a role after a name for its holder's, not a word of the name the article must write together", () => {
    const passages = passagesOf([
      ["fest.txt", "A hailstorm hit the Larkhollow Festival on Saturday afternoon."],
      ["fest.txt", "Our festival director, Priya Stennard, said the warnings came too late."],
      ...Array.from({ length: 6 }, (_, i): [string, string] => [`filler-${i}.txt`, `The council met on Monday to discuss road repairs in district ${i + 1}.`]),
    ]);
    const lexical = LexicalIndex.fromPassages(passages);
    const names = { isName: (t: { folded: string }) => t.folded === "larkhollow" || t.folded === "festival" || t.folded === "director", continuesName: () => false };
    const windows = evaluateWindows(analyzeQuestion("who is the Larkhollow Festival director", lexical.analyzer, names as never), passages[1] as Passage, 1, lexical, RETRIEVAL_SETTINGS);
    expect(windows.some((w) => w.sceneHeld && w.typeHeld)).toBe(true);
  });
});
