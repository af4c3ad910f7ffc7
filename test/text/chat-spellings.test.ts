import { describe, expect, it } from "vitest";
import { withStandardSpellings } from "../../src/text/chat-spellings.ts";

describe("withStandardSpellings", () => {
  it.each([
    ["во скока обрушился мост", "во сколько обрушился мост"],
    ["Скока народу было на поле", "Сколько народу было на поле"],
    ["скоко погибло в крокусе", "сколько погибло в крокусе"],
    ["скольк билетов продали", "сколько билетов продали"],
    ["скок стоил билет", "сколько стоил билет"],
    ["во скольо случилось дтп", "во сколько случилось дтп"],
    ["сколко человек погибло", "сколько человек погибло"],
    ["почму закрыли мост", "почему закрыли мост"],
    ["изза чего началась драка", "из-за чего началась драка"],
    ["када открыли мост", "когда открыли мост"],
    ["чё случилось в алматы", "что случилось в алматы"],
    ["а шо с мостом щас", "а что с мостом сейчас"],
    ["wat happened in almaty", "what happened in almaty"],
    ["hw many ppl died", "how many ppl died"],
    ["whats the name of the captain", "what's the name of the captain"],
    ["how deep was teh quake", "how deep was the quake"],
    ["Whos in charge", "Who's in charge"],
    ["wen did it start, cuz i missed it", "when did it start, because i missed it"],
    // A digit for a sound; numbers and names with digits stay.
    ["wat time did some1 first smell the gas", "what time did someone first smell the gas"],
    ["was any1 hurt b4 the fire", "was anyone hurt before the fire"],
    ["how many on flight AE517 and the m8 2day", "how many on flight AE517 and the m8 today"],
    // "no of", "# of": a number asked.
    ["no of boxes damaged sestri horizon", "number of boxes damaged sestri horizon"],
    ["total # of injured", "total number of injured"],
    // «кол-во»: «количество» written short.
    ["кол-во погибших в дагестане", "количество погибших в дагестане"],
    ["Кол-во пострадавших", "количество пострадавших"],
    ["No. of arrests in almaty", "number of arrests in almaty"],
    // An age written short: the age of a person.
    ["name of the 21yo who was arrested", "name of the 21-year-old who was arrested"],
    ["the 34 yo man who died", "the 34-year-old man who died"],
    ["a 19 y/o student", "a 19-year-old student"],
  ])("%j → %j", (typed, standard) => {
    expect(withStandardSpellings(typed)).toBe(standard);
  });

  it.each([
    ["yo where was the fire", "a greeting"],
    ["route 21yoke", "a longer word"],
    ["the U.S. embassy", "a word inside an abbreviation"],
    ["Что-то случилось", "a hyphenated word"],
    ["скоками добирались", "a longer word that starts like one"],
    ["исходного кода программы", "«кода», a word of its own"],
    ["Watson said so", "a name"],
    ["столько людей пришло, от скольки евро", "real words one letter from a question word"],
    ["почём билеты и оттуда ли они", "real words one letter from question words"],
    ["no of course not, it was the casino", "«no of course», no number"],
    ["was there no official statement", "«no» before another word"],
  ])("%j stays as it is (%s)", (text) => {
    expect(withStandardSpellings(text)).toBe(text);
  });
});
