import { describe, expect, it } from "vitest";
import { helpCentreName, siteNameByCopyright } from "../../src/corpus/site-name.ts";

describe("siteNameByCopyright", () => {
  it.each([
    ["a masthead in capitals takes the copyright line's spelling", ["**HALLBRIDGE ECHO** · local news for Hallbridge", "", "Two dead in tower fire.", "© Hallbridge Echo Media Ltd · Terms · Privacy"], "Hallbridge Echo"],
    ["an agency's header and its copyright", ["МЧС России · Главное управление по области", "Текст сводки.", "© МЧС России, 2033 · При использовании материалов ссылка обязательна"], "МЧС России"],
    ["the second part of a header, the year after the holder", ["NWHS | National Weather and Hydrology Service", "Text.", "About warnings · © National Weather and Hydrology Service 2037"], "National Weather and Hydrology Service"],
    ["a name in quotation marks", ["**ГОЛЕВАЯ ЛИНИЯ** · спортивный портал · 18+", "Текст.", "© «Голевая линия», 2038. Использование материалов — с активной ссылкой."], "Голевая линия"],
    ["a pictograph and a button around the name", ["⚡ The Halvern Ledger      [ ↗ Share ]", "Text.", "© 2037 The Halvern Ledger, a Prairie Local Media publication"], "The Halvern Ledger"],
    [
      "an organisation's full name over its short one",
      ["**Управление Федеральной службы по надзору в сфере защиты прав потребителей по Усольской области**", "Текст.", "© Управление Роспотребнадзора по Усольской области, 2035"],
      "Управление Роспотребнадзора по Усольской области",
    ],
    ["a company's legal form and quoted name in the copyright", ["**АО «Речфлот-Кама»** · пассажирские перевозки", "Текст.", "© АО «Речфлот-Кама», 1961–2037 · 423800, Красновольск"], "АО «Речфлот-Кама»"],
    ["a coat of arms' placeholder before the name", ["[Герб] **Администрация города Верхнедольска**", "Текст.", "© 2036 Администрация города Верхнедольска. При использовании материалов ссылка обязательна."], "Администрация города Верхнедольска"],
    ["a footer's name with its address", ["ORLAN FALLS POLICE DEPARTMENT", "Text.", "Orlan Falls Police Department · 210 Courthouse Square, Orlan Falls", "© 2036 City of Orlan Falls · Privacy"], "Orlan Falls Police Department"],
    ["a footer's name before a stop", ["HOLLYBROOK & CRANE", "Text.", "Hollybrook & Crane Mutual Insurance Society Limited. Registered in England No. 00174522."], "Hollybrook & Crane"],
    ["a footer's name in bold (Russian)", ["**СТАВРОВСКИЙ ГОСУДАРСТВЕННЫЙ УНИВЕРСИТЕТ**", "Текст.", "**Ставровский государственный университет**", "© СтГУ, 1931–2037."], "Ставровский государственный университет"],
    ["the copyright's holder before a footer's branch", ["GCWU | General Construction Workers' Union - Southern Region", "Text.", "GCWU Southern Region · Unity House, 14 Harbour Street", "© General Construction Workers' Union 2038 · Privacy"], "General Construction Workers' Union"],
    ["a name with a stop inside it", ["Знатоки.Ру — вопросы и ответы", "Текст.", "© 2036 Знатоки.Ру · Правила · Помощь"], "Знатоки.Ру"],
    ["an agency's legal form in the copyright", ["**МКУ «ЕДДС Краснолесского округа»**", "Текст.", "© 2019–2031 МКУ «ЕДДС Краснолесского округа» · 397510, г. Краснолесье"], "МКУ «ЕДДС Краснолесского округа»"],
    ["an agency's one-word name inflected in the header's full name", ["[Герб] **Управление Роспотребнадзора по Заволжской области**", "Текст.", "© 2036 Роспотребнадзор. Все права защищены."], "Управление Роспотребнадзора по Заволжской области"],
    ["a channel's quoted name after its kind in the footer", ["**ОНЕЖЬЕ** ТВ · региональный телеканал · 16+", "Текст.", "Телеканал «Онежье ТВ» · Архангельск, пр. Ломоносова, 118"], "Онежье ТВ"],
    ["a footer's sentence on what the owner is", ["BRACKWATER TOWN SUPPORTERS' CLUB", "Text.", "Brackwater Town Supporters' Club is an independent members' association and is not part of the football club."], "Brackwater Town Supporters' Club"],
    ["a short name before the full one after a wide gap", ["KRT  Kellerton Regional Transit", "Text.", "© Kellerton Regional Transit 2036 · Open data"], "Kellerton Regional Transit"],
    ["a masthead that a company's copyright names with its legal form", ["**Стрела Мобайл** · Ваш регион: Нижнедонская область ▾ · Войти", "Текст.", "© 2025 ПАО «Стрела Мобайл». 18+"], "Стрела Мобайл"],
    ["a name in capitals that a company's copyright names with its legal form", ["**КАМЕННАЯ СТРУНА** · клуб экстремальных прыжков", "Текст.", "© 2019–2025 ООО «Каменная струна» · ИНН 6684031752"], "Каменная струна"],
    ["a name in a Markdown heading", ["# Усть-Вежская епархия", "Текст.", "Усть-Вежская епархия · 165400, г. Усть-Вежск, Соборная пл., 1"], "Усть-Вежская епархия"],
    [
      "a name over a tagline that names the copyright's holder",
      ["Clinical Practitioners Tribunal Service", "An independent tribunal service of the General Council for Medical Practice", "Text.", "(c) General Council for Medical Practice 2025. Registered charity no. 1149073."],
      "Clinical Practitioners Tribunal Service",
    ],
    ["a kindergarten's name with its district after the copyright's name", ["**МБДОУ «Детский сад № 7 «Радуга» Заречного округа**", "Текст.", "© 2032 МБДОУ «Детский сад № 7 «Радуга»». Сайт создан на платформе"], "МБДОУ «Детский сад № 7 «Радуга» Заречного округа"],
    ["a company's quoted name with its town after it", ["# МУП «Электротранс» г. Заречного", "Текст.", "© 2008–2024 МУП «Электротранс»"], "МУП «Электротранс» г. Заречного"],
  ])("%s", (_name, lines, name) => {
    expect(siteNameByCopyright(lines)).toEqual({ name, index: 0 });
  });

  it.each([
    ["no copyright line", ["THE HALVERN LEDGER", "Text."]],
    ["a headline the copyright does not name", ["Fire at the Halvern depot", "Text.", "© 2037 The Halvern Ledger"]],
    ["a holder before the sign", ["reddit  r/news", "Text.", "Reddit Inc © 2031. All rights reserved."]],
    ["a running footer in capitals", ["ПРИОЗЁРНЫЙ ВЕСТНИК | № 11 | 3", "Текст.", "ПРИОЗЁРНЫЙ ВЕСТНИК       стр. 3"]],
    ["a footer's name of one word", ["LinkedIn", "Text.", "LinkedIn Corporation"]],
    ["a short holder that a headline merely contains", ["Rospotrebnadzor inspectors close school", "Text.", "© 2036 Rospotrebnadzor"]],
    ["a tagline that names another holder", ["Clinical Practitioners Tribunal Service", "An independent tribunal service", "Text.", "(c) General Council for Medical Practice 2025."]],
    ["a headline over a line that names the holder", ["Fire at the Halvern depot kills two", "The Halvern Ledger understands that…", "© 2037 The Halvern Ledger"]],
  ])("is null for %s", (_name, lines) => {
    expect(siteNameByCopyright(lines)).toBeNull();
  });
});

