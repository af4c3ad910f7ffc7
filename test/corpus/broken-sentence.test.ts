import { describe, expect, it } from "vitest";
import { withBrokenSentencesJoined } from "../../src/corpus/broken-sentence.ts";

describe("withBrokenSentencesJoined", () => {
  it("joins a long line broken inside a sentence with the line under it", () => {
    expect(
      withBrokenSentencesJoined([
        "The cinema is owned by Regal Ashcombe Ltd. Its general manager,",
        "Colin Fairweather, 52, said the company would pay the medical costs.",
        "",
        "At about 7.52am on Tuesday an unmanned bin lorry rolled down",
        "Cotterell Hill and ploughed into the bus shelter.",
      ]),
    ).toEqual([
      "The cinema is owned by Regal Ashcombe Ltd. Its general manager, Colin Fairweather, 52, said the company would pay the medical costs.",
      "",
      "At about 7.52am on Tuesday an unmanned bin lorry rolled down Cotterell Hill and ploughed into the bus shelter.",
    ]);
  });

  it("joins a Russian sentence broken over two lines", () => {
    expect(withBrokenSentencesJoined(["Кинотеатр принадлежит компании «Регал». Её генеральный директор", "Олег Фомин сказал, что компания оплатит лечение."])).toEqual([
      "Кинотеатр принадлежит компании «Регал». Её генеральный директор Олег Фомин сказал, что компания оплатит лечение.",
    ]);
  });

  it("leaves a break after a sentence's end, a short sign-off, a list item and a blank line alone", () => {
    const lines = [
      "The duty manager stopped the film and the staff opened all four exits.",
      "Everyone was out on the street within seven minutes.",
      "See you by the racks,",
      "Dev and the shop crew",
      "Until the end of the month we give ten per cent of every sale to",
      "• the restoration fund",
      "A long line of text that runs on without any stop at its end here",
      "",
      "Next paragraph.",
    ];
    expect(withBrokenSentencesJoined(lines)).toEqual(lines);
  });
});
