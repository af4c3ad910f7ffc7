/**
 * Organisations' own pages carrying one post about an event, read in one pass (see each module): a small site's post under its
 * heading and emphasized stamp (`readStampedPostPage`), a company's announcements page for its staff (`readAnnouncementsBoard`), a
 * members' newsletter shown in its hub (`readMemberNewsletter`), a memorial site's page of names (`readMemorialPage`), a programme
 * page under a notice, the items the event left unchanged gone (`readProgrammePage`).
 */

import { readAnnouncementsBoard } from "./announcements-board.ts";
import { readMemberNewsletter } from "./member-newsletter.ts";
import { readMemorialPage } from "./memorial-page.ts";
import { readProgrammePage } from "./programme-changes.ts";
import { readStampedPostPage } from "./stamped-post-page.ts";

/** What the pass gives: the lines without the pages' furniture, and what the pages say of their title, date and outlet. */
export interface OrganisationPost {
  lines: string[];
  title: string | null;
  /** `YYYY-MM-DD`, or null. */
  date: string | null;
  outlet: string | null;
}

/**
 * Reads the lines through each format of the pass (see the module's note); null when none applies. `isRule` tells a rule,
 * `stampDate` reads a day.
 */
export function readOrganisationPosts(lines: string[], isRule: (line: string) => boolean, stampDate: (text: string) => string | null): OrganisationPost | null {
  const post = readStampedPostPage(lines, isRule, stampDate);
  if (post) return { lines: post.lines, title: post.title, date: stampDate(post.stamp), outlet: post.owner };
  const board = readAnnouncementsBoard(lines, isRule, stampDate);
  if (board) return { lines: board.lines, title: board.title, date: board.date, outlet: null };
  const newsletter = readMemberNewsletter(lines, isRule);
  if (newsletter) return { lines: newsletter.lines, title: newsletter.title, date: null, outlet: newsletter.company };
  const memorial = readMemorialPage(lines);
  if (memorial) return { lines: memorial.lines, title: memorial.title, date: stampDate(memorial.updated ?? ""), outlet: memorial.site };
  const programme = readProgrammePage(lines, isRule);
  if (programme) return { lines: programme.lines, title: programme.title, date: stampDate(programme.issued ?? ""), outlet: programme.event };
  return null;
}
