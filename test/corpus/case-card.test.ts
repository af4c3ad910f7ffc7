import { describe, expect, it } from "vitest";
import { dropCaseCard } from "../../src/corpus/case-card.ts";
import { isDashRule } from "../helpers/rule-line.ts";

const paragraph = (text: string): string => `${text} `.repeat(8).trim();

describe("dropCaseCard", () => {
  it("drops a court's case card, its heading to the rule, over the court's news item", () => {
    const news = paragraph("9 сентября 2025 года суд продолжил рассмотрение уголовного дела о гибели посетителей бани.");
    const lines = [
      "Главная › Судебное делопроизводство",
      "## Карточка дела № 1-64/2025",
      "",
      "ДЕЛО · ДВИЖЕНИЕ ДЕЛА · УЧАСТНИКИ · СУДЕБНЫЕ АКТЫ",
      "Судья: Сутягина Елена Викторовна",
      "Судебное заседание\t09.09.2025\t14:00\tЗал № 3\tОтложено",
      "---",
      "### Новости суда",
      news,
    ];
    expect(dropCaseCard(lines, isDashRule)).toBe(true);
    expect(lines).toEqual(["Главная › Судебное делопроизводство", "### Новости суда", news]);
  });

  it("drops an English case card's tabs row down to the rule", () => {
    const news = paragraph("The trial of the sauna's owner continued on Tuesday with evidence from a heating engineer.");
    const lines = ["CASE | CASE MOVEMENT | PARTIES | JUDGMENTS", "Judge: Mrs Justice Hale", "---", news];
    expect(dropCaseCard(lines, isDashRule)).toBe(true);
    expect(lines).toEqual([news]);
  });

  it("leaves a card with no news item under it, and a documents line naming the case movement", () => {
    const card = ["ДЕЛО · ДВИЖЕНИЕ ДЕЛА · УЧАСТНИКИ", "Судья: Иванова", "---", "© Суд"];
    expect(dropCaseCard(card, isDashRule)).toBe(false);
    expect(card).toHaveLength(4);
    expect(dropCaseCard(["Документы по делу: Приговор (26.09.2035) · Движение дела · Участники", "---", paragraph("Суд вынес приговор.")], isDashRule)).toBe(false);
  });
});
