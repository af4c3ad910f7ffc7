import { decodeArticleText, type TextProblem } from "./decode.ts";
import { randomBytes } from "node:crypto";
import { link, readdir, rename, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createRequire } from "node:module";
import { AppError } from "../errors.ts";

// Loaded with `require`: imported as ESM, Node scans the CommonJS file for its export names first
// (tens of milliseconds of every process start).
const { transliterate } = createRequire(import.meta.url)("transliteration") as typeof import("transliteration");

/**
 * Largest article file accepted from an upload, in bytes (1 MB). The bot stops downloading at this
 * size and names it in its reply; it is below the indexer's own limit (`MAX_ARTICLE_BYTES`, 2 MiB).
 */
export const MAX_SEED_BYTES = 1_000_000;

/** Longest seed file name, in characters. */
const MAX_NAME_CHARS = 120;

/** Why an uploaded file was refused (the bot turns each into a localized sentence). */
export type UploadProblem = "name" | "extension" | "tooLarge" | TextProblem;

/** An uploaded file cannot become a seed article; `problem` says why. */
export class UploadRejectedError extends AppError {
  override name = "UploadRejectedError";
  readonly problem: UploadProblem;

  constructor(problem: UploadProblem, message: string) {
    super(message, "error.badFile");
    this.problem = problem;
  }
}

/** Raised when an article of that name is in the seeds folder and replacing it was not confirmed. */
export class SeedExistsError extends AppError {
  override name = "SeedExistsError";
  /** The file name that exists. */
  readonly fileName: string;

  constructor(fileName: string) {
    super(`seed ${fileName} exists; replacing it needs confirmation`, "error.badFile");
    this.fileName = fileName;
  }
}

/**
 * The seed file name (and so the document id) for an uploaded file's name. A name made of
 * `A-Z a-z 0-9 _ . -` is kept as it is; otherwise letters of other scripts are transliterated to
 * Latin and every other run of characters becomes `_` (`статья о сайгаках.txt` →
 * `statya_o_saygakah.txt`, `my article.txt` → `my_article.txt`). Throws `UploadRejectedError`:
 * `name` for a path (`/` or `\`), a leading dot, nothing usable left, or more than 120 characters;
 * `extension` unless it ends in `.txt` or `.md` (any case).
 */
export function safeSeedFileName(name: string): string {
  if (name.includes("/") || name.includes("\\") || name.startsWith(".") || name.trim() === "") {
    throw new UploadRejectedError("name", `unsafe file name: ${JSON.stringify(name)}`);
  }
  const extension = /\.(txt|md)$/i.exec(name)?.[0];
  if (extension === undefined) throw new UploadRejectedError("extension", `not a .txt/.md file: ${JSON.stringify(name)}`);
  const stem = name.slice(0, -extension.length);
  const safeStem = /^[\w.-]+$/.test(stem)
    ? stem
    : transliterate(stem.normalize("NFC"))
        .replace(/[^A-Za-z0-9_.-]+/g, "_")
        .replace(/^[_.-]+|[_.-]+$/g, "");
  const safe = `${safeStem}${extension}`;
  if (!/[A-Za-z0-9]/.test(safeStem) || safe.length > MAX_NAME_CHARS) {
    throw new UploadRejectedError("name", `no usable file name in ${JSON.stringify(name)}`);
  }
  return safe;
}

/**
 * Checks an uploaded file's bytes: at most `maxBytes`, valid UTF-8 and not blank.
 * Returns the decoded text (a leading BOM removed).
 */
export function decodeSeedText(bytes: Uint8Array, maxBytes: number = MAX_SEED_BYTES): string {
  if (bytes.length > maxBytes) throw new UploadRejectedError("tooLarge", `file has ${bytes.length} bytes, limit ${maxBytes}`);
  const decoded = decodeArticleText(bytes);
  if (!decoded.ok) throw new UploadRejectedError(decoded.problem, decoded.reason);
  return decoded.text;
}

/**
 * The name of the seed file that `name` would replace: one whose name is the same ignoring case
 * (`Report.TXT` and `report.txt` are one document to a person); null when there is none.
 */
export async function findSeed(seedsDir: string, name: string): Promise<string | null> {
  const wanted = name.toLowerCase();
  let names: string[];
  try {
    names = await readdir(seedsDir);
  } catch {
    return null;
  }
  return names.find((existing) => existing === name) ?? names.find((existing) => existing.toLowerCase() === wanted) ?? null;
}

/**
 * Saves an uploaded article into the seeds folder atomically (temp file in the same folder, then
 * rename), after `safeSeedFileName` and `decodeSeedText`. An existing article of the same name,
 * ignoring case, is replaced only when `overwrite` is set, and keeps its own name (so its document
 * id). Returns the saved path, its name and whether a file was replaced.
 */
export async function saveSeed(
  seedsDir: string,
  name: string,
  bytes: Uint8Array,
  options: { overwrite?: boolean; maxBytes?: number } = {},
): Promise<{ path: string; name: string; replaced: boolean }> {
  const safeName = safeSeedFileName(name);
  decodeSeedText(bytes, options.maxBytes);
  const existing = await findSeed(seedsDir, safeName);
  if (existing !== null && !options.overwrite) throw new SeedExistsError(existing);
  const savedName = existing ?? safeName;
  const target = join(seedsDir, savedName);
  // The temp name starts with a dot so a concurrent corpus scan (which skips dotfiles) ignores it.
  const temp = join(seedsDir, `.${savedName}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(temp, bytes, { flag: "wx" });
    if (options.overwrite) {
      await rename(temp, target);
    } else {
      // link() fails when the target appeared meanwhile: a file is never replaced unconfirmed.
      await link(temp, target);
      await unlink(temp);
    }
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new SeedExistsError(savedName);
    throw error;
  }
  return { path: target, name: savedName, replaced: existing !== null };
}
