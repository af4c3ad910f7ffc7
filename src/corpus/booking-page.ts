/**
 * A tour operator's booking page under a suspension banner: the operator's head (its name, its rating, its phone), a banner between
 * rules ("⚠  TOUR SUSPENDED" over what is cancelled until when, «⚠ ЭКСКУРСИЯ ПРИОСТАНОВЛЕНА»), then the tour's booking widget (its
 * name, "From $149 per adult · …", "[ Select date ▾ ] … [ BOOK NOW ]", "✔ Free cancellation  ✔ …") over the operator's statement.
 * The banner's text tells what was cancelled and stays (its label and rules go); the head's rating and phone lines and the
 * widget's price, buttons and ticks are furniture.
 */

/** A booking button in brackets ("[ BOOK NOW ]", "[Book now]", «[ ЗАБРОНИРОВАТЬ ]»). */
const BOOK_BUTTON = /\[\s*(?:book(?: now| this tour)?|reserve(?: now)?|забронировать|купить билет)\s*\]/iu;
/** A banner's status label ("⚠  TOUR SUSPENDED", "ALL DEPARTURES CANCELLED", «⚠ ЭКСКУРСИЯ ПРИОСТАНОВЛЕНА»). */
const BANNER_LABEL = /^[^\p{L}]*(?:[\p{Lu}&'’ ]{0,30}\s)?(?:SUSPENDED|CANCELLED|CANCELED|CLOSED|POSTPONED|ПРИОСТАНОВЛЕН[АО]?|ОТМЕНЕН[АЫО]?|ОТМЕНЁН|ЗАКРЫТ[АО]?)$/u;
/** A widget's price line ("From $149 per adult · $89 per child", «от 2 500 ₽ за взрослого»). */
const PRICE_LINE = /^(?:from|от)\s+(?:[$€£]\s?\d|\d[\d\s]*(?:[.,]\d+)?\s?(?:₽|руб|[$€£]))/iu;
/** A widget's row of ticks ("✔ Free cancellation  ✔ Hotel pick-up"). */
const TICKS_ROW = /^[✔✓☑]/u;
/** How many filled lines from the top the banner may stand at. */
const MAX_LINES_TO_BANNER = 8;
/** Most lines of a banner. */
const MAX_BANNER_LINES = 8;

/**
 * Reads a booking page under a suspension banner (see the module's note): its lines without the banner's label and rules and the
 * widget's price, buttons and ticks; `null` when no booking button follows a banner set under a rule near the top.
 */
export function readBookingPage(lines: readonly string[], isRule: (line: string) => boolean): string[] | null {
  // (A cheap test first: a booking button's bracket and word.)
  const button = lines.findIndex((line) => line.includes("[") && BOOK_BUTTON.test(line));
  if (button < 0) return null;
  const filled = lines.map((line, i) => ({ text: line.trim(), i })).filter((entry) => entry.text !== "").slice(0, MAX_LINES_TO_BANNER);
  const label = filled.find((entry, k) => k > 0 && entry.i < button && BANNER_LABEL.test(entry.text) && isRule(filled[k - 1]?.text ?? ""));
  if (!label) return null;
  // (The head's first line, the operator's name, stays for the site's name to be read from it; its rating and phone go.)
  const out = filled[0] && filled[0].i < label.i ? [lines[filled[0].i] ?? ""] : [];
  for (let i = label.i + 1; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const text = line.trim();
    if (i <= label.i + MAX_BANNER_LINES && isRule(text)) continue;
    if (i === button || (i > label.i && i < button + 3 && (PRICE_LINE.test(text) || TICKS_ROW.test(text)))) continue;
    out.push(line.replace(/^#\s+/u, ""));
  }
  return out;
}
