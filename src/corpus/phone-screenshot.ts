/**
 * A phone's screenshot turned into text by recognition: the status bar ("19:06 ⏰ 🔕 •   ▂▄▆ LTE  41% ▮"), a pulled-down
 * notification shade («Уведомления   Очистить все», then a head per notification, «💬 Telegram · Мама · 18:52», over its
 * text), the browser's address bar ("🔒 prikamie24.ru/proisshestviya/2032/02/07/kreslo   ⟳   2   ⋮"), the site's masthead
 * with its menu and search icons («ПРИКАМЬЕ 24   ☰   🔍»), then the page and the phone's navigation buttons. Only the
 * page is the story; the notifications are other apps' messages.
 */

/** A notification shade's head ("Notifications   Clear all", «Уведомления · Очистить все»). */
const SHADE_HEAD = /^(?:notifications|уведомления)(?:\s{2,}|\s*[·|]\s*)(?:clear all|очистить все|очистить)$/iu;
/** A notification's head: an icon, the app, a sender, the time («💬 Telegram · Мама · 18:52», "📰 Daily News · 18:31"). */
const NOTIFICATION_HEAD = /^(?:[\p{Extended_Pictographic}\uFE0F]+\s*)?[^·]{1,40}(?:\s·\s[^·]{1,60}){0,2}\s·\s\d{1,2}:\d{2}$/u;
/** Most lines of one notification's text under its head. */
const MAX_NOTIFICATION_LINES = 2;

/**
 * A notification shade: its head (see `SHADE_HEAD`) and the notifications under it, each a head (see `NOTIFICATION_HEAD`)
 * and up to `MAX_NOTIFICATION_LINES` lines of text, blank lines between them. Where the shade ends (exclusive), or null.
 */
export function notificationShadeEnd(lines: readonly string[], i: number): number | null {
  if (!SHADE_HEAD.test(lines[i] ?? "")) return null;
  let end = i + 1;
  for (;;) {
    let next = end;
    while (next < lines.length && lines[next] === "") next++;
    if (!NOTIFICATION_HEAD.test(lines[next] ?? "")) return end;
    next++;
    for (let k = 0; k < MAX_NOTIFICATION_LINES && next < lines.length && lines[next] !== "" && !NOTIFICATION_HEAD.test(lines[next] ?? ""); k++) next++;
    end = next;
  }
}

/** A browser's address bar: a lock, the page's address (group 1), the bar's buttons ("⟳   2   ⋮"). */
const ADDRESS_BAR = /^(?:🔒|🔐|ⓘ)\uFE0F?\s*((?:https?:\/\/)?(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}(?:\/\S*)?)(?:\s+[^\p{L}\p{N}]*(?:\d{1,2}\s*[^\p{L}\p{N}]*)?)?$/u;

/** The page's address in a browser's address bar, with its scheme, or null. */
export function addressBarUrl(line: string): string | null {
  const address = ADDRESS_BAR.exec(line)?.[1];
  if (address === undefined) return null;
  return /^https?:\/\//iu.test(address) ? address : `https://${address}`;
}

/** A site's masthead on a phone: its name (group 1), then its menu and search icons («ПРИКАМЬЕ 24   ☰   🔍»). */
const ICON_MASTHEAD = /^([\p{L}\p{N}][^☰🔍]{1,40}?)\s+☰\s*🔍$/u;

/** An app's top bar on a phone: its back control, its name (group 1) and its overflow menu ("< Back      skimr      ⋯", «‹ Назад   Самокат   ⋮»). */
const APP_BAR = /^(?:<|‹|←)\s*(?:back|назад)\s{2,}([\p{L}\p{N}][^⋯…⋮]{0,40}?)\s{2,}[⋯…⋮]$/iu;

/** The site's name of a phone page's masthead (see `ICON_MASTHEAD`) or the app's of its top bar (see `APP_BAR`), or null. */
export function iconMastheadName(line: string): string | null {
  if (line.includes("☰")) return ICON_MASTHEAD.exec(line)?.[1]?.trim() ?? null;
  const first = line.charAt(0);
  if (first === "<" || first === "‹" || first === "←") return APP_BAR.exec(line)?.[1]?.trim() ?? null;
  return null;
}
