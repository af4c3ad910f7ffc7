import { describe, expect, it } from "vitest";
import { Analyzer } from "../../src/text/analyzer.ts";
import { FamousPeople } from "../../src/text/famous-people.ts";
import { sharedVocabulary } from "../../src/text/vocabulary.ts";

const people = new FamousPeople(
  new Map([
    ["mikhail gorbachev", ["михаил горбачёв"]],
    ["elon musk", ["илон маск"]],
    ["lionel messi", ["лионель месси"]],
    ["taylor swift", ["тейлор свифт"]],
    ["mark zuckerberg", ["марк цукерберг"]],
    ["raphael", ["рафаэль санти"]],
    ["charles de gaulle", ["шарль де голль"]],
  ]),
);
const analyzer = new Analyzer(sharedVocabulary());
const common = (t: { folded: string; stem: string }) => sharedVocabulary().isCommonWord(t.folded, t.stem);
const named = (question: string) => people.mentions(analyzer.analyze(question), common).map((m) => m.person);

describe("FamousPeople.mentions: the famous people a question names", () => {
  it.each([
    ["when did gorbachev die", ["mikhail gorbachev"]],
    ["когда умер горбачёв", ["mikhail gorbachev"]],
    ["что сказал горбачеву рейган", ["mikhail gorbachev"]],
    ["what did elon musk say after the starship blew up", ["elon musk"]],
    ["что сказал илон маск", ["elon musk"]],
    ["какой рост у лионеля месси", ["lionel messi"]],
    ["what did zuckerberg say about the crash", ["mark zuckerberg"]],
    ["how much r taylor swift tickets for wembley", ["taylor swift"]],
    ["when did charles de gaulle resign", ["charles de gaulle"]],
  ])("%s → %j", (question, expected) => {
    expect(named(question)).toEqual(expected);
  });

  it.each([
    // A surname that is a common word alone names no one; nor does a first name.
    ["how swift was the rescue", []],
    ["были ли на людях маски", []],
    ["what did elon say", []],
    ["сколько стоил горбач на рынке", []],
    // (Nor a surname a common word stems like: "messi" is "messy" to the stemmer; the full name is needed.)
    ["how tall is messi", []],
    // (Nor a short stem: «санта» is not Raphael's «Санти», "musk" alone is too short to tell.)
    ["раненых с лестницы санта розальбы", []],
    ["what did musk say", []],
  ])("%s → nobody", (question, expected) => {
    expect(named(question)).toEqual(expected);
  });

  it("gives the stems of the person's surnames in both scripts, which an article naming them holds", () => {
    const [mention] = people.mentions(analyzer.analyze("когда умер горбачёв"), common);
    expect(mention?.surnameStems).toEqual(expect.arrayContaining(["gorbachev", analyzer.analyze("Горбачёв")[0]?.stem]));
  });
});
