/**
 * A site's name at the top of its page (a masthead, an organisation's header: "**HALLBRIDGE ECHO** · local news for …",
 * «МЧС России · Главное управление по …», "SOTOL BASIN WATER UTILITY"), confirmed by the copyright line at the page's
 * foot ("© Hallbridge Echo Media Ltd", «© МЧС России, 2033», "(c) 2031 Sotol Basin Water Utility | Privacy"). The name is
 * the page's outlet, written as the copyright line writes it (not in capitals); the header line is not the story's.
 */

/** A copyright line's holder: after "©", "(c)" or "Copyright" and the years, up to a comma, a stop, a year or a separator; group 1. */
const COPYRIGHT_HOLDER = /(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[–—-]\s*\d{4})?,?\s+)?[«"“]?([\p{L}][^«»"“”,.|·•©]{1,80}?)[»"”]?\s*(?:,|\.(?:\s|$)|\s\d{4}\b|\s*[|·•]|$)/iu;
/** Longest header line (characters) read for the site's name. */
const MAX_HEADER_CHARS = 200;

/** A header line's parts that may be a name: without emphasis, links' brackets, leading pictographs and bracketed buttons. */
function headerParts(line: string): string[] {
  return line
    .replace(/\*\*|__/gu, "")
    .replace(/^(?:[\p{Extended_Pictographic}\uFE0F]\s*)+/u, "")
    .replace(/\s*\[[^\]]{0,40}\]\s*$/u, "")
    .split(/\s+[·|—–-]\s+|\s*[·|]\s*/u)
    .map((part) => part.trim())
    .filter((part) => /\p{L}/u.test(part));
}

/** The words of a name in lower case. */
function words(name: string): string[] {
  return name.toLowerCase().split(/\s+/u).filter((word) => word !== "");
}

/**
 * The name a header part and a copyright holder share: the holder's words that the part opens with, as the holder
 * writes them ("HALLBRIDGE ECHO" and "Hallbridge Echo Media Ltd" share "Hallbridge Echo"); or the holder, when the
 * two are an organisation's full and short names (the same first word and the same last two words: «Управление
 * Федеральной службы … по Усольской области», «Управление Роспотребнадзора по Усольской области»). Null otherwise.
 */
function sharedName(part: string, holder: string): string | null {
  const a = words(part);
  const b = words(holder);
  if (a.length === 0) return null;
  if (a.length <= b.length && a.every((word, k) => word === b[k])) return holder.split(/\s+/u).slice(0, a.length).join(" ");
  const sameTail = a.length >= 3 && b.length >= 3 && a.slice(-2).join(" ") === b.slice(-2).join(" ");
  return sameTail && a[0] === b[0] ? holder : null;
}

/**
 * The site's name and the index of its header line: the first filled line, when one of its parts is the name a
 * copyright line of the page holds (see `sharedName`); null otherwise. Pure.
 */
export function siteNameByCopyright(lines: readonly string[]): { name: string; index: number } | null {
  const index = lines.findIndex((line) => line !== "");
  const header = lines[index] ?? "";
  if (index < 0 || header.length > MAX_HEADER_CHARS) return null;
  const holders = lines.flatMap((line, i) => {
    const holder = i === index ? null : COPYRIGHT_HOLDER.exec(line)?.[1]?.trim();
    return holder ? [holder] : [];
  });
  for (const part of headerParts(header)) {
    for (const holder of holders) {
      const name = sharedName(part, holder);
      if (name !== null) return { name, index };
    }
  }
  return null;
}
