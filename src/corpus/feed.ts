import { decodeHTML, decodeXML } from "entities";
import { normalizeDate } from "./dates.ts";

/**
 * One story read out of a syndication feed (RSS 2.0 or Atom) saved as a file: its headline, address,
 * date and body as plain text, and the feed's own name. Fields the feed does not give are null.
 */
export interface FeedItem {
  title: string | null;
  url: string | null;
  /** `YYYY-MM-DD`, as the feed writes the day (no shift to UTC). */
  date: string | null;
  /** The channel's (RSS) or feed's (Atom) title without its tagline («Вестник» — новости района → Вестник). */
  outlet: string | null;
  /** Paragraphs separated by a blank line. */
  body: string;
}

/** The opening of an XML syndication feed: a declaration, `<rss`, `<rdf:RDF` or `<feed`. */
const FEED_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|rdf:RDF|feed)\b/u;
/** One story of a feed: RSS `<item>`, Atom `<entry>`. */
const ITEM = /<(item|entry)\b[^>]*>([\s\S]*?)<\/\1>/gu;
/** Blocks inside an item that list other stories («<yandex:related>», "<related>"): not this story's parts. */
const NESTED_LISTS = /<([\w:]*related)\b[^>]*>[\s\S]*?<\/\1>/gu;
/** Elements that hold a story's full text, best first (Yandex's full text, RSS `content:encoded`, Atom `content`). */
const FULL_TEXT_ELEMENTS = ["yandex:full-text", "turbo:content", "content:encoded", "content"];
/** Elements that hold a story's summary (RSS `description`, Atom `summary`). */
const SUMMARY_ELEMENTS = ["description", "summary", "dc:description"];
/** Elements that date a story, best first. */
const DATE_ELEMENTS = ["pubDate", "published", "dc:date", "updated", "lastBuildDate"];
/** HTML elements whose text is not the story's (scripts, styles, a figure and its caption). */
const HIDDEN_HTML = /<(script|style|figure|figcaption|noscript)\b[^>]*>[\s\S]*?<\/\1>/giu;
/** HTML tags that end a block (a paragraph, a heading, a list item, a quotation, a table row). */
const BLOCK_TAG = /<\/?(?:p|div|h[1-6]|li|ul|ol|blockquote|section|article|header|footer|tr|table|pre|hr)\b[^>]*>/giu;
const LINE_BREAK_TAG = /<br\s*\/?>/giu;
const ANY_TAG = /<[^>]+>/gu;
/** A tagline after a feed's name («Вестник» — новости района, "The Courier | Local news"). */
const TAGLINE = /\s+(?:[—–-]|\||·|:)\s+.*$/u;

/**
 * The story of a syndication feed, or null when `text` is not an RSS 2.0, RSS 1.0 or Atom feed.
 * Pure.
 *
 * A feed for news aggregators carries the story in one item: its `<title>` is the headline, `<link>`
 * (Atom: `<link href>`, the `alternate` one first) the address, `<pubDate>` (Atom: `<published>`,
 * else `<updated>`) the date, and the body is the full text (`<yandex:full-text>`,
 * `<content:encoded>`, Atom `<content>`), else the summary (`<description>`, `<summary>`); a summary
 * that the full text does not already open with is its standfirst and goes first. CDATA, entities
 * and HTML tags are undone. The author, categories, enclosures and their captions
 * (`<media:description>`) are no body text; the channel's header and the related links are
 * furniture.
 *
 * A file with several items is read as its first item that has a body: feeds list the newest story
 * first, a file dropped in as one article is saved for one story, and joining the items would mix
 * stories into one article (each should be a file of its own).
 */
export function readFeed(text: string): FeedItem | null {
  if (!FEED_START.test(text)) return null;
  const items = [...text.matchAll(ITEM)].map((match) => (match[2] ?? "").replace(NESTED_LISTS, ""));
  const withBody = items.map((item) => ({ item, body: itemBody(item) })).find(({ body }) => body !== "");
  if (withBody === undefined) return null;
  const { item, body } = withBody;
  const head = text.slice(0, Math.max(0, text.search(/<(?:item|entry)\b/u)));
  const channelTitle = elementText(head, ["title"]);
  return {
    title: elementText(item, ["title"]),
    url: itemLink(item),
    date: normalizeDate(elementText(item, DATE_ELEMENTS)),
    outlet: channelTitle === null ? null : unquotedName(channelTitle.replace(TAGLINE, "")),
    body,
  };
}

