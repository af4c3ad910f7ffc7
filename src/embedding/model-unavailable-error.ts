import { AppError } from "../errors.ts";

/**
 * Raised when the embedding model cannot be loaded: not downloaded yet while running offline,
 * a broken model folder, or a failed download. The message names the model, the folder that
 * was searched (absolute path) and what to run; `cause` holds the library's original error.
 */
export class ModelUnavailableError extends AppError {
  override name = "ModelUnavailableError";
  /** The model id or folder that was asked for. */
  readonly model: string;
  /** Absolute path of the folder where the model files were expected. */
  readonly searchedFolder: string;

  constructor(message: string, details: { model: string; searchedFolder: string; cause?: unknown }) {
    super(message, "error.modelUnavailable", { cause: details.cause });
    this.model = details.model;
    this.searchedFolder = details.searchedFolder;
  }
}
