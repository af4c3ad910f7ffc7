/**
 * The name a business's site opens its page with, read from the page's head: its first line that is not a cookie prompt, cut
 * before its tagline (after " | ", " · ", " — ") and without its Markdown marks and pictographs. A name in quotes after its kind
 * is the name in the quotes («Кинологическая школа «Верный след»» → «Верный след», "**«Чистый периметр»** — служба
 * дезинсекции" → «Чистый периметр»); one in capitals is written as a name ("ASHGROVE FRAMES & GALLERY" → "Ashgrove Frames &
 * Gallery", via `asName`); "Wrenmouth Self Store | Secure storage on the Harbour Estate" → "Wrenmouth Self Store". The site's
 * own name is the outlet of the post it carries. A shop's offer banner above the name ("Free UK delivery on coffee orders over
 * £30", see `isOfferBanner`) is passed over like a cookie prompt; so is a contact row above it (see `isHeadContactRow`) and a row
 * of social links («VK · Telegram · ☎ …», see `isSocialLinksRow`).
 */

import { isHeadContactRow } from "./head-contact-row.ts";
import { isOfferBanner } from "./offer-banner.ts";
import { isSocialLinksRow } from "./studio-social-links-row.ts";
import { isAccountRow } from "./counter-account-row.ts";

/** A cookie prompt opening the page ("We use cookies …", «Сайт использует файлы cookie»). */
const COOKIE_PROMPT = /cookie/iu;

/** Longest site name (characters). */
const MAX_NAME_CHARS = 60;

/** Leading and trailing pictographs. */
const PICTOGRAPHS = /^(?:[\p{Extended_Pictographic}]\uFE0F?\s*)+|(?:\s*[\p{Extended_Pictographic}]\uFE0F?)+$/gu;

/**
 * The site's name in the head's first filled line that is not a cookie prompt (see the module's note); `null` when that line
 * holds no short name. `asName` writes a name in capitals as a name. Pure.
 */
export function openingSiteName(head: readonly string[], asName: (name: string) => string): string | null {
  // (An offer banner, a contact row, a row of social links or one of account and basket links over the name is passed over
  // too: see `isOfferBanner`, `isHeadContactRow`, `isSocialLinksRow`, `isAccountRow`.)
  const first = head.map((line) => line.trim()).find((line) => line !== "" && !COOKIE_PROMPT.test(line) && !isOfferBanner(line) && !isHeadContactRow(line) && !isSocialLinksRow(line) && !isAccountRow(line));
  if (first === undefined) return null;
  const line = first.replace(/^#{1,6}\s+/u, "").replace(/\*\*/gu, "").replace(PICTOGRAPHS, "").trim();
  const name = (line.split(/\s+(?:\||·|—|–)\s+/u)[0] ?? "").trim();
  const quoted = /^[^«»"]{0,40}«(.+)»$/u.exec(name)?.[1]?.trim();
  const result = quoted ?? name;
  if (result === "" || result.length > MAX_NAME_CHARS || /[.!?:;]$/u.test(result) || !/\p{L}/u.test(result)) return null;
  return asName(result);
}
