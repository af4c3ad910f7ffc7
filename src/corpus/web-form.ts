/**
 * A page's form under its title: a consultation request under «### Записаться на консультацию», a citizens' appeal under
 * «### ✉ Обращения», a search box under ">> INMATE SEARCH" — its fields ("Last name [__________]", «Телефон: [ +7 (___) ___-__-__ ]»),
 * radio buttons ("( ) утро ( ) день ( ) вечер"), a drop-down («[ Выберите из списка ▼ ]»), a consent's check box, an attachment,
 * its button («[ **Отправить заявку** ]», "[Search]") and the note under the button («Мы перезвоним в течение 30 минут…»). It asks
 * the reader for input; it tells nothing of the story.
 */

/** A form's control on a line: a blank, a drop-down, two radio buttons, a check box, an attachment, a sending or searching button. */
const FORM_CONTROL =
  /\[[^\]]*_{3,}[^\]]*\]|\[[^\]]{0,40}▼\s*\]|(?:\(\s?[o•x*]?\s?\)\s*[^()]{1,40}){2,}|^[☐☑☒]\uFE0F?\s|^📎|\[\s*(?:\*\*|__)?(?:отправить|записаться|найти|искать|поиск|send|submit|search|find)(?!\p{L})[^\]]{0,40}\]/iu;
/** A form's sending button alone on its line («[ **Отправить заявку** ]», "[ Submit ]"): a note may follow it. */
const SEND_BUTTON = /^\[\s*(?:\*\*|__)?(?:отправить|записаться|send|submit|request)(?!\p{L})[^\]]{0,40}\]$/iu;
/** A form's title: a Markdown heading, a line after ">>" or a short line without a stop (">> INMATE SEARCH", «### ✉ Обращения»). */
const FORM_TITLE = /^(?:#{1,6}\s+\S|>>\s*\S)|^[^.!?…:;]{2,60}$/u;
/** Longest form title (characters), its marks included. */
const MAX_TITLE_CHARS = 80;
/** Longest note (characters) under a form's button. */
const MAX_NOTE_CHARS = 250;
/** A rule or a heading: what ends a page's section. */
const SECTION_BREAK = /^(?:-{3,}|\*{3,}|_{3,}|={3,}|#{1,6}\s)/u;

/** Whether a line holds a form's control (see `FORM_CONTROL`). */
export function isFormControlLine(line: string): boolean {
  return FORM_CONTROL.test(line.trim());
}

/** The end (exclusive) of the paragraph starting at `start`: the next blank line or the end. */
function paragraphEnd(lines: readonly string[], start: number): number {
  let end = start;
  while (end < lines.length && lines[end] !== "") end++;
  return end;
}

/** The first filled line at or after `at`. */
function nextFilled(lines: readonly string[], at: number): number {
  let next = at;
  while (next < lines.length && lines[next] === "") next++;
  return next;
}

/**
 * A form under its title (see `FORM_TITLE`): its first filled line after the title holds a control (see `FORM_CONTROL`), and the
 * paragraphs from the title on with at least half their lines holding controls are the form's; after a sending button (see
 * `SEND_BUTTON`), a one-line note of at most `MAX_NOTE_CHARS` that ends the section (a rule or a heading follows it) is the form's
 * too. Where the form ends (exclusive), or null when line `i` opens none.
 */
export function formSectionEnd(lines: readonly string[], i: number): number | null {
  // (Only a short line over one with a control's mark, a bracket, a round bracket, a check box or a clip, is read.)
  if ((lines[i] ?? "").length > MAX_TITLE_CHARS) return null;
  const first = nextFilled(lines, i + 1);
  const next = lines[first] ?? "";
  if (first - i > 2 || !(next.includes("[") || next.includes("(") || next.includes("☐") || next.includes("☑") || next.includes("📎"))) return null;
  const title = (lines[i] ?? "").trim();
  if (!FORM_TITLE.test(title) || isFormControlLine(title) || !isFormControlLine(next)) return null;
  let end = i + 1;
  let sent = false;
  for (let start = i + 1; start < lines.length; ) {
    start = nextFilled(lines, start);
    const stop = paragraphEnd(lines, start);
    const paragraph = lines.slice(start, stop);
    const controls = paragraph.filter(isFormControlLine).length;
    if (paragraph.length === 0 || controls * 2 < paragraph.length) break;
    sent = SEND_BUTTON.test((paragraph.at(-1) ?? "").trim());
    end = stop;
    start = stop;
  }
  if (end === i + 1) return null;
  const note = nextFilled(lines, end);
  const after = nextFilled(lines, paragraphEnd(lines, note));
  const noteLine = lines[note] ?? "";
  const isNote = sent && note < lines.length && paragraphEnd(lines, note) === note + 1 && noteLine.length <= MAX_NOTE_CHARS && !SECTION_BREAK.test(noteLine);
  return isNote && after < lines.length && SECTION_BREAK.test(lines[after] ?? "") ? note + 1 : end;
}
