import { decodeHTMLStrict } from "entities";
import { parse as parseYaml } from "yaml";
import type { Article, Lang } from "./article.ts";
import { withoutChatExport } from "./chat-export.ts";
import { splitRunInHeading } from "./run-in-heading.ts";
import { withoutColumnLayout } from "./columns.ts";
import { readClippingNote } from "./clipping-note.ts";
import { readCommunityPostHead, withoutPostPreview } from "./community-post.ts";
import { withDatedUpdates } from "./dated-updates.ts";
import { digestStory, leadSectionHeading, namedSectionHeading } from "./digest.ts";
import { readFediverseThread } from "./fediverse-thread.ts";
import { readLinkPost } from "./link-aggregator.ts";
import { jobsBoardEnd, priceListEnd, receptionHoursEnd, scheduleEnd, tideTableEnd, voteEnd } from "./listings.ts";
import { capitalsAsName, readMinutes } from "./minutes.ts";
import { readCoverageCluster } from "./coverage-cluster.ts";
import { readBookingPage } from "./booking-page.ts";
import { dropCopyrightBlock } from "./copyright-block.ts";
import { readCourtAct } from "./court-act.ts";
import { dropCaseCard } from "./case-card.ts";
import { dropClosingDocumentsList, dropDocumentsBlock } from "./documents-list.ts";
import { readMembersBulletin } from "./members-bulletin.ts";
import { readMembersStatement } from "./members-statement.ts";
import { readOrganisationPosts } from "./organisation-posts.ts";
import { readBusinessPages } from "./business-pages.ts";
import { readCreditClosedPost } from "./counter-credit-closed-post.ts";
import { type JournalPostPage, readJournalPostPage } from "./journal-post-page.ts";
import { headSiteName } from "./head-site-name.ts";
import { openingSiteName } from "./opening-site-name.ts";
import { takeReleaseHeading } from "./release-heading.ts";
import { readVisitorPage } from "./visitor-page.ts";
import { readFramedStatement } from "./framed-statement.ts";
import { readSitePages } from "./site-pages.ts";
import { readStorySectionPage } from "./story-section-page.ts";
import { withoutSectionCrumb } from "./crumb-title.ts";
import { footerSiteName } from "./footer-site-name.ts";
import { readNoticeBoxPage } from "./notice-box-page.ts";
import { readMarkedHeadlineBox } from "./marked-headline-box.ts";
import { readDatedBoxLabel } from "./dated-box-label.ts";
import { readYearlessBoxLabel } from "./yearless-box-label.ts";
import { readDoubleRuledBox } from "./double-ruled-box.ts";
import { noticeUpdateDate } from "./notice-update-stamp.ts";
import { readMarkedSectionsPage } from "./marked-sections-page.ts";
import { readPinnedNewsItem } from "./pinned-news-item.ts";
import { readNewsFirstSite } from "./news-first-site.ts";
import { tabTitleSiteName } from "./tab-title-site.ts";
import { withoutPostPagers } from "./post-pager.ts";
import { copyrightSiteName } from "./copyright-site-name.ts";
import { withoutSiteTown } from "./site-name-town.ts";
import { readTripReportPage } from "./trip-report-page.ts";
import { readClassTimetablePage } from "./class-timetable-page.ts";
import { readNewsBoxPage } from "./news-box-page.ts";
import { newsBoxLabelDate } from "./news-box-stamp.ts";
import { withoutResultsSections } from "./results-section.ts";
import { withoutEmptiedSections } from "./emptied-section.ts";
import { withBoxedAppeals } from "./boxed-appeal.ts";
import { issuerOfLine } from "./issuer-line.ts";
import { numberedTitleDate } from "./numbered-title.ts";
import { readAccountPortal } from "./account-portal.ts";
import { readResidentHub } from "./resident-hub.ts";
import { readClosuresPage } from "./closures-page.ts";
import { readDisruptionBanner } from "./disruption-banner.ts";
import { dropOpeningContacts } from "./opening-contacts.ts";
import { readFaqUpdate } from "./faq-page.ts";
import { readAgencyNewsPage } from "./agency-news-page.ts";
import { readPressCentrePage } from "./press-centre-page.ts";
import { dropParishSiteFurniture } from "./parish-page.ts";
import { readIncidentLog } from "./incident-log.ts";
import { readInfoCallout } from "./info-callout.ts";
import { addressBarUrl, iconMastheadName, notificationShadeEnd } from "./phone-screenshot.ts";
import { readNotificationExport } from "./notification-export.ts";
import { citedPointLines } from "./numbered-points.ts";
import { readPagePost } from "./page-post.ts";
import { readPhotoPost } from "./photo-post.ts";
import { readPinnedUpdate } from "./pinned-update.ts";
import { readPortalPost } from "./portal-post.ts";
import { readPostedNotice } from "./posted-notice.ts";
import { takeReleaseHead, withoutDeskOffers } from "./press-release.ts";
import { dropClosingContacts, dropFooterUnderRule, isContactLine, PHONE_NUMBER } from "./page-footer.ts";
import { logoAltName } from "./logo-alt-name.ts";
import { approvalStampEnd, dropHeadAboveNavigation, dropHeadAboveRule, dropSectionHeading, takeLetterhead, takeNoticeFields } from "./page-head.ts";
import { findSectionedHeadline, mastheadName } from "./sectioned-page.ts";
import { sideBoxEnd } from "./side-box.ts";
import { sponsoredBoxEnd } from "./sponsored-box.ts";
import { helpCentreName, siteNameByCopyright } from "./site-name.ts";
import { readAlertList } from "./alert-list.ts";
import { isEventTimes, readEventPage } from "./event-page.ts";
import { readFeed } from "./feed.ts";
import { readFundraiserPage } from "./fundraiser-page.ts";
import { MONTHS, normalizeDate } from "./dates.ts";
import { detectLanguage } from "./language.ts";
import { readDatabaseRecord } from "./news-database.ts";
import { readRecordCard } from "./record-card.ts";
import { readRegisterEntry } from "./register-entry.ts";
import { readReportExcerpt } from "./report-excerpt.ts";
import { readSectionStampPage } from "./section-stamp.ts";
import { readReleaseBanner } from "./release-banner.ts";
import { readReviewPage } from "./review-page.ts";
import { readRegisterRecord } from "./register-record.ts";
import { runningHeaderDate, withoutRunningHeaders } from "./running-headers.ts";
import { splitSentences } from "./sentences.ts";
import { readStatementBlock, withoutStatusPageKey } from "./statement-block.ts";
import { readIssuedStatement } from "./issued-statement.ts";
import { readServerExport } from "./server-export.ts";
import { readNewsBrief, writersGuideEnd } from "./letters-page.ts";
import { readCalloutCard } from "./callout-card.ts";
import { readEventsCalendar } from "./events-calendar.ts";
import { readNoticeBoard } from "./notice-board.ts";
import { readRoadFeed } from "./road-feed.ts";
import { readStatusBulletin } from "./status-bulletin.ts";
import { readPinnedPost } from "./pinned-post.ts";
import { readBlogCategoryPost } from "./blog-category.ts";
import { readPostedHeadline } from "./posted-headline.ts";
import { readDailyLog } from "./daily-log.ts";
import { readNewsletterIssue } from "./newsletter-issue.ts";
import { readProductCards } from "./product-cards.ts";
import { readMonitoringBulletin } from "./monitoring-bulletin.ts";
import { readSearchOrientation } from "./search-orientation.ts";
import { findReportStory, findStoryHeading, takeAlertHeadline, takeLeadStoryHeadline, withoutBannerFrame } from "./story-heading.ts";
import { readSubtitles } from "./subtitles.ts";
import { withoutTextBoxes } from "./text-box.ts";
import { withoutTextBrowserMarkup } from "./text-browser.ts";
import { mapLegendEnd } from "./map-legend.ts";
import { unwrapHardBreaks } from "./unwrap.ts";
import { readWikiPage } from "./wiki-page.ts";
import { formSectionEnd } from "./web-form.ts";
import { storyEndAtShareRow } from "./share-row-end.ts";
import { isStampCreditPart, publishedByDay } from "./stamp-credit-part.ts";
import { dropHeadCreditLines } from "./head-credit-lines.ts";
import { readCrumbedPostHead } from "./crumbed-post-heading.ts";
import { isPostNominal } from "./format-post-nominal.ts";
import { TRAILING_PICTOGRAPHS } from "./pictographs.ts";
import { withoutClosingPictographs } from "./venue-closing-pictograph.ts";

/** A first line longer than this (characters) is body text, not a headline. */
export const MAX_TITLE_CHARS = 200;

/** A line longer than this (characters) is never taken for boilerplate: it is article text. */
export const MAX_BOILERPLATE_CHARS = 200;

/** A last line ending in ":" that is at most this long introduces an embed that is not there. */
const MAX_TEASER_CHARS = 150;

/** What a page reader tells of an article's title, date (ISO) and outlet; an absent field tells nothing. */
interface PageFacts {
  title?: string | null;
  date?: string | null;
  outlet?: string | null;
}

/** Metadata fields as far as they are known while cleaning. */
interface MetaDraft {
  title: string | null;
  date: string | null;
  outlet: string | null;
  url: string | null;
  lang: Lang | null;
}

/**
 * Turns the raw text of a seed file into an `Article`: metadata plus a cleaned body that
 * passages and quotes are cut from. Pure.
 *
 * - Line endings become `\n`, a BOM is dropped, every line is trimmed, runs of blank lines
 *   become one blank line. Characters inside lines (quotes, NBSP, ё) are kept verbatim.
 * - An RSS or Atom feed saved as a file is read as its item (see `readFeed`): title, link, date and
 *   the channel's name are the metadata, the full text the body.
 * - Boxes drawn in characters lose their frames (see `withoutTextBoxes`; an advertisement's box goes), running headers of
 *   paged sources go (see `withoutRunningHeaders`; a teletext header's weekday and day with a copyright
 *   year date the text), a PDF's two columns are read one after the other (see `withoutColumnLayout`), hard-wrapped prose
 *   is joined (see `unwrapHardBreaks`; a word broken by a hyphen is whole again), an HTML table's rows keep their cells.
 * - A news database's record loses its fields; its publication line names the outlet (see
 *   `readDatabaseRecord`). A messenger's chat export loses the chat's name and members' messages, a pasted article
 *   stays (see `withoutChatExport`). A text-only browser's dump loses its link numbers and references (see
 *   `withoutTextBrowserMarkup`). A forwarded e-mail loses the cover note and signature around the forwarded text. A blog's repost line («Оригинал взят у … в …») gives the title; an
 *   article pasted between ">>>" and "<<<" into an answer gives the title of a question-and-answer
 *   page, whose further answers leave like comments. A digest e-mail keeps only the story the file is named after (see
 *   `digestStory`); a newsletter of sections takes its title from the section its file is named after (see
 *   `namedSectionHeading`). A photo app's post, an aggregator's coverage cluster, a fediverse thread, a link aggregator's post
 *   and a community's post lose their page's furniture, their author named as the outlet (see `withoutSocialPageFurniture`).
 * - An incident log loses its head and its entries' heads, each entry opened by its time (see `readIncidentLog`). A phone's
 *   screenshot loses its status bar, notifications and buttons; its address bar gives the URL, its masthead the outlet.
 * - An organisation's page loses its head under the site's name (down to a rule, a menu or a breadcrumb), a report's letterhead
 *   and approval stamp (the issuer is the outlet), a notice's header fields (the subject is the title), a section's heading over
 *   the headline (see `page-head.ts`), and its closing contacts and signature (see `dropClosingContacts`).
 * - A site's name over its page that its copyright line repeats (see `siteNameByCopyright`), a channel's name over its
 *   subscribers, a paper's folio name the outlet when nothing in the text does.
 * - A subtitle file is read back into paragraphs (see `readSubtitles`); a network page's post keeps the page's words and
 *   replies (see `readPagePost`); a clipped note loses its callouts and the note-taker's sections (see `readClippingNote`); a
 *   press release loses its head over the rule and the desk's offers among its notes (see `takeReleaseHead`); a register's
 *   record its viewer's head and summary (see `readRegisterRecord`); minutes their letterhead, their main item giving the
 *   title (see `readMinutes`); a court's act its case's card (see `readCourtAct`); a duty service's numbered notices are read
 *   as a log's entries, the story under them giving the title; an author's dated updates open with their day (see
 *   `withDatedUpdates`); schedules, fixture lists and votes go (see `listings.ts`), and so do a live status table, a form in a
 *   box, a petition's counters, further answers under their header and a page's footer under its last rule (see
 *   `dropFooterUnderRule`). A match page's score line is its title and stays.
 * - A service page's story under its live furniture: an alert banner between "!!" is the title (its frame goes), else a heading
 *   with its own stamp under the page's other text or a news item under the page's news section; a newsletter's lead story under
 *   its label beats the e-mail's subject, and its sender's address names the organisation; a bulletin's longest section gives the
 *   title (see `story-heading.ts`, `leadSectionHeading`). A record page's kind over its card of fields leaves with the card's status;
 *   the headline under the card, or the kind with the card's subject, is the title (see `readRecordCard`). A document's numbered
 *   points keep their numbers when they have sub-points or the text cites them (see `citedPointLines`). A page's side boxes in
 *   quotes (a finder, a schedule, a donation: see `sideBoxEnd`), a tide table and a price list (see `listings.ts`), a disclaimer
 *   under its header, a live status table with lights in its status column, review pages' ratings and counters, a help centre's
 *   tools and a safety site's quick exit go; a help centre's or a company's name without its legal form names the outlet.
 * - An alerts page keeps the alert with the most text, its headline the title (see `readAlertList`); a cancelled event's page takes
 *   the event's name on its card (see `readEventPage`); a notice headed by its kind over its issuer's letterhead takes the headline
 *   of the news item pasted under it, its issuer the outlet (see `readPostedNotice`); a daily report's story under its rule gives the
 *   title, its as-of line the date (see `findReportStory`). A page's form under its title (see `formSectionEnd`), a press contact,
 *   a map's legend (see `mapLegendEnd`), a sponsor's block between rules (see `sponsoredBoxEnd`), a jobs board, reception hours, a
 *   station's player and day on air, and the furniture a cheap mark points to (see `MARKED_FURNITURE`) go. A site's name is also
 *   found by its office holding the copyright, its abbreviation in the footer or its own sentence there (see `siteNameByCopyright`).
 * - A live status page's statement under a rule, over who it is from and when it was issued, gives the title and the date; the
 *   page's refresh notes, its key to its signs and its short footer go (see `readIssuedStatement`). A chat server's channel export
 *   keeps its members' announcements, the first one's bold headline the title (see `readServerExport`). A club's news item in bold
 *   over its stamp under the site's news section is the title, the site's head over the rule goes (see `findStoryHeading`). A
 *   letters page's news brief gives the title, its guide for writers goes (see `letters-page.ts`); a rescue team's callout card
 *   its kind, reference and type (see `readCalloutCard`); an events calendar's cancelled entry its name, the other entries go (see
 *   `readEventsCalendar`); a notice board its manager's pinned statement, the ads go (see `readNoticeBoard`); a road events feed
 *   export the story under the drivers' reports, the votes go (see `readRoadFeed`). A press office's signature or a release's
 *   label with a day dates the page.
 * - A group's pinned post gives its bold headline as the title, the page's sections after it go (see `readPinnedPost`); a blog post
 *   under its category's marker its headline (see `readBlogCategoryPost`); an update its headline over its posting line (see
 *   `readPostedHeadline`); an office's daily log its name with its day (see `readDailyLog`); a newsletter's issue its lead story's
 *   heading, its service sections and colophon go (see `readNewsletterIssue`); a shop's page its news heading, its product cards go
 *   (see `readProductCards`); a station's bulletin its kind and number, its head and footer go (see `readMonitoringBulletin`); a
 *   search squad's orientation page is dated by its status banner, its footer goes (see `readSearchOrientation`).
 * - A club's or charity's plain-text page whose story is boxed under its label between dashed rules gives its headline and issue
 *   line, its other blocks go (see `readNoticeBoxPage`); a club's trip report its headline naming itself a report, its listings
 *   under labels in capitals go (see `readTripReportPage`); a Markdown site of standing sections between rules its story section's
 *   heading and stamp, the listings go (see `readStorySectionPage`); a headline loses its section's crumb (see
 *   `withoutSectionCrumb`); a site's name opening its page that its footer repeats names the outlet (see `footerSiteName`).
 * - A studio's or school's page opening with its class timetable gives its post's headline and day, the timetable goes (see
 *   `readClassTimetablePage`); a business's plain-text page whose news or blog section is boxed under its label its post's
 *   headline, the head, forms, price lists and teasers above it go (see `readNewsBoxPage`); a club's section of a show's results
 *   goes (see `withoutResultsSections`), and so do a shop's shelf headings its product cards leave empty (see
 *   `withoutEmptiedSections`); a labelled block told in sentences after a story read among blocks stays (see `withBoxedAppeals`).
 * - A notice box page whose post's headline is marked and wrapped, or whose boxes are drawn with equals signs, is read so (see
 *   `readMarkedHeadlineBox`, `readDoubleRuledBox`); a shop's pinned news item too (see `readPinnedNewsItem`); a club's page of
 *   marked sections or a Markdown site with its news before its listings gives its post's headline (see `readMarkedSectionsPage`,
 *   `readNewsFirstSite`); a tab's title names the site (see `tabTitleSiteName`), a town after the site's name goes (see `withoutSiteTown`).
 * - A blog's pager row under its post goes (see `withoutPostPagers`); a name in capitals opening the page that its copyright
 *   repeats after the year names the outlet (see `copyrightSiteName`).
 * - A business's post boxed under its label with a weekday and a day without its year gives its headline (see
 *   `readYearlessBoxLabel`).
 * - YAML front matter (`---` … `---`, keys `title`, `date`, `source`/`outlet`, `url`, `lang`)
 *   wins over anything inferred from the text.
 * - A leading `date 2024-03-23` prefix, a `Published: <date>` line (also piped stamps:
 *   "Published 2025-06-11 08:40 GMT | Updated 10:05 GMT"), a line that is only a date, a byline
 *   ("By Name, Outlet", "By Name | Staff reporter | 14.05.2025"; Markdown emphasis around such a
 *   line does not count; credentials after the name, "By Dr. Name, DC", are no outlet: `isPostNominal`), a `Source: https://…` / `Оригинал статьи: https://…` line give the date,
 *   outlet and URL and leave the body.
 * - Boilerplate lines (ad-blocker appeals, "Source link", subscription calls, "Read also",
 *   "Related:", photo credits and captions, wire credits "(Reporting by …)", empty
 *   "Опубликовано:", a trailing "…DW in Russian:" teaser) are removed by pattern families, never by
 *   per-file rules; only short lines can be boilerplate.
 * - Title: the first line when it is short, has no final period and more text follows.
 *   That line then leaves the body (so quotes never quote a headline). Without such a line
 *   the title stays `null`; the source line falls back to outlet or id.
 * - Outlet: from front matter, else from how the text names itself (dateline
 *   "ALMATY. KAZINFORM –", "передает NUR.KZ", "a TASS correspondent", "Kazinform has learnt"),
 *   else the host of the URL; `null` when unknown.
 */
