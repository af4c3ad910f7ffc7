import { describe, expect, it } from "vitest";
import { DOCUMENT_COLUMNS, fromDocumentTable, sameDocuments, toDocumentTable } from "../../src/index/document-table.ts";
import type { ManifestDocument } from "../../src/index/manifest.ts";

const DOCUMENTS: ManifestDocument[] = [
  {
    id: "000_en.txt",
    hash: "a".repeat(64),
    size: 2164,
    mtimeMs: 1795673144877.524,
    meta: { title: "Crocus City Hall", date: "2024-03-23", outlet: "Kazinform", url: "https://example.org/a", lang: "en" },
    name: "Crocus City Hall",
    passages: 5,
    segment: 0,
  },
  {
    id: "001_ru.txt",
    hash: "b".repeat(64),
    size: 0,
    mtimeMs: 0,
    meta: { title: null, date: null, outlet: "NUR.KZ", url: null, lang: "ru" },
    name: "NUR.KZ, 24 марта 2024",
    passages: 0,
    segment: 2,
  },
  {
    id: "002_ru.txt",
    hash: "c".repeat(64),
    size: 4026,
    mtimeMs: 1795673144881.5,
    meta: { title: "«Ёлочки»\u00a0и ё: всё в порядке", date: "2024-03-24", outlet: null, url: "https://example.org/ру", lang: "ru" },
    name: "В Дагестане объявлен режим КТО",
    passages: 3,
    segment: 1,
  },
];

describe("toDocumentTable / fromDocumentTable", () => {
  it("round-trips through JSON, writing a title equal to the name as 0", () => {
    const table = toDocumentTable(DOCUMENTS);
    expect(Object.keys(table)).toEqual([...DOCUMENT_COLUMNS]);
    expect(table.title).toEqual([0, null, "«Ёлочки»\u00a0и ё: всё в порядке"]);
    const read = fromDocumentTable(JSON.parse(JSON.stringify(table)));
    expect(read).toEqual({ documents: DOCUMENTS });
    expect(fromDocumentTable(toDocumentTable([]))).toEqual({ documents: [] });
  });

  it("says which column is too short or holds a value of the wrong type", () => {
    const table = (): Record<string, unknown[]> => JSON.parse(JSON.stringify(toDocumentTable(DOCUMENTS))) as Record<string, unknown[]>;
    const short = table();
    short.segment?.pop();
    expect(fromDocumentTable(short)).toEqual({ problem: 'column "segment" of its document table has 2 entries, column "id" 3' });
    const wrong = table();
    wrong.mtimeMs![2] = "yesterday";
    expect(fromDocumentTable(wrong)).toEqual({ problem: 'entry 2 of column "mtimeMs" of its document table is "yesterday", not a number' });
    const long = table();
    long.outlet![0] = ["x".repeat(500)];
    expect(fromDocumentTable(long)).toEqual({ problem: `entry 0 of column "outlet" of its document table is ["${"x".repeat(55)}..., not a string or null` });
  });
});

describe("sameDocuments", () => {
  it("compares every field, meta included", () => {
    expect(sameDocuments(DOCUMENTS, structuredClone(DOCUMENTS))).toBe(true);
    expect(sameDocuments(DOCUMENTS, DOCUMENTS.slice(1))).toBe(false);
    const other = structuredClone(DOCUMENTS);
    other[1]!.meta.url = "https://example.org/b";
    expect(sameDocuments(DOCUMENTS, other)).toBe(false);
  });
});
