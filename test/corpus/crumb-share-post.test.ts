import { describe, expect, it } from "vitest";
import { readCrumbSharePost } from "../../src/corpus/crumb-share-post.ts";
import { normalizeDate } from "../../src/corpus/dates.ts";

const isRule = (line: string): boolean => /^(?:-{3,}|={3,})$/u.test(line);
const stampDate = (text: string): string | null => normalizeDate(text.replace(/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+/iu, ""), true);

const en = [
  "Plenty of you came into the shop over the weekend asking about the sirens down the valley, so here is what we have heard from the fire service.",
  "At about 2.40pm on Saturday 14 June a steam train came off the rails short of the viaduct, on the sharp curve above the river, with 186 passengers on board.",
  'Seventeen people were hurt and four were taken to hospital. "Our first thoughts are with the people who were hurt," the railway\'s general manager said on Sunday.',
  "WHAT IT MEANS FOR ANGLERS. The club has closed its two beats below the viaduct until further notice, and we will refund any day tickets already bought for them.",
  "Our junior match went ahead on Sunday morning, and the 22 youngsters who fished it collected £415 for the railway's repair appeal, which now stands at £31,400.",
  "Six fire engines came out, and passengers from the derailed carriages were led back along the line for about 400 metres to the lane's foot crossing.",
  "Lifting the engine will need a 250-tonne road crane, and the farmer next to the line has agreed to let the railway lay a road across his hay field.",
  "Tight lines, and look after each other.",
  "Rob",
];
const ru = [
  "Со среды нам звонят десятки клиентов: можно ли забрать машину, если живёшь за рекой, и как вернуть её, если моста нет. Собрали всё, что известно.",
  "В среду, 27 августа, около 5:15 утра баржа задела пролёт моста — единственного автомобильного моста через реку в черте города.",
  "Глава района заявил: «Рисковать людьми мы не будем. Пока экспертиза не скажет, что мост безопасен, по нему не проедет ни одна машина».",
  "Следственный отдел на транспорте возбудил уголовное дело о нарушении правил безопасности движения водного транспорта, капитан толкача задержан.",
  "Пешеходы смогут ходить по правому тротуару моста с 30 августа, а паром от речного вокзала запустят 3 сентября: шесть рейсов в день, бесплатно.",
  "Специалисты насчитали две разрушенные балки из шести, пролёт сместился на 12 сантиметров; ремонт займёт не меньше пяти месяцев.",
  "### Что меняется в нашей работе",
  "Треть наших клиентов живёт за рекой, поэтому с 1 сентября открываем временный пункт выдачи в торговом центре на улице Заводской, 15.",
  "Жителям Заречья до конца ремонта — скидка 15% на любой тариф, а машину, взятую на правом берегу, можно вернуть в новом пункте без доплаты.",
  "Берегите себя и закладывайте время на дорогу.",
];