export function parseArticle(id: string, raw: string, hash: string): Article {
  const normalized = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const { fields, body: afterFrontMatter } = readFrontMatter(normalized);
  const inferred: MetaDraft = { title: null, date: null, outlet: null, url: null, lang: null };
  // A syndication feed saved as a file: its item's fields are the metadata, its full text the body.
  const feed = readFeed(afterFrontMatter);
  const body = feed?.body ?? afterFrontMatter;
  if (feed) Object.assign(inferred, { title: feed.title, date: feed.date, outlet: feed.outlet, url: feed.url });
  // A figure's caption says what the picture shows, not what happened.
  // An HTML comment and an editor's note in double brackets («[[ред. К. О.: цифру пока не подтверждают]]») are not the story's words.
  const uncaptioned = body
    .replace(/<figcaption\b[^>]*>[\s\S]*?<\/figcaption>/giu, "")
    .replace(/<!--[\s\S]*?-->/gu, "")
    .replace(/\s*\[\[(?:ред\.|прим\.|ed\.|editor|note|tk)[^\]]*\]\]/giu, "");
  // Boxes drawn in characters open, running headers of paged sources go, hard-wrapped prose is joined
  // (on the raw lines: indentation tells a hanging indent).
  // A clipped note's callouts and the note-taker's own sections go; a clipper's callout names the outlet (see `readClippingNote`).
  // (A subtitle file is read back into paragraphs first: its numbers, timings, tags and sound cues go, see `readSubtitles`.)
  // (So is a network page's post, before its comments' recurring feet are taken for running footers: its page names the
  // outlet, its day with the footer's year dates it, see `readPagePost`.)
  const bodyLines = uncaptioned.split("\n");
  const page = readPagePost(bodyLines);
  if (page) {
    inferred.outlet ??= page.author;
    inferred.date ??= stampDate(page.stamp ?? "");
  }
  const note = readClippingNote(withoutTextBrowserMarkup(readSubtitles(bodyLines) ?? page?.lines ?? bodyLines));
  inferred.outlet ??= note.outlet;
  // A chat server's channel export: the server's head, the bots' and the system's messages, the reactions and the export's footer go;
  // the first announcement's bold headline is the title, the server the outlet (see `readServerExport`).
  const channelExport = readServerExport(note.lines);
  if (channelExport) {
    inferred.title ??= channelExport.title;
    inferred.date ??= channelExport.date;
    inferred.outlet ??= channelExport.server;
  }
  const rawLines = channelExport?.lines ?? note.lines;
  const headerDate = runningHeaderDate(rawLines);
  let lines = withoutCaptionTableFurniture(
    withAtxHeadings(
      withoutImageCaptions(unwrapHardBreaks(withoutColumnLayout(withoutRunningHeaders(withoutTextBoxes(rawLines)))))
        .filter((line) => !LINK_ROW.test(line))
        .map((line) => withoutPictureMarker(withoutClassStars(withoutBrokenWords(withoutInlineMarkup(line)).trim()))),
    ),
  );
  // A page reader's lines replace the page's, and the title, date and outlet it gives fill those not found before.
  const adopt = (reading: { lines: string[] }, found: PageFacts): void => {
    lines = reading.lines;
    if (found.title !== undefined) inferred.title ??= found.title;
    if (found.date !== undefined) inferred.date ??= found.date;
    if (found.outlet !== undefined) inferred.outlet ??= found.outlet;
  };
  // A news database's record: its fields leave, its publication line names the outlet.
  const record = readDatabaseRecord(lines, (line) => line.length <= STAMP_LINE_CHARS && stampDate(line) !== null);
  lines = withoutChatExport(record.lines);
  inferred.outlet ??= record.outlet;
  // A wiki's article page: the site's head down to the line naming the wiki goes; the name above that line is the title, the wiki
  // the outlet (see `readWikiPage`).
  const wiki = readWikiPage(lines);
  if (wiki) adopt(wiki, { title: wiki.title, outlet: wiki.wiki });
  // A club's section of a past show's or competition's results (its heading, judge's line and list of placings) goes (see
  // `withoutResultsSections`).
  lines = withoutResultsSections(lines, (line) => RULE_LINE.test(line)) ?? lines;
  // A studio's or school's page opening with its class timetable, one post under it: the post's headline is the title, its head's
  // day the date, the site's name the outlet; the head, the timetable and the rows under the post go (see `readClassTimetablePage`).
  const timetable = readClassTimetablePage(lines, (line) => RULE_LINE.test(line), stampDate);
  if (timetable) {
    const facts = { date: timetable.date, outlet: timetable.site };
    adopt(timetable, timetable.title === null ? facts : { ...facts, title: timetable.title });
  }
  // A business's own site carrying one post of its journal under its posting line: the headline is the title, the posting line's
  // day the date, the name the head opens with the outlet (as the text spells it); the head and the site's blocks from the post's share row, tags row,
  // related posts or next heading on go (see `readJournalPostPage`; the name the head states and its last lines confirm, `headSiteName`, else the one it opens with, `openingSiteName`).
  const journalPost = readJournalPostPage(lines);
  // (A logo's alt text opening the page names the site when no line of the head does: see `logoAltName`.)
  const journalFacts = (post: JournalPostPage): PageFacts => ({
    title: post.title,
    date: stampDate(post.stamp),
    outlet: headSiteName(lines, post.head.length) ?? openingSiteName(post.head, (name) => capitalsAsName(spellingInText(uncaptioned, name))) ?? logoAltName(bodyLines),
  });
  if (journalPost) adopt(journalPost, journalFacts(journalPost));
  // A business's or an association's own page carrying one item about an event: its heading is the title; the page's head and
  // standing listings go (see `readBusinessPages`).
  // (So is a club's, a school's or a shop's page carrying one item among its standing listings: see `readClubAndShopPages`.)
  // (So is one whose news item is pinned: see `readPinnedNewsItem`.)
  const businessPage = readBusinessPages(lines, (line) => RULE_LINE.test(line), stampDate, capitalsAsName) ?? readPinnedNewsItem(lines, (line) => RULE_LINE.test(line), stampDate);
  // (The site's name loses a town after it that its copyright leaves out: see `withoutSiteTown`.)
  if (businessPage) adopt(businessPage, { ...businessPage, outlet: withoutSiteTown(businessPage.outlet, lines) });
  // (A journal post whose posting line is a row of its fields, its day labelled or in digits, left by the readers above: see
  // `postingFieldsDay`.)
  // (Nor one they pass over for its share row marked by a pictograph («📤 Поделиться: …» under «15 апреля 2032 · Автор: …»):
  // read again, that row closing the post (see `isPictographShareRow`).)
  // (Nor one whose posting line sets its day in bold, «**12 декабря 2028** · Автор: …»: read again, that day the line's (see
  // `withoutBoldPostingDay`).)
  const secondPost = journalPost || businessPage ? null : (readJournalPostPage(lines, { fieldRows: true }) ?? readJournalPostPage(lines, { pictographShareRowEnds: true }) ?? readJournalPostPage(lines, { boldDays: true }));
  if (secondPost) adopt(secondPost, journalFacts(secondPost));
  // (Nor one signed at its end, its credit line of the writer and the day right over its share row: see `readCreditClosedPost`.)
  const creditPost = journalPost || businessPage || secondPost ? null : readCreditClosedPost(lines);
  if (creditPost) adopt(creditPost, journalFacts(creditPost));
  // (A venue's post read above loses the pictographs closing a paragraph after its last sentence, «…наденьте панаму. 😊»: see
  // `withoutClosingPictographs`.)
  if (journalPost || businessPage || secondPost || creditPost) lines = lines.map(withoutClosingPictographs);
  // A club's plain-text page of sections under marked labels: its news post's headline is the title; the head and the sections of
  // rows go (see `readMarkedSectionsPage`).
  const markedSections = businessPage ? null : readMarkedSectionsPage(lines);
  if (markedSections) adopt(markedSections, { title: markedSections.title, outlet: markedSections.site });
  // A club's Markdown site whose news column comes before its listings: the item's heading is the title; the head, the listings and
  // the footer go (see `readNewsFirstSite`).
  const newsFirst = businessPage || markedSections ? null : readNewsFirstSite(lines, (line) => RULE_LINE.test(line));
  if (newsFirst) adopt(newsFirst, { title: newsFirst.title, outlet: newsFirst.site });
  // A group's page with a pinned post: its bold headline under the label is the title, the page's sections after it go (see
  // `readPinnedPost`); a blog post under its category's marker: its headline is the title (see `readBlogCategoryPost`).
  const pinnedPost = readPinnedPost(lines, (line) => RULE_LINE.test(line));
  if (pinnedPost) adopt(pinnedPost, { title: pinnedPost.title });
  const blogPost = readBlogCategoryPost(lines, (line) => RULE_LINE.test(line));
  if (blogPost) adopt(blogPost, { title: blogPost.title, outlet: blogPost.site });
  // An update's headline right over its posting line ("Posted by …, <stamp>") is the title (see `readPostedHeadline`).
  const postedHeadline = readPostedHeadline(lines, (text) => stampDate(text) !== null);
  if (postedHeadline) adopt(postedHeadline, { title: postedHeadline.title });
  // An office's daily log: its name with its day is the title, the day dates it, the office names the outlet; its form line, its
  // buttons, its sections' labels, its sign-off and its footer go (see `readDailyLog`).
  const dailyLog = readDailyLog(lines, stampDate);
  if (dailyLog) adopt(dailyLog, { title: dailyLog.title, date: dailyLog.date, outlet: dailyLog.office === null ? undefined : capitalsAsName(dailyLog.office) });
  // A newsletter's issue under its masthead and contents row: the lead story's heading is the title, the issue's line dates it, the
  // colophon's publisher names the outlet; the head, the service sections and the colophon go (see `readNewsletterIssue`).
  const issue = readNewsletterIssue(lines, (line) => RULE_LINE.test(line), stampDate);
  if (issue) adopt(issue, { title: issue.title, date: issue.date, outlet: issue.outlet });
  // A shop's page with product cards: the cards and the sections' breadcrumbs go, the heading under the news breadcrumb is the title
  // (see `readProductCards`).
  const productCards = readProductCards(lines, (line) => RULE_LINE.test(line));
  if (productCards) adopt(productCards, { title: productCards.title });
  // (The shelves' headings the cards leave empty, with the cards' buttons, go: see `withoutEmptiedSections`.)
  if (productCards) lines = withoutEmptiedSections(lines, (line) => RULE_LINE.test(line)) ?? lines;
  // A station's monitoring bulletin: its kind with its number is the title, its issue stamp dates it, its operator names the outlet;
  // its head and its footer go (see `readMonitoringBulletin`).
  const stationBulletin = readMonitoringBulletin(lines, (line) => RULE_LINE.test(line), stampDate);
  if (stationBulletin) adopt(stationBulletin, { title: stationBulletin.title, date: stationBulletin.date, outlet: stationBulletin.operator ?? undefined });
  // A search squad's orientation page: its status banner's stamp dates it, its footer's copyright names the outlet, the footer goes
  // (see `readSearchOrientation`).
  const orientation = readSearchOrientation(lines, (line) => RULE_LINE.test(line));
  if (orientation) adopt(orientation, { date: stampDate(orientation.stamp), outlet: orientation.squad ?? undefined });
  // A crowdfunding platform's fundraiser page: its head over the story's label, the sections' labels, the donors' rows and its
  // closing blocks go; its headline is the title, its creation line dates it, the platform names the outlet (see
  // `readFundraiserPage`).
  const fundraiser = readFundraiserPage(lines);
  if (fundraiser) adopt(fundraiser, { title: fundraiser.title, outlet: fundraiser.platform, date: stampDate(fundraiser.created ?? "") });
  // A directory listing's pinned update: the update is the story, the page around it furniture; its headline is the title, its
  // banner's stamp dates it, the footer's copyright names the outlet (see `readPinnedUpdate`).
  const pinned = readPinnedUpdate(lines, (line) => RULE_LINE.test(line));
  if (pinned) adopt(pinned, { title: pinned.title, date: stampDate(pinned.stamp), outlet: pinned.site });
  // A public register's entry on its body's site: the body names the outlet, the entry's kind with its subject is the title, its
  // hearing's date dates it; the head, the documents list and the register's footer go (see `readRegisterEntry`).
  const entry = readRegisterEntry(lines, (line) => RULE_LINE.test(line));
  if (entry)
    adopt(entry, {
      title: entry.title,
      outlet: entry.body,
      date: (entry.date ?? "").split(/,\s*/u).map((part) => stampDate(part)).find((date) => date !== null) ?? null,
    });
  // A news release set inside another page under its banner between rules: the banner names the outlet and dates it, the headline
  // under it is the title (see `readReleaseBanner`).
  const releaseBanner = readReleaseBanner(lines, (line) => RULE_LINE.test(line));
  if (releaseBanner)
    adopt(releaseBanner, {
      title: releaseBanner.title,
      outlet: releaseBanner.issuer,
      date: stampDate(releaseBanner.stamp),
    });
  // A company site's news page: its head goes down to the story's heading over its stamp line naming its section; the heading is
  // the title, the stamp dates it; the more-news list and the legal notice go (see `readSectionStampPage`).
  const sectionPage = readSectionStampPage(lines);
  if (sectionPage) adopt(sectionPage, { title: sectionPage.title, date: stampDate(sectionPage.stamp.split(/\s*[·|•]\s*/u)[0] ?? "") });
  // A road agency's condition bulletin: the news item's headline under the rule below its status table is the title (see
  // `readStatusBulletin`).
  const bulletin = readStatusBulletin(lines, (line) => RULE_LINE.test(line));
  if (bulletin) {
    lines = bulletin.lines;
    inferred.title ??= bulletin.title;
    for (const line of bulletin.head) takeMetadataLine(line, inferred);
  }
  // A section page's quoted callout of urgent news: its bold headline is the title, not the section's name (see `readInfoCallout`).
  const callout = readInfoCallout(lines, (line) => isBreadcrumb(line) || HOME_CRUMB.test(line) || SLASH_CRUMB.test(line));
  if (callout) adopt(callout, { title: callout.title });
  // A signed-in portal's announcement: the portal's head goes down to its heading, its attachments, counters and app links go; the
  // organisation over the signed-in line names the outlet (see `readPortalPost`).
  const portal = readPortalPost(lines);
  if (portal) adopt(portal, { outlet: portal.organisation });
  // An excerpt of a body's report: the section's bold headline under the excerpt's label is the title; the label, the footnotes
  // and their marks and the other-news line go (see `readReportExcerpt`).
  const excerpt = readReportExcerpt(lines);
  if (excerpt) adopt(excerpt, { title: excerpt.title });
  // A booking page under a suspension banner: the operator's head and the booking widget go, the banner's text stays (see
  // `readBookingPage`).
  lines = readBookingPage(lines, (line) => RULE_LINE.test(line)) ?? lines;
  // A help page's update between rules: its headline is the title, its label's day the date; the page's name with its intro and
  // the back-to-top links go (see `readFaqUpdate`).
  const faq = readFaqUpdate(lines, (line) => RULE_LINE.test(line), (text) => stampDate(text) !== null);
  if (faq) adopt(faq, { title: faq.title, date: stampDate(faq.stamp), outlet: faq.site });
  // A service-disruption page: the banner's words between rules are the title, its as-at field dates it; the site's head (its
  // organisation names the outlet), the related notices and the footer go (see `readDisruptionBanner`).
  const disruption = readDisruptionBanner(lines, (line) => RULE_LINE.test(line), capitalsAsName);
  if (disruption) adopt(disruption, { title: disruption.title, date: stampDate(disruption.stamp), outlet: disruption.organisation });
  // A club's statement posted in its members' area, framed over its posting line: the heading is the title, the posting line's day
  // the date; the members-only note and the area's counters go (see `readMembersStatement`).
  const membersStatement = readMembersStatement(lines, (line) => RULE_LINE.test(line));
  if (membersStatement) adopt(membersStatement, { title: membersStatement.title, date: stampDate(membersStatement.posted) });
  // A club's trip report page: the headline naming itself a report is the title; the head above it, the listings under labels in
  // capitals and the footer's rows go (see `readTripReportPage`).
  const tripReport = readTripReportPage(lines);
  if (tripReport) adopt(tripReport, { title: tripReport.title });
  // A club's or charity's plain-text page whose story is boxed under its label between dashed rules: its headline is the title, its
  // issue line the date, the name its page opens with and its footer repeats the outlet; the head, the other blocks and the footer
  // go (see `readNoticeBoxPage`, `footerSiteName`).
  const boxSite = footerSiteName(lines);
  // (So is one whose boxed post's headline is marked and wrapped, or whose boxes are drawn with equals signs: see
  // `readMarkedHeadlineBox`, `readDoubleRuledBox`.)
  const noticeBox =
    boxSite === null
      ? null
      : (readNoticeBoxPage(lines, (line) => RULE_LINE.test(line), stampDate) ??
        readMarkedHeadlineBox(lines, (line) => RULE_LINE.test(line), stampDate) ??
        readDoubleRuledBox(lines, (line) => RULE_LINE.test(line), stampDate));
  // (Without an issue line, the box's label dated after a dot dates it: see `newsBoxLabelDate`.)
  if (noticeBox) adopt(noticeBox, { title: noticeBox.title, date: stampDate(noticeBox.issued ?? "") ?? newsBoxLabelDate(lines, stampDate), outlet: boxSite });
  // (So is one whose box's label carries the story's day: see `readDatedBoxLabel`.)
  const datedBox = timetable || noticeBox ? null : readDatedBoxLabel(lines, (line) => RULE_LINE.test(line), stampDate);
  if (datedBox) adopt(datedBox, { title: datedBox.title, date: stampDate(datedBox.issued ?? ""), outlet: datedBox.site ?? boxSite ?? undefined });
  // (So is one whose box's label carries the post's weekday and day without its year: see `readYearlessBoxLabel`.)
  const yearlessBox = timetable || noticeBox || datedBox ? null : readYearlessBoxLabel(lines, (line) => RULE_LINE.test(line), stampDate);
  if (yearlessBox) adopt(yearlessBox, { title: yearlessBox.title, date: yearlessBox.date, outlet: yearlessBox.site ?? undefined });
  // A business's plain-text page whose news or blog section is boxed under its label between dashed rules (when no notice's box
  // is): the post's headline is the title; the head, forms, price lists, the box and the section's teasers above it go (see
  // `readNewsBoxPage`).
  const newsBox = timetable || noticeBox ? null : readNewsBoxPage(lines, (line) => RULE_LINE.test(line));
  // (The box's label dated after a dot dates the post: see `newsBoxLabelDate`.)
  if (newsBox) adopt(newsBox, { title: newsBox.title, date: newsBoxLabelDate(lines, stampDate) });
  // A blog's pager row under its post (older, newer post: headline) goes (see `withoutPostPagers`).
  lines = withoutPostPagers(lines);
  // A statement set off between rules inside a status page: its label with its subject is the title (see `readStatementBlock`).
  const statement = readStatementBlock(lines, (line) => RULE_LINE.test(line), capitalsAsName);
  if (statement) adopt(statement, { title: statement.title });
  // A statement under a rule inside a live status page, over who it is from and when it was issued: its heading is the title, the
  // issue line dates it; the page's refresh notes, its key to its signs and its short footer under the statement go (see
  // `readIssuedStatement`).
  const issued = statement ? null : readIssuedStatement(lines, (line) => RULE_LINE.test(line) || /^~{3,}$/u.test(line), stampDate);
  if (issued) {
    lines = issued.lines;
    inferred.title ??= issued.title;
    inferred.date ??= issued.date;
    // (The page's masthead over it, in capitals or in bold alone, names the outlet and leaves: "ALDERMONT LIFTS".)
    const top = lines.findIndex((line) => line.trim() !== "");
    const masthead = top >= 0 && inferred.outlet === null ? mastheadName(lines[top] ?? "") : null;
    if (masthead !== null) {
      inferred.outlet = capitalsAsName(masthead);
      lines.splice(top, 1);
    }
  }
  // A statement framed between rules inside its organisation's page, its issue clause in the frame: its heading is the title, the
  // clause's day the date, the copyright's owner the outlet; the page's head and standing sections that tell nothing go (see
  // `readFramedStatement`).
  const framed = statement || issued ? null : readFramedStatement(lines, (line) => RULE_LINE.test(line), stampDate);
  if (framed) adopt(framed, { title: framed.title, date: stampDate(framed.stamp), outlet: framed.owner });
  // A letters page's news brief under its label below a rule: its headline is the title (see `readNewsBrief`).
  const brief = readNewsBrief(lines, (line) => RULE_LINE.test(line));
  if (brief) adopt(brief, { title: brief.title });
  // A rescue team's callout card under a rule: its kind with its reference and type is the title, its date field dates it (see
  // `readCalloutCard`).
  const calloutCard = readCalloutCard(lines, (line) => RULE_LINE.test(line));
  if (calloutCard) adopt(calloutCard, { title: calloutCard.title, date: stampDate(calloutCard.date ?? "") });
  // An events calendar with a cancelled entry: the entry's name is the title, the statement's issue line dates it, the other
  // entries go (see `readEventsCalendar`).
  const calendar = readEventsCalendar(lines, (line) => RULE_LINE.test(line));
  if (calendar) adopt(calendar, { title: calendar.title, date: stampDate(calendar.issued ?? "") });
  // A notice board page: the manager's pinned statement gives the title and its signature's day the date, the board's name the
  // outlet; the head, the ads' sections and the board's rules go (see `readNoticeBoard`).
  const noticeBoard = readNoticeBoard(lines, (line) => RULE_LINE.test(line));
  if (noticeBoard) adopt(noticeBoard, { title: noticeBoard.title, date: noticeBoard.date, outlet: noticeBoard.board });
  // A road events feed export: the news story's heading under the drivers' reports is the title, the export's day the date; the
  // app's head, the reports' votes and its closing lines go (see `readRoadFeed`).
  const roadFeed = readRoadFeed(lines, (line) => RULE_LINE.test(line));
  if (roadFeed) adopt(roadFeed, { title: roadFeed.title, date: roadFeed.date, outlet: roadFeed.app });
  // A review aggregator's page of a place: the reviews' bar, the ratings and the owner's invitation go; the headline of the news
  // about the place is the title (see `readReviewPage`).
  const reviews = readReviewPage(lines);
  if (reviews) adopt(reviews, { title: reviews.title });
  // An app's notification export: its head and the app's chatter go; the statement a notification opened gives the title and
  // its issuer the outlet (see `readNotificationExport`).
  const notifications = readNotificationExport(lines, (line) => RULE_LINE.test(line));
  if (notifications) adopt(notifications, { title: notifications.title, outlet: notifications.issuer });
  // A closures page: the incident update's headline under the closures table is the title, the status line dates it; the site's
  // head, the tabs, the widgets' placeholders and the closing links go (see `readClosuresPage`).
  const closures = readClosuresPage(lines);
  if (closures) adopt(closures, { title: closures.title, date: stampDate(closures.stamp), outlet: closures.agency });
  // A residents' hub page carrying an incident bulletin: the account's status row and the form's box go; the bulletin's headline is
  // the title, its publication line dates it (see `readResidentHub`).
  const hub = readResidentHub(lines, (line) => RULE_LINE.test(line), stampDate);
  if (hub) adopt(hub, { title: hub.title, date: hub.date });
  // A personal-account portal's page carrying a notice: the sign-in box, the closing blocks and the version line go; the notice's
  // heading is the title, its posting line dates it (see `readAccountPortal`).
  const accountPortal = readAccountPortal(lines, (line) => RULE_LINE.test(line), stampDate);
  if (accountPortal) adopt(accountPortal, { title: accountPortal.title, date: accountPortal.date });
  // A visitor-information page carrying a notice: its standing sections and its name go, the place's name over its contact line
  // names the outlet, a statement's line between rules gives the title and the date (see `readVisitorPage`).
  const visitorPage = readVisitorPage(lines, (line) => RULE_LINE.test(line), isContactLine, (text) => stampDate(text) !== null);
  if (visitorPage) adopt(visitorPage, { title: visitorPage.title, date: stampDate(visitorPage.stamp ?? ""), outlet: visitorPage.place });
  // An organisation's own site: a sectioned site's news item, a site's listings under bold names, a shop's announcement among its
  // cards, a matchday programme, a plain-text site's menu and alert rows, a picture's credit, a fees table, an open-data portal's
  // dataset page, a report's numbered section (see `readSitePages`).
  const sitePages = readSitePages(lines, (line) => RULE_LINE.test(line), stampDate);
  lines = sitePages.lines;
  inferred.title ??= sitePages.title;
  inferred.date ??= sitePages.date;
  inferred.outlet ??= sitePages.outlet;
  // An organisation's own page carrying one post about an event: its heading is the title; the page's head and standing listings
  // go (see `readOrganisationPosts`).
  const organisationPost = readOrganisationPosts(lines, (line) => RULE_LINE.test(line), stampDate);
  if (organisationPost) adopt(organisationPost, organisationPost);
  // A parish site's church calendar line, its visit counter and its donation details block go (see `dropParishSiteFurniture`).
  dropParishSiteFurniture(lines, (line) => RULE_LINE.test(line));
  // A public body's press-centre page: the site's head above the first rule and the print row go, the body's name names the
  // outlet (see `readPressCentrePage`).
  const pressCentre = readPressCentrePage(lines, (line) => RULE_LINE.test(line));
  if (pressCentre) {
    lines = pressCentre.lines;
    if (pressCentre.body !== null) inferred.outlet ??= capitalsAsName(pressCentre.body);
    for (const line of pressCentre.head) takeMetadataLine(line, inferred);
  }
  // A public body's news page: the item's level-1 heading under the news section is the title, the body's own name the outlet; the
  // head, the hotline box and the memo box go (see `readAgencyNewsPage`).
  const agencyNews = readAgencyNewsPage(lines, (line) => RULE_LINE.test(line));
  if (agencyNews) adopt(agencyNews, { title: agencyNews.title, outlet: agencyNews.body });
  // A press release inside an organisation's page under its label in a heading: the release's headline is the title (see
  // `takeReleaseHeading`).
  const releaseHeading = takeReleaseHeading(lines, (line) => RULE_LINE.test(line), isContactLine);
  if (releaseHeading !== null) inferred.title ??= releaseHeading;
  // A members' bulletin of sections between rules: its masthead, its service sections and its publisher's footer go; the headline
  // under the longest section's label is the title, the body over the masthead the outlet (see `readMembersBulletin`).
  const bulletinIssue = readMembersBulletin(lines, (line) => RULE_LINE.test(line) || /^~{3,}$/u.test(line));
  if (bulletinIssue) {
    lines = bulletinIssue.lines;
    inferred.title ??= bulletinIssue.title;
    if (bulletinIssue.body !== "") inferred.outlet ??= capitalsAsName(bulletinIssue.body);
  }
  const quotedHeadline = takeQuotedHeadline(lines);
  // A question-and-answer page: its title is the headline of the article an answer pastes, not the member's question.
  const answersPage = quotedHeadline !== null && lines.some((line) => QA_HEAD.test(furnitureView(line)));

  inferred.url ??= fullVersionLink(uncaptioned);
  takeDatePrefix(lines, inferred);
  // A newsletter's lead story under its label: its headline is the title, not the e-mail's subject (see `takeLeadStoryHeadline`).
  const lead = takeLeadStoryHeadline(lines);
  if (lead !== null) inferred.title ??= lead;
  // A digest e-mail of several stories: only the one the file is named after is its text. Another newsletter's head above its
  // first rule (its name, its issue, its tagline, the reader's greeting) is not its text.
  if (takeEmailHeaders(lines, inferred)) {
    const digest = digestStory(lines, id);
    if (digest) lines = digest;
    else for (const line of dropHeadAboveRule(lines, (line) => RULE_LINE.test(line))) takeMetadataLine(line, inferred);
  }
  lines = withoutSocialPageFurniture(lines, inferred);
  // The site's name over its page, which its copyright line confirms, is not the story's words; it names the outlet
  // when nothing else does (not a question-and-answer site's, which hosts what its members paste).
  // (A quick exit button above the name is the page's furniture; a help centre's name is the organisation's.)
  const site = siteNameByCopyright(lines, (line) => QUICK_EXIT.test(line) || ACCESSIBILITY_ROW.test(furnitureView(line))) ?? helpCentreName(lines);
  if (site) {
    const heading = /^(#{1,6})\s/u.exec(lines[site.index] ?? "")?.[1]?.length ?? 0;
    lines.splice(site.index, 1);
    // (A heading of a lower level right under the site's name in a heading is its tagline: "### Русской Православной Церкви …".)
    const under = /^(#{1,6})\s/u.exec(lines[site.index] ?? "")?.[1]?.length ?? 0;
    if (heading > 0 && under > heading) lines.splice(site.index, 1);
  }
  // An incident log: its head goes (its date field dates it), each entry's time opens the entry (see `readIncidentLog`).
  const log = readIncidentLog(lines);
  if (log) adopt(log, { date: stampDate(log.date ?? ""), title: log.headline });
  // A phone's screenshot of a page: the masthead by its menu icons names the outlet, as the text spells it.
  const masthead = lines.map(iconMastheadName).find((name) => name !== null);
  if (masthead) inferred.outlet ??= spellingInText(uncaptioned, masthead, true);
  dropHostPageAboveReprint(lines, inferred);
  // An organisation's page head: under a site's name down to the rule under its masthead, down to a menu or a breadcrumb; a
  // report's letterhead; a notice's header fields (see `page-head.ts`). Their stamps still date the page.
  // (Not a question-and-answer page's: the member's question stands under its bars.)
  const head = answersPage || !site ? [] : [...dropHeadAboveRule(lines, (line) => RULE_LINE.test(line)), ...dropHeadAboveNavigation(lines, isHeadEnd)];
  for (const line of head) takeMetadataLine(line, inferred);
  // An alerts page: the alert with the most text is the story, its headline the title, its issue stamp the date; the page's intro,
  // the other alerts and the alerts' frames go (see `readAlertList`).
  const alerts = readAlertList(lines);
  if (alerts) adopt(alerts, { title: alerts.title, date: stampDate(alerts.stamp ?? "") });
  // A notice headed by its kind over its issuer's letterhead, a news item pasted under it: the issuer names the outlet, the item's
  // headline is the title (see `readPostedNotice`).
  const posted = readPostedNotice(lines);
  if (posted) adopt(posted, { outlet: posted.issuer, title: posted.title });
  // An event page under its status banner ("EVENT CANCELLED"): the event's name on its card is the title (see `readEventPage`).
  const event = readEventPage(lines);
  if (event) adopt(event, { title: event.title });
  // (A menu or a breadcrumb ends a page's head; so do a search field and a row of buttons.)
  // A press release's head over its rule: the issuer names the outlet, the embargo dates it; the desk's offers among its notes go.
  const release = takeReleaseHead(lines);
  if (release) {
    if (release.issuer !== null) inferred.outlet ??= capitalsAsName(spellingInText(uncaptioned, release.issuer, true));
    inferred.date ??= stampDate(release.embargo ?? "");
    lines = withoutDeskOffers(lines);
  }
  const letterhead = takeLetterhead(lines);
  if (letterhead) {
    inferred.outlet ??= letterhead.issuer;
    inferred.title ??= letterhead.title;
    for (const line of letterhead.removed) takeMetadataLine(line, inferred);
  }
  // A public register's record: the viewer's head and the record's summary go, the body names the outlet, the press summary's
  // headline is the title and its label's note dates it (see `readRegisterRecord`).
  const register = readRegisterRecord(lines);
  if (register) {
    lines = register.lines;
    if (register.body !== null) inferred.outlet ??= capitalsAsName(spellingInText(uncaptioned, register.body, true));
    inferred.title ??= register.headline;
    const noted = (register.note ?? "").split(/,\s*/u).map((part) => stampDate(part)).find((date) => date !== null);
    inferred.date ??= noted ?? null;
  }
  // Minutes: the body's letterhead goes (it names the outlet), the opening line dates them, their main item's heading is the title.
  const minutes = readMinutes(lines, (text) => stampDate(text) !== null);
  if (minutes) adopt(minutes, { outlet: minutes.body, date: stampDate(minutes.date ?? ""), title: minutes.title });
  // A court's act: its case's card and its kind go; the kind with the case's number is the title, the card's stamp the date.
  const act = readCourtAct(lines);
  if (act) adopt(act, { title: act.title, date: stampDate(act.published ?? "") });
  // A record's card under the page's kind: the kind and its status leave, the headline under it (or the kind with its subject) is
  // the title, its hearing's or decision's date dates a page that gives no other (see `readRecordCard`).
  const card = readRecordCard(lines);
  if (card) adopt(card, { title: card.title });
  const notice = takeNoticeFields(lines);
  if (notice) {
    inferred.title ??= notice.subject;
    inferred.date ??= stampDate(notice.issued ?? "");
  }
  // A documents list inside the page, each file with its kind and size, is the site's downloads (see `dropDocumentsBlock`).
  dropDocumentsBlock(lines);
  // A labelled share row under a post's last paragraph closes its story: what follows is the site's (see `storyEndAtShareRow`).
  const shareEnd = storyEndAtShareRow(lines);
  if (shareEnd !== null) lines.splice(shareEnd);
  for (const blockEnd of [sponsoredBoxEnd, relatedBlockEnd, revisionHistoryEnd, authorBoxEnd, commentsEnd, repliesEnd, answersEnd, rankedAnswersEnd, pollEnd, sourceListEnd, fieldTableEnd, chaptersEnd, pressNotesEnd, legendEnd, statusPanelEnd, statusTableEnd, scheduleEnd, voteEnd, tideTableEnd, priceListEnd, bettingWidgetEnd, sideBoxEnd, disclaimerEnd, approvalStampEnd, codeKeyEnd, petitionEnd, notificationShadeEnd, formSectionEnd, contactBlockEnd, mapLegendEnd, jobsBoardEnd, receptionHoursEnd, writersGuideEnd]) dropBlocks(lines, blockEnd);
  // A page's footer under its last rule: links, copyright, the owner's notes (see `dropFooterUnderRule`).
  const isFurnitureLine = (line: string): boolean => isBoilerplate(furnitureView(line)) || isBoilerplate(withoutLeadingPictographs(furnitureView(line)));
  for (const line of dropFooterUnderRule(lines, (line) => RULE_LINE.test(line), site?.name ?? null, isFurnitureLine)) takeMetadataLine(line, inferred);
  // A court site's case card over its news item on the case: the card down to the rule over the item goes (see `dropCaseCard`).
  dropCaseCard(lines, (line) => RULE_LINE.test(line));
  // A site of standing sections between rules, one carrying the story, when no reader found its title: its heading is the title, its
  // stamp the date, the site's name the outlet; the head, the standing sections and the footer go (see `readStorySectionPage`).
  const storySection = fields.title === null && inferred.title === null ? readStorySectionPage(lines, (line) => RULE_LINE.test(line), stampDate) : null;
  if (storySection) adopt(storySection, { title: storySection.title, date: stampDate(storySection.stamp ?? ""), outlet: storySection.site });
  // A blog post under its site's name heading and head down to a breadcrumb: the name is the outlet, the head goes, the post's own
  // heading under the crumb stays to be the title (see `readCrumbedPostHead`).
  const crumbed =
    fields.title === null && inferred.title === null
      ? readCrumbedPostHead(lines, isBreadcrumb, (line) => {
          const draft: MetaDraft = { title: null, date: null, outlet: null, url: null, lang: null };
          return takeMetadataLine(line, draft) && draft.date !== null;
        })
      : null;
  if (crumbed) {
    inferred.outlet ??= crumbed.site;
    lines.splice(crumbed.start, crumbed.end - crumbed.start);
  }
  // The story's headline inside a page that opens with something else: an alert banner's, or a heading with its own stamp or under
  // the page's news section (see `story-heading.ts`); or the news item's on a page cut by rules into widget blocks, which then go
  // (see `takeSectionedHeadline`: first when its stamp line names the news section, last under a news label or a banner).
  if (fields.title === null && inferred.title === null) {
    const blocks = [...lines];
    inferred.title =
      takeAlertHeadline(lines) ??
      takeReportStory(lines, inferred) ??
      takeSectionedHeadline(lines, inferred, false) ??
      takeStoryHeading(lines, inferred) ??
      takeSectionedHeadline(lines, inferred, true);
    // (A block after the story under a label in capitals told in sentences, an appeal's total, stays: see `withBoxedAppeals`.)
    if (inferred.title !== null) lines = withBoxedAppeals(blocks, lines) ?? lines;
  }
  // An author's dated updates under the story: each update's day opens its text (see `withDatedUpdates`).
  lines = withDatedUpdates(lines, (text) => text.length <= STAMP_LINE_CHARS && stampDate(text) !== null);
  const channel = dropChannelNames(lines);
  lines = lines.filter(
    (line) =>
      !takeMetadataLine(line, inferred) &&
      !(line.length <= MAX_BOILERPLATE_CHARS && FORM_BLANKS.test(line)) &&
      !isBoilerplate(furnitureView(line)) &&
      !isBoilerplate(withoutLeadingPictographs(furnitureView(line))) &&
      !(/^#{1,6}\s/u.test(line) && isBoilerplate(headerView(line))),
  );
  // A closing block ending with the copyright line, with no rule above it, is the site's footer; its owner names the outlet (see
  // `dropCopyrightBlock`).
  const copyright = dropCopyrightBlock(lines);
  if (copyright) inferred.outlet ??= copyright.owner;
  // (A status page's filter row and status key above its statement go, once its head is gone.)
  if (statement) withoutStatusPageKey(lines);
  dropSignOffs(lines);
  trimEdges(lines, inferred);
  // A closing list of the page's files under its heading is the site's downloads (see `dropClosingDocumentsList`).
  if (dropClosingDocumentsList(lines)) trimEdges(lines, inferred);
  // (A note that the text was prepared on a day, or after field trips ending on one, dates a page that gives no other: «Материал
  // подготовлен 12 марта 2033 года», «Сводка подготовлена … по итогам выездов 9–12 июня 2034 года».)
  inferred.date ??= preparedDate(lines);
  // (So does a head's notice stamped with its weekday and day, in its copyright's year: see `noticeUpdateDate`.)
  inferred.date ??= noticeUpdateDate(rawLines, stampDate);
  inferred.date ??= stampDate(card?.date ?? "");
  // (The site's name alone closing its page, "**Ставровский государственный университет**", is its footer's.)
  // (So is a last line opened by the name, saying what the owner is or how to reach it: "WVFM 104.2 is part of Dalesound Radio Group ·
  // Studio line 01632 960 104 · …", "SITE & STRUCTURE WEEKLY is published by Lintel Media Ltd, Unit 9, …".)
  const closing = lines.findLastIndex((line) => line !== "");
  const closingLine = site && closing > 0 ? headerView(lines[closing] ?? "") : "";
  const ownerLine = (name: string): boolean => closingLine.toLowerCase().startsWith(`${name.toLowerCase()} `) && (OWNER_NOTE.test(closingLine.slice(name.length + 1)) || isContactLine(closingLine));
  if (site && closing > 0 && (closingLine.toLowerCase() === site.name.toLowerCase() || ownerLine(site.name))) {
    lines.splice(closing);
    trimEdges(lines, inferred);
  }
  // (A channel's or a site's name names the outlet only when the text's own lines do not.)
  inferred.outlet ??= channel ?? (site && !answersPage ? site.name : null);
  // (An organisation's site's name or copyright names the outlet when nothing else does: see `readSitePages`.)
  inferred.outlet ??= sitePages.fallbackOutlet;
  // (A statement's issue line naming an organisation by its legal form names the outlet when nothing else does: see `issuerOfLine`.)
  inferred.outlet ??= issued ? issuerOfLine(issued.issued) : null;
  // (A site's name opening its page that its footer repeats names the outlet when nothing else does: see `footerSiteName`.)
  inferred.outlet ??= footerSiteName(rawLines);
  // (So does the site's name in a tab's title opening the page that its copyright repeats: see `tabTitleSiteName`.)
  inferred.outlet ??= tabTitleSiteName(rawLines);
  // (So does the site's name in capitals opening the page that its copyright repeats after the year: see `copyrightSiteName`.)
  inferred.outlet ??= copyrightSiteName(rawLines);

  dropTabTitle(lines);
  if (answersPage) dropPageHead(lines);
  // A match page: the score line near its top is its headline, and it stays in the text (the report does not repeat the result).
  const score = fields.title === null && inferred.title === null ? lines.filter((line) => line !== "").slice(0, MAX_LINES_TO_SCORE).find((line) => SCORE_LINE.test(line)) : undefined;
  if (score !== undefined) inferred.title = score.replace(/\s{2,}/gu, " ");
  // A newsletter of sections: the one its file is named after gives the title (see `namedSectionHeading`).
  // (Or, named after none, the lead story that holds most of its text: see `leadSectionHeading`.)
  const named = fields.title === null && inferred.title === null ? (namedSectionHeading(lines, id) ?? leadSectionHeading(lines)) : null;
  if (named !== null) inferred.title = lines.splice(named, 1)[0] ?? null;
  const title = answersPage ? quotedHeadline : (takeTitle(lines, fields.title ?? inferred.title) ?? quotedHeadline);
  dropInfobox(lines, fields.title ?? inferred.title ?? title);
  // (The post's credit lines under its headline, its sources and sections, go: see `dropHeadCreditLines`.)
  dropHeadCreditLines(lines);
  // (A document's numbered points keep their numbers when they have sub-points or the text cites them: see `citedPointLines`.)
  const points = citedPointLines(lines);
  const text = lines
    .flatMap((line, i) => withoutBlockMarkup(line, points.has(i)) ?? [])
    // (A bold run-in heading goes on a line of its own, as a subheading: see `splitRunInHeading`.)
    .flatMap((line) => splitRunInHeading(line))
    .map((line) => withoutBannerFrame(withoutLeadLabel(withoutFootnoteMarks(withoutTablePipes(withoutInlineEmphasis(withoutLineEmphasis(withoutStrongEmphasis(line))))))))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  const url = fields.url ?? inferred.url;
  return {
    id,
    meta: {
      // (A headline read with its section's crumb loses it: see `withoutSectionCrumb`.)
      title: fields.title ?? withoutSectionCrumb(inferred.title ?? title),
      date: fields.date ?? inferred.date ?? headerDate ?? numberedTitleDate(fields.title ?? inferred.title ?? title),
      outlet: fields.outlet ?? inferOutlet(text, inferred.outlet, url),
      url,
      lang: fields.lang ?? detectLanguage(text),
    },
    text,
    hash,
  };
}

/** What a page's owner is, after its name in the footer ("is part of Dalesound Radio Group", "is published by Lintel Media Ltd", «входит в …»). */
const OWNER_NOTE = /^(?:is|are)\s+(?:part of|a member of|published by|owned by|run by|operated by|a (?:service|publication|brand|division) of)\s|^(?:входит в|является частью|издаётся|издается)(?!\p{L})/iu;

/**
 * Whether a line ends a page's head: a menu or a breadcrumb (also one from the home page between arrows or slashes, see
 * `HOME_CRUMB`, `SLASH_CRUMB`), a search field (see `isFormField`), a row of buttons (see `BUTTON_ROW`).
 */
function isHeadEnd(line: string): boolean {
  const view = furnitureView(line);
  return isNavigationRow(view) || isFormField(view) || BUTTON_ROW.test(view) || HOME_CRUMB.test(view) || SLASH_CRUMB.test(view);
}

/** A breadcrumb from the home page, its parts between arrows («Главная → Ограничения движения → Действующие ограничения»). */
const HOME_CRUMB = /^(?:home|главная)\s+(?:[>›»/→]\s+[^>›»/→]{1,40}){2,}$/iu;
/** A breadcrumb of three parts or more between slashes, each capitalised and short ("Research Blog  /  Threat Intelligence  /  Healthcare"). */
const SLASH_CRUMB = /^\p{Lu}[^/.!?]{0,40}(?:\s+\/\s+\p{Lu}[^/.!?]{0,40}){2,}$/u;

// ---------------------------------------------------------------------------------------------
// Front matter

/** Something wrong in a file's front matter; `line` is 1-based, counted in the file. */
export interface FrontMatterProblem {
  line: number;
  message: string;
}

/**
 * The problems of a seed file's front matter that `parseArticle` works around (it infers the
 * metadata from the text instead): a block that is not valid YAML, a date that is not a real
 * calendar date. Empty for a file without front matter. Pure.
 */
export function frontMatterProblems(raw: string): FrontMatterProblem[] {
  return readFrontMatter(raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n")).problems;
}

/** A `key: value` line, which tells front matter from a text that merely opens with a `---` rule. */
const FIELD_LINE = /^[A-Za-z_][\w-]*[ \t]*:/m;

/**
 * Reads leading YAML front matter. Text without front matter is returned unchanged. A block of
 * `key:` lines that is not valid YAML is still removed from the body (it is not article text) and
 * reported; its fields are then unknown and inferred from the text, as is a date that is not a
 * real calendar date.
 */
function readFrontMatter(text: string): { fields: MetaDraft; body: string; problems: FrontMatterProblem[] } {
  const empty: MetaDraft = { title: null, date: null, outlet: null, url: null, lang: null };
  const match = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  if (!match) return { fields: empty, body: text, problems: [] };
  const block = match[1] ?? "";
  let data: unknown;
  try {
    data = parseYaml(block);
  } catch (error) {
    if (!FIELD_LINE.test(block)) return { fields: empty, body: text, problems: [] }; // not front matter after all
    // The block starts on the file's second line (after the opening `---`).
    const line = 1 + (yamlErrorLine(error) ?? 1);
    const why = error instanceof Error ? error.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") : String(error);
    return {
      fields: empty,
      body: text.slice(match[0].length),
      problems: [{ line, message: `front matter is not valid YAML (${why}); its fields are ignored and inferred from the text` }],
    };
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) return { fields: empty, body: text, problems: [] };
  const record = data as Record<string, unknown>;
  const lang = stringField(record["lang"])?.toLowerCase();
  const problems: FrontMatterProblem[] = [];
  let date: string | null = null;
  if (record["date"] !== undefined && record["date"] !== null) {
    date = normalizeDate(record["date"]);
    if (date === null || !isCalendarDate(date)) {
      date = null;
      const keyLine = block.split("\n").findIndex((l) => /^date[ \t]*:/.test(l));
      const shown = record["date"] instanceof Date ? record["date"].toISOString() : String(record["date"]);
      problems.push({
        line: 2 + Math.max(0, keyLine),
        message: `invalid date ${JSON.stringify(shown)} (expected a date such as 2024-03-23); the date is inferred from the text`,
      });
    }
  }
  // (A `source` that is an address is the page's URL, as a notes app's clipper writes it: `source: "https://…"`.)
  const source = stringField(record["source"]);
  const sourceUrl = source !== null && /^https?:\/\/\S+$/iu.test(source) ? source : null;
  return {
    fields: {
      title: stringField(record["title"]),
      date,
      outlet: (sourceUrl === null ? source : null) ?? stringField(record["outlet"]),
      url: stringField(record["url"]) ?? sourceUrl,
      lang: lang === "en" || lang === "ru" ? lang : null,
    },
    body: text.slice(match[0].length),
    problems,
  };
}

/** The 1-based line (within the parsed text) where the `yaml` library located an error. */
function yamlErrorLine(error: unknown): number | null {
  const linePos = (error as { linePos?: { line?: unknown }[] } | null)?.linePos;
  const line = linePos?.[0]?.line;
  return typeof line === "number" ? line : null;
}

/** `YYYY-MM-DD` naming a day that exists (not 2024-02-30). */
function isCalendarDate(iso: string): boolean {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function stringField(value: unknown): string | null {
  if (typeof value === "number") return String(value);
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}

// ---------------------------------------------------------------------------------------------
// Dates

/**
 * A form's field in brackets and its button, or a search field opening the line ("Search hearings and decisions: [ Name, reference …
 * ]  [Search]", «Проверьте связь по адресу: [ Город, улица, дом ] **Проверить**», "[ Search for articles, e.g. … ]   Submit a request").
 */
const FORM_FIELD =
  /\[[^\]]{2,80}\]\s*\[\s*(?:search|go|find|check|submit|найти|искать|поиск|проверить|показать)(?!\p{L})[^\]]{0,20}\]$|^\[\s*(?:search|поиск|найти|искать)(?!\p{L})[^\]]{0,80}\]/iu;
/** A form's field in brackets and its button's capitalised word after it, no bracket («[ Город, улица, дом ] Проверить»; "[them] go" is a quotation's). */
const FORM_FIELD_WORD = /\[[^\]]{2,80}\]\s*(?:\*\*)?(?:Проверить|Найти|Искать|Search|Check|Find|Go)(?:\*\*)?$/u;

/** Whether a line is a form's field with its button (see `FORM_FIELD`, `FORM_FIELD_WORD`). */
function isFormField(line: string): boolean {
  return FORM_FIELD.test(line) || FORM_FIELD_WORD.test(line);
}
/** A row of buttons alone ("[ Report online ]   [ Tell us about a crime ]   [ Give us information ]"). */
const BUTTON_ROW = /^(?:\[[^\]]{1,40}\]\s*){2,}$/u;

/**
 * A row of a public body's accessibility links over its name («Версия для слабовидящих · English · Горячая линия: …», "Accessibility
 * · Cymraeg · Contact us"): the page's tools, not its name.
 */
const ACCESSIBILITY_ROW = /^(?:👁\uFE0F?\s*)?(?:версия для слабовидящих|accessibility(?: tools| options)?|easy read)(?:\s*👁\uFE0F?)?\s*(?:[·|]|$)/iu;

/** A safety site's quick exit button over its page ("[ Quick exit ]  Leave this site now - press Esc twice", «[ Быстрый выход ]»). */
const QUICK_EXIT = /^\[\s*(?:quick exit|exit (?:this )?site(?: now)?|leave (?:this )?site(?: now)?|hide (?:this )?page|быстрый выход|скрыть страницу|покинуть сайт)\s*\]/iu;

/** An e-mail's header line ("From: The Post <news@post.at>", "Subject: …", "Sent: Tuesday 16 November 2027, 18:45 GMT"). */
const EMAIL_HEADER = /^(from|to|cc|reply-to|date|sent|subject|preview text|preheader|attachments?|от|кому|копия|дата|отправлено|тема|вложени[ея])\s*:\s*(.*)$/iu;
/** A Russian mail client's header label, by the English one it stands for. */
const EMAIL_LABELS: Readonly<Record<string, string>> = { от: "from", кому: "to", копия: "cc", дата: "date", отправлено: "sent", тема: "subject" };
/** The line closing a forwarded message ("---------- End of forwarded message ----------", «--- Конец пересылаемого сообщения ---»). */
const FORWARD_END = /^-{2,}\s*(?:end of (?:the )?forwarded message|конец пересылаемого сообщения)\s*-{2,}$/iu;
/** A forwarded e-mail's subject ("Fwd: …", "FW: …", «Пересл.: …»): the forwarder's, not the article's headline. */
const FORWARD_SUBJECT = /^(?:fwd?|пересл\.?|пересылка)\s*:/iu;
/**
 * The line a mail client puts over a forwarded message ("---------- Forwarded message ---------", «-------- Пересылаемое
 * сообщение --------», "Begin forwarded message:", "-----Original Message-----"): the forwarder's cover note is above it.
 */
const FORWARD_MARKER = /^(?:-{2,}\s*(?:forwarded message|original message|пересылаемое сообщение|исходное сообщение|перенаправленное сообщение)\s*-{2,}|begin forwarded message:?)$/iu;

/**
 * Takes the header lines of a newsletter copied from an e-mail, at the top of the text: the sender
 * gives the outlet, the subject the title (without the newsletter's name before a "|": "Evening
 * Briefing | Gas leak at Drumlachan High…"; not a digest's list of stories), the date or sending time the date. They
 * leave the body. True when the text is such an e-mail.
 */
function takeEmailHeaders(lines: string[], meta: MetaDraft): boolean {
  let i = lines.findIndex((line) => line !== "");
  const first = i;
  const found: Record<string, string> = {};
  for (; i >= 0 && i < lines.length; i++) {
    const header = EMAIL_HEADER.exec(furnitureView(lines[i] ?? ""));
    if (!header) break;
    const label = (header[1] ?? "").toLowerCase();
    found[EMAIL_LABELS[label] ?? label] = (header[2] ?? "").trim();
  }
  // A "Subject:" or "From:" with another header makes an e-mail; one "Date:" line alone is a stamp.
  if (first < 0 || !(("subject" in found || "from" in found) && Object.keys(found).length >= 2)) return false;
  lines.splice(first, i - first);
  // A forwarded message: the cover note and signature above the forwarded one go, and the forwarder is neither outlet nor title.
  const marker = lines.findIndex((line) => FORWARD_MARKER.test(line));
  const forwarded = marker >= 0 || FORWARD_SUBJECT.test(found["subject"] ?? "");
  if (marker >= 0) {
    // (Below the forwarded message's end, the forwarder's mail goes on: «Отправлено из почты Mail», a confidentiality notice.)
    const end = lines.findIndex((line, j) => j > marker && FORWARD_END.test(line));
    if (end >= 0) lines.splice(end);
    lines.splice(first, marker + 1 - first);
    takeEmailHeaders(lines, meta);
  }
  const sender = found["from"]?.replace(/\s*<[^>]*>\s*$/u, "").trim();
  // (A newsletter's name as the sender, its organisation's in the address: "Tenant News <tenantnews@brookvalehomes.example>".)
  if (sender && !forwarded) meta.outlet ??= senderOrganisation(found["from"] ?? "", sender, lines) ?? unquoted(sender);
  const subject = found["subject"]?.replace(/^[^|]{1,40}\s\|\s+/u, "").trim();
  // (A digest's subject lists its stories, "Выпуск № 1418 · Обломки спутника… · Новые тарифы… · …": not a headline.)
  if (subject && !forwarded && !DIGEST_SUBJECT.test(subject)) meta.title ??= subject;
  const date = stampDate(found["date"] ?? found["sent"] ?? "");
  if (date && !forwarded) meta.date ??= date;
  return true;
}

/** Most words of an organisation's name found for a sender's address. */
const MAX_ORGANISATION_WORDS = 4;

/**
 * The organisation a newsletter's sender address names, as the text writes it: the name of capitalised words whose letters
 * are the address's domain ("Brookvale Homes" for "…@brookvalehomes.example"; written in lower case letters rather than in
 * capitals where the text has both), when the sender's name does not hold the domain already ("Tenant News"). Null otherwise.
 */
function senderOrganisation(from: string, sender: string, lines: readonly string[]): string | null {
  const domain = /@([\p{L}\p{N}-]+)\.[\p{L}\p{N}.-]+>?\s*$/u.exec(from)?.[1]?.toLowerCase().replace(/[^\p{L}]/gu, "");
  if (domain === undefined || domain.length < 4 || sender.toLowerCase().replace(/[^\p{L}]/gu, "").includes(domain)) return null;
  const found: string[] = [];
  for (const line of lines) {
    const words = line.split(/[^\p{L}'’-]+/u).filter((word) => word !== "");
    for (let i = 0; i < words.length; i++) {
      for (let j = i; j < Math.min(words.length, i + MAX_ORGANISATION_WORDS); j++) {
        const name = words.slice(i, j + 1);
        if (!name.every((word) => /^\p{Lu}/u.test(word))) break;
        if (name.join("").toLowerCase().replace(/[^\p{L}]/gu, "") === domain) found.push(name.join(" "));
      }
    }
  }
  return found.find((name) => /\p{Ll}/u.test(name)) ?? found[0] ?? null;
}

/** A digest's subject: an issue's number first, or three items or more between " · " («Выпуск № 1418 · …», "Issue 212 · …"). */
const DIGEST_SUBJECT = /^(?:выпуск|issue|no\.|№)\s*(?:№|no\.?|#)?\s*\d|^[^·]+(?:\s·\s[^·]+){2,}$/iu;

/**
 * Lines without a social page's furniture, its author recorded as the outlet: a photo app's post (see `readPhotoPost`), an
 * aggregator's coverage cluster (see `readCoverageCluster`: the full story's outlet), a fediverse thread's page (see
 * `readFediverseThread`: its first post's time dates it), a link aggregator's post (see `readLinkPost`: the linked site
 * is the outlet), a community's post (see `readCommunityPostHead`) and its folded preview (see `withoutPostPreview`).
 */
function withoutSocialPageFurniture(lines: string[], meta: MetaDraft): string[] {
  const photo = readPhotoPost(lines);
  if (photo) {
    meta.outlet ??= photo.author;
    meta.date ??= stampDate(photo.stamp ?? "");
    return photo.lines;
  }
  const cluster = readCoverageCluster(lines);
  if (cluster) {
    meta.outlet ??= cluster.outlet;
    meta.date ??= stampDate(cluster.stamp);
    return cluster.lines;
  }
  const thread = readFediverseThread(lines);
  if (thread) {
    meta.outlet ??= thread.author;
    meta.date ??= stampDate(thread.stamp);
    return thread.lines;
  }
  const link = readLinkPost(lines);
  if (link) {
    meta.outlet ??= link.site;
    return link.lines;
  }
  const post = readCommunityPostHead(lines, isPostStamp);
  if (post) {
    meta.outlet ??= channelName(post.author);
    meta.date ??= stampDate(post.stamp ?? "");
  }
  return withoutPostPreview(post?.lines ?? lines, furnitureView);
}

/**
 * A post's time alone: a date with a time of day, a day and month with one («17 сен в 16:20»), or a time told relative to
 * now. (A date without a time, "09.09.2035 · № 214", is a document's.)
 */
function isPostStamp(line: string): boolean {
  if (RELATIVE_STAMP.test(line)) return true;
  if (/[·|]/u.test(line) || !/\d{1,2}:\d{2}/u.test(line)) return false;
  return stampDate(line) !== null || DAY_MONTH_STAMP.test(line.replace(/\s+в\s+/u, ", "));
}

/** A channel's or a community's name without its tagline or short name after a bar («Азовский берег | заметки местного»). */
function channelName(name: string): string {
  return name.replace(/\s+\|\s+.*$/u, "").trim();
}

/**
 * A fast mobile or archived copy's link to the page it copies («[Открыть полную версию сайта](https://…)",
 * "[View the original article](https://…)"): the article's own address, or null.
 */
function fullVersionLink(body: string): string | null {
  const link = /\[(?:открыть |перейти (?:на|к) )?(?:полн\p{L}* верси\p{L}*|оригинал\p{L}*)[^\]]{0,30}\]\((https?:\/\/[^)\s]+)\)|\[(?:view |open |read )?(?:the )?(?:full (?:version|site|article|story)|original (?:article|story|page))[^\]]{0,30}\]\((https?:\/\/[^)\s]+)\)/iu.exec(body);
  return link ? (link[1] ?? link[2] ?? null) : null;
}

