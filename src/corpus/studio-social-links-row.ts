/**
 * A row of links to a business's pages on social networks opening its site, above its name ("Facebook · Instagram · ☎ 01632 960
 * 210 · 4 Mill Lane", «VK · Telegram · YouTube · ☎ +7 (48244) 2-61-09 · ул. Спортивная, 3»): the row's first part (its emphasis
 * and pictographs aside) is a network's name, and more parts follow it. It is the site's links, never its name: a reader looking for
 * the site's name in the page's first line passes over it, as it passes over a contact row (`isHeadContactRow`). A name that only
 * opens with a network's word ("Telegram Tower Café · Open daily") is not one. Pure.
 */

import { LEADING_PICTOGRAPHS } from "./pictographs.ts";
import { postingParts } from "./posting-parts.ts";

/** A social network's or messenger's name, alone. */
const NETWORK =
  /^(?:vk|вк|вконтакте|ok|ок|одноклассники|telegram|телеграм|youtube|rutube|дзен|яндекс\s+дзен|dzen|facebook|instagram|twitter|x|threads|tiktok|linkedin|pinterest|whatsapp|viber)$/iu;
/** Longest row (characters). */
const MAX_ROW_CHARS = 200;

/** Whether `line` is a row of social links opening a page (see the module's note). */
export function isSocialLinksRow(line: string): boolean {
  const parts = postingParts(line, MAX_ROW_CHARS);
  if (parts === null || parts.length < 2) return false;
  return NETWORK.test((parts[0] ?? "").replace(LEADING_PICTOGRAPHS, "").trim());
}
