/**
 * A row of the visitor's account and basket links opening a shop's page above its name («Войти · Корзина сертификатов (0) · 📍
 * г. Ольгинск, ул. Набережная, 17», "Sign in | Wishlist (0) | Basket (0)", "My account · Cart: 0 items"): the row's first part is
 * a link to sign in, to one's account, to the basket or the wish list, maybe with its count. It may open the page above the
 * shop's name, but it names no site: a reader looking for the site's name in the page's first line passes over it, as it passes
 * over an offer banner or a contact row. A row opening with the name before such links ("ACME TOOLS · Basket (0)") is not one.
 * Pure.
 */

import { LEADING_PICTOGRAPHS } from "./pictographs.ts";
import { postingParts } from "./posting-parts.ts";

/** An account's or a basket's link, maybe with its count: "Sign in", "My account", "Basket (0)", «Войти», «Корзина сертификатов (0)». */
const ACCOUNT_LINK =
  /^(?:(?:sign|log)\s+in|(?:my\s+)?account|register|(?:my\s+)?(?:basket|cart|bag|wish\s?list)(?:\s*[:(]\s*\d[^)]*\)?)?|войти|вход|регистрация|личный\s+кабинет|(?:корзина|избранное)(?:\s+\p{L}+)?(?:\s*[:(]\s*\d[^)]*\)?)?)$/iu;

/** Whether `line` is a row of account and basket links opening a page (see the module's note). */
export function isAccountRow(line: string): boolean {
  const first = (postingParts(line, Number.POSITIVE_INFINITY)?.[0] ?? "").replace(LEADING_PICTOGRAPHS, "").trim();
  return first !== "" && ACCOUNT_LINK.test(first);
}
