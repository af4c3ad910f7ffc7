import { describe, expect, it } from "vitest";
import { letterNameEndsSentence } from "../../src/corpus/page-letter-name-end.ts";
import { splitSentences } from "../../src/corpus/sentences.ts";

const sentences = (text: string): string[] => splitSentences(text).map((span) => text.slice(span.start, span.end));

describe("letterNameEndsSentence: a one-letter name after its noun, then a word no surname is", () => {
  it.each([
    ["Наш шатёр стоит у трибуны Б", "После прошлого воскресенья нам звонят десятки людей.", true],
    ["Вход в корпус А", "Мы откроем его в понедельник.", true],
    ["Our van was parked by stand B", "The screen fell at 3.35pm.", true],
    ["The lifts on the second floor of block C", "After the fall, they were shut.", true],
    ["Документ подписал президент В", "Путин.", false],
    ["Документ подписал В", "В. Путин.", false],
    ["He met stand-in captain J", "Smith on Friday.", false],
    ["The report by Dr A", "The findings were clear.", false],
  ] as const)("reads %j. %j: %s", (before, after, expected) => {
    expect(letterNameEndsSentence(before, after)).toBe(expected);
  });

  it.each([
    [
      "Каждый сезон наш шатёр стоит на ипподроме, у трибуны Б. После прошлого воскресенья нам звонят десятки людей.",
      ["Каждый сезон наш шатёр стоит на ипподроме, у трибуны Б.", "После прошлого воскресенья нам звонят десятки людей."],
    ],
    [
      "Every Sunday our van stands by grandstand B. The screen fell about 30 metres from it.",
      ["Every Sunday our van stands by grandstand B.", "The screen fell about 30 metres from it."],
    ],
    ["Указ подписал президент В. В. Путин.", ["Указ подписал президент В. В. Путин."]],
    ["The letter was signed by inspector D. Haworth on Friday.", ["The letter was signed by inspector D. Haworth on Friday."]],
  ] as const)("splits %j", (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});
