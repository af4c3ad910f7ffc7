import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/clean.ts";

const SEEDS = new URL("../../seeds/", import.meta.url);
const FIXTURES = new URL("../fixtures/corpus/", import.meta.url);

async function readText(dir: URL, name: string): Promise<string> {
  return readFile(new URL(name, dir), "utf8");
}

interface SeedExpectation {
  file: string;
  title: string | null;
  date: string | null;
  outlet: string | null;
  url: string | null;
  lang: "en" | "ru";
  /** Sentences or fragments that must survive cleaning verbatim. */
  keeps: string[];
  /** Whole raw lines that are metadata or boilerplate and must leave the body. */
  removedLines: string[];
}

const ADS = [
  "Source link",
  "High-quality journalistic work cannot be free, otherwise it becomes dependent on the authorities or the oligarchs.",
  "Our site is solely funded by advertising money.",
  "Please disable your ad blocker to continue reading the news.",
  "Best regards, editors",
];

const SEED_EXPECTATIONS: SeedExpectation[] = [
  {
    file: "000_87f934314bcdc9c2.txt",
    title: null,
    date: "2024-03-23",
    outlet: null,
    url: null,
    lang: "en",
    keeps: [
      "On March 23, President of Kazakhstan Kassym-Jomart Tokayev held an operational meeting",
      "According to the latest data from the Russian Investigative Committee, the death toll exceeded 115 people.",
      "A criminal case has been initiated under Art. 205 of the Criminal Code",
    ],
    removedLines: [],
  },
  {
    file: "001_bd1d954d026d96b9.txt",
    title: "Токаев переговорил по телефону с Путиным после терактов в Дагестане",
    date: null,
    outlet: "NUR.KZ",
    url: "https://www.nur.kz/politics/universe/2123160-tokaev-peregovoril-po-telefonu-s-putinym/",
    lang: "ru",
    keeps: [
      "Пострадало 46 человек, среди которых есть как гражданские лица, так и работники правоохранительных органов.",
      "Теракты в Дагестане",
      "передает NUR.KZ со ссылкой на Акорду.",
    ],
    removedLines: [
      "Токаев переговорил по телефону с Путиным после терактов в Дагестане",
      "Опубликовано:",
      "Эксклюзивный контент и новости только для вас! Подпишитесь на Telegram!",
      "Подписаться",
      "Оригинал статьи: https://www.nur.kz/politics/universe/2123160-tokaev-peregovoril-po-telefonu-s-putinym/",
    ],
  },
  {
    file: "002_7ebc7cb231040dfc.txt",
    title: "Kazakhstan: shootout in Almaty lasted all night",
    date: null,
    outlet: null,
    url: null,
    lang: "en",
    keeps: [
      "On Republic Square, a group of extremists barricaded the building of the MIR TV channel, there are victims.",
      "law enforcement officers detained more than 3,000 people",
      "Dauren Abaev, told the Khabar-24 TV channel.",
    ],
    removedLines: ["Kazakhstan: shootout in Almaty lasted all night", ...ADS],
  },
  {
    file: "003_14cf24d929167090.txt",
    title: null,
    date: "2022-01-12",
    outlet: "Kazinform",
    url: null,
    lang: "en",
    keeps: ["ALMATY. KAZINFORM – Head of State Kassym-Jomart Tokayev chaired a meeting", "First Deputy Prime Minister Roman Sklyar"],
    removedLines: [],
  },
  {
    file: "004_59b21c21d158f950.txt",
    title: 'An operation on "stripping"',
    date: null,
    outlet: "TASS",
    url: null,
    lang: "en",
    keeps: [
      "on the basis of call-center 1414, organize a direct line",
      "in accordance with Article 4 of the Collective Security Treaty",
      "K. – Zh. K. Tokayev",
      "The Ministry of Foreign Affairs of the Republic of Kazakhstan is to ensure the maintenance of permanent ties",
    ],
    removedLines: ['An operation on "stripping"', "Will there be a revolution in Kazakhstan? DW in Russian:", ...ADS],
  },
];

