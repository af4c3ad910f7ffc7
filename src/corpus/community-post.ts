/**
 * A post of a community (a group or a public page on VK, OK and the like) saved from its page: the community's name
 * with its verified mark («**Подслушано в Заречинске** ✔»), the post's head with its author and time («**Дубровлянск
 * Онлайн** · 16 ноя 2033 в 19:05»), a repost's head with the name of the community it shares («↪ **Новости
 * Заречинска | ZRN**» over «17 сен в 16:20»), and a folded preview of the text over a «Ещё» button, the text repeated
 * in full under it.
 */

/** A community's name in bold with its verified mark («**Подслушано в Заречинске** ✔»); group 1 is the name. */
const VERIFIED_NAME = /^\*\*([^*]{2,60})\*\*\s*[✔✓☑]\uFE0F?$/u;
/** A repost's head: a repost arrow and the shared community's name in bold; group 1 is the name. */
const REPOST_HEAD = /^[↪🔁]\uFE0F?\s*\*\*([^*]{2,60})\*\*$/u;
/** A post's head: its author in bold (a verified mark allowed), then the time; groups 1 and 2. */
const STAMPED_HEAD = /^\*\*([^*]{2,60})\*\*\s*(?:[✔✓☑]\uFE0F?\s*)?·\s*(\S.{2,40})$/u;
/** Most lines of a page's head above a post's text. */
const MAX_HEAD_LINES = 10;

/**
 * The lines of a community's post without its heads (see `VERIFIED_NAME`, `REPOST_HEAD`, `STAMPED_HEAD`) among the
 * first `MAX_HEAD_LINES` filled lines, its author (the shared community of a repost, else the post's author, else the
 * community) and the time its head gives. `isStamp` tells a time line («17 сен в 16:20»). Null when no such head is
 * there. Pure.
 */
export function readCommunityPostHead(lines: readonly string[], isStamp: (line: string) => boolean): { lines: string[]; author: string; stamp: string | null } | null {
  const out = [...lines];
  const filled = lines.map((line, i) => ({ line, i })).filter(({ line }) => line !== "").slice(0, MAX_HEAD_LINES);
  let community: string | null = null;
  let author: string | null = null;
  let shared: string | null = null;
  let stamp: string | null = null;
  const drop = new Set<number>();
  for (const [k, { line, i }] of filled.entries()) {
    const verified = VERIFIED_NAME.exec(line);
    const repost = REPOST_HEAD.exec(line);
    const stamped = STAMPED_HEAD.exec(line);
    const next = filled[k + 1];
    if (verified) {
      community ??= (verified[1] ?? "").trim();
      drop.add(i);
    } else if (repost && next !== undefined && isStamp(next.line)) {
      shared ??= (repost[1] ?? "").trim();
      stamp ??= next.line;
      drop.add(i).add(next.i);
    } else if (stamped && isStamp(stamped[2] ?? "")) {
      author ??= (stamped[1] ?? "").trim();
      stamp ??= (stamped[2] ?? "").trim();
      drop.add(i);
    }
  }
  const name = shared ?? author ?? community;
  if (name === null) return null;
  return { lines: out.filter((_, i) => !drop.has(i)), author: name, stamp };
}

/** A button that unfolds a post's preview («Ещё», «Показать полностью…», "Show more", "See more"). */
const MORE_BUTTON = /^(?:ещё|еще|показать (?:полностью|ещё|еще)|читать (?:дальше|полностью)|show more|see more|read more)(?:\.{3}|…)?$/iu;
/** Most filled lines of a folded preview. */
const MAX_PREVIEW_LINES = 4;

/**
 * Lines without a post's folded preview: the lines over a "more" button (see `MORE_BUTTON`; its emphasis aside), the
 * last cut with "…", when the text under the button repeats the preview's first line; the button goes with them. Pure.
 */
export function withoutPostPreview(lines: readonly string[], view: (line: string) => string): string[] {
  for (let m = 1; m < lines.length; m++) {
    if (!MORE_BUTTON.test(view(lines[m] ?? ""))) continue;
    const above = lines
      .slice(0, m)
      .map((line, i) => ({ line, i }))
      .filter(({ line }) => line !== "")
      .slice(-MAX_PREVIEW_LINES);
    const last = above.at(-1);
    if (last === undefined || !/(?:…|\.{3})$/u.test(last.line)) continue;
    const after = new Set(lines.slice(m + 1));
    const start = above.find(({ line }) => after.has(line));
    if (start === undefined) continue;
    return [...lines.slice(0, start.i), ...lines.slice(m + 1)];
  }
  return [...lines];
}