/** An item's body: its full text, with its summary first when the full text does not open with it. */
function itemBody(item: string): string {
  const full = elementHtml(item, FULL_TEXT_ELEMENTS);
  const summary = elementHtml(item, SUMMARY_ELEMENTS);
  const fullText = full === null ? "" : htmlToText(full);
  const summaryText = summary === null ? "" : htmlToText(summary);
  if (fullText === "") return summaryText;
  // (A summary cut short, "Пожар потушили к утру…", or ending where the text's first sentence goes on, opens it too.)
  const opening = summaryText.replace(/(?:\.\.\.|[.…!?])$/u, "").trim();
  if (opening === "" || squeezed(fullText).startsWith(squeezed(opening))) return fullText;
  return `${summaryText}\n\n${fullText}`;
}

/** Text with its whitespace runs as single spaces, for comparing a summary with a full text. */
function squeezed(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

/** The markup inside the first of the named elements that has any (CDATA unwrapped, XML entities decoded), or null. */
function elementHtml(xml: string, names: readonly string[]): string | null {
  for (const name of names) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
    const match = new RegExp(String.raw`<${escaped}(?:\s[^>]*)?>([\s\S]*?)</${escaped}>`, "u").exec(xml);
    const inner = match?.[1]?.trim();
    if (inner === undefined || inner === "") continue;
    const cdata = /^<!\[CDATA\[([\s\S]*)\]\]>$/u.exec(inner);
    return cdata ? (cdata[1] ?? "") : decodeXML(inner);
  }
  return null;
}

/** The plain text of the first of the named elements that has any, on one line; null when none has. */
function elementText(xml: string, names: readonly string[]): string | null {
  const html = elementHtml(xml, names);
  if (html === null) return null;
  const text = decodeHTML(html.replace(ANY_TAG, " ")).replace(/\s+/gu, " ").trim();
  return text === "" ? null : text;
}

/** An item's address: RSS `<link>URL</link>`, Atom `<link rel="alternate" href="URL"/>` (or the first `<link href>`), else a permalink `<guid>`. */
function itemLink(item: string): string | null {
  const rss = /<link>\s*(?:<!\[CDATA\[)?\s*(https?:\/\/[^\s<\]]+)/u.exec(item)?.[1];
  if (rss !== undefined) return decodeXML(rss);
  const links = [...item.matchAll(/<link\b([^>]*)\/?>/gu)].map((match) => match[1] ?? "");
  const atom = links.find((attributes) => /\brel=["']alternate["']/u.test(attributes)) ?? links.find((attributes) => !/\brel=/u.test(attributes));
  const href = atom === undefined ? undefined : /\bhref=["']([^"']+)["']/u.exec(atom)?.[1];
  if (href !== undefined) return decodeXML(href);
  const guid = /<guid(?![^>]*isPermaLink=["']false["'])[^>]*>\s*(https?:\/\/[^\s<]+)\s*<\/guid>/u.exec(item)?.[1];
  return guid === undefined ? null : decodeXML(guid);
}

/**
 * HTML as plain text: blocks (paragraphs, headings, list items, quotations, rows) and line breaks
 * become lines, blocks are separated by a blank line, other tags go, entities are decoded, every
 * line is trimmed. Figures and their captions, scripts and styles go with their contents.
 */
export function htmlToText(html: string): string {
  return decodeHTML(html.replace(HIDDEN_HTML, "").replace(LINE_BREAK_TAG, "\n").replace(BLOCK_TAG, "\n\n").replace(ANY_TAG, ""))
    .split("\n")
    .map((line) => line.replace(/[ \t]+/gu, " ").trim())
    .join("\n")
    .replace(/\n{3,}/gu, "\n\n")
    .trim();
}

/** A name without the quotation marks around it («Угреславский вестник» → Угреславский вестник). */
function unquotedName(name: string): string | null {
  const trimmed = name.trim();
  const match = /^[«"“„](.+)[»"”“]$/u.exec(trimmed);
  const bare = (match ? (match[1] ?? trimmed) : trimmed).trim();
  return bare === "" ? null : bare;
}
