import { describe, expect, it } from "vitest";
import { withoutBoldPostingDay } from "../../src/corpus/studio-bold-posting-day.ts";
import { readJournalPostPage } from "../../src/corpus/journal-post-page.ts";
import { parseArticle } from "../../src/corpus/clean.ts";
import { postPage } from "../helpers/post-page.ts";

describe("withoutBoldPostingDay: a posting line whose day alone is set in bold", () => {
  it.each([
    ["**12 декабря 2028** · Автор: Даша Климова · 👁 2 418 · 💬 17", "12 декабря 2028 · Автор: Даша Климова · 👁 2 418 · 💬 17"],
    ["**12 December 2028** · By Dasha Klim · 4 min read", "12 December 2028 · By Dasha Klim · 4 min read"],
    ["**December 12, 2028** | Author: Dasha Klim", "December 12, 2028 | Author: Dasha Klim"],
    ["__3 июля 2031 г.__ · Текст: Марина Кольцова", "3 июля 2031 г. · Текст: Марина Кольцова"],
    // A bold part that is no day, a bold day alone, a sentence.
    ["**Внимание** · магазин закрыт", "**Внимание** · магазин закрыт"],
    ["**12 декабря 2028**", "**12 декабря 2028**"],
    ["**Note:** we open at noon on 12 December 2028.", "**Note:** we open at noon on 12 December 2028."],
  ])("%s → %s", (line, expected) => {
    expect(withoutBoldPostingDay(line)).toBe(expected);
  });

  const page = (head: string[], headline: string, posting: string, paragraphs: string[], tags: string): string[] => postPage(head, headline, posting, paragraphs, [tags, "", "FOOTER"]);
  const english = [
    "We usually write about new decks and contests here. This week the biggest story in town is the ice, and it hit us directly.",
    "Freezing rain fell overnight on Saturday and by morning the temperature had dropped to minus eight. Pavements, stops and steps turned into a rink.",
    "By Monday evening 1,186 people had gone to the town's injury units, about four times a normal weekend. Seventy-four were admitted.",
    "Our own shop assistant slipped on the steps by the bus stop on Saturday morning and broke his wrist, so we open at noon until Christmas.",
  ];
  const russian = [
    "Обычно в этом блоге мы пишем про новые деки и контесты. Но на этой неделе главная новость города — лёд, и нас она задела напрямую.",
    "В ночь на субботу прошёл ледяной дождь, а к утру температура упала до −8 градусов. Тротуары, остановки и ступени превратились в каток.",
    "С утра субботы до вечера понедельника в травмпункты обратились 1 186 человек. Это примерно в четыре раза больше, чем в обычные выходные.",
  ];
  it.each([
    ["English", ["# THE BOARD ROOM", "Home | Blog"], "## Black ice: the injury units were full", "**12 December 2028** · Author: Dasha Klim · 👁 2 418 · 💬 17", english, "Tags: #ice #news"],
    ["Russian", ["# СКЕЙТШОП", "Главная · Блог"], "## Гололёд: травмпункты переполнены", "**12 декабря 2028** · Автор: Даша Климова · 👁 2 418 · 💬 17", russian, "Теги: #гололёд #новости"],
  ])("lets the journal reader, asked to, read the post (%s)", (_, head, headline, posting, paragraphs, tags) => {
    const lines = page(head, headline, posting, paragraphs, tags);
    expect(readJournalPostPage(lines)).toBeNull();
    const post = readJournalPostPage(lines, { boldDays: true });
    expect(post?.title).toBe(headline.replace(/^#+\s+/u, ""));
    expect(post?.stamp).toBe(posting.replace(/^\*\*([^*]+)\*\*.*$/u, "$1"));
    expect(post?.lines.join("\n")).toContain(paragraphs[2]);
    expect(post?.lines.join("\n")).not.toContain(tags);
  });

  it.each([
    [
      "English",
      [
        "🛹 Free delivery in town on orders over £30 · Click and collect today · Sign in · Basket (0)",
        "",
        "# [BOARD ROOM](#)",
        "**skate shop in Pelham since 2016**",
        "",
        "[Skateboards](#) | [Decks](#) | [Wheels](#) | [Clothing](#) | [Workshop](#) | [Blog](#) | [Contact](#)",
        "",
        "🔍 [Search the catalogue](#)",
        "",
        "---",
        "",
        "## Black ice: the injury units were full",
        "",
        "**12 December 2028** · Author: Dasha Klim · 👁 2 418 · 💬 17",
        "",
        ...english.flatMap((text) => [text, ""]),
        "**Tags:** #ice #news",
        "",
        "Share: [Facebook](#) · [X](#)",
        "",
        "---",
        "**BOARD ROOM**",
        "© 2016–2028 Board Room",
      ],
      "Black ice: the injury units were full",
      "Board Room",
      "Search the catalogue",
    ],
    [
      "Russian",
      [
        "🛹 Бесплатная доставка по городу от 3 000 ₽ · Самовывоз сегодня · [Войти](#) · [Корзина (0)](#)",
        "",
        "# [СКЕЙТШОП](#)",
        "**скейтшоп в городе с 2016 года**",
        "",
        "[Скейтборды](#) | [Деки](#) | [Колёса](#) | [Одежда](#) | [Мастерская](#) | [Блог](#) | [Контакты](#)",
        "",
        "🔍 [Поиск по каталогу](#)",
        "",
        "---",
        "",
        "## Гололёд: травмпункты переполнены",
        "",
        "**12 декабря 2028** · Автор: Даша Климова · 👁 2 418 · 💬 17",
        "",
        ...russian.flatMap((text) => [text, ""]),
        "**Теги:** #гололёд #новости",
        "",
        "Поделиться: [ВКонтакте](#) · [Telegram](#)",
        "",
        "---",
        "**СКЕЙТШОП**",
        "© 2016–2028 Скейтшоп",
      ],
      "Гололёд: травмпункты переполнены",
      "Скейтшоп",
      "Поиск по каталогу",
    ],
  ])("cleans a shop's blog post under a bold day (%s)", (_, lines, title, outlet, furniture) => {
    const article = parseArticle("post.md", lines.join("\n"), "h");
    expect(article.meta.title).toBe(title);
    expect(article.meta.date).toBe("2028-12-12");
    expect(article.meta.outlet).toBe(outlet);
    expect(article.text).toContain(lines[17]);
    expect(article.text).not.toContain(furniture);
  });
});
