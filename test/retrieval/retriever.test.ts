import { describe, expect, it } from "vitest";
import type { Passage } from "../../src/corpus/article.ts";
import { VectorIndex } from "../../src/index/vector-index.ts";
import { LexicalIndex } from "../../src/retrieval/lexical-index.ts";
import { passagesInMemory } from "../../src/retrieval/passage-source.ts";
import { retrieve } from "../../src/retrieval/retriever.ts";
import { RETRIEVAL_SETTINGS } from "../../src/retrieval/settings.ts";
import { TitleTerms } from "../../src/retrieval/title-terms.ts";
import { loadTinyEmbedder } from "../helpers/tiny-model.ts";

const texts: [string, string][] = [
  ["en.txt", "The concert hall was supposed to host a performance by the Picnic group. Later, a fire broke out."],
  ["en.txt", "According to the latest data, the death toll exceeded 115 people."],
  ["ru.txt", "В Дагестане объявили трехдневный траур. Соответствующий указ подписал глава региона Сергей Меликов."],
  ["ru.txt", "Пострадало 46 человек, среди которых есть гражданские лица."],
  ["kz.txt", "Law enforcement officers detained more than 3,000 people in Almaty."],
  ["plant.txt", "При взрыве на химическом заводе погибли четыре человека."],
];
/** Passages of `texts` in order, laid end to end as if one text (offsets of each document's own text do not matter here). */
function passagesOf(list: readonly (readonly [string, string])[]): Passage[] {
  let offset = 0;
  return list.map(([doc, text], id) => {
    const passage = { id, doc, start: offset, end: offset + text.length, text };
    offset += text.length + 1;
    return passage;
  });
}
/** Lexical retrieval parts over `list` alone (no vectors). */
function lexicalPartsOf(list: readonly (readonly [string, string])[]) {
  const named = passagesOf(list);
  return { passages: passagesInMemory(named), lexical: LexicalIndex.fromPassages(named), vectors: null, embedder: null };
}
const passages = passagesOf(texts);
const lexical = LexicalIndex.fromPassages(passages);
const source = passagesInMemory(passages);
const lexicalParts = { passages: source, lexical, vectors: null, embedder: null };

