import { describe, expect, it } from "vitest";
import { decide, windowAnswers } from "../../src/answer/decision.ts";
import { RETRIEVAL_SETTINGS } from "../../src/retrieval/settings.ts";
import { analyzeQuestion } from "../../src/retrieval/question.ts";
import type { WindowEvidence } from "../../src/retrieval/sentence-evidence.ts";
import { defaultAnalyzer } from "../../src/text/analyzer.ts";

const noNames = { isName: () => false, continuesName: () => false };
const question = analyzeQuestion("how many soldiers showed up at the square", defaultAnalyzer(), noNames);
const soldiers = question.terms.filter((t) => t.token.original === "soldiers");

/** A window of the question holding "soldiers" (about half the focus words' weight) and a number. */
function windowWith(evidence: Partial<WindowEvidence>): WindowEvidence {
  return {
    passageId: 0,
    doc: "a.txt",
    start: 0,
    end: 10,
    sentences: 1,
    focusShare: 0.55,
    questionShare: 0.6,
    focusMatched: soldiers,
    focusInTitle: [],
    typeHeld: true,
    sceneHeld: true,
    countHeld: false,
    vectorEvidence: false,
    crossLanguage: false,
    continuesBefore: false,
    relevance: 1,
    score: 1,
    ...evidence,
  };
}

describe("windowAnswers: a count question", () => {
  it("is never answered by a number that counts something else, whatever the quote holds of the question", () => {
    expect(windowAnswers(windowWith({ countHeld: false }), question)).toBe(false);
    expect(windowAnswers(windowWith({ countHeld: false, focusShare: 1, questionShare: 1 }), question)).toBe(false);
  });

  it("a span of time counted in its units, or a measure, needs no number next to a counted word", () => {
    const days = analyzeQuestion("how many days of mourning were declared", defaultAnalyzer(), noNames);
    const much = analyzeQuestion("how much oil leaked into the river", defaultAnalyzer(), noNames);
    expect(windowAnswers(windowWith({ countHeld: false, focusShare: 1, questionShare: 1 }), days)).toBe(true);
    expect(windowAnswers(windowWith({ countHeld: false, focusShare: 1, questionShare: 1 }), much)).toBe(true);
  });

  it("needs only `minFocusShare` when the number stands next to what is counted (\"about 300 servicemen\")", () => {
    expect(windowAnswers(windowWith({ countHeld: true }), question)).toBe(true);
  });

  it("never answers without a number, nor with less of the focus than `minFocusShare`", () => {
    expect(windowAnswers(windowWith({ countHeld: true, typeHeld: false }), question)).toBe(false);
    expect(windowAnswers(windowWith({ countHeld: true, focusShare: RETRIEVAL_SETTINGS.minFocusShare - 0.05 }), question)).toBe(false);
  });
});

describe("windowAnswers: an ordinal picks one of several", () => {
  const second = analyzeQuestion("what was the name of the second driver of the bus", defaultAnalyzer(), noNames);
  const driverOnly = second.terms.filter((t) => t.token.original === "driver");
  const withOrdinal = second.terms.filter((t) => t.token.original === "driver" || t.token.original === "second");

  it("a quote about the driver does not name the second one; a quote with the ordinal may", () => {
    const full = { focusShare: 1, questionShare: 1, typeHeld: true };
    expect(windowAnswers(windowWith({ ...full, focusMatched: driverOnly }), second)).toBe(false);
    expect(windowAnswers(windowWith({ ...full, focusMatched: withOrdinal }), second)).toBe(true);
  });
});

describe("windowAnswers: the event asked about", () => {
  it("a window of an article about another event never answers, however much of the question it holds", () => {
    const full = { focusShare: 1, questionShare: 1, countHeld: true };
    expect(windowAnswers(windowWith(full), question)).toBe(true);
    expect(windowAnswers(windowWith({ ...full, sceneHeld: false }), question)).toBe(false);
  });
});

