/**
 * A record copied from a news database's results (Nexis-style): the headline, the publication, the
 * date and edition, then the database's fields ("Section: NEWS; Pg. 3", "Length: 557 words",
 * "Byline: …", "Dateline: …", "Load-Date: …", "Language: ENGLISH", "Publication-Type: Newspaper"),
 * index terms with their percentages ("Subject: NOROVIRUS (94%); CRUISES (91%)") and "End of
 * Document". The fields are the database's metadata, not the article's words; the publication line
 * names the outlet.
 */

/** A field that only a news database's record carries: seeing several of them makes the text such a record. */
const RECORD_SIGNATURE =
  /^(?:length\s*:\s*\d[\d,]*\s+words|load-?date\s*:|publication-?type\s*:|document-?type\s*:|journal-?code\s*:|section\s*:|byline\s*:|dateline\s*:|end of document$)/iu;
/** Fewest distinct signature fields that make a record. */
const MIN_SIGNATURE_FIELDS = 3;
/** A record's metadata field (the standfirst's "Highlight:" is the article's words and is not one of them). */
const RECORD_FIELD =
  /^(?:section|length|byline|dateline|load-?date|language|publication-?type|document-?type|journal-?code|acc-?no|classification|series)\s*:/iu;
/** A line of index terms with their relevance ("Subject: NOROVIRUS (94%); CRUISES (91%)", "Geographic: …", "Company: …"). */
const INDEX_TERMS = /^[\p{L}][\p{L} -]{1,30}:\s*[^()]{1,80}\(\d{1,3}%\)/u;
/** An edition in brackets after the publication's name ("The Rhineland Courier (English Edition)"). */
const EDITION_NOTE = /\s*\([^()]*\bedition\)\s*$/iu;
/** Most lines between the start of the record and its publication's date line. */
const MAX_HEAD_LINES = 12;
/** Longest publication line (characters). */
const MAX_PUBLICATION_CHARS = 80;

/** A line as a record's field is recognised in: without Markdown emphasis markers. */
function fieldView(line: string): string {
  return line.replace(/\*\*|__/gu, "").replace(/^[*_]|[*_]$/gu, "").trim();
}

/**
 * When `lines` are a news database's record: the lines without its metadata fields and index
 * terms, the publication line (the line right above the first date line near the top, when it is
 * short and no sentence) taken out as the outlet ("The Rhineland Courier (English Edition)" → "The
 * Rhineland Courier"). Otherwise the lines unchanged and no outlet. `isDateLine` tells a line that
 * is only a date ("June 17, 2031 Tuesday"). Pure.
 */
export function readDatabaseRecord(lines: readonly string[], isDateLine: (line: string) => boolean): { lines: string[]; outlet: string | null } {
  const signatures = new Set(lines.map((line) => RECORD_SIGNATURE.exec(fieldView(line))?.[0]?.toLowerCase().replace(/\W.*$/u, "")).filter((found) => found !== undefined));
  if (signatures.size < MIN_SIGNATURE_FIELDS) return { lines: [...lines], outlet: null };
  const kept = lines.filter((line) => {
    const view = fieldView(line);
    return !(RECORD_FIELD.test(view) || INDEX_TERMS.test(view));
  });
  const filled = kept.map((line, i) => ({ line, i })).filter(({ line }) => line.trim() !== "");
  const dated = filled.slice(0, MAX_HEAD_LINES).findIndex(({ line }) => isDateLine(fieldView(line)));
  const above = dated > 0 ? filled[dated - 1] : undefined;
  if (above === undefined) return { lines: kept, outlet: null };
  const publication = fieldView(above.line);
  if (publication.startsWith("#") || publication.length > MAX_PUBLICATION_CHARS || /[.!?:;,…]$/u.test(publication)) return { lines: kept, outlet: null };
  return { lines: kept.filter((_, i) => i !== above.i), outlet: publication.replace(EDITION_NOTE, "") };
}