describe("readCrumbSharePost: a firm's site with its post between its crumb row and its share row", () => {
  it.each([
    [
      "a tackle shop's plain-text page: the price list above and the comments, related posts and footer under the share row go",
      [
        "KINGFISHER TACKLE & BAIT · ORMSLEY",
        "Home | Shop Online | Day Tickets | River Report | Contact",
        "",
        "THIS WEEK IN STORE",
        "Red maggots, 1 pint ........................ £3.40",
        "Sweetcorn, 340 g tins ...................... 3 for £2",
        "",
        "Home > River Report > Local news",
        "",
        "Steam train derails by the viaduct: lower beats closed",
        "Posted Monday 16 June 2031 by Rob, owner · 4 comments",
        "",
        ...en,
        "",
        "Share:  Facebook · X · WhatsApp · Email",
        "",
        "Comments (4)  [ Log in to comment ]",
        "",
        "RELATED POSTS",
        "River Report: barbel showing on the Mill Reach (9 June)",
        "",
        "GET THE RIVER REPORT",
        "Levels, colour and what's catching, every Friday morning.",
        "",
        "Kingfisher Tackle & Bait Ltd · Company no. 08817452 · Privacy · Terms",
      ],
      { title: "Steam train derails by the viaduct: lower beats closed", stamp: "16 June 2031", site: "Kingfisher Tackle & Bait", text: en },
    ],
    [
      "a car hire's Markdown page: the booking form and tariffs above, a heading's marks and a rule under the posting line, the share row and all under it go (Russian)",
      [
        "**ТАЛЬМА-ДРАЙВ** · прокат автомобилей",
        "📞 8 (800) 555-41-27 · Ежедневно 8:00–21:00",
        "",
        "## Забронировать авто",
        "| Эконом | Lada Granta | 2 300 ₽ | 2 000 ₽ |",
        "",
        "Главная › Блог › Новости города",
        "",
        "# Баржа задела мост: как теперь добраться до Заречья",
        "",
        "🗓 29 августа 2031 · ✍️ Марина, менеджер пункта проката · по данным МЧС",
        "",
        "---",
        "",
        ...ru,
        "",
        "🏷 Теги: #мост #прокат",
        "**Поделиться:** ВКонтакте · Одноклассники · Telegram",
        "",
        "### Читайте также",
        "- Как арендовать машину без кредитной карты",
        "",
        "ООО «Тальма-Драйв» · ИНН 5247019833 · © 2019–2031",
      ],
      { title: "Баржа задела мост: как теперь добраться до Заречья", stamp: "29 августа 2031", site: "Тальма-Драйв", text: ru },
    ],
    [
      "a hearing centre's page under a slash crumb and a posting line in emphasis (Russian)",
      ["📞 **+7 (3519) 55-12-40** · Пн–Пт 9:00–19:00", "# Центр хорошего слуха «Камертон»", "", "Главная / Новости / Новости центра", "", "## Ветер сорвал облицовку с высотки: почему мы были закрыты", "", "*16 октября 2029 · Автор: Екатерина, администратор центра · Просмотров: 412*", "", ...ru, "", "📤 Поделиться: [ВКонтакте] · [Telegram]", "", "### Цены", "| Аудиометрия | 900 ₽ |", "", "© 2029 «Камертон»"],
      { title: "Ветер сорвал облицовку с высотки: почему мы были закрыты", stamp: "16 октября 2029", site: "Центр хорошего слуха «Камертон»", text: ru },
    ],
    [
      "a riding school's page whose posting line names its author first, the tags row under the share row",
      ["LOWFIELD FARM EQUESTRIAN CENTRE", "Home | Lessons | Livery | Yard News", "", "*** EASTER PONY DAYS — BOOK NOW ***", "", "Home › Yard News › Around town", "", "Street explosions: how the yard was affected", "Posted by Rachel, Yard Manager · Friday 11 April 2031", "", ...en, "", "Share this post: Facebook · X · Email", "Tags: local news, yard updates", "", "PRICES 2031", "Group lesson .......... £38", "", "© 2031 Lowfield Farm Equestrian Centre"],
      { title: "Street explosions: how the yard was affected", stamp: "11 April 2031", site: "Lowfield Farm Equestrian Centre", text: en },
    ],
  ] as const)("takes %s", (_name, lines, expected) => {
    const page = readCrumbSharePost(lines, isRule, stampDate);
    expect(page?.title).toBe(expected.title);
    expect(page?.stamp).toBe(expected.stamp);
    expect(stampDate(page?.stamp ?? "")).not.toBeNull();
    expect(page?.site).toBe(expected.site);
    expect(page?.lines.filter((line) => line !== "")).toEqual(expected.text);
  });

  const head = ["KINGFISHER TACKLE & BAIT · ORMSLEY", "", "Home > River Report > Local news", "", "Steam train derails by the viaduct", "Posted Monday 16 June 2031 by Rob"];
  const foot = ["", "Share:  Facebook · X", "", "© 2031 Kingfisher Tackle & Bait"];
  it.each([
    ["no share or tags row closes the post", [...head, "", ...en, "", "© 2031 Kingfisher Tackle & Bait"]],
    ["no posting line with a day stands under the headline", [...head.slice(0, 5), "By Rob, owner", "", ...en, ...foot]],
    ["the crumb is not opened by the home page", ["KINGFISHER TACKLE & BAIT", "", "River Report > Local news > June", "", "Steam train derails by the viaduct", "Posted 16 June 2031", "", ...en, ...foot]],
    ["the footer does not repeat the head's name (not the firm's own site)", [...head, "", ...en, "", "Share:  Facebook · X", "", "© 2031 Riverside Media Ltd"]],
    ["the post holds little prose (a teaser)", [...head, "", en[1] ?? "", ...foot]],
    [
      "most of the page's prose stands outside the post (Russian)",
      ["**ТАЛЬМА-ДРАЙВ**", "", "Главная › Блог › Новости", "", "Баржа задела мост", "29 августа 2031", "", ru[0] ?? "", ru[1] ?? "", "Поделиться: ВКонтакте", "", ...ru, "", "ООО «Тальма-Драйв»"],
    ],
  ] as const)("leaves a page where %s", (_name, lines) => {
    expect(readCrumbSharePost(lines, isRule, stampDate)).toBeNull();
  });
});
