/**
 * Clubs', schools' and shops' own pages carrying one item about an event among their standing listings, read in one pass (see each
 * module): a business's Markdown site with its news column (`readShopNewsColumn`), a club's page with a notice to members between
 * rows of stars (`readMembersNotice`), a site's blog post under its crumb and filing rows (`readFiledBlogPost`), a site's item from
 * its news page between rules (`readNewsPageItem`), a shop's offers page with its box of news (`readOffersNewsBox`), a site's
 * blog post under its label between tildes (`readTildeLabelBlog`), a studio's announcement under its framed label
 * (`readFramedAnnouncement`), a firm's blog post under its crumbed box (`readCrumbedBlogBox`), a booking page's notice to guests
 * between rules (`readGuestNotice`), a studio's site listing its priced rows in bold (`readBoldRowsSite`), a firm's blog post
 * fenced between rules of tildes (`readTildeRuledBlog`), a school's post under its posted label (`readPostedLabelPost`), a
 * shop's story under its headline boxed in capitals (`readCapitalsHeadlineBox`) and a shop's plain-text site with its post
 * under a label in capitals (`readShopPostLabel`), and a shop's or firm's site with its post between its crumb row and its share
 * row (`readCrumbSharePost`). Tried
 * first by `readBusinessPages`, whose result it gives.
 */

import { readBoldRowsSite } from "./bold-rows-site.ts";
import type { BusinessPage } from "./business-pages.ts";
import { readCapitalsHeadlineBox } from "./capitals-headline-box.ts";
import { readCrumbSharePost } from "./crumb-share-post.ts";
import { readCrumbedBlogBox } from "./crumbed-blog-box.ts";
import { readGuestNotice } from "./guest-notice.ts";
import { readFiledBlogPost } from "./filed-blog-post.ts";
import { readFramedAnnouncement } from "./framed-announcement.ts";
import { readMembersNotice } from "./members-notice.ts";
import { readNewsPageItem } from "./news-page-item.ts";
import { readOffersNewsBox } from "./offers-news-box.ts";
import { readPostedLabelPost } from "./posted-label-post.ts";
import { readShopNewsColumn } from "./shop-news-column.ts";
import { readShopPostLabel } from "./shop-post-label.ts";
import { readTildeLabelBlog } from "./tilde-label-blog.ts";
import { readTildeRuledBlog } from "./tilde-ruled-blog.ts";

/**
 * Reads the lines through each format of the pass (see the module's note); null when none applies. `isRule` tells a rule,
 * `stampDate` reads a day, `capitalsAsName` turns a name in capitals into a name.
 */
export function readClubAndShopPages(
  lines: string[],
  isRule: (line: string) => boolean,
  stampDate: (text: string) => string | null,
  capitalsAsName: (name: string) => string,
): BusinessPage | null {
  const column = readShopNewsColumn(lines, isRule, stampDate);
  if (column) return { lines: column.lines, title: column.title, date: column.stamp === null ? null : stampDate(column.stamp), outlet: column.site };
  const notice = readMembersNotice(lines);
  if (notice) return { lines: notice.lines, title: notice.title, date: notice.updated === null ? null : stampDate(notice.updated), outlet: capitalsAsName(notice.club) };
  const post = readFiledBlogPost(lines);
  if (post) return { lines: post.lines, title: post.title, date: null, outlet: post.site === null ? null : capitalsAsName(post.site) };
  const item = readNewsPageItem(lines, isRule);
  if (item) return { lines: item.lines, title: item.title, date: null, outlet: copyrightedOpeningName(lines) };
  const box = readOffersNewsBox(lines, isRule);
  if (box) return { lines: box.lines, title: box.title, date: null, outlet: copyrightedOpeningName(lines) };
  const tilde = readTildeLabelBlog(lines, (text) => stampDate(text) !== null);
  if (tilde) return { lines: tilde.lines, title: tilde.title, date: tilde.stamp === null ? null : stampDate(tilde.stamp), outlet: tilde.site === null ? null : capitalsAsName(tilde.site) };
  const announcement = readFramedAnnouncement(lines);
  if (announcement) return { lines: announcement.lines, title: announcement.title, date: null, outlet: copyrightedOpeningName(lines) };
  const crumbed = readCrumbedBlogBox(lines, isRule, stampDate);
  if (crumbed) return { lines: crumbed.lines, title: crumbed.title, date: stampDate(crumbed.stamp), outlet: crumbed.site === null ? null : capitalsAsName(crumbed.site) };
  const guestNotice = readGuestNotice(lines, isRule, stampDate);
  if (guestNotice) return { lines: guestNotice.lines, title: guestNotice.title, date: stampDate(guestNotice.stamp), outlet: guestNotice.site };
  const rows = readBoldRowsSite(lines, isRule, stampDate);
  if (rows) return rows;
  const fenced = readTildeRuledBlog(lines);
  if (fenced) return { lines: fenced.lines, title: fenced.title, date: null, outlet: fenced.site };
  const posted = readPostedLabelPost(lines, isRule, stampDate);
  if (posted) return { lines: posted.lines, title: posted.title, date: stampDate(posted.stamp), outlet: posted.site };
  const capitalsBox = readCapitalsHeadlineBox(lines, isRule);
  if (capitalsBox) return { lines: capitalsBox.lines, title: capitalsAsName(capitalsBox.headline), date: null, outlet: null };
  const labelled = readShopPostLabel(lines, isRule, stampDate, capitalsAsName);
  if (labelled) return { lines: labelled.lines, title: labelled.title, date: labelled.date, outlet: labelled.site };
  const shared = readCrumbSharePost(lines, isRule, stampDate);
  if (shared) return { lines: shared.lines, title: shared.title, date: stampDate(shared.stamp), outlet: shared.site };
  return null;
}

/** Filled lines at the page's end looked at for its copyright. */
const FOOTER_LINES = 8;
/** The longest name opening a page (characters). */
const MAX_NAME_CHARS = 60;

/**
 * The name opening the page (in capitals or not: "MERRIOTT'S HARDWARE & TIMBER", "Little Otters Swim School") as a copyright line
 * among the page's last lines spells it ("(c) Merriott's Hardware & Timber Ltd, …", "© Little Otters Swim School."); or null.
 */
function copyrightedOpeningName(lines: readonly string[]): string | null {
  const name = (lines.find((line) => line.trim() !== "") ?? "").trim().toLowerCase();
  if (name.length < 3 || name.length > MAX_NAME_CHARS || /[.!?:]$/u.test(name)) return null;
  for (let i = lines.length - 1, seen = 0; i > 0 && seen < FOOTER_LINES; i--) {
    const line = (lines[i] ?? "").trim();
    if (line === "") continue;
    seen++;
    const at = line.toLowerCase().indexOf(name);
    if (at >= 0 && (line.includes("©") || line.toLowerCase().includes("(c)"))) return line.slice(at, at + name.length);
  }
  return null;
}
