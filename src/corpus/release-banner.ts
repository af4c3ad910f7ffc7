/**
 * A news release set inside another page (a monitoring network's data page, a service's status page) under its banner between
 * rules: "NEWS RELEASE · Kestrow County Council · Issued 9 October 2033, 17:15" («ПРЕСС-РЕЛИЗ · Администрация района · 9 октября
 * 2033»), then the release's headline. The banner names the issuer (the outlet) and dates it; the headline under it is the
 * page's title, not the page's own name or its alert.
 */

/** A release's banner: its kind, its issuer, its stamp ("NEWS RELEASE · Kestrow County Council · Issued 9 October 2033, 17:15"); groups 1, 2. */
const RELEASE_BANNER = /^(?:NEWS|PRESS|MEDIA)\s+RELEASE\s*[·|•]\s*([^·|•]{3,80}?)\s*[·|•]\s*(?:issued|published|released)?\s*(\S[^·|•]{5,40})$|^(?:ПРЕСС-РЕЛИЗ|СООБЩЕНИЕ ДЛЯ СМИ)\s*[·|•]\s*([^·|•]{3,80}?)\s*[·|•]\s*(?:опубликовано|выпущено)?\s*(\S[^·|•]{5,40})$/iu;
/** Longest headline (characters). */
const MAX_HEADLINE_CHARS = 200;

/** What a release's banner gives: the lines without the banner and the headline, the headline, the issuer and the stamp. */
export interface ReleaseBanner {
  lines: string[];
  title: string | null;
  issuer: string;
  stamp: string;
}

/** Reads the first release banner set between rules (see the module's note); `null` when there is none. */
export function readReleaseBanner(lines: readonly string[], isRule: (line: string) => boolean): ReleaseBanner | null {
  for (let i = 1; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    // (A cheap test first: the banner's word in capitals.)
    if (!line.includes("RELEASE") && !line.includes("РЕЛИЗ") && !line.includes("ДЛЯ СМИ")) continue;
    const match = RELEASE_BANNER.exec(line);
    if (!match || !isRule((lines[i - 1] ?? "").trim()) || !isRule((lines[i + 1] ?? "").trim())) continue;
    const out = [...lines.slice(0, i - 1), ...lines.slice(i + 2)];
    const next = out.findIndex((text, k) => k >= i - 1 && text.trim() !== "");
    const candidate = (out[next] ?? "").trim().replace(/^#{1,6}\s+/u, "");
    let title: string | null = null;
    if (next >= 0 && candidate.length <= MAX_HEADLINE_CHARS && !/[.!?;,…]$/u.test(candidate)) {
      title = candidate;
      out.splice(next, 1);
    }
    return { lines: out, title, issuer: (match[1] ?? match[3] ?? "").trim(), stamp: (match[2] ?? match[4] ?? "").trim() };
  }
  return null;
}
