/**
 * A group's page with a pinned post among its sections (a student council's, a residents' group's): the site's head, then a
 * section headed "📌 Pinned post" («📌 Закреплённый пост») whose bold line is the post's headline, the post down to the next rule,
 * then the page's standing sections, each under its own heading (duty rosters, schedules, announcements), and its footer under the
 * last rule. The post is the story: its headline is the title; the label and the sections between the post and the footer are
 * furniture (the footer is left to the footer's readers).
 */

/** A pinned post's section label in a heading ("### 📌 Pinned post", «### 📌 Закреплённый пост»). */
const PINNED_LABEL = /^#{1,6}\s+[^\p{L}]*(?:pinned\s+(?:post|message|topic)|закрепл[её]нн(?:ый|ое)\s+(?:пост|сообщение|запись))\s*$/iu;
/** A line that is only bold text ("**What happened on Friday night**"). */
const BOLD_LINE = /^\*\*([^*]+)\*\*$/u;
/** Longest headline (characters). */
const MAX_TITLE_CHARS = 150;

/** What a pinned post gives: the page's lines without the label, the headline and the sections after the post, and the headline. */
export interface PinnedPost {
  lines: string[];
  title: string;
}

/** Reads a page's pinned post (see the module's note); `null` when no heading labels a pinned post over a bold headline. */
export function readPinnedPost(lines: readonly string[], isRule: (line: string) => boolean): PinnedPost | null {
  // (Cheap test first: only a heading line can be the label.)
  const label = lines.findIndex((line) => line.startsWith("#") && PINNED_LABEL.test(line.trim()));
  if (label < 0) return null;
  let head = label + 1;
  while (head < lines.length && (lines[head] ?? "").trim() === "") head++;
  const title = BOLD_LINE.exec((lines[head] ?? "").trim())?.[1]?.trim() ?? "";
  if (title === "" || title.length > MAX_TITLE_CHARS) return null;
  const rule = lines.findIndex((line, i) => i > head && isRule(line.trim()));
  let after = rule + 1;
  while (rule >= 0 && after < lines.length && (lines[after] ?? "").trim() === "") after++;
  // (The page's own sections follow the post's closing rule, each under a heading.)
  // (The page's footer under its last rule stays for the footer's readers: it names the group.)
  const sections = rule >= 0 && (lines[after] ?? "").startsWith("#");
  const footer = sections ? lines.findLastIndex((line) => isRule(line.trim())) : -1;
  const end = sections ? rule : lines.length;
  return { lines: [...lines.slice(0, label), ...lines.slice(head + 1, end), ...(footer > rule ? lines.slice(footer) : [])], title };
}
