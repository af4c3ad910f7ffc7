/**
 * The organisations' own sites of one round of formats, read in one pass (see each module): a small organisation's sectioned site
 * with its news item (`readSectionedSitePage`), a site named in bold with its standing listings (`listing-sections.ts`), an online
 * shop's announcement among its product cards (`readShopPage`), a matchday programme (`dropProgrammeFurniture`), a plain-text
 * site's menu and alert rows (`site-rows.ts`), a picture's credit (`withoutPictureCredits`), an association's fees table
 * (`fees-section.ts`), an open-data portal's dataset page (`readDatasetPage`) and a report's numbered section
 * (`readReportSectionPage`).
 */

import { readDatasetPage } from "./dataset-page.ts";
import { dropFeesSections } from "./fees-section.ts";
import { dropBoldSiteHead, dropListingSections, repeatedBoldSiteName } from "./listing-sections.ts";
import { dropProgrammeFurniture } from "./match-programme.ts";
import { withoutPictureCredits } from "./picture-credit.ts";
import { readReportSectionPage } from "./report-section-page.ts";
import { readSectionedSitePage } from "./sectioned-site-page.ts";
import { readShopPage } from "./shop-page.ts";
import { dropSiteRows } from "./site-rows.ts";

/** What the pass gives: the lines without the sites' furniture, and what the pages say of their title, date and outlet. */
export interface SitePages {
  lines: string[];
  title: string | null;
  /** `YYYY-MM-DD`, or null. */
  date: string | null;
  /** The outlet a page names outright (a dataset's publisher, a report's company). */
  outlet: string | null;
  /** The outlet a site's name or copyright gives only when nothing else in the text names one. */
  fallbackOutlet: string | null;
}

/** Reads the lines through each format of the pass (see the module's note). `isRule` tells a rule, `stampDate` reads a day. */
export function readSitePages(input: string[], isRule: (line: string) => boolean, stampDate: (text: string) => string | null): SitePages {
  let lines = input;
  const sectioned = readSectionedSitePage(lines, isRule, stampDate);
  if (sectioned) lines = sectioned.lines;
  const boldSite = repeatedBoldSiteName(lines, isRule);
  if (boldSite !== null) {
    dropListingSections(lines, isRule);
    dropBoldSiteHead(lines, isRule);
  }
  const shop = readShopPage(lines, isRule);
  if (shop) lines = shop.lines;
  dropProgrammeFurniture(lines, isRule);
  dropSiteRows(lines);
  lines = withoutPictureCredits(lines);
  dropFeesSections(lines, isRule);
  const dataset = readDatasetPage(lines, isRule, stampDate);
  if (dataset) lines = dataset.lines;
  const report = readReportSectionPage(lines);
  if (report) lines = report.lines;
  return {
    lines,
    title: sectioned?.title ?? shop?.title ?? dataset?.title ?? report?.title ?? null,
    date: stampDate(sectioned?.stamp ?? "") ?? stampDate(dataset?.stamp ?? "") ?? stampDate(report?.published ?? ""),
    outlet: dataset?.publisher ?? report?.company ?? null,
    fallbackOutlet: sectioned?.owner ?? boldSite ?? shop?.owner ?? null,
  };
}