describe("siteNameByCopyright: furniture above the name", () => {
  it("passes over what `skip` tells (a quick exit button) to the site's name under it", () => {
    const lines = ["[ Quick exit ]  Leave this site now - press Esc twice", "", "SEVERNVALE POLICE", "Keeping Severnvale safe", "Text.", "(c) Severnvale Police 2031. In an emergency always dial 999."];
    expect(siteNameByCopyright(lines, (line) => line.startsWith("[ Quick exit ]"))).toEqual({ name: "Severnvale Police", index: 2 });
    expect(siteNameByCopyright(lines)).toBeNull();
  });
});

describe("helpCentreName", () => {
  it.each([
    ["an English help centre", ["Larkhollow Festival Help Centre", "[ Search for articles ]   Submit a request", "", "Help Centre > Safety", "Text."], "Larkhollow Festival"],
    ["a Russian help centre", ["Справочный центр Фестиваля «Ледяная гора»", "Справочный центр › Билеты", "Текст."], "Фестиваля «Ледяная гора»"],
  ])("names the organisation of %s", (_name, lines, name) => {
    expect(helpCentreName(lines)).toEqual({ name, index: 0 });
  });

  it.each([
    ["no breadcrumb of the help centre", ["Larkhollow Festival Help Centre", "Text."]],
    ["a headline about a help centre", ["Council opens a new help centre", "Help Centre > Safety", "Text."]],
  ])("is null for %s", (_name, lines) => {
    expect(helpCentreName(lines)).toBeNull();
  });
});