describe("windowAnswers: the asked type", () => {
  const full = { focusShare: 1, questionShare: 1, countHeld: false };
  it("an organisation question needs a name in the quote; a person question does not (a role may answer it)", () => {
    const company = analyzeQuestion("which company runs the power grid", defaultAnalyzer(), noNames);
    // (Not "who runs the grid": a post's holder asked by its verb is named, see asksWhoHolds.)
    const person = analyzeQuestion("who switched off the power grid", defaultAnalyzer(), noNames);
    const runs = (q: typeof company) => q.terms.filter((t) => t.role === "focus");
    expect(windowAnswers(windowWith({ ...full, focusMatched: runs(company), typeHeld: false }), company)).toBe(false);
    expect(windowAnswers(windowWith({ ...full, focusMatched: runs(company), typeHeld: true }), company)).toBe(true);
    expect(windowAnswers(windowWith({ ...full, focusMatched: runs(person), typeHeld: false }), person)).toBe(true);
  });

  it.each(["what was the name of the engineer who ran the grid", "как зовут инженера, который управлял сетью", "who was the mayor when the grid failed"])(
    "%j asks for a name: a quote without one does not answer",
    (text) => {
      const asked = analyzeQuestion(text, defaultAnalyzer(), noNames);
      const focus = asked.terms.filter((t) => t.role === "focus");
      expect(windowAnswers(windowWith({ ...full, focusMatched: focus, typeHeld: false }), asked)).toBe(false);
      expect(windowAnswers(windowWith({ ...full, focusMatched: focus, typeHeld: true }), asked)).toBe(true);
    },
  );
});

describe("windowAnswers: the institution asked for", () => {
  const which = analyzeQuestion("which hospital did they take the sailors to", defaultAnalyzer(), noNames);
  const term = (word: string) => which.terms.filter((t) => t.token.original === word);

  it("is named by the quote: an organisation without the word does not answer 'which hospital'", () => {
    expect(which.institution?.token.original).toBe("hospital");
    expect(windowAnswers(windowWith({ focusMatched: [...term("sailors"), ...term("hospital")], focusShare: 1, questionShare: 1 }), which)).toBe(true);
    expect(windowAnswers(windowWith({ focusMatched: term("sailors"), focusShare: 0.6, questionShare: 0.8 }), which)).toBe(false);
  });
});

describe("windowAnswers: the beginning a date question asks about", () => {
  const when = analyzeQuestion("when was the millwater pool built", defaultAnalyzer(), noNames);
  const term = (word: string) => when.terms.filter((t) => t.token.original === word);

  it("is in the quote: a date of the accident at the pool does not date its building", () => {
    expect(windowAnswers(windowWith({ focusMatched: [...term("pool"), ...term("built")], focusShare: 1, questionShare: 1 }), when)).toBe(true);
    expect(windowAnswers(windowWith({ focusMatched: term("pool"), focusShare: 0.6, questionShare: 0.8 }), when)).toBe(false);
  });
});

describe("windowAnswers: the whole world a question asks about", () => {
  it.each([
    ["какая самая длинная река в мире", "река"],
    ["who won the 2022 world cup final", "final"],
  ])("%j is not answered by a quote of something local", (asked, local) => {
    const analysed = analyzeQuestion(asked, defaultAnalyzer(), noNames);
    const term = (test: (word: string) => boolean) => analysed.terms.filter((t) => test(t.token.original));
    expect(windowAnswers(windowWith({ focusMatched: term((w) => w === local), focusShare: 0.8, questionShare: 0.8 }), analysed)).toBe(false);
    expect(windowAnswers(windowWith({ focusMatched: term(() => true), focusShare: 1, questionShare: 1 }), analysed)).toBe(true);
  });
});

describe("windowAnswers: a place the question singles out", () => {
  it.each([
    ["сколько человек погибло именно на посту дпс в махачкале", "посту", "погибло"],
    ["сколько человек пострадало конкретно в синагоге", "синагоге", "пострадало"],
    ["how much damage was there in lozovskoy district specifically", "lozovskoy", "damage"],
  ])("%j is answered by a quote naming %j, not by the event's total", (asked, place, other) => {
    const analysed = analyzeQuestion(asked, defaultAnalyzer(), noNames);
    expect(analysed.specificPlace?.token.original).toBe(place);
    const term = (test: (word: string) => boolean) => analysed.terms.filter((t) => test(t.token.original));
    expect(windowAnswers(windowWith({ focusMatched: term((w) => w === other), focusShare: 0.8, questionShare: 0.8, countHeld: true }), analysed)).toBe(false);
    expect(windowAnswers(windowWith({ focusMatched: term(() => true), focusShare: 1, questionShare: 1, countHeld: true }), analysed)).toBe(true);
  });

  it.each(["где именно начался пожар", "сколько именно погибло", "what exactly did he say"])("%j singles out no place", (asked) => {
    expect(analyzeQuestion(asked, defaultAnalyzer(), noNames).specificPlace).toBeNull();
  });
});

