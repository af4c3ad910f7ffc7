/**
 * Rows of a site's head that plain text keeps without their markup: a menu whose items are set apart by runs of spaces ("Home
 * About the quarry   Blasting   Lorry routes   Contact", «Главная   О нас   Новости   Контакты») and an offer to get the site's
 * alerts by text or e-mail ("Get blast alerts by text: send COLDHARROW to 60777 (standard network rates)", «Получайте оповещения
 * по SMS: …»), a promoter's presenting credit ("Presented by … in association with …"). None is the story's.
 */

/** Fewest items of a menu row. */
const MIN_MENU_ITEMS = 5;
/** Longest item of a menu row (characters). */
const MAX_MENU_ITEM_CHARS = 30;
/** An offer to get alerts by text or e-mail. */
const ALERT_SIGNUP = /^(?:get|sign up for|receive)\s+(?:[\p{L}-]+\s+){0,3}(?:alerts|notifications|updates)\s+by\s+(?:text|sms|e-?mail)\b|^(?:получайте|подпишитесь на)\s+(?:[\p{L}-]+\s+){0,2}(?:оповещени\p{L}*|уведомлени\p{L}*|рассылк\p{L}*)\s+(?:по|через)\s+(?:sms|смс|e-?mail|почте)/iu;

/** A promoter's presenting credit with its partner ("Presented by Halloran Live in association with Brightgate Radio"). */
const PRESENTED_BY = /^(?:Presented|Promoted)\s+by\s+\p{Lu}[^.!?]{1,60}\s+in association with\s+\p{Lu}[^.!?]{1,60}$/u;

/** Whether a line is a promoter's presenting credit (see `PRESENTED_BY`). */
export function isPresentingCredit(line: string): boolean {
  return line.startsWith("P") && PRESENTED_BY.test(line);
}

/** Whether a line is a menu of items apart by runs of spaces, opened by the home page's item. */
export function isSpacedMenuRow(line: string): boolean {
  if (!line.startsWith("Home ") && !line.startsWith("Главная ")) return false;
  const items = line.split(/\s{3,}/u);
  return items.length >= MIN_MENU_ITEMS && items.every((item) => item.length <= MAX_MENU_ITEM_CHARS && !/[.!?]$/u.test(item));
}

/** Whether a line offers the site's alerts by text or e-mail (see `ALERT_SIGNUP`). */
export function isAlertSignup(line: string): boolean {
  const c = line[0];
  return (c === "G" || c === "S" || c === "R" || c === "П") && ALERT_SIGNUP.test(line);
}

/** Drops (in place) the menu rows, alert offers and presenting credits of a site's head (see the module's note). True when any went. */
export function dropSiteRows(lines: string[]): boolean {
  const before = lines.length;
  const kept = lines.filter((line) => !isSpacedMenuRow(line) && !isAlertSignup(line) && !isPresentingCredit(line));
  if (kept.length === before) return false;
  lines.splice(0, lines.length, ...kept);
  return true;
}
