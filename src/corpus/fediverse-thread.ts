/**
 * A thread on a fediverse server (Mastodon) saved from its web page: the server's tab title and menu, the
 * account's card (name, handle, bio, counters), then posts, each under a head with the display name, the full
 * handle and the time ("Calderbrook Echo @calderbrookecho@newsie.example · 14 Sep 2034, 14:06"), a content
 * warning, a "[Show more]" button, the text and a row of reply, boost and favourite counters; replies of other
 * accounts among and after them; "── End of thread ──" and the server's footer.
 */

/** A post's head: display name (group 1), full handle (group 2), time (group 3). */
const POST_HEAD = /^(\S.{0,60}?)\s+(@[\w.-]+@(?:[\w-]+\.)+[\p{L}]{2,})\s+·\s+(\S.{2,40})$/u;
/** A content warning over a post's text ("CW: data breach, police", «Предупреждение: …»). */
const CONTENT_WARNING = /^(?:cw|content warning|tw|предупреждение о содержании)\s*:\s/iu;
/** A button that unfolds a post under its content warning. */
const SHOW_MORE = /^\[\s*(?:show more|show less|показать (?:больше|полностью|ещё|еще))\s*\]$/iu;
/** A post's counters: replies, boosts, favourites ("↩ 41   🔁 1,862   ⭐ 1,127"). */
const COUNTERS_ROW = /^(?:[↩↪🔁⭐★♥❤💬]\uFE0F?\s*[\d\s\u00A0,.]+[kKкК]?\s*){2,}$/u;
/** The end of a thread on its page ("── End of thread ──"): the server's furniture follows. */
const THREAD_END = /^[─━—–-]*\s*(?:end of (?:the )?thread|конец (?:ветки|треда|обсуждения))\s*[─━—–-]*$/iu;
/** A thread's opening mark ("THREAD 🧵", "🧵") and its posts' numbers at their end ("… so far. 1/9", "(2/9)"). */
const THREAD_MARK = /^(?:(?:thread|тред)\s*)?🧵\s*|^(?:thread|тред)\s*:\s*/iu;
const POST_NUMBER = /\s+\(?\d{1,2}\s*\/\s*\d{1,2}\)?$/u;

/** A thread read from its page: the posts' text, the account that wrote it and when it started. */
export interface FediverseThread {
  lines: string[];
  /** The thread's author's display name. */
  author: string;
  /** The first post's time, as its head gives it ("14 Sep 2034, 14:06"). */
  stamp: string;
}

/**
 * Reads a fediverse thread (two post heads or more; see `POST_HEAD`): everything above the first head goes, and so
 * does everything from the thread's end mark on. Each post keeps its text, without its head, content warning,
 * "[Show more]", counters, the "THREAD 🧵" mark and its number ("1/9"). A reply of another account stays (without its
 * head) only when the author's posts mention that account: it is a source the thread quotes; other replies are
 * readers' comments and go. Null when the lines are no such thread. Pure.
 */
export function readFediverseThread(lines: readonly string[]): FediverseThread | null {
  const heads = lines.flatMap((line, i) => {
    const head = POST_HEAD.exec(line);
    return head ? [{ i, name: (head[1] ?? "").trim(), handle: (head[2] ?? "").toLowerCase(), stamp: (head[3] ?? "").trim() }] : [];
  });
  const first = heads[0];
  if (first === undefined || heads.length < 2) return null;
  const endMark = lines.findIndex((line, i) => i > first.i && THREAD_END.test(line));
  const end = endMark < 0 ? lines.length : endMark;
  const posts = heads
    .filter((head) => head.i < end)
    .map((head, k, all) => {
      const next = all[k + 1]?.i ?? end;
      let stop = head.i + 1;
      while (stop < next && lines[stop] !== "") stop++;
      const text = lines
        .slice(head.i + 1, stop)
        .filter((line) => !CONTENT_WARNING.test(line) && !SHOW_MORE.test(line) && !COUNTERS_ROW.test(line))
        .map((line) => line.replace(THREAD_MARK, "").replace(POST_NUMBER, ""));
      return { ...head, text };
    });
  const authorText = posts
    .filter((post) => post.handle === first.handle)
    .flatMap((post) => post.text)
    .join("\n")
    .toLowerCase();
  const out: string[] = [];
  for (const post of posts) {
    if (post.handle !== first.handle && !authorText.includes(post.handle)) continue;
    if (out.length > 0) out.push("");
    out.push(...post.text);
  }
  return { lines: out, author: first.name, stamp: first.stamp };
}
