/**
 * A labelled row of share buttons closing a site's post ("Share this: Facebook | Instagram | WhatsApp | Copy link", «👍 Поделиться:
 * [ВКонтакте](#) · [Telegram](#) · [Одноклассники](#)»): a shop's, club's or firm's blog puts it right under the post's last paragraph,
 * and all that follows it is the site's own — other posts, price lists, reviews, comments, newsletter forms, footers. Read after the
 * story's paragraphs, it ends the story.
 */

/** A share label opening the row ("Share:", "Share this:", "Share this post:", «Поделиться:», «Поделитесь:»); the networks follow. */
const SHARE_LABEL = /^(?:share(?: this(?: post| story| article| page)?)?|поделиться|поделитесь(?: новостью| записью)?)\s*:\s*/iu;
/** A network's or a sharing control's name among the row's buttons. */
const NETWORK =
  /^(?:facebook|instagram|whatsapp|telegram|viber|x|twitter|pinterest|linkedin|reddit|threads|messenger|email|e-mail|copy link|print|вконтакте|вк|vk|одноклассники|ok|телеграм|почта|скопировать ссылку|копировать ссылку|распечатать)$/iu;
/** Fewest prose lines (ending with a sentence stop) above the row for it to close a story rather than open one. */
const MIN_PROSE_ABOVE = 4;

/** A line without its markup: leading pictographs, bold marks, link targets and button brackets. */
function plain(line: string): string {
  // (One bracketed link holding the whole row, «[Поделиться: ВКонтакте · Telegram]», is a single control, not a row of buttons.)
  if (/^\[[^\]]*\]$/u.test(line.trim())) return "";
  return line
    .replace(/^[\p{Extended_Pictographic}\uFE0F\s]+/u, "")
    .replace(/\*\*/gu, "")
    .replace(/\]\([^)]*\)/gu, "]")
    .replace(/[[\]]/gu, " ")
    .trim();
}

/** Whether a line is a labelled row of share buttons: the label, then two or more networks apart by `|`, `·`, `•` or wide gaps. */
export function isLabelledShareRow(line: string): boolean {
  const view = plain(line);
  const label = SHARE_LABEL.exec(view);
  if (!label) return false;
  const buttons = view
    .slice(label[0].length)
    .split(/\s*[|·•]\s*|\s{2,}/u)
    .map((part) => part.trim())
    .filter((part) => part !== "");
  return buttons.length >= 2 && buttons.every((button) => NETWORK.test(button));
}

/**
 * Where a post's story ends at its closing share row: the index of the first labelled share row (see `isLabelledShareRow`) with at
 * least `MIN_PROSE_ABOVE` prose lines above it, or null when there is none.
 */
export function storyEndAtShareRow(lines: readonly string[]): number | null {
  let prose = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (prose >= MIN_PROSE_ABOVE && isLabelledShareRow(line)) return i;
    if (/[.!?…»"”]$/u.test(line.trim()) && line.trim().split(/\s+/u).length >= 6) prose++;
  }
  return null;
}
