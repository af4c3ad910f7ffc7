/**
 * The credit lines a blog puts between a post's headline (with its stamp) and its first paragraph: the sources the post was
 * pieced from ("Sources: Cullerby Harbour Office, Eastshire Police and our own duty crew", «Источники: ГУ МЧС, администрация
 * района»), the sections it is filed under ("Filed under: Local news, Community", «Рубрика: Новости города»), or an italic
 * attribution line with no verb and no stop («*По данным ЕДДС Кедрогорска, Службы по охране животного мира области*»,
 * "*According to the harbour office and the police*"). They say where the post stands and what it drew on, not what happened;
 * read only at the top of the text, once the headline has left, so a sentence about sources further down stays.
 */

/** A labelled credit or filing line ("Sources: …", "Filed under: …", «Источники: …», «Рубрика: …»). */
const LABELLED_CREDIT =
  /^(?:sources?|filed (?:under|in)|posted in|categor(?:y|ies)|источники?|рубрик[аи]|разделы?|опубликовано в рубрик\p{L}+)\s*:\s*\S[^!?]{0,200}$/iu;
/** An italic attribution line without a stop at its end («*По данным ЕДДС …*», "_According to the harbour office_"). */
const ITALIC_ATTRIBUTION = /^([*_])(?:по данным|по информации|according to|based on (?:reports|information) from)\s[^*_]{3,200}[^.!?…*_]\1$/iu;
/** Most credit lines read at the top. */
const MAX_CREDIT_LINES = 3;

/** Whether a line is a post's credit line at its top (see the module's doc). */
export function isHeadCreditLine(line: string): boolean {
  const view = line.trim().replace(/\*\*/gu, "");
  return LABELLED_CREDIT.test(view) || ITALIC_ATTRIBUTION.test(line.trim());
}

/** Drops up to `MAX_CREDIT_LINES` credit lines (see `isHeadCreditLine`) opening `lines`, blank lines between them too; mutates `lines`. */
export function dropHeadCreditLines(lines: string[]): void {
  for (let dropped = 0; dropped < MAX_CREDIT_LINES; dropped++) {
    const first = lines.findIndex((line) => line.trim() !== "");
    if (first < 0 || !isHeadCreditLine(lines[first] ?? "")) return;
    lines.splice(0, first + 1);
  }
}
