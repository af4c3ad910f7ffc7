import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/clean.ts";
import { isPictographShareRow } from "../../src/corpus/format-pictograph-share-row.ts";
import { readJournalPostPage } from "../../src/corpus/journal-post-page.ts";

describe("isPictographShareRow: a post's share row marked by a pictograph", () => {
  it.each([
    ["📤 Поделиться: ВКонтакте · Telegram · WhatsApp", true],
    ["🔗 Поделиться в Telegram", true],
    ["📤 **Поделиться:** [ВКонтакте](#) · [Telegram](#)", true],
    ["📤 Share: Facebook · X · Email", true],
    ["🔗 Share this post: Facebook | WhatsApp", true],
    // A bare share row is the journal reader's own; a pictograph before other words, or a sentence, is no share row.
    ["Поделиться: ВКонтакте · Telegram", false],
    ["Share: Facebook · X", false],
    ["📍 Приезжайте к нам: Садовое шоссе, 7", false],
    ["✉️ Subscribe to our newsletter: [your email] [Subscribe]", false],
    ["📤 Shared rides are free on Sundays.", false],
  ])("%s → %s", (line, expected) => {
    expect(isPictographShareRow(line)).toBe(expected);
  });
});

const RU_PAGE = [
  "# 🌿 Питомник «Липовая роща»",
  "### Саженцы и рассада с доставкой по области",
  "",
  "🛒 Корзина: 0 товаров · 📞 +7 (4872) 00-11-22 · Ежедневно 8:00–20:00",
  "",
  "> 🌸 **Весенний сезон открыт!** Саженцы со скидкой 10% до 30 апреля по промокоду САД",
  "",
  "## Светофоры погасли по всему городу: почему вчера задержалась доставка",
  "",
  "*15 апреля 2032 · Автор: Ирина Колесова, менеджер отдела доставки*",
  "",
  "Многие из вас вчера ждали наши машины с саженцами, а они так и не приехали вовремя. Объясняем, что случилось, — это коснулось всего города.",
  "",
  "### Что произошло",
  "",
  "Во вторник, 14 апреля, в 7:52 утра по всему городу отключились светофоры — все 186 светофорных объектов сразу. Обычно при неисправности светофоры мигают жёлтым, но в этот раз они просто погасли.",
  "",
  "Светофоры снова заработали только в 11:31, то есть город почти четыре часа жил без них. Из 58 доставок 31 пришлось перенести на среду.",
  "",
  "📤 Поделиться: ВКонтакте · Telegram · WhatsApp",
  "",
  "---",
  "",
  "### 🌱 Хиты сезона",
  "",
  "| Растение | Цена |",
  "|---|---|",
  "| Яблоня, 2 года | 890 ₽ |",
  "",
  "📍 **Приезжайте к нам:** Садовое шоссе, 7 · Самовывоз ежедневно с 9:00 до 19:00",
  "",
  "© 2009–2032 Питомник «Липовая роща»",
];

const EN_PAGE = [
  "# 🌿 Oakbank Garden Centre",
  "### Trees, shrubs and bedding plants delivered across the county",
  "",
  "🛒 Basket: 0 items · 📞 01632 960 118 · Open daily 8am–8pm",
  "",
  "> 🌸 **Spring season is open!** 10% off container-grown trees until 30 April with code SPRING",
  "",
  "## Traffic lights went dark across town: why yesterday's deliveries were late",
  "",
  "*15 April 2032 · Author: Jo Pike, delivery manager*",
  "",
  "Many of you waited in vain for our vans yesterday morning. Here is what happened, because it affected the whole town and not just us.",
  "",
  "### What happened",
  "",
  "At 7.52am on Tuesday 14 April every set of traffic lights in town switched off at once, all 186 junctions. Faulty lights normally flash amber, but this time they simply went dark.",
  "",
  "The lights came back on only at 11.31am, so the town went almost four hours without them. Of our 58 deliveries, 31 had to move to Wednesday.",
  "",
  "📤 Share: Facebook · X · Email",
  "",
  "---",
  "",
  "### 🌱 Best sellers this season",
  "",
  "| Plant | Price |",
  "|---|---|",
  "| Bramley apple tree, 2 years | £29 |",
  "",
  "📍 **Visit us:** Mill Road · Collection daily 9am–7pm",
  "",
  "© 2009–2032 Oakbank Garden Centre",
];

describe("readJournalPostPage: a share row marked by a pictograph closes the post when asked", () => {
  it.each([
    ["a Russian nursery's post", RU_PAGE, "Светофоры погасли по всему городу: почему вчера задержалась доставка", "15 апреля 2032"],
    ["an English garden centre's post", EN_PAGE, "Traffic lights went dark across town: why yesterday's deliveries were late", "15 April 2032"],
  ])("%s", (_name, page, title, stamp) => {
    expect(readJournalPostPage(page)).toBeNull();
    const post = readJournalPostPage(page, { pictographShareRowEnds: true });
    expect(post?.title).toBe(title);
    expect(post?.stamp).toBe(stamp);
    expect(post?.lines.some((line) => line.includes("📤"))).toBe(false);
    expect(post?.lines.some((line) => line.includes("₽") || line.includes("£"))).toBe(false);
  });
});

describe("parseArticle: a shop's post closed by a share row with a pictograph", () => {
  it.each([
    ["a Russian nursery's page", RU_PAGE, "Светофоры погасли по всему городу: почему вчера задержалась доставка", ["Корзина", "Весенний сезон", "Хиты сезона", "Приезжайте", "Поделиться", "Саженцы и рассада"]],
    ["an English garden centre's page", EN_PAGE, "Traffic lights went dark across town: why yesterday's deliveries were late", ["Basket", "Spring season", "Best sellers", "Visit us", "Share:", "Trees, shrubs"]],
  ])("%s", (_name, page, title, furniture) => {
    const article = parseArticle("x.md", page.join("\n"), "h");
    expect(article.meta.title).toBe(title);
    expect(article.meta.date).toBe("2032-04-15");
    expect(article.text).toContain(page[11]);
    expect(article.text).toContain(page[17]);
    for (const words of furniture) expect(article.text).not.toContain(words);
  });
});
