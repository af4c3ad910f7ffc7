import { describe, expect, it } from "vitest";
import { normalizeDate } from "../../src/corpus/dates.ts";
import { capitalsAsName } from "../../src/corpus/minutes.ts";
import { readShopPostLabel } from "../../src/corpus/shop-post-label.ts";

const isRule = (line: string): boolean => /^(?:-{3,}|={3,})$/u.test(line);
const stampDate = (text: string): string | null => normalizeDate(text, true);
const rule = "------------------------------------------------------------";
const en = [
  "A lot of you have asked about the flood on the high street on Tuesday night, so here is what we know from the council and the water company.",
  "At about 11pm on Tuesday 4 March a water main burst under the junction by the old post office, and the road filled with water within minutes.",
  "Nine shops and twelve flats were flooded; a 78-year-old man was carried out of his ground-floor flat by firefighters and treated for the cold.",
  "The water company says the pipe was laid in 1931 and had been patched twice last year; it has promised to replace the whole street's main.",
  "The road stays closed until at least Friday while the surface is rebuilt, and buses are diverted along the ring road in both directions.",
  "Our own stockroom took about ten centimetres of water, so we lost some boxed stock, but the shop floor stayed dry and we reopen on Thursday.",
  "If you are one of our neighbours and need a dry place to store things for a few days, the back room is yours, just ask at the counter.",
  "Thank you to everyone who came round with mops and buckets on Wednesday morning; it made all the difference to us and to the flats upstairs.",
];
const ru = [
  "Многие спрашивают, что случилось в четверг вечером на улице Садовой, поэтому рассказываем всё, что знаем от МЧС и от администрации города.",
  "В четверг, 6 марта, около 19:10 в соседнем доме № 14 взорвался газовый баллон в квартире на втором этаже, в доме выбило окна двух подъездов.",
  "Пострадали четыре человека: хозяина квартиры, 61 год, с ожогами госпитализировали в областную больницу, трём соседям помогли на месте.",
  "Из дома эвакуировали 48 жителей, ночевали они в школе № 2 и у родственников; газ в доме отключили до окончания проверки газовой службы.",
  "Полиция выясняет, откуда в квартире взялся баллон: по словам соседей, хозяин держал его для дачной плиты и хранил на застеклённом балконе.",
  "У нас в мастерской выбило витрину, но никто из мастеров и клиентов не пострадал; мы снова работаем с понедельника в обычные часы.",
  "Всем жителям дома № 14, у кого пострадали вещи, до конца месяца чиним одежду и обувь бесплатно, достаточно показать паспорт с пропиской.",
  "Спасибо всем соседям, кто в пятницу помогал убирать стёкла со двора и с тротуара, без вас мы бы не открылись так быстро.",
];

describe("readShopPostLabel", () => {
  it("takes a shop's post whose headline stands in the label's box under a crumb: the head, the price list and the footer go", () => {
    const lines = [
      "HARTLEY & DOWNES HARDWARE",
      "Tools · Paint · Garden · Keys cut · Blog",
      "3 Market Place, Wexham · 01632 000 111",
      "",
      "KEY CUTTING PRICES",
      "Standard house key ........ £4",
      "Security key .............. £12",
      "",
      rule,
      "SHOP BLOG  ›  Around town  ›  Posted by Tom",
      "",
      "What happened on the high street on Tuesday night",
      rule,
      "",
      ...en,
      "",
      "Tom and the team",
      "",
      "(Pictured: the flooded junction on Wednesday morning)",
      "",
      rule,
      "OPENING HOURS Mon-Sat 8am-6pm",
      "(c) 2031 Hartley & Downes",
    ];
    const page = readShopPostLabel(lines, isRule, stampDate, capitalsAsName);
    expect(page?.title).toBe("What happened on the high street on Tuesday night");
    expect(page?.date).toBeNull();
    expect(page?.site).toBe("Hartley & Downes Hardware");
    const kept = page?.lines.filter((line) => line !== "") ?? [];
    expect(kept).toEqual([...en, "Tom and the team"]);
  });

  it("takes a workshop's post under a dated label alone in its opened box, its filing line going (Russian)", () => {
    const lines = [
      "МАСТЕРСКАЯ «ИГОЛКА»",
      "Ремонт одежды и обуви · ул. Садовая, 9 · Пн–Сб 9:00–19:00",
      "",
      "ЦЕНЫ",
      "- Замена молнии — 600 ₽",
      "- Подшив брюк — 400 ₽",
      "",
      "НОВОСТИ МАСТЕРСКОЙ — 8 марта 2031",
      "",
      "Взрыв газа в доме № 14: что мы видели и как работаем",
      "Рубрика: новости района",
      "",
      ...ru,
      "",
      rule,
      "ИП Иванова А. А. · © 2031",
    ];
    const page = readShopPostLabel(lines, isRule, stampDate, capitalsAsName);
    expect(page?.title).toBe("Взрыв газа в доме № 14: что мы видели и как работаем");
    expect(page?.date).toBe("2031-03-08");
    expect(page?.site).toBe("МАСТЕРСКАЯ «ИГОЛКА»");
    expect(page?.lines.filter((line) => line !== "")).toEqual(ru);
  });

  it("takes a caterer's post under a label between rules, its headline under the box, the site's town cut from its name", () => {
    const lines = ["BRAMBLE KITCHEN · WEXHAM", "Menus | Hire | Blog", "", "=======", "KITCHEN NOTES · Friday 7 March 2031", "=======", "", "The flood, and why lunch was late", "", ...en, "", "=======", "Bramble Kitchen Ltd · Privacy"];
    const page = readShopPostLabel(lines, isRule, stampDate, capitalsAsName);
    expect(page?.title).toBe("The flood, and why lunch was late");
    expect(page?.date).toBe("2031-03-07");
    expect(page?.site).toBe("Bramble Kitchen");
  });

  it.each([
    ["HOLLINS & MARSH — Estate Agents · Lettings · Land & New Homes", "LOCAL NEWS › Community · 17 June 2025 · By Helen, Director", en, "Hollins & Marsh"],
    ["HARTLEY & DOWNES – Hardware | Keys cut", "SHOP BLOG  ›  Around town", en, "Hartley & Downes"],
    ["МАСТЕРСКАЯ «ШОВ» — ремонт одежды и обуви · ул. Садовая, 9", "НОВОСТИ МАСТЕРСКОЙ — 8 марта 2031", ru, "МАСТЕРСКАЯ «ШОВ»"],
  ] as const)("cuts the trade after a dash from the site's name %j (its post under %j)", (opening, label, text, site) => {
    const lines = [opening, "3 Market Place · 01632 000 111", "", rule, label, "", "What happened on the high street on Tuesday night", rule, "", ...text, "", rule, "(c) 2031"];
    expect(readShopPostLabel(lines, isRule, stampDate, capitalsAsName)?.site).toBe(site);
  });

  it("leaves a page whose head tells in sentences (a monitoring page's advice), and a label naming no post", () => {
    const head = "Everyone within three kilometres of the fire should stay indoors with the windows and doors closed and turn off any ventilation fans.";
    expect(readShopPostLabel(["AIR WATCH", head, "", rule, "NEWS RELEASE · County Council", rule, "", "Fire: residents moved out", "", ...en], isRule, stampDate, capitalsAsName)).toBeNull();
    expect(readShopPostLabel(["HARTLEY HARDWARE", "", rule, "OPENING HOURS · Mon-Sat", rule, "", "Our hours this spring", "", ...en], isRule, stampDate, capitalsAsName)).toBeNull();
  });
});