/** `date 2024-03-23 On March 23, …`: takes the date from the first line and removes the prefix. */
function takeDatePrefix(lines: string[], meta: MetaDraft): void {
  const index = lines.findIndex((line) => line !== "");
  if (index === -1) return;
  const line = lines[index] ?? "";
  const match = /^(?:date|дата)\s*:?\s+(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+|$)/iu.exec(line);
  if (!match) return;
  meta.date = normalizeDate(match[1]);
  lines[index] = line.slice(match[0].length).trim();
}

// ---------------------------------------------------------------------------------------------
// Metadata lines and boilerplate

const URL_LINE =
  /^(?:оригинал статьи|оригинал|источник|ссылка на (?:оригинал|источник|статью)|source|original article|original|originally published at|read the original|url|адрес)\s*:?\s*((?:https?:\/\/)?(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}\/\S*|https?:\/\/\S+)$/iu;
const PUBLISHED_LINE =
  /^(?:опубликовано|размещено(?: на сайте)?|(?:сводка|новость|материал|статья|запись|информация|публикация) размещен[аоы]?(?: на сайте)?|(?:документ|материал|новость|сообщение|информация) опубликован[аоы]?(?: на сайте)?|дата (?:выхода|публикации|размещения|(?:последнего )?изменения|(?:последнего )?обновления)(?: на сайте)?|дата|(?:последнее )?(?:обновл[её]н(?:о|а|ие)?|изменение)|(?:offline copy|saved offline|сохранено офлайн)(?:\s+saved)?|дополнено|изменено|правка|выпуск от|эфир от|sent|aired|broadcast|трансляция (?:началась|начата|завершена)|(?:first\s+|originally\s+)?published(?:\s+on)?|released|создан[аоы]?|created(?:\s+on)?|started(?:\s+on)?|вышел|выпущен|(?:last\s+)?(?:updated?|modified)(?:\s+on)?|filed|revised|posted|date|issued|(?:last )?added|выпущено|дата выпуска)(?![\p{L}])\s*:?\s*(.*)$/iu;
/**
 * An archive's banner over a saved copy of the page ("The Wayback Machine - https://web.archive.org/web/20281107081544/https://…",
 * "Saved from https://… | archive.today"): the address inside is the article's own.
 */
const ARCHIVE_BANNER =
  /^(?:the wayback machine\s*[-–—:]?\s*)?https?:\/\/web\.archive\.org\/web\/\d{4,14}[a-z_]*\/(https?:\/\/\S+)$|^(?:archive\.(?:today|ph|is)\s*(?:webpage capture)?\s*[|·]\s*)?saved from\s*:?\s*(https?:\/\/\S+)/iu;
/** A search engine's cache banner over a cached page; group 1 is the page's address. */
const CACHE_BANNER = /^(?:это сохран[её]нная копия(?: страницы)?|this is (?:google's |bing's |yandex's |a )?cached? (?:copy |version )?of)\s+(https?:\/\/[^\s,]+)/iu;
/** A time told relative to now ("3 hours ago", "just now", «2 часа назад», «только что»): a stamp without a date. */
const RELATIVE_STAMP = /^(?:(?:вчера|сегодня|позавчера|yesterday|today)(?:,?\s*(?:в\s+|at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?(?:\s*\([^()]{1,60}\))?|(?:\d{1,3}|an?|one)\s+(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+ago|just now|\d{1,3}\s+(?:мин(?:ут[уы]?)?|час(?:а|ов)?|дн(?:я|ей)|день)\s+назад|только что)$/iu;
/**
 * What may follow a date in a stamp: a time with its zone ("08:15 BST", ", 11:25", a terminal's "22:52:10.417 GMT") and an update
 * note in brackets («(обновлено в 14:05)», "(updated 10:05)").
 */
const STAMP_TAIL = /(?:,?\s*(?:at\s+|в\s+)?\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:\s*[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,4}|мск)(?:[+-]\d{1,2})?)?)?(?:\s*\([^()]{1,40}\))?\s*$/iu;

/** A weekday before a date ("Saturday, January 17, 2026", «суббота, 17 января 2026»). */
const WEEKDAY_HEAD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|пн|вт|ср|чт|пт|сб|вс)\.?,?\s+/iu;

/**
 * A time before a date in a stamp ("14:05, 12 июня 2025", "09:12 GMT 14 August 2025", "4:52pm, Sunday 7 September 2036", "11:50 PM,
 * Monday, October 21, 2030").
 */
const STAMP_HEAD = /^\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,4}|мск))?,?\s+(?=\d|\p{L}+\.?,?\s+\d|\p{L}+,\s+\p{L}+\.?\s+\d)/iu;

/** A stamp's date: the date with a time, its zone and an update note after it (or a time before it) allowed. */
function stampDate(text: string): string | null {
  const dated = text.replace(STAMP_HEAD, "").replace(WEEKDAY_HEAD, "");
  return normalizeDate(dated, true) ?? normalizeDate(dated.replace(STAMP_TAIL, ""), true);
}

/**
 * Lines that are publishing furniture wherever they appear, as long as they are short:
 * ad-blocker appeals, "Source link", subscription calls, "Read also", copyright.
 */
/** A channel's subscriber count («87,3 тыс. подписчиков · [Подписаться]», "12K followers"). */
/**
 * A page's legal notice: the law it is posted under, a citation rule («Информация размещена в соответствии с», «Информация о
 * движении дел размещается в соответствии с
 * Федеральным законом …», «При использовании материалов ссылка на портал обязательна»), a company's registration and
 * regulator ("Registered in England No. …", "Authorised by the Prudential Regulation Authority …"), a licence («Лицензия на
 * образовательную деятельность № …»). At the end of the text it goes however long it is.
 */
/**
 * A broadcast newsroom script's header field, the label in capitals ("SHOW: Valley Evening Report", "SLUG: FIRE-UPD2",
 * "AIR DATE: Thu 10/16/2031", "REPORTER: Priya Castellane   ANCHOR: …", "TRT: 3:52"): the script's routing, not the story.
 */
const BROADCAST_SCRIPT_FIELD =
  /^(?:SHOW|AIR DATE|SLUG|BLOCK|FORMAT|PRONOUNCERS?|TRT|STATUS|RUNDOWN(?: NEXT)?)\s*:\s+\S|^(?:ANCHOR|REPORTER|PRODUCER|WRITER|EDITOR)\s*:\s+[^:]{1,40}\s{2,}(?:ANCHOR|REPORTER|PRODUCER|WRITER|EDITOR)\s*:/u;
const LEGAL_NOTICE =
  /(?:^|\.\s)при (?:использовании|цитировании|перепечатке|копировании) материал\p{L}*.{0,80}ссылк\p{L}*.{0,60}обязательн\p{L}*|(?:^|\.\s)(?:перепечатка|воспроизведение|копирование)(?: материалов)? (?:только |возможн\p{L}* )?(?:с (?:письменного )?разрешения|со ссылкой)|^информация(?: о [\p{L} ]{1,30}?)? (?:размещена|размещается|публикуется) в соответствии с(?!\p{L})|^(?:reproduction|republication) (?:of (?:this|our) (?:material|content) )?(?:is )?(?:prohibited|permitted only)\b|(?:^|\.\s|[·|]\s*)registered in (?:england|scotland|wales|northern ireland)(?: and wales)?(?: no\.| number| with company number)|(?:^|\.\s|[·|]\s*)registered (?:provider|charity|society|company|office)\b.{0,60}?(?:\bno\.?\s*\d|:)|(?:^|\.\s)материалы (?:сайта |портала )?(?:можно|разрешается|допускается) (?:использовать|перепечатывать|цитировать)[^.]{0,60}ссылк|^просим при (?:использовании|цитировании|перепечатке|копировании) материал\p{L}*.{0,60}ссылк|(?:^|\.\s)authori[sz]ed by the [^.]{0,80}\bregulat\p{L}*|(?:^|\.\s)лицензия на (?:образовательную|осуществление|право)(?!\p{L})/iu;

/**
 * A question's or an answer's head on a question-and-answer site: the member, their rank and points, what they did
 * («Игорь_Agro (Мыслитель, 6 214 баллов) · ответил 14 сент. 2031 в 18:41», "kate_m (Guru, 1,204 points) · answered 2h ago").
 */
const QA_HEAD = /^[^·|]{1,60}\((?:[^(),]{1,30},\s*)?[\d\s\u00A0,.]+\s*(?:балл\p{L}*|очк\p{L}*|points?|pts|rep(?:utation)?)\)\s*[·|]\s*(?:спросил\p{L}*|ответил\p{L}*|asked|answered)(?!\p{L})/iu;
/** The verb of an answer's head (not the question's). */
const QA_ANSWER = /[·|]\s*(?:ответил\p{L}*|answered)(?!\p{L})/iu;

const SUBSCRIBERS_LINE = /^[\d\s\u00A0,.]+\s*(?:тыс\.?|млн|[KkКкMм])?\s*(?:подписчик\p{L}*|subscribers?|followers?)(?!\p{L})/iu;

