import { decodeArticleText } from "./decode.ts";
import { createHash } from "node:crypto";
import { constants, lstatSync, type Stats } from "node:fs";
import { lstat, open, readdir } from "node:fs/promises";
import { extname, join } from "node:path";
import { AppError } from "../errors.ts";
import type { Article } from "./article.ts";
import { frontMatterProblems, parseArticle } from "./clean.ts";

/** Largest article file that is read, in bytes (2 MiB); news articles are a few kilobytes. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** File name endings that are read as articles (compared in lower case). */
export const ARTICLE_EXTENSIONS: readonly string[] = [".txt", ".md"];

/** Formats that hold articles but must be converted to text first (compared in lower case). */
const CONVERTIBLE_EXTENSIONS: readonly string[] = [".html", ".htm", ".pdf", ".docx", ".doc", ".rtf", ".odt", ".epub"];

/** A file in the seeds folder that was not used, and why (shown to the admin). */
export interface SkippedFile {
  file: string;
  reason: string;
}

/** Something to fix in a file that was still used (e.g. broken front matter); `line` is 1-based. */
export interface FileWarning {
  file: string;
  line: number;
  message: string;
}

/**
 * What `loadCorpus` found: the usable articles (sorted by file name), the entries it skipped and
 * the problems of files it used anyway.
 */
export interface CorpusLoad {
  articles: Article[];
  skipped: SkippedFile[];
  warnings: FileWarning[];
}

/** The seeds folder does not exist or cannot be read. */
export class CorpusError extends AppError {
  override name = "CorpusError";
  /** The folder that was asked for. */
  readonly dir: string;

  constructor(dir: string, options?: { cause?: unknown }) {
    super(`Cannot read the articles folder ${dir}`, "error.corpusEmpty", options);
    this.dir = dir;
  }
}

/**
 * Reads every `.txt` and `.md` file directly in `dir`, in file-name order, and cleans each into an
 * `Article` whose `hash` is the sha256 (hex) of the raw bytes. Every other entry is listed in
 * `skipped` with the reason (names starting with a dot are ignored silently):
 * - a symbolic link, wherever it points: links are never followed, so no file outside the folder
 *   (e.g. `/etc/passwd`) can be indexed, and none inside it twice;
 * - a subfolder: only the folder itself is read;
 * - `.html`, `.pdf`, `.docx`, …: to be converted to `.txt` or `.md`; any other extension;
 * - a `.txt`/`.md` file that is empty, only whitespace, binary (NUL bytes), UTF-16, not UTF-8,
 *   larger than `MAX_ARTICLE_BYTES`, unreadable, or has nothing left after removing boilerplate.
 * A file with broken front matter or an invalid date is still used (its metadata inferred from the
 * text) and listed in `warnings` with the line. Nothing stops the other files. Throws `CorpusError`
 * only when the folder itself cannot be read.
 */
export async function loadCorpus(dir: string): Promise<CorpusLoad> {
  const scan = await scanCorpus(dir);
  const loaded = await loadArticles(dir, scan.files.map((f) => f.name));
  const skipped = [...scan.skipped, ...loaded.skipped].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { articles: loaded.articles, skipped, warnings: loaded.warnings };
}

/** A candidate article file of the folder, as `lstat` sees it (not read yet). */
export interface CorpusFile {
  name: string;
  /** Bytes. */
  size: number;
  /** Last modification, in ms since the epoch. */
  mtimeMs: number;
}

/**
 * Lists the folder without reading any file: the `.txt` and `.md` regular files (in file-name
 * order), with size and modification time, and every other entry with the reason it is skipped
 * (see `loadCorpus`). Lets the indexer read only the files that changed since the last build.
 * Throws `CorpusError` when the folder itself cannot be read.
 */
export async function scanCorpus(dir: string): Promise<{ files: CorpusFile[]; skipped: SkippedFile[] }> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw new CorpusError(dir, { cause: error });
  }
  const visible = names.filter((name) => !name.startsWith(".")).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files: CorpusFile[] = [];
  const skipped: SkippedFile[] = [];
  // Synchronous lstat is several times cheaper than its promise form (a folder of 16,000 articles
  // in about 0.1 s); the event loop gets a turn between slices, so a bot keeps answering meanwhile.
  for (let at = 0; at < visible.length; at += SCAN_SLICE) {
    if (at > 0) await new Promise((resolveTurn) => setImmediate(resolveTurn));
    for (const name of visible.slice(at, at + SCAN_SLICE)) {
      let result: CorpusFile | SkippedFile;
      try {
        result = classifyStats(name, statsOf(lstatSync(join(dir, name))));
      } catch (error) {
        result = { file: name, reason: `cannot read the file: ${error instanceof Error ? error.message : String(error)}` };
      }
      if ("reason" in result) skipped.push(result);
      else files.push(result);
    }
  }
  return { files, skipped };
}

/** One entry of a folder listed elsewhere (a worker thread): what its `lstat` says, or why it could not be read. */
export type ListedEntry = ({ name: string } & EntryStats) | { name: string; error: string };

/**
 * `scanCorpus`'s result from a listing made elsewhere (`ask` lists a large folder in a worker
 * thread): the same rules, the same order. Entries whose names start with a dot are left out.
 */
export function classifyListing(entries: readonly ListedEntry[]): { files: CorpusFile[]; skipped: SkippedFile[] } {
  const files: CorpusFile[] = [];
  const skipped: SkippedFile[] = [];
  const visible = entries.filter((e) => !e.name.startsWith(".")).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of visible) {
    const result = "error" in entry ? { file: entry.name, reason: `cannot read the file: ${entry.error}` } : classifyStats(entry.name, entry);
    if ("reason" in result) skipped.push(result);
    else files.push(result);
  }
  return { files, skipped };
}

