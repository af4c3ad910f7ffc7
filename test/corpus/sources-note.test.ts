import { describe, expect, it } from "vitest";
import { isSourcesNote } from "../../src/corpus/sources-note.ts";
import { readJournalPostPage } from "../../src/corpus/journal-post-page.ts";
import { parseArticle } from "../../src/corpus/clean.ts";

describe("isSourcesNote: a post's note of whom it asked, written as a phrase", () => {
  it.each([
    ["Information from Dalesmoor Police, Dalesmoor County Council, the Sallow Rivers Trust and our own staff", true],
    ["With information from HM Coastguard and the harbour master", true],
    ["*Based on information from the fire service*", true],
    ["По данным МЧС, администрации города и наших сотрудников", true],
    ["По информации ГИБДД и мэрии", true],
    // A sentence opening the same way, a filing field with its label, a long paragraph.
    ["Information from the police says the road will reopen at noon.", false],
    ["По данным МЧС, пожар начался в 12:00.", false],
    ["Sources: HM Coastguard, Brinscombe Town Council", false],
    ["The information from the council came late", false],
    [`По данным ${"очевидцев, соседей и прохожих, ".repeat(8)}всё было так`, false],
  ])("%s → %s", (line, expected) => {
    expect(isSourcesNote(line)).toBe(expected);
  });

  const post = (head: string[], note: string, paragraphs: string[], share: string): string[] => [...head, "", note, "", ...paragraphs.flatMap((text) => [text, ""]), share, "", "FOOTER"];
  it.each([
    [
      "English",
      ["THE YARD", "Home | News", "", "Mayflies on the bridge: what happened", "Posted on 5 June 2036 by Claire Dunmore, Yard Manager"],
      "Information from Dalesmoor Police and our own staff",
      [
        "Many of you saw the blue lights on Tuesday night and messaged to ask if the horses are all right. They are, and here is what happened.",
        "At about 8.45pm a huge swarm of mayflies settled on the stone bridge, and within minutes the road was as slippery as black ice.",
        "In all, 13 vehicles were involved and nine people were injured. The bridge was closed until 2.30am while council sweepers cleared it and a gritter spread sand.",
      ],
      "Share this: Facebook | X",
    ],
    [
      "Russian",
      ["# Мастерская", "[Главная](#) · [Журнал](#)", "", "## Ёлка на площади упала: что видели сами", "28 декабря 2032 · Автор: Дарья Сомова"],
      "По данным МЧС, администрации города и наших сотрудников",
      [
        "Наша мастерская стоит прямо на площади, и в воскресенье вечером всё произошло у нас на глазах. Собрали в одном месте то, что известно точно.",
        "Около 18:50 главная городская ёлка высотой 21 метр накренилась и упала в сторону ярмарочных домиков. На площади было около 300 человек.",
        "Пострадали пять человек, погибших нет. Следственный комитет возбудил уголовное дело по статье 238 УК РФ, директора подрядчика допросили.",
      ],
      "Поделиться: ВКонтакте · Telegram",
    ],
  ])("keeps the note out of the post the journal reader takes (%s)", (_, head, note, paragraphs, share) => {
    const text = readJournalPostPage(post(head, note, paragraphs, share))?.lines.join("\n");
    expect(text).not.toContain(note);
    expect(text).toContain(paragraphs[0]);
  });
});

describe("isSourcesNote: a note naming the facts it took, and from whom", () => {
  it.each([
    ["Facts from Kelmsford Borough Council, Kelmsford Fire & Rescue Service, the Unite union and Greystone Environmental", true],
    ["Facts and figures from the harbour office and the lifeboat crew", true],
    ["Details supplied by HM Coastguard", true],
    ["Факты от МЧС, мэрии и очевидцев", true],
    ["Сведения предоставлены полицией и администрацией района", true],
    ["Со слов очевидцев и сотрудников МЧС", true],
    // Other openings are no such note.
    ["The facts from the council came late", false],
    ["Facts: the council", false],
    ["Фактически пожар потушили к утру", false],
  ])("%s → %s", (line, expected) => {
    expect(isSourcesNote(line)).toBe(expected);
  });
});

