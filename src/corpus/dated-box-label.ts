/**
 * A club's or business's plain-text page whose story sits under a label boxed between two rules (of dashes or of equals signs),
 * the label carrying the story's day after it: after a dash and who it is from ("CLUB NOTICE - from the Chairman, Wednesday 6
 * August 2031"), after a run of spaces ("NEWS FROM THE HUT          16 February 2027") or after a dot («НОВОСТИ КЛУБА · 12 марта
 * 2031»). Read as a notice box page (see `readNoticeBoxPage`, `readDoubleRuledBox`) once the label stands alone: the headline
 * under the box is the title, the label's day the date when the story gives no issue line; the head, the other blocks and the
 * footer go. The name the page opens with (its decoration of tildes or stars and its tagline after a tilde, a dot or a bar cut:
 * "~~~ PELHAM ABBAS MODEL RAILWAY CLUB ~~~", "SALTWIND SURF SCHOOL  ~  PORTHGARROW BAY") is the site's when its footer confirms
 * it: a footer line opened by the name ("Saltwind Surf School is a trading name of …") or a copyright of its initials ("(c)
 * PAMRC").
 */
import { readDoubleRuledBox } from "./double-ruled-box.ts";
import { capitalsAsName } from "./minutes.ts";
import { readNoticeBoxPage, type NoticeBoxPage } from "./notice-box-page.ts";
import { RULE_DASHES } from "./prose-section.ts";

/** What the reader gives: the notice box page, its issue line's day else its label's, and the site's name (or null). */
export interface DatedBoxPage extends NoticeBoxPage {
  site: string | null;
}

/** A label in capitals, then what follows it after a dash, a dot, a bar or a run of spaces; group 1 is the label, group 2 the rest. */
const DATED_LABEL = /^(\p{Lu}[^\p{Ll}]{3,60}?)(?:\s+[-—–·|]\s+|\s{2,})(\S.{3,80})$/u;
const RULE_EQUALS = "==========";
/** Decoration around the page's name ("~~~ NAME ~~~", "*** NAME ***"). */
const NAME_DECORATION = /^[~*=]{2,}\s*|\s*[~*=]{2,}$/gu;
/** A tagline after the page's name, after a tilde, a dot or a bar. */
const NAME_TAGLINE = /\s+[~·|]\s.*$/u;
/** The footer's filled lines looked at. */
const FOOTER_LINES = 6;
/** A copyright line's initials ("(c) PADMRC", "© PAMRC 2031"); group 1 is them. */
const COPYRIGHT_INITIALS = /(?:©|\([cC]\))\s*(?:\d{4}\s+)?(\p{Lu}{3,8})(?![\p{L}])/u;

/** The name the page opens with, cut of its decoration and tagline, when the footer confirms it (see the module's note); or null. */
export function boxedPageSite(lines: readonly string[]): string | null {
  const first = (lines.find((line) => line.trim() !== "") ?? "").trim();
  const name = first.replace(NAME_DECORATION, "").replace(NAME_TAGLINE, "").trim();
  if (name.length < 3 || name.length > 80 || /\p{Ll}/u.test(name) || !/\s/u.test(name)) return null;
  const lower = name.toLowerCase();
  const initials = name
    .split(/\s+/u)
    .map((word) => /^\p{L}/u.exec(word)?.[0] ?? "")
    .join("");
  for (let i = lines.length - 1, seen = 0; i > 0 && seen < FOOTER_LINES; i--) {
    const line = (lines[i] ?? "").trim();
    if (line === "") continue;
    seen++;
    if (line.toLowerCase().startsWith(`${lower} `) || COPYRIGHT_INITIALS.exec(line)?.[1] === initials) return capitalsAsName(name.replace(/\s{2,}/gu, " "));
  }
  return null;
}

/** The day the rest of a label gives, whole or as its last part after a comma, as written; or null. */
function labelDay(rest: string, stampDate: (text: string) => string | null): string | null {
  const last = rest.split(/,\s+/u).at(-1)?.trim() ?? "";
  if (stampDate(rest) !== null) return rest;
  return stampDate(last) !== null ? last : null;
}

/**
 * Reads the page with its dated box label cut down to the label (see the module's note); null when no line right under a rule is a
 * label in capitals with its day, or the page is no notice box page then. The label's day stands as the issue line's when the story
 * has none; the site's name when the footer confirms it. `isRule` tells a rule, `stampDate` reads a day.
 */
export function readDatedBoxLabel(lines: readonly string[], isRule: (line: string) => boolean, stampDate: (text: string) => string | null): DatedBoxPage | null {
  for (let i = 1; i < lines.length; i++) {
    const above = lines[i - 1] ?? "";
    // (Cheap test first: the line stands right under a rule.)
    if (!(above.startsWith(RULE_DASHES) || above.startsWith(RULE_EQUALS)) || !isRule(above)) continue;
    const label = DATED_LABEL.exec((lines[i] ?? "").trim());
    const day = label ? labelDay((label[2] ?? "").trim(), stampDate) : null;
    if (!label || day === null || !/\s/u.test((label[1] ?? "").trim())) continue;
    const alone = lines.map((line, j) => (j === i ? (label[1] ?? "").trim() : line));
    const page = readDoubleRuledBox(alone, isRule, stampDate) ?? readNoticeBoxPage(alone, isRule, stampDate);
    return page === null ? null : { ...page, issued: page.issued ?? day, site: boxedPageSite(lines) };
  }
  return null;
}