describe("windowAnswers: the sum a money question names", () => {
  const much = analyzeQuestion("how much damage in rubles did the blast cause", defaultAnalyzer(), noNames);
  const term = (word: string) => much.terms.filter((t) => t.token.original === word);

  it("is in the quote: a compensation promised to families is no damage", () => {
    expect(windowAnswers(windowWith({ focusMatched: [...term("damage"), ...term("rubles")], focusShare: 1, questionShare: 1 }), much)).toBe(true);
    expect(windowAnswers(windowWith({ focusMatched: [...term("rubles"), ...term("blast")], focusShare: 0.7, questionShare: 0.8 }), much)).toBe(false);
    // Unless the quote goes on about it with a pronoun ("It is put at 2.4 million roubles").
    expect(windowAnswers(windowWith({ focusMatched: [...term("rubles"), ...term("blast")], focusShare: 0.7, questionShare: 0.8, continuesBefore: true }), much)).toBe(true);
  });
});

describe("windowAnswers: what a name question's person did", () => {
  const name = analyzeQuestion("what is the name of the driver detained after the crash", defaultAnalyzer(), noNames);
  const term = (word: string) => name.terms.filter((t) => t.token.original === word);

  it("is in the quote: the name of the driver who died does not name the one detained", () => {
    expect(name.deed?.token.original).toBe("detained");
    expect(windowAnswers(windowWith({ focusMatched: [...term("driver"), ...term("detained")], focusShare: 1, questionShare: 1 }), name)).toBe(true);
    expect(windowAnswers(windowWith({ focusMatched: [...term("driver"), ...term("crash")], focusShare: 0.7, questionShare: 0.8 }), name)).toBe(false);
  });
});

describe("windowAnswers: a window in the other language than the question's", () => {
  it("needs a little less of the question's weight, translations missing some words", () => {
    const share = RETRIEVAL_SETTINGS.minQuestionShare - RETRIEVAL_SETTINGS.crossLanguageAllowance / 2;
    expect(windowAnswers(windowWith({ questionShare: share, crossLanguage: true, countHeld: true }), question)).toBe(true);
    expect(windowAnswers(windowWith({ questionShare: share, crossLanguage: false, countHeld: true }), question)).toBe(false);
    expect(windowAnswers(windowWith({ questionShare: share, crossLanguage: true, countHeld: true }), question, { ...RETRIEVAL_SETTINGS, crossLanguageAllowance: 0 })).toBe(false);
  });
});

describe("windowAnswers: a measure is the measure of what the quote says", () => {
  const long = analyzeQuestion("how long did the phone call with the president last", defaultAnalyzer(), noNames);
  const call = long.terms.filter((t) => t.token.original === "call");
  it("is not answered by a quote whose only focus word is in its article's headline", () => {
    expect(windowAnswers(windowWith({ focusMatched: [], focusInTitle: call, focusShare: 0.6, questionShare: 0.9 }), long)).toBe(false);
  });
  it("is answered when the quote itself names what is measured", () => {
    expect(windowAnswers(windowWith({ focusMatched: call, focusShare: 0.6, questionShare: 0.9 }), long)).toBe(true);
  });
  it("is answered by a quote that goes on about it with a pronoun (\"They were inside for four minutes\")", () => {
    expect(windowAnswers(windowWith({ focusMatched: [], focusInTitle: call, focusShare: 0.6, questionShare: 0.9, continuesBefore: true }), long)).toBe(true);
  });
  it("a measure of a kind articles seldom give twice (a length, a temperature) may lean on the headline", () => {
    const far = analyzeQuestion("how far did the lift fall in the tower", defaultAnalyzer(), noNames);
    const lift = far.terms.filter((t) => t.token.original === "lift" || t.token.original === "fall");
    expect(windowAnswers(windowWith({ focusMatched: [], focusInTitle: lift, focusShare: 1, questionShare: 1 }), far)).toBe(true);
    // A sum of money is not: an article gives many.
    const much = analyzeQuestion("how much did the lift repair cost", defaultAnalyzer(), noNames);
    const repair = much.terms.filter((t) => t.token.original === "lift" || t.token.original === "repair");
    expect(windowAnswers(windowWith({ focusMatched: [], focusInTitle: repair, focusShare: 1, questionShare: 1 }), much)).toBe(false);
  });
  it("a question of another type may still lean on the headline", () => {
    const when = analyzeQuestion("when did the phone call with the president take place", defaultAnalyzer(), noNames);
    const whenCall = when.terms.filter((t) => t.token.original === "call");
    expect(windowAnswers(windowWith({ focusMatched: [], focusInTitle: whenCall, focusShare: 0.6, questionShare: 0.9 }), when)).toBe(true);
  });
});

