import { describe, expect, it } from "vitest";
import { readKnowledgeBaseArticle } from "../../src/corpus/knowledge-base-article.ts";

const isRule = (line: string): boolean => /^-{3,}$/u.test(line);

describe("readKnowledgeBaseArticle", () => {
  it("dates a knowledge base's article by its card line; the card, the acknowledgement box and the base's furniture go", () => {
    const lines = [
      "## Пожар на складе: как работать пунктам выдачи",
      "Статья KB-4471 · Раздел: Инциденты · Обновлено 19.10.2025, 10:30",
      "",
      "В ночь на субботу загорелся распределительный центр.",
      "☐ Я ознакомился(-ась) с инструкцией · [Подтвердить]",
      "",
      "---",
      "",
      "Была ли статья полезной? 👍 Да · 👎 Нет",
      "**Похожие статьи:**",
      "- Как принять возврат",
      "© ООО «Полка», 2025 · Оферта",
    ];
    expect(readKnowledgeBaseArticle(lines, isRule)).toEqual({
      lines: ["## Пожар на складе: как работать пунктам выдачи", "", "В ночь на субботу загорелся распределительный центр.", ""],
      updated: "19.10.2025, 10:30",
      owner: "ООО «Полка»",
    });
  });

  it("reads an English article, and no page without the helpful vote after a rule", () => {
    const lines = ["# Warehouse fire", "Article KB-2210 · Section: Incidents · Updated 19 October 2025", "A fire broke out overnight.", "---", "Was this article helpful? Yes · No"];
    expect(readKnowledgeBaseArticle(lines, isRule)).toEqual({ lines: ["# Warehouse fire", "A fire broke out overnight."], updated: "19 October 2025", owner: null });
    expect(readKnowledgeBaseArticle(lines.slice(0, 3), isRule)).toBeNull();
  });
});
