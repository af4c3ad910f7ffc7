/**
 * An app's notification history exported as text: its head ("HVLT Active — notification history export" over the app's version,
 * the member and the export's range, «Экспорт истории уведомлений») down to a rule, each notification under its stamp with the
 * app and its channel ("[13/02/2038 10:58] HVLT Active · URGENT"), then, under a closing rule, the page a notification opened (an
 * organisation's statement: the issuer's name over its heading). The head, the app's own chatter (booking reminders, badges,
 * check-ins, "rate your visit", offers) and the note that a link was opened in the browser are furniture; the other notifications
 * stay. The statement's heading is the title, its issuer the outlet.
 */

/** The export's first line ("HVLT Active — notification history export", «Экспорт истории уведомлений»). */
const EXPORT_HEAD = /notification(?:s)? (?:history|log)(?: export)?|(?:история|журнал) уведомлений|экспорт уведомлений/iu;
/** A notification's stamp with the app and its channel ("[13/02/2038 10:58] HVLT Active · URGENT"); group 1 is the channel. */
const NOTIFICATION_HEAD = /^\[\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}:\d{2}\]\s+.{1,40}?\s+[·|•-]\s+(.{1,40})$/u;
/** An app's own chatter's channel ("Booking reminder", "Achievements", "Check-in", "Rate your visit", «Напоминание», «Оцените визит»). */
const CHATTER_CHANNEL = /^(?:(?:booking |class )?reminders?|achievements?|badges?|check-?in|rate (?:your visit|us)|feedback|offers?|promotions?|rewards?|напоминани[ея]|достижени[ея]|отметка|оцените (?:визит|посещение)|акци[ия]|бонусы)$/iu;
/** The note that a notification's link was opened ("> Opened in browser: chdc.gov.example/…", «> Открыто в браузере: …»). */
const OPENED_NOTE = /^>?\s*(?:opened in (?:the )?browser|открыто в браузере)\s*:/iu;
/** Longest issuer's name or heading (characters). */
const MAX_HEAD_CHARS = 150;

/** What a notification export gives: its lines without the furniture, the opened statement's heading and its issuer. */
export interface NotificationExport {
  lines: string[];
  title: string | null;
  issuer: string | null;
}

/** Reads an app's notification export (see the module's note); `null` unless its first filled line says it is one and a rule closes its head. */
export function readNotificationExport(lines: readonly string[], isRule: (line: string) => boolean): NotificationExport | null {
  const first = lines.findIndex((line) => line.trim() !== "");
  // (A cheap test first: the first line's words.)
  const head = (lines[first] ?? "").toLowerCase();
  if (first < 0 || (!head.includes("notification") && !head.includes("уведомлен")) || !EXPORT_HEAD.test(head)) return null;
  const open = lines.findIndex((line, i) => i > first && isRule(line.trim()));
  if (open < 0) return null;
  const out: string[] = [];
  let chatter = false;
  let close = -1;
  for (let i = open + 1; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    if (isRule(line)) {
      close = i;
      break;
    }
    const channel = NOTIFICATION_HEAD.exec(line)?.[1];
    if (channel !== undefined) chatter = CHATTER_CHANNEL.test(channel.trim());
    else if (line === "") chatter = false;
    if (!chatter && !OPENED_NOTE.test(line)) out.push(lines[i] ?? "");
  }
  if (close < 0) return { lines: out, title: null, issuer: null };
  const rest = lines.slice(close + 1);
  const filled = rest.map((line, i) => ({ text: line.trim(), i })).filter((entry) => entry.text !== "");
  const [issuer, heading] = filled;
  const isHead = (text: string): boolean => text.length <= MAX_HEAD_CHARS && !/[.!?;,]$/u.test(text);
  if (issuer && heading && heading.i === issuer.i + 1 && isHead(issuer.text) && isHead(heading.text)) {
    rest.splice(issuer.i, 2);
    return { lines: [...out, "", ...rest], title: heading.text, issuer: issuer.text };
  }
  return { lines: [...out, "", ...rest], title: null, issuer: null };
}
