import { describe, expect, it } from "vitest";
import { readAccountPortal } from "../../src/corpus/account-portal.ts";
import { isDashRule as isRule } from "../helpers/rule-line.ts";

const dateOf = (text: string): string | null => (/^4 апреля 2031/u.test(text) || /^4 April 2031/u.test(text) ? "2031-04-04" : null);

describe("readAccountPortal", () => {
  it("drops a Russian portal's sign-in box, closing block and version; the notice's heading and posting line give title and date", () => {
    const lines = ["## Вход в личный кабинет", "Номер лицевого счёта: `____`", "**[ Войти ]**", "---", "## Уведомление абонентам об инциденте", "", "*Размещено 4 апреля 2031 г., 18:30. Обновлено 5 апреля*", "", "Серверы зашифрованы.", "---", "### Полезное", "- Тарифы", "---", "Версия портала 3.8.2"];
    expect(readAccountPortal(lines, isRule, dateOf)).toEqual({ lines: ["---", "", "", "Серверы зашифрованы.", "---", "---"], title: "Уведомление абонентам об инциденте", date: "2031-04-04" });
  });

  it("reads an English portal", () => {
    const lines = ["## Sign in to your account", "Account number: ____", "---", "## Notice to customers about a cyber attack", "Posted 4 April 2031, 18:30", "Our billing system was attacked."];
    expect(readAccountPortal(lines, isRule, dateOf)).toEqual({ lines: ["---", "Our billing system was attacked."], title: "Notice to customers about a cyber attack", date: "2031-04-04" });
  });

  it("leaves a page with no sign-in box alone", () => {
    expect(readAccountPortal(["## Notice", "Text."], isRule, dateOf)).toBeNull();
  });
});