const BOILERPLATE_PATTERNS: RegExp[] = [
  /\bad[- ]?blocker/iu,
  /блокировщик\p{L}*\s+рекламы/iu,
  /^our (?:web)?site is (?:solely |entirely |fully |only )?funded by/iu,
  /^high-quality journalis\p{L}*(?: work)? cannot be free/iu,
  /^(?:best|kind|warm) regards,?\s*(?:the )?(?:editors|editorial(?: team| board| staff)?|newsroom)[.!]?$/iu,
  /^с уважением,?\s*редакция/iu,
  /^source link$/iu,
  /^(?:subscribe|sign up|follow us|join us)\b.*\b(?:newsletter|telegram|channel|youtube|whatsapp|twitter|facebook|instagram|updates)\b/iu,
  /^subscribe\b.{0,40}$/iu,
  /^(?:подпишитесь|подписывайтесь|подписаться|подписка)(?![\p{L}])/iu,
  /(?:подпишитесь|подписывайтесь) на (?:наш )?(?:telegram|телеграм|канал|youtube|рассылку)/iu,
  /^эксклюзивный контент/iu,
  /^(?:читайте|смотрите) (?:также|еще|ещё)(?![\p{L}])/iu,
  /^(?:read|see) also\b/iu,
  /^read more\s*:/iu,
  /^(?:related|по теме|see more)\s*:/iu,
  // Photo credits and captions ("Photo: … / Agency", «Фото: …», «Источник фото: …», "[Image: …]", "(Photo: …)", "(pic: …)").
  /^[[(]?(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:photo|photos|photograph|image|picture|pic|video|map|graphic|фото|фотография|источник фото|на фото|видео|карта|инфографика)(?:\s+(?:credits?|by))?(?:\s+\d{1,3}\s*\/\s*\d{1,3})?\s*:/iu,
  // A teaser of another article closed by a link to it ("… Read the full story →", «… Читать полностью →»).
  /(?:читать полностью|читать далее|read (?:the )?full (?:story|article))\s*[→»>]*$/iu,
  // Wire credits: "(Reporting by …; Editing by …)".
  /^\(?(?:additional\s+)?(?:reporting|writing|editing)\s+by\b/iu,
  /^(?:share|поделиться|share this(?: article| story| post)?)[:.!]?$/iu,
  /^(?:все права защищены|all rights reserved)/iu,
  // ("© 2031 …", "(c) 2029 Lakeside Broadcasting", "(c) KMTV 2033 | Subtitles: page 888")
  /^(?:©|\(c\)\s*(?:[^\d\s][^\d]{0,40}\s)?\d{4}\b)/iu,
  // A Markdown link reference definition: "[1]: https://…".
  /^\[[^\]]+\]:\s+\S+$/u,
  // A typo-report call («Нашли опечатку? Выделите текст и нажмите Ctrl+Enter», "Spotted a mistake? …").
  /^(?:нашли|заметили) (?:опечатку|ошибку)/iu,
  /^(?:found|spotted|see) (?:a )?(?:typo|mistake|error)\b.*\bctrl\s*\+\s*enter/iu,
  // "Follow us on Telegram", «Следите за новостями в нашем Telegram-канале», «Читайте нас в Дзене».
  /^(?:следите за (?:новостями|нами|главным)|читайте нас|мы в (?:telegram|телеграм|соцсетях|вконтакте|vk|одноклассниках|дзене))/iu,
  /^follow (?:us|our\b.*) on\b/iu,
  // Reading time, audio player, comment and view counters: "5 min read", "Listen to this article",
  // "Comments (12)", «Время чтения: 3 мин», «Просмотров: 1 234».
  /^\d{1,3}[-\s]?min(?:ute)?s?(?: read)?$/iu,
  /^listen to (?:this )?(?:article|story)\b/iu,
  /^(?:время чтения|читать)\s*:?\s*\d{1,3}\s*мин/iu,
  /^\d{1,3}\s*мин(?:ут[ыа]?)?\.?\s+(?:на )?чтени/iu,
  /^(?:comments?|комментарии|комментариев)\s*:?\s*(?:\(\d+\)|\d+)?$/iu,
  /^(?:просмотр(?:ов|ы)?|views?)\s*:?\s*[\d\s\u00A0.,kKкК]+$/iu,
  // Advertisement markers between paragraphs.
  /^[—–\-┄─━]*\s*(?:advertisement|advert|sponsored(?: content)?|story continues below(?: advertisement)?|реклама|на правах рекламы)\s*[—–\-┄─━]*$/iu,
  // Breadcrumbs: "Home > World > Europe", «Главная / Новости / Происшествия»: short parts between
  // separators with spaces around them (a closing » of a quotation has none before it).
  /^(?:[^\s>›»‹</|]+(?: [^\s>›»‹</|]+){0,3}\s+[>›»‹</]\s+){2,}[^\s>›»‹</|]+(?: [^\s>›»‹</|]+){0,3}$/u,
  /^(?:home|главная) [>›»/] /iu,
  // Photo galleries and their captions ("PHOTO GALLERY (1 of 14): …", "Photo gallery (12 photos) | …", «Фотогалерея»).
  /^(?:photo gallery|gallery|фотогалерея|галерея)\s*(?:\(|:|$)/iu,
  // Newsletter teasers ("NEWSLETTER - Lakehead Morning: … Sign up", «Рассылка: … Подписаться»).
  /^(?:newsletter|рассылка)(?!\p{L}).*(?<!\p{L})(?:sign up|subscribe|подписаться|подпишитесь)\.?$/iu,
  /^sign up for\b.*\bnewsletter\b/iu,
  /^(?:get|receive) .{0,60}\bin your inbox\b.*\b(?:sign up|subscribe)\b/iu,
  // Wire and desk credits at the end ("Contributing: Mia Sorensen in Salina.", "Additional reporting: …").
  /^(?:contributing|additional reporting|при участии)\s*:/iu,
  // A story thread's label and its teasers («Сюжет: … (все материалы сюжета — 6)», «Ещё в сюжете: … →»).
  /^(?:сюжет|ещё в сюжете|еще в сюжете|все материалы сюжета)\s*:/iu,
  /→\s*\]?\s*$/u,
  // Polls («Опрос. Нужно ли…?», "Poll: …") and their results («Да — 58% · Нет — 34% (проголосовали 2 318)»).
  /^(?:опрос|poll)\s*[.:]/iu,
  /\((?:проголосовал\p{L}*|votes?:?)\s*[\d\s]+\)\s*$|\(\d[\d\s,]*\s+votes?\)\s*$/iu,
  // Reader appeals and page tools ("Were you there? Tell us … by emailing …", "Explore more on these topics", "Reuse this content").
  /\b(?:tell us|share your (?:story|experience|photos)|get in touch)\b.*(?:e-?mail|form|@)/iu,
  /^(?:explore more on (?:these|this) topics?|more on (?:these|this) topics?|reuse this content)\b/iu,
  /^(?:вы были (?:там|свидетелем)|расскажите нам|присылайте)(?!\p{L}).*(?:почт|форм|@|telegram|телеграм)/iu,
  // Banners of a story still being written («СРОЧНО · Материал дополняется», "This story will be updated").
  /^(?:срочно|молния|breaking(?: news)?)\s*[·|:—–-]|^(?:материал дополняется|this story (?:is developing|will be updated))/iu,
  // Notes to the reader around the story ("Content note: …", "About this story: …", "Got a tip? Email …", "Was this article helpful?").
  /^(?:content (?:note|warning)|trigger warning|about this (?:story|article)|was this (?:article|story) helpful)\b/iu,
  /^(?:got|have) a (?:news )?tip\b/iu,
  // Video blocks, ads and ratings («▶ ВИДЕО (02:14): …», «Реклама. ООО …, ИНН … erid: …», «Оцените материал: ★★★★☆»).
  /^[▶►]?\s*(?:(?:related|watch|похожее)\s+)?(?:видео|video|аудио|audio|podcast|подкаст)\s*(?:\(\d{1,2}:\d{2}\))?\s*:/iu,
  /^реклама\.|\berid\s*:/iu,
  /^(?:оцените (?:полезность |качество )?(?:материал\p{L}*|стать\p{L}+|проверку|публикаци\p{L}+|новост\p{L}+)|rate this (?:article|story|fact-check))(?!\p{L})|[★☆]{3,}/iu,
  // A row of hashtags («#метанол #суррогат»).
  /^(?:#[\p{L}\p{N}_]+\s*){2,}$/u,
  // Cookie banners, paywall meters, translation switchers ("We use cookies … [Accept all]", "You have
  // read 2 of 4 free stories this month", «Вы прочитали 3 из 5 бесплатных статей», "Translate this page: …").
  /\b(?:we|this (?:web)?site) uses? cookies\b|\bcookies?\b.*\[(?:accept|reject|manage|settings)|(?:используем|использует)\s+(?:файлы\s+)?cookie/iu,
  /\byou(?:'ve| have) read \d+ of (?:your )?\d+ free\b|(?<!\p{L})вы (?:прочитали|прочли) \d+ из \d+/iu,
  /^(?:translate this (?:page|article|story)|перевести (?:страницу|статью))(?!\p{L})/iu,
  // How many read the page now («Сейчас этот материал читают 1 206 человек», "1,206 people are reading this").
  /^(?:сейчас\s+)?(?:этот материал|эту (?:статью|новость)) (?:читают|читает)\s+[\d\s\u00A0]+|^[\d,\s]+ (?:people|readers) (?:are )?reading (?:this|now)\b/iu,
  // Reactions and counters in a row, a question before them ("Как вам этот материал? 😢 1 412 · 😡 987", "👁 48,3 тыс. · ↪ 612").
  /^(?:[^.!?]{0,40}\?\s*)?(?:\p{Extended_Pictographic}\uFE0F?\s*\d[\d\s\u00A0.,]*(?:тыс\.?|млн|[KkКкMм])?\s*[·|•]?\s*){2,}$/u,
  // Pagination ("Page 1 of 2 | Next page »", "— Page 1 of 1 · [◀ Previous story] —", «Страница 2 из 2»).
  /^[—–-]?\s*(?:page|страница|стр\.)\s*\d+\s*(?:of|из)\s*\d+(?:\s*[|·•—–-]|$)/iu,
  // A wire service's slug ("UPDATE 2-HEALTH/MEASLES-CLARE", "RPT-UKRAINE-CRISIS/GRAIN"): capitals joined by "-" and "/".
  /^`?(?:[A-Z]+ \d+-)?[A-Z0-9]+(?:-[A-Z0-9]+)*\/[A-Z0-9/-]+`?$/u,
  // A print edition's note ("Print edition: Thursday 15 October 2026, page 4 · Article ID …", «Опубликовано в номере № 12»).
  /^(?:print edition|printed in|appeared in print|опубликовано в (?:печатной версии|номере)|печатная версия)(?!\p{L})|\barticle id\b/iu,
  // A currency and weather ticker ("USD 96,41 ▲0,38 | EUR 104,12 ▼0,21 | …").
  /^(?:(?:USD|EUR|GBP|CNY|JPY|RUB|KZT|BTC|Brent|Брент|Нефть)\s*[$€£]?\d[\d\s.,]*\s*[▲▼↑↓]?\s*[\d.,]*\s*[|·•]?\s*){2,}/iu,
  // Calls to send the newsroom news («Сообщить новость в редакцию: +7 …», "Send us your news: …").
  /^(?:сообщи(?:ть|те)\s+(?:нам\s+)?(?:новость|о новости)|есть (?:новость|тема)\??|send us (?:your )?(?:news|a tip)|news tips?)(?!\p{L})/iu,
  // Trending bars, sponsored lines, a story's format label ("TRENDING: …", "Sponsored: … (partner content)", «Формат: карточки · 7 шт.»).
  /^(?:trending(?: now)?|в тренде|sponsored|partner content|партн[её]рский материал|формат|format)\s*[:·|]/iu,
  // An audio version, a reading estimate, error reports ("🎧 Аудиоверсия · 6 мин", "Est. read: 5 min", "Report an error | Share: …").
  /^(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:аудиоверсия|audio version|слушать (?:статью|материал))(?!\p{L})/iu,
  /^(?:est(?:imated)?\.?\s+)?read(?:ing)?(?: time)?\s*:\s*\d{1,3}\s*min/iu,
  /^(?:report an (?:error|issue)|сообщить об ошибке)(?!\p{L})/iu,
  // A republishing licence ("… republished under a Creative Commons CC BY-ND 4.0 licence").
  /\b(?:republished|reproduced|distributed) under (?:a |the )?creative commons\b|\bcreative commons\b.*\blicen[cs]e\b/iu,
  // A card's progress dots ("●●○○○○○"), a copied-link note, teasers of more cards («Ещё карточки: …»).
  /^[●○◉◯•◦]{3,}$|^(?:[•·*]\s){2}[•·*]$/u,
  /^(?:ссылка(?: на [\p{L}]+)? скопирована|link copied)(?!\p{L})/iu,
  /^(?:ещё|еще|больше)\s+(?:карточки|карточек|материалы|новости|статьи|историй)\s*:|^more (?:cards|stories|articles)\s*:/iu,
  // A newsletter's furniture ("View in browser | Forwarded this? Subscribe free", "Issue No. 1,482",
  // "You are receiving this because…", "Unsubscribe | Manage preferences", "Preview text: …").
  /^view (?:this (?:email|newsletter) |it |this )?(?:in (?:your |a |the )?browser|online|as a web ?page)\b/iu,
  /\bissue\s+no\.?\s*\d[\d,]*|(?<!\p{L})выпуск\s+№\s*\d/iu,
  /^you(?:'re| are) receiving this\b|^(?:unsubscribe|(?:manage|update) (?:your )?(?:preferences|subscription)|отписаться)(?!\p{L})|^(?:preview text|preheader)\s*:/iu,
  /^(?:quotes\s+)?translated from\s+\p{L}+\.?$|^(?:перевод|переведено)\s+с\s+\p{L}+\.?$/iu,
  // A broadcaster's page: what is on air, the video player, the transcript's note, the crew («Сейчас в
  // эфире: …», «▶ Смотреть видео (04:48) · Субтитры: вкл.», «Текстовая расшифровка сюжета», «Над сюжетом работали: …»).
  /^(?:сейчас в эфире|далее в эфире|в эфире|now on air|on air(?: now)?|coming up next|up next)\s*:/iu,
  /^[▶►]?\s*(?:смотреть видео|смотреть сюжет|watch (?:the )?video|play video)(?!\p{L})/iu,
  /^(?:текстовая\s+)?расшифровка\s+(?:сюжета|эфира|видео|выпуска)|^(?:video\s+)?transcript\s*(?:[:.]|$)/iu,
  /^(?:над (?:сюжетом|материалом|выпуском|репортажем|текстом|трансляцией|проектом|спецпроектом|лонгридом) работал[аи]?|(?:production |project )?credits)\s*:/iu,
  // Links to the story in the other language, and update counters («🇬🇧 English version: …», «Материал обновлялся 2 раза»).
  /^(?:\p{RI}{2}\s*)?(?:english version|русская версия|версия на английском|read (?:this|it) in (?:english|russian)|in english)\s*:/iu,
  /^(?:материал|статья|новость) обновлял(?:ся|ась)\s+\d+|^this (?:article|story) (?:has been|was) updated\s+\d+\s+times/iu,
  // A print page's furniture: jumps ("Continued on A6 ▸ DAM", "◂ DAM, from A1", «Продолжение темы — на с. 5»),
  // a folio ("A6 · THE RECORD · WEDNESDAY…", «Полоса 3 из 12»), a replica's clip bar.
  /^(?:continued (?:on|from) (?:page\s+)?[A-Z]?\d{1,3}\b|[◂◀]?\s*\p{Lu}[\p{Lu}\s]*,\s+from\s+(?:page\s+)?[A-Z]?\d{1,3}$|(?:продолжение|окончание|начало)(?:\s+темы)?\s*(?:[—–-]\s*)?(?:на|см\.)\s+с(?:тр)?\.\s*\d)/iu,
  /^(?:[A-Z]\d{1,2}|page\s+\d{1,3}|полоса\s+\d{1,3}(?:\s+из\s+\d{1,3})?)\s*[·|]/iu,
  /^(?:clipped from\b|электронная копия (?:печатного )?номера)/iu,
  // A wire service's transmission furniture ("BC-US--Prison Escape…", "MSW-0309-1934CT", "Eds: UPDATES…",
  // "Priority: urgent | …", "END"), its credits ("X contributed to this report.", "Copyright 2028 …").
  /^BC-[A-Z]{2,}-|^[A-Z]{2,5}(?:-\d{2,4})+\s*\d{0,4}[A-Z]{0,3}$/u,
  /^(?:eds?|priority)\s*:\s|^(?:end|конец)$/iu,
  /\bcontributed to this report\.?$|^copyright\s+(?:©\s*)?\d{4}\b/iu,
  // A chat channel's export (Telegram): its header, pinned and forwarded marks, media notes, votes, lone counters.
  /^telegram\s*[·|]\s*(?:публичный канал|public channel|канал|channel)|^@[\w.]+\s*[·|]\s*[\d\s\u00A0,.]+[KkКк]?\s*(?:подписчик\p{L}*|subscribers?|followers?)|^(?:экспорт истории|exported? (?:chat )?history)/iu,
  /^(?:закреплённое сообщение|закрепленное сообщение|запись закреплена|pinned (?:message|post))$|^(?:переслано из|forwarded from)\s*:/iu,
  /^(?:видео|video|фото|photo)\s+(?:от|by|from)\s+(?:подписчик\p{L}*|читател\p{L}*|readers?|subscribers?|viewers?)/iu,
  /^[\d\s\u00A0]+\s*(?:голос\p{L}*|votes?)$|^[—–-]\s*[^.!?]{1,60}\s*[·|]\s*\d{1,3}\s*%$/iu,
  /^\p{Extended_Pictographic}\uFE0F?\s*\d[\d\s\u00A0.,]*(?:тыс\.?|млн|[KkКкMм])?(?:\s*[·|]\s*(?:изменено|edited))?$/u,
  /^(?:прислать|присылайте|отправить)\s+новост\p{L}*|^(?:фото на полосе|photos? on (?:this )?page)\s*:/iu,
  // A blog platform's furniture: its name, a channel's subscribers, reactions, a post's update note,
  // a closing thanks, a comment count («Дзен · Статьи», «87,3 тыс. подписчиков · [Подписаться]»,
  // «Нравится 2,1 тыс. · Поделиться», "Update, Saturday 9:40 a.m.: adds…", "Thanks for reading…", "57 Comments · Top").
  /^(?:дзен|яндекс[.\s]дзен|dzen|medium|substack|livejournal|жж)\s*[·|]/iu,
  SUBSCRIBERS_LINE,
  /^(?:нравится|like|likes)(?!\p{L}).*(?:поделиться|share)/iu,
  /^(?:update|updated|correction|обновление|уточнение)\s*,?\s*[^:]{0,30}\d{1,2}[:.]\d{2}[^:]{0,12}:/iu,
  /^thanks for reading\b|^спасибо,? что (?:читаете|дочитали)/iu,
  /^(?:рекомендуем|recommended|you may (?:also )?like|вам может понравиться)\s*:\s*\S/iu,
  // A browser's print header and footer ("14/05/2028, 09:17      Tiger escape… | Record", "https://…      1/1").
  /^\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}:\d{2}\s{2,}\S|^https?:\/\/\S+\s+(?:page\s+)?\d{1,3}\s*(?:\/|of)\s*\d{1,3}$/iu,
  // Reader appeals ("Were you there? Send your photos…"), a wiki's notes («Материал из Викиновостей…»,
  // «Статья проверена участником…»), a licence in Russian, a share button with its networks.
  /^were you there\b|\bsend (?:us )?your (?:photos|videos|pictures|stories)\b/iu,
  /^(?:материал из (?:викиновостей|википедии)|from wiki(?:news|pedia)\b|статья проверена|(?:this )?(?:article|page) (?:was )?reviewed by)/iu,
  /лицензи\p{L}*\s+creative commons|\bcreative commons\b.*\d\.\d/iu,
  /^\[?(?:поделиться|share(?: this(?: \p{L}+)?| on)?)\s*:/iu,
  // A sponsor's line and a closed comment thread ("This local news report is sponsored by …", "Comments are closed on this story.").
  /^this (?:[\p{L}-]+ ){0,3}(?:report|story|article|content|segment|newscast|bulletin) (?:is|was) (?:sponsored|brought to you|presented) by\b|^(?:материал|выпуск|рубрика) (?:подготовлен|выходит) при поддержке(?!\p{L})/iu,
  // A press office's page: its contacts, the person who posted it («Контакты для СМИ: …», «Ответственный за размещение: …»).
  /^(?:контакты для (?:сми|прессы)|media (?:contacts?|enquiries|inquiries)|press (?:contacts?|office contacts?)|ответственн\p{L}+ за (?:размещение|публикацию|выпуск))\s*:/iu,
  LEGAL_NOTICE,
  // More comments, an interview's agreement and the paper's disclaimer ("View more comments (210)", «Показать следующие
  // комментарии (415)», «Текст интервью согласован с собеседником», «Мнение собеседника может не совпадать с позицией редакции»).
  /^(?:view|load|show|see) (?:more|all|previous) (?:comments|replies)\b|^показать (?:следующие|ещё|еще|все|предыдущие) (?:комментари\p{L}*|ответы)(?!\p{L})/iu,
  /^текст (?:интервью|беседы) согласован(?!\p{L})|^мнение (?:автора|собеседника|эксперта|гостя|авторов|редакции)? ?(?:может не совпадать|не обязательно совпадает)|^the views expressed (?:here |in this (?:article|interview) )?(?:are|do not)\b/iu,
  // A hidden picture and its caption ("[Image hidden in text-only mode: … Credit: …]", "📷 Smoke rises… Photo: … (hidden)").
  // (Also a page's placeholders for what a text copy lost: "[Cover image: …]", "[IMG: логотип]", "[map]", "[chart: …]", «[видео]».)
  /^!?\[(?:cover image|image|photo|picture|graphic|img|map|chart|video|embed|cctv(?: still| image)?|still|screenshot|скриншот|кадр|изображение|фото|на фото|картинка|карта|график|видео|инфографика)(?!\p{L})[^\]]{0,200}\]$|^(?:📷|📸|🖼)\uFE0F?\s/iu,
  // A broadcast script's header fields in capitals ("SLUG: LEGIONNAIRES-UPD3", "AIR DATE: Thu 10/16/2031", "REPORTER: … ANCHOR: …", "PRONOUNCERS: …").
  BROADCAST_SCRIPT_FIELD,
  // A government page's furniture ("From: Environment Agency and …", "Is this page useful? [Maybe] [Yes] [No]", the Open
  // Government Licence footer).
  /^From:\s+\p{Lu}/u,
  /^is this page useful\?|^all content is available under the open government licen[cs]e\b/iu,
  // A feedback poll under a page, a bank's licence line and a disclaimer («Был ли материал полезен? [👍 Да] · [👎 Нет]», "Was this
  // article helpful?", «ПАО «Ладья-Банк». Генеральная лицензия Банка России № …», «Материал носит информационный характер…»).
  /^был[аои]? ли (?:этот |эта )?(?:материал|статья|страница|ответ|информация) полез\p{L}*\?|^помог(?:ла|ло|ли)? ли (?:вам )?(?:этот |эта |это )?(?:раздел|материал|статья|ответ|информация|страница)\?|^did (?:this|the) (?:page|article|section|answer) help(?: you)?\?|^was this (?:article|page|story|answer) (?:helpful|useful)\?|^(?:ПАО|АО|ООО|АКБ|КБ)\s+«[^»]{2,40}»\.?\s+(?:генеральная |базовая |универсальная )?лицензия банка россии(?!\p{L})|^(?:материал|статья|публикация|информация) носит (?:информационный|ознакомительный|справочный) характер(?!\p{L})|^this (?:article|material|content) is for (?:general )?information(?:al)? purposes only\b/iu,
  // A paper's closing notes ("Editor's note: …", «Примечание редакции: …» — a correction's note, "An earlier version of this
  // story said…", stays: it tells the facts), "MOST READ ON CAMPUS: …", "Got a tip? news@…",
  // "The Tillery Compass is published by Compass Student Media, a nonprofit.").
  /^(?:editor['’]s note|note from the editor|примечание редакции)\s*:(?!.*(?:\b(?:earlier version|correct(?:ed|ion|ly)?|incorrectly)\b|(?<!\p{L})(?:ранее|ошибочно|исправлен\p{L}*)(?!\p{L})))|^most (?:read|popular|viewed|shared)\b.{0,30}:|^(?:got a (?:news )?tip|tips)\?|^(?:the )?\p{Lu}[\p{L}'’ ]{2,60} is published by\s+\p{Lu}/iu,
  // A partner's advertorial and the rules of a closed comment section («`Партнёрский материал` …», "Sponsored content: …",
  // «Комментировать материалы могут пользователи с …», «Комментарии к спецвыпуску закрыты …», "Comments are closed.").
  /^`?(?:партн[её]рский материал|на правах рекламы|sponsored(?: content)?|partner content|paid content)(?!\p{L})|^комментировать (?:материалы |статьи )?могут(?!\p{L})|^комментарии(?!\p{L}).{0,40}(?<!\p{L})закрыты(?!\p{L})|[—–-]\s*(?:подписаться|подпишитесь|subscribe|sign up)\s*[→›»]?$|^comments? (?:are|is) (?:now )?(?:closed|disabled)\b/iu,
  // A script archive's stamp and its notes' header ("Script archived 10/16/2031 17:04 by wondrasek.", "WEB VERSION NOTES (digital desk)").
  /^(?:script|story|rundown) archived\b|^web (?:version )?notes\b/iu,
  // A news terminal's contacts and command hints ("To contact the reporters on this story:", "Erin Stadtler in New York at
  // estadtler@…", "Type HELP for assistance.  <PAGE FWD> for related stories.").
  /^[Tt]o contact the (?:reporters?|editors?|writers?|authors?)\b.{0,40}\bstory:?$|^\p{Lu}[\p{L}.'’ -]{2,60}\s+(?:in|at)\s+[\p{L} .-]{2,40}\s+at\s+\S+@\S+$|^\p{Lu}[\p{L}.'’ -]{2,60}\s+at\s+\S+@\S+$|<(?:GO|PAGE FWD|PAGE BACK|MENU|HELP)>/u,
  // A video's view count with its premiere and hashtags ("48,917 views  Premiered Jan 24, 2036  #icestorm", «12 тыс. просмотров · 3 дня назад»).
  /^[\d\s\u00A0,.]+(?:[KkMМм]|тыс\.?|млн)?\s+(?:views|просмотр\p{L}*)(?:\s{2,}|\s*[·|•]\s*|$)/iu,
  // A reposter's note on a story platform («Не моё, перепост с сайта «Кавказ.Горы».»).
  /^не (?:моё|мое)[,.!]/iu,
  // A video page's furniture ("Transcript  [Show transcript]", "Get the WKDX 14 First Alert Weather app", "Follow WKDX 14: wkdx14.com | Facebook").
  /^transcript\s*\[[^\]]{1,30}\]$|^(?:get|download) (?:the|our)\b.{0,50}\bapp$|^follow\b.{1,40}:\s*\S.*(?:facebook|instagram|youtube|tiktok|telegram|вконтакте)/iu,
  // A follow button alone on its line ("+ Follow", «+ Подписаться» is a subscription call already).
  /^\+?\s*(?:follow|отслеживать)$/iu,
  // A wiki page's furniture: its current-event banner, its footer ("This page was last edited on …", "Text is available under the
  // Creative Commons …", «Эта страница в последний раз была отредактирована …», «Текст доступен по лицензии …»).
  /^(?:this (?:article|section) (?:documents|is about) a current event\b|this page was last (?:edited|modified) on\b|text is available under the\b|эта страница в последний раз была (?:отредактирована|изменена)|текст доступен по лицензии\b|эта статья (?:о|описывает) текущ\p{L}+ событи)/iu,
  // A site's header line closed by its language switch ("Приём зерна нового урожая: 8 (84722) 4-30-15 · RU | EN", "Contact · EN / DE").
  /(?:^|[·|•]\s*)(?:RU|EN|UA|KZ|BY|DE|FR|ES|РУС|ENG|ҚАЗ)\s*[|/]\s*(?:RU|EN|UA|KZ|BY|DE|FR|ES|РУС|ENG|ҚАЗ)$/u,
  // A search engine's cached copy around the page («Страница могла измениться, пока копия хранилась в кэше», "These search
  // terms are highlighted: …", «Текстовая копия (без изображений и скриптов)», «Конец сохранённой копии.»).
  /^(?:страница могла измениться|the (?:current )?page (?:may|could) have changed|(?:выделены|подсвечены) слова (?:из )?запроса|these (?:search )?terms (?:are|have been) highlighted|текстовая копия(?:\s*\(|$)|text-only version(?:\s*\(|$)|конец сохран[её]нной копии|end of (?:the )?cached (?:copy|page))/iu,
  // An accessibility skip link alone on its line ("Skip to main content", «Перейти к основному содержанию»).
  /^(?:skip to (?:main |the )?(?:content|navigation|article)|перейти к (?:основному )?(?:содержанию|контенту|тексту|навигации))$/iu,
  // A newscast script's cue in brackets ("[SOT 1 - Dr. Corinne Eastabrook, MCHD medical director | :16]", "[ANCHOR INTRO - DELAHUNT - ON CAM]", "[TAG]").
  /^\[(?:SOT|NAT SOT|VO|VO\/SOT|WRAP|PKG|ANCHOR(?: INTRO| TAG)?|TAG|LIVE|STANDUP|BUMP|TEASE|OUTCUE|CG)(?![\p{L}])[^\]]{0,160}\]$/u,
  // A news terminal's flash headline: a time, its zone, then capitals after an asterisk ("14:32 ET  *APPALACHIAN CREST SAYS … FAILED").
  /^\d{1,2}:\d{2}(?:\s*[AP]M)?(?:\s+[A-Z]{2,4})?\s+\*\s*[^\p{Ll}]+$/u,
  // An app's and an aggregator's furniture ("Swipe left for the next story →", «Показать ещё 6 источников», «Полный
  // текст первоисточника (…):», «Источники сюжета отобраны автоматически», a blog's author card with its karma).
  /^(?:swipe|листайте|смахните|проведите)(?!\p{L}).{0,30}(?:next|следующ)/iu,
  /^[▸►▶•●]?\s*(?:показать (?:ещё|еще) \d+ источник\p{L}*|show \d+ more sources?)|^(?:полный текст (?:первоисточника|источника|материала)|full text of the (?:original|source)\b).{0,80}:$/iu,
  /^(?:источники (?:сюжета )?(?:отобраны|подобраны) автоматически|sources (?:were )?(?:selected|chosen|picked) automatically)/iu,
  /(?:^|[·|]\s*)(?:карма|karma)\s+[\d,.]+\s*(?:[·|]|$)/iu,
  /^комментари\p{L}* (?:к (?:публикации|статье|материалу) )?(?:доступны|могут оставлять)\s+только|^(?:only (?:registered |logged-in |signed-in )?(?:users|members|subscribers) can comment|comments are (?:available|open) only to)\b/iu,
  // A read-later app's export and its buttons ("Exported: Mon 14 May 2029 | Item 3 of 11", "My note: …", "Highlights: 2",
  // "Shelfread: [Archive] [Delete] [Listen]"); a newsroom system's service notes («Объём: 4 906 знаков с пробелами»,
  // «Проверка фактов: Д. Латыпов», «Права на фото: …»).
  /^(?:exported|saved|clipped|экспортировано|сохранено|выгружено)\s*:\s|^(?:my (?:tags|notes?|highlights)|highlights|мои (?:теги|заметки)|заметка)\s*:/iu,
  /^[^[\]]{0,30}:?\s*(?:\[[^\]]{1,30}\]\s*){2,}$/u,
  /^(?:объ[её]м|length|word count)\s*:\s*[\d\s\u00A0,]+(?:знак|символ|слов|words|characters)|^(?:проверка фактов|fact-?check(?:ed)?(?: by)?|права на (?:фото|изображения)|photo rights|image rights)\s*:/iu,
  // A forum's furniture: the topic's moderator, a post's number and author, the author's counters, a quotation's label,
  // an attachment, an edit note («#1 Ярослав » 12 янв 2027, 04:52», «Сообщения: 18 402 · Зарегистрирован: …», «Цитата:»).
  /^(?:модератор\p{L}*(?: раздела| форума)?|moderators?)\s*:|^#\d{1,4}\s+\S+(?:\s\S+)?\s+[»|·]\s+\d|(?:^|[·|]\s*)(?:сообщения|posts|messages)\s*:\s*[\d\s\u00A0,]+[·|]\s*(?:зарегистрирован\p{L}*|joined|registered)\s*:/iu,
  /^(?:цитата|quote)\s*:?$|^(?:вложени\p{L}*|attachments?)\s*:\s*\S+\.(?:jpe?g|png|gif|pdf|docx?)\b|^(?:последний раз редактировал\p{L}*|last edited by)\s/iu,
  /^(?:вернуться в|return to|back to)\s+[«"“][^»"”]{1,60}[»"”]|^(?:кто сейчас на форуме|who is online)|^сейчас (?:этот )?форум просматривают|^(?:часовой пояс|all times are)\b|^powered by\b/iu,
  // A podcast's page: its credits, player and chapter marks («Host: … · Producer: …», "Play episode · ⬇ Download MP3 (24.8 MB)",
  // "Runtime: 26 min"); an aggregator's repost: its provider line, "Continue reading on …", "Sign in to comment · Feedback";
  // a fact-checker's appeal («Видели сомнительную новость? Присылайте в бот …»).
  /^(?:hosts?|presenter|producer|ведущ\p{L}*|продюсер)\s*:\s*\p{Lu}[^.!?]{0,60}(?:[·|]|$)|^(?:play|listen to) (?:this )?episode\b|\bdownload mp3\b|^(?:runtime|duration|explicit)\s*:/iu,
  /^continue reading (?:on|at)\b|^(?:читать (?:далее|продолжение) на)\s|^sign in to comment\b|^more for you$/iu,
  /(?:^|[.?!]\s+)(?:присылайте|пишите|send (?:it|them) to)(?!\p{L}).{0,40}(?:@|(?<!\p{L})бот(?!\p{L})|\bbot\b)/iu,
  // A media-monitoring entry's fields, a print version's header and notes, a data story's credits and files
  // («Тип СМИ: интернет-издание», «Тональность: негативная», «Сообщение 3 из 214 · …», «Экспорт: PDF · XLSX», «ТЕКСТ:»,
  // "PRINTER-FRIENDLY VERSION | …", "Reader comments (86) are not shown in the print version.", «Данные собрали: …»,
  // «[Скачать данные: …]», «Следующий выпуск спецпроекта: …»).
  /^(?:тип сми|регион|рубрика|тональность|роль объекта|медиаиндекс|аудитория|media type|sentiment|reach)\s*:|^(?:сообщение|message|item)\s+\d+\s+(?:из|of)\s+\d+|^(?:экспорт|export)\s*:|^(?:текст|text|body)\s*:?$/iu,
  /^printer-friendly version\b|^(?:reader )?comments?\b.{0,30}\bnot shown\b|^(?:данные собрали|визуализация|инфографика|data(?: work)?|visuali[sz]ation|graphics?)\s*:\s*\p{Lu}/iu,
  /^\[(?:скачать|download)(?!\p{L})|^лицензия данных\s*:|^(?:следующий выпуск|next (?:issue|edition|episode))(?!\p{L}).{0,40}:/iu,
  /^(?:comments are (?:closed|disabled|turned off)|commenting (?:is|has been) (?:closed|disabled)|комментарии (?:закрыты|отключены))(?!\p{L})/iu,
  /^\d[\d\s,.]*\s+(?:comments?|комментари\p{L}*)(?!\p{L}).{0,30}$/iu,
  // An archived copy's furniture ("38 captures | 6 Nov 2028 - 19 Dec 2028  << OCT | NOV | DEC >>", "Archived page. Links
  // and images may not work."), a fast mobile page's («⚡ Турбо-страница · …», «Следующий материал загрузится
  // автоматически ↓», "Turbo page generated automatically").
  /^\[?\s*\d[\d,\s]*\s+captures?\b|^(?:archived (?:page|copy|version|snapshot)|this (?:page|copy) (?:is|was) archived)(?!\p{L})/iu,
  /^(?:турбо-?страниц\p{L}*|turbo[- ]?pages?|amp (?:version|page))(?!\p{L})|^(?:следующ\p{L}+ (?:материал|статья|новость)|next (?:story|article)) (?:загрузится|loads?)(?!\p{L})/iu,
  // A reader's feedback buttons, a story's label, the story in another language ("Was this translation clear? [Yes] [No]",
  // "TRUST LABEL: News report.", "Read this article in Dutch: …"), the reporter and translator credits
  // ("Reporting: Femke Hazelhoff in Dorrenburg | Translated from the Dutch by Oliver Brandt").
  /\[(?:yes|да)\]\s*\[(?:no|нет)\]\s*$|^(?:trust label|story type|article type|тип материала)\s*:/iu,
  /^read (?:this (?:article|story) |it )?in (?:\p{L}+)\s*:|^(?:читать|читайте) (?:этот материал |эту статью )?на (?:\p{L}+ом|\p{L}+ском) языке\s*:/iu,
  /^(?:reporting|writing|editing|репортаж|текст)\s*:\s*\p{Lu}[^.!?]{0,80}\|\s*(?:translated|translation|перевод)(?!\p{L})|^translated (?:from (?:the )?\p{L}+ )?by\s+\p{Lu}/iu,
  // A news database's record (Nexis-style): its results-list bar ("Results list › Document 4 of 27"), the end of a document.
  /(?:^|[|·]\s*)(?:results? list|search results|результаты поиска)\s*[›>»:]?\s*(?:document|документ)\s+\d+\s+(?:of|из)\s+\d+|^end of document$/iu,
  // A blog platform's post (LiveJournal): the author's head ("user (user) wrote,", «user пишет в сообществе community»),
  // the mood, place and music fields, the cut, the end of a repost's quotation, links to the previous and next posts.
  /^@?[\w.-]{2,40}(?:\s*\([\w.-]{2,40}\))?\s+(?:wrote|writes|пишет|написал[аи]?)(?:\s+(?:в сообществе|in(?: the)? community|in)\s+@?[\w.-]{2,40})?\s*[,:]?$/iu,
  /^(?:настроение|местоположение|музыка|current (?:mood|location|music))\s*:\s*\S/iu,
  /^[—–\s-]*(?:читать дальше|read more|под катом|продолжение под катом)\s*[→»>]*[—–\s-]*$|^[—–-]+\s*(?:конец цитаты|конец репоста|end of (?:quote|repost))\s*[—–-]+$/iu,
  /^(?:[←◀«]\s*)?(?:предыдущая|следующая|previous|next)\s+(?:запись|статья|новость|публикация|post|entry|story|article)(?:\s*[→▶»])?(?:\s*[·|]\s*(?:[←◀«]\s*)?(?:предыдущая|следующая|previous|next)\s+(?:запись|статья|новость|публикация|post|entry|story|article)(?:\s*[→▶»])?)?$/iu,
  /^(?:next|previous|следующая|предыдущая|следующий|предыдущий)\s+(?:gallery|story|article|post|entry|галерея|запись|статья|материал)\s*:/iu,
  // A question-and-answer site: a question's or an answer's head with the member's rank and points («Игорь_Agro (Мыслитель,
  // 6 214 баллов) · ответил 14 сент. 2031 в 18:41»), the best answer's label, quotation markers around a pasted article.
  QA_HEAD,
  /^★?\s*(?:лучший ответ|best answer|accepted answer)(?!\p{L})|^(?:>{3}|<{3})$|^(?:вопрос|question)$/iu,
  // A broadcaster's page: a weather alert strip ("HEAT ADVISORY in effect for Mesquite County until 8 p.m. Monday", «ШТОРМОВОЕ
  // ПРЕДУПРЕЖДЕНИЕ действует до 21:00»), a video player's line ("[VIDEO 2:47] WATCH: …"), a typo report.
  /^(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:\p{Lu}{2,}\s+){1,3}(?:ADVISORY|WARNING|WATCH|ALERT|STATEMENT)\s+(?:in effect|issued|until|for)\b|^(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:\p{Lu}{2,}\s+){0,2}ПРЕДУПРЕЖДЕНИЕ\s.{0,80}(?:действует|до\s+\d)/u,
  /^\[(?:video|видео|audio|аудио)\s+\d{1,2}:\d{2}\]/iu,
  /^report (?:an? )?(?:typo|problem|mistake)(?!\p{L})|^(?:something wrong|spotted (?:an error|a mistake)|see (?:an error|something wrong))\?\s*(?:e-?mail|contact|write|tell)/iu,
  // Credits of a shared news service ("Produced by the Local Democracy Reporting Service and shared with 14 partner titles."), a
  // newsletter's teaser ending in its button ("Town Hall Weekly — your council, every Thursday. [Sign up free]").
  /^(?:[Tt]his (?:article|story|report) (?:was |is )?)?(?:[Pp]roduced|[Pp]rovided|[Ss]upplied) by (?:the )?\p{Lu}[^.!?]{0,80}(?:[Rr]eporting [Ss]ervice|[Nn]ews [Ss]ervice|[Nn]ews [Aa]gency|[Pp]artnership)\b/u,
  /\[(?:sign up|subscribe|join|подписаться|подпишитесь)(?!\p{L})[^\]]{0,20}\]$/iu,
  // A business portal's strips: the city picker, a ticker («БЕГУЩАЯ СТРОКА ◆ …»), a paywall note («Материал открыт для всех
  // читателей без подписки…», "Free to read, paid for by 2,114 members"), a picture's marker and caption ("[ФОТО] Пожарные у …").
  /^(?:бегущая строка|лента новостей|news ticker|ticker|live ticker)\s*[◆•·|:]/iu,
  /^[^\p{L}\p{N}]{0,3}(?:(?:материал|статья|текст|новость) (?:открыт|доступ)\p{L}* (?:для всех|всем|бесплатно|без подписки)|(?:free to read|this (?:article|story) is free to read)\b)/iu,
  /^\[(?:фото|photo|видео|video|image|изображение|графика|graphic)\]\s/iu,
  // A longread's embeds: a video placeholder («[Видео на обложке, 0:18, без звука: …]»), the caption of a before/after slider
  // («Слева: … Справа: …»), a document embed with its button («Документ: предписание … · [Открыть PDF, 2 стр.]»), a closed discussion.
  /^[▶►]?\s*[*_]?\[(?:video|видео|audio|аудио|анимация|animation|gif)(?!\p{L})[^\]]{0,200}\][*_]?$/iu,
  /^(?:слева|left)\s*:.{1,160}(?:справа|right)\s*:/iu,
  /\[(?:открыть|скачать|смотреть|open|download|view)\s+(?:pdf|документ|файл|document|file)(?!\p{L})[^\]]{0,30}\]$/iu,
  /^(?:обсуждение|дискуссия) (?:закрыт|отключен)\p{L}*|^discussion (?:is )?(?:closed|disabled)\b/iu,
  // A press-photo agency's page: its licensing lines ("Rights-managed", "Editorial use only. Bespoke licensing: …"), a desk note
  // to clients, a gallery's counters and header, more pictures ("Images in this story (7 of 12 shown)", "Show 5 more images",
  // "IN PICTURES | 12 photos | …", "PHOTO 3 of 12", "ABOUT THIS GALLERY").
  /(?:^|[·|.]\s*)(?:rights[- ]managed|royalty[- ]free|editorial use only|(?:bespoke |commercial )?licen[cs]ing\s*:)/iu,
  /^(?:desk note|notes? (?:to|for) (?:clients|subscribers))\b|^.{0,60}\bnot for publication(?: as supplied)?\.?$/iu,
  /^(?:images|photos|pictures|снимки|фотографии|фото)\s+(?:in|from|of|к|из|в)\s+(?:this|the|этой|этому|этом)\s+(?:story|gallery|article|series|материал\p{L}*|истори\p{L}*|галере\p{L}*)\b/iu,
  /^[▸►▶•]?\s*[*_]?(?:show|view|see|load) (?:\d+|all) more (?:images|photos|pictures)\b|^[▸►▶•]?\s*показать (?:ещё|еще|все) \d+ (?:фото|снимк|изображени)/iu,
  /^(?:in pictures|in photos|фоторепортаж|в фотографиях)\s*(?:[|·:]|$)|^about this (?:gallery|slideshow|series)$|^(?:photo|picture|image|фото|снимок)\s+\d{1,3}\s+(?:of|из)\s+\d{1,3}$/iu,
  // A press release's furniture: its ID, category path and release line, its end mark ("Release ID: CW-SK-2031-03-0412",
  // "Category: Public Safety > Natural hazards", "NEWS RELEASE - FOR IMMEDIATE RELEASE", "-30-", "###").
  /^(?:(?:news|press|media) release|release|story|document|item|пресс-релиз)\s*(?:id|no\.?|number|#|№)\s*:|^(?:category|categories|категори[яи])\s*:[^.!?]{0,120}[>›/|]/iu,
  /^(?:(?:news|press|media) release\s*[-–—:|]?\s*)?for immediate release\b|^(?:news|press|media) release$|^пресс-релиз$|^(?:-\s*30\s*-|#{3}|ends)$/iu,
  // A teletext viewer: its title bar, page box and subpages, navigation rows ("Victims 104/2   Index 100").
  /^[^.!?]{1,60}\b(?:online|web|text)\s+viewer\b[^.!?]{0,60}$|^(?:page\s*)?\[\d{3}\]\s*\[go\]|\bsubpages?\s*:\s*\d/iu,
  /^(?:\p{L}[\p{L}&' -]{0,20}?\s+\d{3}(?:\/\d{1,2})?(?:\s{2,}|$)){2,}$/u,
  // A note that a story was updated at a time («Обновлено 8 апреля в 18:30: добавлены данные о …»).
  /^(?:обновлено|дополнено|updated)\s+\d{1,2}\s+\p{L}+\.?,?\s+(?:в|at)\s+\d{1,2}[:.]\d{2}\s*:/iu,
  // A briefing transcript's player and credits («Видеозапись: ▶ 47:12 · Стенограмму подготовил: …», "Transcript prepared by …").
  /^(?:видеозапись|аудиозапись|video(?: recording)?|audio(?: recording)?)\s*:\s*[▶►]?\s*\d{1,2}:\d{2}|^(?:стенограмму|расшифровку) подготовил\p{L}*\s*:|^transcript (?:prepared|edited) by\b/iu,
  // A lone section label of a database record ("Graphic"), a paper's edition line ("Main Edition", "Late Edition - Final").
  /^(?:graphic|graphics)$|^(?:(?:main|final|late|early|first|second|national|international|city|metro|online|digital|print|weekend|sunday)\s+)?edition(?:\s*[-–;]\s*(?:final|late|early|\d))?$/iu,
  // A community's pinned post or topic, its time after it («запись закреплена · 17 сен в 18:41», «Закреплённая тема»), and
  // the link to more comments under a post («Показать ещё 313 комментариев», "View 1,174 more comments").
  /^(?:закрепл[её]нн(?:ое сообщение|ая (?:тема|запись|публикация))|запись закреплена|pinned (?:message|post|topic))(?:\s*·\s*[^·]{1,40})?$/iu,
  /^показать (?:ещё|еще|все) [\d\s\u00A0]+ (?:комментари\p{L}*|ответ\p{L}*)$|^(?:view|show|see|load) (?:all )?[\d,.]+[kK]? (?:more )?(?:comments|replies)$/iu,
  // A link aggregator's post: its score, its awards, a poster's note on pasting the linked article and edit notes ("5.8k · 94%
  // Upvoted", "🏅 Silver x3   🤝 Helpful x2", "OP here. … pasting the text for anyone who can't load it:", "Edit: fixed the date").
  /^[\d.,]+[kKmM]?\s*·\s*\d{1,3}\s*%\s*upvoted$/iu,
  /^(?:\p{Extended_Pictographic}\uFE0F?\s*)?\p{L}[\p{L} ]{1,20}?\s+x\d{1,3}(?:\s+(?:\p{Extended_Pictographic}\uFE0F?\s*)?\p{L}[\p{L} ]{1,20}?\s+x\d{1,3})+$/u,
  /(?<!\p{L})(?:past(?:e|ed|ing)|copy(?:ing)?|copied)\b[^.!?]{0,40}\b(?:text|article|story)\b[^.!?]{0,60}:$|(?<!\p{L})(?:копирую|вставляю|скопировал\p{L}*|выкладываю)(?!\p{L})[^.!?]{0,40}(?:текст|стать\p{L}*)[^.!?]{0,60}:$/iu,
  /^(?:edit|eta)(?:\s*\d{1,2})?\s*:\s/iu,
  // A subscription button opening a channel's closing line («[ Подписаться ] — пишу про жизнь у моря без прикрас.»).
  /^\[\s*(?:подписаться|подпишитесь|subscribe|follow|отслеживать)\s*\]/iu,
  // An attachment's link with its format and size («Приложение: схема зоны поражения (PDF, 1,3 МБ)», «Прикреплённые файлы: Памятка … (PDF, 312 КБ)»).
  /^(?:приложени[ея]|прикрепл[её]нн\p{L}* файл\p{L}*|вложени[ея]|attachments?|attached files?|downloads?)\s*:.{1,160}\((?:pdf|docx?|xlsx?|rtf|zip|odt)(?!\p{L})[^)]*\)$/iu,
  // A public body's page: its accessibility tools, the page's reference and tools, a document's type and number over its
  // headline ("Accessibility tools: Text size [A] [A+] …", «👁 Версия для слабовидящих · … · 🔍 Поиск по сайту», "Page reference:
  // ES-2037-014 | Print this page | …", "Emergency statement ES-2037-014", "CUSTOMER NOTICE No. 2031-22").
  /^(?:accessibility(?: tools| options)?|специальные возможности)\s*:|(?:^|[·|]\s*)(?:👁\uFE0F?\s*)?версия для слабовидящих\s*(?:[·|]|$)/iu,
  /^(?:page (?:reference|ref\.?|id)|reference)\s*:\s*\S+\s*[|·]/iu,
  /^(?:[\p{L}]+\s+){0,2}(?:statement|notice|bulletin|advisory|release|update|alert)\s+(?:no\.?\s*|#\s*|№\s*)?[A-Z]{0,4}-?\d[\w-]*$/iu,
  // A weather service's page: its location picker, the count of warnings in force, its note on when warnings are issued
  // ("Warnings for: Northern Region ▾  Change location [ … ] [Go]", "Currently in force in Northern Region: 1 RED · 1 ORANGE").
  /(?:change (?:location|city|region|town)|сменить (?:город|регион|населённый пункт))(?!\p{L}).*\]\s*$/iu,
  /^(?:[Cc]urrently\s+)?[Ii]n force(?: in [^:]{1,40})?\s*:\s*(?:\d+\s+\p{Lu}+\s*[·|,]?\s*){1,5}$|^(?:[Сс]ейчас\s+)?[Дд]ейству(?:ют|ет)[^:]{0,40}:\s*(?:\d+\s+\p{L}+\s*[·|,]?\s*){1,5}$/u,
  /^(?:warnings|forecasts|bulletins|предупреждения|прогнозы) (?:are issued|выпускаются|публикуются)(?!\p{L})/iu,
  // A row of links closed by the copyright ("About warnings · Accessibility · Terms of use · © …", «ОК · О компании · Помощь · © 2006–2033 ОК»).
  /^(?:[^·|]{1,40}\s*[·|]\s*){2,}(?:©|\(c\)).{0,80}$/iu,
  // A press office's contacts («Пресс-служба Управления: +7 (4832) 41-17-09, press@…», "Press office: 01632 960 402"), a row
  // of current topics («Актуально: О готовности школ… · Результаты проверок…»).
  /^пресс-служб\p{L}*[^:]{0,40}:\s*(?:\+?\d|тел)|^(?:press|media) office[^:]{0,30}:\s*\+?\d/iu,
  /^(?:актуально|сейчас читают|trending topics)\s*:\s*[^·]+(?:\s·\s[^·]+)+$/iu,
  // A mobile page's (AMP) furniture: ad slots, a link to the full page ("[amp-sticky-ad · 320×50 anchor slot · …]", "View full
  // (non-AMP) page · Contact the newsroom · Privacy").
  /^\[[^\]]{0,200}(?:\b\d{3}\s*[×x]\s*\d{2,3}\b|\bad (?:slot|unit)\b|-ad\b)[^\]]{0,200}\]$/iu,
  /^view (?:the )?(?:full|non-amp|desktop|standard)\b.{0,30}\b(?:page|site|version)\b/iu,
  // A bulletin's features beside the story: its diary dates ("Diary dates: AGM, 9 December, …"), a page's column mark
  // ("-----  [колонка 2]"), a caption's OCR label («[подпись к снимку, частично распознано:] …»), classified ads and the
  // weather box in capitals («ПРОДАМ дрова колотые…», «ПОГОДА НА НЕДЕЛЮ: …»), a folio («ПРИОЗЁРНЫЙ ВЕСТНИК       стр. 3»).
  /^(?:diary dates|dates for your diary|for your diary|календарь событий|анонс(?:ы)? мероприятий)\s*:/iu,
  /^[-—–=_]{3,}\s*\[(?:колонка|column|col\.)\s*\d{1,2}\]$/iu,
  /^\[(?:подпись к (?:снимку|фото\p{L}*|иллюстрации)|caption)(?!\p{L})[^\]]{0,60}\]/iu,
  /^(?:ПРОДАМ|ПРОДАЮ|КУПЛЮ|СДАМ|СДАЮ|СНИМУ|СНИМЕМ|ТРЕБУ[ЕЮ]ТСЯ|МЕНЯЮ|ОТДАМ|FOR SALE|WANTED|TO LET)\s+\S/u,
  /^(?:ПОГОДА(?: НА [\p{Lu} ]{3,20})?|ПРОГНОЗ ПОГОДЫ|WEATHER(?: FORECAST| THIS WEEK)?)\s*[:·]/u,
  /^[^\p{Ll}]{3,60}?\s{2,}(?:стр\.|с\.|page|p\.)\s*\d{1,3}$/u,
  // A paper's motto of service under its name ("Serving Dorado Wells and Colter County since 1958", "Representing pubs… since 1968").
  /^(?:serving|representing|supporting|covering|informing|connecting)\s[^.!?]{3,100}\s(?:since|from)\s+\d{4}$|^(?:обслуживаем|представляем|объединяем|информируем)\s[^.!?]{3,100}\sс\s+\d{4}(?:\s+г(?:ода|\.)?)?$/iu,
  // A live status panel's stamp and button ("Status checked 3:40 p.m. CDT, Mon Aug 4, 2031  [Refresh status]"), a form's
  // fields and buttons ("Leak location: [____]   Photo: [Choose file]   [Send report]").
  /\[(?:refresh|обновить)(?!\p{L})[^\]]{0,20}\]$|\[_+\]|\[(?:choose file|browse|upload|выбрать файл|загрузить)\]/iu,
  // A digest e-mail's furniture («Если письмо отображается некорректно…», «Вы получили это письмо, потому что…», «Сводка
  // выходит по будням в 19:00.», «→ Читать полностью на сайте · Фото… — в веб-версии выпуска»).
  /^если (?:это )?письмо (?:не )?отображается|^вы получили (?:это )?письмо(?!\p{L})|^(?:вы )?(?:получаете|подписаны на) (?:эту )?рассылку(?!\p{L})/iu,
  /^(?:сводка|рассылка|дайджест|выпуск|(?:this )?(?:newsletter|digest|briefing)) (?:выходит|приходит|is sent|goes out|arrives)(?!\p{L})/iu,
  /^[→»>]?\s*(?:читать (?:полностью|далее|дальше)|read (?:more|the full story|in full))(?:\s+(?:на сайте|on (?:the|our) (?:web)?site))?(?:\s*[·|].{0,80})?$/iu,
  // A breadcrumb of two sections ("Customer Notices > Drought and Conservation"), a section's label continued on a later page
  // ("SPECIAL REPORT (continued)", «ТЕМА НОМЕРА (продолжение)»).
  /^\p{Lu}[\p{L}'’]*(?:\s+(?:and|&|of|the|и|\p{Lu}[\p{L}'’]*)){0,3}\s+[>›»]\s+\p{Lu}[\p{L}'’]*(?:\s+(?:and|&|of|the|и|\p{Lu}[\p{L}'’]*)){0,3}$/u,
  /^[^\p{Ll}]{3,40}\s+\((?:continued|cont(?:'d|\.)|продолжение|окончание)\)$/u,
  // An organisation's postal address on one line ("Sotol Basin Water Utility | 200 N. Pecan St., Dorado Wells, TX 79745").
  /^\p{Lu}[^|·]{2,60}\s[|·]\s+\d{1,5}\s[^|·]{3,80}(?:\b[A-Z]{2}\s+\d{5}(?:-\d{4})?|\b\d{6}|\b[A-Z]{1,2}\d{1,2}[A-Z]?\s+\d[A-Z]{2})$/u,
  // A document's type and number over its text ("LOCAL NOTICE TO MARINERS No. 07 of 2038", "Statement GCWU/SR/2038/041",
  // «Официальное сообщение № 27/2037»).
  /^(?:[\p{L}]+\s+){0,2}(?:statement|notice|bulletin|advisory|release|alert)(?:\s+to\s+\p{L}+)?\s+(?:no\.?\s*|#\s*|№\s*)?(?=[\w/.-]*\d)[A-Z\d][\w/.-]*(?:\s+of\s+\d{4})?$|^(?:[\p{L}]+\s+){0,2}(?:сообщение|заявление|уведомление|извещение|бюллетень|пресс-релиз|релиз)\s+№\s*\d[\w/.-]*$/iu,
  // A marine notice's standing lines: its radio contact and broadcast times ("VHF: Port Control - Channel 12 (working), …",
  // "Navigational warnings are broadcast on VHF Channel 62 at 0010 UTC and every four hours thereafter.").
  /^VHF\s*:.{0,120}\bchannel\s+\d{1,2}\b|^(?:navigational |navigation )?(?:warnings|notices|bulletins|forecasts) are (?:broadcast|transmitted)\b.{0,60}\b(?:channel|VHF|radio)\b/iu,
  // An official letter's and report's service lines: the person who prepared it, the copies made, the attachments' sheets
  // («Исп.: Лаврентьева Елена Сергеевна, …», «Отчёт подготовлен в 2 экз. …», «Приложения: акты отбора проб (4 л.), …»).
  /^(?:исп\.|исполнитель)\s*:\s*\S|^(?:отч[её]т|документ|письмо|акт|справка|доклад)\s+(?:подготовлен|составлен|отпечатан)\p{L}*\s+в\s+\d+\s+экз|^(?:приложени[ея]|enclosures?|attachments?)\s*:.*\(\d+\s*(?:л|стр|pp?|pages?|sheets?)\.?\)\.?$/iu,
  // A company's regulatory footer and call charges ("… Registered in England No. 00174522. …", "Call charges: 0800 numbers are free …").
  /^call charges\s*:|^calls (?:may be|are) recorded\b/iu,
  // A log's or a page's disclaimer ("Information in this log is preliminary and may change. …").
  /^(?:the )?information (?:in|on) this (?:log|page|site|report|list|map|dashboard)\b.{0,40}\b(?:preliminary|subject to change|may change)/iu,
  /^this (?:newsletter|bulletin|notice|document) is (?:also )?available (?:on|in|at|from)\b/iu,
  // A contact over a press statement ("Contact: Sgt. Owen Pruitt, Public Information Officer, (555) 014-2231"), media contacts
  // («Для СМИ: пресс-секретарь …, +7 (917) 555-40-12, press@…»).
  new RegExp(String.raw`^(?:contact|media contact|press contact|для сми|для прессы|для журналистов|for (?:the )?media|for journalists)\s*:.{0,160}(?:${PHONE_NUMBER.source}|@[\w-]+\.)`, "iu"),
  // A press officer's credit under a prosecutor's or a ministry's release («Старший помощник прокурора области по взаимодействию
  // со СМИ Оксана Леденёва»).
  /^(?:старший\s+)?(?:помощник|пресс-секретарь|руководитель пресс-службы)(?!\p{L}).{0,80}по взаимодействию со (?:сми|средствами массовой информации)\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$/iu,
  // An incident's status strip ("Incident status: AMBER - claims open, site partly reopened").
  /^(?:incident|service|site|road|line|alert)\s+status\s*:\s*(?:RED|AMBER|GREEN|YELLOW|ORANGE|BLACK)\b/iu,
  // A video page's furniture: its description's label and fold, the music credit ("Description", "Show less", "Music: none. …").
  /^(?:description|описание)$|^(?:show (?:less|more)|свернуть|развернуть)$|^(?:music|музыка)\s*:\s*\S/iu,
  // An aggregator's notes ("Was this cluster useful? 👍 👎", "Why am I seeing these sources? · …", "… is assembled automatically.").
  /^was this (?:cluster|coverage|story|summary|feed|page|article) (?:useful|helpful)\?|^why (?:am i|are you) seeing (?:this|these)\b|\b(?:is|are) (?:assembled|compiled|generated|selected) automatically\b/iu,
  // An advertisement's line and a banner's placeholder («Реклама · Горящие туры … [Подробнее]», «[Баннер] Госуслуги. …»).
  /^(?:реклама|advertisement|sponsored)\s*[·|]\s|^\[(?:баннер|banner|реклама|ad|advert(?:isement)?)\]/iu,
  // A site map's link, a site's tagline («Официальный сайт органов местного самоуправления», "The official website of …").
  /^(?:карта сайта|sitemap|site map)$|^официальн\p{L}+ (?:сайт|портал|интернет-портал)(?!\p{L})[^.!?]{0,80}$|^(?:the )?official (?:web)?site of\b[^.!?]{0,80}$/iu,
  // A section's label alone on its line («Раздел: Депутатские запросы и ответы на них», "Section: News").
  /^(?:раздел|рубрика|section)\s*:\s*[^.!?:]{1,80}$/iu,
  // A phone's status bar and its navigation buttons ("19:06 ⏰ 🔕 •    ▂▄▆ LTE  41% ▮", "◁   ○   ▢").
  /^\d{1,2}:\d{2}\s[^\p{L}]{0,80}(?:LTE|[345]G|H\+|E)?\s*\d{1,3}\s?%\s*[▮▯🔋]?$|^[◁◀]\s+[○◯●]\s+[▢□▭]$/u,
  // A site's masthead with its menu and search icons on a phone («ПРИКАМЬЕ 24   ☰   🔍»): it names the outlet.
  /^[\p{L}\p{N}][^☰🔍]{1,40}?\s+☰\s*🔍$/u,
  // A photo post's pictures described for screen readers ("[Carousel · 1/6 · May be an image of train, tractor …]", "[2/6 · …]"),
  // its call to the link in the profile ("More in our pinned comments and at the link in bio 👆").
  /^\[(?:carousel\b|\d{1,2}\s*\/\s*\d{1,2}\s*·)[^\]]{0,300}\]$|\bmay be an image of\b/iu,
  /\blink in (?:the |our )?bio\b|(?<!\p{L})ссылк\p{L}* в (?:шапке|профиле|био)(?!\p{L})/iu,
  // An aggregator's link to the outlet's page ("Open on publisher site ↗", «Открыть на сайте издания»).
  /^(?:open|read|view) (?:it )?on (?:the )?publisher(?:'s)? (?:site|website)\b|^открыть на сайте (?:издания|источника|СМИ)(?!\p{L})/iu,
  // A service status page's label under the site's name ("Service status · Metro, tram and bus", «Статус движения · Метро»).
  /^(?:service|travel|network|line|live) status\s*[·|—–:]\s*[^.!?]{1,60}$|^(?:статус|состояние) (?:движения|сети|линий|сервисов)\s*[·|—–:]\s*[^.!?]{1,60}$/iu,
  // A channel's promotion closed by its handle («Новости ЕДДС в мессенджере MAX: @krasnolesye_edds», "Our Telegram channel: @…").
  /^[^.!?]{0,80}(?<!\p{L})(?:мессенджер\p{L}*|telegram|телеграм\p{L}*|канал\p{L}*|channel|whatsapp|viber|max)(?!\p{L})[^.!?]{0,30}:\s*@[\w.]+$/iu,
  // A page's visitor counter («Просмотров страницы: 18 364 · Сегодня: 9 107», «Посетителей сегодня: 214 · Всего: 1 083 562»).
  /^(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:просмотр\p{L}* страницы|посетител\p{L}*(?: сегодня| всего)?|посещени\p{L}*|page views|visitors(?: today)?|visits(?: today)?)\s*:?\s*[\d\s\u00A0,.]+(?:[·|]\s*(?:сегодня|всего|today|total)\s*:?\s*[\d\s\u00A0,.]+)*$/iu,
  // A court site's furniture: its note that the act is anonymised, the case's other documents («Текст судебного акта обезличен в
  // соответствии с …», «Документы по делу: Приговор (26.09.2035) · Движение дела», "Case documents: …").
  /^(?:текст (?:судебного акта|документа|решения|приговора|постановления) обезличен|персональные данные (?:участников )?(?:скрыты|обезличены)|(?:the )?(?:names|personal data) (?:in this (?:judgment|ruling) )?(?:have been|are) (?:anonymi[sz]ed|redacted))(?!\p{L})|^(?:документы по делу|case documents|documents in (?:this|the) case)\s*:/iu,
  // A document's control notes and a register extract's stamp ("Printed copies are uncontrolled.", "Published under section 190
  // of the … Act.", "Extract generated at terminal PRT-07, …", "Register enquiries: register@…").
  /^printed copies are uncontrolled\b|^(?:распечатанн\p{L}+|бумажн\p{L}+) копи\p{L}* не (?:контролиру\p{L}+|являются контрольными)|^published (?:under|pursuant to) (?:section|s\.|article|regulation)\s*\d|^(?:extract|report|page|document|printout|выписка|выгрузка) (?:generated|printed|produced|сформирован\p{L}*)(?!\p{L})/iu,
  /^[\p{L} ]{0,30}(?<!\p{L})(?:enquiries|inquiries)\s*:\s*[\w.+-]+@[\w-]+\./iu,
  // A site's announcement banner between arrows (">> Membership cards for 2037 are ready to collect … <<"), its menu button
  // ("≡ Menu · Members' login · …"), a refresh button in a live line ("Live status — checked 09:42 … [↻ Refresh] …"), a link's
  // chevron closing a teaser ("Lifts and escalators out of service: 7 stations ›").
  /^(?:>>\s*)?[^<>]{3,160}\s<<$|^[≡☰]\s*(?:menu|меню)(?!\p{L})|\[\s*[↻⟳🔄]?\s*(?:refresh|обновить)(?!\p{L})[^\]]{0,20}\]|\s›$/iu,
  // A live page's stamps of its updates ("Last updated 09:38 by KRT Control Centre. Next update by 11:00.").
  /^(?:last )?updated?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\b[^!?]{0,60}\bnext update\b|^(?:обновлено|последнее обновление)\s+(?:в\s+)?\d{1,2}[:.]\d{2}[^!?]{0,60}следующ\p{L}* обновлени/iu,
  // An app's promotion after a dash ("Get live alerts on your phone — download the KRT Go app (iOS / Android)").
  /(?:^|[—–-]\s*)download (?:the|our)\b.{0,40}\bapp\b|(?:^|[—–-]\s*)скачайте (?:наше )?приложение(?!\p{L})/iu,
  // A paper's jump to the page a story began on («◄ Окончание. Начало на стр. 4», "◂ Continued from page 4").
  /^[◄◀◂]?\s*(?:окончание|продолжение)\.\s*начало\s+(?:на|см\.)\s+с(?:тр)?\.\s*\d{1,3}$/iu,
  // A subtitle file's credits ("Subtitles by ClearLine Access Services", «Субтитры: …»).
  /^(?:subtitles|subtitling|captions|captioning|closed captions|live captions)\s+(?:by|provided by)\b|^(?:subtitles|субтитры)\s*:\s*\S|^субтитры (?:подготовил\p{L}*|сделал\p{L}*)(?!\p{L})/iu,
  // A petition's widget: its count and goal, its progress bar, its day's count, its button («Подписали: 18 362 · Цель: 25 000»,
  // «▓▓▓▓░░ 73%», «За последние 24 часа: +1 104», «[ Подписать петицию ] Поделиться: …»), a form's blanks and check boxes
  // («Имя \_\_\_ Фамилия \_\_\_», «☐ Сообщать мне о новостях этой петиции»).
  /^(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:подписали|подписей|подписавших|signatures|signed|supporters)\s*:\s*[\d\s\u00A0,]+(?:[·|]\s*(?:цель|goal|target)\s*:\s*[\d\s\u00A0,]+)?$|^[▓█▒░]{5,}\s*\d{1,3}\s*%$|^(?:за последние \d{1,3} час\p{L}*|in the (?:last|past) \d{1,3} hours?)\s*:\s*\+\s*[\d\s\u00A0,]+$/iu,
  /^\[\s*(?:подписать(?: петицию)?|sign(?: the petition| now)?|add your name)\s*\]/iu,
  /^[☐☑☒]\uFE0F?\s+\S/u,
  // A service page's tools and live furniture: a quick-exit button, radio buttons, a live page's refresh note, a table's
  // pagination, a drop-down control, a row of download links, a note pointing elsewhere on the page ("[ Quick exit ]  Leave this
  // site now", "Show: ( ) Earlier flights   (o) Now", "… this page refreshes every 60 seconds", "Showing 13 of 164 departures …
  // [Show all]", "Contest: Mayor (vote for 1)   Change contest ▾", "Download results (CSV) · Print this page", "… jump to
  // "Refunds for Saturday"", «Табло обновляется автоматически каждые 60 секунд»).
  QUICK_EXIT,
  /^(?:[^()]{0,20}:\s*)?(?:\(\s*[o•●xX*]?\s*\)\s+[^()]{1,30}?\s*){2,}$/u,
  /\b(?:this page|the page|this board|the board) (?:refreshes|is refreshed|updates|is updated|reloads)(?: automatically)? every\b|^(?:last )?refreshed\s*:|(?<!\p{L})(?:эта страница|страница|табло) обновля\p{L}+(?: автоматически)? каждые(?!\p{L})/iu,
  /^(?=.*\b(?:rows|results|items|entries) per page\b|.*\[[^\]]{1,20}\]$|showing\b)(?:.*\s)?showing \d[\d,]*(?:\s*[–-]\s*\d[\d,]*)? of \d[\d,]*\b|^(?:показан[оы]?|отображ\p{L}+) \d[\d\s]*(?:\s*[–-]\s*\d[\d\s]*)? из \d/iu,
  /^[^.!?]{0,120}▾[^.!?]{0,60}$/u,
  /^(?:download|export|print|скачать|распечатать|экспорт)(?!\p{L})[^·|.!?]{0,40}(?:\s*[·|]\s*(?:download|export|print|скачать|распечатать|экспорт)(?!\p{L})[^·|.!?]{0,40})+$/iu,
  /\b(?:jump|skip|go|scroll) (?:down )?to ["“][^"”]{1,60}["”]|\bsee ["“][^"”]{1,60}["”] (?:above|below)\b|(?<!\p{L})(?:перейдите|см\.)\s(?:к\s|в\s)?(?:раздел\p{L}*\s)?[«"“][^»"”]{1,60}[»"”]\s(?:выше|ниже)(?!\p{L})/iu,
  // A form's field in brackets and its button ("Search hearings and decisions: [ Name, reference … ]  [Search]", «Проверьте связь
  // по адресу: [ Город, улица, дом ] **Проверить**», "[ Search for articles, e.g. … ]   Submit a request | Sign in").
  FORM_FIELD,
  FORM_FIELD_WORD,
  // A review page's and a help centre's counters and tools ("👍 212 · Полезный отзыв?", "214 out of 239 found this helpful", "Have more
  // questions? Submit a request", «Показать ещё 212 отзывов», "[ Забронировать ] — Цены от 6 200 ₽ за ночь", «Похожие отели рядом: …»,
  // «Рейтинг: 2,9 из 5 (было 4,6) · 318 отзывов», «Чистота 3,8 · Персонал 2,4 · Безопасность 1,2», «💬 Онлайн-помощник: Здравствуйте!»).
  /^(?:\p{Extended_Pictographic}\uFE0F?\s*[\d\s\u00A0]+\s*[·|]\s*)?(?:полезн\p{L}* (?:отзыв|ответ|комментари\p{L}*)|отзыв (?:был )?полезен|(?:was )?this (?:review|comment|answer) (?:was )?(?:helpful|useful)|helpful)\s*\??$/iu,
  /^\d[\d,\s]* (?:out )?of \d[\d,\s]* (?:people |users |readers |guests |customers )?found (?:this|it) (?:helpful|useful)\b|^\d[\d\s]* из \d[\d\s]* (?:читател\p{L}*|пользовател\p{L}*|человек|гост\p{L}*) (?:считают|сочли|нашли|отметили)/iu,
  /^(?:have|got) (?:more|other|any other|further) questions\?\s*(?:submit a request|contact us|get in touch|ask us)\b|^остались вопросы\?\s*(?:напишите нам|задайте вопрос|свяжитесь с нами|оставьте заявку)/iu,
  /^показать (?:ещё|еще|все) (?:\d[\d\s]*)?(?:отзыв\p{L}*|оценк\p{L}*)|^(?:show|see|read|load) (?:all|more|\d+ more) (?:\d+ )?reviews\b/iu,
  /^(?:похожие|другие) (?:отели|гостиницы|объекты размещения|места)(?: рядом| поблизости)?\s*:|^(?:similar|other|nearby) (?:hotels|properties|places to stay)(?: nearby)?\s*:/iu,
  /^\[\s[^\]\d]{1,30}\s\](?:\s+[—–-])?\s+[^.!?[\]]{1,80}$/u,
  /^(?:рейтинг|rating|оценка|score)\s*:?\s*\d(?:[.,]\d)?\s*(?:из|out of|\/)\s*\d/iu,
  /^(?:[\p{L}/ -]{2,30}\s\d[.,]\d\s*(?:[·|]\s*|$)){3,}$/u,
  /^(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:онлайн-помощник|онлайн-консультант|чат-бот|виртуальный помощник|virtual assistant|chat ?bot|live chat|chat with us)\s*:/iu,
  // A key of a status table's lights («Обозначения: 🟢 работает 🟡 частичные ограничения …», "Key: 🟢 good service …").
  /^(?:условные обозначения|обозначения|легенда|key|legend)\s*:\s*[🔴🟠🟡🟢🔵⚪⚫●○◉]/iu,
  // A newsletter's and a bulletin's furniture ("Having trouble reading this e-mail? View it online…", "IN THIS ISSUE: Commodore's
  // note · Fire on C pontoon · Tides", "The Burgee is edited by volunteers. Copy for the October issue…", "Large print or audio
  // versions: call …").
  /^(?:having trouble|problems?|trouble) (?:reading|viewing|seeing) this (?:e-?mail|newsletter|message)\b|^(?:письмо|рассылка) (?:отображается|показывается) некорректно/iu,
  /^(?:in this (?:issue|edition|bulletin|newsletter)|inside(?: this issue)?|в (?:этом )?(?:номере|выпуске))\s*:\s*[^.!?·|•]+(?:\s[·|•]\s[^.!?·|•]+){2,}$/iu,
  /^(?:the )?\p{Lu}[\p{L}'’ ]{1,60} is (?:edited|produced|compiled|put together) by (?:volunteers|club members|members of the club)\b|\bcopy (?:deadline )?for the (?:next|\p{Lu}\p{Ll}+) (?:issue|bulletin|newsletter)\b/u,
  /^(?:large print|braille|audio|easy read)(?:,? (?:or |and )?(?:large print|braille|audio|easy read))* (?:versions?|copies|formats?)\b[^.]{0,20}(?::|\bavailable\b|\bon request\b).{0,60}$/iu,
  // A document's file link ("Полный протокол (30 спортсменов) — PDF, 212 КБ", "Record of determinations (PDF, 318 KB)").
  /^[^.!?]{1,100}?(?:\s[—–-]\s|\s*\(\s*)(?:PDF|DOCX?|XLSX?|ODT|RTF|CSV|ZIP)\s*,\s*\d[\d.,]*\s*(?:KB|MB|kB|КБ|МБ|Кб|Мб)\s*\)?$/u,
  // A press office's contacts and accreditation note on a federation's page («Пресс-служба федерации: press@… · +7 …», «Аккредитация
  // СМИ на 4-й этап — до 5 марта»).
  /^(?:пресс-служба|пресс-центр|пресс-секретарь|press office|press team|media (?:office|team|relations))(?!\p{L})[^:]{0,60}:\s*[\w.+-]+@\S+\s*[·|,]\s*(?:\+?\d|тел|tel)/iu,
  /^(?:аккредитация (?:сми|журналистов|прессы|представителей сми)|(?:media|press) accreditation)(?!\p{L})[^.!?]{0,60}(?:(?<!\p{L})до\s+\d|\b(?:until|by|closes?|deadline)\b)/iu,
  // A listed company's and an official page's closing notes ("This announcement was authorised for release by the Board.",
  // "Official results are those declared by the Returning Officer.", "Flight information is supplied by the airlines and may change…").
  /^this (?:announcement|release|document|report) (?:was|has been|is) (?:authori[sz]ed|approved) for (?:release|lodg(?:e)?ment|publication)\b/iu,
  /^official results are (?:those )?(?:declared|certified|announced|published) by\b|\b(?:figures|results|numbers) (?:on|shown on|displayed on) this page are (?:unofficial|provisional)\b/iu,
  /^\p{Lu}[\p{L} ]{0,40}(?:information|data|times|details) (?:is|are) (?:supplied|provided) by\b[^.]{0,80}(?:may change|subject to change)/u,
  // A record page's standing note on how long it stays up ("Hearing outcomes are published for five years from the date of the
  // decision.", «Решения публикуются на сайте в течение трёх лет»).
  /^(?:[\p{L} ]{0,40}\s)?(?:outcomes|decisions|determinations|notices|appeals|records|orders|judgments)\s(?:are|is)\s(?:published|shown|displayed)(?: (?:on|at) (?:this|our) (?:site|website|page))? for (?:\d+|one|two|three|four|five|six|seven|ten|twelve) (?:years?|months?) from\b|^(?:[\p{L} ]{0,40}\s)?(?:решения|постановления|объявления|сведения|материалы)\s(?:публикуются|размещаются) на сайте в течение (?:\d+|одного|двух|тр[её]х|пяти|десяти) (?:лет|год\p{L}*|месяц\p{L}*)/iu,
  // A document's card on its issuer's site («Приказ № 214-п от 12.11.2025 · Вид документа: приказ · Статус: действует · 📎 Скачать …»,
  // "Order No. 214 · Document type: order · Status: in force").
  /^[^·|]{1,80}\s[·|]\s(?:вид|тип) документа\s*:|^[^·|]{1,80}\s[·|]\s(?:document type|type of document)\s*:/iu,
  // A legal act's publication note («Опубликовано на официальном интернет-портале правовой информации … номер опубликования …»).
  /^(?:опубликован[оа]?|размещен[оа]?) на (?:официальном )?интернет-портале правовой информации|^published on the (?:official )?(?:legal information|legislation) portal\b/iu,
  // Minutes' standing notes ("(These minutes remain in draft until approved at the next meeting…)", "Agendas and minutes are
  // published on the Council notice board…", «Протокол размещён на официальном сайте…»).
  /^\(?these minutes (?:are|remain) (?:in )?draft\b|^\(?(?:draft|unconfirmed) minutes?\b.{0,40}\b(?:subject to|until) (?:approv|confirm)|^(?:agendas?|minutes|meeting papers)(?: and (?:minutes|agendas?))? (?:are|is) (?:published|available|posted)\b|^\(?проект протокола(?!\p{L}).{0,60}(?:до утверждения|утвержд)/iu,
];

/**
 * Furniture that a pattern finds only on a line a cheap test marks (a character or a word the pattern needs, see `isBoilerplate`):
 * the pattern is not run on the other lines.
 */
const MARKED_FURNITURE: readonly { marked: (line: string) => boolean; pattern: RegExp }[] = [
  // An office's working hours alone on their line («Время работы: пн–чт 8:00–17:15, пт 8:00–16:00, перерыв 12:00–12:45», "Office
  // hours: Mon-Fri 09:00-17:00").
  { marked: (line) => line.includes("работы") || line.includes("ours"), pattern: /^(?:(?:время|режим|часы) работы|(?:opening|office|business) hours)\s*:\s*[^.!?]{0,120}\d{1,2}[:.]\d{2}[^.!?]{0,120}$/iu },
  // A page's update stamp alone on its line («Дата обновления страницы: 10.09.2025 11:42», "Page last updated: 10/09/2025 11:42").
  { marked: (line) => line.includes("бновлен") || line.includes("pdated"), pattern: /^(?:дата (?:последнего )?обновления(?: страницы)?|страница обновлена|(?:page )?last updated|page updated)\s*:?\s*\d{1,2}[./]\d{1,2}[./]\d{2,4}(?:,?\s+\d{1,2}:\d{2})?$/iu },
  // A list's filter row of drop-down boxes, with its sort order ("Filter: [All products v] [All years v] [Open notices only]    Sort:
  // newest first", «Фильтр: [Все районы ▾] [2031 ▾]»).
  { marked: (line) => line.split(/\s[v▾▼]\]/u).length > 2, pattern: /^(?:(?:\p{L}[\p{L} ]{0,20}:\s*)?\[[^\]]{1,40}\]\s*)+(?:\p{L}[\p{L} ]{0,20}:\s*[\p{L} ]{1,30})?$/u },
  // A disclaimer on its line ("Disclaimer: Based on a field visit on 9–10 October 2034. Not a guarantee of safety.", «Оговорка: …»), a
  // page's note that it only guides ("Travel alerts are for general guidance only. …"), a table's note that its data are preliminary
  // («Данные носят оперативный характер и могут уточняться.»).
  { marked: (line) => line.includes("isclaimer") || line.includes("ISCLAIMER") || line.includes("only") || line.includes("характер") || line.includes("говорк") || line.includes("тветственност"), pattern: /^(?:disclaimer|оговорка|отказ от ответственности)\s*:\s+\S|^[\p{L} ]{2,40}\s(?:is|are) (?:provided )?for (?:general )?(?:guidance|information(?:al purposes)?) only\b|^(?:данные|сведения|информация|цифры) нос(?:ят|ит) (?:оперативный|предварительный|справочный) характер(?!\p{L})/iu },
  // A row of a service's documents and other pages («Документы: Приказ о введении … · Сводный план тушения на 2033 год · Вакансии: …»).
  { marked: (line) => line.includes(" · ") && line.includes(":"), pattern: /^(?:документы|documents|downloads|полезные ссылки|useful links|see also)\s*:\s*[^.!?·]+(?:\s·\s[^.!?·]+)+$/iu },
  // A live table's stamp with its filter and count, its note on updates («Сведения на 12.03.2025, 13:00 (мск). Фильтр: все дороги / … —
  // найдено 4», «Таблица обновляется по мере поступления данных. Подписка на уведомления: RSS · SMS», "The table is updated as …").
  { marked: (line) => line.includes("ильтр") || line.includes("ilter") || line.includes("бновляется") || line.includes("updated") || line.includes("refreshed"), pattern: /^(?:сведения|данные|information|data)\s+(?:на|по состоянию на|as (?:of|at))\s+[^!?]{4,40}?\.\s*(?:фильтр|filter)\s*:|^(?:таблица|список|перечень|карта|(?:the |this )?(?:table|list|map))\s+(?:обновляется|is updated|is refreshed)(?!\p{L})/iu },
  // A picture's placeholder in brackets with when it was taken («[Обрушившийся центральный пролёт моста …, 12 марта, 07:30]").
  { marked: (line) => line.startsWith("[") && line.endsWith("]"), pattern: /^\[\p{Lu}[^[\]]{10,200}?,\s*(?:\d{1,2}\s+\p{L}+\.?(?:\s+\d{4})?(?:,\s*\d{1,2}[:.]\d{2})?|\d{1,2}[:.]\d{2})\]$/u },
  // The place of a seal under a signature («М. П.», "L.S.").
  { marked: (line) => line.length <= 6 && line.includes("."), pattern: /^(?:м\.\s?п\.|l\.\s?s\.)$/iu },
  // A newsroom's or an advertising desk's address in a footer ("Contact the newsroom: news@… | Terms | Privacy", «Реклама на портале:
  // adv@…»).
  { marked: (line) => line.includes("@"), pattern: /^(?:contact (?:the )?(?:newsroom|news desk|editor|editorial team)|advertis(?:e|ing)(?: with us| enquiries)?|реклама(?: на (?:портале|сайте))?|размещение рекламы|редакция)\s*:\s*[\w.+-]+@[\w-]+\./iu },
  // A standing appeal to readers: a short question, then a call to send, text or ring with where to ("Heard something? Text the
  // newsroom on 81042.", «**Сообщили о дыме в лесу?** Звоните 8-800-555-40-01 или 112.», «Увидели мёртвую рыбу…? Сфотографируйте … и
  // отправьте нам через форму …»).
  { marked: (line) => line.includes("?"), pattern: /(?:^|[.!]\s+)(?:\*\*|__)?[^.!?"“”«»]{3,80}\?(?:\*\*|__)?\s+(?:звоните|позвоните|пишите|напишите|сообщите|сообщайте|отправьте|присылайте|сфотографируйте|снимите|text|call|ring|e-?mail|message|tell|send|whatsapp)(?!\p{L})[^!?]{0,160}?(?:\d{3}|(?<!\p{L})(?:форм\p{L}*|нам|редакци\p{L}*)(?!\p{L})|\b(?:form|us|newsroom|news desk)\b)/iu },
  // A notification service's offer ("Victim notification: Register with KS-VINE to be told when an inmate is released …",
  // «Уведомления: подпишитесь на SMS-рассылку, чтобы узнать …»).
  { marked: (line) => line.includes(":") && (line.includes("egister") || line.includes("ign up") || line.includes("ubscribe") || line.includes("nrol") || line.includes("ведомлен") || line.includes("повещен")), pattern: /^[\p{L} ]{0,30}:\s*(?:register|sign up|subscribe|enrol+)\s+(?:with|for|to|at)\b.{0,80}\bto be (?:told|notified|alerted|informed)\b|^(?:уведомлени\p{L}*|оповещени\p{L}*)\s*:\s*(?:подпишитесь|зарегистрируйтесь)(?!\p{L})/iu },
  // (Owners' or a venue's rating beside a catalogue card or an event: «▸ Оценка владельцев: ★ 4,3 из 5 (1 126 отзывов) · [Читать отзывы ›]»,
  // "★ 4.6 venue rating (2,118 reviews) - reviews paused"; a classifieds widget's button, «[Смотреть 214 объявлений ›]».)
  { marked: (line) => line.includes("★") || line.includes("ейтинг") || line.includes("ценка") || line.includes("ating") || line.includes("core"), pattern: /^[▸►•]?\s*(?:рейтинг|rating|оценка|score)\s+\p{L}+\s*:\s*★?\s*\d(?:[.,]\d)?\s*(?:из|out of|\/)\s*\d|^★\s*\d(?:[.,]\d)?\s+(?:[\p{L}-]+\s+)?(?:rating|рейтинг)\b.{0,20}\(\d[\d\s,]*\s*(?:reviews?|отзыв\p{L}*|ratings?|оцен\p{L}*)\)/iu },

  // A search form's row of labelled fields and buttons over a results list ("Search events: [ keyword ]  Category: [All v]  [Find events]",
  // «Период: [01.11.2029] — [30.11.2029] · Район: [Все ▾] · [Показать] [Сбросить фильтр]»).
  { marked: (line) => line.endsWith("]") && line.includes(": ["), pattern: /^(?:[\p{L} ]{2,30}:\s*\[[^\]]{1,40}\](?:\s*[—–-]\s*\[[^\]]{1,40}\])?\s*[·|]?\s*)+(?:\[[^\]]{1,30}\]\s*)+$/u },
  // A results list's count, its sort links or buttons after it ("Showing 5 of 23 events in September 2024. Sort by: date | name",
  // «Показаны 7 событий из 7 · [Загрузить ещё]», «Найдено записей: 5 · [Выгрузить в Excel]»).
  { marked: (line) => line.includes("how") || line.includes("оказан") || line.includes("айдено") || line.includes("ound"), pattern: /^(?:showing|показан[аоы]?)\s+\d[\d\s]*\s+(?:\p{L}+\s+)?(?:of|из)\s+\d[\d\s]*(?:\s*\p{L}+(?:\s+(?:in|for|в|за)\s+[^.!?[\]]{1,30})?)?\.?(?:\s*(?:sort by|сортировка)\s*:\s*[^.!?]{1,40})?(?:\s*·\s*\[[^\]]{1,30}\])*$|^(?:найдено|records found|results found)(?:\s+(?:записей|документов|результатов|событий))?\s*:\s*\d[\d\s]*(?:\s*·\s*\[[^\]]{1,40}\])*$/iu },
  // A row of a page's downloads, its first with the file's kind and size («Скачать меню (PDF, 84 КБ) · Архив меню · Примерное меню»,
  // "Download the menu (PDF, 84 KB) · Menu archive").
  { marked: (line) => line.includes("(PDF") || line.includes("(DOC") || line.includes("(XLS"), pattern: /^(?:скачать|download)\s[^·()]{1,60}\((?:PDF|DOCX?|XLSX?)\b[^)]{0,20}\)(?:\s*·\s*[^·.!?]{1,40})*$/iu },
  // A public services portal's widget closing a page («Не нашли ответа? Задайте вопрос через Госуслуги › Решаем вместе», "Didn't find
  // an answer? Ask us through …").
  { marked: (line) => line.includes("нашли") || line.includes("find"), pattern: /^(?:не нашли ответа|didn'?t find (?:an |the |your )?answer)\?\s+(?:задайте|напишите|спросите|ask|contact|write)(?!\p{L})[^.!?]{0,80}$/iu },
  // An organisation's running totals in its footer ("2036 SO FAR:  Callouts 27  |  Persons assisted 41", «Клуб в цифрах: 312 членов
  // клуба · 41 поход в 2031 году», «С начала 2036 года: выездов 27 | спасено 41»).
  { marked: (line) => line.includes("SO FAR") || line.includes("so far") || line.includes("o date") || line.includes("начала") || line.includes("цифрах") || line.includes("umbers"), pattern: /^(?:\d{4}\s+(?:so far|to date)|this year so far|year to date|с начала(?: \d{4})? года|[\p{L}]+ в цифрах|(?:the |our )?[\p{L}]+ in numbers|by the numbers)\s*:\s*[^.!?]*?\d[^.!?]*(?:\||·)[^.!?]*$/iu },
  // A charity's appeal for gifts in its footer ("KIT APPEAL: we still need 2 new cave stretchers", "Text RESCUE 5 to 70070 to give £5",
  // «Отправьте SMS со словом СПАС на номер 3434»).
  { marked: (line) => line.includes("PPEAL") || line.includes("ppeal") || line.includes(" to give") || line.includes(" to donate") || line.includes("SMS"), pattern: /^text\s+\p{Lu}{2,}(?:\s*\d+)?\s+to\s+\d{4,6}\s+to\s+(?:give|donate)\b[^!?]{0,40}$|^отправьте sms(?:-сообщение)?\s+(?:со словом\s+)?\S+.{0,40}?\s+на (?:короткий )?номер\s+\d{4}/iu },
  // (The appeal's label in capitals: "KIT APPEAL: we still need …"; "The appeal: we need volunteers, he said" is a story's.)
  { marked: (line) => line.includes("APPEAL:"), pattern: /^(?:\p{Lu}+\s+)?APPEAL:\s+(?:[Ww]e (?:still )?need|[Pp]lease|[Hh]elp)(?!\p{L})[^!?]{0,120}$/u },
  // A press contact on its line, with the address («Контакт для СМИ: пресс-служба АО «Лесхоз», press@…», "Media contact: press office,
  // press@…").
  { marked: (line) => line.includes("@") && (line.includes("СМИ") || line.includes("ontact")), pattern: /^(?:контакты? для сми|для сми|media contacts?|press contacts?|contact for (?:the )?media)\s*:\s*[^!?]{0,120}?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$/iu },
  // A map page's text fallback note ("The interactive map could not be loaded. Showing the text list.", «Карта не загрузилась. Показан
  // текстовый список.»).
  { marked: (line) => line.includes("map") || line.includes("арт"), pattern: /^(?:the )?(?:interactive )?map (?:could not|cannot|failed to) (?:be )?load(?:ed)?\.?(?:\s+showing the (?:text )?list(?: instead)?\.?)?$|^(?:интерактивная )?карта не (?:удалось )?загру\p{L}+\.?(?:\s+показан\p{L}* (?:текстовый )?список\.?)?$/iu },
  // A live page's refresh stamp with its auto-refresh note ("Data refreshed: 15 Oct 2025 09:30 | Auto-refresh every 15 minutes | …",
  // «Данные обновлены: 15.10.2025 09:30 | Автообновление каждые 15 минут»).
  { marked: (line) => line.includes("uto-refresh") || line.includes("втообновление"), pattern: /^(?:data|page|map|данные|страница|карта)\s+(?:last\s+)?(?:refreshed|updated|обновлен[аы]?)\s*:?\s*[^|]{4,40}\|\s*(?:auto-?refresh|автообновление)\b[^|]{0,40}(?:\|[^|]{1,60})*$/iu },
  // A partner's news label under a story's headline («*Новости партнёров в Колея.Навигатор*», "Partner news on RoadPal").
  { marked: (line) => line.includes("артн") || line.includes("artner"), pattern: /^(?:новости партн[её]ров|материал партн[её]ра|partner news|news from (?:our )?partners)(?:\s+(?:в|на|on|in)\s+\S.{0,40})?$/iu },
  // A site's licence note in its footer ("All content is available under the Open Government Licence, except where otherwise stated.",
  // «Материалы сайта доступны по лицензии Creative Commons …»).
  { marked: (line) => line.includes("icen") || line.includes("ицензи"), pattern: /^(?:all |the )?(?:content|material|text)s?(?: on this (?:site|blog|website))? (?:is|are) (?:available|published|licensed) under (?:the |an? )?[\p{L}\d. -]{2,60}licen[cs]e\b|^(?:все )?материалы(?: сайта| блога)? (?:доступны|распространяются|публикуются) (?:по|на условиях|под) лицензи/iu },
  { marked: (line) => line.endsWith("]"), pattern: /\[(?:смотреть|показать|see|view|browse)\s+(?:все\s+|all\s+)?[\d\s\u00A0]*(?:объявлени\p{L}*|предложени\p{L}*|listings?|ads|offers|deals)(?!\p{L})[^\]]{0,10}\]\s*$/iu },
];

/**
 * A header alone on its line over a list that is not the article's words: links to other articles
 * («Материалы по теме:», "Related:", "More on this story:"), a news feed pasted into the page
 * ("——— ЛЕНТА НОВОСТЕЙ ———", "Latest news"), the page's contents ("In this article:", «Содержание»).
 */
const RELATED_HEADER =
  /^[—–\-━─]*\s*(?:(?:материалы|новости|статьи|читайте(?: также)?) по теме|по теме|related(?: (?:stories|articles|coverage|news|posts))?|more on this (?:story|topic)|read more|(?:читайте|смотрите) также|see also|most (?:viewed|read|popular)(?: in [\p{L} ]{1,30})?|новости компании|company news|news from the company|разделы(?: сайта)?|site sections|sections of (?:the|this) site|самое (?:читаемое|популярное)|популярное|лента новостей|последние новости|latest news|news feed|in this (?:article|story)|(?:table of )?contents|содержание|оглавление|в (?:этом|этой) (?:материале|статье)|editor'?s'? picks|recommended(?: for you)?|выбор редакции|рекомендуем|also (?:tonight|today|this (?:morning|evening|week)|in (?:this|today's) (?:issue|edition|briefing))|in other news|другие новости|также (?:сегодня|в выпуске)|links in this (?:article|story)|ссылки(?: в (?:статье|материале))?|(?:связанные|похожие) (?:новости|материалы)|more from [^:]{1,40}|(?:похожие|другие) сюжеты|похожие сообщения(?: в кластере)?(?: \(выборочно\))?|similar (?:stories|reports|items)|прикрепл[её]нные файлы|вложения|(?:attached )?files|attachments|downloads|(?:ещё|еще|больше) (?:от|из|в) [^:]{1,40}|(?:promoted|sponsored) (?:links|stories|content)(?: by \S+)?|(?:around|from) the web|партн[её]рские материалы|новости партн[её]ров|(?:похожие|другие) вопросы|(?:similar|related) questions|(?:вам )?(?:также |тоже )?может понравиться|you (?:may|might) (?:also )?like|популярное в (?:группе|сообществе|канале)|(?:рекомендуемые|похожие) (?:группы|каналы|сообщества)|(?:popular in|more from) (?:this )?(?:group|community|channel)|recommended (?:groups|channels|communities)|в (?:сегодняшнем|этом) выпуске|in (?:today's|this) (?:issue|edition|newsletter)|up next(?:\s+autoplay\s*[●○◉]?)?|(?:other )?notices in force|другие новости (?:раздела|рубрики)|прикрепл[её]нные документы|(?:attached|related) documents|карточка документа|document (?:details|card)|dates for (?:your|the) diary|term dates(?: \d{4})?|house points(?: this week)?|more posts from \S{2,40}|связанные документы|related (?:records|notes|pages)(?: for this \p{L}+)?|linked notes|backlinks|недавно подписали|recent(?:ly)? sign(?:ed|atures)|последние подписи|other (?:open |current |recent |latest )?(?:appeals|notices|announcements|news releases|press releases|investigations|callouts|call-outs|incidents)(?: (?:in|of) \d{4})?|related (?:releases|news releases|press releases|investigations|reports|inquiries)|другие (?:открытые |текущие )?(?:обращения|объявления|розыски|ориентировки|расследования|выезды|происшествия)(?: \d{4} года)?|другие новости пресс-центра)\s*:?\s*[—–\-━─]*$/iu;
/** Most lines such a block lists. */
const MAX_RELATED_LINES = 10;

/**
 * Where a block of page furniture that line `i` opens ends (exclusive), or null when line `i`
 * opens none (see `dropBlocks`).
 */
type BlockEnd = (lines: readonly string[], i: number) => number | null;

/** Removes every block `blockEnd` finds: its opening line and the lines it takes under it. */
function dropBlocks(lines: string[], blockEnd: BlockEnd): void {
  for (let i = 0; i < lines.length; i++) {
    const end = blockEnd(lines, i);
    if (end === null) continue;
    lines.splice(i, end - i);
    i--;
  }
}

/** A header line as its words are recognised: without a Markdown heading's `#`s, emphasis or arrows. */
function headerView(line: string): string {
  return furnitureView(line.replace(/^#{1,6}\s+/u, ""));
}

/**
 * A block of links to other articles, a pasted news feed or the page's contents: its header alone
 * on a line, and the short lines right under it (no blank line between, each short and without a
 * final full stop). The headlines are other articles' words, and a contents list repeats the
 * section headings: neither is a sentence of this article.
 */
function relatedBlockEnd(lines: readonly string[], i: number): number | null {
  if (!RELATED_HEADER.test(headerView(lines[i] ?? ""))) return null;
  let end = i + 1;
  while (end < lines.length && lines[end] === "") end++;
  while (end < lines.length && end - i <= MAX_RELATED_LINES) {
    const line = lines[end] ?? "";
    if (line === "" || line.length > MAX_TITLE_CHARS || /[.…]$/u.test(line)) break;
    end++;
  }
  return end;
}

/** Words of a row of share buttons ("Share on Facebook Share on X Email", «Поделиться ВКонтакте Telegram»). */
const SHARE_WORDS = new Set([
  "share", "on", "via", "tweet", "email", "e-mail", "print", "copy", "link", "facebook", "twitter", "x", "telegram", "whatsapp", "viber",
  "vk", "linkedin", "reddit", "pinterest", "messenger", "поделиться", "в", "вконтакте", "одноклассники", "отправить", "скопировать",
  "ссылку", "ссылка", "почта", "телеграм", "text", "message", "sms", "this", "story", "article",
]);
/** Words that make a row of such words a row of share buttons, not a sentence fragment. */
const SHARE_MARKERS = new Set(["share", "tweet", "поделиться", "facebook", "вконтакте", "whatsapp", "telegram", "телеграм"]);

/** Whether a line is a row of share buttons: share words only, a marker among them. */
function isShareRow(line: string): boolean {
  const words = line.toLowerCase().split(/[\s,|·•:[\]]+/u).filter((w) => w !== "");
  return words.length > 0 && words.every((w) => SHARE_WORDS.has(w)) && words.some((w) => SHARE_MARKERS.has(w));
}

/**
 * Page controls: "[ Show key events only ]", «[Версия для печати]», "Print", "Text size: A- A+", "Save for later", a
 * forum's "⬆ 388 · Reply", «Предложить новость · Поделиться · Пожаловаться», «Отправить другу · Сообщить об опечатке: …»,
 * a post's reactions («👍 Класс! 2,1 тыс. · ↪ Поделиться 684», "⭳ Save   ⋯"), the weather beside them ("☀ 14°C Hallbridge"), an
 * app post's closed comments ("1.2k · 💬 Comments are off for this post · ↗ Share", «Комментарии отключены»).
 */
const CONTROL_PART =
  /^(?:[\p{Extended_Pictographic}\uFE0F⬆⬇↗↪↑↓▲▼⭳]\s*)*(?:\[[^\]]{1,40}\]|⋯|…|[-+−]?\d{1,2}\s*°\s*[CFС]?(?:\s+\p{L}[\p{L} -]{0,24})?|(?:класс!?|поделиться|комментари\p{L}*|share|shares|comments?|likes?)\s+[\d\s\u00A0.,]+(?:тыс\.?|млн|[kKкК])?|print|e-?mail|save(?: for later)?|share|reply|(?:comments are|commenting is) (?:off|closed|disabled)(?: for this (?:post|article|story))?|комментарии (?:отключены|закрыты)|report|like|comment|transcript|show (?:chapters|transcript)|(?:комментари\p{L}*|comments?)\s*\(\d[\d\s]*\)|🔖|\d{1,2}\s*(?:мин(?:ут\p{L}*)?\.?|min(?:ute)?s?)(?:\s+(?:read|чтения))?|\*?(?:map|chart|graphic) data\s*©[^*]{0,60}\*?|repost|send|follow|subscribe|download|embed(?: this \p{L}+)?|нравится|комментировать|скачать|text size\b.{0,12}|a-?\s*a\+|copy link|версия для печати|распечатать|сохранить|в закладки|ответить|пожаловаться|поделиться|предложить новость|отправить другу|send to (?:a )?friend|page size\s*:.{0,12}|размер страницы\s*:.{0,12}|(?:page|страница)\s*\d+\s*(?:of|из)\s*\d+|(?:сообщений|ответов|posts|replies)\s*:\s*[\d\s]+|сообщить об (?:опечатке|ошибке)(?!\p{L}).{0,70}|[\d\s\u00A0.,]+[kKкКmMмМ]?(?:\s*(?:тыс\.?|млн))?(?:\s*[⬆⬇↑↓▲▼])?(?:\s+(?:comments?|комментари\p{L}*|votes?|points?|answers?|ответ\p{L}*|views?|просмотр\p{L}*|reactions?|reposts?|likes?|shares?|replies))?|(?:комментари\p{L}*|просмотр\p{L}*|полезно|нравится|views?|comments?|likes?|reactions?)\s*:\s*[\d\s\u00A0.,]+[kKкК]?)$/iu;
/** A counter among page controls ("⬆ 388", "💬 212 comments"): alone, a row of them may be a table's numbers. */
const COUNTER_CONTROL = /^(?:[\p{Extended_Pictographic}\uFE0F⬆⬇↗↪↑↓▲▼]\s*)*[\d\s\u00A0.,]+[kKкКmMмМ]?(?:\s*[⬆⬇↑↓▲▼])?(?:\s+\p{L}+)?$/u;
/** What a page's counter counts ("87 comments", «212 просмотров», "1,146 reactions"): with it, a row of numbers is not a table's. */
const COUNTED_THING = /\d\s*[kKкКmMмМ]?\s+(?:comments?|комментари\p{L}*|votes?|views?|просмотр\p{L}*|reactions?|reposts?|likes?|shares?|replies|ответ\p{L}*)$/iu;
/**
 * Parts of a site's navigation bar: "Skip to content", "Sign in", "Subscribe from $1/week", «Войти», "18+", «48 312 подписчиков», a
 * labelled phone («Кассы: +7 (8552) 30-11-40», "Claims line 0800 046 1180"), and of its footer's links ("Privacy · Terms", «Карта
 * сайта | Обратная связь»).
 */
const NAVIGATION_PART = new RegExp(
  String.raw`^(?:\p{L}[\p{L} ]{0,30}:?\s+)?(?:${PHONE_NUMBER.source})$|` +
    /^(?:skip to (?:main )?content|sign in to (?:my|your) account|my account|pay (?:a|your) bill|privacy policy|disclaimers?|mobile view|terms of use|политика конфиденциальности|мобильная версия|privacy|terms|cookies|ad choices|contact us|карта сайта|sitemap|обратная связь|политика обработки персональных данных|правила (?:сервиса|сайта)|перейти к (?:основному )?(?:содержанию|контенту|тексту)|sign in(?: to comment)?|feedback|search the web|log in|sign out|(?:signed|logged) in as\s.{1,30}|вы вошли как\s.{1,30}|(?:ваш|выберите) (?:город|регион)\s*:?.{0,30}|your (?:city|town|region|location)\s*:.{0,30}|subscribe\b.{0,30}|войти|вход|регистрация|подписаться|версия для слабовидящих|accessibility|\d{1,2}\+|[\d\s\u00A0,.]+\s*(?:тыс\.?|млн|[KkКкMм])?\s*(?:подписчик\p{L}*|участник\p{L}*|subscribers?|followers?|members?))$/iu.source,
  "iu",
);

/**
 * Whether a line is a site's furniture made of separated parts (`|`, `·`, `•`, spaces between
 * bracketed buttons): a row of page controls, or a navigation bar (short parts, one of them a
 * sign-in or subscription link or an age mark: "THE COURIER | Local · Weather | Subscribe | Sign in").
 */
function isFurnitureRow(line: string): boolean {
  const parts = line
    .split(/\s*[|·•]\s*|\s{3,}|(?<=\])\s+(?=\[)/u)
    .map((part) => part.trim())
    .filter((part) => part !== "");
  if (parts.length === 0) return false;
  // (A row of counters is furniture when one names what it counts: "1,146 reactions | 87 comments | 203 reposts".)
  if (parts.every((part) => CONTROL_PART.test(part)) && (!parts.every((part) => COUNTER_CONTROL.test(part)) || parts.some((part) => COUNTED_THING.test(part)))) return parts.length > 1 || /^\[/u.test(parts[0] ?? "");
  return parts.length > 1 && parts.some((part) => NAVIGATION_PART.test(part)) && parts.every((part) => part.length <= MAX_RUBRIC_CHARS && part.split(/\s+/).length <= 5);
}

/** Whether a line is boilerplate by itself (short and matching a pattern family). */
export function isBoilerplate(line: string): boolean {
  if (line === "" || line.length > MAX_BOILERPLATE_CHARS) return false;
  return (
    BOILERPLATE_PATTERNS.some((pattern) => pattern.test(line)) ||
    isShareRow(line) ||
    isFurnitureRow(line) ||
    isTagsRow(line) ||
    isSectionBar(line) ||
    isNavigationRow(line) ||
    MARKED_FURNITURE.some(({ marked, pattern }) => marked(line) && pattern.test(line))
  );
}

/** Longest part (characters) of a breadcrumb or a menu. */
const MAX_NAVIGATION_PART_CHARS = 40;

/**
 * Whether a line is a site's breadcrumb or menu (see `isBreadcrumb`, `isMenuRow`): where it stands on the page, not the
 * story's words.
 */
function isNavigationRow(line: string): boolean {
  return isBreadcrumb(line) || isMenuRow(line);
}

/**
 * A breadcrumb: parts between ">" (or "›", "»") with spaces around them, each of up to five words, capitalised, no stop at its
 * end ("Marine Information > Local Notices to Mariners > 2038 > LNTM 07/2038", "STATEMENTS  >  Health & safety"); of only two
 * parts, both open with a capital letter and have no digit ("Temperatures > 40 degrees" compares).
 */
function isBreadcrumb(line: string): boolean {
  if (/^[>›»|]/u.test(line)) return false;
  const parts = line.split(/\s+[>›»]\s+/u).map((part) => part.trim());
  if (parts.length < 2 || !/^\p{Lu}/u.test(parts[0] ?? "")) return false;
  const short = parts.every((part) => part !== "" && part.length <= MAX_NAVIGATION_PART_CHARS && part.split(/\s+/u).length <= 5 && !/[.!?:;,…]$/u.test(part) && /^[\p{Lu}\d]/u.test(part));
  return short && (parts.length >= 3 || parts.every((part) => /^\p{Lu}/u.test(part) && !/\d/u.test(part)));
}

/** Fewest parts of a site's menu. */
const MIN_MENU_PARTS = 5;

/**
 * A site's menu: five parts or more between "|" or "·", each of up to four capitalised words without a digit or a stop ("Home | Port
 * Users | Pilotage | Marine Information | Tide Tables | Port Dues | Contact").
 */
function isMenuRow(line: string): boolean {
  if (line.startsWith("|") || /\d/u.test(line)) return false;
  const parts = line.split(/\s*[|·]\s*/u).map((part) => part.trim());
  return (
    parts.length >= MIN_MENU_PARTS &&
    parts.every((part) => part !== "" && part.length <= MAX_NAVIGATION_PART_CHARS && part.split(/\s+/u).length <= 4 && /^\p{Lu}/u.test(part) && !/[.!?:;,…]$/u.test(part))
  );
}

/** Fewest letters of a paper's name in a section bar. */
const MIN_MASTHEAD_LETTERS = 8;

/**
 * Whether a line is a paper's section bar wherever it stands (a reposted article's masthead inside a blog post: «ГОРЕСЛАВСКИЕ
 * ВЕДОМОСТИ · Культура · Происшествия»): the paper's name in capitals, then two or more capitalised sections of up to three
 * words, separated by "·", "|" or "•"; no digit, no sentence stop, not a table's row.
 */
function isSectionBar(line: string): boolean {
  if (line.startsWith("|") || /\d/u.test(line)) return false;
  const parts = line
    .split(/\s*[·|•]\s*/u)
    .map((part) => part.trim())
    .filter((part) => part !== "");
  const [name, ...sections] = parts;
  return (
    name !== undefined &&
    sections.length >= 2 &&
    isCapitalsLabel(name) &&
    // (A paper's name, not an agency's initials: "ГУ МЧС · Росгвардия · Полиция" lists who was there.)
    (name.match(/\p{L}/gu)?.length ?? 0) >= MIN_MASTHEAD_LETTERS &&
    sections.every((part) => /^\p{Lu}/u.test(part) && part.split(/\s+/u).length <= 3 && !/[.!?:;,…]$/u.test(part))
  );
}

/**
 * A label of a page's tags or of the names it mentions, wherever it stands («Метки: Гореславль, пожар», "Tags: …", "More on:
 * Selbridge Borough Council · Elections", «Компании в материале: АО … · Роскомнадзор»); the list is in group 1.
 */
const TAGS_LABEL =
  /^(?:метки|теги|тэги|хештеги|хэштеги|tags|tagged(?: with)?|hashtags|more on|(?:компании|персоны|организации) в (?:материале|статье|тексте))\s*:\s*(\S.*)$/iu;

/** Whether a line is a tags row: its label, then short parts (split by commas, "·", "|" or before "#"), none a sentence. */
function isTagsRow(line: string): boolean {
  const list = TAGS_LABEL.exec(line)?.[1];
  if (list === undefined) return false;
  const parts = list.split(/\s*[,;·|]\s*|\s+(?=#)|(?<=`)\s+(?=`)/u).filter((part) => part.trim() !== "");
  return parts.length > 0 && parts.every((part) => part.length <= MAX_RUBRIC_CHARS && part.split(/\s+/u).length <= 5 && !/[.!?…]$/u.test(part));
}

/**
 * A line as furniture is recognised in: without emphasis around it or its label ("*Фото: …*",
 * "**Теги:** …", "*Was this article helpful?* [Yes] [No]"), without a code span's backticks around it and without a
 * teaser's leading arrows (">> Sign up for …").
 */
function furnitureView(line: string): string {
  return withoutEmphasis(withoutStrongEmphasis(line.replace(/^(?:>>|»|>|[-•]\s+(?=\p{L}))\s*/u, "").replace(/^`([^`]+)`$/u, "$1"))).replace(/^[*_]+(?=\p{L})/u, "");
}

/** Pictographs and flags opening a line ("⚡️ ", "📌 ", "🇬🇧 "): a messenger's or a site's markers, not words. */
const LEADING_PICTOGRAPHS = /^(?:[\p{Extended_Pictographic}\p{RI}][\uFE0F\u200D\p{Extended_Pictographic}\p{RI}]*\s*)+/u;

/** A line without the pictographs that open it. */
function withoutLeadingPictographs(line: string): string {
  return line.replace(LEADING_PICTOGRAPHS, "");
}

/** A reporter's sign-off under a live-blog entry ("- Priya Mandal", "— Connor Boyce"): a name alone on a dashed line. */
const SIGN_OFF = /^[-–—]\s*\p{Lu}\p{Ll}+(?:[-\s]\p{Lu}\p{Ll}+){1,2}$/u;

/**
 * Removes reporters' sign-offs: a dashed name alone on its line, right under a paragraph that ends a
 * sentence, with a blank line (or the end) after it. A list of names has no prose right above it.
 */
function dropSignOffs(lines: string[]): void {
  for (let i = lines.length - 1; i > 0; i--) {
    const next = lines[i + 1];
    if (SIGN_OFF.test(lines[i] ?? "") && /[.!?…"»”]$/u.test(lines[i - 1] ?? "") && (next === undefined || next === "")) lines.splice(i, 1);
  }
}

/**
 * A form's blanks, read on the raw line (emphasis would take a run of "_" for its markers): fields to fill in («Имя \_\_\_\_
 * Фамилия \_\_\_\_», "Name ______ Surname ______"), a signature's and a date's blanks under minutes ("Signed ........
 * (Chairman)     Date ........", «Подпись ______»).
 */
const FORM_BLANKS = /(?:\\?_){4,}.{1,40}(?:\\?_){4,}|^(?:signed|signature|подпись|подписано)\s*:?\s*(?:\.{5,}|(?:\\?_){5,}|…{3,})/iu;

/** A Markdown table's row without its outer pipes and empty cells ("| Погибли | 12 |" → "Погибли | 12"). */
function withoutTablePipes(line: string): string {
  if (!/^\|.*\|$/u.test(line)) return line;
  return line
    .slice(1, -1)
    .split("|")
    .map((cell) => cell.trim())
    .filter((cell) => cell !== "")
    .join(" | ");
}

/** A line without Markdown footnote marks ("…кнопку[^1].") and with a footnote's text without its label ("[^1]: …"). */
function withoutFootnoteMarks(line: string): string {
  return line.includes("[^") ? line.replace(/^\[\^[^\]\s]+\]:\s*/u, "").replace(/\[\^[^\]\s]+\]/gu, "") : line;
}

/** Up to four capitalised words of a name in a byline. */
const BYLINE_NAME = String.raw`(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}`;
/** A first and last name (a further author after a comma: "Анна Зимина, Роман Кудряшов"). */
const PERSON_NAME = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s*`;
/**
 * A byline: "By" and a name of up to four capitalised words (or several names joined by "and" or,
 * in Russian, commas), then the end or ", Outlet" / "| …" ("By Nora Kessling, Great Lakes Ledger",
 * "By Ann Lee and Tom Ward, Reuters", «Текст: Анна Зимина, Роман Кудряшов»).
 */
const BYLINE_LINE = new RegExp(
  String.raw`^(?:` +
    // English: "By A", "By A and B", "By A, B and C", "Live coverage by A and B"; a comma after the
    // names opens the outlet ("By Ann Lee, Reuters"), so a further author needs an "and" after it.
    String.raw`(?:(?:[Ll]ive\s+)?(?:[Cc]overage|[Rr]eporting|[Ww]ords|[Ss]tory|[Tt]ext)\s+by|(?:[Ww]ords|[Rr]eporting|[Ss]tory):|[Bb][Yy])\s+${BYLINE_NAME}(?:,\s*${PERSON_NAME}(?=(?:,\s*${PERSON_NAME})*(?:and|&)\s))*` +
    // Russian: «Автор: …», «Текст: А, Б», «Над трансляцией работали: А, Б».
    String.raw`|(?:[Аа]втор(?:ы)?:?|[Тт]екст(?::|\s+[—–])|[Кк]орреспондент:|(?:[Пп]одготовил|[Сс]обрал)[аи]?:|[Нн]ад (?:материалом|текстом|трансляцией|репортажем) работал(?:и|а)?:)\s+${BYLINE_NAME}(?:,\s*${PERSON_NAME}(?=$|[,|–—]))*` +
    // Names with their desk and no "By": "Lydia Harcourt, athletics correspondent, and Sam Pryor".
    String.raw`|${PERSON_NAME},\s+(?:[\p{L}-]+\s+){0,2}(?:correspondent|reporter|editor|writer)(?:,?\s+and\s+${PERSON_NAME})?$` +
    String.raw`|${PERSON_NAME},\s+(?:\p{Ll}+\s+){0,2}(?:корреспондент|собкор|спецкор|обозреватель|репортёр|редактор)(?:\s+(?:в|по)\s+[^.!?]{1,60})?$` +
    String.raw`)(?:(?:and|&|и)\s+${BYLINE_NAME})?(?:\(@[\w.]+\)\s*)?(?:$|[,|–—]\s*(.*)$)`,
  "u",
);
/** "From Daniel Okafor, Athens correspondent": a byline only when a role closes it ("From Monday, …" is a sentence). */
const FROM_BYLINE_LINE = /^[Ff]rom\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}.'’-]*,\s+(?:[\p{L}-]+\s+){0,3}(?:correspondent|reporter|editor|writer|staff)$/u;
/** Reporters with where they wrote from ("Reporting: Miriam Achleitner in Hohenfall and Jonas Prader in Innsbruck"). */
const PLACED_BYLINE_LINE =
  /^(?:[Rr]eporting|[Ww]ords|[Ss]tory|[Bb]y)[: ]\s*(?:\p{Lu}[\p{L}'’-]+\s+){1,3}in\s+\p{Lu}[\p{L}-]+(?:(?:,|\s+and)\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,3}in\s+\p{Lu}[\p{L}-]+)*$/u;
/** Longest line (characters) taken for a date stamp alone on its line ("June 2, 2025", «14:05, 12 июня 2025», "2025-06-02 10:05 GMT"). */
const STAMP_LINE_CHARS = 60;

/** Words after "By" that make a time, not a name ("By Friday", "By March", "By dawn"). */
const TIME_AFTER_BY = new Set(["the", "then", "now", "noon", "midnight", "dawn"]);

/** Whether "By …" goes on with a weekday, a month or a time of day: a sentence, not a byline. */
function startsWithTimeAfterBy(line: string): boolean {
  // A name in capitals is a byline's ("By JUNE HALVORSEN and …"), not a month.
  // ("BY THE NUMBERS" is a box's heading: "the" opens no name.)
  if (/^[Bb][Yy]\s+(?!THE\s)\p{Lu}{2,}\s+\p{Lu}{2,}/u.test(line)) return false;
  const word = /^by\s+(\p{L}+)/iu.exec(line)?.[1]?.toLowerCase();
  return word !== undefined && (word.endsWith("day") || Object.hasOwn(MONTHS, word) || TIME_AFTER_BY.has(word));
}

/** A Markdown link target: a URL (one level of brackets inside it: `…/Po_(river)`), an optional "title". */
const LINK_TARGET = String.raw`\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)`;
/** `![alt](url)`: an image, whose alt text is a caption, not the article's words. */
/** A row of links and nothing else: a breadcrumb, a blog's hubs ("[Хабр](…) / [Новости](…)", "[Energy*](…) · [Space*](…)"). */
const LINK_ROW = new RegExp(String.raw`^\s*(?:\[[^\]]+\]${LINK_TARGET}\s*(?:[·|•/>›»,]\s*)?){2,}$`, "u");
const MARKDOWN_IMAGE = new RegExp(String.raw`!\[[^\]]*\]${LINK_TARGET}`, "gu");
/** `[text](url)` and `[text][ref]`: the text stays, the link goes. */
const MARKDOWN_LINK = new RegExp(String.raw`\[([^\]]+)\]${LINK_TARGET}`, "gu");
const MARKDOWN_REFERENCE_LINK = /\[([^\]]+)\]\[[^\]]*\]/gu;
/** Inline HTML tags an article pasted from a web page may keep (`<p>`, `<br/>`, `<b>`, `<a href=…>`). */
const HTML_TAG = /<\/?(?:p|br|b|i|u|em|strong|span|div|a|sup|sub|small|mark|hr|details|summary|figure|figcaption|section|aside|img|picture|source)\b[^<>]*>/giu;

/** A wiki's edit link after a section heading ("Background [edit]", «Хронология [править | править код]»). */
const WIKI_EDIT_LINK = /\s*\[(?:edit|edit source|править|править код|править \| править код)\]\s*$/iu;

/**
 * A word broken by a hyphen and a space inside a line, as recognised text joins a printed line's end to the next
 * («нача- лось», "night- club"): a letter and a lower-case one before the hyphen, a lower-case one after the space, and
 * not a word of its own that follows a suspended hyphen ("pre- and post-war", «северо- и юго-западный»).
 */
const BROKEN_WORD = /(?<=\p{L}\p{Ll})- (?=\p{Ll})(?!(?:and|or|nor|to|и|или|либо|а)(?!\p{L}))/gu;

/**
 * A Markdown heading without the stars of a hotel's or a restaurant's class after its name ("# Загородный отель «Сосновая Гавань»
 * ★★★" → "# Загородный отель «Сосновая Гавань»"): a grade, not the name's words (and no rating widget, which stars elsewhere are).
 */
function withoutClassStars(line: string): string {
  return line.startsWith("#") ? line.replace(/^(#{1,6}\s+.*?\S)\s+★{1,5}$/u, "$1") : line;
}

/**
 * A record's line without the picture's placeholder before the person's name ("[photo]  PIKE, Dwayne Lester   STATUS: ESCAPED" →
 * "PIKE, Dwayne Lester   STATUS: ESCAPED"): the name and the card under it are the record's facts; any other line as it is.
 */
function withoutPictureMarker(line: string): string {
  return line.startsWith("[") ? line.replace(/^\[(?:photo|picture|image|фото|снимок)\]\s+(?=\p{Lu}[\p{Lu}'’-]+,\s+\p{Lu}\p{Ll})/iu, "") : line;
}

/** A line with the words broken by a hyphen and a space joined (see `BROKEN_WORD`). */
function withoutBrokenWords(line: string): string {
  return line.includes("- ") ? line.replace(BROKEN_WORD, "") : line;
}

/** An HTML table's frame alone on a line (`<table>`, `</tbody>`). */
const HTML_TABLE_FRAME = /^\s*<\/?(?:table|thead|tbody|tfoot|caption)\b[^<>]*>\s*$/iu;
/** An HTML table's row on one line (`<tr><td>г. Усольск</td><td>14</td></tr>`); group 1 is its cells. */
const HTML_TABLE_ROW = /^\s*<tr\b[^<>]*>(.*)<\/tr>\s*$/iu;

/**
 * A line with an HTML table's row written as a Markdown table's (`| г. Усольск | 14 |`, read as such further on) and a
 * table's frame tags gone; any other line as it is.
 */
function withHtmlTableRow(line: string): string {
  if (HTML_TABLE_FRAME.test(line)) return "";
  const row = HTML_TABLE_ROW.exec(line);
  if (!row) return line;
  const cells = [...(row[1] ?? "").matchAll(/<t[hd]\b[^<>]*>(.*?)<\/t[hd]>/giu)].map((cell) => (cell[1] ?? "").replace(HTML_TAG, "").trim());
  return cells.length === 0 ? line : `| ${cells.join(" | ")} |`;
}

/**
 * A line without inline markup: HTML entities decoded (`&quot;` → ", `&nbsp;` → NBSP; only complete
 * ones, so "AT&T" stays), inline HTML tags, Markdown images, and Markdown links reduced to their
 * text («[Po river](https://…)» → "Po river"). What a reader of the rendered page reads is what is
 * indexed and quoted.
 */
function withoutInlineMarkup(line: string): string {
  let out = line;
  if (out.includes("&")) out = decodeHTMLStrict(out);
  if (out.includes("<")) out = withHtmlTableRow(out).replace(HTML_TAG, "");
  // A numbered link's marker stuck to a word ("correspondent[1]"): its target is listed elsewhere.
  if (out.includes("[")) out = out.replace(/(?<=[\p{L}\p{N}.,;:)»"”])\[\d{1,3}\]/gu, "");
  if (out.includes("](") || out.includes("][")) {
    out = out.replace(MARKDOWN_IMAGE, "").replace(MARKDOWN_LINK, "$1").replace(MARKDOWN_REFERENCE_LINK, "$1");
  }
  if (out.includes("[")) out = out.replace(WIKI_EDIT_LINK, "");
  return out;
}

/**
 * Lines without the caption right under a Markdown image: an italic line ("![…](…)" then "*Smoke
 * over D Block. Sam Rinaldi / The Register*") says what the picture shows, not what happened.
 */
function withoutImageCaptions(lines: string[]): string[] {
  return lines.filter((line, i) => !(i > 0 && /^\s*!\[[^\]]*\]\([^)]*\)\s*$/u.test(lines[i - 1] ?? "") && /^\s*([*_])[^*_]+\1\s*$/u.test(line)));
}

/** The header of readers' comments ("COMMENTS (2) · Sort by: Newest", «Комментарии (3 из 148) · сначала популярные», a forum's "Sort by: Best"). */
const COMMENTS_HEADER =
  /^\d[\d\s,.]*\s+(?:comments?|комментари\p{L}*)(?:\s+[≡☰⇅]?\s*sort(?:ed)? by\s*:?.{0,30})?$|^(?:reader |top |best |лучшие |популярные )?(?:comments?|комментари(?:и|ев)|обсуждение)\s*(?:\(\s*\d[\d\s]*(?:(?:of|из)\s*\d[\d\s]*)?\)|\d[\d\s]*)?\s*(?:[·|:]\s*.{0,40})?$|^(?:sort(?:ed)? by|сортировать по|сортировка)\s*:?\s*\S.{0,30}$/iu;
/** A comment's head: the reader's name (what they drive in brackets, "Андрей_К (Kia Rio, 2031 г.)", or their job after a bar, "Sunita R. | HGV driver trainer"), then when ("kiwi_commuter_88 · 2h · ▲ 41", «ole_vetl · 31 янв., 09:41», «nastya_ural · 2 ч назад», "u/hiraeth · 4h", «Ирина Соловьёва · 17 апр в 22:03»). */
const COMMENT_HEAD = /^[\p{L}\p{N}_.@/-]+(?:\s[\p{L}\p{N}_.@/-]+){0,2}(?:\s+\([^()]{1,40}\)|\s+[·|]\s+[^·|\d]{1,40}?)?(?:\s+[·|—–]\s+|\s{2,})(?:[▲⬆↑]\s*\d[\d\s]*$|`?\d{1,2}\.\d{1,2}\.\d{2,4},?\s+\d{1,2}:\d{2}|`?\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}|\d{1,2}\s*(?:h|m|min|d|w|ч|мин|д|н)(?!\p{L})|\d{1,2}\s*(?:hours?|minutes?|days?|weeks?|months?|years?|ч|час\p{L}*|мин\p{L}*|дн\p{L}*|недел\p{L}*)\s+(?:ago|назад)|\d{1,2}\s+\p{L}+\.?,?\s+(?:в\s+|at\s+)?\d{1,2}:\d{2}|\d{1,2}:\d{2}|just now|только что|yesterday|вчера)/iu;

/**
 * A blog post's footer with its comment count and a comment link ("(57 комментариев) · Ссылка · Оставить комментарий", "12 comments ·
 * Leave a comment"): the comments follow it.
 */
const POST_FOOTER =
  /^(?=.*(?:оставить комментарий|комментировать|leave a comment|post a (?:new )?comment|add (?:a )?comment))(?=.*\d[\d\s\u00A0]*\s+(?:комментари\p{L}*|comments?)(?!\p{L}))/iu;

/**
 * Readers' comments: from their header (or a blog post's footer) to the end of the article, when a
 * comment's head (a reader's name and when) follows within a few lines, or a comment's foot (when, and its reply
 * button: a community's comments put the name over the text and the time under it), or two readers' names in bold
 * (see `COMMENTER_NAME`). What readers wrote is not the article.
 */
function commentsEnd(lines: readonly string[], i: number): number | null {
  // (The header may be a Markdown heading: "## Лучшие комментарии".)
  const line = headerView(lines[i] ?? "");
  if (!(COMMENTS_HEADER.test(line) || (line.length <= MAX_BOILERPLATE_CHARS && POST_FOOTER.test(line)))) return null;
  const next = lines.slice(i + 1, i + 6).filter((line) => line !== "");
  const headed = next.slice(0, 2).some((line) => COMMENT_HEAD.test(furnitureView(line)));
  // (Or readers' names in bold over their comments, the times under them gone as the page's recurring lines.)
  const named = COMMENTER_NAME.test(next[0] ?? "") && next.slice(1, 5).some((line) => COMMENTER_NAME.test(line));
  return headed || named || next.slice(0, 4).some((line) => COMMENT_FOOT.test(furnitureView(line))) ? lines.length : null;
}

/** A reader's name in bold alone on its line over a comment («**Светлана Ершова**»). */
const COMMENTER_NAME = /^\*\*\p{Lu}[^*.!?]{1,40}\*\*$/u;

/** A comment's foot: when, then its reply button, then its likes («17 сен в 18:52 · Ответить · ❤ 96», "2h · Reply · 14 likes"). */
const COMMENT_FOOT = /^[^·|]{1,40}\s*[·|]\s*(?:ответить|reply)\s*(?:[·|].{0,30})?$/iu;

/**
 * A forum thread's replies, from the second post's head («#2 Нина_Л » 12 янв 2027, 07:18», "#3 dizel · Jan 12, 2027")
 * to the end, and an unrolled thread's footer ("Missing some Tweet in this thread?…"): the first post holds the story.
 */
const REPLY_HEAD = /^#(?:[2-9]|\d{2,4})\s+\S+(?:\s\S+)?\s+[»|·]\s+(?:\d{1,2}\s+\p{L}+|\p{L}+\.?\s+\d{1,2},)/u;
const THREAD_FOOTER = /^(?:missing some tweets? in this thread\b|keep current with\b)/iu;

function repliesEnd(lines: readonly string[], i: number): number | null {
  const line = furnitureView(lines[i] ?? "");
  return REPLY_HEAD.test(line) || THREAD_FOOTER.test(line) ? lines.length : null;
}

/**
 * A question-and-answer page's further answers: from the second answer's head (see `QA_HEAD`) to the end, with the similar
 * questions under them. The question and the first answer (the best one, which may quote the story) stay.
 */
function answersEnd(lines: readonly string[], i: number): number | null {
  const isAnswerHead = (line: string): boolean => QA_HEAD.test(line) && QA_ANSWER.test(line);
  return isAnswerHead(furnitureView(lines[i] ?? "")) && lines.slice(0, i).some((line) => isAnswerHead(furnitureView(line))) ? lines.length : null;
}

/** The header of a question's further answers («Ответы (5)», "Answers (12)", «Другие ответы», "12 answers"). */
const ANSWERS_HEADER = /^(?:(?:другие |все |остальные )?ответы|(?:other |all |more )?answers)\s*(?:\(\d[\d\s]*\)|\d[\d\s]*)?$|^\d[\d\s]*\s+(?:ответ\p{L}*|answers?)$/iu;
/** An answer's head with the member's rank and points, then when («Дмитрий К. · Знаток (412) · 1 день назад», "kate_m · Guru (1,204) · 2h ago"). */
const RANKED_ANSWER_HEAD = /^[^·|]{1,40}\s[·|]\s[\p{L}][\p{L} -]{1,30}\s\([\d\s\u00A0,.]+\)\s[·|]\s\S.{0,30}$/u;

/**
 * A question-and-answer page's further answers under their header (see `ANSWERS_HEADER`), when an answer's head with the
 * member's rank follows (see `RANKED_ANSWER_HEAD`): from the header to the end, like readers' comments. The question and the
 * best answer above them stay.
 */
function rankedAnswersEnd(lines: readonly string[], i: number): number | null {
  if (!ANSWERS_HEADER.test(headerView(lines[i] ?? ""))) return null;
  const next = lines.slice(i + 1).find((line) => line !== "");
  return next !== undefined && RANKED_ANSWER_HEAD.test(furnitureView(next)) ? lines.length : null;
}

/**
 * The header of a press release's notes that are not the release ("NOTES TO EDITORS", "MEDIA CONTACTS", "For more information,
 * contact:", «Контакты для СМИ:», «Для справок:»): with the lines right under it, up to a blank line.
 */
const PRESS_NOTES_HEADER =
  /^(?:contact us|contact details|связаться с нами|notes? (?:to|for) editors|editors'? notes?|media contacts?|press contacts?|media (?:enquiries|inquiries)|for (?:more|further) information(?:,? (?:please )?contact)?|контакты для (?:сми|прессы)|для справок|примечани[ея] для редакци[йи])\s*:?$/iu;
/** Most lines of such notes. */
const MAX_PRESS_NOTES_LINES = 8;

function pressNotesEnd(lines: readonly string[], i: number): number | null {
  if (!PRESS_NOTES_HEADER.test(headerView(lines[i] ?? ""))) return null;
  let end = i + 1;
  while (end < lines.length && lines[end] !== "" && end - i <= MAX_PRESS_NOTES_LINES) end++;
  return end;
}

/**
 * A publishing system's table of a story's fields, not its words («| Служебное поле | Значение |», "| Field | Value |"):
 * the table goes, rows and all.
 */
const FIELD_TABLE_HEADER = /^\|?\s*(?:служебное поле|поле|параметр|field|key|property|metadata|метаданные)\s*\|\s*(?:значение|value|content)\s*\|?$/iu;

function fieldTableEnd(lines: readonly string[], i: number): number | null {
  if (!FIELD_TABLE_HEADER.test(furnitureView(lines[i] ?? ""))) return null;
  let end = i + 1;
  while (end < lines.length && (lines[end] ?? "").startsWith("|")) end++;
  return end;
}

/** A podcast's or video's chapter list: its header ("Chapters", «Таймкоды») and the marks under it ("01:40 — What happened…"). */
const CHAPTERS_HEADER = /^(?:#{1,6}\s+)?(?:chapters|timestamps|episode chapters|главы|таймкоды|содержание выпуска)\s*:?$/iu;
const CHAPTER_MARK = /^(?:[-*•]\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[—–-]\s+|\s+)\S/u;

function chaptersEnd(lines: readonly string[], i: number): number | null {
  if (!CHAPTERS_HEADER.test(headerView(lines[i] ?? ""))) return null;
  let end = i + 1;
  while (end < lines.length && lines[end] === "") end++;
  if (!CHAPTER_MARK.test(lines[end] ?? "")) return null;
  while (end < lines.length && (CHAPTER_MARK.test(lines[end] ?? "") || lines[end] === "")) end++;
  return end;
}

/** The header of a page's source list ("Sources", «Источники», "References", «Примечания»). */
const SOURCES_HEADER = /^(?:sources|references|источники|примечания|литература)\s*:?$/iu;
/** A citation of a source list ("[^1]: …", "[2] …", "1. …", a wiki's back-linked "^ "Six dead…". Riverina Leader.", a note's "- Hale County Sheriff's Office statement, 14 June 2036"). */
const CITATION_LINE = /^(?:\[\^?\d{1,3}\]:?|\d{1,3}[.)]|\^(?:\s*[a-z]{1,2}\b)*|[-*•])\s+\S/u;

/** A source list: its header and the citations under it (blank lines between them allowed). */
function sourceListEnd(lines: readonly string[], i: number): number | null {
  if (!SOURCES_HEADER.test(headerView(lines[i] ?? ""))) return null;
  let end = i + 1;
  let cited = 0;
  while (end < lines.length && (lines[end] === "" || CITATION_LINE.test(lines[end] ?? ""))) {
    if (lines[end] !== "") cited++;
    end++;
  }
  return cited > 0 ? end : null;
}

/** The header of a listed company's or a page's disclaimer ("Forward-looking statements", "Disclaimer", «Оговорка о прогнозных заявлениях»). */
const DISCLAIMER_HEADER =
  /^(?:forward[- ]looking (?:statements?|information)|cautionary (?:note|statement)s?(?: (?:regarding|on|about) forward[- ]looking (?:statements|information))?|disclaimer|оговорк\p{L}* (?:о|относительно) прогнозн\p{L}+ (?:заявлени\p{L}*|утверждени\p{L}*)|ограничение ответственности)\s*:?$/iu;
/** Most lines of a disclaimer under its header. */
const MAX_DISCLAIMER_LINES = 6;

/** A disclaimer: its header (see `DISCLAIMER_HEADER`) and the lines right under it, up to a blank line. It limits the issuer's liability; it tells nothing of the story. */
function disclaimerEnd(lines: readonly string[], i: number): number | null {
  if (!DISCLAIMER_HEADER.test(headerView(lines[i] ?? ""))) return null;
  let end = i + 1;
  while (end < lines.length && lines[end] !== "" && end - i <= MAX_DISCLAIMER_LINES) end++;
  return end > i + 1 ? end : null;
}

/** A reader poll's header alone on its line («📊 Опрос (анонимный)», "Poll:", «Голосование»). */
const POLL_HEADER = /^(?:опрос|poll|голосование|vote)(?:\s*\([^()]{1,30}\))?\s*[.:]?$/iu;
/** Most lines a poll runs under its header (its question, options and vote count). */
const MAX_POLL_LINES = 8;

/** A poll's line under its header: its question, an option ("— пешком · 41%", "[ ] Yes"), its vote count. */
const POLL_LINE = /\?$|^(?:[—–•*-]|\[[ xX]?\])\s|\d\s*%$|(?:голос\p{L}*|votes?)$/iu;

/** A reader poll: its header and the poll's lines right under it (its question, options, votes). */
function pollEnd(lines: readonly string[], i: number): number | null {
  if (!POLL_HEADER.test(withoutLeadingPictographs(furnitureView(lines[i] ?? "")))) return null;
  let end = i + 1;
  while (end < lines.length && end - i <= MAX_POLL_LINES && POLL_LINE.test(furnitureView(lines[end] ?? ""))) end++;
  return end;
}

/**
 * Removes a channel's name written right above its subscriber count («Турпомощь | Новости для путешественников»), and a
 * community's heading over its members; returns the first such name (without its tagline after a bar), or null.
 */
function dropChannelNames(lines: string[]): string | null {
  let name: string | null = null;
  for (let i = 1; i < lines.length; i++) {
    const above = lines[i - 1] ?? "";
    if (SUBSCRIBERS_LINE.test(furnitureView(lines[i] ?? "")) && above !== "" && above.length <= MAX_RUBRIC_CHARS * 2 && !/[.!?…]$/u.test(above)) {
      name ??= channelName(headerView(above));
      lines.splice(i - 1, 1);
      continue;
    }
    // A community's name as its page's heading, its kind and members under it («## Дубровлянск Онлайн | Новости города и
    // района» over «Группа · 27 318 участников · ✓ Вы участник»): both go, the name is the outlet.
    const heading = lines[i - 2] ?? "";
    if (GROUP_MEMBERS_LINE.test(furnitureView(lines[i] ?? "")) && above === "" && /^#{1,6}\s+\S/u.test(heading) && heading.length <= MAX_RUBRIC_CHARS * 3) {
      name ??= channelName(headerView(heading));
      lines.splice(i - 2, 3);
      i -= 2;
    }
  }
  return name;
}

/** A community's kind and its members («Группа · 27 318 участников · …», "Community · 12K members"). */
const GROUP_MEMBERS_LINE =
  /^(?:группа|сообщество|паблик|страница|group|community|page)\s*·\s*[\d\s\u00A0,.]+\s*(?:тыс\.?|млн|[KkКкMм])?\s*(?:участник\p{L}*|подписчик\p{L}*|members?|followers?|subscribers?)(?!\p{L})/iu;

/** A petition's widget's title ("PETITION: STOP AT 35 - a legal heat limit for outdoor work", «Петиция: …»). */
const PETITION_HEAD = /^(?:petition|петиция)\s*:\s*\S/iu;
/** A petition's count or button ("▓▓▓▓░░  18,432 signed of 25,000", "[ Add your name ]", «[Подписать]»). */
const PETITION_MARK = /[▓█▒░]{3,}|\bsigned of\b|\bsignatures?\b|\[\s*(?:add your name|sign(?: the petition)?|подписать(?: петицию)?)\s*\]|подпис(?:ей|али|ались)\b/iu;
/** Most lines of a petition's widget. */
const MAX_PETITION_LINES = 6;

/**
 * A petition's widget: its title and the lines under it up to a blank line, with a progress bar, a signature count or a
 * signing button among them. It asks the reader to sign; the story tells what happened.
 */
function petitionEnd(lines: readonly string[], i: number): number | null {
  if (!PETITION_HEAD.test(lines[i] ?? "")) return null;
  let end = i + 1;
  while (end < lines.length && lines[end] !== "" && end - i <= MAX_PETITION_LINES) end++;
  return lines.slice(i + 1, end).some((line) => PETITION_MARK.test(line)) ? end : null;
}

/** A key of a log's codes ("Code key: MVC-M major collision · MCI mass casualty · …", «Условные обозначения: …»). */
const CODE_KEY = /^(?:code key|codes|key|legend|abbreviations|условные обозначения|сокращения|коды)\s*:\s*\S.*·/iu;

/** A key of codes: its line, and the lines that go on with it ("· HAZ hazmat · ARR arrest …"). It explains the page's codes. */
function codeKeyEnd(lines: readonly string[], i: number): number | null {
  if (!CODE_KEY.test(lines[i] ?? "")) return null;
  let end = i + 1;
  while (end < lines.length && /^[·•]\s/u.test(lines[end] ?? "")) end++;
  return end;
}

/** A key of warning levels alone on its line ("WARNING LEVELS", «Уровни опасности», "Advisory levels"). */
const LEGEND_HEADER = /^(?:warning levels|alert levels|advisory levels|threat levels|risk levels|levels of warning|уровни (?:опасности|предупреждений|угрозы|риска))\s*:?$/iu;
/** A level of such a key: its colour or number, a dash, what it means ("RED    - Take action: danger to life", "Level 2 - Exercise increased caution"). */
const LEGEND_ROW = /^(?:green|yellow|amber|orange|red|зел[её]ный|ж[её]лтый|оранжевый|красный|level\s+\d|уровень\s+\d)\s*[-–—:]\s+\S/iu;

/** A page's key of warning levels: its header and the levels under it. It explains the page's colours, not the warning. */
function legendEnd(lines: readonly string[], i: number): number | null {
  if (!LEGEND_HEADER.test(headerView(lines[i] ?? ""))) return null;
  let end = i + 1;
  while (end < lines.length && LEGEND_ROW.test(lines[end] ?? "")) end++;
  return end > i + 1 ? end : null;
}

/** A live status panel's first line ("SERVICE STATUS: RED - STAGE 4 WATER EMERGENCY", «Статус сети: …»). */
const STATUS_PANEL_HEAD = /^(?:(?:service|system|network|supply|current|live)\s+)?status\s*:\s*\S|^(?:статус|состояние)(?:\s+\p{L}+){0,2}\s*:\s*\S/iu;
/** Most lines of such a panel. */
const MAX_STATUS_PANEL_LINES = 6;

/**
 * A live status panel: its first line (see `STATUS_PANEL_HEAD`) to the line with its refresh button ("Status checked 3:40 p.m.
 * … [Refresh status]"), within a few lines. What it shows changes by the hour; the notice tells what it says.
 */
function statusPanelEnd(lines: readonly string[], i: number): number | null {
  if (!STATUS_PANEL_HEAD.test(furnitureView(lines[i] ?? ""))) return null;
  for (let end = i + 1; end < lines.length && end - i <= MAX_STATUS_PANEL_LINES && lines[end] !== ""; end++) {
    if (/\[(?:refresh|обновить)(?!\p{L})[^\]]{0,20}\]$/iu.test(lines[end] ?? "")) return end + 1;
  }
  return null;
}

/** A cell heading a live status table's status column ("STATUS", «СТАТУС», «СОСТОЯНИЕ»). */
const STATUS_CELL = /^(?:status|current status|статус|состояние)$/iu;
/** Cells of a table row written with tabs or wide gaps. */
function gapCells(line: string): string[] {
  return line
    .split(/\t+|\s{2,}/u)
    .map((cell) => cell.trim())
    .filter((cell) => cell !== "");
}

/** A status light opening a live table's row ("●", "🔴", "⚪"). */
const STATUS_LIGHT = /^(?:[●○◉◍]|[🔴🟠🟡🟢🔵⚪⚫])/u;

/**
 * A live status table ("LINE  STATUS  DETAILS" over "● Green Line  PART SUSPENDED  No service between…"): its header row with a
 * status column, and the rows right under it, each opened by a status light; or, under a header in any case («Район / населённый
 * пункт → Статус → …» with tabs), each with a light opening its status cell («Заречье → 🔴 нет связи → нет → 15.11»). What it shows
 * changes by the minute; the notice tells what happened. (A story's own table, a departures board's snapshot, has no lights.)
 */
function statusTableEnd(lines: readonly string[], i: number): number | null {
  const header = gapCells(lines[i] ?? "");
  const status = header.findIndex((cell) => STATUS_CELL.test(cell));
  if (header.length < 2 || status < 0) return null;
  const capitals = !header.some((cell) => /\p{Ll}/u.test(cell));
  const isRow = (line: string): boolean => {
    const cells = gapCells(line);
    return cells.length >= 2 && (capitals ? STATUS_LIGHT.test(line) : cells.length === header.length && STATUS_LIGHT.test(cells[status] ?? ""));
  };
  let end = i + 1;
  while (end < lines.length && isRow(lines[end] ?? "")) end++;
  return end > i + 1 ? end : null;
}

/** A bookmaker's mark in a quoted box: its bet button or its gambling warning («[Сделать ставку →]», «Азартные игры могут вызывать зависимость»). */
const BETTING_MARK = /\[(?:сделать ставку|поставить|bet now|place (?:a )?bet)(?!\p{L})[^\]]{0,20}\]|азартные игры могут вызывать зависимость|gamble responsibly|when the fun stops/iu;

/** A bookmaker's odds box: a quoted block (">" lines) with a bet button or a gambling warning in it. The odds are an advertisement. */
function bettingWidgetEnd(lines: readonly string[], i: number): number | null {
  if (!(lines[i] ?? "").startsWith(">") || (lines[i - 1] ?? "").startsWith(">")) return null;
  let end = i;
  while (end < lines.length && (lines[end] ?? "").startsWith(">")) end++;
  return lines.slice(i, end).some((line) => BETTING_MARK.test(line)) ? end : null;
}

/** A press contact's name and post ("Contact: Allison Fairweather, Public Information Officer", «Контакт для СМИ: Ирина Белова, пресс-секретарь»). */
const CONTACT_HEAD = /^(?:contact|media contact|press contact|контакт|контакт для сми|контактное лицо)\s*:\s+\p{Lu}[^.!?:]{2,120}$/iu;

/**
 * A press contact over its phone and e-mail: its name's line (see `CONTACT_HEAD`) and the one or two contact lines right under it
 * ("(555) 310-4470 / media@kestreldoc.example"; see `isContactLine`). Who to call is not the story.
 */
function contactBlockEnd(lines: readonly string[], i: number): number | null {
  // (Only a line opening with the label's letter, a colon in it, is read.)
  const line = lines[i] ?? "";
  const first = line.startsWith("**") || line.startsWith("__") ? line[2] : line[0];
  if (line.length > MAX_CONTACT_HEAD_CHARS || (first !== "C" && first !== "c" && first !== "К" && first !== "к") || !line.includes(":") || !CONTACT_HEAD.test(furnitureView(line))) return null;
  let end = i + 1;
  while (end < lines.length && end - i <= 2 && isContactLine(lines[end] ?? "") && !/\p{L}{3,}\s+\p{L}{3,}/u.test((lines[end] ?? "").replace(EMAIL_ADDRESS, ""))) end++;
  return end > i + 1 ? end : null;
}

/** Longest press contact's line (characters). */
const MAX_CONTACT_HEAD_CHARS = 160;

/** An e-mail address. */
const EMAIL_ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;

/** An author's box: "About the author" alone on its line (the bio under it), or opening the bio's line («Об авторе. Полина Загорская — …»). */
const AUTHOR_BOX = /^(?:about the (?:author|writer|reporter)|об авторе|автор материала)(?:\s*[.:]\s*(.*))?$/iu;
/** Lines of an author's bio under its header (a bio is one paragraph). */
const MAX_AUTHOR_BIO_LINES = 1;

/**
 * An author's box: its header with the bio lines right under it (no blank line between), or a
 * line that opens with the header. A bio says who wrote the story, not what happened.
 */
function authorBoxEnd(lines: readonly string[], i: number): number | null {
  const line = lines[i] ?? "";
  if (line.length > 2 * MAX_BOILERPLATE_CHARS) return null;
  const box = AUTHOR_BOX.exec(furnitureView(line));
  if (!box) return null;
  let end = i + 1;
  if ((box[1] ?? "") === "") while (end < lines.length && lines[end] !== "" && end - i <= MAX_AUTHOR_BIO_LINES) end++;
  return end;
}

/** A revision history's header alone on its line ("Revision history", «История изменений»). */
const REVISION_HEADER = /^(?:#{1,6}\s+)?(?:revision history|version history|update history|updates to this (?:page|article)|история (?:изменений|правок|обновлений))\s*:?(?:\s*\{#[\w-]+\})?$/iu;

/** A revision history's dated line ("17 July 2037 — Updated hospital figures and school closures."). */
const DATED_UPDATE = /^\d{1,2}\s+\p{L}+\.?\s+\d{4}\s+[—–-]\s+\S.{0,150}$/u;

/** A revision history: its header and the list under it ("- 11:20 EDT — Adds the name…"). */
function revisionHistoryEnd(lines: readonly string[], i: number): number | null {
  if (!REVISION_HEADER.test(lines[i] ?? "")) return null;
  let end = i + 1;
  while (end < lines.length && lines[end] === "") end++;
  // ("- 11:20 EDT — Adds…", "1. …", "v2 Mon 23.02.26 21:40 - Adds volunteer numbers")
  // (Or a GOV.UK page's dated lines: "17 July 2037 — Updated hospital figures", "16 July 2037 — First published.")
  while (end < lines.length && (/^(?:[-*•+]|\d{1,2}[.)]|v\d{1,2}(?:\.\d{1,2})?)\s/iu.test(lines[end] ?? "") || DATED_UPDATE.test(lines[end] ?? ""))) end++;
  return end;
}

/** A cell that heads a table's caption column ("Caption", «Подпись»). */
const CAPTION_CELL = /^(?:caption|captions|подпись|подписи)$/iu;
/** A cell that heads a picture table's number or credit column ("Image #", "Credit", «Фото», «Автор»): the table lists pictures. */
const PICTURE_CELL = /^(?:image|photo|picture|credit|credits|id|фото|снимок|изображение|автор|№)(?:\s*(?:#|no\.?|id|№))?$|^#$/iu;

/** A Markdown table row's cells, without the outer pipes and Markdown emphasis ("| **Caption** | Credit |" → "Caption", "Credit"). */
function tableCells(line: string): string[] {
  return line
    .replace(/^\||\|$/gu, "")
    .split("|")
    .map((cell) => withoutEmphasis(withoutStrongEmphasis(cell.trim())));
}

/**
 * Lines with a picture table reduced to its captions: a Markdown table with a caption column (a photo agency's "| Image # | Caption |
 * Credit |") keeps each row's caption, the story's words, and loses its header, its rule row, the pictures' numbers and credits.
 */
function withoutCaptionTableFurniture(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const cells = line.startsWith("|") ? tableCells(line) : [];
    const column = cells.some((cell) => PICTURE_CELL.test(cell)) ? cells.findIndex((cell) => CAPTION_CELL.test(cell)) : -1;
    if (column === -1) {
      out.push(line);
      continue;
    }
    while (i + 1 < lines.length && (lines[i + 1] ?? "").startsWith("|")) {
      i++;
      const row = lines[i] ?? "";
      if (RULE_LINE.test(row)) continue;
      const caption = (tableCells(row)[column] ?? "").trim();
      if (caption !== "") out.push(caption);
    }
  }
  return out;
}

/** A pasted article's opening marker (">>> «ПРИВОЛЬСКИЙ ОБОЗРЕВАТЕЛЬ» · 14.09.2031"): a member quotes a whole article in a post. */
const PASTED_ARTICLE_MARK = /^>{3}/u;

/**
 * Takes the headline of an article pasted between ">>>" and "<<<" into a post (an answer on a question-and-answer site, a forum
 * post): the first line after the marked lines (the article's masthead and byline), when it reads as a headline (short, no final
 * stop, text after it). It is the page's title when the page has none of its own.
 */
function takeQuotedHeadline(lines: string[]): string | null {
  let i = lines.findIndex((line) => PASTED_ARTICLE_MARK.test(line));
  if (i === -1) return null;
  while (i < lines.length && (PASTED_ARTICLE_MARK.test(lines[i] ?? "") || lines[i] === "")) i++;
  const candidate = lines[i] ?? "";
  const more = lines.slice(i + 1).some((line) => line !== "");
  if (!more || candidate.length > MAX_TITLE_CHARS || !/\p{L}/u.test(candidate) || /^[<>]|[.,;:…!?]$/u.test(candidate)) return null;
  lines.splice(i, 1);
  return candidate;
}

/**
 * Lines with a Setext headline ("Headline" over a line of "=") written as an ATX one ("# Headline"),
 * so that it is read as the headline. (A line of "-" under text stays a rule: it is one far more often.)
 */
function withAtxHeadings(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const previous = out.at(-1);
    // (A line boxed between two rules of "=" is a banner: "=====" / "THE POST - Issue No. 12" / "=====".)
    const boxed = /^={3,}$/u.test(out.at(-2) ?? "");
    if (/^={3,}$/u.test(line) && previous !== undefined && previous !== "" && !previous.startsWith("#") && !boxed) out[out.length - 1] = `# ${previous}`;
    else out.push(line);
  }
  return out;
}

/** A chapter's label before a longread's subheading («Глава 1. Треск», "Chapter 2: The night shift", «Часть III — …»). */
const CHAPTER_LABEL = /^(?:глава|часть|chapter|part)\s+(?:\d{1,2}|[IVXLC]{1,6})\s*[.:—–-]\s+(?=\S)/iu;

/** A card's number before its heading in a story told in cards («Карточка 2/7 · Сколько пострадавших?», "Card 1/5: …"). */
const CARD_NUMBER = /^(?:карточка|card|слайд|slide)\s+\d{1,2}\s*\/\s*\d{1,2}\s*[.·:—–-]?\s+(?=\S)/iu;

/** A table's rule row (`|---|:---:|`, a fixed-width `+-----+----+`) or a horizontal rule (`---`, `***`, `———`, a dotted `..........`). */
const RULE_LINE = /^(?:\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?|-{3,}|\*{3,}|_{3,}|={3,}|[─━═—]{3,}|\.{10,}|\+(?:[-=]{3,}\+)+)$/u;

/**
 * A body line without Markdown block markers: a heading's `##`, a quotation's `>`, a list item's
 * `-`, `*`, `+` or `1.`, a task box `[ ]`, a transcript's timecode `[00:21]`, the pictographs and bullet
 * symbols opening it ("⚡️ ", "▪️ "); null for a rule line. (The headline's `#` is read before, by `takeTitle`.) A document's point
 * keeps its number when `keepNumber` (see `citedPointLines`).
 */
function withoutBlockMarkup(line: string, keepNumber = false): string | null {
  if (RULE_LINE.test(line)) return null;
  const heading = /^#{1,6}\s+(.*?)(?:\s+#+)?$/u.exec(line);
  return (heading ? (heading[1] ?? "").replace(CHAPTER_LABEL, "") : line)
    .replace(/^(?:>\s?)+/u, "")
    .replace(keepNumber ? /^[-*+]\s+(?=\S)/u : /^(?:[-*+]|\d{1,3}[.)])\s+(?=\S)/u, "")
    .replace(/^\[[ xX]\]\s+(?=\S)/u, "")
    .replace(/^\[\d{1,2}:\d{2}(?::\d{2})?\]\s+(?=\S)/u, "")
    .replace(LEADING_PICTOGRAPHS, "")
    .replace(/^[▪▫◾◽■□◆◇►▸]\uFE0F?\s+(?=\S)/u, "")
    .replace(CARD_NUMBER, "")
    // A thread's post number ("12/ A lawyer for…").
    .replace(/^\d{1,2}\/\s+(?=\p{L})/u, "");
}

/** A sidebar's label before its heading ("SIDEBAR | WHAT THE AQI NUMBERS MEAN", "SIDEBAR: HOW THE HEIST UNFOLDED", «ВРЕЗКА: …»). */
const SIDEBAR_LABEL = /^(?:sidebar|врезка)\s*[|:]\s+(?=\S)/iu;

/**
 * A line without a standfirst's label ("STANDFIRST: Rescuers…", «**Лид:** …», a news database's "Highlight: …"; its emphasis
 * already gone) or a sidebar's.
 */
function withoutLeadLabel(line: string): string {
  return line.replace(/^(?:standfirst|highlight|лид|подводка)\s*[:.]\s+(?=\S)/iu, "").replace(SIDEBAR_LABEL, "");
}

/**
 * A line without Markdown strong emphasis (a bold lead paragraph "**Горноспасатели подняли…**",
 * "__…__"): the markers are not the article's words, and a quote must not carry them.
 */
function withoutStrongEmphasis(line: string): string {
  return line.includes("**") || line.includes("__") ? line.replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/gu, "$2") : line;
}

/** A line without the asterisks of italic words inside it ("*Шаговое напряжение* — разность…"); a lone "*" stays. */
function withoutInlineEmphasis(line: string): string {
  return line.includes("*") ? line.replace(/(?<![\p{L}\p{N}*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![\p{L}\p{N}*])/gu, "$1") : line;
}

/** A paragraph in italics without its markers ("*Вооружённый мужчина требовал…*", a standfirst): none inside it. */
function withoutLineEmphasis(line: string): string {
  return line.replace(/^([*_])([^*_]+)\1$/u, "$2");
}

/** A line without the Markdown emphasis around it ("*June 2, 2025*", "_By …_"). */
function withoutEmphasis(line: string): string {
  return line.replace(/^([*_]{1,2})(.+)\1$/u, "$2").trim();
}

/**
 * A `Source: …` URL line, a `Published: …` line (several stamps split by "|" too: "Published
 * 2025-06-11 08:40 GMT | Updated 10:05 GMT"), a byline ("By Name, Outlet": the outlet is kept), or a
 * line that is only a date: records what it says; true when the line should go. Markdown emphasis
 * around the line does not count.
 */
/**
 * Removes a host page's furniture above a reprinted article (a headline right above the permission line stays) («Публикуется с разрешения газеты «…» · …» over a product
 * checker's card, a company's press page): when only short lines (none over `MAX_BOILERPLATE_CHARS`) stand above the
 * first permission line and more text (in characters) follows it than stands above, those lines are the page's, not the article's. The
 * permission line stays for `takeMetadataLine` (the paper is the outlet); the removed lines' stamps still count.
 */
function dropHostPageAboveReprint(lines: string[], meta: MetaDraft): void {
  const at = lines.findIndex((line) => REPRINT_PERMISSION.test(withoutEmphasis(withoutStrongEmphasis(line))));
  if (at <= 0) return;
  const above = lines.slice(0, at);
  const chars = (part: readonly string[]): number => part.reduce((sum, line) => sum + line.length, 0);
  if (above.some((line) => line.length > MAX_BOILERPLATE_CHARS) || chars(lines.slice(at + 1)) <= chars(above)) return;
  // (A headline right above the permission line is the reprinted article's own: "Nine dead in Foundry Rooms fire: what we know so far".)
  const last = above.findLastIndex((line) => line !== "");
  const keep = isPlainHeadline(above[last] ?? "") ? last : at;
  // (Their stamps and source lines still date the page and name the paper: «Источник: газета «…», № 47 …».)
  for (const line of lines.splice(0, keep)) takeMetadataLine(line, meta);
}

/** A plain line that reads as a headline: at most `MAX_TITLE_CHARS`, five words or more, some in lower case, no final stop, no markup. */
function isPlainHeadline(line: string): boolean {
  return line.length <= MAX_TITLE_CHARS && line.split(/\s+/u).length > 4 && /\p{Ll}/u.test(line) && !/[.,;:…!?]$/u.test(line) && !/^[#>|*_[`]/u.test(line);
}

/**
 * A reprint's permission line («Публикуется с разрешения газеты «Ольшанские ведомости» · понедельник, 11 февраля 2036 · Текст: …»,
 * "Republished with permission of The Ledger", "Reprinted with permission from the Port Aldwick Courier (18 November 2036)");
 * group 1 is the paper's name in quotation marks, group 2 the words after "from"/"of" (a name when capitalised).
 */
const REPRINT_PERMISSION =
  /^(?:публикуется|перепечатано|перепечатывается|републикуется|republished|reprinted|published)\s+(?:с разрешения|with (?:the )?(?:kind )?permission)(?:\s+(?:of\s+)?(?:газеты|редакции|журнала|издания|the)?\s*[«"“]([^»"”]{2,60})[»"”]|\s+(?:from|of)\s+(?:the\s+)?((?:\p{L}[\p{L}'’-]*\s?){1,5})(?=\s*[(,.;]|$))?/iu;

function takeMetadataLine(raw: string, meta: MetaDraft): boolean {
  // A Markdown table's row ("| Когда | 20 февраля 2026 г. |") is the article's words, not its stamp.
  if (raw === "" || raw.length > MAX_BOILERPLATE_CHARS || raw.startsWith("|")) return false;
  // (A stamp underlined as a heading, "Printed from … Page 1 of 2" over "=====", is still a stamp; so is one quoted, "> Автор: …",
  // or in a code span, "`2031-11-15 09:42:00`".)
  const line = withoutEmphasis(
    withoutStrongEmphasis(
      raw
        .replace(/^(?:>\s?)+/u, "")
        .replace(/`([^`]+)`/gu, "$1")
        .replace(/^\p{Extended_Pictographic}\uFE0F?\s*/u, "")
        .replace(/^#{1,6}\s+/u, ""),
    ),
  );
  // A browser's address bar in a phone's screenshot ("🔒 prikamie24.ru/proisshestviya/2032/02/07/kreslo   ⟳   2   ⋮"): the page's address.
  const address = addressBarUrl(raw);
  if (address !== null) {
    meta.url ??= address;
    return true;
  }
  // A live page's check stamp with its refresh button ("Live status — checked 09:42, Tuesday 14 October 2036   [↻ Refresh]"): it dates
  // the page.
  const live = LIVE_STAMP.exec(line);
  if (live) {
    meta.date ??= stampDate((live[1] ?? "").trim());
    return true;
  }
  // A reprint's permission line: the reprinted paper is the outlet, a stamp among its parts the date.
  const reprint = REPRINT_PERMISSION.exec(line);
  if (reprint) {
    // (An unquoted paper's name is its capitalised words: "… from the Port Aldwick Courier (18 November 2036)".)
    const paper = reprint[1] ?? (/^(?:\p{Lu}[\p{L}'’-]*\s?)+$/u.test(reprint[2] ?? "") ? reprint[2] : undefined);
    if (paper !== undefined) meta.outlet ??= paper.trim();
    // (The reprinted issue's date among its parts, or in brackets after the paper: "… from the Port Aldwick Courier (18 November 2036).")
    const bracketed = /\(([^()]{6,40})\)/u.exec(line)?.[1] ?? "";
    for (const part of [...line.split(/[|·•]/u), bracketed]) {
      const date = stampDate(withoutLeadingPictographs(part.trim()));
      if (date !== null) meta.date ??= date;
    }
    return true;
  }
  // (An archive's row of earlier issues' dates, «Архив сводок: 21.07.2033 · 20.07.2033 · …», is the page's link, not its date.)
  if (line.includes(":") && (line.includes("рхив") || line.includes("rchive") || line.includes("revious")) && ARCHIVE_ROW.test(line)) return true;
  if (NUMBERED_ISSUE.test(line)) return takeStamp(line.replace(NUMBERED_ISSUE, ""), meta);
  // A record page's fields on one line, apart by wide gaps, a publication stamp among them ("Status: Preliminary report published    Report
  // reference: CMAIO PR 11/2028    Published: 6 November 2028"): the page's status line; its stamp dates it.
  if (line.includes("   ")) {
    const fields = line.split(/\s{3,}/u);
    const draft: MetaDraft = { ...meta };
    if (fields.length >= 2 && fields.every((field) => GAP_FIELD.test(field)) && fields.some((field) => PUBLISHED_LINE.test(field) && takeStamp(field, draft) && draft.date !== null)) {
      meta.date ??= draft.date;
      return true;
    }
  }
  // (A folio's page number before the paper's name, "4                  КЕДРОВОГОРСКИЙ ВЕСТНИК  ·  № 20 (9117)  ·  …", is the page's.)
  if (FOLIO_PAGE.test(line) && /[|·•]/u.test(line)) return takeMetadataLine(line.replace(FOLIO_PAGE, ""), meta);
  // (An event's card with its times, "Sat 10 Oct 2037 | Doors 18:30 | Show 20:00 | Ages 14+", is no stamp of the page: see `isEventTimes`.)
  if (/[|·•→]/u.test(line) && !isEventTimes(line)) {
    // (A button after the last stamp is the page's control: "Issued 06:31 · Updated 09:38      [ − Show less ]".)
    const parts = line
      .replace(/\s{2,}\[[^\]]{1,30}\]$/u, "")
      .split(/[|·•→]/u)
      .map((part) => part.trim())
      .filter((part) => part !== "");
    const draft: MetaDraft = { ...meta };
    // (A stamp or byline without the pictograph that marks it: "✍️ Ffion Treadwell, community reporter · 📸 Dev Raman · 🗓 Saturday 16th August 2031".)
    const stamps = parts.map(
      (part) => takeStamp(withoutLeadingPictographs(part), draft) || TIME_ALONE.test(part) || DAY_MONTH_STAMP.test(part) || COUNTER_PART.test(part),
    );
    // The other parts of a line with a stamp or byline are a section ("HEALTH | Updated 3 hours
    // ago") or, before a byline, the outlet ("The Eastern Chronicle | By Laura Finnegan").
    const others = parts.filter((_, i) => !stamps[i]);
    // (A writer's credit with a role, a source's or picture's credit, a reading time ride with the day opening a post's stamp line: see
    // `isStampCreditPart`.)
    const credited = stamps[0] === true && !others.every(isRubricPart) && others.every((part) => isRubricPart(part) || isStampCreditPart(withoutLeadingPictographs(part)) || isStampCreditPart(part));
    // (There a source's credit, «Источник: МЧС, администрация города», names the facts' sources, not the outlet.)
    if (credited) draft.outlet = meta.outlet;
    if (parts.length > 1 && stamps.some(Boolean) && (credited || others.every(isRubricPart))) {
      const byline = parts.findIndex((part) => BYLINE_LINE.test(part));
      const outlet = byline > 0 ? parts[byline - 1] : undefined;
      if (outlet !== undefined && !stamps[byline - 1] && /^\p{Lu}/u.test(outlet)) draft.outlet ??= outlet;
      // A paper's folio: its name in capitals, the issue's number, the date, the page («ПРИОЗЁРНЫЙ ВЕСТНИК | № 11 (8734) | суббота, 17 марта 2035 г. | 3»).
      const name = parts[0] ?? "";
      if (!stamps[0] && isCapitalsLabel(name) && parts.some((part) => ISSUE_PART.test(part))) draft.outlet ??= name;
      Object.assign(meta, draft);
      return true;
    }
    // A labelled date among fields that stay («Место: Дом правительства, малый зал · Дата: пятница, 14 января 2033 г., 16:00»), or a
    // date alone after the place («Ледянск, трамплинный комплекс «Ледяная гора» · 15 февраля 2031 г. (суббота)»).
    for (const part of parts) {
      const field = DATE_FIELD.exec(part);
      const date = field ? stampDate(field[1] ?? "") : /^\d{1,2}\s+\p{L}+\s+\d{4}/u.test(part) ? stampDate(part) : null;
      if (date !== null) meta.date ??= date;
    }
  }
  // A one-line stamp with its writer ("Published 16 June 2032 by Rowan Tilby, Hon. Secretary") dates the page (see `publishedByDay`).
  const published = publishedByDay(line);
  const publishedDate = published !== null ? stampDate(published) : null;
  if (publishedDate !== null) {
    meta.date ??= publishedDate;
    return true;
  }
  // A press office's signature with the day over its release («Пресс-служба инспекции, 20 ноября 2029 года», "Press office, 20 November
  // 2029"): it dates the page.
  // A release's label with its day under the headline («Пресс-релиз АО «Лесхоз» от 20 мая 2037 года», "Press release of Harbour Boats
  // Ltd, 20 May 2037"): it dates the page.
  if (line.includes("елиз") || line.includes("ELEASE") || line.includes("elease")) {
    const label = RELEASE_LABEL_STAMP.exec(line);
    const day = label ? stampDate(label[1] ?? "") : null;
    if (day !== null) {
      meta.date ??= day;
      return true;
    }
  }
  if (line.includes(",") && (line.includes("ресс-") || line.includes("ress office") || line.includes("edia office"))) {
    const office = PRESS_OFFICE_STAMP.exec(line);
    const day = office ? stampDate(office[1] ?? "") : null;
    if (day !== null) {
      meta.date ??= day;
      return true;
    }
  }
  return takeStamp(line, meta);
}

/** A release's label with its day («Пресс-релиз АО «Лесхоз» от 20 мая 2037 года», "Press release of Harbour Boats Ltd, 20 May 2037"); group 1 is the day. */
const RELEASE_LABEL_STAMP = /^(?:пресс-релиз|press release|news release|media release)(?:\s+[^,]{1,80}?)?(?:\s+(?:от|of|dated)|,)\s+(\d{1,2}[\s.][\p{L}\d]+[\s.]\d{4}(?:\s*(?:года|г\.))?)$/iu;
/** A press office's signature with a day («Пресс-служба инспекции, 20 ноября 2029 года», "Press office, 20 November 2029"); group 1 is the day. */
const PRESS_OFFICE_STAMP = /^(?:пресс-служба|пресс-центр|press office|media office)(?:\s+[^,]{1,80})?,\s+(\S.{5,40})$/iu;

/**
 * A live page's check stamp before its refresh button ("Live status — checked 09:42, Tuesday 14 October 2036   [↻ Refresh]   Auto-refresh
 * …", «Обновлено 14:05, 3 марта 2036 [⟳ Обновить]»); group 1 is the stamp.
 */
const LIVE_STAMP = /^(?:live (?:status|information|updates?)\s*[—–:-]\s*)?(?:(?:last )?checked|as of|updated|проверено|обновлено|по состоянию на)\s+([^[\]]{4,60}?)\s*\[\s*[↻⟳🔄]?\s*(?:refresh|обновить)(?!\p{L})[^\]]{0,20}\]/iu;

/** A video's view count and its premiere's date (group 1), hashtags after a gap. */
const VIDEO_STAMP =
  /^[\d\s\u00A0,.]+(?:[KkMМм]|тыс\.?|млн)?\s+(?:views|просмотр\p{L}*)(?:\s{2,}|\s*[·•]\s*)(?:premiered|streamed live on|published on|uploaded on|премьера|опубликовано)\s*:?\s*(\S.*?)(?:\s{2,}.*)?$/iu;
/** A document's incoming, outgoing or registration number with its date, group 1 («Вх. № ЭМ-1187/25 от 24.07.2025»). */
const REGISTRATION_LINE = /^(?:вх|исх|рег)\.\s*№\s*\S+\s+от\s+(\d{1,2}\.\d{1,2}\.\d{4})(?:\s*г\.)?$/iu;
/** A numbered update's or notice's label before its issue stamp ("Update no. 4, issued Thursday 16 October 2025, 17:30"). */
const NUMBERED_ISSUE =
  /^(?:[\p{L}]+\s+){0,2}(?:update|bulletin|notice|statement|release|report|сообщение|бюллетень|сводка)\s+(?:no\.?|#|№)\s*\d[\w/.-]*,?\s+(?=(?:issued|published|released|updated|выпущен\p{L}*|опубликован\p{L}*)(?!\p{L}))/iu;

/** An archive's row of earlier issues («Архив сводок: 21.07.2033 · 20.07.2033 · все сводки →», "Archive: 21 July · 20 July"). */
const ARCHIVE_ROW =
  /^(?:архив (?:сводок|новостей|выпусков|бюллетеней|сообщений|номеров)|(?:news |report |bulletin )?archive|previous (?:reports|bulletins|issues|editions))\s*:\s*(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}\s+\p{L}+)/iu;

/** A field of a page's status line: a short capitalised label, a colon, its value ("Report reference: CMAIO PR 11/2028"). */
const GAP_FIELD = /^\p{Lu}[\p{L} ]{1,30}:\s+\S/u;

/** A date's field among others on one line («Дата: 14 января 2033 г.», "Date: 14 January 2033"); group 1 is the date. */
const DATE_FIELD = /^(?:дата|date)\s*:\s*(\S.*)$/iu;

/** A page's number before a folio's name in capitals, after a wide gap. */
const FOLIO_PAGE = /^\d{1,3}\s{3,}(?=[^\p{Ll}]{3,}[|·•])/u;

/** A distance along a road ("148 км", "147–151 км", "12 km"). */
const ROAD_DISTANCE = /\d\s*(?:км|km)(?!\p{L})/u;

/** A short part of a separated furniture line: at most four words, no sentence stop at its end. */
function isRubricPart(part: string): boolean {
  // (A section's path with its label is one too: «Раздел: Оперативная информация › Оперативные сводки»; so is a press office
  // named as a story's author: «Пресс-служба администрации Краснолесского муниципального округа»; so is a breadcrumb, «Главная ›
  // Новости › Происшествия · 15.08.2034 · 10:12».)
  if (SECTION_PATH.test(part) || PRESS_OFFICE_PART.test(part) || isBreadcrumb(part)) return true;
  // (A road's kilometre is a place, not a section: a road event's "ДТП · 06:52 · 148 км" is the event's line.)
  if ((part.includes("км") || part.includes("km")) && ROAD_DISTANCE.test(part)) return false;
  return part.length <= MAX_RUBRIC_CHARS && part.split(/\s+/).length <= 4 && !/[.!?:;,…]$/u.test(part);
}

/** A section's path after its label («Раздел: Оперативная информация › Оперативные сводки», "Section: News > Local"). */
const SECTION_PATH = /^(?:раздел|рубрика|section|category|категория)\s*:\s*[^.!?:]{1,80}$/iu;
/** A press office or a communications team as a stamp's author («Пресс-служба администрации …», «Информационный отдел … епархии», "Press office, Harbour Council"). */
const PRESS_OFFICE_PART =
  /^(?:пресс-служба|пресс-центр|пресс-группа|пресс-секретариат|информационн\p{L}+ (?:центр|отдел|служба|управление)|отдел (?:по связям с общественностью|информации)|press office|press team|communications (?:team|office|unit|department)|media (?:team|office|relations))(?!\p{L})[^.!?:;]{0,80}$/iu;
/** An issue's number among a folio's parts («№ 11 (8734)», "No. 103", "Issue 212"). */
const ISSUE_PART = /^(?:№|no\.|issue|выпуск)\s*\d/iu;

/** A place in capitals (a county or region after a comma) and a dash before a stamp: the date of a dateline line. */
const DATELINE_STAMP = /^\p{Lu}[\p{Lu}\s'’.-]+(?:,\s*[^—–,]{1,30})?\s+[—–]\s+(.+)$/u;

/** A time of day alone, with its zone ("10:05 GMT", "5:10 p.m. ET", «20:10 МСК», «23:58 (ЕКБ)»): a stamp of the day already given. */
const TIME_ALONE = /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,4}|мск)(?:[+-]\d{1,2})?|\s*\((?:\p{Lu}{2,5}|мск)(?:[+-]\d{1,2})?(?:,\s*[^()]{1,20})?\))?$/iu;

/** A day and month without a year, a time after it ("13 сентября, 08:47", "7 June 09:12"): a stamp part that gives no date. */
const DAY_MONTH_STAMP = new RegExp(String.raw`^\d{1,2}\s+(?:${Object.keys(MONTHS).join("|")})\.?(?:,?\s*\d{1,2}[:.]\d{2})?$`, "iu");
/** A counter of views or comments: an icon and a number ("👁 41,2K", "💬 212", «👁 212 тыс.»). */
const COUNTER_PART = /^[\p{Extended_Pictographic}\uFE0F]+\s*[\d\s.,]+(?:[KkКкMм]|тыс\.?|млн)?$/u;

/** One metadata stamp (see `takeMetadataLine`); true when it is one. */
function takeStamp(line: string, meta: MetaDraft): boolean {
  const url = URL_LINE.exec(line) ?? ARCHIVE_BANNER.exec(line);
  if (url) {
    const address = url[1] ?? url[2];
    // «Источник: chinarsk-online.ru/news/…»: an address without its scheme is a web page's.
    if (address !== undefined) meta.url ??= /^https?:\/\//iu.test(address) ? address : `https://${address}`;
    return true;
  }
  // A fast mobile page's address bar ("amp · halvernledger.example/amp/news/depot-road-fertilizer-fire"): the article's address.
  const amp = AMP_ADDRESS.exec(line);
  if (amp) {
    meta.url ??= /^https?:\/\//iu.test(amp[1] ?? "") ? (amp[1] ?? "") : `https://${amp[1] ?? ""}`;
    return true;
  }
  // A search engine's cache banner («Это сохранённая копия страницы https://…, сделанная поисковой системой …»): the page's own address.
  const cached = CACHE_BANNER.exec(line);
  if (cached) {
    meta.url ??= (cached[1] ?? "").replace(/[.,;]+$/u, "");
    return true;
  }
  // A video's view count with its premiere ("1,284,317 views  Premiered Sep 4, 2025  #searescue"), a document's registration
  // number with its date («Вх. № ЭМ-1187/25 от 24.07.2025»): the page's date.
  const registered = VIDEO_STAMP.exec(line) ?? REGISTRATION_LINE.exec(line);
  if (registered) {
    meta.date ??= stampDate((registered[1] ?? "").trim());
    return true;
  }
  const published = PUBLISHED_LINE.exec(line);
  if (published) {
    const rest = (published[1] ?? "").trim();
    if (rest === "") return true;
    // "Updated 10:05 GMT": a time alone stamps the day already given; so does "Updated 3 hours ago".
    // So does a time with a note after a dash ("правка в 12:40 — добавлены данные о задержанных").
    // (Not a story's update after the time: "UPDATE 08:45 – TWO FOUND ALIVE. Both were very cold but talking.")
    const time = rest.replace(/^(?:в|at)\s+/iu, "").replace(/\s*\([^()]*\)$/u, "").replace(/(?:\s+[—–]\s+|:\s+)[^—–.!?]{1,80}$/u, "");
    if (TIME_ALONE.test(time) || RELATIVE_STAMP.test(rest)) return true;
    // (A link after the stamp is the page's: "Last updated 17 July 2037 — See all updates".)
    const stamp = rest.replace(/\s*[—–-]?\s*see all updates$/iu, "");
    // "Posted Saturday, January 27, 2029 at 10:48 p.m. by Hank Solberg, KGRL News Director": a byline may close the stamp.
    // (Or opens it: "Posted by the Glenhallow Airport operations team, 10:30, Friday 16 October 2026".)
    const date =
      stampDate(stamp) ??
      stampDate(rest.replace(/\s+(?:by|автор:?)\s+\p{Lu}[^.!?]{0,80}$/u, "")) ??
      stampDate(rest.replace(SITE_TAIL, "")) ??
      stampDate(rest.replace(/^(?:by|автор:?)\s+[^,.!?]{2,80},\s+/iu, "")) ??
      // (Or names the market it was released to: "Released to ASX: Thursday 11 September 2031, 8:47am (AWST)".)
      stampDate(rest.replace(/^to (?:the )?(?:\p{Lu}{2,6}|market|(?:stock )?exchange)\s*:?\s+/u, ""));
    if (date === null) {
      // "Issued: 05:40 Tuesday 17 March 2037 (upgraded from ORANGE, issued 21:15 Monday)": the date counts, and the line stays
      // for what its note tells.
      const noted = stampDate(rest.replace(/\s*\([^()]{1,120}\)$/u, ""));
      if (noted !== null) meta.date ??= noted;
      return false;
    }
    // "Originally published Wednesday 7 March 2029, 08:30 GMT on northtynedispatch.co.uk": the site is the outlet.
    const site = SITE_TAIL.exec(rest)?.[1];
    if (site !== undefined) meta.outlet ??= site;
    meta.date ??= date;
    return true;
  }
  if (RELATIVE_STAMP.test(line)) return true;
  // A table's caption with the time its data hold for («Усть-Камышинск и район — данные на 13.11.2025, 16:30»).
  if (datedBy(DATA_AS_OF, line, meta)) return true;
  // A blog platform's repost line («Оригинал взят у goreslavl_vedomosti в Горел собор: …», "Originally posted by user at Title"): the
  // reposted entry's title.
  const repost = REPOST_LINE.exec(line);
  if (repost) {
    meta.title ??= (repost[1] ?? "").trim();
    return true;
  }
  // A labelled headline («ЗАГОЛОВОК: «Тарелкин» лёг на 19 часов», "Headline: …") of a monitoring entry or an export.
  const headline = HEADLINE_LABEL.exec(line);
  if (headline) {
    meta.title ??= (headline[1] ?? "").trim();
    return true;
  }
  // A print version's header ("Printed from www.highveldherald.co.za on 12/09/2030 at 08:14 SAST   Page 1 of 2"): the site is the outlet.
  const printed = PRINTED_FROM.exec(line);
  if (printed) {
    meta.outlet ??= (printed[1] ?? "").replace(/^www\./u, "");
    return true;
  }
  // «Источник: газета «Вестник Приергенья», № 47 (9 318) от 23 июня 2037 г., с. 1–2»: a reprint's source issue; the paper is the outlet.
  const issue = SOURCE_ISSUE.exec(line);
  if (issue) {
    meta.outlet ??= (issue[1] ?? "").trim();
    return true;
  }
  // "Source: Reuters", «Источник: «Верхневолжский курьер»»: the outlet, wherever the line is.
  const source = SOURCE_NAME_LINE.exec(line);
  if (source) {
    meta.outlet ??= unquoted((source[1] ?? source[2] ?? "").trim().replace(/[.;,]+$/u, ""));
    return true;
  }
  if (FROM_BYLINE_LINE.test(line) || PLACED_BYLINE_LINE.test(line)) return true;
  const byline = /[.!?…»"”]$/u.test(line) ? null : BYLINE_LINE.exec(line);
  if (byline && !startsWithTimeAfterBy(line)) {
    const outlet = (byline[1] ?? "").trim().replace(/[.;,]+$/u, "");
    // "By Maria Olsen | Staff reporter | 14.05.2025": the rest of a piped byline are stamps of their own.
    const named = outlet.replace(/\s+(?:staff|staff writers?|correspondents?|reporters?)$/iu, "");
    // "By Carys Ellington, Health Correspondent": a desk, not an outlet.
    const desk = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}?\p{Ll}+)?\s+(?:correspondent|reporter|editor|writer)$/iu.test(outlet);
    // (A writer's credentials are no outlet either: "By Dr. Nadia Ferris, DC", see `isPostNominal`.)
    if (named !== "" && !desk && !isPostNominal(named) && !line.includes("|") && /^\p{Lu}/u.test(named) && named.split(/\s+/).length <= 5) meta.outlet ??= named;
    return true;
  }
  // A dateline that is only a place and a stamp ("KILBARRAN, Co. Clare — Wednesday 14 October 2026, 17:05 IST").
  if (datedBy(DATELINE_STAMP, line, meta)) return true;
  if (line.length <= STAMP_LINE_CHARS) {
    const date = stampDate(line);
    if (date !== null) {
      meta.date ??= date;
      return true;
    }
  }
  // A role or desk in a piped byline ("Staff reporter").
  if (/^(?:staff|senior|chief)?\s*(?:reporter|correspondent|writer|editor|корреспондент|обозреватель)$/iu.test(line)) return true;
  // Other people of the byline: "Editor: Ann Lee", «Редактор: Лилия Нуриева», «Фото: …».
  return /^(?:editor|edited by|fact-?checked by|photos?|photographs?|photography|illustrations?|редактор|выпускающий редактор|фото|иллюстрации|проверил[аи]?\s*:\s*(?:выпускающий\s+)?редактор)\s*:?\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}(?:(?:,|and|и)\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,4})*$/u.test(
    // The label in any case ("Editor:", «Проверил:»), the names capitalised.
    line.replace(/^\p{Lu}/u, (first) => first.toLowerCase()),
  );
}

/** How many filled lines from the top a note on when the text was prepared may stand at. */
const MAX_LINES_TO_PREPARED_NOTE = 5;
/** A note on when a text was prepared; group 1 is what follows the verb («Материал подготовлен 12 марта 2033 года», "This report was prepared on 4 May 2031"). */
const PREPARED_NOTE =
  /(?<!\p{L})(?:материал|сводка|обзор|отч[её]т|справка|статья|текст|публикация|report|summary|article|briefing|update)\s+(?:был[аои]?\s+|was\s+|has been\s+)?(?:подготовлен\p{L}*|prepared|compiled)(?!\p{L})([^.!?]{0,100})/iu;
/** A day (or the last of a range of days), a month and a year in a note: groups 1, 2 and 3 («9–12 июня 2034 года» → 12, июня, 2034). */
const NOTE_DAY = /(?:\d{1,2}\s*[–-]\s*)?(\d{1,2})\s+(\p{L}+)\s+(\d{4})/u;

/**
 * The date of a note on when the text was prepared (see `PREPARED_NOTE`) among its first `MAX_LINES_TO_PREPARED_NOTE` filled lines:
 * the day it names, the last of a range of days; or null. Only lines with the note's verb are read.
 */
function preparedDate(lines: readonly string[]): string | null {
  let filled = 0;
  for (const line of lines) {
    if (line === "") continue;
    if (++filled > MAX_LINES_TO_PREPARED_NOTE) break;
    if (!line.includes("подготовлен") && !line.includes("prepared") && !line.includes("compiled")) continue;
    const day = NOTE_DAY.exec(PREPARED_NOTE.exec(line)?.[1] ?? "");
    const date = day ? stampDate(`${day[1] ?? ""} ${day[2] ?? ""} ${day[3] ?? ""}`) : null;
    if (date !== null) return date;
  }
  return null;
}

/** A name without the quotation marks around it («Верхневолжский курьер», "The Ledger"). */
function unquoted(name: string): string {
  const match = /^[«"“„'](.+)[»"”“']$/u.exec(name);
  return match ? (match[1] ?? name).trim() : name;
}

/** A table caption's time its data hold for, after a dash («Усть-Камышинск и район — данные на 13.11.2025, 16:30», "Network — data as of …"); group 1 is the stamp. */
const DATA_AS_OF = /^[^—–.!?]{1,80}\s[—–]\s(?:данные|data|figures)\s+(?:на|по состоянию на|as (?:of|at))\s+(\S.{3,40})$/iu;
const BARE_URL_LINE = /^https?:\/\/\S+$/u;
/** A fast mobile page's address line ("amp · halvernledger.example/amp/news/…", "⚡ AMP | https://…"); group 1 is the address. */
const AMP_ADDRESS = /^(?:⚡\uFE0F?\s*)?amp\s*[·|]\s*((?:https?:\/\/)?(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}\/\S*)$/iu;
/** A repost's origin line on a blog platform; group 1 is the reposted entry's title. */
const REPOST_LINE = /^(?:оригинал взят у|originally posted by|original(?:ly)? taken from)\s+@?[\w.-]{2,40}\s+(?:в|at|in)\s+(\S.{2,199})$/iu;
/** A labelled headline (a monitoring entry's «ЗАГОЛОВОК: …», a broadcast script's "Web headline: …"); group 1 is the headline. */
const HEADLINE_LABEL = /^(?:[-*•]\s+)?(?:заголовок(?: для сайта| на сайте)?|(?:web |online |site )?headline|title)\s*:\s*(\S.{4,199})$/iu;
const PRINTED_FROM = /^printed from\s+((?:www\.)?(?:[\p{L}\p{N}-]+\.)+\p{L}{2,})(?![\p{L}\p{N}.-])/iu;
/** A site's host alone on a line ("northtynedispatch.co.uk" over a reader view's copy). */
const BARE_HOST_LINE = /^(?:www\.)?(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}$/u;
/** A stamp's site after it ("… 08:30 GMT on northtynedispatch.co.uk", «… на сайте example.ru»). */
const SITE_TAIL = /\s+(?:on|at|на(?: сайте)?)\s+((?:www\.)?(?:[\p{L}\p{N}-]+\.)+\p{L}{2,})\.?$/u;
/** A source line naming a paper's issue («Источник: газета «Вестник Приергенья», № 47 … от 23 июня 2037 г.», "Source: “The Ledger”, issue 12…"); group 1 is the paper. */
const SOURCE_ISSUE = /^(?:источник|source)\s*:\s*(?:газета|журнал|(?:the )?newspaper)?\s*[«"“]([^»"”]{2,60})[»"”],?\s*(?:№|no\.|issue)\s*\d.{0,100}$/iu;
const SOURCE_NAME_LINE = /^(?:source|источник)\s*:\s*([^:/]{2,60})$|^(?:provided by|предоставлено)\s+([^:/·|]{2,60}?)\s*(?:[·|].{0,40})?$/iu;
/** A print issue's imprint: founder, editor, print run, subscription index, registration. */
const IMPRINT_LINE =
  /^(?:[Уу]чредитель|[Ии]здатель|[Гг]лавный редактор|[Тт]ираж|[Пп]одписной индекс|[Нн]омер подписан|[Пп]одписано в печать|[Сс]видетельство о регистрации|[Pp]ublisher|[Pp]rinted by|[Ee]ditor-in-chief)(?:\s*[:.—–]|\s+[\p{Lu}\d])/u;

/** An author's signature with the surname in capitals («Ольга ЗАТЕЕВА», «Вл. ОКУНЕВ», "Tom REID"). */
const SURNAME_SIGNATURE = /^\p{Lu}\p{Ll}{0,12}\.?(?:\s\p{Lu}\.)?\s+\p{Lu}{3,}(?:-\p{Lu}{2,})?$/u;

/** A publisher's name and postal address closing a page ("Inntal Post Medien GmbH, Museumstrasse 12, 6020 Innsbruck"). */
const PUBLISHER_ADDRESS = /^\p{Lu}[^.!?]{0,60}\s(?:Ltd|Limited|Inc|LLC|GmbH|AG|plc|ООО|АО)\.?,\s[^!?]{0,120}$/u;

/** A note that the page's material may be reused on a condition ("Reports may be reproduced free of charge provided the source is acknowledged."). */
const REUSE_NOTE = /(?:^|\.\s)(?:[\p{L}-]+\s){0,3}may be (?:reproduced|republished|copied)\b[^.]{0,80}\b(?:provided|acknowledg\p{L}*|attribut\p{L}*)/iu;

/** Tags, and the people, organisations and sources a page lists at its end ("Персоны: …", "Sources: …"). */
const TAGS_LINE = /^(?:tags|topics|related tickers|tickers|data sources?|hubs|хабы|теги|метки|ключевые слова|keywords|темы|категории|categories|персоны|люди|организации|компании|people|organi[sz]ations|sources|источники)\s*:/iu;

/**
 * Removes furniture that only counts as such at the very start or end of the article: a bare
 * URL, tag lists, and a last short line ending in ":" that introduces an embed the text no longer
 * has ("Will there be a revolution? DW in Russian:"). "Source: Reuters" is a metadata line wherever
 * it stands (see `takeStamp`).
 */
function trimEdges(lines: string[], meta: MetaDraft): void {
  const isEdgeFurniture = (line: string): boolean => {
    // (A rule between the page's closing lines is theirs: "TOPICS: ENV UTIL" over "-----" over a terminal's hints.)
    if (line === "" || RULE_LINE.test(line)) return true;
    // A print issue's imprint, however long («Учредитель: … Главный редактор … Тираж 3 200 экз.»).
    if (IMPRINT_LINE.test(line) || LEGAL_NOTICE.test(withoutEmphasis(line))) return true;
    // An owner's note that its reports may be reused, closing the page ("The CMAIO is an independent branch of … . Reports may be
    // reproduced free of charge provided the source is acknowledged.").
    if (line.includes("may be") && REUSE_NOTE.test(line)) return true;
    // A paper's signature under its story: the author's name, the surname in capitals («Ольга ЗАТЕЕВА», "Tom REID").
    if (SURNAME_SIGNATURE.test(line)) return true;
    // A copyright line closing the page, however long («© Федерация …, 2031. Региональная спортивная федерация, аккредитована …»).
    if (/^(?:©|\(c\)\s|copyright\s+(?:©\s*)?\d{4}\b)/iu.test(line)) return true;
    if (line.length > MAX_BOILERPLATE_CHARS) return false;
    if (BARE_URL_LINE.test(line)) {
      meta.url ??= line;
      return true;
    }
    if (BARE_HOST_LINE.test(line) && /\p{L}\.\p{L}/u.test(line)) {
      meta.outlet ??= line.replace(/^www\./u, "");
      return true;
    }
    return TAGS_LINE.test(withoutStrongEmphasis(furnitureView(line))) || PUBLISHER_ADDRESS.test(withoutEmphasis(line));
  };
  while (lines.length > 0 && isEdgeFurniture(lines[lines.length - 1] ?? "")) lines.pop();
  // (An organisation's contacts and a signatory close its page: see `dropClosingContacts`.)
  dropClosingContacts(lines, (line) => RULE_LINE.test(line));
  while (lines.length > 0 && isEdgeFurniture(lines[lines.length - 1] ?? "")) lines.pop();
  const last = lines[lines.length - 1];
  if (last !== undefined && last.endsWith(":") && last.length <= MAX_TEASER_CHARS && lines.some((l, i) => l !== "" && i < lines.length - 1)) {
    lines.pop();
    while (lines.length > 0 && isEdgeFurniture(lines[lines.length - 1] ?? "")) lines.pop();
  }
  while (lines.length > 0 && isEdgeFurniture(lines[0] ?? "")) lines.shift();
}

// ---------------------------------------------------------------------------------------------
// Title

/**
 * Finds the headline among the first line(s) and removes it from `lines`. A Markdown heading
 * (`# …`) is always a headline; a plain first line is one when it is at most `MAX_TITLE_CHARS`
 * long, one sentence (two, when not in capitals), does not end in `.`, `,`, `;`, `:` or `…`, and
 * more text follows. A press release's issuer line above it is passed over and stays; a page
 * type's label ("STORY:") leaves the headline. When front matter already gives a title, a first
 * line repeating it is removed too.
 */
function takeTitle(lines: string[], frontMatterTitle: string | null): string | null {
  dropPageHead(lines);
  // (A press release's issuer line stays in the text, under the headline: "Joint release of the Town of … and …".)
  // (So do a correction's note over the headline, "> **Correction:** An earlier version of this article said…", and a
  // notice's dated fields, "Takes effect: Wednesday, August 6, 2031, 12:01 a.m.".)
  const passedOver = (line: string): boolean => RELEASE_ISSUER.test(line) || CORRECTION_NOTE.test(line) || EFFECTIVE_FIELD.test(line);
  const index = lines.findIndex((line, i) => line !== "" && !(passedOver(line) && lines.slice(0, i).every((above) => above === "" || passedOver(above))));
  if (index === -1) return null;
  const line = lines[index] ?? "";
  const heading = /^#{1,6}\s+(.+?)\s*#*$/u.exec(line);
  // (Pictographs opening a post's headline are its markers: "🔴 Ботулизм в Заречинске: …".)
  // (An alert's label after its pictograph, "⚠ SERVICE ALERT  ·  Green Line…", goes too; wide gaps close up.)
  const candidate = withoutLeadingPictographs((heading ? (heading[1] ?? "").trim() : line).replace(TITLE_LABEL, ""))
    .replace(TITLE_LABEL, "")
    .replace(/\s{2,}/gu, " ")
    // (And those closing a heading framed by them: "🚨 ACTIVE SEARCH – KINNEAR RIVER 🚨".)
    .replace(LEADING_PICTOGRAPHS.test(line) ? TRAILING_PICTOGRAPHS : /(?!)/u, "");
  const hasMore = lines.some((l, i) => i > index && l !== "");
  let isTitle: boolean;
  if (frontMatterTitle !== null) {
    isTitle = heading !== null || candidate.toLowerCase() === frontMatterTitle.toLowerCase();
  } else if (heading) {
    isTitle = true;
  } else {
    isTitle =
      hasMore &&
      candidate.length <= MAX_TITLE_CHARS &&
      /\p{L}/u.test(candidate) &&
      !/[.,;:…]$/u.test(candidate) &&
      // (A headline may be two sentences, "Пожар в ЦОДе оставил без связи 1,3 млн абонентов «Листка». Сеть поднимали больше 45
      // часов"; two in capitals are a post's shouted lead.)
      (splitSentences(candidate).length === 1 || (splitSentences(candidate).length === 2 && /\p{Ll}/u.test(candidate)));
  }
  if (!isTitle) return null;
  // (A match's score line stays in the text: the report does not repeat the result.)
  if (SCORE_LINE.test(line)) return candidate;
  lines.splice(index, 1);
  return withTitleSubject(lines, index, candidate);
}

/**
 * Takes the story's heading inside a page (see `findStoryHeading`): the heading and the news section's heading over it leave
 * `lines`; the heading's words are returned, or null.
 */
function takeStoryHeading(lines: string[], meta: MetaDraft): string | null {
  const isDatedStamp = (line: string): boolean => {
    const draft: MetaDraft = { title: null, date: null, outlet: null, url: null, lang: null };
    return takeMetadataLine(line, draft) && draft.date !== null;
  };
  const story = findStoryHeading(lines, isDatedStamp);
  if (story === null) return null;
  const title = withoutLeadingPictographs(headerView(lines[story.heading] ?? ""));
  lines.splice(story.heading, 1);
  if (story.section !== null) lines.splice(story.section, 1);
  // (A site's page whose news section holds the story in bold: the site's name in its first heading, with the tagline and the
  // links under it down to the rule over the section, is its head; the name is the outlet.)
  const first = lines.findIndex((line) => line !== "");
  const rule = story.bold === true && story.section !== null ? lines.slice(0, story.section).findLastIndex((line) => RULE_LINE.test(line)) : -1;
  if (rule > first && /^#\s/u.test(lines[first] ?? "")) {
    meta.outlet ??= headerView(lines[first] ?? "");
    lines.splice(first, rule - first + 1);
  } else if (story.section === null && first >= 0) {
    // (A dated heading inside an organisation's page: the contact lines opening the page under its name (gone as the site's)
    // are its head, see `dropOpeningContacts`.)
    dropOpeningContacts(lines, first, isContactLine, headerView);
  } else if (rule > first) {
    // (Or the site's name in bold opening its first line, its place after it: «**ГЛК «Белый Тагул»** · пос. Кедровый Ключ, …»;
    // that line is the site's head, and so is a menu of four items or more between dots under it.)
    const name = /^\*\*([^*]{2,60})\*\*\s+·\s+\S.{0,80}$/u.exec(lines[first] ?? "")?.[1];
    if (name !== undefined) {
      meta.outlet ??= name;
      const menu = lines.findIndex((line, i) => i > first && line !== "");
      const items = (lines[menu] ?? "").split(/\s+·\s+/u);
      const isMenu = menu > 0 && items.length >= 4 && items.every((item) => item.length <= 40 && !/[.!?]$/u.test(item));
      if (isMenu) lines.splice(menu, 1);
      lines.splice(first, 1);
    }
  }
  return title;
}

/**
 * Takes the headline of a page cut by rules whose news item's block holds most of its text (see `findSectionedHeadline`): only the
 * item's block stays in `lines`, without its label, headline and stamp lines (the other blocks are the site's head, its widgets and
 * its footer); the stamp dates the page, the site's masthead names the outlet, the headline is returned. `labels`: whether a news
 * label may head the item (or only a stamp line naming the news section). Null when there is none.
 */
function takeSectionedHeadline(lines: string[], meta: MetaDraft, labels: boolean): string | null {
  const found = findSectionedHeadline(lines, (line) => RULE_LINE.test(line), (text) => stampDate(text) !== null, labels);
  if (found === null) return null;
  meta.date ??= stampDate(found.stamp ?? "");
  // (The site's name opening the page, alone in bold or in capitals, names the outlet.)
  const name = mastheadName(lines.find((line) => line !== "") ?? "");
  if (name !== null) meta.outlet ??= capitalsAsName(name);
  const head = new Set(found.head);
  const item = lines.slice(found.from, found.to).filter((_, k) => !head.has(found.from + k));
  lines.splice(0, lines.length, ...item);
  return capitalsAsName(found.title);
}

/**
 * Takes a situation report's story heading (see `findReportStory`): the heading leaves `lines` and its words are returned; the report's
 * as-of line stays and dates the page («по состоянию на 08:00 (местное время) 22 июля 2033 года»). Null when there is none.
 */
function takeReportStory(lines: string[], meta: MetaDraft): string | null {
  const story = findReportStory(lines);
  if (story === null) return null;
  const day = AS_OF_DAY.exec(story.asOf);
  meta.date ??= day ? stampDate(`${day[1] ?? ""} ${day[2] ?? ""} ${day[3] ?? ""}`) : null;
  const title = headerView(lines[story.heading] ?? "");
  lines.splice(story.heading, 1);
  return title;
}

/** A day, a month and a year in an as-of line, a time before them allowed (groups 1, 2 and 3). */
const AS_OF_DAY = /(\d{1,2})\s+(\p{L}+)\s+(\d{4})/u;

/** A correction's note ("**Correction:** An earlier version…", «Исправление: …»), quoted or in bold. */
const CORRECTION_NOTE = /^(?:>\s*)?[*_]{0,2}(?:correction|clarification|исправление|уточнение|поправка)[*_]{0,2}\s*:[*_]{0,2}\s/iu;
/** A notice's field of when it applies ("Takes effect: Wednesday, August 6, 2031, 12:01 a.m.", «Вступает в силу: …»). */
const EFFECTIVE_FIELD = /^(?:takes effect|effective(?: from| date)?|valid (?:from|until)|in effect (?:from|until)|вступает в силу|действует (?:с|до))\s*:\s+\S/iu;

/**
 * A document's title in capitals with its subject under it, in lower case («ОПЕРАТИВНАЯ СВОДКА № 6» over «о ходе ликвидации
 * последствий схода селевого потока в с. Верхний Джайлык …»): the two make the title, and the subject's line leaves `lines`
 * (it is at `index`, a blank line before it allowed).
 */
function withTitleSubject(lines: string[], index: number, title: string): string {
  if (/\p{Ll}/u.test(title)) return title;
  const at = lines[index] === "" ? index + 1 : index;
  const subject = withoutEmphasis(withoutStrongEmphasis(lines[at] ?? ""));
  if (!/^\p{Ll}/u.test(subject) || subject.length > MAX_TITLE_CHARS || /[.!?…;:]$/u.test(subject)) return title;
  lines.splice(at, 1);
  return `${title} ${subject}`;
}

/** An infobox's row: a short field, then its value after a "|" or a dotted leader ("| Deaths | 6 |", "Location .... Carn Dubh reef"). */
const INFOBOX_ROW = /^\|?\s*[^|.]{1,40}?\s*(?:\||\.{3,})\s*[^|]{1,200}?\s*\|?$/u;

/**
 * Removes an infobox under the headline: a line repeating the title (a table's header cell, a box's first line) and the
 * field rows right under it ("Date | 22 February 2036", "Location .... Carn Dubh reef"). Its facts are a summary of the
 * page, not the story's sentences; the story tells them. Pure on `lines`.
 */
function dropInfobox(lines: string[], title: string | null): void {
  if (title === null) return;
  const head = lines.findIndex((line) => line !== "" && tableCells(line).filter((cell) => cell !== "").join(" ").toLowerCase() === title.toLowerCase());
  if (head < 0 || head > MAX_LINES_TO_HEADLINE) return;
  let end = head + 1;
  while (end < lines.length && (RULE_LINE.test(lines[end] ?? "") || INFOBOX_ROW.test(lines[end] ?? ""))) end++;
  if (end - head < 3) return;
  lines.splice(head, end - head);
}

/** A match's score line in capitals ("BRACKWATER TOWN 2  –  1 KELSHAM ROVERS", «ДИНАМО 2:1 СПАРТАК»). */
const SCORE_LINE = /^\p{Lu}[\p{Lu}'’.& -]{1,40}?\s+\d{1,2}\s*(?:[–—-]|:)\s*\d{1,2}\s+\p{Lu}[\p{Lu}'’.& -]{1,40}$/u;
/** How many filled lines from the top a match's score line may stand at. */
const MAX_LINES_TO_SCORE = 6;

/** A browser tab's title: the headline, then the site's name after a separator ("Serin Voyager oil spill - Wikipedia", "… | WKDX 14"); group 1 is the headline. */
const TAB_TITLE = /^(\S.{7,}?)\s+[-|—–]\s+([^-|—–]{2,40})$/u;
/** How many lines under a tab's title the page's own headline may stand. */
const MAX_LINES_TO_HEADLINE = 12;

/**
 * Removes a saved page's tab title at its top when the page's own headline, the same words without
 * the site's name, follows within a few lines: the headline then gives the title, without "- Wikipedia".
 */
function dropTabTitle(lines: string[]): void {
  const first = lines.findIndex((line) => line !== "");
  const tab = first < 0 ? null : TAB_TITLE.exec(lines[first] ?? "");
  if (!tab) return;
  const headline = (tab[1] ?? "").toLowerCase();
  const below = lines.slice(first + 1).filter((line) => line !== "").slice(0, MAX_LINES_TO_HEADLINE);
  if (below.some((line) => headerView(line).toLowerCase() === headline)) lines.splice(first, 1);
}

/**
 * Removes the furniture above a page's headline: a section's heading over it (see `dropSectionHeading`), mastheads, section bars,
 * rubrics and labels (see `dropLeadingMastheads`, `dropRubric`).
 */
function dropPageHead(lines: string[]): void {
  dropSectionHeading(lines);
  dropLeadingMastheads(lines);
  dropRubric(lines);
}

/** A press release's issuer line at its top ("Joint release of the Town of Wrenfield … and …", «Совместный пресс-релиз …»): not a headline. */
const RELEASE_ISSUER = /^(?:(?:a )?joint (?:news |press |media )?release|(?:news|press|media) release) (?:of|from|by|issued by)\s|^совместный пресс-релиз\s/iu;
/** A page type's or an update's label before a headline ("STORY: Sewage spill shuts 11 beaches", «Сюжет: …», "UPDATED: Search continues …"). */
const TITLE_LABEL = /^(?:story|article|сюжет|материал|updated|обновлено|дополнено)\s*:\s+(?=\S)|^(?:(?:service|travel|traffic|network|safety|weather)\s+)?alert\s+·\s+(?=\S)/iu;

/** A short label line: at most four words and `MAX_RUBRIC_CHARS`, each word capitalised (or a capitals label), no final stop. */
function isLabelLine(line: string): boolean {
  if (isCapitalsLabel(line)) return true;
  const words = line
    .split(/\s+/)
    .map((w) => w.replace(/^[«"“(]+/u, ""))
    .filter((w) => /\p{L}/u.test(w));
  return line.length <= MAX_RUBRIC_CHARS && words.length <= 4 && words.every((w) => /^(?:\p{Lu}|the$|of$|and$)/u.test(w)) && !/[.!?:;,…]$/u.test(line);
}

/** A short label in capitals: at most four words (numbers and signs do not count) and `MAX_RUBRIC_CHARS`, no lower-case letter, no final stop. */
function isCapitalsLabel(line: string): boolean {
  return (
    line.length <= MAX_RUBRIC_CHARS &&
    /\p{Lu}/u.test(line) &&
    !/\p{Ll}/u.test(line) &&
    // Only words count: "KGRL 1240 AM / 98.7 FM" is a label of three.
    line.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length <= 4 &&
    !/[.!?:;,…]$/u.test(line)
  );
}

/**
 * A masthead or a section bar above the headline: the paper's name in capitals and short parts
 * after a dash or separators ("PLATTE VALLEY TRIBUNE · Kelder County edition", "THE LOWLANDS LEDGER - Dutch news in English since 1998", «МОРЕ-ПРИМОРЬЕ.РУ —
 * портал о судоходстве»), or three or more capitalised sections («Порты · Флот · Рыболовство»).
 */
function isMastheadLine(raw: string): boolean {
  const line = withoutStrongEmphasis(raw);
  if (MASTHEAD_TAGLINE.test(line)) return true;
  // (A warning's heading is the page's headline: "RED WARNING - ICE JAM FLOODING"; so are a post's heading between pictographs,
  // "🚨 ACTIVE SEARCH – KINNEAR RIVER 🚨", and a match's score line.)
  if (WARNING_HEADING.test(line) || SCORE_LINE.test(line) || (LEADING_PICTOGRAPHS.test(line) && TRAILING_PICTOGRAPHS.test(line))) return false;
  if (line.length > 3 * MAX_RUBRIC_CHARS || /[.!?:;,…]$/u.test(line)) return false;
  // (A search box or button among the sections, "[Найти в новостях...]", is not one of them.)
  const parts = line
    .split(/\s+[-—–]\s+|\s*[|·•]\s*|\s{3,}/u)
    .map((part) => part.trim())
    .filter((part) => part !== "" && !/^\[[^\]]{1,40}\]$/u.test(part));
  if (parts.length < 2 || parts.some((part) => part.split(/\s+/).length > 8)) return false;
  if (isCapitalsLabel(parts[0] ?? "")) return true;
  return parts.length >= 3 && parts.every((part) => /^\p{Lu}/u.test(part) && part.split(/\s+/).length <= 3);
}

/** A warning's heading in capitals, its level first ("RED WARNING - ICE JAM FLOODING", "⚠ SERVICE ALERT · Green Line…", «ШТОРМОВОЕ ПРЕДУПРЕЖДЕНИЕ»). */
const WARNING_HEADING = /^(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:(?:RED|AMBER|ORANGE|YELLOW|SERVICE|TRAVEL|TRAFFIC|NETWORK|SAFETY)\s+)?(?:WARNING|ALERT|ADVISORY)\s+[-–—:·]\s+\S|^(?:(?:КРАСН|ОРАНЖЕВ|Ж[ЕЁ]ЛТ)\p{Lu}+\s+(?:УРОВЕНЬ\s+)?)?(?:ШТОРМОВОЕ\s+)?ПРЕДУПРЕЖДЕНИЕ\s+[-–—:]\s+\S/u;

/**
 * A paper's motto under its name ("Independent student newspaper of Port Tillery State University since 1961",
 * «Общественно-политическая газета Приергенья с 1931 года»): what the paper is and since when, not a headline.
 */
const MASTHEAD_TAGLINE =
  /^[\p{L}'’ -]{0,60}(?<!\p{L})(?:newspaper|paper|weekly|daily|magazine|voice|газета|еженедельник|издание)(?!\p{L})[^.!?]{0,80}(?<!\p{L})(?:since|est\.|established|founded|с)\s+\d{4}(?:\s+г(?:ода|\.)?)?$/iu;

/**
 * Removes the mastheads and section bars the text opens with (see `isMastheadLine`): the paper's or
 * the channel's, whatever follows them, never a headline.
 */
function dropLeadingMastheads(lines: string[]): void {
  for (;;) {
    const first = lines.findIndex((line) => line !== "");
    // (A rule under the page's furniture goes with it.)
    if (first >= 0 && RULE_LINE.test(lines[first] ?? "")) {
      lines.splice(first, 1);
      continue;
    }
    if (first < 0 || !isMastheadLine(lines[first] ?? "") || !lines.some((line, i) => i > first && line !== "")) return;
    lines.splice(first, 1);
  }
}

/** Most label lines (a masthead, its sections, a kicker) above a plain headline. */
const MAX_LABELS_ABOVE_HEADLINE = 4;

/** Most lines of furniture above a Markdown headline. */
const MAX_LINES_ABOVE_HEADLINE = 6;

/**
 * A site's section named over the page's heading, of more words than a rubric («Заявления и комментарии Уполномоченного», "News and
 * statements from the Commissioner", "Press releases"): where the page stands, not its headline.
 */
const SECTION_LABEL =
  /^(?:заявления|новости|пресс-релизы|комментарии|сообщения|объявления|выступления|statements|news|press releases|media releases|announcements|comments)(?:\s+(?:и|and|&)\s+\p{L}+)?(?:\s+(?:from\s+)?(?:the\s+)?\p{L}+){0,3}$/iu;

/** Longest rubric line (characters) above a Markdown title: «Происшествия», "World | Europe". */
const MAX_RUBRIC_CHARS = 40;

/**
 * Removes a rubric above a Markdown title (one or two short lines of at most three words, without
 * a final stop, then `# …`): «Происшествия» is the section, not the headline.
 */
function dropRubric(lines: string[]): void {
  const firstLines = lines.map((line, i) => ({ line, i })).filter(({ line }) => line !== "").slice(0, MAX_LINES_ABOVE_HEADLINE + 1);
  // A page's furniture above its Markdown headline (a content note, the paper's name, a series, a
  // kicker): short lines, the "# " headline right after them.
  const headline = firstLines.findIndex(({ line }) => /^#\s+\S/u.test(line));
  // (A correction's note among them stays: it tells the facts.)
  const furniture = firstLines.slice(0, headline).filter(({ line }) => !CORRECTION_NOTE.test(line));
  if (headline >= 1 && furniture.every(({ line }) => line.length <= MAX_BOILERPLATE_CHARS)) {
    for (const { i } of furniture.reverse()) lines.splice(i, 1);
    return;
  }
  const filled = firstLines.slice(0, 3);
  const heading = filled.findIndex(({ line }) => /^#{1,6}\s+\S/u.test(line));
  if (heading === -1) {
    // Plain text: short labels above the headline — a section in capitals ("SEVERE WEATHER", "LIVE -
    // DEVELOPING STORY"), the paper's name, a kicker ("The Midland Examiner", "Tarnwell Marathon") —
    // when a longer line without a final stop follows them: the headline. A short headline has
    // the text right under it ("FERRY CAPSIZES OFF ISLAND" then "Nine people died.").
    const labels: number[] = [];
    for (const { line, i } of firstLines.slice(0, MAX_LABELS_ABOVE_HEADLINE + 1)) {
      // (A match's score line is a headline, however few its words: "BRACKWATER TOWN 2 – 1 KELSHAM ROVERS".)
      if (SCORE_LINE.test(line)) {
        for (const i of labels.reverse()) lines.splice(i, 1);
        break;
      }
      // (A rule between the labels and the headline goes with them.)
      if (isLabelLine(line) || isMastheadLine(line) || RULE_LINE.test(line)) {
        labels.push(i);
        continue;
      }
      // Under capitals labels any such line; under other labels a longer one (a kicker is short too).
      // (A document's field, its value aligned after a gap, "Date of service:  16 April 2036", is no headline.)
      const headline =
        line.length <= MAX_TITLE_CHARS && !/[.,;:…!?]$/u.test(line) && !isCapitalsLabel(line) && !/^\p{Lu}[\p{L} ]{1,30}:\s{2,}\S/u.test(line) && (line.split(/\s+/).length > 4 || labels.every((i) => isCapitalsLabel(lines[i] ?? "") || RULE_LINE.test(lines[i] ?? "")));
      if (headline) for (const i of labels.reverse()) lines.splice(i, 1);
      break;
    }
    return;
  }
  if (heading < 1) return;
  const rubric = filled.slice(0, heading);
  // «Происшествия», "World | Europe", «Происшествия · Ярославская область»: short parts between separators.
  const isRubric = ({ line }: { line: string }) =>
    line.length <= 2 * MAX_RUBRIC_CHARS && line.split(/\s*[|·•/>›»]\s*/u).every((part) => part !== "" && part.split(/\s+/).length <= 3 && part.length <= MAX_RUBRIC_CHARS && !/[.!?:;,…]$/u.test(part));
  if (!rubric.every((entry) => isRubric(entry) || isMastheadLine(entry.line) || SECTION_LABEL.test(entry.line))) return;
  for (const { i } of rubric.reverse()) lines.splice(i, 1);
}

// ---------------------------------------------------------------------------------------------
// Outlet

/** One word of a name: "NUR.KZ", "Khabar-24", "Новости" ("." and "-" only between letters or digits). */
const WORD_TAIL = String.raw`(?:[\p{L}\p{N}]|[.\-](?=[\p{L}\p{N}]))*`;
/** A name: up to three words, each starting with a capital letter or digit ("NUR.KZ", "РИА Новости"). */
const NAME = String.raw`[\p{Lu}\p{N}]${WORD_TAIL}(?:[ \u00A0][\p{Lu}\p{N}]${WORD_TAIL}){0,2}`;
const LATIN_NAME = String.raw`(?!The\b)[A-Z]${WORD_TAIL}(?: [A-Z\p{N}]${WORD_TAIL}){0,2}`;
const CAPS_NAME = String.raw`[\p{Lu}](?:[\p{Lu}\p{N}]|[.\-](?=[\p{Lu}\p{N}]))*(?: [\p{Lu}](?:[\p{Lu}\p{N}]|[.\-](?=[\p{Lu}\p{N}]))*){0,2}`;
const CITY = String.raw`[\p{Lu}][\p{Lu}\- ]{1,40}`;

/**
 * Ways an article names the outlet that wrote it (group 1 = outlet). Only phrases in which an
 * outlet speaks for itself count: "X reports" or "according to X" usually quote another source.
 */
const OUTLET_PATTERNS: RegExp[] = [
  // Datelines: "ALMATY. KAZINFORM – …", "MOSCOW, March 5 (Reuters) – …", "АСТАНА, 12 января. /ТАСС/."
  new RegExp(String.raw`^${CITY}\.\s+(${CAPS_NAME})\s+[–—-]\s`, "u"),
  new RegExp(String.raw`^${CITY},[^\n()]{1,30}\((${NAME})\)\s*[–—-]`, "u"),
  new RegExp(String.raw`^${CITY},[^\n/]{1,30}/(${NAME})/`, "u"),
  // «МОСКВА, 12 июн — РИА Новости. …»: the agency after the dash, closed by a full stop.
  new RegExp(String.raw`^${CITY},[^\n–—()/]{1,30}\s[–—]\s(${NAME})\.\s`, "u"),
  // «КРАСНОЯРСК, 2 марта. /Корр. ИА «Сибирь-Информ»/.»: a correspondent of the agency.
  new RegExp(String.raw`^${CITY},[^\n/]{1,30}/\s*(?:[Кк]орр\.\s*)?(?:ИА\s+|агентства\s+)?«(${NAME})»\s*/`, "u"),
  // Russian: "передает NUR.KZ", "сообщает корреспондент Tengrinews.kz", "пишет Vlast.kz со ссылкой на …"
  new RegExp(String.raw`(?:передает|передаёт|сообщает|пишет)\s+(?:корреспондент|собкор)\s+(${NAME})`, "u"),
  new RegExp(String.raw`(?:передает|передаёт)\s+(${NAME})`, "u"),
  new RegExp(String.raw`(?:сообщает|пишет|информирует)\s+(${NAME}),?\s+со ссылкой`, "u"),
  // English: "As a TASS correspondent reports", "Kazinform has learnt"
  new RegExp(String.raw`\b(?:[Aa]n?|[Tt]he)\s+(${LATIN_NAME})\s+(?:correspondent|reporter)s?\b`, "u"),
  new RegExp(String.raw`\b(${LATIN_NAME})\s+(?:has|have)\s+(?:learnt|learned)\b`, "u"),
];

/**
 * The outlet named by the text itself (the most often named one; the first on a tie; `fallback` when it is that name
 * in full), else `fallback` (a "Source: X" line), else the URL's host written as the text writes it
 * ("NUR.KZ" for nur.kz), else the bare host; null when nothing names it.
 */
function inferOutlet(text: string, fallback: string | null, url: string | null): string | null {
  const counts = new Map<string, { name: string; count: number; first: number }>();
  for (const pattern of OUTLET_PATTERNS) {
    const flags = pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`;
    for (const match of text.matchAll(new RegExp(pattern.source, flags))) {
      const name = (match[1] ?? "").replace(/[.,;:\-]+$/u, "").trim();
      if (name.length < 2) continue;
      const key = name.toLowerCase();
      const entry = counts.get(key);
      if (entry) entry.count += 1;
      else counts.set(key, { name, count: 1, first: match.index ?? 0 });
    }
  }
  const best = [...counts.values()].sort((a, b) => b.count - a.count || a.first - b.first)[0];
  // (A short name the text calls itself by, "The Courier has learned", gives way to the full name a line gave: "Port Aldwick Courier".)
  if (best && fallback?.toLowerCase().endsWith(` ${best.name.toLowerCase()}`)) return fallback;
  if (best) return spellingInText(text, best.name);
  if (fallback) return fallback;
  if (url) {
    const host = hostOf(url);
    if (host) return spellingInText(text, host, true);
  }
  return null;
}

/**
 * How the text itself writes `name`: an all-capitals dateline name ("KAZINFORM") or a host
 * ("nur.kz") is replaced by the first other spelling found in running text ("Kazinform", "NUR.KZ").
 */
function spellingInText(text: string, name: string, anyCase = false): string {
  if (!anyCase && name !== name.toUpperCase()) return name;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}./])${escaped}(?![\p{L}\p{N}/])`, "giu");
  for (const match of text.matchAll(pattern)) {
    if (match[0] !== name) return match[0];
  }
  return name;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}

/** Whether `line` is a stamp `pattern` gives the date of in its first group (the article's date, when it has none yet). */
function datedBy(pattern: RegExp, line: string, meta: { date?: string | null }): boolean {
  const stamp = pattern.exec(line);
  const date = stamp ? stampDate(stamp[1] ?? "") : null;
  if (date === null) return false;
  meta.date ??= date;
  return true;
}
