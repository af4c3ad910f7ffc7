/**
 * A page's side box written as a quotation block (">" lines) beside its story: a branch finder with its search field («> **🔎
 * Найти отделение**» over «> Город или индекс: [ … ____ ] [Показать на карте]»), a parcel tracker, a service schedule («> ###
 * Расписание богослужений»), a donation appeal with its bank details («> ### Пожертвовать» over «> Собрано: 1 248 300 ₽ из
 * 15 000 000 ₽»). It is the site's tool or standing listing, not the story's words.
 */

/** A side box's title naming a tool, a listing or an appeal (a finder, a tracker, a schedule, opening hours, a donation). */
const WIDGET_TITLE =
  /^(?:найти|поиск|отследить|расписание|график работы|режим работы|пожертвовать|пожертвования|поддержать|помочь|сбор средств|find|search|track|locate|schedule|timetable|service times|opening (?:hours|times)|donate|donations|give now|support us)(?!\p{L})/iu;
/** A form's field or button inside a box ("[ ____ ]", "[Найти]", "[Показать на карте]", "☐ Работает сейчас"). */
const FORM_MARK = /\[[^\]]*_{3,}[^\]]*\]|(?:^|\s)[☐☑☒]\s|\[\s*(?:найти|искать|поиск|показать на карте|отправить|search|find|go|submit|show on (?:the )?map)\s*\]/iu;

/** Longest plain title (characters) of a side box. */
const MAX_TITLE_CHARS = 40;

/** A box line's words: without its quotation markers, a heading's marks, emphasis and the pictographs opening it. */
function boxText(line: string): string {
  return line
    .replace(/^(?:>\s?)+/u, "")
    .replace(/^#{1,6}\s+/u, "")
    .replace(/\*\*|__/gu, "")
    .replace(/^(?:[\p{Extended_Pictographic}\uFE0F]\s*)+/u, "")
    .trim();
}

/**
 * A side box: a quotation block (its first line opens with ">", the line above does not) whose title (its first line: a
 * heading, bold, or at most `MAX_TITLE_CHARS` without a stop) names a tool, a listing or an appeal (see `WIDGET_TITLE`), or with a
 * form's field or button among its lines (see `FORM_MARK`). Where the block ends (exclusive: the first line without ">"), or null.
 */
export function sideBoxEnd(lines: readonly string[], i: number): number | null {
  if (!(lines[i] ?? "").startsWith(">") || (lines[i - 1] ?? "").startsWith(">")) return null;
  let end = i;
  while (end < lines.length && (lines[end] ?? "").startsWith(">")) end++;
  const box = lines.slice(i, end).map(boxText);
  // (A box's title is a heading, bold or a short line: a quotation of someone's words opens with prose.)
  const titled = /^>\s*(?:#{1,6}\s|\*\*|__)/u.test(lines[i] ?? "") || ((box[0] ?? "").length <= MAX_TITLE_CHARS && !/[.!?…]$/u.test(box[0] ?? ""));
  return (titled && WIDGET_TITLE.test(box[0] ?? "")) || box.some((line) => FORM_MARK.test(line)) ? end : null;
}
