import { describe, expect, it } from "vitest";
import { readTildeRuledBlog } from "../../src/corpus/tilde-ruled-blog.ts";

const tildes = "~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~";
const en = [
  "At about 3.40pm on Saturday part of the main trampoline court at the leisure park gave way during a packed family session, and the mats dropped a metre.",
  "Eleven people were hurt; seven were taken to the general hospital, and two of them were later moved to the trauma centre with fractures.",
  "Police closed the retail park entrance for more than two hours, which is why twenty-three of our deliveries in that zone were late.",
  "The council served a prohibition notice on the park on Sunday morning, and officers said welded brackets joining the frame had cracked.",
  "Every customer whose parcel was late has had the delivery fee refunded, and nobody needs to contact us about it, the dispatch desk said.",
  "Our rider was in the party room dropping off balloons when he heard a crack like a pallet snapping, and he stayed to help the staff.",
  "The park's operations director said it would stay shut until an independent engineer had signed off every single frame of the court.",
  "A fundraiser started by the injured girl's classmates had raised more than four thousand pounds by Monday lunchtime, and we added our tips jar.",
];
const ru = [
  "В субботу около 15:40 в батутном центре торгового парка во время семейного сеанса обрушилась часть главной площадки, маты упали на бетон.",
  "Пострадали одиннадцать человек, семерых увезли в городскую больницу, двоих потом перевели в травматологический центр с переломами.",
  "Полиция перекрыла въезд в торговый парк больше чем на два часа, поэтому двадцать три наши доставки в этой зоне опоздали.",
  "В воскресенье утром администрация запретила работу центра, проверка показала, что треснули сварные кронштейны каркаса площадки.",
  "Всем, чья посылка опоздала, мы вернули плату за доставку, звонить нам для этого не нужно, сообщили в диспетчерской службы.",
  "Наш курьер в это время заносил шары в комнату для праздников, услышал треск и остался помогать сотрудникам до приезда скорой.",
  "Директор центра пообещал, что площадку не откроют, пока независимый инженер не проверит каждый каркас и не подпишет заключение.",
  "Одноклассники пострадавшей девочки открыли сбор на лечение, к понедельнику собрали больше ста тысяч рублей, мы добавили свою копилку.",
];

describe("readTildeRuledBlog", () => {
  it("takes a courier's blog post fenced by tildes: the headline is the title, the site named in the footer the outlet", () => {
    const lines = [
      "Swift Spokes Couriers | Same-day bike couriers",
      "Riders on the road right now: 14",
      "WHERE WE RIDE",
      "• Zone A – Old Town: £4.50, delivered within 45 minutes",
      "",
      tildes,
      "",
      "THE SADDLEBAG – notes from the road",
      "Filed under: Around Town · Zone C · 5 min read",
      "",
      "Sirens at the retail park: what our rider saw, and why Zone C ran late",
      "",
      ...en,
      "",
      "– Jo, dispatch desk",
      "",
      tildes,
      "",
      "Previously in The Saddlebag:",
      "– Why we swapped to puncture-proof tyres",
      "WE'RE HIRING – Riders wanted. £12.60 an hour plus tips.",
      "Swift Spokes Couriers Ltd · Registered in England & Wales No. 11840277",
      "Terms of carriage · Privacy",
    ];
    const read = readTildeRuledBlog(lines);
    expect(read?.title).toBe("Sirens at the retail park: what our rider saw, and why Zone C ran late");
    expect(read?.site).toBe("Swift Spokes Couriers");
    expect(read?.lines.filter((line) => line !== "")).toEqual([...en, "– Jo, dispatch desk"]);
  });

  it("takes a Russian courier service's post; a site's name its footer does not repeat is no outlet", () => {
    const lines = ["Велокурьеры «Педаль» | Доставка за час", "", tildes, "ЗАПИСКИ ДИСПЕТЧЕРА — новости службы", "Рубрика: Город · 3 мин", "", "Обрушение в батутном центре: что видел наш курьер", "", ...ru, "", tildes, "Вакансии · Контакты"];
    const read = readTildeRuledBlog(lines);
    expect(read?.title).toBe("Обрушение в батутном центре: что видел наш курьер");
    expect(read?.site).toBeNull();
    expect(read?.lines.filter((line) => line !== "")).toEqual(ru);
  });

  it.each([
    ["no closing rule", [tildes, "THE SADDLEBAG", "", "A headline over the post", "", ...en]],
    ["a blog's name in lower case", [tildes, "Notes from the road", "", "A headline over the post", "", ...en, tildes]],
    ["a headline closed by a stop", [tildes, "THE SADDLEBAG", "", "A headline over the post.", "", ...en, tildes]],
    ["too little prose", [tildes, "THE SADDLEBAG", "", "A headline over the post", "", ...en.slice(0, 3), tildes]],
  ])("leaves a page with %s alone", (_what, lines) => {
    expect(readTildeRuledBlog(lines)).toBeNull();
  });
});
