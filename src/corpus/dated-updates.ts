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
  return withStampsOpening(
    lines,
    (line) => {
      const stamp = UPDATE_HEAD.exec(line)?.[1]?.trim();
      return stamp !== undefined && isDate(stamp) ? stamp : undefined;
    },
    true,
  );
}

/**
 * Lines with each head line gone, its stamp (a day, a time) opening the next filled line ("<stamp> — <text>"): what
 * dated updates and log entries share. `stampOf` gives a head's stamp (null: a head without one), undefined for any
 * other line. A stamp with no text under it before the next head or the end stays as a line of its own with
 * `keepLone`, else goes. Pure.
 */
export function withStampsOpening(lines: readonly string[], stampOf: (line: string) => string | null | undefined, keepLone: boolean): string[] {
  const out: string[] = [];
  let pending: string | null = null;
  for (const line of lines) {
    const stamp = stampOf(line);
    if (stamp !== undefined) {
      if (keepLone && pending !== null) out.push(pending);
      pending = stamp;
      continue;
    }
    if (pending !== null && line !== "") {
      out.push(`${pending} — ${line}`);
      pending = null;
      continue;
    }
    out.push(line);
  }
  if (keepLone && pending !== null) out.push(pending);
  return out;
}