describe("siteNameByCopyright: round 14's headers and footers", () => {
  it.each([
    ["a kind's words before a quoted name", ["**Адвокатское бюро «Рябов и партнёры»** · Тальцевская областная коллегия адвокатов", "Текст.", "© 2033 Адвокатское бюро «Рябов и партнёры». Сведения на сайте не являются публичной офертой."], "Адвокатское бюро «Рябов и партнёры»"],
    ["a legal form's name with a quotation inside it", ["# ФКУ «Упрдор «Вятская магистраль»»", "Текст.", "© 2025 ФКУ «Упрдор «Вятская магистраль»». Все права защищены."], "ФКУ «Упрдор «Вятская магистраль»»"],
    ["a regional agency's legal form", ["**КГАУ «Приангарская база авиационной охраны лесов»**", "Текст.", "© 2033 КГАУ «Приангарская база авиационной охраны лесов» · 660000, г. Ангарогорск"], "КГАУ «Приангарская база авиационной охраны лесов»"],
    ["a holder before a dash and what it is", ["VisitArdenvale.org  |  Ardenvale National Tourism Board", "Text.", "(c) 2024 Ardenvale National Tourism Board - a statutory body under the Ministry for Tourism and Culture"], "Ardenvale National Tourism Board"],
    ["a station's name with its frequency, said to be part of a group", ["WVFM 104.2 · The Sound of the Wether Valley", "Text.", "WVFM 104.2 is part of Dalesound Radio Group · Studio line 01632 960 104"], "WVFM 104.2"],
    ["a magazine's name in capitals said to be published by a company", ["SITE & STRUCTURE WEEKLY", "Text.", "SITE & STRUCTURE WEEKLY is published by Lintel Media Ltd, Unit 9, Foundry Court, Ravensmoor."], "Site & Structure Weekly"],
    ["a name whose abbreviation the footer calls the owner by", ["Coastal Marine Accident Investigation Office (CMAIO)", "Text.", "The CMAIO is an independent branch of the Department for Transport Safety."], "Coastal Marine Accident Investigation Office"],
    [
      "an ombudsman whose office holds the copyright, as the text writes the name",
      ["**УПОЛНОМОЧЕННЫЙ ПО ПРАВАМ РЕБЁНКА В ОЗЕРЕЦКОЙ ОБЛАСТИ**", "Е. В. Гарбузова, Уполномоченный по правам ребёнка в Озерецкой области", "© Аппарат Уполномоченного по правам ребёнка в Озерецкой области · 165000, г. Озерецк"],
      "Уполномоченный по правам ребёнка в Озерецкой области",
    ],
    ["an English commissioner's office, the name as the copyright writes it", ["CHILDREN'S COMMISSIONER FOR ARDENVALE", "Text.", "© Office of the Children's Commissioner for Ardenvale 2031"], "Children's Commissioner for Ardenvale"],
  ])("%s", (_name, lines, name) => {
    expect(siteNameByCopyright(lines)).toEqual({ name, index: 0 });
  });

  it.each([
    ["an abbreviation the footer does not use", ["Coastal Marine Accident Investigation Office (CMAIO)", "Text.", "The MAIB is an independent branch."]],
    ["an office of another body", ["УПОЛНОМОЧЕННЫЙ ПО ПРАВАМ ЧЕЛОВЕКА В ОБЛАСТИ", "Текст.", "© Аппарат Губернатора области"]],
  ])("is null for %s", (_name, lines) => {
    expect(siteNameByCopyright(lines)).toBeNull();
  });
});
