import { describe, expect, it } from "vitest";
import { withoutClosingSignature } from "../../src/corpus/counter-closing-signature.ts";
import { readJournalPostPage } from "../../src/corpus/journal-post-page.ts";

describe("withoutClosingSignature: the writer's name closing a post signed as a letter", () => {
  const body = ["Реквизиты прихода можно взять у нас на кассе.", ""];
  it.each([
    ["*Ирина Белоусова*", "🗓 18.03.2030 · 👁 1 214 · Текст: Ирина Белоусова, управляющая салоном", true],
    ["— Anna Kestle", "Community · 24 March 2032 · by Anna Kestle, owner · Sources: residents", true],
    ["**Dale Pruitt**", "August 19, 2030 | Posted by Dale Pruitt | 3 comments", true],
    // A name the posting line does not give, a sentence, one word.
    ["*Пётр Кошелев*", "🗓 18.03.2030 · Текст: Ирина Белоусова", false],
    ["Anna Kestle will be at the counter.", "24 March 2032 · by Anna Kestle", false],
    ["Ирина", "18.03.2030 · Текст: Ирина Белоусова", false],
  ])("%s under «%s» → dropped: %s", (signature, posting, dropped) => {
    const post = [...body, signature, ""];
    expect(withoutClosingSignature(post, posting)).toEqual(dropped ? body : post);
  });

  const paragraphs = [
    "Обычно мы пишем здесь про матрасы и здоровый сон, но на этой неделе весь район обсуждает новость из соседнего села. Многие наши сотрудники родом оттуда.",
    "В ночь с 14 на 15 марта из храма в селе украли самый большой колокол. Пропажу обнаружил звонарь, когда поднялся на колокольню перед утренней службой.",
    "До 22 мая с каждого проданного матраса салон переведёт 500 рублей в фонд восстановления колокола. Реквизиты прихода можно взять у нас на кассе.",
  ];
  it.each([
    ["Russian", "🗓 18.03.2030 · 👁 1 214 просмотров · Текст: Ирина Белоусова, управляющая салоном · по данным полиции", "*Ирина Белоусова*", "🔗 Поделиться: VK · Telegram"],
    ["English", "Community · 24 March 2032 · by Anna Kestle, owner · Sources: the fire service", "— Anna Kestle", "Share this post: Facebook · X"],
  ])("drops the signature of a post under a line of fields (%s)", (_, posting, signature, share) => {
    const lines = ["**МАТРАСНЫЙ САЛОН**", "Матрасы | Кровати | Блог", "", "## Из храма украли колокол: что известно", "", posting, "", ...paragraphs.flatMap((p) => [p, ""]), signature, "", share, "", "Хиты продаж"];
    const post = readJournalPostPage(lines, { fieldRows: true });
    const text = post?.lines.join("\n") ?? "";
    expect(text).toContain(paragraphs[2]);
    expect(text).not.toContain(signature);
  });
});
