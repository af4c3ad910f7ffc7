import { decodeArticleText, type TextProblem } from "./decode.ts";
import { randomBytes } from "node:crypto";
import { access, link, rename, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { AppError } from "../errors.ts";

/** Largest article file accepted from an upload, in bytes (1 MB). */
export const MAX_SEED_BYTES = 1_000_000;

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
 * Checks an uploaded file name and returns it unchanged when it is safe to use as a seed file name
 * (and so as a document id): a bare name (no folders), only `A-Z a-z 0-9 _ . -`, no leading dot,
 * ending in `.txt` or `.md`. Throws `UploadRejectedError` otherwise; the name is never "repaired",
 * so the document id is what the admin sent.
 */
export function checkSeedFileName(name: string): string {
  if (name.includes("/") || name.includes("\\") || !/^[\w.-]+$/.test(name) || name.startsWith(".") || name.length > 120) {
    throw new UploadRejectedError("name", `unsafe file name: ${JSON.stringify(name)}`);
  }
  if (!/\.(txt|md)$/i.test(name)) throw new UploadRejectedError("extension", `not a .txt/.md file: ${name}`);
  return name;
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

/** True when the seeds folder already holds a file called `name`. */
export async function seedExists(seedsDir: string, name: string): Promise<boolean> {
  try {
    await access(join(seedsDir, checkSeedFileName(name)));
    return true;
  } catch (error) {
    if (error instanceof UploadRejectedError) throw error;
    return false;
  }
}

/**
 * Saves an uploaded article into the seeds folder atomically (temp file in the same folder, then
 * rename), after `checkSeedFileName` and `decodeSeedText`. Refuses to replace an existing file unless
 * `overwrite` is set. Returns the saved path and whether a file was replaced.
 */
export async function saveSeed(
  seedsDir: string,
  name: string,
  bytes: Uint8Array,
  options: { overwrite?: boolean; maxBytes?: number } = {},
): Promise<{ path: string; replaced: boolean }> {
  const safeName = checkSeedFileName(name);
  decodeSeedText(bytes, options.maxBytes);
  const target = join(seedsDir, safeName);
  const replaced = await seedExists(seedsDir, safeName);
  if (replaced && !options.overwrite) throw new SeedExistsError(safeName);
  // The temp name starts with a dot so a concurrent corpus scan (which reads *.txt/*.md) skips it.
  const temp = join(seedsDir, `.${safeName}.${randomBytes(6).toString("hex")}.tmp`);
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
    if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new SeedExistsError(safeName);
    throw error;
  }
  return { path: target, replaced };
}
