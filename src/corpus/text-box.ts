import { unwrapHardBreaks, wrapWidth } from "./unwrap.ts";

/**
 * Boxes drawn with characters around a fact box in plain text («┌─ СПРАВКА ───┐ … │ … └───┘»,
 * "╔═══╗ ║ … ╚═══╝", "┏━━━ ┃ … ┗━━━", "+---- AT A GLANCE ----+ … +------+", "########" over "#  JOIN THE UNION  #"). The frame is not the article's words, and
 * a box's text is wrapped at the box's width: the frame goes, the title becomes a line of its own,
 * the text is unwrapped (see `unwrapHardBreaks`).
 */

/**
 * A box's top edge: a corner, a horizontal line with an optional title in it (or the title right after the corner), an
 * optional closing corner ("┌─ СПРАВКА ─────", "┌──────┐", "┌ Plan your journey ─────", "+----- AT A GLANCE -----+"). A "+" edge needs its closing "+"
 * and has no "+" inside it (that is a table of several columns).
 */
const BOX_TOP = /^(?:[┌╔┏]([─═━]+)(?:\s*([^─═━┐╗┓]*?\p{L}[^─═━┐╗┓]*?)\s*[─═━]+)?[┐╗┓]?|\+(-{3,})(?:\s*([^+]*?\p{L}[^+]*?)\s*-+)?\+|#{10,}|[┌╔┏]\s+([^─═━┐╗┓]*?\p{L}[^─═━┐╗┓]*?)\s+[─═━]{3,}[┐╗┓]?)$/u;
/** A box's bottom edge ("└──────┘", "╚═══╝", "+-------+", "##########"). */
const BOX_BOTTOM = /^(?:[└╚┗][─═━]+[┘╝┛]?|\+-{3,}\+|#{10,})$/u;
/** A rule across a box ("├─────┤"). */
const BOX_RULE = /^[├╟╠][─═━]+[┤╢╣]?$/u;
/** The left side of a box's line ("│ ", "║ ", "| ", "# "). */
const LEFT_SIDE = /^[│║┃|#] ?/u;
/** The right side of a box's line, with the padding before it. */
const RIGHT_SIDE = /\s*[│║┃|#]$/u;
/** Most lines a box holds. */
const MAX_BOX_LINES = 40;

/**
 * Lines with every box drawn in characters opened: its title alone on a line, its text without the
 * sides and unwrapped at the box's width, a blank line before and after it; a box that advertises (see `isAdvertBox`)
 * goes whole. A top edge without a bottom edge within `MAX_BOX_LINES` lines is left as it is. Pure.
 */
export function withoutTextBoxes(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    const top = BOX_TOP.exec(line);
    const end = top ? boxEnd(lines, i) : null;
    if (!top || end === null) {
      out.push(lines[i] ?? "");
      continue;
    }
    const title = (top[2] ?? top[4] ?? top[5] ?? "").trim();
    const inner = lines
      .slice(i + 1, end)
      .map((raw) => raw.replace(/\s+$/u, ""))
      .filter((raw) => !BOX_RULE.test(raw.trim()));
    const sided = inner.filter((raw) => raw.trim() !== "").every((raw) => LEFT_SIDE.test(raw.trimStart()));
    const text = sided ? inner.map((raw) => raw.trimStart().replace(LEFT_SIDE, "").replace(RIGHT_SIDE, "")) : withoutCommonIndent(inner);
    // The box's width (its inner width when it is closed on the right, else its longest line), when
    // its text is wrapped prose at all (a sentence goes on in lower case somewhere): a box of facts,
    // one a line, is left line by line.
    const closed = /[┐╗┓+#]$/u.test(line);
    const width = wrapWidth(text, 1) === null ? null : Math.max(closed ? line.length - 4 : 0, ...text.map((t) => t.length));
    // (An advertisement in a box goes whole: a price, and a call to book or order with a number or an address; so do a form and a
    // radio station's player.)
    if (isAdvertBox(text) || isFormBox(text) || isPlayerBox(title, text)) {
      i = end;
      continue;
    }
    if (out.length > 0 && (out.at(-1) ?? "").trim() !== "") out.push("");
    if (title !== "") out.push(title);
    out.push(...unwrapHardBreaks(text, width), "");
    i = end;
  }
  return out;
}

/**
 * A call to book, order or join by phone or online ("Book via the office: 01632 960 418", «Запись по телефону 8 (800) 555-01-01»,
 * "Text JOIN to 60411 or call 0300 555 0188").
 */
const BOOKING_CALL =
  /^(?:book|order|buy|reserve|register|enrol|enroll|call to book|join|text|записаться|запись|заказ\p{L}*|бронирование|бронируйте|вступайте|вступить)(?!\p{L})[^.!?]{0,40}?(?:\+?\d[\d\s()-]{6,}\d|https?:\/\/\S+|www\.\S+)\.?$/iu;
/** A price ("£95", "$40", «1 500 руб.», "€12"). */
const PRICE = /[£$€₽]\s?\d|\d\s?(?:руб\p{L}*|₽)(?!\p{L})/u;

/** A box's first line that marks it an advertisement or a classified ad («РЕКЛАМА», "ADVERTISEMENT", «КУПЛЮ мёд…», "FOR SALE: …"). */
const ADVERT_OPENING = /^(?:реклама|на правах рекламы|advertisement|advertising|sponsored|объявления|classifieds?)$|^(?:ПРОДАМ|ПРОДАЮ|КУПЛЮ|СДАМ|СДАЮ|СНИМУ|МЕНЯЮ|ОТДАМ|FOR SALE|WANTED|TO LET)(?!\p{L})/u;

/**
 * Whether a box's text is an advertisement: a price in it and a line that calls to book or order by phone or online, or a
 * first line that marks it one (see `ADVERT_OPENING`).
 */
function isAdvertBox(text: readonly string[]): boolean {
  const first = text.find((line) => line.trim() !== "")?.trim() ?? "";
  return ADVERT_OPENING.test(first) || /^(?:реклама|advertisement)$/iu.test(first) || (text.some((line) => PRICE.test(line)) && text.some((line) => BOOKING_CALL.test(line.trim())));
}

/** A form's control: a field or a button in brackets, a radio button, a check box, a swap arrow ("[ Station, stop or address ]", "( )", "☐"). */
const FORM_CONTROL = /\[[^\]]{0,40}\]|\(\s?\)|[☐☑☒⇅]/u;

/**
 * Whether a box's text is a form (a journey planner, a search box): most of its lines hold a field, a button or a check box. It
 * asks the reader for input; it tells nothing.
 */
function isFormBox(text: readonly string[]): boolean {
  const filled = text.filter((line) => line.trim() !== "");
  return filled.length >= 2 && filled.filter((line) => FORM_CONTROL.test(line)).length * 2 > filled.length;
}

/** A player's title in a box's top edge ("NOW PLAYING", "ON AIR", «СЕЙЧАС В ЭФИРЕ»). */
const PLAYER_TITLE = /^(?:now playing|now on air|on air(?: now)?|live radio|listen live|сейчас в эфире|в эфире|сейчас звучит|сейчас играет)$/iu;
/** A player's line: the song playing, the next one («♫ "Paper Lanterns" – The Hollow Coast», "Up next: …", «Далее в эфире: …»). */
const PLAYER_LINE = /^(?:♫|♪|🎵)|^(?:up next|next up|coming up next|далее в эфире|следующий трек)\s*:/iu;

/**
 * Whether a box is a radio station's player: its title names one (see `PLAYER_TITLE`), or it shows the song playing or the next one
 * (see `PLAYER_LINE`). What plays now is the station's, not the story's.
 */
function isPlayerBox(title: string, text: readonly string[]): boolean {
  return PLAYER_TITLE.test(title) || text.some((line) => PLAYER_LINE.test(line.trim()));
}

/** The index of the bottom edge of the box whose top edge is line `i`, or null. */
function boxEnd(lines: readonly string[], i: number): number | null {
  for (let j = i + 1; j < lines.length && j - i <= MAX_BOX_LINES; j++) {
    const line = (lines[j] ?? "").trim();
    if (BOX_BOTTOM.test(line)) return j;
    if (BOX_TOP.test(line)) return null;
  }
  return null;
}

/** Lines without the indentation they all share. */
function withoutCommonIndent(lines: readonly string[]): string[] {
  const indents = lines.filter((line) => line.trim() !== "").map((line) => line.length - line.trimStart().length);
  const common = indents.length === 0 ? 0 : Math.min(...indents);
  return lines.map((line) => line.slice(common));
}