describe("parseArticle on the seeds", () => {
  it.each(SEED_EXPECTATIONS)("$file: metadata", async (seed) => {
    const article = parseArticle(seed.file, await readText(SEEDS, seed.file), "hash");
    expect(article.id).toBe(seed.file);
    expect(article.hash).toBe("hash");
    expect(article.meta).toEqual({ title: seed.title, date: seed.date, outlet: seed.outlet, url: seed.url, lang: seed.lang });
  });

  it.each(SEED_EXPECTATIONS)("$file: boilerplate leaves, every other line stays verbatim", async (seed) => {
    const raw = await readText(SEEDS, seed.file);
    const { text } = parseArticle(seed.file, raw, "hash");
    for (const fragment of seed.keeps) expect(text).toContain(fragment);
    for (const line of seed.removedLines) expect(text).not.toContain(line);

    const rawLines = raw.split("\n").map((line) => line.trim().replace(/^date \d{4}-\d{2}-\d{2} /, ""));
    for (const line of rawLines) {
      if (line === "" || seed.removedLines.includes(line)) continue;
      expect(text).toContain(line);
    }
    // Everything listed as removed was really in the file: the list is not made up.
    for (const line of seed.removedLines) expect(rawLines).toContain(line);
  });

  it.each(SEED_EXPECTATIONS)("$file: body is normalised (no date prefix, no blank runs, trimmed)", async (seed) => {
    const { text } = parseArticle(seed.file, await readText(SEEDS, seed.file), "hash");
    expect(text).not.toMatch(/^\s*date \d/);
    expect(text).not.toMatch(/\n\s*\n\s*\n/);
    expect(text).toBe(text.trim());
    expect(text).not.toMatch(/https?:\/\//);
  });
});

describe("parseArticle on made-up articles", () => {
  it("Markdown with Russian front matter: front matter wins, heading and boilerplate leave", async () => {
    const article = parseArticle("ru-front-matter.md", await readText(FIXTURES, "ru-front-matter.md"), "h");
    expect(article.meta).toEqual({
      title: "В Степногорске открыли мост через реку Ишим",
      date: "2024-06-05",
      outlet: "Степная правда",
      url: "https://example.org/stepnaya-pravda/most-ishim",
      lang: "ru",
    });
    expect(article.text.startsWith("Новый мост через реку Ишим открыли в Степногорске 5 июня")).toBe(true);
    expect(article.text).toContain("«Ещё в 2021 г. жители просили о переправе, и мы своё слово сдержали», — сказал он.");
    expect(article.text).toContain("аким области А. Б. Ерёменко.");
    for (const gone of ["---", "title:", "# ", "Читайте также", "Подпишитесь"]) expect(article.text).not.toContain(gone);
  });

  it("English .txt: Source URL line and newsletter call leave, dateline gives the outlet", async () => {
    const article = parseArticle("en-source-subscribe.txt", await readText(FIXTURES, "en-source-subscribe.txt"), "h");
    expect(article.meta).toEqual({
      title: "Flood waters recede in Riverton after record rainfall",
      date: null,
      outlet: "Valley Courier",
      url: "https://example.com/valley-courier/flood-recedes",
      lang: "en",
    });
    expect(article.text).not.toContain("Subscribe");
    expect(article.text).not.toContain("Source:");
    expect(article.text).toContain("report damage to help@riverton.example.org or at https://riverton.example.org/report.");
    expect(article.text.endsWith("The regional governor promised compensation... payments will start within a month.")).toBe(true);
  });

  it("Windows line endings, BOM, NBSP and «ёлочки»: characters inside lines stay as they are", async () => {
    const raw = await readText(FIXTURES, "crlf-nbsp-yolochki.txt");
    expect(raw).toContain("\r\n"); // the fixture really has Windows line endings
    const article = parseArticle("crlf-nbsp-yolochki.txt", raw, "h");
    expect(article.meta).toEqual({ title: "В Алатау выпал первый снег", date: "2024-10-03", outlet: "Степь.kz", url: null, lang: "ru" });
    expect(article.text).not.toMatch(/[\r\uFEFF]/);
    expect(article.text).toContain("достигла 12\u00A0см. «Ёлки стоят белые, как в сказке», — рассказала жительница города Анна Ёлкина.");
    expect(article.text).toContain("до −15\u00A0°C.");
    expect(article.text).not.toContain("Поделиться");
    expect(article.text).not.toContain("Опубликовано");
    expect(article.text.split("\n\n")).toHaveLength(2);
  });

  it.each([
    [
      "front matter overrides the outlet named in the text",
      "---\nsource: Вести\n---\nПожар потушили к утру, передает ТАСС. Никто не пострадал.",
      { outlet: "Вести", title: null },
    ],
    [
      "a quoted source is not the outlet",
      "The Ministry of Internal Affairs reports that 26 people were detained. The TV channel informs that shooting resumed.",
      { outlet: null },
    ],
    [
      "'передает X' names the outlet",
      "Пожар потушили к утру, передает Tengrinews.kz. Никто не пострадал.",
      { outlet: "Tengrinews.kz" },
    ],
    [
      "'сообщает корреспондент X' names the outlet",
      "Пожар потушили к утру, сообщает корреспондент Orda.kz. Никто не пострадал.",
      { outlet: "Orda.kz" },
    ],
    [
      "URL host is the fallback outlet, spelled as the text spells it",
      "Fire crews worked all night, the EXAMPLE.KZ website writes.\nSource: https://www.example.kz/news/1",
      { outlet: "EXAMPLE.KZ", url: "https://www.example.kz/news/1" },
    ],
    [
      "bare host when the text does not name it",
      "Fire crews worked all night.\nИсточник: https://news.example.com/a/1",
      { outlet: "news.example.com", url: "https://news.example.com/a/1" },
    ],
    [
      "'Published:' with a date gives the date and leaves",
      "Fire in the market\nPublished: 12 January 2022\nFire crews worked all night.",
      { date: "2022-01-12", title: "Fire in the market" },
    ],
    [
      "piped publication stamps give the date and leave",
      "Quake hits hill town\nPublished 2025-06-11 08:40 GMT | Updated 10:05 GMT\nVALDEMORA, Italy, June 11 (Adriatic News Service) - A quake struck.",
      { date: "2025-06-11", outlet: "Adriatic News Service", title: "Quake hits hill town" },
    ],
    [
      "a Markdown byline and date line in emphasis give the outlet and the date",
      "# Hospital attacked\n\n*By Nora Kessling, Great Lakes Ledger*\n\n*June 2, 2025*\n\nA ransomware attack hit the hospital.",
      { date: "2025-06-02", outlet: "Great Lakes Ledger", title: "Hospital attacked" },
    ],
    [
      "a piped byline with a desk and a date",
      "The court upheld the fine.\nBy Maria Olsen | Staff reporter | 14.05.2025 09:12\nThe judge dismissed the appeal.",
      { date: "2025-05-14" },
    ],
    [
      "a Russian dateline with the agency's correspondent names the outlet",
      "КРАСНОЯРСК, 2 марта. /Корр. ИА «Сибирь-Информ»/. Четыре человека погибли при взрыве.",
      { outlet: "Сибирь-Информ" },
    ],
    [
      "'Posted: … | Last updated: …' stamps with a time and a zone give the date and leave",
      "FERRY CAPSIZES OFF ISLAND\nPosted: 7 September 2025 08:15 BST | Last updated: 7 September 2025 12:40 BST\nFrom Daniel Okafor, Athens correspondent\nNine people died.",
      { date: "2025-09-07", title: "FERRY CAPSIZES OFF ISLAND" },
    ],
    [
      "a rubric above a Markdown title is not the title; a «Текст: … · date» line gives the date",
      "Происшествия\n\n# На шахте спасли девять горняков\n\nТекст: Марина Ковальчук · 19 октября 2025, 11:25 (обновлено в 14:05)\n\nГорноспасатели подняли девять шахтёров.",
      { date: "2025-10-19", title: "На шахте спасли девять горняков" },
    ],
    [
      "a breadcrumb is not the title; a time before the date is a stamp; the agency after a Russian dateline's dash is the outlet",
      "Главная / Новости / Происшествия\n\nВ Иркутской области лесной пожар подошёл к посёлку\n\n14:05, 12 июня 2025\n\nИРКУТСК, 12 июн — РИА Новости. Пожар подошёл к посёлку.",
      { date: "2025-06-12", outlet: "РИА Новости", title: "В Иркутской области лесной пожар подошёл к посёлку" },
    ],
    [
      "an English breadcrumb is not the title",
      "Home > World > Europe\nWildfire forces thousands to flee\nA wildfire forced 3,000 people to leave.",
      { title: "Wildfire forces thousands to flee" },
    ],
    [
      "a live blog: navigation, a banner in capitals, an outlet before a 'Live coverage by' byline, a weekday before the date, 'Last update' with a zone",
      "Skip to content | Sign in\n\nLIVE - DEVELOPING STORY\n\nHotel fire kills six\n\nThe Lakehead Observer | Live coverage by Priya Mandal and Connor Boyce\nSaturday, January 17, 2026 | Last update: 5:10 p.m. ET\n\nThe coroner named two victims.",
      { date: "2026-01-17", outlet: "The Lakehead Observer", title: "Hotel fire kills six" },
    ],
    [
      "a section label in capitals above a plain headline; a date 'at' a time and zone; the desk word after the outlet",
      "SEVERE WEATHER\n\nEF4 tornado kills nine in Corvallen\n\nSunday, May 17, 2026 at 9:48 p.m. CDT\nBy Rachel Voss and Tomás Ibarra, Flint Hills Courier staff\n\nA tornado killed nine people.",
      { date: "2026-05-17", outlet: "Flint Hills Courier", title: "EF4 tornado kills nine in Corvallen" },
    ],
    [
      "Russian authors listed by commas are not the outlet; a stamp with a bracketed zone and counters gives the date",
      "# Захват заложников в банке\n\nТекст: Анастасия Веденеева, Тимур Зарипов | Редактор: Лилия Нуриева\nОпубликовано 20.02.2026, 23:15 (время местное, МСК+2) | 👁 18 430 | 💬 212\n\nЗахватчик требовал 40 млн рублей.",
      { date: "2026-02-20", outlet: null, title: "Захват заложников в банке" },
    ],
    [
      "a live blog's start stamp gives the date",
      "🔴 ОНЛАЙН · Трансляция завершена\n\n# Отравление суррогатом\n\nТрансляция началась: 21.04.2026 | 20:10 МСК\nПоследнее обновление: 23.04.2026 | 18:40 МСК\n\nЧисло погибших выросло до 12.",
      { date: "2026-04-21", title: "Отравление суррогатом" },
    ],
    [
      "a Setext headline under a header strip with a weekday's short name",
      "ПРИАНГАРЬЕ.ОНЛАЙН · Вс, 13 сентября 2026 · Иркутск +9 °C\n\nКрушение «Ансата» под Кедрояровом\n=================================\n\nТри человека погибли.",
      { date: "2026-09-13", title: "Крушение «Ансата» под Кедрояровом" },
    ],
    [
      "a masthead and a kicker above a plain headline",
      "The Midland Examiner\nSport > Athletics > Running\n\nTarnwell Marathon\n64 runners taken to hospital as heat halts the Tarnwell Marathon\n\nSixty-four runners were taken to hospital.",
      { title: "64 runners taken to hospital as heat halts the Tarnwell Marathon" },
    ],
    [
      "a content note, a masthead, a series and a kicker above a Markdown headline",
      "> **Content note:** this story describes violence.\n\n**THE SUSQUEHANNA REGISTER** — Justice\n*Series: \"Behind the Walls\"*\n\n`PRISON RIOT`\n\n# Seven guards held for 31 hours\n\nSeven officers were freed.",
      { title: "Seven guards held for 31 hours" },
    ],
    [
      "an agency's masthead and a banner above a plain headline; a weekday date with a time in «мск»",
      "ИА «ИРЫСТОН-ПРЕСС» · Владикавказ\n\nСРОЧНО · Материал дополняется\n\nОползень накрыл нижнюю часть горного села Садзыкау\n\nВоскресенье, 26 июля 2026 г. · 11:40 мск\n\nШесть человек погибли.",
      { date: "2026-07-26", title: "Оползень накрыл нижнюю часть горного села Садзыкау" },
    ],
    [
      "a section and a relative stamp above the title leave; a byline of two names gives the outlet",
      "WORLD | UPDATED 2 HOURS AGO\n\nDam bursts above mountain village\n\nBy Ann Lee and Tom Ward, Northern Wire\nMay 3, 2025\n\nThe dam burst at dawn.",
      { date: "2025-05-03", outlet: "Northern Wire", title: "Dam bursts above mountain village" },
    ],
    [
      "an outlet before a piped byline; 'Published … · Last modified …' gives the date",
      "Storm floods the coast\n\nThe Harbour Gazette | By Jane Moss, chief reporter\nPublished 4 March 2025 · Last modified 4 March 2025, 18:32 BST\n\nThe storm flooded the coast.",
      { date: "2025-03-04", outlet: "The Harbour Gazette", title: "Storm floods the coast" },
    ],
    [
      "a rubric of parts between separators above a Markdown title; «Источник: «…»» gives the outlet anywhere",
      "Происшествия · Тверская область\n\n# Автобус съехал в кювет\n\nАвтор: Иван Петров\nИсточник: «Тверской вестник»\n\nАвтобус съехал в кювет утром.",
      { outlet: "Тверской вестник", title: "Автобус съехал в кювет" },
    ],
    [
      "a cookie banner, a masthead and a paywall meter above a plain headline; a piped 'Story by' byline with a weekday date",
      "We use cookies to measure traffic. [Accept all]\n\nPLATTE VALLEY TRIBUNE · Kelder County edition\nYou have read 2 of 4 free stories this month. Subscribe.\n\nAmmonia cloud kills worker, sends 37 to hospital\n\nStory by Corinne Abernathy | Thursday, Oct. 8, 2026 — 6:55 p.m. CT\n\nOne worker died.",
      { date: "2026-10-08", title: "Ammonia cloud kills worker, sends 37 to hospital" },
    ],
    [
      "a masthead and a wire slug above a second-level Markdown headline; a dateline of a place and a stamp gives the date",
      "**THE WESTERN SENTINEL** — Clare · Limerick · Galway\n\n`UPDATE 2-HEALTH/MEASLES-CLARE`\n\n## Measles outbreak reaches 47 cases\n\n**KILBARRAN, Co. Clare — Wednesday 14 October 2026, 17:05 IST** (first filed 09:30 IST)\n\nThe outbreak grew.",
      { date: "2026-10-14", title: "Measles outbreak reaches 47 cases" },
    ],
    [
      "a ticker, a portal's masthead, its sections and a relative stamp above a plain headline",
      "USD 96,41 ▲0,38 | EUR 104,12 ▼0,21\n\nМОРЕ-ПРИМОРЬЕ.РУ — портал о судоходстве и портах Дальнего Востока\nПорты · Флот · Рыболовство · Экология\n\nвчера, 22:47 · Денис Харченко\n\nВ порту контейнеровоз протаранил бункеровщик: один моряк погиб\n\nМоряк погиб.",
      { date: null, title: "В порту контейнеровоз протаранил бункеровщик: один моряк погиб" },
    ],
    [
      "dates of a byline with a handle, an ordinal, a day-first date, a two-digit year and an abbreviated month",
      "Drones shut the airport\n\nBy Owen Tremayne (@owentremayne_FG), transport editor\nSaturday December 5th, 2026 - 6.20pm\nEst. read: 5 min\n\nThe airport closed.",
      { date: "2026-12-05", title: "Drones shut the airport" },
    ],
    ["a day-first date with a weekday, a time and a zone", "Trams stop\n\nWed 03/02/2027, 7:15am NZDT  ·  Hana Whitcombe-Reid, technology editor\n\nTrams stopped.", { date: "2027-02-03" }],
    ["a two-digit year, a zone in brackets, an update after an arrow", "# Молния на фестивале\n\nсб 10.07.27 · 23:58 (ЕКБ) → дополнено вс 11.07.27 · 14:30 (ЕКБ)\nПодготовил: Глеб Арсланов · иллюстрации: Вера Пинчук\n\nДвое погибли.", { date: "2027-07-10" }],
    ["an abbreviated month with an apostrophe year; a correction time with a note", "# Рухнула крыша\n\nСобрала: Дарья Пятакова · Проверил: выпускающий редактор Глеб Шурыгин\nвс, 31 янв. ’27 · 09:05 мск · правка в 12:40 — добавлены данные о задержанных\n\nПогибли пять человек.", { date: "2027-01-31" }],
    [
      "a masthead in columns, its sections, a sponsored line and a kicker above a plain headline",
      "THE FELLSIDE GAZETTE                 Edition: North West ▾ | My account\nNews | Travel | Business | Opinion | Puzzles\n\nSponsored: Snow tyres from £59 fitted (partner content)\n\nTRAVEL CHAOS\n\nAldmoor Airport shut overnight after drone sightings\n\nThe airport closed.",
      { title: "Aldmoor Airport shut overnight after drone sightings" },
    ],
    [
      "a newsletter's e-mail headers give the outlet, the title (without the newsletter's name) and the date; its boxed banner is no headline",
      "From: The Inntal Post Morning Brief <briefing@inntalpost.at>\nDate: Sunday, 14 February 2027, 06:30 CET\nSubject: Three dead as cable car cabin slams into pylon\nPreview text: 59 people lowered by rope\n\nView in browser  |  Forwarded this? Subscribe free\n\n=====\nTHE INNTAL POST - MORNING BRIEF - Issue No. 1,482\n=====\n\nThree people were killed.",
      { date: "2027-02-14", outlet: "The Inntal Post Morning Brief", title: "Three dead as cable car cabin slams into pylon" },
    ],
    [
      "a Markdown newsletter: the subject is the title, not the newsletter's name in the first heading",
      "**From:** The Strathbrack Courier <evening@example.co.uk>\n**Subject:** Evening Briefing | Gas leak at Drumlachan High: 92 treated\n**Sent:** Tuesday 16 November 2027, 18:45 GMT\n\n# THE EVENING BRIEFING\n\nNinety-two people were treated.",
      { date: "2027-11-16", outlet: "The Strathbrack Courier", title: "Gas leak at Drumlachan High: 92 treated" },
    ],
    [
      "a broadcaster's masthead, sections, on-air line, bulletin stamp and player above a plain headline",
      "ИЛЬМЕНЬ-24 · Телеканал Ильменской области\nПрямой эфир · Программа передач · Новости · Видео\nСейчас в эфире: «Ильмень-24. Новости» · 19:00–19:40\n\nВыпуск от 17.12.2027, 19:00 · Сюжет 1 из 9\n▶ Смотреть видео (04:48) · Субтитры: вкл.\n\nЭскалатор поехал вниз с людьми: одна погибшая\n\nАвария произошла в 08:14.",
      { date: "2027-12-17", title: "Эскалатор поехал вниз с людьми: одна погибшая" },
    ],
    [
      "a channel's masthead at the top is never the title, whatever follows it",
      "НИЖНЕСОЛЬСК СЕЙЧАС | Новости города\n\n21 марта 2028, 07:58\nНа проспекте Металлургов провалился асфальт, в яму ушли машины. Один человек погиб.",
      { date: "2028-03-21", title: null },
    ],
    [
      "an archived copy: the archive's banner gives the address, its capture counter and the masthead after a hyphen are no title, a day-first date with dashes is read",
      "The Wayback Machine - https://web.archive.org/web/20270301120000/https://www.example.nl/news/2027/02/27/bridge-fire\n12 captures | 27 Feb 2027 - 3 Mar 2027      << FEB | MAR | APR >>\n\nTHE POLDER POST - Dutch news in English since 2004\nSat 27-02-2027 | 09:10 CET | version 2\n\nFire closes the Zwartmeer bridge\n\nThe bridge burned for six hours.",
      { url: "https://www.example.nl/news/2027/02/27/bridge-fire", date: "2027-02-27", title: "Fire closes the Zwartmeer bridge" },
    ],
    [
      "a fast mobile page: its link to the full site gives the address; a Roman month is read",
      "⚡ **Турбо-страница** · example.ru\n[Открыть полную версию сайта](https://example.ru/2027/05/03/pozhar) · [В приложении удобнее →](#)\n\n## В Заречье сгорел склад\n\n3.V.2027 · 11:20 · автор — Пётр Ильин\n\nСклад горел всю ночь.",
      { url: "https://example.ru/2027/05/03/pozhar", date: "2027-05-03", title: "В Заречье сгорел склад" },
    ],
    [
      "a radio station's page: its frequency masthead, menu and on-air line are no title; a stamp with a byline after it is read",
      "[ 4 captures | 2 Feb 2029 - 9 Feb 2029 ]\n\nWKRF 1450 AM / 101.3 FM - \"Your Hometown Station\"\nLISTEN LIVE  |  Obituaries  |  Weather\nON AIR: Morning Drive with Sue Adler\n\nLOCAL NEWS\nPosted Friday, February 2, 2029 at 7:05 a.m. by Tom Reyes, News Director\n\nTwo hurt as barn roof falls in Millbrook\n\nTwo farm workers were hurt.",
      { date: "2029-02-02", title: "Two hurt as barn roof falls in Millbrook" },
    ],
    [
      "a press office's release: the dates of publication and of the last change are read, not kept as text",
      "# На заводе в Озёрске погиб рабочий\n\nРабочий погиб при падении с лесов.\n\nДата публикации: 04.03.2028, 18:10 · Дата последнего изменения: 05.03.2028, 09:00\nОтветственный за размещение: Петрова А. В.",
      { date: "2028-03-04", title: "На заводе в Озёрске погиб рабочий" },
    ],
    [
      "a reader view's copy: the host over it is the outlet, the closing stamp with its site gives the date",
      "examplegazette.co.uk\n\n[✕ Close Reader View] · [Aa] · [🎧 Listen]\n\n# Fire at a care home\n\nTwo residents were hurt.\n\nOriginally published Tuesday 6 March 2029, 09:15 GMT on examplegazette.co.uk",
      { outlet: "examplegazette.co.uk", date: "2029-03-06", title: "Fire at a care home" },
    ],
    [
      "a social network's community post: its subscriber bar is no title, its source without a scheme is the address",
      "ВКонтакте · Сообщества · Новости\n\nОЗЁРСК ОНЛАЙН | Новости города\nСообщество · 12 400 подписчиков · [Вы подписаны ✓] · [Написать сообщение]\n\n📌 Запись закреплена\n\nОзёрск Онлайн\n3 мар 2029 в 10:15\n\nВ Озёрске сгорел склад шин\n\nСклад горел три часа.\n\nИсточник: ozersk-online.ru/news/2029/03/03/sklad",
      { url: "https://ozersk-online.ru/news/2029/03/03/sklad", date: "2029-03-03", title: "В Озёрске сгорел склад шин" },
    ],
    [
      "an aggregator's story: its sections with a search box are no title, a stamp «обновлён» with ё is read",
      "ЛЕНТА-СБОР — агрегатор новостей\nГлавное · Регионы · Происшествия        [Найти в новостях...]\n\nСЮЖЕТ · 4 источника · обновлён 02.07.2029 в 11:20 (МСК)\n\nЛиса покусала туристов в парке\n\nЛиса покусала двух туристов.",
      { date: "2029-07-02", title: "Лиса покусала туристов в парке" },
    ],
    [
      "a byline's desk is not the outlet; an app's offline copy stamp does not hide the update's date",
      "# Silo blast\n\nBy **Ann Lee**, Health Correspondent · Thursday 10 May 2029, 9.10pm BST\n\nUpdated Wed 16 May 2029, 7:05 a.m. ACDT · Offline copy saved 7:12 a.m.\n\nThree workers died.",
      { outlet: null, date: "2029-05-10" },
    ],
    [
      "a podcast's episode page: its release stamp with the runtime is read; an aggregator's provider line gives the outlet",
      "# Ep. 12: Lift falls in tower block\n\n**Released:** Thu 8 Nov 2029 · 6:10 pm · **Runtime:** 26 min · **Explicit:** No\n\nProvided by The Valley Record · 5 min read · Follow +\n\nTwo people died.",
      { date: "2029-11-08", outlet: "The Valley Record", title: "Ep. 12: Lift falls in tower block" },
    ],
    [
      "a media-monitoring entry: its labelled headline is the title, its fields and labels leave",
      "Сообщение 3 из 214 · Кластер «Сбой» · перепечаток: 37\nТип СМИ: интернет-издание · Регион: Ярогорская область\nДата выхода: 16.11.2030, 17:45\nТональность: негативная · Медиаиндекс: 418,6\nURL: https://example.ru/economy/2030/11/16/sboy\n\nЗАГОЛОВОК: Приложение доставки легло на 19 часов\nТЕКСТ:\nСервис не работал с вечера пятницы.",
      { title: "Приложение доставки легло на 19 часов", date: "2030-11-16", url: "https://example.ru/economy/2030/11/16/sboy" },
    ],
    [
      "a print version: its header underlined as a heading is no title, its site is the outlet",
      "Printed from www.example.co.za on 12/09/2030 at 08:14 SAST                Page 1 of 2\n=====================\nPRINTER-FRIENDLY VERSION  |  Images and adverts removed  |  << Return to full article\n\nGuard killed in cash-van heist\n\nA guard was killed.\n\nhttps://www.example.co.za/crime/heist         Page 1 of 2",
      { title: "Guard killed in cash-van heist", outlet: "example.co.za" },
    ],
    [
      "a single line is not a title (nothing follows it)",
      "Fire crews worked all night",
      { title: null },
    ],
    [
      "a first line ending with a period is not a title",
      "Fire crews worked all night.\nThey stopped at dawn.",
      { title: null },
    ],
  ] as const)("%s", (_name, raw, expected) => {
    expect(parseArticle("x.txt", raw, "h").meta).toMatchObject(expected);
  });

  it("drops readers' comments under a forum's sort bar and under a community's comment header", () => {
    const forum = parseArticle("x.md", "Water must be boiled.\n\n⬆ 1.4k ⬇ · 💬 212 comments · ↗ Share\n\n**Sort by:** Best ▾\n\n**u/cwtch_chips** · 5h\nTwenty quid a day.\n⬆ 388 · Reply", "h");
    expect(forum.text).toBe("Water must be boiled.");
    const community = parseArticle("x.txt", "Тоннель закрыт.\n\nКомментарии · Сначала интересные\n\nМарат Ахметов · 17 апр в 21:52\nСветлая память погибшим.\nОтветить · ❤ 612", "h");
    expect(community.text).toBe("Тоннель закрыт.");
  });

  it("keeps a forum thread's first post (the story it quotes) and drops the forum, the posts' furniture and the replies", () => {
    const raw = [
      "Список форумов ‹ Городская жизнь ‹ ЖКХ",
      "Модератор раздела: Ярослав_ЖКХ",
      "[Ответить] [Подписаться на тему] · Страница 1 из 11 · Сообщений: 263",
      "#1 Ярослав_ЖКХ » 12 янв 2027, 04:52",
      "Модератор · Сообщения: 18 402 · Зарегистрирован: 04.03.2009 · Откуда: Сухоборск",
      "Цитата:",
      "Трубу прорвало ночью. Без тепла остались 40 домов.",
      "Вложение: truba.jpg (311.4 КиБ) Просмотров: 5 207",
      "Последний раз редактировалось Ярослав_ЖКХ 14 янв 2027, 10:05, всего редактировалось 6 раз.",
      "#2 Нина_Л » 12 янв 2027, 07:18",
      "У нас в квартире +9.",
      "Кто сейчас на форуме",
      "Powered by phpBB® Forum Software © phpBB Limited",
    ].join("\n");
    expect(parseArticle("x.txt", raw, "h").text).toBe("Трубу прорвало ночью. Без тепла остались 40 домов.");
  });

  it("drops a publishing system's export: its comment, its field table, an editor's note and the service block", () => {
    const raw = "<!-- Экспорт из «Полоса CMS» · материал № 58 214 -->\n\n| Служебное поле | Значение |\n|---|---|\n| Статус | Опубликован |\n| SEO-заголовок | Пожар на складе |\n\n# Сгорел склад\n\n**Лид:** Склад горел всю ночь.\n\nПогибли трое [[ред. К. О.: цифру пока не подтверждают]].\n\n**Служебное**\nОбъём: 4 906 знаков с пробелами · Расчётное время чтения: 3 мин\nПроверка фактов: Д. Латыпов, 01.01.2030, 10:30";
    const article = parseArticle("x.md", raw, "h");
    expect(article.meta.title).toBe("Сгорел склад");
    expect(article.text).toBe("Склад горел всю ночь.\n\nПогибли трое.\n\nСлужебное");
  });

  it("drops a read-later app's export around the story, keeps the highlighted paragraphs without their marks", () => {
    const raw = "SHELFREAD - Reading list export\nExported: Mon 14 May 2029, 07:12 | Item 3 of 11\nMy tags: #roads\nMy note: \"detour!!\"\nHighlights: 1 (marked with >>)\nOriginal: https://www.example.ca/news/rockfall\n----------\n\nTHE VALLEY LEDGER | News | Roads\n\nTwo dead as rockfall buries cars\n\n>> The dead were a couple from Kamloops.\nRoad crews cleared the rocks.\n\nShelfread: [Archive] [Delete] [Listen]";
    const article = parseArticle("x.txt", raw, "h");
    expect(article.meta).toMatchObject({ title: "Two dead as rockfall buries cars", url: "https://www.example.ca/news/rockfall" });
    expect(article.text).toBe("The dead were a couple from Kamloops.\nRoad crews cleared the rocks.");
  });

  it("keeps an unrolled thread's posts without their numbers, and drops the unroller's footer", () => {
    const raw = "Thread by @reporter\n\n1/ The charity paid £310,000 to a firm owned by its director.\n\n2/ The firm had no staff.\n\n• • •\n\nMissing some Tweet in this thread? You can try to [force a refresh]\nKeep Current with Ann Reporter\nThis Thread may be Removed Anytime!";
    expect(parseArticle("x.md", raw, "h").text).toBe("The charity paid £310,000 to a firm owned by its director.\n\nThe firm had no staff.");
  });

  it("keeps a table of numbers, which only looks like a row of counters", () => {
    const { text } = parseArticle("x.txt", "Exports rose.\n2027 | 2028 | 2029\n1.2 | 1.4 | 2.1\nPrices fell.", "h");
    expect(text).toContain("1.2 | 1.4 | 2.1");
  });

  it("keeps a standfirst's words without its label", () => {
    const { text } = parseArticle("x.txt", "Whales stranded on a beach\n\nSTANDFIRST: Rescuers worked through the night.\n\nNine whales died.", "h");
    expect(text.split("\n")[0]).toBe("Rescuers worked through the night.");
  });

  it("drops a legal notice closing a press office's page, however long", () => {
    const notice = `*Информация размещена в соответствии с Федеральным законом от 09.02.2009 № 8-ФЗ «${"Об обеспечении доступа к информации ".repeat(5)}». При использовании материалов ссылка на портал обязательна.*`;
    const { text } = parseArticle("x.md", `Кран упал на стройке.\n\nПострадали трое.\n\n${notice}`, "h");
    expect(text).toBe("Кран упал на стройке.\n\nПострадали трое.");
  });

  it("keeps content lines that only look like boilerplate", () => {
    const raw = [
      "Share prices fell 5% on Monday.",
      "The minister said:",
      "“We will subscribe to the plan.”",
      "Read the full report, the agency added.",
      "By Friday, the fire was contained.",
      "By Saturday morning the fire was 18% contained",
      "From Monday, trains will run every hour.",
      "Photographers gathered at the gate.",
      "Share this view, the minister said.",
      "Follow the money, investigators say.",
      "Цены на газ выросли в 2 раза / в месяц.",
      "Comments from residents were mixed.",
      "«Ладога» › «Зенит»: счёт 2:1 в пользу хозяев.",
      "Will there be a second wave? Doctors answer:",
    ].join("\n");
    const { text } = parseArticle("x.txt", raw, "h");
    expect(text.split("\n")).toEqual(raw.split("\n").slice(0, 13));
  });

  it.each([
    ["Related: How Italy's quake-proofing grants stalled after 2016"],
    ["Photo: Firefighters search the rubble on June 11, 2025 / Paolo Ricci, ANS"],
    ["Источник фото: пресс-служба ПАО «Донэнергосеть»"],
    ["Фото: Иван Петров / ТАСС"],
    ["(Reporting by Chiara Moretti; Editing by Peter Llewellyn)"],
    ["По теме: Как в Казахстане отменили режим ЧП"],
    ["From Daniel Okafor, Athens correspondent"],
    ["Posted: 7 September 2025 08:15 BST | Last updated: 7 September 2025 12:40 BST"],
    ["Текст: Марина Ковальчук · 19 октября 2025, 11:25 (обновлено в 14:05)"],
    ["Share on Facebook Share on X Email"],
    ["Поделиться: ВКонтакте Telegram WhatsApp"],
    ["ADVERTISEMENT"],
    ["Реклама"],
    ["Нашли опечатку? Выделите текст и нажмите Ctrl+Enter"],
    ["Следите за новостями в нашем Telegram-канале"],
    ["Follow us on X for breaking news"],
    ["Материалы по теме:\nЖара в Сибири побила рекорд\nВ Иркутске закрыли школы"],
    ["Related stories:\nHeatwave grips Europe"],
    ["5 min read"],
    ["Listen to this article"],
    ["Comments (12)"],
    ["Время чтения: 3 мин"],
    ["Просмотров: 1 234"],
    ["Дата: 2025-03-04"],
    ["Date: 4 March 2025"],
    ["[Image: Firefighters on the roof of the school]"],
    ["(Photo: Rescuers at the collapsed barrier. Photo: Ann Lee/Gazette)"],
    ["[Фото: перевёрнутый автобус в кювете]"],
    ["Ранее: В Тверской области автобус съехал в кювет. Читать полностью →"],
    ["Earlier: A bus left the road in Kent. Read the full story →"],
    ["Updated 3 hours ago"],
    ["Обновлено: 2 часа назад"],
    ["Skip to content | Sign in"],
    ["THE FLINT HILLS COURIER  |  Local  ·  Weather  ·  Sports  |  Subscribe from $1/week  |  Sign in"],
    ["[ Show key events only ]   [ Refresh for latest ]"],
    ["[Скопировать ссылку] · [Отправить в мессенджер] · [Версия для печати]"],
    ["Print  |  Text size: A-  A+  |  Save for later"],
    ["PHOTO GALLERY (1 of 14): Volunteers search the remains of homes. Photo by Jordan Keel / Flint Hills Courier"],
    ["Photo gallery (12 photos) | Photo credits: Dana Whitlock / The Lakehead Observer"],
    ["*Фото: © Илья Савин / «Кремнегорск-Инфо»*"],
    ["*[На фото: спасатели с лавинными зондами на склоне]*"],
    ["*Нашли опечатку? Выделите фрагмент и нажмите Ctrl+Enter.*"],
    ["NEWSLETTER - Lakehead Morning: northern Ontario news in your inbox by 6 a.m. Sign up"],
    [">> Sign up for the Morning Courier, our free daily newsletter."],
    ["Contributing: Mia Sorensen in Salina."],
    ["#метанол #суррогат #Кремнегорск"],
    ["Трансляция началась: 21.04.2026 | 20:10 МСК"],
    ["Последнее обновление: 23.04.2026 | 18:40 МСК"],
    ["Над трансляцией работали: Анна Зимина, Роман Кудряшов"],
    ["Текст: Анастасия Веденеева, Тимур Зарипов | Редактор: Лилия Нуриева"],
    ["Опубликовано 20.02.2026, 23:15 (время местное, МСК+2) | 👁 18 430 | 💬 212"],
    ["Версия для слабовидящих | Рус | Ирон | Eng"],
    ["СРОЧНО · Материал дополняется"],
    ["Обновлено в 19:25 мск (добавлены данные о погибших и уголовном деле)"],
    ["Залина Кокоева, собственный корреспондент в Алагирском районе"],
    ["▶ ВИДЕО (02:14): съёмка с беспилотника ГУ МЧС — заваленная улица Речная"],
    ["Реклама. ООО «Горный воздух», ИНН 1505012345. erid: 2VtzqwXyZ7a"],
    ["Оцените материал: ★★★★☆ 4,7 (212 голосов)"],
    ["────────────────────────"],
    ["Сюжет: **Катастрофа вертолёта санавиации** (все материалы сюжета — 6)"],
    ["Корреспондент: Вероника Струкова · фото: Олег Мамонтов"],
    ["13.09.2026, 10:05 (ИРКТ) · правка 13.09.2026, 16:30"],
    ["[Карта: место крушения в 14 км к северо-западу от Кедроярова]"],
    ["👁 41,2K · 13 сентября, 08:47"],
    ["**Опрос.** Нужно ли запрещать вертолётам санавиации полёты в туман?\nДа — 58% · Нет, решать должен экипаж — 34% · Затрудняюсь ответить — 8% (проголосовали 2 318)"],
    ["Ещё в сюжете: «Поиск шёл до темноты»: как спасатели искали «Ансат» в тайге →"],
    ["Lydia Harcourt, athletics correspondent, and Sam Pryor"],
    ["Sun 7 Jun 2026 19.02 BST"],
    ["First published on Sun 7 Jun 2026 13.40 BST"],
    ["Were you running in the Tarnwell Marathon? Tell us about your experience by emailing sport.tips@example.co.uk or using our secure form."],
    ["Explore more on these topics: Marathons | Running | Heatwaves"],
    ["Reuse this content"],
    ["MOST VIEWED\n1. Tarnwell Marathon: 64 runners taken to hospital\n2. Hosepipe ban likely in July"],
    ["> **Content note:** this story describes violence inside a prison, including a death."],
    ["**Words:** Adaeze Holloway and Ben Tuttle · **Photographs:** Sam Rinaldi"],
    ["**Filed:** 2026-06-09T06:05 EDT · **Revised:** 2026-06-09T11:20 EDT"],
    ["**About this story:** Register reporters spent two days outside the prison."],
    ["**Got a tip?** Email tips@example.com or message our Signal line, (717) 555-0186."],
    ["*Was this article helpful?* [👍 Yes] [👎 No]"],
    ["### Revision history\n\n- **11:20 EDT** — Adds the name of the inmate who died.\n- **06:05 EDT** — First published."],
    ["We use cookies to measure traffic. [Accept all] [Reject non-essential] [Cookie settings]"],
    ["> 🍪 This site uses cookies. **[Accept all]** · [Manage preferences]"],
    ["Мы используем файлы cookie. [Принять]"],
    ["You have read 2 of 4 free stories this month. Subscribe."],
    ["*You've read 3 of your 5 free articles this month.* [Subscribe from €1 a week]"],
    ["Вы прочитали 3 из 5 бесплатных статей в этом месяце"],
    ["Translate this page: Español | Tiếng Việt"],
    ["*Сейчас этот материал читают 1 206 человек*"],
    ["**Как вам этот материал?** 😢 1 412 · 😡 987 · 🙏 310 · 👍 44"],
    ["> 👁 48,3 тыс. · ↪ 612"],
    ["Page 1 of 2 | Next page »"],
    ["*— Page 1 of 1 · [◀ Previous story] · [Next story ▶] —*"],
    ["Страница 2 из 3 · ← Назад"],
    ["*— Story continues below advertisement —*"],
    ["`UPDATE 2-HEALTH/MEASLES-CLARE`"],
    ["RPT-UKRAINE-CRISIS/GRAIN"],
    ["*Print edition: Thursday 15 October 2026, page 4 · Article ID WS-2026-10-14-0917 · 712 words*"],
    ["USD 96,41 ▲0,38 | EUR 104,12 ▼0,21 | CNY 13,27 ▲0,05 | Брент $71,90    Светлоярск: +6 °C, туман"],
    ["Сообщить новость в редакцию: +7 (4232) 55-30-18 · WhatsApp"],
    ["In this article:\n1. What happened\n2. The valve that stayed open\n3. What's next"],
    ["**Содержание**\n1. [Как рухнул пролёт](#kak-ruhnul-prolet)\n2. [Кто погиб](#kto-pogib)"],
    ["——— ЛЕНТА НОВОСТЕЙ ———\n22:31 Во Владивостоке открыли новый терминал\n21:58 Минтранс продлил субсидии до 2028 года\n————————————"],
    ["ABOUT THE AUTHOR\nCorinne Abernathy covers agriculture for the Platte Valley Tribune. Reach her at c@example.com."],
    ["> **About the author**\n> Gráinne Mulcahy has covered health since 2019. Contact: g@example.ie"],
    ["**Об авторе.** Полина Загорская — корреспондент отдела «Город», пишет о транспорте."],
    ["+----------------------+---------------------+"],
    ["вчера, 22:47 (время владивостокское, UTC+10) · Денис Харченко"],
    ["TRENDING: Haverleigh cyberattack · Petrol prices"],
    ["Est. read: 5 min"],
    ["Report an error | Share: WhatsApp · Email · Copy link"],
    ["This story was first published by The Southern Ledger and is republished under a Creative Commons CC BY-ND 4.0 licence."],
    ["*Ссылка на карточку скопирована*"],
    ["**Ещё карточки:** Как понять, что крыша под снегом опасна · Снегопад в Поволжье"],
    ["🎧 Аудиоверсия · 6 мин · Читает Ксения Долгих"],
    ["📷 Фото 1/9: зрители укрываются под тентами. © Ярослав Мелентьев"],
    ["`Формат: карточки · 7 шт. · листайте вниз`"],
    ["EDITOR'S PICKS\nPodcast: The Fellside Briefing - why small drones are so hard to stop (24 min)\nAldmoor's new terminal: five years late"],
    ["View in browser  |  Forwarded this? Subscribe free"],
    ["[View this email in your browser](https://example.com/b) · [Listen as a podcast]"],
    ["### Strathbrack Courier · Issue No. 1,482 · Your weekday round-up at 6.45pm"],
    ["You are receiving this because you signed up for the Morning Brief.\nUnsubscribe | Manage preferences"],
    ["Quotes translated from German"],
    ["Сейчас в эфире: «Ильмень-24. Новости» · 19:00–19:40"],
    ["▶ Смотреть видео (04:48) · Субтитры: вкл. · Качество: 720p"],
    ["Текстовая расшифровка сюжета. Время указано по таймкоду видео."],
    ["Над сюжетом работали: корреспондент Игорь Семакин, оператор Тимофей Власов"],
    ["Выпуск от 17.12.2027, 19:00 · Сюжет 1 из 9"],
    ["🇬🇧 **English version:** [Tuyakhta eruption forces evacuation](/en/2027/03/14/tuyakhta)"],
    ["*Материал обновлялся 2 раза.* · [🔔 Уведомлять о новых извержениях] · [Сохранить в закладки]"],
    ["⚡ *Обновлено в 18:45: уточнено число эвакуированных*"],
    ["Автор: Ульяна Серебрякова, редактор отдела «Происшествия» · 14/03/2027 · 16:20 (SAKT, UTC+11)"],
    ["Reporting: Miriam Achleitner in Hohenfall and Jonas Prader in Innsbruck"],
    ["Photo credits: Raphael Moser / Inntal Post; Austrian Armed Forces"],
    ["## ALSO TONIGHT\n\n- Glen Ardle road reopens after weekend rockfall\n- Drumlachan ferry cut to two sailings a day"],
    ["*Continued on A6* ▸ **DAM**"],
    ["◂ DAM, from A1"],
    ["A6 · THE TESSEN VALLEY RECORD · WEDNESDAY, APRIL 14, 2027"],
    ["*Clipped from the e-Edition* · [Print] · [Email] · Pages A1, A6"],
    ["*Продолжение темы — на с. 5: «Как оформить выплату за побитую крышу»*"],
    ["*Фото на полосе: Марина Голубь; Сергей Дьячков (прислал читатель)*"],
    ["BC-US--Prison Escape-Tennessee, 3rd Ld-Writethru"],
    ["MSW-0309-1934CT"],
    ["Eds: UPDATES with second capture, reward raised. ADDS WANTED box."],
    ["Priority: urgent | Category: (a) national | Next update by 8 p.m. CT"],
    ["END"],
    ["MSW writer Keisha Blount in Bowling Green, Kentucky, contributed to this report."],
    ["Copyright 2028 Mid-South Wire Service. May not be published, broadcast or redistributed without permission."],
    ["By JUNE HALVORSEN and DEMETRIUS COLE"],
    ["Марина Голубь, собкор в Ясноречье · Фото автора и читателей"],
    ["Telegram · Публичный канал"],
    ["@nizhnesolsk_now · 61 284 подписчика"],
    ["Экспорт истории сообщений за 21.03.2028 · 5 сообщений"],
    ["📌 Закреплённое сообщение"],
    ["↪️ Переслано из: ГУ МЧС России по Пермскому краю"],
    ["🎥 Видео от подписчика · 0:37"],
    ["👁 38,6K · изменено"],
    ["👁 22,4K"],
    ["📊 Опрос (анонимный)\nКак вы теперь добираетесь через Заречный?\n— пешком · 41%\n— сижу дома · 22%\n👥 6 812 голосов"],
    ["Прислать новость: @nizhnesolsk_now_bot · Реклама в канале: по ссылке в описании"],
    ["Дзен · Статьи"],
    ["Турпомощь | Новости для путешественников\n87,3 тыс. подписчиков · [Подписаться]"],
    ["Нравится 2,1 тыс. · Поделиться · Не нравится"],
    ["*Update, Saturday 9:40 a.m.: adds the name of the second worker who died, confirmed by the coroner.*"],
    ["*Thanks for reading The Bayou Ledger! This post is public, so feel free to share it.*"],
    ["**57 Comments** · Top · New"],
    ["📎 Рекомендуем: Какие страны МИД советует не посещать этой осенью — полный список"],
    ["14/05/2028, 09:17                Tiger escape: Tolya on the loose in Hollowmere | Wessex Daily Record"],
    ["https://www.example.co.uk/news/dorset/hollowmere-tiger-escape-8821764                 1/1"],
    ["Were you there? Send your photos and videos to newsdesk@example.co.uk or WhatsApp 07700 900418."],
    ["Links in this article:\n[1] https://www.example.co.uk/authors/imogen-thackeray\n[2] https://www.hse.gov.uk/news/"],
    ["Imogen Thackeray, Dorset correspondent[1]"],
    ["*Материал из Викиновостей — свободного источника новостей*"],
    ["> ✅ **Статья проверена** участником *Sergei_Pnz* 23 мая 2028 года · последняя правка: 23 мая 2028"],
    ["*Текст доступен по лицензии Creative Commons Attribution 2.5.*"],
    ["[Поделиться: ВКонтакте · Telegram] · [Сообщить об ошибке]"],
    ["## Источники\n\n[^1]: «Дед жениха скончался после свадьбы» — «Пенза-Инфо», 22 мая 2028.\n[^2]: «Ресторан вернёт деньги за банкет» — ГТРК «Сура», 22 мая 2028."],
    ["## Связанные новости\n\n- В Пензенской области ввели масочный режим (17 мая 2028)"],
    ["[ 7 captures | 1 Jan 2029 - 5 Jan 2029 ]"],
    ["Reader comments (86) are not shown in the print version."],
    ["Данные собрали: Арина Мезенцева, Лев Кушнарёв · Визуализация: Софья Пак"],
    ["[Скачать данные: probes_2030-07-23.csv (3 КБ)] · Лицензия данных: CC BY 4.0"],
    ["Следующий выпуск спецпроекта: «Сколько стоит очистить озеро» — 31 июля"],
    ["Похожие сообщения в кластере (выборочно):\n• РИА «Инфо», 16.11.2030 — Курьеры пришли к офису\n• «Деловой город», 16.11.2030 — Сбой обошёлся в 240 млн рублей"],
    ["**Host:** Ann Lee · **Reporting:** Tom Ash at the tower · **Producer:** Ella Vance"],
    ["Play episode · ⏩ 1.5× · ⬇ Download MP3 (24.8 MB) · 📄 Transcript (auto-generated)"],
    ["Chapters\n00:00 — Headlines\n01:40 — What happened this morning\n07:15 — Residents speak"],
    ["Support independent local radio: we are listener-funded. [Donate £5 a month →]"],
    ["msn | News | US | Weather                      Search the web | Sign in | 12°F Varrick, MT"],
    ["Related video: Snowplow reaches stranded train (0:58)"],
    ["Continue reading on The Plainsman Record >"],
    ["Sponsored · These heated gloves last 18 hours (Ad)"],
    ["Sign in to comment · Feedback"],
    ["Оцените проверку: 4,8 из 5 (1 054 оценки)"],
    ["Видели сомнительную новость? Присылайте в бот @check_it_bot — проверим."],
    ["[Image hidden in text-only mode: Volunteers on the beach. Credit: Ann Lee / The Times]"],
    ["[Image alt text: Workers lay a boom across the river]"],
    ["*📷 Smoke over the port on Tuesday. Photo: Jo Tan / Coast News (hidden in Data Saver)*"],
    ["Swipe left for the next story → Regional: prawn season opens early"],
    ["▸ Показать ещё 6 источников"],
    ["Полный текст первоисточника (ИА «Камчатка-Инфо», обновлено в 15:55):"],
    ["Источники сюжета отобраны автоматически. Сообщить о неточности · Скрыть источник"],
    ["@grid_north — инженер, пишу про энергосистемы · Карма 54 · Рейтинг 12,3"],
    ["Комментарии к публикации доступны только пользователям с полноправным аккаунтом."],
    ["[Хабр](https://habr.example/ru/) / [Новости](https://habr.example/ru/news/) / [Энергия](https://habr.example/ru/hubs/energy/)"],
    ["[Back to top] · [Switch to full site] · Page size: 14 KB"],
    ["⬆ 1.4k ⬇ · 💬 212 comments · ↗ Share · 🔖 Save"],
    ["Версия для печати · Отправить другу · Сообщить об опечатке: выделите текст и нажмите Ctrl+Enter"],
    ["View more comments (210)"],
    ["Показать следующие комментарии (415)"],
    ["Текст интервью согласован с собеседником."],
    ["Мнение собеседника может не совпадать с позицией редакции."],
    ["Get Valley news in your inbox every morning – sign up to the Valley Daily."],
    ["UPDATE HISTORY\nv1 Mon 23.02.26 09:12 - First published\nv2 Mon 23.02.26 21:40 - Adds volunteer numbers"],
    ["Похожие сюжеты:\nНа Сахалине медведица вышла к лагерю\nВ крае закрыли три экотропы"],
    ["ON AIR: Afternoon Jazz with Lena Holt"],
    ["AUDIO: Hear the mayor's statement (3:12)"],
    ["This weather report is sponsored by Hollis Hardware - \"Built to last.\""],
    ["Comments are closed on this story."],
    ["Комментарии закрыты."],
    ["(c) 2029 Lakeside Broadcasting LLC. All rights reserved."],
    ["Was this translation clear? [Yes] [No]"],
    ["TRUST LABEL: Analysis. Interpretation of the news based on evidence."],
    ["Read this article in German: \"Brand in Lagerhalle\" (partner site)"],
    ["Reporting: Jan de Vries in Leiden | Translated from the Dutch by Mark Hall"],
    ["Archived page. Links and images may not work."],
    ["Турбо-страница сформирована автоматически. Некоторые элементы не отображаются."],
    ["Следующий материал загрузится автоматически ↓"],
    ["Контакты для СМИ: пресс-служба администрации, press@example.ru"],
    ["More from Valley News:\nCouncil delays vote on new fire station\nRoad closures for Monday"],
    ["**Прикреплённые файлы**\n- 📎 Постановление № 12 (PDF, 120 КБ)\n- 📎 Видеозапись брифинга (MP4, 14:02)"],
    // A news database's results bar and the end of its record.
    ["**Nexis Uni®** | Results list › Document 4 of 27 | [◀ Previous] · [Next ▶] | [Download] · [Email] · [Print] · [Cite]"],
    ["*End of Document*"],
    ["Graphic"],
    ["Main Edition"],
    // A blog platform's post: the author's head, mood and place, the cut, a repost's end, the links to other posts, tags.
    ["starina_goreslavl (starina_goreslavl) wrote,"],
    ["👤 **[okhotsk_bocman](https://okhotsk-bocman.livejournal.example/)** пишет в сообществе **[ru_rybflot](https://ru-rybflot.livejournal.example/)**"],
    ["Настроение: опустошённое"],
    ["Местоположение: Гореславль, Соборная площадь"],
    ["*— — — Читать дальше → — — —*"],
    ["— конец цитаты —"],
    ["← Предыдущая запись · Следующая запись →"],
    ["Метки: Гореславль, наследие, пожар, собор"],
    ["Теги: пожар, собор, реставрация, МЧС · Поделиться: ВКонтакте · Telegram · Одноклассники"],
    ["**Метки:** #Белозаводск #отравление #голуби #диазинон"],
    ["**More on:** Selbridge Borough Council · Elections · Crown Court · Mossgate"],
    ["Компании в материале: АО «Листвянская сотовая связь» · ГУ МЧС · Роскомнадзор"],
    ["ГОРЕСЛАВСКИЕ ВЕДОМОСТИ · Культура · Происшествия"],
    // A press release on a distribution site.
    ["Category: Public Safety > Natural hazards | Science > Astronomy"],
    ["Release ID: CW-SK-2031-03-0412"],
    ["Issued: Wed 2031-03-12 16:05 CST (22:05 UTC)"],
    ["NEWS RELEASE - FOR IMMEDIATE RELEASE"],
    ["-30-"],
    ["Контакты для СМИ:\nпресс-служба администрации, +7 (4012) 55-01-02"],
    ["Report a problem | RSS | Privacy"],
    // A briefing transcript's player and credits.
    ["**Видеозапись:** ▶ 47:12 · **Стенограмму подготовил:** Антон Пахтусов · *текст сокращён и отредактирован для удобства чтения*"],
    // A local TV station's page: the weather alert strip, the video player, the footer.
    ["HEAT ADVISORY in effect for Mesquite County until 8 p.m. Monday"],
    ["⚠️ ШТОРМОВОЕ ПРЕДУПРЕЖДЕНИЕ действует до 21:00 воскресенья"],
    ["[VIDEO 2:47] WATCH: Aerial footage shows the broken slide at Bluewater Bay (Closed captions available)"],
    ["Report a typo | Download the KCSX 12 app | Sign up for Breaking News alerts"],
    // A question-and-answer site: the best answer's label, a member's head with rank and points, counters, quotation markers.
    ["★ ЛУЧШИЙ ОТВЕТ (выбран автором вопроса)"],
    ["Игорь_Agro (Мыслитель, 6 214 баллов) · ответил 14 сент. 2031 в 18:41"],
    ["3 ответа · 418 просмотров · [Подписаться на вопрос] · [Пожаловаться]"],
    ["<<<"],
    ["ВОПРОС"],
    // A community news site: a shared service's credit, a newsletter teaser, promoted links, an error report, the paywall note.
    ["*Produced by the Local Democracy Reporting Service and shared with 14 partner titles.*"],
    ["📬 **Town Hall Weekly** — your council, every Thursday. [Sign up free]"],
    ["📨 **Рассылка «Сизаря»:** раз в месяц — истории спасённых птиц и отчёт о расходах. [Подписаться]"],
    ["**Promoted links by Taboola**\n- Farrowshire homeowners are switching to this boiler trick\n- The seaside town locals say is \"better than Cornwall\""],
    ["*Something wrong? Email corrections@kettlebrookclarion.org.uk · Registered co-operative No. 31207R*"],
    ["`🔓 Free to read, paid for by 2,114 Clarion members`"],
    ["✍️ Ffion Treadwell, community reporter · 📸 Dev Raman · 🗓 Saturday 16th August 2031, 19:52"],
    // A business portal: buttons and the city picker, the ticker, the paywall note, a picture's caption, the disclaimer.
    ["[ Бизнес ]  [ Технологии ]  [ Недвижимость ]  [ Работа ]  [ Афиша ]        Ваш город: Листвянск ▾"],
    ["БЕГУЩАЯ СТРОКА ◆ «Листок» вернул связь во всех районах ◆ Компенсации абонентам начислят до 1 ноября ◆ Прокуратура начала проверку ◆"],
    ["⚑ Материал открыт для всех читателей без подписки в связи с режимом ЧС"],
    ["[ФОТО] Пожарные у здания ЦОДа «Береговой» утром 14 октября. Фото: Никита Оленев / «Листвянск.Дело»"],
    ["Мнение редакции может не совпадать с мнением героев публикаций. Поддержать «Листвянск.Дело»: СБП, 8 (3912) 40-17-06"],
    // A teletext viewer: its title bar, page box, navigation rows, copyright.
    ["KMTV TEXT online viewer - Kingsmere Metropolitan Television"],
    ["Page [104] [Go]   Subpages: 1 2 3 4 5 (auto-cycle: ON)"],
    ["Victims 104/2   Index 100"],
    ["Roads 432   News 104   Index 100"],
    ["(c) KMTV 2033 | Subtitles: page 888"],
    // A longread's embeds: a video placeholder, a slider's caption, a document, the crew, a closed discussion, the reprint notice.
    ["> ▶ *[Видео на обложке, 0:18, без звука: облако пыли над улицей Бажова, запись камеры домофона в 07:12]*"],
    ["> Слева: паркинг в июле 2033 г., фото из чата жильцов. Справа: утро 20 октября. Фото: Антон Голомазов"],
    ["> 📄 **Документ:** предписание Инспекции госстройнадзора от 17 марта 2033 г. · [Открыть PDF, 2 стр.]"],
    ["**Над проектом работали:** текст — Вера Сыромятникова · фото — Антон Голомазов · редактор — Марина Лузина"],
    ["💬 Обсуждение закрыто · [ВКонтакте] · [Telegram] · [Скопировать ссылку]"],
    ["*Фото и видео — «Северогранская неделя». Перепечатка только с разрешения редакции. 16+*"],
    // A press-photo agency's page: the account bar, the story's counters, the desk note, licensing, more pictures.
    ["**SHOREPIX** Editorial · Video · [Boards] · [Cart (0)] · Signed in as *newsdesk_ESX*"],
    ["`12 images · 1 video · Editorial use only · Last added: 19 Aug 2031, 17:20 BST` · [Add all to board] · [Follow story 🔔]"],
    ["*Desk note for clients, not for publication as supplied.*"],
    ["### Images in this story (7 of 12 shown)"],
    ["*Shorepix News collection · Rights-managed · 6000 x 4000 px*"],
    ["▸ *Show 5 more images*"],
    ["*Editorial use only. Bespoke licensing: sales@shorepix.example*"],
    // A photo gallery: its header, the photos' numbers, the gallery's tools.
    ["IN PICTURES  |  12 photos  |  Gallery 1 of 3 in the series \"Smoke Season 2034\""],
    ["PHOTO 1 of 12"],
    ["ABOUT THIS GALLERY"],
    ["Share this gallery: Facebook | Pinterest | Email | Copy link"],
    ["Next gallery: Smoke Season, Day 2 >"],
    ["*Обновлено 8 апреля в 18:30: добавлены данные о задержании директора подрядчика.*"],
  ])("removes furniture wherever it stands: %s", (line) => {
    const { text } = parseArticle("x.txt", `The river rose overnight.\n${line}\nCrews worked until dawn.`, "h");
    expect(text).toBe("The river rose overnight.\nCrews worked until dawn.");
  });

  it("invalid front matter is kept as text rather than lost", () => {
    const raw = "---\n: [unclosed\n---\nBody text here.";
    expect(parseArticle("x.md", raw, "h").text).toContain("Body text here.");
  });

  it("a file of boilerplate only has no text left", () => {
    const raw = "Source link\n\nPlease disable your ad blocker to continue reading the news.\nПодписаться\n";
    expect(parseArticle("x.txt", raw, "h").text).toBe("");
  });
});

describe("parseArticle: markup is not the article's words", () => {
  const raw = [
    "# Floods hit northern Italy",
    "",
    "Heavy rain caused the [Po river](https://en.wikipedia.org/wiki/Po_(river)) to burst its banks, the &quot;worst flooding in decades&quot;, officials said.",
    "",
    "![Flooded street in Piacenza](https://example.com/img/flood.jpg)",
    "",
    "## Evacuations",
    "",
    "- About 1,200 people were evacuated from low-lying areas.",
    "* Schools were closed on Monday.",
    "1. Trains to Milan were cancelled.",
    "",
    "> The situation is under control, the mayor said.",
    "",
    "| Town | Evacuated |",
    "|---|:---:|",
    "| Piacenza | 800 |",
    "",
    "---",
    "",
    "<p>Mayor Katia Tarasconi said&nbsp;the river would peak on <b>Tuesday</b>.</p> AT&T and Q&A stay as written; see [the map][1].",
    "",
    "[1]: https://example.com/map",
  ].join("\n");
  const article = parseArticle("x.md", raw, "h");

  it("keeps a link's words and drops its address, an image, HTML tags, and decodes entities", () => {
    expect(article.meta.title).toBe("Floods hit northern Italy");
    expect(article.text).toContain('Heavy rain caused the Po river to burst its banks, the "worst flooding in decades", officials said.');
    expect(article.text).toContain("Mayor Katia Tarasconi said\u00A0the river would peak on Tuesday. AT&T and Q&A stay as written; see the map.");
    for (const gone of ["https://", "![", "](", "<p>", "<b>", "&quot;", "&nbsp;", "Flooded street"]) expect(article.text).not.toContain(gone);
  });

  it("drops block markers: subheadings, list bullets and numbers, quotation marks, rules, a table's rule row", () => {
    const lines = article.text.split("\n");
    expect(lines).toContain("Evacuations");
    expect(lines).toContain("About 1,200 people were evacuated from low-lying areas.");
    expect(lines).toContain("Schools were closed on Monday.");
    expect(lines).toContain("Trains to Milan were cancelled.");
    expect(lines).toContain("The situation is under control, the mayor said.");
    expect(lines).toContain("Piacenza | 800");
    expect(lines.some((line) => /^(?:#|-|\*|>|\|-|\d\.)/u.test(line))).toBe(false);
  });
});

describe("parseArticle: tables, footnotes, standfirsts and sign-offs", () => {
  it.each([
    ["a table row without its outer pipes and empty cells", "| Карточка события | |\n|---|---|\n| Когда | 20 февраля 2026 г., 11:52–19:14 |", "Карточка события\nКогда | 20 февраля 2026 г., 11:52–19:14"],
    ["a footnote's mark and label", "Охранник не нажал тревожную кнопку[^1].\n\n[^1]: Кнопка сработала только в 11:58.", "Охранник не нажал тревожную кнопку.\n\nКнопка сработала только в 11:58."],
    ["a standfirst in italics", "*Вооружённый мужчина требовал 40 млн рублей. Погибших нет*", "Вооружённый мужчина требовал 40 млн рублей. Погибших нет"],
    ["a live-blog sign-off under its entry", "5:10 p.m.\nThe coroner named two victims.\n- Priya Mandal\n\n3:45 p.m.\nThe owner issued a statement.\n— Connor Boyce", "5:10 p.m.\nThe coroner named two victims.\n\n3:45 p.m.\nThe owner issued a statement."],
    ["a list of names is not a sign-off", "The dead were named:\n- Daniel Reyes\n- Kelsey Marsh", "The dead were named:\nDaniel Reyes\nKelsey Marsh"],
    ["an image's caption in italics under it", "![D Block](/img/dblock.jpg)\n*Smoke over D Block. Sam Rinaldi / The Register*\n\nSeven officers were freed.", "Seven officers were freed."],
    ["an HTML fold-out box keeps its words, not its tags", "<details>\n<summary>Досье: вертолёт «Ансат»</summary>\n\nЛёгкий двухдвигательный вертолёт.\n</details>", "Досье: вертолёт «Ансат»\n\nЛёгкий двухдвигательный вертолёт."],
    ["an attribution under a quotation stays", "«Он всё время извинялся».\n— кассир отделения Екатерина Лобанова", "«Он всё время извинялся».\n— кассир отделения Екатерина Лобанова"],
    ["readers' comments leave from their header to the end", "Trams run again.\n\nCOMMENTS (2)  ·  Sort by: Newest\nkiwi_commuter_88 · 2h · ▲ 41\nFree trams for two weeks is the least they can do.", "Trams run again."],
    ["Russian comments in quotations leave too", "Крыша рухнула.\n\n**Комментарии (3 из 148)** · сначала популярные\n\n> **ole_vetl** · 31 янв., 09:41 · ▲ 312\n> Каждую зиму одно и то же.", "Крыша рухнула."],
    ["a comments counter without comments under it is the only line to leave", "Trams run again.\nComments (12)\nBuses returned at 11:20am.", "Trams run again.\nBuses returned at 11:20am."],
    ["a card's number leaves its heading; its progress dots leave", "### Карточка 2/7 · Сколько пострадавших?\n\nПогибли пять человек.\n\n●●○○○○○", "Сколько пострадавших?\n\nПогибли пять человек."],
    ["a task box and italic words inside a line lose their markers", "- [ ] Red, sore eyes\n*Молниеотвод* — стержень с заземлением, 5 * 3 = 15", "Red, sore eyes\nМолниеотвод — стержень с заземлением, 5 * 3 = 15"],
    ["a transcript's timecodes leave, its speakers and words stay", "[00:21] КОРРЕСПОНДЕНТ (за кадром):\nАвария произошла в 08:14.", "КОРРЕСПОНДЕНТ (за кадром):\nАвария произошла в 08:14."],
    ["a figure's image and caption leave", "Пепел засыпал посёлок.\n\n<figure>\n<img src=\"/a.jpg\" alt=\"Столб пепла\">\n<figcaption>Столб пепла над вулканом. Фото: Антон Крылатов</figcaption>\n</figure>\n\nЖители уехали.", "Пепел засыпал посёлок.\n\nЖители уехали."],
    ["a print issue's imprint closing the page leaves, however long", "Град побил машины.\n\nУчредитель: администрация Кумского муниципального округа. Главный редактор Т. В. Ермолина. Адрес редакции: 357800, г. Ясноречье, ул. Советская, 9. Тираж 3 200 экз. Подписной индекс П1234. Номер подписан в печать 21.06.2028 в 18:00 по графику и фактически.", "Град побил машины."],
    ["pictographs and bullet symbols opening a line leave, the words stay", "⚡️ На проспекте провалился асфальт.\n▪️ Кто пострадал\n❗️ Режим ЧС продлится до 28 марта.", "На проспекте провалился асфальт.\nКто пострадал\nРежим ЧС продлится до 28 марта."],
    ["a publisher's address closing the page leaves", "The road reopened.\n\nInntal Post Medien GmbH, Museumstrasse 12, 6020 Innsbruck, Austria", "The road reopened."],
    ["a fact box's list stays", "**Досье: Заречный мост**\n- открыт в 1968 году;\n- длина — 412 м.", "Досье: Заречный мост\nоткрыт в 1968 году;\nдлина — 412 м."],
  ])("%s", (_, body, expected) => {
    const { text } = parseArticle("x.md", `# Title\n\n${body}`, "h");
    expect(text).toBe(expected);
  });
});

describe("parseArticle: Markdown emphasis is not the article's words", () => {
  it("drops the markers of a bold lead paragraph and of bold words, and keeps a lone asterisk", () => {
    const raw = "# Title\n\n**Горноспасатели подняли девять шахтёров.**\n\nThe **worst** flood since 1974 hit 3 * 4 streets.";
    expect(parseArticle("x.md", raw, "h").text).toBe("Горноспасатели подняли девять шахтёров.\n\nThe worst flood since 1974 hit 3 * 4 streets.");
  });
});

/** A page saved as text, the metadata its cleaning must give and its cleaned text, line by line. */
interface PageCase {
  name: string;
  file: string;
  raw: string;
  meta: Partial<{ title: string | null; date: string | null; outlet: string | null; url: string | null }>;
  text: string[];
}

/** Cleans a page case and checks its metadata and text. */
function expectPageCase({ file, raw, meta, text }: PageCase): void {
  const article = parseArticle(file, raw, "h");
  expect(article.meta).toMatchObject(meta);
  expect(article.text.split("\n")).toEqual(text);
}

describe("parseArticle: round 10's page formats (news databases, blog reposts, releases, transcripts, feeds, wrapped text)", () => {
  const cases: PageCase[] = [
    {
      name: "a news database's record: the headline is the title, the publication the outlet, the fields and index terms leave, the highlight stays",
      file: "x.md",
      raw: [
        "**Nexis Uni®** | Results list › Document 4 of 27 | [◀ Previous] · [Next ▶] | [Download] · [Email] · [Print] · [Cite]",
        "",
        "---",
        "",
        "### Norovirus outbreak sickens 108 on Rhine river cruise",
        "",
        "**The Rhineland Courier (English Edition)**",
        "",
        "June 17, 2031 Tuesday",
        "Main Edition",
        "",
        "Copyright 2031 Rhineland Courier Media GmbH All Rights Reserved",
        "",
        "**Section:** NEWS; Pg. 3",
        "**Length:** 557 words",
        "**Byline:** Harriet Pengelly, travel and health correspondent",
        "**Dateline:** MARBRÜCKEN, Germany",
        "**Highlight:** Health officials order the MS Silverheron to stay in port for a 72-hour deep clean",
        "",
        "**Body**",
        "",
        "A norovirus outbreak has sickened 108 people aboard the river cruise ship MS Silverheron.",
        "",
        "**Load-Date:** June 18, 2031",
        "",
        "**Language:** ENGLISH",
        "**Publication-Type:** Newspaper",
        "**Subject:** NOROVIRUS (94%); CRUISES (91%); OUTBREAKS & EPIDEMICS (89%)",
        "**Geographic:** MARBRUCKEN, GERMANY (93%); ONTARIO, CANADA (58%)",
        "",
        "---",
        "",
        "*End of Document*",
      ].join("\n"),
      meta: { title: "Norovirus outbreak sickens 108 on Rhine river cruise", date: "2031-06-17", outlet: "The Rhineland Courier" },
      text: [
        "Health officials order the MS Silverheron to stay in port for a 72-hour deep clean",
        "",
        "A norovirus outbreak has sickened 108 people aboard the river cruise ship MS Silverheron.",
      ],
    },
    {
      name: "a LiveJournal repost: the repost line gives the title; the blogger's words, the box's text and the correction stay; comments leave",
      file: "x.txt",
      raw: [
        "LiveJournal · Лента друзей · Поиск · Создать запись · Войти",
        "────────────────────────────────────────",
        "",
        "starina_goreslavl (starina_goreslavl) wrote,",
        "2031-04-13 09:41:00",
        "Метки: Гореславль, наследие, пожар, собор",
        "Настроение: опустошённое",
        "",
        "Друзья, перепощу целиком материал «Гореславских ведомостей».",
        "",
        "Оригинал взят у goreslavl_vedomosti в Горел Спасо-Преображенский собор: рухнули кровля и центральная глава",
        "",
        "ГОРЕСЛАВСКИЕ ВЕДОМОСТИ · Культура · Происшествия",
        "13.04.2031, 08:15 · Читать 5 мин · Просмотров: 41 880",
        "",
        "Пожар в соборе полностью ликвидирован в 04:30 13 апреля.",
        "",
        "┌─ СПРАВКА ─────────────────────────────",
        "│ В 1930-е годы собор закрыли и устроили в нём склад,",
        "│ богослужения возобновились в 1991 году.",
        "└───────────────────────────────────────",
        "",
        "Исправление: в первой версии материала было указано, что пожар начался в 15:42.",
        "",
        "— конец цитаты —",
        "",
        "(57 комментариев) · Ссылка · Оставить комментарий · В избранное",
        "← Предыдущая запись · Следующая запись →",
        "",
        "nikolai_olsh — 13.04.2031, 10:02",
        "Господи, я там венчался.",
      ].join("\n"),
      meta: { title: "Горел Спасо-Преображенский собор: рухнули кровля и центральная глава", date: "2031-04-13" },
      text: [
        "Друзья, перепощу целиком материал «Гореславских ведомостей».",
        "",
        "Пожар в соборе полностью ликвидирован в 04:30 13 апреля.",
        "",
        "СПРАВКА",
        "В 1930-е годы собор закрыли и устроили в нём склад, богослужения возобновились в 1991 году.",
        "",
        "Исправление: в первой версии материала было указано, что пожар начался в 15:42.",
      ],
    },
    {
      name: "a LiveJournal community post: a quoted byline and a stamp in a code span leave, comments under the post's footer leave",
      file: "x.md",
      raw: [
        "## Затонул СРТМ «Капитан Ледовских»: что известно на утро субботы",
        "",
        "👤 **[okhotsk_bocman](https://okhotsk-bocman.livejournal.example/)** пишет в сообществе **[ru_rybflot](https://ru-rybflot.livejournal.example/)**",
        "`2031-11-15 09:42:00`",
        "",
        "**Настроение:** 😔 тяжёлое",
        "",
        "*— — — Читать дальше → — — —*",
        "",
        "> **ОХОТСКИЙ ВЕСТНИК** · Тахтоярск · 15.11.2031, 08:10 (ВЛАТ)",
        "> Автор: Ксения Рындина",
        "",
        "В ночь на пятницу, 14 ноября, в Охотском море затонул траулер «Капитан Ледовских».",
        "",
        "[Ссылка](#) · **87 комментариев** · [Оставить комментарий](#) · [Поделиться](#)",
        "",
        "> **[murman_ded](#)** · `2031-11-15 10:05:00 (UTC)`",
        "> Минтай в трюме и лёд на надстройке — старая история.",
      ].join("\n"),
      meta: { title: "Затонул СРТМ «Капитан Ледовских»: что известно на утро субботы", date: "2031-11-15" },
      text: ["В ночь на пятницу, 14 ноября, в Охотском море затонул траулер «Капитан Ледовских»."],
    },
    {
      name: "a press release: the issuer line stays under the headline; its ID, category, release line, end mark and notes leave",
      file: "x.txt",
      raw: [
        "CIVICWIRE - public-interest news releases from agencies, councils and universities",
        "Home | Releases | For journalists | Alerts",
        "",
        "Category: Public Safety > Natural hazards | Science > Astronomy",
        "Release ID: CW-SK-2031-03-0412",
        "Issued: Wed 2031-03-12 16:05 CST (22:05 UTC)",
        "",
        "NEWS RELEASE - FOR IMMEDIATE RELEASE",
        "",
        "Joint release of the Town of Wrenfield Emergency Operations Centre (EOC) and Qu'Appelle Valley University (QVU)",
        "",
        "Meteorite fragments damage 47 buildings in Wrenfield; 14 people hurt, no deaths",
        "Largest stone, 31.6 kg, crashed through a house roof on Coulee Road.",
        "",
        "WRENFIELD, Sask. - A meteor exploded high above southern Saskatchewan on Tuesday evening.",
        "",
        "+-------------------------- AT A GLANCE -------------------------+",
        "  Fireball: 6:42 p.m. CST, Tuesday March 11",
        "  Breakup altitude: 27 km; speed about 18 km/s",
        "+-----------------------------------------------------------------+",
        "",
        "-30-",
        "",
        "NOTES TO EDITORS",
        "- Handout photos: fragment in the Coulee Road garage (credit: QVU / Dr. Amrit Sandhu).",
        "",
        "MEDIA CONTACTS",
        "Town of Wrenfield: Tanis Ferraro, communications officer, 306-555-0140",
        "",
        "Report a problem | RSS | Privacy",
      ].join("\n"),
      meta: { title: "Meteorite fragments damage 47 buildings in Wrenfield; 14 people hurt, no deaths", date: "2031-03-12" },
      text: [
        "Joint release of the Town of Wrenfield Emergency Operations Centre (EOC) and Qu'Appelle Valley University (QVU)",
        "",
        "Largest stone, 31.6 kg, crashed through a house roof on Coulee Road.",
        "",
        "WRENFIELD, Sask. - A meteor exploded high above southern Saskatchewan on Tuesday evening.",
        "",
        "AT A GLANCE",
        "Fireball: 6:42 p.m. CST, Tuesday March 11",
        "Breakup altitude: 27 km; speed about 18 km/s",
      ],
    },
    {
      name: "a briefing transcript: a labelled date among fields that stay gives the date; the player and credits leave",
      file: "x.md",
      raw: [
        "# «Сорок одна минута без кислорода»: стенограмма брифинга",
        "",
        "**Место:** Дом правительства Велижанской области, малый зал · **Дата:** пятница, 14 января 2033 г., 16:00",
        "**Видеозапись:** ▶ 47:12 · **Стенограмму подготовил:** Антон Пахтусов · *текст сокращён и отредактирован для удобства чтения*",
        "",
        "**РЕМЕЗОВА:** Добрый день. Сегодня в 02:17 в ГКБ № 3 упало давление в кислородной магистрали.",
      ].join("\n"),
      meta: { title: "«Сорок одна минута без кислорода»: стенограмма брифинга", date: "2033-01-14" },
      text: [
        "Место: Дом правительства Велижанской области, малый зал · Дата: пятница, 14 января 2033 г., 16:00",
        "",
        "РЕМЕЗОВА: Добрый день. Сегодня в 02:17 в ГКБ № 3 упало давление в кислородной магистрали.",
      ],
    },
    {
      name: "a local TV station's page: the weather alert strip is not the title; a box's heading «BY THE NUMBERS» is no byline",
      file: "x.txt",
      raw: [
        "KCSX 12 | CENTRAL TEXAS NEWS NOW",
        "Watch Live | Weather | Traffic | Contests",
        "HEAT ADVISORY in effect for Mesquite County until 8 p.m. Monday",
        "",
        "News > Local > Mesquite County",
        "",
        "Woman killed, 11 hurt as section of Cyclone Plunge slide breaks apart at Bluewater Bay Water Park",
        "",
        "By Renee Castillo and Marcus Holmgren, KCSX 12 News",
        "Posted: Sun, July 18, 2032, 9:05 AM CDT",
        "",
        "[VIDEO 2:47] WATCH: Aerial footage shows the broken slide at Bluewater Bay (Closed captions available)",
        "",
        "CALDERA SPRINGS, Texas (KCSX) - A 41-year-old woman was killed on Saturday afternoon.",
        "",
        "BY THE NUMBERS",
        "* 26 feet: height of the fall",
      ].join("\n"),
      meta: { title: "Woman killed, 11 hurt as section of Cyclone Plunge slide breaks apart at Bluewater Bay Water Park", date: "2032-07-18" },
      text: ["CALDERA SPRINGS, Texas (KCSX) - A 41-year-old woman was killed on Saturday afternoon.", "", "BY THE NUMBERS", "26 feet: height of the fall"],
    },
    {
      name: "a question-and-answer page: the pasted article's headline is the title; heads, counters, markers and further answers leave",
      file: "x.txt",
      raw: [
        "ОТВЕТЫ · сервис вопросов и ответов",
        "Задать вопрос · Лента · Лучшие · Категории · Войти",
        "",
        "ВОПРОС",
        "Галина Тимофеевна (Новичок, 31 балл) · спросила 14 сент. 2031 в 18:05",
        "правда что в Привольском районе теперь у всех свиней забирать будут даже у частников?? у нас поросята",
        "",
        "3 ответа · 418 просмотров · [Подписаться на вопрос] · [Пожаловаться]",
        "",
        "★ ЛУЧШИЙ ОТВЕТ (выбран автором вопроса)",
        "Игорь_Agro (Мыслитель, 6 214 баллов) · ответил 14 сент. 2031 в 18:41",
        "",
        "Галина, изымают только в пятикилометровой зоне вокруг очага. Вот полный текст:",
        "",
        ">>> «ПРИВОЛЬСКИЙ ОБОЗРЕВАТЕЛЬ» · рубрика «Село» · 14.09.2031 · 16:40",
        ">>> Текст — Алёна Чеботарёва",
        "",
        "Африканская чума на комплексе «Вишнёвый»: 23,4 тыс. свиней уничтожат",
        "",
        "В Привольском районе ввели карантин по африканской чуме свиней.",
        "<<<",
        "",
        "Нравится 57 · Комментарии (4) · Поделиться · Пожаловаться",
        "",
        "Паша Серов (Знаток, 1 540 баллов) · ответил 14 сент. 2031 в 19:30",
        "В магазинах продают, там мясо с документами.",
        "",
        "ПОХОЖИЕ ВОПРОСЫ",
        "· Опасна ли африканская чума свиней для человека?",
      ].join("\n"),
      meta: { title: "Африканская чума на комплексе «Вишнёвый»: 23,4 тыс. свиней уничтожат", date: "2031-09-14" },
      text: [
        "правда что в Привольском районе теперь у всех свиней забирать будут даже у частников?? у нас поросята",
        "",
        "Галина, изымают только в пятикилометровой зоне вокруг очага. Вот полный текст:",
        "",
        "В Привольском районе ввели карантин по африканской чуме свиней.",
      ],
    },
    {
      name: "a business portal: buttons, ticker and paywall note above a two-sentence headline; boxes unwrapped; the timeline stays",
      file: "x.txt",
      raw: [
        "ЛИСТВЯНСК.ДЕЛО — деловой портал Листвянской области",
        "[ Бизнес ]  [ Технологии ]  [ Недвижимость ]  [ Работа ]  [ Афиша ]        Ваш город: Листвянск ▾",
        "",
        "БЕГУЩАЯ СТРОКА ◆ «Листок» вернул связь во всех районах ◆ Прокуратура начала проверку ◆",
        "",
        "⚑ Материал открыт для всех читателей без подписки в связи с режимом ЧС",
        "",
        "Технологии › Телеком",
        "",
        "Пожар в ЦОДе оставил без связи 1,3 млн абонентов «Листка». Сеть поднимали больше 45 часов",
        "",
        "Четверг, 16.10.2031 · 08:30 (МСК+4) | Прочитали: 14 906",
        "",
        "Возгорание произошло в 02:17 во вторник, 14 октября.",
        "",
        "┌─────────────────────────────────────────────┐",
        "│ СПРАВКА                                     │",
        "│ АО «Листвянская сотовая связь» работает с   │",
        "│ 1998 года, доля рынка в области — 41%.      │",
        "│ Министр цифрового развития области Инна     │",
        "│ Голованова назвала сбой «крупнейшим в       │",
        "│ истории региональной связи».                │",
        "└─────────────────────────────────────────────┘",
        "",
        "┌─────────────────────────────────────────────┐",
        "│ ЕСЛИ СВЯЗЬ ПРОПАЛА СНОВА                    │",
        "│ • экстренный вызов 112 работает с любой     │",
        "│   сим-картой и без неё                      │",
        "│ • держите дома наличные на 2–3 дня          │",
        "└─────────────────────────────────────────────┘",
        "",
        "Хронология (МСК+4):",
        "02:17, 14 окт. — возгорание в аккумуляторной",
        "06:55 — открытое горение ликвидировано",
        "",
        "Компании в материале: АО «Листвянская сотовая связь» · ГУ МЧС · Роскомнадзор",
      ].join("\n"),
      meta: { title: "Пожар в ЦОДе оставил без связи 1,3 млн абонентов «Листка». Сеть поднимали больше 45 часов", date: "2031-10-16" },
      text: [
        "Возгорание произошло в 02:17 во вторник, 14 октября.",
        "",
        "СПРАВКА",
        "АО «Листвянская сотовая связь» работает с 1998 года, доля рынка в области — 41%.",
        "Министр цифрового развития области Инна Голованова назвала сбой «крупнейшим в истории региональной связи».",
        "",
        "ЕСЛИ СВЯЗЬ ПРОПАЛА СНОВА",
        "• экстренный вызов 112 работает с любой сим-картой и без неё",
        "• держите дома наличные на 2–3 дня",
        "",
        "Хронология (МСК+4):",
        "02:17, 14 окт. — возгорание в аккумуляторной",
        "06:55 — открытое горение ликвидировано",
      ],
    },
    {
      name: "teletext pages: running headers and navigation rows leave, the 42-column text is joined, the header's weekday and the copyright date it",
      file: "x.txt",
      raw: [
        "KMTV TEXT online viewer - Kingsmere Metropolitan Television",
        "Page [104] [Go]   Subpages: 1 2 3 4 5 (auto-cycle: ON)",
        "",
        "P104  KMTV TEXT 104   Thu 10 Nov  18:42:07",
        " KINGSMERE NEWS                       1/5",
        "==========================================",
        " TRAM OVERTURNS IN GUILDHALL SQUARE:",
        " THREE DEAD, 46 INJURED",
        "------------------------------------------",
        "Three people were killed and 46 injured",
        "when a crowded tram derailed and turned",
        "over in Kingsmere city centre.",
        "",
        "Its rear two sections toppled over and",
        "crushed a bus shelter by the Larkspur",
        "Cafe. About 170 passengers",
        "were on board.",
        "------------------------------------------",
        " Victims 104/2   Index 100",
        "",
        "P104  KMTV TEXT 104   Thu 10 Nov  18:42:19",
        " KINGSMERE NEWS                       2/5",
        "==========================================",
        " WHO DIED",
        "------------------------------------------",
        "Nine people were taken to Kingsmere Royal",
        "Infirmary (KRI) with serious injuries.",
        "",
        "automatically if it is too fast at a",
        "marked curve, had been isolated on",
        "1 November after a fault.",
        "------------------------------------------",
        " Timeline 105   Index 100",
        "",
        "P104  KMTV TEXT 104   Thu 10 Nov  18:42:31",
        " KINGSMERE NEWS                       3/5",
        "==========================================",
        " SAFETY SYSTEM WAS SWITCHED OFF",
        "------------------------------------------",
        "Managing director Graham Tulley said the",
        "event recorder showed the tram entering",
        "the curve at 27 mph. The limit there is",
        "10 mph.",
        "------------------------------------------",
        " Arrest 104/4   Index 100",
        "",
        "P105  KMTV TEXT 105   Thu 10 Nov  18:43:07",
        " TRAM CRASH: HOW THE DAY UNFOLDED     1/1",
        "==========================================",
        " 0850  First 999 calls",
        " 0858  North Mercia Ambulance Service",
        "       (NMAS) declares major incident",
        "------------------------------------------",
        " Travel 431   Index 100",
        "",
        "(c) KMTV 2033 | Subtitles: page 888",
      ].join("\n"),
      meta: { title: "TRAM OVERTURNS IN GUILDHALL SQUARE: THREE DEAD, 46 INJURED", date: "2033-11-10" },
      text: [
        "Three people were killed and 46 injured when a crowded tram derailed and turned over in Kingsmere city centre.",
        "",
        "Its rear two sections toppled over and crushed a bus shelter by the Larkspur Cafe. About 170 passengers were on board.",
        "",
        "WHO DIED",
        "Nine people were taken to Kingsmere Royal Infirmary (KRI) with serious injuries.",
        "",
        "automatically if it is too fast at a marked curve, had been isolated on 1 November after a fault.",
        "",
        "SAFETY SYSTEM WAS SWITCHED OFF",
        "Managing director Graham Tulley said the event recorder showed the tram entering the curve at 27 mph. The limit there is 10 mph.",
        "",
        "TRAM CRASH: HOW THE DAY UNFOLDED",
        "0850  First 999 calls",
        "0858  North Mercia Ambulance Service (NMAS) declares major incident",
      ],
    },
    {
      name: "a longread: chapter labels leave their headings; the video placeholder and the slider's caption leave",
      file: "x.md",
      raw: [
        "# Девятнадцать часов под плитами",
        "",
        "> ▶ *[Видео на обложке, 0:18, без звука: облако пыли над улицей Бажова]*",
        "",
        "### Глава 1. Треск",
        "",
        "Четыре человека погибли при обрушении паркинга.",
        "",
        "> ↔️ **[Слайдер «до/после» — потяните ползунок]**",
        "> Слева: паркинг в июле 2033 г., фото из чата жильцов. Справа: утро 20 октября. Фото: Антон Голомазов",
        "",
        "### Chapter 2: The night shift",
        "",
        "Плиты резали и поднимали краном.",
      ].join("\n"),
      meta: { title: "Девятнадцать часов под плитами" },
      text: ["Треск", "", "Четыре человека погибли при обрушении паркинга.", "", "The night shift", "", "Плиты резали и поднимали краном."],
    },
    {
      name: "a press-photo agency's story: the label leaves the title, the caption table keeps only its captions, licensing leaves",
      file: "x.md",
      raw: [
        "**SHOREPIX** Editorial · Video · [Boards] · [Cart (0)] · Signed in as *newsdesk_ESX*",
        "",
        "## STORY: Sewage spill shuts 11 beaches on the Wealdhaven coast",
        "",
        "`12 images · 1 video · Editorial use only · Last added: 19 Aug 2031, 17:20 BST` · [Add all to board] · [Follow story 🔔]",
        "",
        "*Desk note for clients, not for publication as supplied.*",
        "",
        "Eleven bathing beaches were closed to swimmers on Sunday 17 August.",
        "",
        "### Images in this story (7 of 12 shown)",
        "",
        "| Image # | Caption | Credit |",
        "|---|---|---|",
        "| SPX-0818-033 | About 300 dead fish were collected by volunteers in the Shingle End lagoon. | Dominic Farrant |",
        "",
        "*Shorepix News collection · Rights-managed · 6000 x 4000 px*",
      ].join("\n"),
      meta: { title: "Sewage spill shuts 11 beaches on the Wealdhaven coast", date: "2031-08-19" },
      text: ["Eleven bathing beaches were closed to swimmers on Sunday 17 August.", "", "About 300 dead fish were collected by volunteers in the Shingle End lagoon."],
    },
    {
      name: "a raw RSS 2.0 feed for aggregators: the item's fields are the metadata, the standfirst and full text the body",
      file: "x.txt",
      raw: [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:yandex="http://news.yandex.ru">',
        "<channel>",
        "<title>«Угреславский вестник» — новости Угреславля и района</title>",
        "<link>https://ugreslavl-vestnik.example/</link>",
        "<item>",
        "<title>Мужчина с бензином семь с лишним часов удерживал зал районного суда</title>",
        "<link>https://ugreslavl-vestnik.example/news/2033/04/12/osada</link>",
        "<author>Светлана Колыванова</author>",
        "<media:description>Оцепление у здания суда. Фото: Егор Малышкин</media:description>",
        "<pubDate>Tue, 12 Apr 2033 20:40:00 +0300</pubDate>",
        "<description><![CDATA[Заложников не было, пострадал один судебный пристав.]]></description>",
        "<yandex:full-text>Житель Угреславля 54 лет забаррикадировался в зале суда.",
        "",
        "«Он хотел, чтобы его услышали», — сказал Лукашин.</yandex:full-text>",
        "<yandex:related>",
        '<link url="https://ugreslavl-vestnik.example/news/2033/03/21/torgi">Дом на Луговой ушёл с молотка</link>',
        "</yandex:related>",
        "</item>",
        "</channel>",
        "</rss>",
      ].join("\n"),
      meta: {
        title: "Мужчина с бензином семь с лишним часов удерживал зал районного суда",
        date: "2033-04-12",
        outlet: "Угреславский вестник",
        url: "https://ugreslavl-vestnik.example/news/2033/04/12/osada",
      },
      text: [
        "Заложников не было, пострадал один судебный пристав.",
        "",
        "Житель Угреславля 54 лет забаррикадировался в зале суда.",
        "",
        "«Он хотел, чтобы его услышали», — сказал Лукашин.",
      ],
    },
    {
      name: "a photo gallery: its header, photo numbers and tools leave, the captions and the sidebar's heading stay",
      file: "x.txt",
      raw: [
        "ORRIN FALLS LEDGER-DISPATCH",
        "",
        "IN PICTURES  |  12 photos  |  Gallery 1 of 3 in the series \"Smoke Season 2034\"",
        "",
        "Orange sky, empty classrooms: Orrin Falls shuts all 47 public schools",
        "",
        "Text by Greta Sandvik | Tuesday, June 13, 2034 - 7:52 p.m. CDT",
        "",
        "PHOTO 1 of 12",
        "The Stoneleigh Avenue bridge over the Orrin River at 7:15 a.m.",
        "",
        "PHOTO 2 of 12",
        "Superintendent Dr. Marisol Vantongeren outside the district office.",
        "",
        "SIDEBAR | WHAT THE AQI NUMBERS MEAN",
        "0-50 Good | 51-100 Moderate",
        "",
        "Share this gallery: Facebook | Pinterest | Email | Copy link",
        "Next gallery: Smoke Season, Day 2 >",
      ].join("\n"),
      meta: { title: "Orange sky, empty classrooms: Orrin Falls shuts all 47 public schools", date: "2034-06-13" },
      text: [
        "The Stoneleigh Avenue bridge over the Orrin River at 7:15 a.m.",
        "",
        "Superintendent Dr. Marisol Vantongeren outside the district office.",
        "",
        "WHAT THE AQI NUMBERS MEAN",
        "0-50 Good | 51-100 Moderate",
      ],
    },
    {
      name: "a community news site: an emoji byline with an ordinal date, a newsletter teaser and promoted links leave",
      file: "x.md",
      raw: [
        "# Chlorine gas cloud at Kettlebrook pool: 31 taken to hospital",
        "",
        "✍️ Ffion Treadwell, community reporter · 📸 Dev Raman · 🗓 Saturday 16th August 2031, 19:52",
        "",
        "Thirty-one people, 19 of them children, were taken to hospital on Saturday.",
        "",
        "📬 **Town Hall Weekly** — your council, every Thursday. [Sign up free]",
        "",
        "**Promoted links by Taboola**",
        "- Farrowshire homeowners are switching to this boiler trick",
      ].join("\n"),
      meta: { title: "Chlorine gas cloud at Kettlebrook pool: 31 taken to hospital", date: "2031-08-16" },
      text: ["Thirty-one people, 19 of them children, were taken to hospital on Saturday."],
    },
  ];

  it.each(cases)("$name", expectPageCase);

  it("keeps content lines that only look like this round's furniture", () => {
    const raw = [
      "Location: 3 km north of the village, at the old quarry.",
      "The mood in Goreslavl was grim on Sunday.",
      "Category 4 winds reached the coast by noon.",
      "Produced by volunteers, the map showed every flooded street.",
      "Edition after edition, the paper covered the trial.",
      "Слева от входа стоял пожарный расчёт.",
      "Глава района Наталья Кызласова поблагодарила добровольцев.",
      "The document, marked not for publication, showed the figures.",
      "ГУ МЧС · Росгвардия · Полиция",
      "Обновлено расписание автобусов: первый рейс в 05:40.",
    ].join("\n");
    expect(parseArticle("x.txt", raw, "h").text.split("\n")).toEqual(raw.split("\n"));
  });
});

describe("parseArticle: forwarded mail, scripts, dumps, caches, terminals, reprints and tab titles", () => {
  const cases: PageCase[] = [
    {
      name: "a student paper's masthead motto is not the headline",
      file: "x.txt",
      raw: [
        "THE TILLERY COMPASS",
        "Independent student newspaper of Port Tillery State University since 1961",
        "",
        "Brewery cellar gas leak kills worker, leaves PTSU intern in critical condition",
        "",
        "A cellar worker died and eight other people were taken to hospital on Tuesday afternoon.",
      ].join("\n"),
      meta: { title: "Brewery cellar gas leak kills worker, leaves PTSU intern in critical condition" },
      text: ["A cellar worker died and eight other people were taken to hospital on Tuesday afternoon."],
    },
    {
      name: "a forwarded work e-mail: headers, cover note, signature and the mail client's tail leave; the forwarded article's headline is the title",
      file: "x.txt",
      raw: [
        "Тема: Fwd: Вагоны со щебнем скатились с перевала в Чусовлянск — к штабу",
        "От: Тамара Гусельникова <t.guselnikova@adm-chus.example>",
        "Кому: Аникин Сергей Павлович; Отдел ГО и ЧС",
        "Дата: вторник, 17 октября 2034 г., 08:12",
        "",
        "Сергей Павлович, доброе утро!",
        "--",
        "С уважением,",
        "Т. Гусельникова",
        "",
        "---------- Пересылаемое сообщение ----------",
        "Источник: https://uraltrans-info.example/news/2034/10/16/vagony-chusovlyansk",
        "",
        "«Вагоны-беглецы»: 14 полувагонов со щебнем скатились с Перевальной",
        "",
        "16 октября 2034, 19:20",
        "",
        "В ночь на 16 октября 14 гружёных щебнем полувагонов самопроизвольно ушли со станции Перевальная.",
        "",
        "---------- Конец пересылаемого сообщения ----------",
        "",
        "Отправлено из почты Mail",
      ].join("\n"),
      meta: {
        title: "«Вагоны-беглецы»: 14 полувагонов со щебнем скатились с Перевальной",
        date: "2034-10-16",
        url: "https://uraltrans-info.example/news/2034/10/16/vagony-chusovlyansk",
      },
      text: ["В ночь на 16 октября 14 гружёных щебнем полувагонов самопроизвольно ушли со станции Перевальная."],
    },
    {
      name: "a newsroom script: the header fields and cues leave, the web headline is the title",
      file: "x.txt",
      raw: [
        "SHOW: Valley Evening Report, 5:00 p.m. newscast",
        "SLUG: LEGIONNAIRES-STALDRICS-UPD3",
        "REPORTER: Priya Castellane   ANCHOR: Marcus Delahunt   EDITOR: Wes Ondrasek",
        "",
        "[ANCHOR INTRO - DELAHUNT - ON CAM]",
        "A fourth person has died in the Legionnaires' disease outbreak at St. Aldric's Medical Center in Quenby.",
        "[SOT 1 - Dr. Corinne Eastabrook, MCHD medical director | :16]",
        "\"The water in that wing was sitting at 38 to 42 degrees Celsius for weeks.\"",
        "",
        "- Web headline: Fourth death in St. Aldric's Legionnaires' outbreak; hot-water pipes blamed",
      ].join("\n"),
      meta: { title: "Fourth death in St. Aldric's Legionnaires' outbreak; hot-water pipes blamed" },
      text: [
        "A fourth person has died in the Legionnaires' disease outbreak at St. Aldric's Medical Center in Quenby.",
        "\"The water in that wing was sitting at 38 to 42 degrees Celsius for weeks.\"",
      ],
    },
    {
      name: "a text-only browser's dump: link numbers, link headers, the search form and the references leave",
      file: "x.txt",
      raw: [
        "   #[1]RSS-лента раздела «Происшествия»",
        "",
        "   [2]Перейти к основному содержанию",
        "   [3][IMG: логотип] ВЕСТНИК СТАРОКАМЕНСКА [4]Город [5]Происшествия [6]Экономика",
        "   Поиск по сайту: ____________________ (BUTTON) Найти",
        "",
        "ПОХИЩЕННЫЙ ДЕФЕКТОСКОП С ИРИДИЕМ-192 НАШЛИ НА ПУНКТЕ ПРИЁМА МЕТАЛЛОЛОМА",
        "",
        "   Прибор обнаружен 14 марта на пункте приёма металлолома в Старокаменске.",
        "",
        "References",
        "",
        "   1. https://vestnik-starokamensk.example/rss/incidents",
        "   2. https://vestnik-starokamensk.example/news/2034/03/15/defektoskop#main",
        "   3. https://vestnik-starokamensk.example/",
      ].join("\n"),
      meta: { title: "ПОХИЩЕННЫЙ ДЕФЕКТОСКОП С ИРИДИЕМ-192 НАШЛИ НА ПУНКТЕ ПРИЁМА МЕТАЛЛОЛОМА" },
      text: ["Прибор обнаружен 14 марта на пункте приёма металлолома в Старокаменске."],
    },
    {
      name: "a search engine's cached copy: the banner gives the address, its lines leave, the page's capitals headline is the title",
      file: "x.txt",
      raw: [
        "Это сохранённая копия страницы https://dauria-online.example/selo/2032/08/14/yazva, сделанная поисковой системой 14 авг. 2032, 06:51 UTC.",
        "Страница могла измениться, пока копия хранилась в кэше. [Открыть текущую версию страницы →]",
        "Выделены слова из запроса: [сибирская] [язва]",
        "Текстовая копия (без изображений и скриптов)",
        "",
        "ДАУРИЯ.ОНЛАЙН — новости Забайкальского края                 Чита +24 °C  ·  12+",
        "",
        "СИБИРСКАЯ ЯЗВА В УСТЬ-ТАЛАЧЕ: ОДИН ЧЕЛОВЕК УМЕР, 11 ГОСПИТАЛИЗИРОВАНЫ",
        "",
        "В селе Усть-Талача от кишечной формы сибирской язвы умер 58-летний мужчина.",
        "",
        "Конец сохранённой копии.",
      ].join("\n"),
      meta: { title: "СИБИРСКАЯ ЯЗВА В УСТЬ-ТАЛАЧЕ: ОДИН ЧЕЛОВЕК УМЕР, 11 ГОСПИТАЛИЗИРОВАНЫ", url: "https://dauria-online.example/selo/2032/08/14/yazva" },
      text: ["В селе Усть-Талача от кишечной формы сибирской язвы умер 58-летний мужчина."],
    },
    {
      name: "a news terminal: flash headlines in capitals and rules leave, the story's headline is the title, a stamp with milliseconds dates it",
      file: "x.txt",
      raw: [
        "MERIDIAN TERMINAL  |  NEWS <GO>  |  TOP  |  ENERGY  |  US UTILITIES        Screen 2 of 3",
        "-------------------------------------------------------------------------------------",
        "HEADLINES",
        " 14:32 ET  *APPALACHIAN CREST SAYS ASH POND DAM AT HOLLINS GAP STATION FAILED",
        " 16:47 ET  *APPALACHIAN CREST SHARES CLOSE DOWN 6.3% AT $41.18",
        "-------------------------------------------------------------------------------------",
        "",
        "Coal-Ash Dam Breach Sends Toxic Sludge Into West Virginia River; Water Cut for 41,000",
        "",
        "2031-04-08 22:52:10.417 GMT",
        "",
        "An earthen dam holding coal ash gave way before dawn on Tuesday.",
      ].join("\n"),
      meta: { title: "Coal-Ash Dam Breach Sends Toxic Sludge Into West Virginia River; Water Cut for 41,000", date: "2031-04-08" },
      text: ["An earthen dam holding coal ash gave way before dawn on Tuesday."],
    },
    {
      name: "a reprint on a product checker's page: the card above the permission line leaves, the reprinted headline is the title",
      file: "x.md",
      raw: [
        "[Каталог](/catalog) › [Хлеб и выпечка](/catalog/bread) › Батон «Нарезной классический», 400 г",
        "",
        "| Карточка товара | |",
        "|---|---|",
        "| Штрихкод (EAN-13) | 4607112340518 |",
        "",
        "## Новости о товаре (1)",
        "",
        "*Публикуется с разрешения газеты «Ольшанские ведомости» · понедельник, 11 февраля 2036, 10:15*",
        "",
        "### Стекло в батонах: «Тёплый каравай» отзывает 61 400 буханок",
        "",
        "Сеть пекарен «Тёплый каравай» отзывает из продажи 61 400 батонов и буханок.",
        "",
        "Первой о находке 6 февраля сообщила жительница Ольшанска.",
        "",
        "Отзыв объявлен в 21:30 7 февраля.",
        "",
        "Хлебокомбинат выпускает около 85 тонн хлеба в сутки.",
      ].join("\n"),
      meta: { title: "Стекло в батонах: «Тёплый каравай» отзывает 61 400 буханок", date: "2036-02-11", outlet: "Ольшанские ведомости" },
      text: [
        "Сеть пекарен «Тёплый каравай» отзывает из продажи 61 400 батонов и буханок.",
        "",
        "Первой о находке 6 февраля сообщила жительница Ольшанска.",
        "",
        "Отзыв объявлен в 21:30 7 февраля.",
        "",
        "Хлебокомбинат выпускает около 85 тонн хлеба в сутки.",
      ],
    },
    {
      name: "a company's press centre reprinting a paper: the phone line with a language switch, the dotted rule and the source issue leave",
      file: "x.txt",
      raw: [
        "Приём зерна нового урожая: 8 (84722) 4-30-15 · RU | EN",
        "",
        "Размещено на сайте: 24.06.2037",
        "Источник: газета «Вестник Приергенья», № 47 (9 318) от 23 июня 2037 г., с. 1–2",
        "..............................................................",
        "",
        "САРАНЧА ПРИШЛА С ЗАЛЕЖЕЙ: В ЕРГЕНИНСКОМ РАЙОНЕ ВВЕДЁН РЕЖИМ ЧС",
        "",
        "Режим чрезвычайной ситуации введён в Ергенинском районе 19 июня.",
      ].join("\n"),
      meta: { title: "САРАНЧА ПРИШЛА С ЗАЛЕЖЕЙ: В ЕРГЕНИНСКОМ РАЙОНЕ ВВЕДЁН РЕЖИМ ЧС", date: "2037-06-24", outlet: "Вестник Приергенья" },
      text: ["Режим чрезвычайной ситуации введён в Ергенинском районе 19 июня."],
    },
    {
      name: "a newsletter's cover image placeholder is not the headline",
      file: "x.txt",
      raw: [
        "[Cover image: a lorry wedged under Tanners Lane bridge, Wexcombe. Image credit: Ross Kemble]",
        "",
        "One lorry, one Victorian bridge, 214 cancelled trains: what the Tanners Lane strike cost us",
        "",
        "At 6:52 a.m. on Tuesday 12 March, a 44-tonne articulated lorry drove into the underside of the bridge.",
      ].join("\n"),
      meta: { title: "One lorry, one Victorian bridge, 214 cancelled trains: what the Tanners Lane strike cost us" },
      text: ["At 6:52 a.m. on Tuesday 12 March, a 44-tonne articulated lorry drove into the underside of the bridge."],
    },
    {
      name: "a saved page's tab title gives way to the page's own headline (no \" - Wikipedia\")",
      file: "x.txt",
      raw: ["Serin Voyager oil spill - Wikipedia", "", "Serin Voyager oil spill", "", "The Serin Voyager oil spill began on 23 January 2032."].join("\n"),
      meta: { title: "Serin Voyager oil spill" },
      text: ["The Serin Voyager oil spill began on 23 January 2032."],
    },
    {
      name: "a wiki's current-event page: banner, infobox, edit links, back-linked references and footer leave",
      file: "x.md",
      raw: [
        "# 2036 Tallowra dust storm pile-up",
        "",
        "> ⚠️ **This article documents a current event.** *(February 2036)*",
        "",
        "| 2036 Tallowra dust storm pile-up | |",
        "|---|---|",
        "| Date | 22 February 2036 |",
        "| Deaths | 6 |",
        "",
        "The **2036 Tallowra dust storm pile-up** was a multi-vehicle collision on the Western Plains Motorway (M12).",
        "",
        "## Background [[edit](#)]",
        "",
        "The Riverina was in its third consecutive year of drought.[4]",
        "",
        "## References [[edit](#)]",
        "",
        "^ \"Six dead in M12 pile-up\". Riverina Leader.",
        "^ \"Police statement\". NSW Police Force.",
        "",
        "This page was last edited on 24 February 2036, at 18:12 (UTC).",
        "",
        "Privacy policy | Disclaimers | Mobile view",
      ].join("\n"),
      meta: { title: "2036 Tallowra dust storm pile-up" },
      text: [
        "The 2036 Tallowra dust storm pile-up was a multi-vehicle collision on the Western Plains Motorway (M12).",
        "",
        "Background",
        "",
        "The Riverina was in its third consecutive year of drought.",
      ],
    },
    {
      name: "a wiki page in Russian: a box infobox with dotted leaders and «[править]» leave",
      file: "x.txt",
      raw: [
        "Разлив нефти у Скерримура — Википедия",
        "",
        "Разлив нефти у Скерримура",
        "",
        "+--------------------------------------------+",
        "| Разлив нефти у Скерримура                  |",
        "| Дата ........ 23 января 2032 — наст. время |",
        "| Место ....... риф Карн-Ду, Шотландия       |",
        "+--------------------------------------------+",
        "",
        "Разлив нефти у Скерримура начался 23 января 2032 года, когда танкер сел на риф.",
        "",
        "Ход событий [править]",
        "Береговая охрана получила сигнал бедствия в 02:21.",
      ].join("\n"),
      meta: { title: "Разлив нефти у Скерримура" },
      text: [
        "Разлив нефти у Скерримура начался 23 января 2032 года, когда танкер сел на риф.",
        "",
        "Ход событий",
        "Береговая охрана получила сигнал бедствия в 02:21.",
      ],
    },
    {
      name: "a WhatsApp chat export: the chat's name and members' messages leave, the pasted article stays",
      file: "x.txt",
      raw: [
        "Чат WhatsApp с группой «Соседи ул. Заречная 1–40 (Старомлинск)»",
        "",
        "14.06.2036, 06:58 - Сообщения и звонки защищены сквозным шифрованием.",
        "14.06.2036, 07:13 - Сергей Базаров: <Без медиафайлов>",
        "14.06.2036, 21:47 - Ольга Ткачук (староста): Кто спрашивал, где почитать нормально, вот полностью",
        "",
        "Слониха Рани почти шесть часов гуляла по Старомлинску: повреждены шесть машин",
        "",
        "Азиатская слониха по кличке Рани утром в субботу, 14 июня, ушла с территории цирка.",
        "",
        "14.06.2036, 22:03 - Наиля Хасанова: Это сообщение удалено",
      ].join("\n"),
      meta: { title: "Слониха Рани почти шесть часов гуляла по Старомлинску: повреждены шесть машин" },
      text: ["Азиатская слониха по кличке Рани утром в субботу, 14 июня, ушла с территории цирка."],
    },
  ];

  it.each(cases)("$name", expectPageCase);

  it.each([
    ["a LinkedIn reaction row", "1,146 reactions | 87 comments | 203 reposts"],
    ["a LinkedIn button row", "Like | Comment | Repost | Send"],
    ["a portal's labelled counters", "48 210 · Комментарии: 512 · Полезно: 1 204"],
    ["a reading time and a print button", "5 минут · [Версия для печати]"],
    ["a visual story's share row", "[↗ Share] · [Embed this map] · *Map data © Crown copyright 2033*"],
    ["a video's views line", "48,917 views  Premiered Jan 24, 2036  #icestorm #DunmoorCounty"],
    ["a newsroom script's cue", "[SOT 2 - Gordon Ackerly, son of victim | :11]"],
    ["a terminal's contact line", "Erin Stadtler in New York at estadtler@meridianterminal.example"],
    ["a terminal's command hints", "Type HELP for assistance.  <PAGE FWD> for related stories.  NI ENV <GO> for more."],
    ["a GOV.UK issuer line", "From: Environment Agency, UK Health Security Agency and South Brayle District Council"],
    ["a GOV.UK feedback line", "Is this page useful? [Maybe] [Yes] [No] · [Report a problem with this page]"],
    ["a bank's feedback poll", "Был ли материал полезен? [👍 Да] · [👎 Нет]"],
    ["a bank's licence line", "ПАО «Ладья-Банк». Генеральная лицензия Банка России № 3417 от 12.03.2029"],
    ["a legal portal's disclaimer", "Материал носит информационный характер и не является юридической консультацией."],
    ["closed comments", "💬 Комментарии к спецвыпуску закрыты по просьбе семей погибших."],
    ["a comments rule", "*Комментировать материалы могут пользователи с подтверждённым местом работы в отрасли.* · © «Энергокурьер»"],
    ["a partner's advertorial", "`Партнёрский материал` Лазерные системы мониторинга деформаций градирен"],
    ["a digest's subscription link", "📬 Еженедельный дайджест «Энергокурьера» по понедельникам — [подписаться](/digest)"],
    ["a reposter's note", "Не моё, перепост с сайта «Кавказ.Горы». У них сайт лежит от наплыва."],
    ["a student paper's editor's note", "Editor's note: Maya Thorsen contributed photographs to The Compass in 2029-30. She had no role in this story."],
    ["a tip line", "Tips? Call 57 71 20 00 · Editor-in-chief: Per Arne Lillestøl"],
    ["a lone follow button", "+ Follow"],
  ])("removes this round's furniture wherever it stands: %s", (_name, line) => {
    const raw = ["Twelve people were hurt on Tuesday.", line, "Двое погибли."].join("\n");
    expect(parseArticle("x.txt", raw, "h").text.split("\n")).toEqual(["Twelve people were hurt on Tuesday.", "Двое погибли."]);
  });

  it("drops readers' comments signed with a car model or a job, and a Pikabu-style top comments list", () => {
    const cases: [string[], string][] = [
      [["Комментарии (512) · сначала популярные", "Андрей_К (Kia Rio, 2031 г.) · 15.01.2038, 18:02 · ▲ 388", "Стоял на 121-м км."], "ru"],
      [["Comments", "Sunita R. | HGV driver trainer | 1d", "Car satnavs in lorry cabs should be an offence, full stop."], "en"],
      [["Лучшие комментарии", "AlpBear_Nalchik · ▲ 612", "Был в этом лагере позапрошлым летом."], "ru"],
      [["1,286 Comments    Sort by: Top comments", "@BrendaLou_KY  19 hours ago", "Day 3 with no power on Sugar Camp Rd."], "en"],
    ];
    for (const [comments] of cases) {
      const raw = ["The storm left 38,600 homes without power.", "", ...comments].join("\n");
      expect(parseArticle("x.txt", raw, "h").text).toBe("The storm left 38,600 homes without power.");
    }
  });

  it("keeps a correction's editor's note: it tells the facts", () => {
    const raw = ["Twelve pupils fell ill.", "Editor's note: An earlier version of this story said the caterer supplied 12 schools. The correct number is 11."].join("\n");
    expect(parseArticle("x.txt", raw, "h").text.split("\n")).toEqual(raw.split("\n"));
  });

  it("keeps story lines that only look like these formats' furniture", () => {
    const raw = [
      "The hearing went on for three hours.",
      "REPORTER: What happened at the station?",
      "Reprinted notices were posted on every door.",
      "The paper has been published since 1961 in Port Tillery.",
      "14.06.2036, в 07:12, соседи увидели слона на улице Советской.",
      "Страница 12 доклада описывает трещину в дамбе.",
    ].join("\n");
    expect(parseArticle("x.txt", raw, "h").text.split("\n")).toEqual(raw.split("\n"));
  });
});