describe("retrieve, lexical side", () => {
  it.each([
    ["Which band was supposed to perform at the concert hall?", 0],
    ["How many people died?", 1],
    ["Кто подписал указ о трауре?", 2],
    ["Сколько человек пострадало?", 3],
    ["How many people were detained in Almaty?", 4],
    // Across languages: the name, and the vocabulary's concepts.
    ["Who signed the decree on mourning in Dagestan?", 2],
    ["How many were injured?", 3],
    ["сколько человек задержали в алматы", 4],
  ])("%s → passage %i first", async (question, expected) => {
    const result = await retrieve(question, lexicalParts);
    expect(result.ranked[0]?.passage.id).toBe(expected);
  });

  it("tells which names of the question no article mentions", async () => {
    const result = await retrieve("Who won the 2018 FIFA World Cup?", lexicalParts);
    expect(result.unknownNames.map((t) => t.original)).toEqual(["FIFA", "World", "Cup"]);
  });

  it.each([
    ["какая высота у останкинской телебашни", ["останкинской"]],
    ["что случилось на чернобыльской аэс", ["чернобыльской"]],
    ["сколько весит эйфелева башня", ["эйфелева"]],
    // An adjective the articles write is no unknown name, nor is an unknown word of another shape.
    ["сколько человек пострадало на химическом заводе", []],
    ["сколько человек пострадало при взрыве на заводе кракозябра", []],
  ])("takes a Russian adjective made from a name that no article knows for an unknown name: %s", async (question, expected) => {
    const result = await retrieve(question, lexicalParts);
    expect(result.unknownNames.map((t) => t.original)).toEqual(expected);
  });

  it("leaves out passages of documents that do not name what the question names", async () => {
    const result = await retrieve("How many people were detained in Almaty?", lexicalParts);
    expect(result.ranked.every((r) => r.passage.doc === "kz.txt" || r.anchorInDocument === false)).toBe(true);
    expect(result.windows.every((w) => w.doc === "kz.txt")).toBe(true);
  });

  it("does not leave out an article for lacking a number that most articles write (it may write it in words)", async () => {
    const parts = lexicalPartsOf([
      ...Array.from({ length: 20 }, (_, i) => [`road-${i}.txt`, `Road ${i + 1} was closed for 2 days after the storm.`] as const),
      ["grit.txt", "The council set aside £85,000 for a second gritting lorry."],
    ]);
    const question = "how much for a 2nd gritting lorry";
    const found = await retrieve(question, parts);
    expect(found.windows.some((w) => w.doc === "grit.txt")).toBe(true);
    // (Were any number to single out the articles that write it, this one would leave the article out.)
    const strict = await retrieve(question, { ...parts, settings: { ...RETRIEVAL_SETTINGS, maxNumberAnchorShare: 1 } });
    expect(strict.windows.some((w) => w.doc === "grit.txt")).toBe(false);
  });

  it("does not leave out an article whose outlet holds the name the question gives (a reserve's own site)", async () => {
    const list: [string, string][] = [
      ["reserve.md", "Медведица напала на туристов на экотропе, пострадали три человека."],
      ["town.md", "В посёлке Увал открыли новую школу."],
    ];
    const parts = lexicalPartsOf(list);
    const outletOf = (doc: string) => (doc === "reserve.md" ? "Заповедник «Кедровый Увал»" : null);
    const question = "медведица напала на туристов в увале";
    const withOutlet = await retrieve(question, { ...parts, titles: new TitleTerms(() => null, parts.lexical.analyzer, () => null, outletOf) });
    expect(withOutlet.ranked.map((r) => r.passage.doc)).toContain("reserve.md");
    const without = await retrieve(question, { ...parts, titles: new TitleTerms(() => null, parts.lexical.analyzer) });
    expect(without.ranked.map((r) => r.passage.doc)).not.toContain("reserve.md");
  });

  it("weighs sentence windows: the one that says what is asked, with an answer of the asked type, first", async () => {
    const result = await retrieve("Who signed the decree on mourning?", lexicalParts);
    const best = result.windows[0];
    expect(best && texts[2]![1].includes("Соответствующий указ подписал")).toBe(true);
    expect(best?.focusShare).toBe(1);
    expect(best?.typeHeld).toBe(true);
    const quoted = best ? passages[best.passageId]!.text.slice(best.start - passages[best.passageId]!.start, best.end - passages[best.passageId]!.start) : "";
    expect(quoted).toMatch(/Соответствующий указ подписал глава региона Сергей Меликов/);
  });

  it("corrects a misspelt word the articles do not use to the vocabulary word whose translation they use", async () => {
    const result = await retrieve("how many died in the chemical plant explsion", lexicalParts);
    expect(result.question.terms.find((t) => t.token.original === "explsion")?.token.stem).toBe("explos");
    expect(result.ranked[0]?.passage.doc).toBe("plant.txt");
  });

  it("what a count question counts is its corrected word (\"how many peopel\")", async () => {
    const result = await retrieve("how many peopel were detained in almaty", lexicalParts);
    expect(result.question.counted.map((t) => t.token.stem)).toEqual(["peopl"]);
    expect(result.windows[0]?.countHeld).toBe(true);
  });

  it("reads the article its rarest name points to even when the name's common words fill the first candidates", async () => {
    const parts = lexicalPartsOf([
      ...Array.from({ length: 6 }, (_, i) => ["other.txt", `Police arrested ${i + 2} men after the riot; the men were arrested at dawn.`] as const),
      ["plant.txt", "An explosion hit the Yenisei Polymer plant in Kedrovy Bor on Monday."],
      ["plant.txt", "The shift supervisor was arrested on Tuesday."],
    ]);
    const narrow = { ...RETRIEVAL_SETTINGS, candidates: 3, rerankDepth: 3 };
    const question = "who was arrested after the blast at kedrovy bor";
    const found = await retrieve(question, { ...parts, settings: { ...narrow, anchoredDepth: 4 } });
    expect(found.ranked.map((r) => r.passage.id)).toContain(7);
    const shallow = await retrieve(question, { ...parts, settings: { ...narrow, anchoredDepth: 1 } });
    expect(shallow.ranked.map((r) => r.passage.id)).not.toContain(7);
  });

  it("reads a short article the name points to whole: its answer shares only the asked word with the question", async () => {
    const parts = lexicalPartsOf([
      ...Array.from({ length: 8 }, (_, i) => ["other.txt", `${i + 2} people died in the flood; people died in the houses by the river.`] as const),
      ["crocus.txt", "The attack on Crocus City Hall took place on Friday evening."],
      ["crocus.txt", "According to the investigators, the death toll exceeded 115."],
    ]);
    const narrow = { ...RETRIEVAL_SETTINGS, candidates: 2, rerankDepth: 2, anchoredDepth: 2 };
    const question = "how many people died in the crocus attack";
    const whole = await retrieve(question, { ...parts, settings: { ...narrow, namedArticlePassages: 6 } });
    expect(whole.ranked.map((r) => r.passage.id)).toContain(9);
    const partly = await retrieve(question, { ...parts, settings: { ...narrow, namedArticlePassages: 0 } });
    expect(partly.ranked.map((r) => r.passage.id)).not.toContain(9);
  });

  it.each([
    ["a rare word of a question without a name points to", "The repair of the road bridge {n} will cost more than planned, the repair crew said.", "how much will it cost to repair the catamaran"],
    // A word no article of its own language writes is rare by the articles of the other language that hold it.
    ["of the other language that a rare word of the question means («катамаран» of an English report)", "Ремонт моста {n} обойдётся дороже, сообщили ремонтники: стоимость ремонта выросла.", "сколько будет стоить ремонт катамарана"],
  ])("reads deeper the articles %s, without leaving the others out", async (_, road, question) => {
    const parts = lexicalPartsOf([
      ...Array.from({ length: 40 }, (_, i) => [`road-${i}.txt`, road.replace("{n}", String(i + 1))] as const),
      ["boat.txt", "The catamaran ran aground on the rocks on Saturday night."],
      ["boat.txt", "The repair bill is put at around £160,000."],
    ]);
    const narrow = { ...RETRIEVAL_SETTINGS, candidates: 2, rerankDepth: 2, anchoredDepth: 30 };
    const deeper = await retrieve(question, { ...parts, settings: { ...narrow, rareWordShare: 0.025 } });
    expect(deeper.ranked.map((r) => r.passage.id)).toContain(41);
    expect(deeper.ranked.some((r) => r.passage.doc !== "boat.txt")).toBe(true);
    const first = await retrieve(question, { ...parts, settings: { ...narrow, rareWordShare: 0 } });
    expect(first.ranked.map((r) => r.passage.id)).not.toContain(41);
  });

  it("ranks a passage of the other language whose sentence holds the question above ones of its own language that repeat a word of it (the windows weigh twice the BM25 list)", async () => {
    const parts = lexicalPartsOf([
      ...Array.from({ length: 2 }, (_, i) => [`ru-${i}.txt`, `Пожарные машины приехали к дому: пожарные машины стояли у дома, пожарные машины уехали в ${i + 5} часов.`] as const),
      ["en.txt", "Fourteen fire engines were sent to the fair."],
    ]);
    const question = "сколько пожарных машин приехало на ярмарку";
    const weighed = await retrieve(question, { ...parts, settings: { ...RETRIEVAL_SETTINGS, evidenceWeight: 2 } });
    expect(weighed.ranked[0]?.passage.doc).toBe("en.txt");
    const even = await retrieve(question, { ...parts, settings: { ...RETRIEVAL_SETTINGS, evidenceWeight: 1 } });
    expect(even.ranked[0]?.passage.doc).not.toBe("en.txt");
  });

  it("a misspelt generic word that sounds like a name of the other script is corrected all the same (\"acording\" is not «Акорда»)", async () => {
    const parts = lexicalPartsOf([
      ["kz.txt", "Об этом сообщает пресс-служба Акорды. Сообщение Акорды опубликовано вечером, в Акорде прошло совещание."],
      ["riots.txt", "According to the police, 3,000 people were detained during the riots."],
    ]);
    const result = await retrieve("how many were detained acording to police", parts);
    const term = result.question.terms.find((t) => t.token.original === "acording");
    expect(term?.role).toBe("generic");
    expect(term?.token.folded).toBe("according");
  });

  it("a misspelt name is corrected into the name the articles write, and is an anchor (an \"h\" that romanises a sound may be missing)", async () => {
    const parts = lexicalPartsOf([
      ["kz.txt", "The riots in Kazakhstan left foreign embassies undamaged, the Kazakhstan foreign ministry said."],
      ["kz2.txt", "In Kazakhstan, police detained 3,000 people."],
      ["other.txt", "Heavy rain flooded the town centre on Monday."],
    ]);
    const result = await retrieve("were any foreign embassies damaged during the riots in kazakstan", parts);
    const term = result.question.terms.find((t) => t.token.original === "kazakstan");
    expect(term?.token.folded).toBe("kazakhstan");
    expect(term?.role).toBe("anchor");
  });

  it("a misspelt generic word is generic once corrected", async () => {
    const result = await retrieve("which group was suposed to perform", lexicalParts);
    expect(result.question.terms.find((t) => t.token.original === "suposed")?.role).toBe("generic");
  });

  it("corrects a misspelt word to the articles' own word one edit away", async () => {
    const result = await retrieve("how many were detaned in almaty", lexicalParts);
    expect(result.question.terms.find((t) => t.token.original === "detaned")?.token.stem).toBe("detain");
    expect(result.ranked[0]?.passage.id).toBe(4);
  });

  it("reads the articles that hold a nameless question's scene, and ranks their passages first", async () => {
    const parts = lexicalPartsOf([
      ...Array.from({ length: 6 }, (_, i) => ["barn.txt", `The fire service sent ${i + 2} fire engines to the barn fire; the engines were sent at dawn.`] as const),
      ["pool.txt", "Chlorine gas leaked into the pool hall of the leisure centre on Saturday."],
      ["pool.txt", "The fire service sent six engines and a hazardous materials unit."],
    ]);
    const narrow = { ...RETRIEVAL_SETTINGS, candidates: 3, rerankDepth: 3 };
    const question = "how many fire engines were sent after the chlorine leak at the pool";
    const found = await retrieve(question, { ...parts, settings: { ...narrow, anchoredDepth: 4 } });
    expect(found.ranked.map((r) => r.passage.doc).slice(0, 2)).toEqual(["pool.txt", "pool.txt"]);
    const shallow = await retrieve(question, { ...parts, settings: { ...narrow, anchoredDepth: 1 } });
    expect(shallow.ranked.map((r) => r.passage.id)).not.toContain(7);
  });

  it("does not correct a name written in the other script without a capital into a word that sounds otherwise", async () => {
    const list: [string, string][] = [
      ["crocus.txt", "Eleven people were detained after the attack on Crocus City Hall near Moscow."],
      ["bite.txt", "Собака прокусила мальчику руку, его отвезли в больницу."],
      // A common word that sounds the same ("carcass" ~ `krks`) keeps «крокус» from being taken for a name by its capitals alone.
      ["deer.txt", "The carcass of a deer lay by the road, and a second carcass lay nearby."],
    ];
    const parts = lexicalPartsOf(list);
    const result = await retrieve("скольких задержали после теракта в крокус сити холле", parts);
    // (Kept, or taken for the articles' own spelling of that sound, "Crocus"; never «прокусила».)
    expect(["крокус", "crocus"]).toContain(result.question.terms.find((t) => t.token.original === "крокус")?.token.folded);
    expect(result.ranked[0]?.passage.doc).toBe("crocus.txt");
  });

  it("takes a word typed in the other script that sounds exactly like the articles' word before one an edit away", async () => {
    const list: [string, string][] = [
      ["bakery.txt", "Сеть пекарен «Тёплый каравай» отзывает 61 400 батонов."],
      ["mail.txt", "The council sent a reply to every letter it received."],
    ];
    const parts = lexicalPartsOf(list);
    const result = await retrieve("how many loaves did teply karavai recall", parts);
    expect(result.question.terms.find((t) => t.token.original === "teply")?.token.folded).toBe("теплый");
  });

  it("does not correct a name the articles do not write into one they write that sounds otherwise", async () => {
    const list: [string, string][] = [
      ["mayor.txt", "Мэр Нижнесольска Алексей Горбатов ввёл режим ЧС. Горбатов поручил проверить дома."],
      ["other.txt", "В городе открыли новый мост через реку."],
    ];
    const parts = lexicalPartsOf(list);
    const result = await retrieve("когда умер горбачёв", parts);
    expect(result.question.terms.find((t) => t.token.original === "горбачёв")?.token.folded).toBe("горбачев");
  });
});

describe("retrieve, hybrid with the generated tiny model (real transformers.js and hnswlib)", () => {
  it("ranks the closer passage first on the vector side and reports its similarity", async () => {
    const embedder = await loadTinyEmbedder();
    const vectors = VectorIndex.build(await embedder.embedPassages(passages.map((p) => p.text)), embedder.dimensions);
    const result = await retrieve("траур Дагестане указ", { passages: source, lexical, vectors, embedder });
    const withSimilarity = result.ranked.filter((r) => r.similarity !== null);
    expect(withSimilarity.length).toBeGreaterThan(0);
    expect(result.ranked[0]?.passage.id).toBe(2);
    const sims = withSimilarity.map((r) => ({ id: r.passage.id, similarity: r.similarity ?? -2 }));
    const best = sims.reduce((a, b) => (b.similarity > a.similarity ? b : a));
    expect(best.id).toBe(2);
    expect(result.topSimilarity).toBeCloseTo(best.similarity, 5);
  });
});