/** Files read concurrently by `loadArticles`. */
const READS_IN_FLIGHT = 16;

/** Reads and cleans the named files of the folder (see `loadCorpus` for what is skipped, and why). */
export async function loadArticles(dir: string, names: readonly string[]): Promise<CorpusLoad> {
  const articles: Article[] = [];
  const skipped: SkippedFile[] = [];
  const warnings: FileWarning[] = [];
  // A few files in flight at once: their reads overlap the cleaning of the others. Order is kept.
  for (let at = 0; at < names.length; at += READS_IN_FLIGHT) {
    const batch = names.slice(at, at + READS_IN_FLIGHT);
    const results = await Promise.all(batch.map((name) => loadEntry(join(dir, name), name)));
    for (const result of results) {
      if ("reason" in result) {
        skipped.push(result);
      } else {
        articles.push(result.article);
        warnings.push(...result.warnings);
      }
    }
  }
  return { articles, skipped, warnings };
}

const SYMLINK_REASON = "symbolic link: links are never followed (copy the file itself into the folder)";

/** Entries classified between two turns of the event loop by `scanCorpus`. */
const SCAN_SLICE = 2000;

/** What an entry is, by `lstat` alone: a candidate article file, or why it is skipped. */
async function classifyEntry(path: string, name: string): Promise<CorpusFile | SkippedFile> {
  try {
    return classifyStats(name, statsOf(await lstat(path)));
  } catch (error) {
    return { file: name, reason: `cannot read the file: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** What `scanCorpus` needs of an entry's `lstat`. */
export interface EntryStats {
  kind: "file" | "directory" | "symlink" | "other";
  size: number;
  mtimeMs: number;
}

function statsOf(stats: Stats): EntryStats {
  const kind = stats.isSymbolicLink() ? "symlink" : stats.isDirectory() ? "directory" : stats.isFile() ? "file" : "other";
  return { kind, size: stats.size, mtimeMs: stats.mtimeMs };
}

/** What an entry is, from its `lstat`. */
function classifyStats(name: string, entry: EntryStats): CorpusFile | SkippedFile {
  // No closures here: this runs once per entry of a folder of 170,000.
  const extension = extname(name).toLowerCase();
  if (entry.kind === "symlink") return { file: name, reason: SYMLINK_REASON };
  if (entry.kind === "directory") return { file: name, reason: "folder: subfolders are not read (move its articles into the folder itself)" };
  if (!ARTICLE_EXTENSIONS.includes(extension)) {
    const reason = CONVERTIBLE_EXTENSIONS.includes(extension) ? `a ${extension} file: convert it to .txt or .md` : "not an article: only .txt and .md files are read";
    return { file: name, reason };
  }
  if (entry.kind !== "file") return { file: name, reason: "not a regular file" };
  return { name, size: entry.size, mtimeMs: entry.mtimeMs };
}

/** Reads and cleans one entry of the folder, or says why it cannot be used. */
async function loadEntry(path: string, name: string): Promise<{ article: Article; warnings: FileWarning[] } | SkippedFile> {
  const skip = (reason: string): SkippedFile => ({ file: name, reason });
  let bytes: Buffer;
  try {
    const entry = await classifyEntry(path, name);
    if ("reason" in entry) return entry;
    const read = await readRegularFile(path);
    if (typeof read === "string") return skip(read);
    bytes = read;
  } catch (error) {
    return skip(`cannot read the file: ${error instanceof Error ? error.message : String(error)}`);
  }
  const decoded = decodeArticleText(bytes);
  if (!decoded.ok) return skip(decoded.reason);
  const raw = decoded.text;
  const hash = createHash("sha256").update(bytes).digest("hex");
  let article: Article;
  try {
    article = parseArticle(name, raw, hash);
  } catch (error) {
    return skip(`cannot be cleaned: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (article.text === "") return skip("no article text left after removing boilerplate");
  const warnings = frontMatterProblems(raw).map((p) => ({ file: name, line: p.line, message: p.message }));
  return { article, warnings };
}

/**
 * The bytes of a regular file, opened without following a link (should the entry have been
 * replaced by one since it was listed) and read up to `MAX_ARTICLE_BYTES`; or why not.
 */
async function readRegularFile(path: string): Promise<Buffer | string> {
  let handle;
  try {
    // O_NONBLOCK: a FIFO put in place meanwhile must not block the build.
    handle = await open(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ELOOP") return SYMLINK_REASON;
    throw error;
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return "not a regular file";
    const tooLarge = (size: number) => `file too large: ${size} bytes, the limit is ${MAX_ARTICLE_BYTES} bytes (2 MiB)`;
    if (info.size > MAX_ARTICLE_BYTES) return tooLarge(info.size);
    // Read until the end, or until past the limit (the file may have grown since stat).
    const chunks: Buffer[] = [];
    let length = 0;
    // The first read asks for one byte more than stat said: a short read is the end of the file.
    let want = info.size + 1;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(want, MAX_ARTICLE_BYTES + 1 - length) || 1);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, length);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      length += bytesRead;
      if (length > MAX_ARTICLE_BYTES) return tooLarge(length);
      if (bytesRead < chunk.length) break;
      want = 64 * 1024;
    }
    return Buffer.concat(chunks, length);
  } finally {
    await handle.close();
  }
}
