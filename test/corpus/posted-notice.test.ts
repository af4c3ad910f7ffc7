import { describe, expect, it } from "vitest";
import { readPostedNotice } from "../../src/corpus/posted-notice.ts";

describe("readPostedNotice", () => {
  it("takes the issuer as the outlet and the pasted news item's headline as the title; the letterhead, the kind and the paste note leave", () => {
    const lines = [
      "# ОБЪЯВЛЕНИЕ",
      "",
      "**ООО «Управляющая компания „Ярсервис“»**",
      "г. Нижнеярск, ул. Комсомольская, д. 3, каб. 105 · ИНН 5503218841",
      "",
      "Работа всех лифтов дома приостановлена.",
      "",
      "> Вставлено из ленты городского портала «Нижнеярск онлайн», раздел «Город»",
      "",
      "## В Нижнеярске сорвался лифт с людьми: одна погибшая, трое в больнице",
      "",
      "Утром 14 марта сорвалась кабина лифта.",
    ];
    expect(readPostedNotice(lines)).toEqual({
      lines: ["", "", "Работа всех лифтов дома приостановлена.", "", "", "", "Утром 14 марта сорвалась кабина лифта."],
      issuer: "ООО «Управляющая компания „Ярсервис“»",
      title: "В Нижнеярске сорвался лифт с людьми: одна погибшая, трое в больнице",
    });
  });

  it("reads an English notice with a plain pasted headline", () => {
    const lines = ["NOTICE TO RESIDENTS", "Harrow Vale Property Management Ltd", "Company No. 04418822", "", "The lifts in Block C are out of service.", "", "Pasted from the Harrow Vale Gazette website:", "", "Lift plunges four floors at Harrow Vale tower block", "", "A woman was hurt on Tuesday."];
    expect(readPostedNotice(lines)).toEqual({
      lines: ["", "The lifts in Block C are out of service.", "", "", "", "A woman was hurt on Tuesday."],
      issuer: "Harrow Vale Property Management Ltd",
      title: "Lift plunges four floors at Harrow Vale tower block",
    });
  });

  it("keeps the kind when nothing is pasted under the notice", () => {
    expect(readPostedNotice(["ОБЪЯВЛЕНИЕ", "ТСЖ «Берёзка»", "Отключение воды 5 мая."])).toEqual({ lines: ["ОБЪЯВЛЕНИЕ", "Отключение воды 5 мая."], issuer: "ТСЖ «Берёзка»", title: null });
  });

  it.each([
    ["a notice without an issuer", ["ОБЪЯВЛЕНИЕ", "Уважаемые жители!", "Отключение воды 5 мая."]],
    ["a story opening with a company's name", ["ООО «Ярсервис» оштрафовали", "Текст."]],
  ])("is null for %s", (_name, lines) => {
    expect(readPostedNotice(lines)).toBeNull();
  });
});
