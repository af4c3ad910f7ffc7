/**
 * A help or FAQ page (a festival's, an event's, a service's "Help & FAQ", «Вопросы и ответы») carrying an update between rules:
 * its label with its day ("⚠ IMPORTANT UPDATE – Sunday 3 August 2025, 18:30", «ВАЖНОЕ ОБНОВЛЕНИЕ — 3 августа 2025, 18:30») over
 * the update's headline ("Illness among festival-goers: statement from Festival Director …"). The headline is the title, the label's
 * day dates the page, the site's name on the first line (without its edition's year) names the outlet; the label goes, as do the page's own name with the intro under it ("Help & FAQ" over "Everything you need to
 * know … Can't find your answer? …") and the "Back to top" links. The questions and their answers stay: they are the organiser's.
 */

/** An update's label with its day ("⚠ IMPORTANT UPDATE – Sunday 3 August 2025, 18:30"); group 1 is the day. */
const UPDATE_LABEL = /^(?:[\p{Extended_Pictographic}\uFE0F!]+\s*)?(?:important |urgent |latest )?(?:update|statement|notice|(?:важное |срочное )?(?:обновление|сообщение|заявление))\s*[–—:-]\s*(.+)$/iu;
/** A help page's own name ("Help & FAQ", "FAQ", "Frequently asked questions", «Вопросы и ответы», «Частые вопросы»). */
const PAGE_NAME = /^(?:help(?:\s*(?:&|and)\s*faqs?)?|faqs?|frequently asked questions|вопросы и ответы|частые вопросы|помощь(?: и вопросы)?)$/iu;
/** The first three letters (lower case) a help page's own name opens with, for a cheap test before its pattern. */
const NAME_OPENINGS: ReadonlySet<string> = new Set(["hel", "faq", "fre", "воп", "час", "пом"]);
/** A link back to the page's top ("↑ Back to top", «Наверх»). */
const BACK_TO_TOP = /^(?:↑\s*)?(?:back to top|top of page|наверх|к началу страницы)$/iu;
/** Longest site's name (characters). */
const MAX_SITE_CHARS = 60;
/** Longest headline (characters). */
const MAX_HEADLINE_CHARS = 200;

/** What a help page gives: its lines without the furniture, the update's headline, its label's day and the site's name. */
export interface FaqUpdate {
  lines: string[];
  title: string;
  stamp: string;
  site: string | null;
}

/**
 * Reads a help page's update (see the module's note): `null` unless a line is the page's own name, and under a rule an update's
 * label with its day stands over a headline. `isRule` tells a rule, `isDay` whether a text is a day.
 */
export function readFaqUpdate(lines: readonly string[], isRule: (line: string) => boolean, isDay: (text: string) => boolean): FaqUpdate | null {
  // (A cheap test first: a short line that is the page's name.)
  const name = lines.findIndex((line) => {
    if (line.length > 40) return false;
    const text = line.trim().replace(/^#{1,6}\s+/u, "");
    return NAME_OPENINGS.has(text.slice(0, 3).toLowerCase()) && PAGE_NAME.test(text);
  });
  if (name < 0) return null;
  for (let i = name + 1; i + 1 < lines.length; i++) {
    if (!isRule((lines[i - 1] ?? "").trim())) continue;
    const day = UPDATE_LABEL.exec((lines[i] ?? "").trim())?.[1]?.trim();
    const headline = (lines[i + 1] ?? "").trim();
    if (day === undefined || !isDay(day) || headline === "" || headline.length > MAX_HEADLINE_CHARS || /[.,;…]$/u.test(headline)) continue;
    const drop = new Set<number>([name, i, i + 1]);
    // (The intro under the page's name: its paragraph.)
    let k = name + 1;
    while (k < lines.length && (lines[k] ?? "").trim() === "") k++;
    for (; k < i - 1 && (lines[k] ?? "").trim() !== "" && !isRule((lines[k] ?? "").trim()); k++) drop.add(k);
    lines.forEach((line, j) => {
      if (BACK_TO_TOP.test(line.trim())) drop.add(j);
    });
    // (The site's name on the page's first line, its edition's year after it: "Thistledown Festival 2025".)
    const first = lines.findIndex((line) => line.trim() !== "");
    const top = (lines[first] ?? "").trim();
    const site = first < name && top.length <= MAX_SITE_CHARS && !/[.!?:;,|·]/u.test(top) ? top.replace(/\s+\d{4}$/u, "") : null;
    if (site !== null) drop.add(first);
    return { lines: lines.filter((_line, j) => !drop.has(j)), title: headline, stamp: day, site };
  }
  return null;
}
