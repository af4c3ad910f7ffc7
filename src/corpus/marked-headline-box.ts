/**
 * A business's or club's plain-text page whose post sits under a label boxed between dashed rules (see `readNoticeBoxPage`), its
 * headline opened by a marker (">> Why we were shut on Sunday - and …", «>> Почему мы закрылись …») and wrapped over two lines,
 * the second going on in lower case ("people hurt on …"). The marker goes and the two lines are read as one headline; the page is
 * then read as a notice box page.
 */
import { readNoticeBoxPage, type NoticeBoxPage } from "./notice-box-page.ts";

/** A headline's marker opening its line; group 1 is the headline's text. */
const MARKED = /^>{2}\s*(\S.{5,150})$/u;
/** A wrapped headline's second line: lower case first, no sentence's end. */
const GOES_ON = /^\p{Ll}[^.!?]{0,80}$/u;
/** The headline's first line ends with no sentence's end or clause mark. */
const CLOSED = /[.!?:;,]$/u;

/**
 * Reads the page with its marked headline made one line (see the module's note); null when no marked headline stands alone over a
 * blank line (its second line with it) or the page is no notice box page. `isRule` tells a rule, `stampDate` reads a day.
 */
export function readMarkedHeadlineBox(lines: readonly string[], isRule: (line: string) => boolean, stampDate: (text: string) => string | null): NoticeBoxPage | null {
  // (Cheap test first: a line opened by the marker.)
  const at = lines.findIndex((line) => line.startsWith(">>"));
  if (at < 0 || (lines[at - 1] ?? "").trim() !== "") return null;
  const text = MARKED.exec((lines[at] ?? "").trim())?.[1];
  if (text === undefined || CLOSED.test(text)) return null;
  const next = (lines[at + 1] ?? "").trim();
  const wrapped = GOES_ON.test(next) && (lines[at + 2] ?? "").trim() === "";
  if (!wrapped && next !== "") return null;
  const joined = [...lines.slice(0, at), wrapped ? `${text} ${next}` : text, ...lines.slice(at + (wrapped ? 2 : 1))];
  return readNoticeBoxPage(joined, isRule, stampDate);
}
