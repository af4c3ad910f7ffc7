import { describe, expect, it } from "vitest";
import { isSocialLinksRow } from "../../src/corpus/studio-social-links-row.ts";
import { openingSiteName } from "../../src/corpus/opening-site-name.ts";

describe("isSocialLinksRow: a row of social links opening a business's page above its name", () => {
  it.each([
    ["VK · Telegram · YouTube · ☎ +7 (48244) 2-61-09 · ул. Спортивная, 3, СК «Олимп», 2 этаж", true],
    ["ВКонтакте | Одноклассники | Дзен", true],
    ["**Telegram** · WhatsApp · +7 (900) 412-88-05", true],
    ["Facebook · Instagram · ☎ 01632 960 210 · 4 Mill Lane", true],
    ["📷 Instagram | X | TikTok", true],
    // A network's word opening a name, a network alone, a name, a sentence.
    ["Telegram Tower Café · Open daily 8am–6pm", false],
    ["Telegram", false],
    ["# ⚔️ Фехтовальный клуб «Эспадрон»", false],
    ["YouTube said the video had been removed · a spokesman added nothing", false],
  ])("%s → %s", (line, expected) => {
    expect(isSocialLinksRow(line)).toBe(expected);
  });

  it.each([
    [
      ["VK · Telegram · YouTube · ☎ +7 (48244) 2-61-09 · ул. Спортивная, 3", "", "# ⚔️ Фехтовальный клуб «Эспадрон»", "**Шпага · рапира · сабля** · Тихореченск"],
      "Эспадрон",
    ],
    [["ВКонтакте · Одноклассники · Дзен", "# Школа танцев «Ритм»", "Главная · Расписание · Новости"], "Ритм"],
    [["Facebook · Instagram · ☎ 01632 960 210", "", "HARBOUR LIGHTS BAKERY", "Home | Cakes | News"], "HARBOUR LIGHTS BAKERY"],
    [["Instagram | X | Email us", "# Marlow Fencing Club — Épée, foil and sabre", "Home · Classes · News"], "Marlow Fencing Club"],
  ])("lets the site's name under the row be read: %j → %s", (head, expected) => {
    expect(openingSiteName(head, (name) => name)).toBe(expected);
  });
});
