import { decodeArticleText } from "./decode.ts";
import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { AppError } from "../errors.ts";
import type { Article } from "./article.ts";
import { parseArticle } from "./clean.ts";

/** Largest article file that is read, in bytes (2 MB); news articles are a few kilobytes. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** File name endings that are read as articles (compared in lower case). */
export const ARTICLE_EXTENSIONS: readonly string[] = [".txt", ".md"];

/** A file in the seeds folder that was not used, and why (shown to the admin). */
export interface SkippedFile {
  file: string;
  reason: string;
}

/** What `loadCorpus` found: the usable articles (sorted by file name) and the files it skipped. */
export interface CorpusLoad {
  articles: Article[];
  skipped: SkippedFile[];
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
 * Reads every `.txt` and `.md` file directly in `dir` (not in subfolders; dotfiles and other
 * extensions are ignored), in file-name order, and cleans each into an `Article` whose `hash`
 * is the sha256 (hex) of the raw bytes. A file that cannot be used is listed in `skipped` with
 * the reason — empty, only whitespace, binary (NUL bytes), not UTF-8, larger than
 * `MAX_ARTICLE_BYTES`, unreadable, or nothing left after removing boilerplate — and never stops
 * the others. Throws `CorpusError` only when the folder itself cannot be read.
 */
export async function loadCorpus(dir: string): Promise<CorpusLoad> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw new CorpusError(dir, { cause: error });
  }
  const candidates = names
    .filter((name) => !name.startsWith(".") && ARTICLE_EXTENSIONS.includes(extname(name).toLowerCase()))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  const articles: Article[] = [];
  const skipped: SkippedFile[] = [];
  for (const name of candidates) {
    const result = await loadFile(join(dir, name), name);
    if ("reason" in result) {
      if (result.reason !== "") skipped.push(result);
    } else {
      articles.push(result);
    }
  }
  return { articles, skipped };
}

/** Reads and cleans one file; a `SkippedFile` says why it cannot be used (empty reason: not a file, ignore). */
async function loadFile(path: string, name: string): Promise<Article | SkippedFile> {
  const skip = (reason: string): SkippedFile => ({ file: name, reason });
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) return skip("");
    if (info.size > MAX_ARTICLE_BYTES) {
      return skip(`file too large: ${info.size} bytes, the limit is ${MAX_ARTICLE_BYTES} bytes (2 MB)`);
    }
    bytes = await readFile(path);
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
  return article;
}
