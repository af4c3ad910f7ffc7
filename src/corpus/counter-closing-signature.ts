/**
 * A post's signature closing it, its writer's name alone on the last line over the share row («*Ирина Белоусова*», "— Anna
 * Kestle", "**Dale Pruitt**"), when the post's posting line already names that writer («🗓 18.03.2030 · 👁 1 214 · Текст: Ирина
 * Белоусова, управляющая салоном»): a shop's blog signs its posts as a letter is signed. The name is no sentence of the post; left
 * in, it is read as one, a bare name that answers nothing. Read here: the post's last filled line, its emphasis and a leading
 * dash aside, is two or three capitalised words and no more (no sentence's end), and the posting line holds the same words. A
 * closing line naming someone the posting line does not name (a quoted author, a list's last item) stays. The journal reader
 * asks for it under a posting line of fields (`fielded`), whose post its share row closes, so the signature is the line right
 * over that row. Pure.
 */

/** A name of two or three capitalised words, maybe after a dash. */
const NAME_LINE = /^(?:[—–-]\s*)?(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})$/u;

/** The post's lines without their closing signature (see the module's note), given the post's posting line. */
export function withoutClosingSignature(post: readonly string[], postingLine: string): string[] {
  let last = post.length - 1;
  while (last >= 0 && (post[last] ?? "").trim() === "") last--;
  if (last < 0) return [...post];
  const name = NAME_LINE.exec((post[last] ?? "").trim().replace(/^[*_]+|[*_]+$/gu, "").trim())?.[1];
  if (name === undefined || !postingLine.includes(name)) return [...post];
  return post.slice(0, last);
}
