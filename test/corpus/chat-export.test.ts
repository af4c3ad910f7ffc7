import { describe, expect, it } from "vitest";
import { withoutChatExport } from "../../src/corpus/chat-export.ts";

describe("withoutChatExport", () => {
  it.each([
    [
      "an Android export: the chat's name, system lines and members' messages leave, the pasted article stays",
      [
        "Чат WhatsApp с группой «Соседи ул. Заречная 1–40 (Старомлинск)»",
        "14.06.2036, 06:58 - Сообщения и звонки защищены сквозным шифрованием.",
        "14.06.2036, 07:13 - Сергей Базаров: <Без медиафайлов>",
        "14.06.2036, 07:15 - Ольга Ткачук (староста): Из цирка сбежал, который у «Текстильщика» стоит.",
        "14.06.2036, 21:47 - Ольга Ткачук (староста): вот полностью",
        "Слониха Рани почти шесть часов гуляла по Старомлинску",
      ],
      ["Слониха Рани почти шесть часов гуляла по Старомлинску"],
    ],
    [
      "an iPhone export in brackets, a long pasted message keeps its words without the stamp and sender",
      [
        "[14.06.36, 08:12] Olga: Is this a joke?",
        "[14.06.36, 08:13] Sergei: ‎image omitted",
        "[14.06.36, 08:15] Nailya: This message was deleted",
        `[14.06.36, 21:47] Olga: ${"An elephant named Rani walked through Staromlinsk for almost six hours on Saturday, damaging six cars; two people were hurt. ".repeat(2).trim()}`,
      ],
      ["An elephant named Rani walked through Staromlinsk for almost six hours on Saturday, damaging six cars; two people were hurt. ".repeat(2).trim()],
    ],
    [
      "two stamped lines are no export: a timeline stays",
      ["14.06.2036, 07:12 - слона увидели на Советской: он шёл к реке", "14.06.2036, 12:20 - слона поймали у пляжа: ветеринар ввёл успокоительное"],
      ["14.06.2036, 07:12 - слона увидели на Советской: он шёл к реке", "14.06.2036, 12:20 - слона поймали у пляжа: ветеринар ввёл успокоительное"],
    ],
  ])("%s", (_name, lines, expected) => {
    expect(withoutChatExport(lines)).toEqual(expected);
  });
});
