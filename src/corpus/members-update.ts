/**
 * An association's page in plain text carrying its numbered update to members: the association's name in capitals opens the page,
 * its tagline, sign-in box and a listing set off between rules (a shop directory, a members' list) follow, then the update under a
 * label in capitals with its number ("MEMBERS' UPDATE No. 7", «ОБРАЩЕНИЕ К ЧЛЕНАМ № 3»), its headline and its from-line ("From Priya
 * Malhotra, Chair · Wednesday 5 November 2025, 9.10pm", «От председателя … · 5 ноября 2025»). The headline is the title, the
 * from-line's day the date, the association's name the outlet. The head goes except its notices set off by marks ("!! … !!"),
 * and so do the label, the from-line and everything from the first rule after the update (a diary, sponsors, the footer).
 */

/** The update's label: capitals, then its number. */
const UPDATE_LABEL = /^[\p{Lu}][\p{Lu}'’ ]{2,40}\s(?:No\.?|NO\.?|№)\s*\d{1,4}$/u;
/** The from-line under the headline: its sender, then its day after a middle dot; group 1 is the day. */
const FROM_LINE = /^(?:from|от)\s+[^·]{3,120}·\s*(.{6,60})$/iu;
/** A notice set off by marks at both ends ("!! … !!", "*** … ***"). */
const MARKED_NOTICE = /^(?:!!|\*\*\*)\s*(.{10,})\s*(?:!!|\*\*\*)$/u;
/** The longest headline (characters). */
const MAX_HEADLINE_CHARS = 160;
/** The longest name in capitals (characters). */
const MAX_NAME_CHARS = 80;

/** What the reader gives: the lines without the page's furniture, the headline, the from-line's day and the association's name. */
export interface MembersUpdate {
  lines: string[];
  title: string;
  /** The from-line's day as written. */
  stamp: string;
  /** The name in capitals as written. */
  association: string;
}

/**
 * Reads an association's page carrying an update to members (see the module's note); null when the page is not one. `isRule`
 * tells a rule, `isStamp` whether a text reads as a day.
 */
export function readMembersUpdate(lines: readonly string[], isRule: (line: string) => boolean, isStamp: (text: string) => boolean): MembersUpdate | null {
  const top = lines.findIndex((line) => line.trim() !== "");
  const name = (lines[top] ?? "").trim();
  // (Cheap test first: the page opens with a name in capitals.)
  if (top < 0 || name.length > MAX_NAME_CHARS || name !== name.toUpperCase() || name === name.toLowerCase()) return null;
  for (let i = top + 1; i + 2 < lines.length; i++) {
    const label = (lines[i] ?? "").trim();
    if (label.length > 60 || label.charAt(0) !== label.charAt(0).toUpperCase() || !UPDATE_LABEL.test(label)) continue;
    const headline = (lines[i + 1] ?? "").trim();
    const from = FROM_LINE.exec((lines[i + 2] ?? "").trim());
    if (headline.length < 10 || headline.length > MAX_HEADLINE_CHARS || from === null) return null;
    const stamp = (from[1] ?? "").trim();
    if (!isStamp(stamp)) return null;
    const out: string[] = [];
    for (let j = top + 1; j < i; j++) {
      const notice = MARKED_NOTICE.exec((lines[j] ?? "").trim());
      if (notice) out.push((notice[1] ?? "").trim(), "");
    }
    for (let j = i + 3; j < lines.length && !isRule((lines[j] ?? "").trim()); j++) out.push(lines[j] ?? "");
    return { lines: out, title: headline, stamp, association: name };
  }
  return null;
}
