import type { Lang } from "../corpus/article.ts";
import type { ManifestDocument, ManifestDocumentTable } from "./manifest.ts";

/**
 * The manifest's documents column-wise (format 3 of `manifest.json`; the encoding is described at
 * `ManifestDocumentTable`). Reading a million passages' manifest spends most of its time making
 * objects, so the columns are checked with plain type tests in the one loop that rebuilds the
 * documents, and only a failing entry is looked at again to say which column it is in.
 */

/** The columns, in the order they are written. */
export const DOCUMENT_COLUMNS = [
  "id",
  "hash",
  "size",
  "mtimeMs",
  "passages",
  "segment",
  "name",
  "title",
  "date",
  "outlet",
  "url",
  "lang",
] as const satisfies readonly (keyof ManifestDocumentTable)[];

type Column = (typeof DOCUMENT_COLUMNS)[number];

const isString = (value: unknown): value is string => typeof value === "string";
const isStringOrNull = (value: unknown): value is string | null => value === null || typeof value === "string";
const isSize = (value: unknown): value is number => typeof value === "number" && value >= 0;
const isNumber = (value: unknown): value is number => typeof value === "number";
const isCount = (value: unknown): value is number => typeof value === "number" && Number.isInteger(value) && value >= 0;
const isTitle = (value: unknown): value is string | null | 0 => value === 0 || value === null || typeof value === "string";
const isLang = (value: unknown): value is Lang => value === "en" || value === "ru";

/** What each column holds: its test, and how to name a value that fails it. */
const COLUMN_TYPES: Record<Column, { test: (value: unknown) => boolean; expected: string }> = {
  id: { test: isString, expected: "a string" },
  hash: { test: isString, expected: "a string" },
  size: { test: isSize, expected: "a number ≥ 0" },
  mtimeMs: { test: isNumber, expected: "a number" },
  passages: { test: isCount, expected: "an integer ≥ 0" },
  segment: { test: isCount, expected: "an integer ≥ 0" },
  name: { test: isString, expected: "a string" },
  title: { test: isTitle, expected: "a string, null or 0" },
  date: { test: isStringOrNull, expected: "a string or null" },
  outlet: { test: isStringOrNull, expected: "a string or null" },
  url: { test: isStringOrNull, expected: "a string or null" },
  lang: { test: isLang, expected: '"en" or "ru"' },
};

/** The documents as a column table, ready for `JSON.stringify` (titles equal to the name written as 0). Pure. */
export function toDocumentTable(documents: readonly ManifestDocument[]): ManifestDocumentTable {
  const table: ManifestDocumentTable = {
    id: [],
    hash: [],
    size: [],
    mtimeMs: [],
    passages: [],
    segment: [],
    name: [],
    title: [],
    date: [],
    outlet: [],
    url: [],
    lang: [],
  };
  for (const d of documents) {
    table.id.push(d.id);
    table.hash.push(d.hash);
    table.size.push(d.size);
    table.mtimeMs.push(d.mtimeMs);
    table.passages.push(d.passages);
    table.segment.push(d.segment);
    table.name.push(d.name);
    table.title.push(d.meta.title === d.name ? 0 : d.meta.title);
    table.date.push(d.meta.date);
    table.outlet.push(d.meta.outlet);
    table.url.push(d.meta.url);
    table.lang.push(d.meta.lang);
  }
  return table;
}

/**
 * The documents of a column table as parsed from JSON, checked as they are rebuilt: every column
 * an array, all of one length, every entry of its column's type. Returns `{ problem }` (what is
 * wrong, for an `IndexCorruptError`) otherwise. Pure.
 */