describe("isSourcesNote: a facts note is a note of sources too", () => {
  it.each([
    ["Facts from Kelmsford Borough Council, Kelmsford Fire & Rescue Service, the Unite union and Greystone Environmental", true],
    ["*Details supplied by HM Coastguard and the harbour master*", true],
    ["Факты от МЧС, мэрии и очевидцев", true],
    ["Со слов очевидцев и сотрудников МЧС", true],
    // A sentence opening the same way is the post's, as is a long paragraph.
    ["Facts from the inquiry show the alarm never sounded.", false],
    ["Со слов очевидцев, огонь вспыхнул на втором этаже.", false],
    [`Facts from ${"the council, the police, the fire service, ".repeat(5)}and us`, false],
  ])("%s → %s", (line, expected) => {
    expect(isSourcesNote(line)).toBe(expected);
  });
});

const EN_PAGE = [
  "SPLASH PAGE COMICS & GAMES",
  "Your independent comic shop since 2009",
  "",
  "HOME   NEW THIS WEEK   PULL LIST   EVENTS   BLOG   CONTACT",
  "",
  "Blog › Shop news › Around town",
  "",
  "BIN STRIKE, DAY FIVE: WHAT'S GOING ON",
  "By Mel Okafor (owner)  |  Friday 10 October 2031  |  Filed under: Shop news",
  "Facts from the borough council, the fire service and the union",
  "",
  "If you've walked down Market Row this week you'll know why this post exists. Lots of you have asked at the till, so here's what we know about the refuse strike.",
  "",
  "At 6am on Monday 6 October, 94 refuse collectors and drivers walked out. The action is planned to last three weeks, until Sunday 26 October.",
  "",
  "About 1,100 tonnes of household waste has built up across the town since Monday, affecting around 31,000 homes. Bags are stacked waist-high along the back of Market Row.",
  "",
  "Share:  Facebook  |  X  |  Bluesky  |  WhatsApp",
  "Tags: local news, shop news",
  "",
  "RELATED POSTS",
  "- Free Comic Book Day: the photo round-up",
  "",
  "© 2009–2031 Splash Page Comics",
];

const RU_PAGE = [
  "# Мастерская «Резной наличник»",
  "",
  "[Главная](#) · [Наличники](#) · [Блог](#) · [Контакты](#)",
  "",
  "[Главная](#) / [Блог](#) / Новости города",
  "",
  "## Забастовка мусорщиков: что известно на пятый день",
  "",
  "**Автор:** Олег Кравцов, владелец мастерской · **Опубликовано:** 10.10.2031 · **Рубрика:** Новости мастерской",
  "",
  "Факты от мэрии, МЧС и профсоюза",
  "",
  "Если вы на этой неделе проходили по Рыночной улице, вы знаете, почему появилась эта запись. Многие спрашивают, поэтому рассказываем, что известно.",
  "",
  "В понедельник, 6 октября, в 6:00 на работу не вышли 94 водителя и грузчика мусоровозов. Забастовка продлится три недели, до 26 октября.",
  "",
  "За неделю в городе скопилось около 1 100 тонн бытовых отходов, без вывоза остались около 31 000 квартир. Мешки сложены в человеческий рост вдоль Рыночной улицы.",
  "",
  "**Поделиться:** [ВКонтакте](#) · [Telegram](#)",
  "",
  "---",
  "",
  "© 2009–2031 «Резной наличник»",
];

describe("readJournalPostPage: a facts note under the posting line is the post's head", () => {
  it.each([
    ["an English shop's post", EN_PAGE, "Facts from the borough council, the fire service and the union", EN_PAGE[11]],
    ["a Russian workshop's post", RU_PAGE, "Факты от мэрии, МЧС и профсоюза", RU_PAGE[12]],
  ])("%s", (_name, page, note, first) => {
    const post = readJournalPostPage(page, { fieldRows: true });
    expect(post?.lines.join("\n")).not.toContain(note);
    expect(post?.lines.find((line) => line.trim() !== "")).toBe(first);
  });
});

describe("parseArticle: a facts note leaves the post's text", () => {
  it.each([
    ["an English shop's page", EN_PAGE, "Facts from", "2031-10-10", EN_PAGE[11]],
    ["a Russian workshop's page", RU_PAGE, "Факты от", "2031-10-10", RU_PAGE[12]],
  ])("%s", (_name, page, note, date, first) => {
    const article = parseArticle("x.md", page.join("\n"), "h");
    expect(article.meta.date).toBe(date);
    expect(article.text.startsWith(first ?? "")).toBe(true);
    expect(article.text).not.toContain(note);
  });
});
