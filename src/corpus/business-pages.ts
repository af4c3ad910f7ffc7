/**
 * Businesses' and associations' own pages carrying one item about an event, read in one pass (see each module): a business site's
 * blog post among its price lists (`readSiteBlogPost`), a chain's store-finder page carrying its statement (`readStoreFinder`), a society's page with its
 * news bulletin under a banner (`readBulletinBanner`), an association's page carrying its numbered update to members
 * (`readMembersUpdate`), an article of a company's knowledge base for its partners (`readKnowledgeBaseArticle`), a page of an organisation's wiki in
 * wiki markup (`readWikiMarkupPage`); and, before them, clubs', schools' and shops' pages (`readClubAndShopPages`).
 */

import { readBulletinBanner } from "./bulletin-banner.ts";
import { readClubAndShopPages } from "./club-and-shop-pages.ts";
import { readKnowledgeBaseArticle } from "./knowledge-base-article.ts";
import { readMembersUpdate } from "./members-update.ts";
import { readSiteBlogPost } from "./site-blog-post.ts";
import { readStoreFinder } from "./store-finder.ts";
import { readWikiMarkupPage } from "./wiki-markup-page.ts";

/** What the pass gives: the lines without the pages' furniture, and what the pages say of their title, date and outlet. */
export interface BusinessPage {
  lines: string[];
  title: string | null;
  /** `YYYY-MM-DD`, or null. */
  date: string | null;
  outlet: string | null;
}

/**
 * Reads the lines through each format of the pass (see the module's note); null when none applies. `isRule` tells a rule,
 * `stampDate` reads a day, `capitalsAsName` turns a name in capitals into a name.
 */
export function readBusinessPages(
  lines: string[],
  isRule: (line: string) => boolean,
  stampDate: (text: string) => string | null,
  capitalsAsName: (name: string) => string,
): BusinessPage | null {
  // (A club's, a school's or a shop's page among its standing listings first: see `readClubAndShopPages`.)
  const clubOrShop = readClubAndShopPages(lines, isRule, stampDate, capitalsAsName);
  if (clubOrShop) return clubOrShop;
  const blog = readSiteBlogPost(lines, stampDate);
  if (blog) return { lines: blog.lines, title: blog.title, date: blog.stamp === null ? null : stampDate(blog.stamp), outlet: blog.site };
  const finder = readStoreFinder(lines, isRule, (text) => stampDate(text) !== null);
  if (finder) return { lines: finder.lines, title: finder.title, date: finder.issued === null ? null : stampDate(finder.issued), outlet: finder.chain };
  const bulletin = readBulletinBanner(lines, isRule);
  if (bulletin) return { lines: bulletin.lines, title: bulletin.title, date: null, outlet: bulletin.owner };
  const update = readMembersUpdate(lines, isRule, (text) => stampDate(text) !== null);
  if (update) return { lines: update.lines, title: update.title, date: stampDate(update.stamp), outlet: capitalsAsName(update.association) };
  const knowledgeBase = readKnowledgeBaseArticle(lines, isRule);
  if (knowledgeBase) return { lines: knowledgeBase.lines, title: null, date: stampDate(knowledgeBase.updated), outlet: knowledgeBase.owner };
  const wiki = readWikiMarkupPage(lines, isRule);
  if (wiki) return { lines: wiki.lines, title: wiki.title, date: wiki.updated === null ? null : stampDate(wiki.updated), outlet: wiki.owner };
  return null;
}
