import { describe, expect, it } from "vitest";
import { withoutTextBoxes } from "../../src/corpus/text-box.ts";

describe("withoutTextBoxes", () => {
  it.each([
    [
      "a box closed on the right: the frame goes, the title stands alone, the wrapped text is joined, a list item goes on under its indent",
      [
        "┌─────────────────────────────────────────────┐",
        "│ СПРАВКА                                     │",
        "│ АО «Листвянская сотовая связь» работает с   │",
        "│ 1998 года, доля рынка в области — 41%.      │",
        "│ • экстренный вызов 112 работает с любой     │",
        "│   сим-картой и без неё                      │",
        "└─────────────────────────────────────────────┘",
      ],
      ["СПРАВКА", "АО «Листвянская сотовая связь» работает с 1998 года, доля рынка в области — 41%.", "• экстренный вызов 112 работает с любой сим-картой и без неё", ""],
    ],
    [
      "a box with its title in the top edge and no right side: a fact per line stays a line",
      [
        "Текст до.",
        "┌─ ДОСЬЕ ──────────────────────────────",
        "│ Роман Ведерников, 46 лет. Родился в Черногорске.",
        "│ 1 сентября — группа выходит из Верхнего Чергитая",
        "│ 7 сентября — спуск не в ту долину после перевала Тёмный",
        "└──────────────────────────────────────",
        "Текст после.",
      ],
      ["Текст до.", "", "ДОСЬЕ", "Роман Ведерников, 46 лет. Родился в Черногорске.", "1 сентября — группа выходит из Верхнего Чергитая", "7 сентября — спуск не в ту долину после перевала Тёмный", "", "Текст после."],
    ],
    [
      "a '+' box with its title in the top edge and indented fields",
      [
        "+-------------------------- AT A GLANCE -------------------------+",
        "  Fireball: 6:42 p.m. CST, Tuesday March 11",
        "  Breakup altitude: 27 km; speed about 18 km/s",
        "+-----------------------------------------------------------------+",
      ],
      ["AT A GLANCE", "Fireball: 6:42 p.m. CST, Tuesday March 11", "Breakup altitude: 27 km; speed about 18 km/s", ""],
    ],
    [
      "a '+' box with '|' sides whose lines are facts: no line is joined",
      [
        "+------------------------------------------------+",
        "| FACT FILE: LONG-FINNED PILOT WHALE             |",
        "| Valley station 1,210 m; summit station 2,870 m |",
        "| Two cabins, 80 people each                     |",
        "+------------------------------------------------+",
      ],
      ["FACT FILE: LONG-FINNED PILOT WHALE", "Valley station 1,210 m; summit station 2,870 m", "Two cabins, 80 people each", ""],
    ],
    [
      "a heavy box open on the right: its frame goes, its text stays",
      [
        " ┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━",
        " ┃ 📱 EMERGENCY ALERT · County Emergency Management",
        " ┃ Wireless Emergency Alert received 6:05 AM",
        " ┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━",
      ],
      ["📱 EMERGENCY ALERT · County Emergency Management", "Wireless Emergency Alert received 6:05 AM", ""],
    ],
    [
      "an advertisement in a box (a price, a call to book by phone) goes whole",
      [
        "+------------------------------------------------------------+",
        "|  DOOR SUPERVISOR REFRESHER COURSES - new dates for January |",
        "|  Two-day course, £95 for members (£140 non-members).       |",
        "|  Book via the office: 01632 960 418                        |",
        "+------------------------------------------------------------+",
      ],
      [],
    ],
    [
      "a membership advertisement framed by hashes (a price, a call to join by text or phone) goes whole",
      [
        "##########################################################",
        "#  JOIN THE UNION                                        #",
        "#  Membership from £3.40 a week. Apprentices: first      #",
        "#  three months free.                                    #",
        "#  Text JOIN to 60411 or call 0300 555 0188              #",
        "##########################################################",
      ],
      [],
    ],
    [
      "a fact box framed by hashes opens",
      ["##########################################", "#  WHAT TO DO                             #", "#  Stay indoors and keep windows shut.    #", "##########################################"],
      // (The padding inside the side stays, as in a "|" box: the lines are trimmed when the text is cleaned.)
      [" WHAT TO DO", " Stay indoors and keep windows shut.", ""],
    ],
    [
      "a Russian advertisement box",
      ["┌──────────────────────────────────┐", "│ Курсы первой помощи — 1 500 руб. │", "│ Запись по телефону 8 (800) 555-01-01 │", "└──────────────────────────────────┘"],
      [],
    ],
    [
      "an English journey planner (a form, its title after the corner) goes whole",
      [
        "┌ Plan your journey ──────────────",
        "│ From  [ Current location ]  ⇅",
        "│ To    [ Station, stop or address ]",
        "│ ( ) Leave now   ( ) Arrive by",
        "│ [ Plan my journey ]",
        "│ Journeys are updated with live information.",
        "└─────────────────────────────────",
      ],
      [],
    ],
    ["a Russian search form", ["┌ Поиск по сайту ─────────", "│ [ Введите запрос ]", "│ ☐ Только новости", "└─────────────────────────"], []],
    [
      "a paper's advertisement box marked as one, and a classified ad's box",
      ["┌──────────────────────┐", "│ РЕКЛАМА              │", "│ ДРОВА колотые, берёза │", "└──────────────────────┘", "┌──────────────────────┐", "│ FOR SALE: oak logs    │", "│ T. 07700 900 562      │", "└──────────────────────┘"],
      [],
    ],
    [
      "a box with its title right after the corner opens like any other",
      ["┌ AT A GLANCE ─────────────", "│ Four dead, 17 hurt.", "└──────────────────────────"],
      ["AT A GLANCE", "Four dead, 17 hurt.", ""],
    ],
  ])("%s", (_, lines, expected) => {
    expect(withoutTextBoxes(lines)).toEqual(expected);
  });

  it.each([
    ["a table of several columns", ["+------+------+", "| Тип  | Флаг |", "+------+------+"]],
    ["a top edge without a bottom edge", ["┌─ СПРАВКА ───", "│ Собор построен в 1714 году."]],
    ["a heavy top edge without a bottom edge", ["┏━━━━━━━━━━", "┃ Собор построен в 1714 году."]],
  ])("leaves %s as it is", (_, lines) => {
    expect(withoutTextBoxes(lines)).toEqual(lines);
  });
});

describe("withoutTextBoxes: a station's player", () => {
  it.each([
    [
      "a box titled as a player",
      ["┌─ NOW PLAYING ──────────────────┐", "│ ♫ \"Paper Lanterns\" – The Hollow Coast │", "│ On air: Afternoons with Josh     │", "│ [ ▶ Listen live ]                │", "└────────────────────────────────┘", "Local News"],
    ],
    ["a Russian player with the next song", ["┌─ РАДИО ─────────────┐", "│ Сейчас: «Ветер» — Группа Север │", "│ Далее в эфире: «Море» — Лана │", "└─────────────────────┘", "Local News"]],
  ])("goes whole: %s", (_name, lines) => {
    expect(withoutTextBoxes(lines)).toEqual(["Local News"]);
  });
});