describe("windowAnswers: whether anyone died, was hurt or was arrested", () => {
  it("is answered by a quote that says so in its words, not by one about the event without them", () => {
    const died = analyzeQuestion("did anyone die when the train came off the rails", defaultAnalyzer(), noNames);
    const die = died.terms.filter((t) => t.token.original === "die");
    const scene = died.terms.filter((t) => t.role === "focus" && t.token.original !== "die");
    expect(windowAnswers(windowWith({ focusShare: 0.84, questionShare: 0.92, focusMatched: scene }), died)).toBe(false);
    expect(windowAnswers(windowWith({ focusShare: 0.6, questionShare: 0.7, focusMatched: die }), died)).toBe(true);
    // Other yes/no questions keep the shares alone.
    const closed = analyzeQuestion("was the bridge closed after the crash", defaultAnalyzer(), noNames);
    expect(windowAnswers(windowWith({ focusShare: 0.84, questionShare: 0.92, focusMatched: closed.terms.filter((t) => t.token.original === "bridge") }), closed)).toBe(true);
  });

  it("is answered on arrests by a quote that speaks of arrests (\"no one has been arrested\"), in either language", () => {
    for (const text of ["was anyone arrested when the train came off the rails", "задержали ли кого-нибудь когда поезд сошёл с рельсов"]) {
      const arrested = analyzeQuestion(text, defaultAnalyzer(), noNames);
      const arrest = arrested.terms.filter((t) => t.role === "focus" && t.token.concepts.includes("arrest"));
      const rest = arrested.terms.filter((t) => t.role === "focus" && !arrest.includes(t));
      expect(arrest, text).toHaveLength(1);
      expect(rest.length, text).toBeGreaterThan(0);
      expect(windowAnswers(windowWith({ focusShare: 0.84, questionShare: 0.92, focusMatched: rest }), arrested), text).toBe(false);
      expect(windowAnswers(windowWith({ focusShare: 0.6, questionShare: 0.7, focusMatched: arrest }), arrested), text).toBe(true);
    }
  });
});

describe("decide: a question for a thing's kind", () => {
  const kind = analyzeQuestion("what type of shark bit the tourist", defaultAnalyzer(), noNames);
  const shark = kind.terms.filter((t) => t.token.original === "shark");
  const window = (start: number, typeHeld: boolean) => windowWith({ start, end: start + 10, focusMatched: shark, focusShare: 0.6, questionShare: 0.8, typeHeld });
  const decided = (windows: WindowEvidence[]) => decide({ question: kind, ranked: [], windows, unknownNames: [], unknownWords: [], topSimilarity: null }, RETRIEVAL_SETTINGS);

  it("is answered only by the quotes that name the kind, when one does", () => {
    expect(decided([window(0, false), window(20, true)]).answering.map((w) => w.start)).toEqual([20]);
  });

  it("is answered by the quotes that say the rest when none names it (the kind may be told otherwise)", () => {
    expect(decided([window(0, false), window(20, false)]).answering.map((w) => w.start)).toEqual([0, 20]);
  });
});