export function fromDocumentTable(table: unknown): { documents: ManifestDocument[] } | { problem: string } {
  if (typeof table !== "object" || table === null || Array.isArray(table)) return { problem: "its document table is not an object" };
  const raw = table as Record<string, unknown>;
  const columns = {} as Record<Column, readonly unknown[]>;
  for (const column of DOCUMENT_COLUMNS) {
    const values = raw[column];
    if (!Array.isArray(values)) return { problem: `column "${column}" of its document table is ${values === undefined ? "missing" : "not an array"}` };
    columns[column] = values;
  }
  const { id: ids, hash: hashes, size: sizes, mtimeMs: mtimes, passages: passageCounts, segment: segments, name: names } = columns;
  const { title: titles, date: dates, outlet: outlets, url: urls, lang: langs } = columns;
  const n = ids.length;
  for (const column of DOCUMENT_COLUMNS) {
    const length = columns[column].length;
    if (length !== n) return { problem: `column "${column}" of its document table has ${length} entries, column "id" ${n}` };
  }
  const documents: ManifestDocument[] = [];
  for (let i = 0; i < n; i++) {
    const id = ids[i];
    const hash = hashes[i];
    const size = sizes[i];
    const mtimeMs = mtimes[i];
    const passages = passageCounts[i];
    const segment = segments[i];
    const name = names[i];
    const title = titles[i];
    const date = dates[i];
    const outlet = outlets[i];
    const url = urls[i];
    const lang = langs[i];
    if (
      !isString(id) ||
      !isString(hash) ||
      !isSize(size) ||
      !isNumber(mtimeMs) ||
      !isCount(passages) ||
      !isCount(segment) ||
      !isString(name) ||
      !isTitle(title) ||
      !isStringOrNull(date) ||
      !isStringOrNull(outlet) ||
      !isStringOrNull(url) ||
      !isLang(lang)
    ) {
      return { problem: badEntry(columns, i) };
    }
    documents.push({ id, hash, size, mtimeMs, meta: { title: title === 0 ? name : title, date, outlet, url, lang }, name, passages, segment });
  }
  return { documents };
}

/**
 * The documents of a format-2 manifest (as objects, written before the column table), checked
 * field by field with the same tests as the columns; null when an entry has another shape. Pure.
 */
export function fromDocumentObjects(entries: readonly unknown[]): ManifestDocument[] | null {
  const documents: ManifestDocument[] = [];
  for (const entry of entries) {
    if (typeof entry !== "object" || entry === null) return null;
    const d = entry as Record<string, unknown>;
    const meta = d.meta as Record<string, unknown> | null | undefined;
    if (typeof meta !== "object" || meta === null) return null;
    const ok =
      isString(d.id) &&
      isString(d.hash) &&
      isSize(d.size) &&
      isNumber(d.mtimeMs) &&
      isString(d.name) &&
      isCount(d.passages) &&
      isCount(d.segment) &&
      isStringOrNull(meta.title) &&
      isStringOrNull(meta.date) &&
      isStringOrNull(meta.outlet) &&
      isStringOrNull(meta.url) &&
      isLang(meta.lang);
    if (!ok) return null;
    documents.push(entry as ManifestDocument);
  }
  return documents;
}

/** Says which column holds the bad entry `i`. */
function badEntry(columns: Record<Column, readonly unknown[]>, i: number): string {
  for (const column of DOCUMENT_COLUMNS) {
    const value = columns[column][i];
    const { test, expected } = COLUMN_TYPES[column];
    if (!test(value)) return `entry ${i} of column "${column}" of its document table is ${describe(value)}, not ${expected}`;
  }
  return `entry ${i} of its document table has an unexpected shape`;
}

/** A value for an error message, shortened. */
function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Whether two document lists hold the same documents in the same order, field by field. Pure. */
export function sameDocuments(a: readonly ManifestDocument[], b: readonly ManifestDocument[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined || y === undefined) return false;
    const same =
      x.id === y.id &&
      x.hash === y.hash &&
      x.size === y.size &&
      x.mtimeMs === y.mtimeMs &&
      x.name === y.name &&
      x.passages === y.passages &&
      x.segment === y.segment &&
      x.meta.title === y.meta.title &&
      x.meta.date === y.meta.date &&
      x.meta.outlet === y.meta.outlet &&
      x.meta.url === y.meta.url &&
      x.meta.lang === y.meta.lang;
    if (!same) return false;
  }
  return true;
}
