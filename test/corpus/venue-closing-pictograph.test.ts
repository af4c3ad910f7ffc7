import { describe, expect, it } from "vitest";
import { withoutClosingPictographs } from "../../src/corpus/venue-closing-pictograph.ts";
import { parseArticle } from "../../src/corpus/clean.ts";
import { splitSentences } from "../../src/corpus/sentences.ts";

describe("withoutClosingPictographs: pictographs after a paragraph's last sentence", () => {
  it.each([
    ["И совет от шляпника: если стоите в очереди на солнце, наденьте панаму. 😊", "И совет от шляпника: если стоите в очереди на солнце, наденьте панаму."],
    ["Спасибо всем, кто помог! 💙🙏", "Спасибо всем, кто помог!"],
    ["And if you're queueing in the sun, wear a hat. ☀️", "And if you're queueing in the sun, wear a hat."],
    ['"See you on the pads," he said. 🥊', '"See you on the pads," he said.'],
    // A pictograph standing for the sentence's end, one opening the line, a line of pictographs: left alone.
    ["Спасибо вам 💙", "Спасибо вам 💙"],
    ["🎉 Doors open at 9am.", "🎉 Doors open at 9am."],
    ["👍 👍", "👍 👍"],
    ["No pictograph here.", "No pictograph here."],
  ])("%s", (line, expected) => {
    expect(withoutClosingPictographs(line)).toBe(expected);
  });
});

const RU_PAGE = [
  "🚚 Бесплатная доставка по России от 7 000 ₽",
  "",
  "# ФЕТР & ФАСОН",
  "**шляпная мастерская · с 2016 года**",
  "",
  "[Шляпы](#) · [Федоры](#) · [Блог](#) · [О нас](#)",
  "",
  "---",
  "",
  "[Главная](#) / [Блог](#) / Новости мастерской",
  "",
  "# Бензин кончился, очереди остались: что происходит на заправках",
  "",
  "**Автор:** Алина Шестакова, владелица мастерской · **Опубликовано:** 15.08.2029",
  "",
  "Почему шляпная мастерская пишет про бензин? Потому что наш курьер третий день стоит в очередях вместо того, чтобы везти вам заказы.",
  "",
  "С воскресенья, 12 августа, на заправках города пропали АИ-92 и АИ-95. Во вторник бензина не было на 14 из 19 АЗС города. Дизельное топливо пока есть везде.",
  "",
  "Очереди на работающих станциях растянулись на полтора километра: на Промышленном шоссе водители ждали до трёх часов. Сеть заправок ввела ограничение — не больше 20 литров в одни руки.",
  "",
  "Главная причина — внеплановый ремонт на нефтеперерабатывающем заводе, который снабжает город бензином. Ремонт обещают закончить к 19 августа.",
  "",
  "«Мы получаем около 40 процентов от обычного объёма. Биржевые цены выросли, а продавать себе в убыток мелкие сети не могут, поэтому они закрываются первыми», — объяснил директор сети заправок.",
  "",
  "Глава города призвал не паниковать: скорая, полиция и рейсовые автобусы заправляются вне очереди, для них создан запас на десять дней.",
  "",
  "Курьерская доставка по городу до пятницы приостановлена. Все заказы можно забрать в шоуруме, а тем, кто не может приехать, отправим заказ за наш счёт.",
  "",
  "И совет от шляпника: если стоите в очереди на солнце, наденьте панаму. 😊",
  "",
  "**Поделиться:** [ВКонтакте](#) · [Telegram](#)",
  "",
  "---",
  "",
  "### Новинки сезона",
  "",
  "| Модель | Цена |",
  "|---|---|",
  "| Федора «Граф» | 9 800 ₽ |",
  "",
  "© 2016–2029 «Фетр & Фасон»",
];

const EN_PAGE = [
  "ASHGROVE FORGE",
  "Hand-forged ironwork · Blacksmithing courses",
  "",
  "Home | Courses | Shop | Journal | Contact",
  "",
  "Home > Journal > Local news",
  "",
  "Fuel ran out, the queues stayed: what is going on at the town's filling stations",
  "",
  "Posted 15 August 2029 by Jess Ridley, forge manager · 4 min read",
  "",
  "Why is a forge writing about petrol? Because our courier has spent three days in queues instead of bringing you your orders.",
  "",
  "Since Sunday 12 August the town's filling stations have run dry of unleaded. On Tuesday 14 of the 19 stations had none at all, though diesel is still on sale everywhere.",
  "",
  "Queues at the stations still open stretched for a mile; drivers on the bypass waited up to three hours. The main supplier has limited sales to 20 litres a customer.",
  "",
  "The main reason is unplanned repair work at the refinery that supplies the town, which is due to finish by 19 August.",
  "",
  "Local courier deliveries are paused until Friday. You can collect any order from the forge, and we will post the rest at our cost.",
  "",
  "And a tip from the forge: if you're queueing in the sun, wear a hat. ☀️",
  "",
  "Share: Facebook · X · WhatsApp · Email",
  "",
  "Upcoming courses",
  "One-Day Taster (age 16+) – £165",
  "",
  "© 2014–2031 Ashgrove Forge. All rights reserved.",
];

describe("parseArticle: a venue's post keeps its closing sentence without the pictograph after it", () => {
  it.each([
    ["a Russian hat workshop's page", RU_PAGE, "И совет от шляпника: если стоите в очереди на солнце, наденьте панаму.", "😊", "2029-08-15"],
    ["an English forge's page", EN_PAGE, "And a tip from the forge: if you're queueing in the sun, wear a hat.", "☀️", "2029-08-15"],
  ])("%s", (_name, page, closing, pictograph, date) => {
    const article = parseArticle("x.md", page.join("\n"), "h");
    expect(article.meta.date).toBe(date);
    const sentences = splitSentences(article.text).map((span) => article.text.slice(span.start, span.end));
    expect(sentences.at(-1)).toBe(closing);
    expect(article.text).not.toContain(pictograph);
  });
});
