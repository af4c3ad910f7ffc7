import { describe, expect, it } from "vitest";
import { htmlToText, readFeed } from "../../src/corpus/feed.ts";

describe("readFeed", () => {
  it.each([
    [
      "an RSS 2.0 item for Yandex: the channel's name without its tagline, the standfirst before the full text, no related links or caption",
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:yandex="http://news.yandex.ru" xmlns:media="http://search.yahoo.com/mrss/">',
        "<channel>",
        "<title>«Угреславский вестник» — новости Угреславля и района</title>",
        "<link>https://ugreslavl-vestnik.example/</link>",
        "<lastBuildDate>Tue, 12 Apr 2033 21:05:00 +0300</lastBuildDate>",
        "<item>",
        "<title>Мужчина с бензином семь с лишним часов удерживал зал районного суда в Угреславле</title>",
        "<link>https://ugreslavl-vestnik.example/news/2033/04/12/osada-v-rayonnom-sude</link>",
        '<guid isPermaLink="false">ugv-2033-04-12-0417</guid>',
        "<author>Светлана Колыванова</author>",
        "<media:description>Оцепление у здания суда на ул. Кирова. Фото: Егор Малышкин</media:description>",
        "<pubDate>Tue, 12 Apr 2033 20:40:00 +0300</pubDate>",
        "<description><![CDATA[Заложников не было, пострадал один судебный пристав.]]></description>",
        "<yandex:full-text>Житель Угреславля 54 лет забаррикадировался в зале судебных заседаний № 3.",
        "",
        "Почему бензин пронесли в суд</yandex:full-text>",
        "<yandex:related>",
        '<link url="https://ugreslavl-vestnik.example/news/2033/03/21/torgi-lugovaya">Дом на Луговой ушёл с молотка</link>',
        "</yandex:related>",
        "</item>",
        "</channel>",
        "</rss>",
      ].join("\n"),
      {
        title: "Мужчина с бензином семь с лишним часов удерживал зал районного суда в Угреславле",
        url: "https://ugreslavl-vestnik.example/news/2033/04/12/osada-v-rayonnom-sude",
        date: "2033-04-12",
        outlet: "Угреславский вестник",
        body: "Заложников не было, пострадал один судебный пристав.\n\nЖитель Угреславля 54 лет забаррикадировался в зале судебных заседаний № 3.\n\nПочему бензин пронесли в суд",
      },
    ],
    [
      "RSS content:encoded in CDATA with HTML: paragraphs become lines, entities are decoded (NBSP kept), a summary the text opens with is not repeated",
      [
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Вечерний Ясногорск</title>',
        "<item><title>Без текста</title><link>https://ya.example/1</link></item>",
        "<item><title><![CDATA[Пожар на складе: «двое пострадавших»]]></title><link>https://ya.example/2</link>",
        "<pubDate>Mon, 03 Feb 2031 08:05:00 +0300</pubDate>",
        "<description><![CDATA[<p>Пожар на складе потушили к утру…</p>]]></description>",
        "<content:encoded><![CDATA[<p>Пожар на складе потушили к утру.</p><figure><img src=\"a.jpg\"/><figcaption>Склад. Фото: МЧС</figcaption></figure><p>Пострадали двое&nbsp;рабочих, сообщили в&nbsp;МЧС.</p>]]></content:encoded>",
        "</item></channel></rss>",
      ].join("\n"),
      {
        title: "Пожар на складе: «двое пострадавших»",
        url: "https://ya.example/2",
        date: "2031-02-03",
        outlet: "Вечерний Ясногорск",
        body: "Пожар на складе потушили к утру.\n\nПострадали двое\u00A0рабочих, сообщили в\u00A0МЧС.",
      },
    ],
    [
      "an Atom entry: escaped HTML content, the alternate link, the published date, the feed's title without its tagline",
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        "  <title>The Harbour Gazette | Local news</title>",
        '  <link href="https://gazette.example/"/>',
        "  <entry>",
        '    <title type="html">Ferry &amp; barge collide off Pier 4</title>',
        '    <link rel="alternate" href="https://gazette.example/news/ferry-barge"/>',
        "    <published>2031-05-01T22:15:00+01:00</published>",
        "    <updated>2031-05-02T09:00:00+01:00</updated>",
        "    <summary>Two crew members were hurt.</summary>",
        '    <content type="html">&lt;p&gt;Two crew members were hurt when a ferry hit a barge.&lt;/p&gt;&lt;h2&gt;What happened&lt;/h2&gt;&lt;p&gt;The ferry left at 9 p.m.&lt;br/&gt;It carried 212 people.&lt;/p&gt;</content>',
        "  </entry>",
        "</feed>",
      ].join("\n"),
      {
        title: "Ferry & barge collide off Pier 4",
        url: "https://gazette.example/news/ferry-barge",
        date: "2031-05-01",
        outlet: "The Harbour Gazette",
        body: "Two crew members were hurt when a ferry hit a barge.\n\nWhat happened\n\nThe ferry left at 9 p.m.\nIt carried 212 people.",
      },
    ],
  ])("%s", (_, xml, expected) => {
    expect(readFeed(xml)).toEqual(expected);
  });

  it.each([
    ["a plain article", "Пожар потушили к утру.\n<p>Никто не пострадал.</p>"],
    ["a feed without an item that has a body", '<rss version="2.0"><channel><title>X</title><item><title>Only a title</title></item></channel></rss>'],
  ])("is null for %s", (_, text) => {
    expect(readFeed(text)).toBeNull();
  });

  it("htmlToText keeps a heading and list items on lines of their own and drops scripts", () => {
    expect(htmlToText("<h3>Кто пострадал</h3><ul><li>двое рабочих</li><li>водитель</li></ul><script>track()</script>")).toBe("Кто пострадал\n\nдвое рабочих\n\nводитель");
  });
});
