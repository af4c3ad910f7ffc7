import { AppError } from "../errors.ts";

/** Fetching an uploaded file from Telegram failed (no file path, or an HTTP error); the user sees the generic error. */
export class DownloadError extends AppError {
  override name = "DownloadError";

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, "error.generic", options);
  }
}
