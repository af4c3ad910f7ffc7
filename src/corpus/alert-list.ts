/**
 * A travel or safety alerts page: its intro (the page's label, what the alerts are, region buttons, a key of levels, a filter),
 * then its alerts, each framed by rules: a region and its level ("SALLOW VALLEY        ADVISORY: LEVEL 2 (raised from Level 1)",
 * «ЗАПАДНЫЙ РАЙОН        УРОВЕНЬ ОПАСНОСТИ: 2»), its issue stamp ("Alert issued: Sunday 15 September 2024, 09:30 | Reviewed: …"),
 * its type and reference, a short alert's text too; a long alert's story follows its frame. The story is the alert with the most
 * text: the intro, the other alerts and the frames go; its headline is the title, its issue stamp dates it.
 */

/** An alert's head: a region in capitals, a wide gap, its level ("SALLOW VALLEY        ADVISORY: LEVEL 2", «СЕВЕРНЫЙ РАЙОН      УРОВЕНЬ: 3»). */
const ALERT_HEAD =
  /^\p{Lu}[\p{Lu}\d\s'’.&-]{1,50}?\s{3,}(?:(?:travel\s+)?(?:advisory|alert|warning)(?:\s+level)?|уровень(?:\s+(?:опасности|угрозы|предупреждения))?|предупреждение)\s*:\s*(?:level\s*|уровень\s*)?\d/iu;
/** Longest alert head (characters). */
const MAX_HEAD_CHARS = 160;
/** A rule line framing an alert. */
const RULE = /^[-=_─━═—]{10,}$/u;
/** An alert's issue stamp ("Alert issued: Sunday 15 September 2024, 09:30 | Reviewed: …", «Опубликовано: 12.03.2025, 10:00»); group 1 is its stamp. */
const ISSUED = /^(?:alert |advisory |warning )?(?:issued|published|updated|выпущено|опубликовано|обновлено)\s*:\s*([^|·]+)/iu;
/** Most lines of an alert's frame (its head to its closing rule). */
const MAX_FRAME_LINES = 6;
/** Most filled lines of the page's intro above its first alert. */
const MAX_INTRO_LINES = 16;
/** Longest line (characters) of the page's intro. */
const MAX_INTRO_LINE_CHARS = 200;
/** Longest headline (characters) under an alert's frame. */
const MAX_HEADLINE_CHARS = 200;

/** An alert: where its opening rule stands, where its frame closes (its closing rule), where its text ends. */
interface Alert {
  start: number;
  close: number;
  end: number;
  stamp: string | null;
}

/** What an alerts page gives: the story's lines, its headline and the text of its issue stamp. */
export interface AlertList {
  lines: string[];
  title: string | null;
  stamp: string | null;
}

/** The alert whose head stands at `head` (a rule right above it), with its frame closed by a rule within `MAX_FRAME_LINES`; or null. */
function alertAt(lines: readonly string[], head: number): Omit<Alert, "end"> | null {
  if (head === 0 || !RULE.test((lines[head - 1] ?? "").trim())) return null;
  let stamp: string | null = null;
  for (let close = head + 1; close < lines.length && close - head <= MAX_FRAME_LINES; close++) {
    const line = (lines[close] ?? "").trim();
    if (RULE.test(line)) return { start: head - 1, close, stamp };
    stamp ??= ISSUED.exec(line)?.[1]?.trim() ?? null;
  }
  return null;
}

/** The length (characters) of the filled lines of `lines` from `from` to `to` (exclusive) that are not rules. */
function textLength(lines: readonly string[], from: number, to: number): number {
  return lines.slice(from, to).reduce((sum, line) => sum + (RULE.test(line.trim()) ? 0 : line.trim().length), 0);
}

/**
 * Reads an alerts page (see the module's note): alerts found by their heads (see `ALERT_HEAD`) framed by rules, the intro above the
 * first of at most `MAX_INTRO_LINES` short lines. Null when there is no such alert, or the intro is longer. Only lines naming a level
 * (apart by a wide gap, a colon after it) are tried as heads. Pure.
 */
export function readAlertList(lines: readonly string[]): AlertList | null {
  const found: Omit<Alert, "end">[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    // (Only a line with a wide gap and a colon, and a level's word, is tried.)
    if (line.length > MAX_HEAD_CHARS || !line.includes("   ") || !line.includes(":") || !/level|уровень|предупреждение/iu.test(line) || !ALERT_HEAD.test(line.trim())) continue;
    const alert = alertAt(lines, i);
    if (alert) found.push(alert);
  }
  const first = found[0];
  if (first === undefined) return null;
  const intro = lines.slice(0, first.start).filter((line) => line.trim() !== "");
  if (intro.length > MAX_INTRO_LINES || intro.some((line) => line.length > MAX_INTRO_LINE_CHARS)) return null;
  const alerts: Alert[] = found.map((alert, k) => ({ ...alert, end: found[k + 1]?.start ?? lines.length }));
  const story = alerts.reduce((best, alert) => (textLength(lines, alert.start, alert.end) > textLength(lines, best.start, best.end) ? alert : best));
  const out = lines.slice(story.close + 1, story.end);
  const at = out.findIndex((line) => line.trim() !== "");
  const headline = (out[at] ?? "").trim();
  const reads = at >= 0 && headline.length <= MAX_HEADLINE_CHARS && /\p{Ll}/u.test(headline) && !/[.,;:…!?]$/u.test(headline);
  if (reads) out.splice(at, 1);
  return { lines: out, title: reads ? headline : null, stamp: story.stamp };
}
