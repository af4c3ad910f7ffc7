import { describe, expect, it } from "vitest";
import { headSiteName } from "../../src/corpus/head-site-name.ts";

const post = ["Home › Journal › Shop news", "", "A headline", "", "The post's text."];

describe("headSiteName: the name a firm's page states in its head, when its last lines name it again", () => {
  it.each([
    // A name in capitals before its town, spelled as the company line spells it.
    [["KINGFISHER TACKLE & BAIT · ORMSLEY", "Home | Shop | Contact", ...post, "Kingfisher Tackle & Bait Ltd · Company no. 08817452 · Privacy"], "Kingfisher Tackle & Bait"],
    // A contact row above the name is passed over; the copyright spells it.
    [["Call the yard: 01632 960 733 | info@yard.example", "LOWFIELD FARM EQUESTRIAN CENTRE", "Livery · Hacking", ...post, "© 2031 Lowfield Farm Equestrian Centre"], "Lowfield Farm Equestrian Centre"],
    // A name in capitals before its trade after a dash.
    [["HOLLINS & MARSH — Estate Agents · Lettings", ...post, "© 2025 Hollins & Marsh. All rights reserved."], "Hollins & Marsh"],
    // A bold name in capitals, spelled as the company's legal line spells it.
    [["**ТАЛЬМА-ДРАЙВ** · прокат автомобилей в городе", "📞 8 (800) 555-41-27", ...post, "ООО «Тальма-Драйв» · ИНН 5247019833 · © 2019–2031"], "Тальма-Драйв"],
    // A level-1 heading under a phone row, its quoted part alone in the copyright: the heading's name.
    [["📞 **+7 (3519) 55-12-40** · Пн–Пт 9:00–19:00", "# Центр хорошего слуха «Камертон»", ...post, "© 2029 «Камертон»"], "Центр хорошего слуха «Камертон»"],
    // A bold name in capitals whose quoted part alone is in the copyright: its kind keeps its first capital.
    [["**ШИНОМОНТАЖ «КОЛЕСО 24»** · ул. Парковая, 3а", ...post, "ИП Зуев А. В. · © 2019–2025 «Колесо 24»"], "Шиномонтаж «Колесо 24»"],
    // A bold name after a pictograph, before its tagline after a dash.
    [["🧀 **Сыроварня «Ключевская»** — фермерские сыры", ...post, "© 2016–2025 Сыроварня «Ключевская» · ИП Дементьева О. В."], "Сыроварня «Ключевская»"],
    // The footer names another firm, or none: no name.
    [["BRIARWOOD FRAMES & GALLERY", ...post, "© 2031 Briarwood Frames Ltd"], null],
    [["БУКЕТ И КО · цветы", ...post, "Политика конфиденциальности"], null],
    // A label in capitals is no name unless the footer repeats it; a phone in bold is none.
    [["THIS WEEK IN STORE", ...post, "Delivery · Privacy"], null],
    [["**+7 (3519) 55-12-40**", ...post, "+7 (3519) 55-12-40"], null],
  ] as const)("%j → %j", (lines, expected) => {
    expect(headSiteName(lines, lines.indexOf("Home › Journal › Shop news"))).toBe(expected);
  });
});
