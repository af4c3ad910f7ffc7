import { randomBytes } from "node:crypto";
import { access, mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import type { Embedder } from "./embedder.ts";
import { ModelUnavailableError } from "./model-unavailable-error.ts";
import { DEFAULT_MODEL_HOST, describeModelLocation, loadEmbedder, type EmbedderOptions } from "./transformers-embedder.ts";

/** The files a model folder must hold to count as a model (the weights file depends on the dtype). */
export function requiredModelFiles(dtype: EmbedderOptions["dtype"]): string[] {
  return ["config.json", "tokenizer.json", "tokenizer_config.json", dtype === "q8" ? "onnx/model_quantized.onnx" : "onnx/model.onnx"];
}

/** Whether `folder` holds every file of a model for `dtype`. */
export async function hasCompleteModel(folder: string, dtype: EmbedderOptions["dtype"]): Promise<boolean> {
  for (const file of requiredModelFiles(dtype)) {
    try {
      await access(path.join(folder, file));
    } catch {
      return false;
    }
  }
  return true;
}

/** Where `obtainEmbedder` reports what it does. */
export interface ObtainEvents {
  /** A download starts (model id, the server it comes from). */
  onDownloadStart?(model: string, host: string): void;
  /** Bytes of one file so far, and its size (0 when the server does not say). */
  onDownloadProgress?(file: string, loadedBytes: number, totalBytes: number): void;
  /** The model is in place under `folder`. */
  onDownloaded?(model: string, folder: string): void;
}

/**
 * The one way the indexer, the bot, `ask` and `npm run model:download` get the embedding model:
 * - a local folder (`EMBEDDING_MODEL=/path`) is loaded as it is;
 * - a hub id already complete under `modelsDir` is loaded offline;
 * - otherwise, when `allowRemote` is set, it is downloaded from `remoteHost` (the hub, or a mirror
 *   with its layout) into a temporary folder inside `modelsDir` and renamed into place only when
 *   every file has arrived and the model loads, so a partial download never counts as a model.
 * Throws `ModelUnavailableError` when the model is missing and downloads are off, or the download
 * fails (a stalled or unreachable server gives up within `stallTimeoutMs`).
 */
export async function obtainEmbedder(
  options: EmbedderOptions,
  events: ObtainEvents = {},
  load: (options: EmbedderOptions) => Promise<Embedder> = loadEmbedder,
): Promise<Embedder> {
  const location = await describeModelLocation(options);
  if (location.isFolderPath || (await hasCompleteModel(location.folder, options.dtype))) return load({ ...options, allowRemote: false });
  if (!options.allowRemote) {
    throw new ModelUnavailableError(
      `Embedding model "${options.model}" is not in ${location.folder} (downloads are off: ALLOW_REMOTE_MODELS=false or --offline); ` +
        `it needs ${requiredModelFiles(options.dtype).join(", ")}. Run \`npm run model:download\` once (needs internet), or set EMBEDDING_MODEL=/path/to/folder to a local model folder.`,
      { model: options.model, searchedFolder: location.folder },
    );
  }
  const modelsDir = path.resolve(options.modelsDir);
  const scratch = path.join(modelsDir, `.download-${process.pid}-${randomBytes(4).toString("hex")}`);
  await mkdir(scratch, { recursive: true });
  try {
    const host = options.remoteHost ?? DEFAULT_MODEL_HOST;
    events.onDownloadStart?.(options.model, host);
    const embedder = await load({
      ...options,
      modelsDir: scratch,
      allowRemote: true,
      ...(events.onDownloadProgress ? { onDownloadProgress: events.onDownloadProgress } : {}),
    }).catch((error: unknown) => {
      const reason = error instanceof ModelUnavailableError && error.cause instanceof Error ? error.cause.message : String(error);
      throw new ModelUnavailableError(
        `Embedding model "${options.model}" is not in ${location.folder} and could not be downloaded from ${host}: ${reason.split("\n", 1)[0]}`,
        { model: options.model, searchedFolder: location.folder, cause: error },
      );
    });
    const downloaded = path.join(scratch, options.model);
    if (!(await hasCompleteModel(downloaded, options.dtype))) {
      throw new ModelUnavailableError(`The download of "${options.model}" finished without all of ${requiredModelFiles(options.dtype).join(", ")}.`, {
        model: options.model,
        searchedFolder: location.folder,
      });
    }
    await mkdir(path.dirname(location.folder), { recursive: true });
    try {
      await rename(downloaded, location.folder);
    } catch (error) {
      // Another process put the model there meanwhile: keep theirs.
      if (!(await hasCompleteModel(location.folder, options.dtype))) throw error;
    }
    events.onDownloaded?.(options.model, location.folder);
    return embedder;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
