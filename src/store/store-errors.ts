import { AppError } from "../errors.ts";

/** The database file cannot be created or opened (a folder that cannot be made, no permission, a full disk). */
export class DatabaseOpenError extends AppError {
  override name = "DatabaseOpenError";
  /** The database file that was asked for. */
  readonly path: string;

  constructor(path: string, reason: string, options?: { cause?: unknown }) {
    super(`cannot open the database ${path}: ${reason}`, "error.generic", options);
    this.path = path;
  }
}

/**
 * The database was written by a newer version of the bot (its schema version is above the newest this
 * version knows). It is left as it is, never moved aside: it is not damaged, and a newer bot can use it.
 */
export class DatabaseVersionError extends AppError {
  override name = "DatabaseVersionError";
  readonly path: string;
  /** The schema version found in the file. */
  readonly found: number;
  /** The newest schema version this version of the bot knows. */
  readonly known: number;

  constructor(path: string, found: number, known: number) {
    super(
      `the database ${path} has schema version ${found}, but this version of the bot knows versions up to ${known}: run a newer version, or move the file away to start afresh`,
      "error.generic",
    );
    this.path = path;
    this.found = found;
    this.known = known;
  }
}
