/**
 * Updates an author adds under a page's story (a petition's «Обновления от автора», a fundraiser's or a campaign's "Updates"),
 * each under a head with its number and day («**Обновление № 3 · 12 марта 2025 г.**», "**Update 2 · 7 March 2025**"). The
 * head is the page's furniture, its day the update's fact: the day opens the update's text («12 марта 2025 г. — Нас
 * услышали! …»), so that a quoted sentence carries it.
 */

/** An update's head: its label, an optional number, then its day after a separator; group 1 is the day. */
const UPDATE_HEAD = /^(?:\*\*|__)?(?:обновление|дополнение|новости петиции|update|progress update)\.?(?:\s*(?:№|no\.?|#)?\s*\d{1,3})?\s*[·|:—–]\s*([^*_]{4,40}?)(?:\*\*|__)?$/iu;

/**
 * Lines with each update's head (see `UPDATE_HEAD`) whose day `isDate` accepts gone, its day opening the next filled line
 * ("<day> — <text>"). A head without text under it stays. Pure.
 */
export function withDatedUpdates(lines: readonly string[], isDate: (text: string) => boolean): string[] {
  const out: string[] = [];
  let day: string | null = null;
  for (const line of lines) {
    const head = UPDATE_HEAD.exec(line);
    const stamp = head?.[1]?.trim();
    if (stamp !== undefined && isDate(stamp)) {
      if (day !== null) out.push(day);
      day = stamp;
      continue;
    }
    if (day !== null && line !== "") {
      out.push(`${day} — ${line}`);
      day = null;
      continue;
    }
    out.push(line);
  }
  if (day !== null) out.push(day);
  return out;
}
