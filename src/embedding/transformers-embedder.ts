/**
 * The project's only door to `@huggingface/transformers`: loads a sentence-embedding model
 * (e.g. multilingual-e5-small) from the local models folder, or downloads it when `allowRemote`
 * is true (see `obtainEmbedder` for the download into models/), and wraps it as an `Embedder`.
 */
import { stat } from "node:fs/promises";
import path from "node:path";
import type { ProgressInfo } from "@huggingface/transformers";
import type { Embedder } from "./embedder.ts";
import { ModelUnavailableError } from "./model-unavailable-error.ts";

/** How to find and run the embedding model. */
export interface EmbedderOptions {
  /** Hub id such as "Xenova/multilingual-e5-small", or a local folder path (absolute or relative). */
  model: string;
  /** Folder with pre-downloaded models, e.g. "models"; downloads land there too. */
  modelsDir: string;
  /** Whether the model may be downloaded (from `remoteHost`). */
  allowRemote: boolean;
  /**
   * Server with the Hugging Face hub's URL layout (`<host>/<model id>/resolve/main/<file>`) that
   * downloads come from: the public hub, or a mirror. Default https://huggingface.co.
   */
  remoteHost?: string;
  /** A download that receives nothing for this long (connecting, or mid-file) is abandoned, in ms. Default 20 s. */
  stallTimeoutMs?: number;
  /** Weights variant: "q8" reads `onnx/model_quantized.onnx`, "fp32" reads `onnx/model.onnx`. */
  dtype: "q8" | "fp32";
  /** Put before every question, e.g. "query: " for E5 models. */
  queryPrefix: string;
  /** Put before every passage, e.g. "passage: " for E5 models. */
  passagePrefix: string;
  /** Passages per model call in `embedPassages`. Default 16. */
  batchSize?: number;
  /** Called while model files download (only happens with `allowRemote`): file name, bytes so far, total bytes. */
  onDownloadProgress?: (file: string, loadedBytes: number, totalBytes: number) => void;
}

/** Where a model is (or would be) on disk. */
export interface ModelLocation {
  /** What to hand to transformers.js: the hub id, or the absolute folder path. */
  modelRef: string;
  /** Absolute path of the folder holding (or expected to hold) config.json, tokenizer files and onnx/. */
  folder: string;
  /** Whether `model` was given as a folder path rather than a hub id. */
  isFolderPath: boolean;
}

const DEFAULT_BATCH_SIZE = 16;
/** The public model hub. */
export const DEFAULT_MODEL_HOST = "https://huggingface.co";
const DEFAULT_STALL_TIMEOUT_MS = 20_000;
const PROBE_TEXT = "dimension probe";

/**
 * Tells where the model's files are expected: an existing folder (or a path-looking string)
 * is used as is; anything else is a hub id looked up under `modelsDir`.
 */
export async function describeModelLocation(options: Pick<EmbedderOptions, "model" | "modelsDir">): Promise<ModelLocation> {
  const asPath = path.resolve(options.model);
  const looksLikePath = path.isAbsolute(options.model) || /^\.{1,2}([\\/]|$)/.test(options.model);
  if (looksLikePath || (await isDirectory(asPath))) {
    return { modelRef: asPath, folder: asPath, isFolderPath: true };
  }
  return { modelRef: options.model, folder: path.join(path.resolve(options.modelsDir), options.model), isFolderPath: false };
}

/**
 * Loads the model and measures its vector length with a probe text.
 * Throws `ModelUnavailableError` (never a raw library error) when it cannot be loaded.
 */
export async function loadEmbedder(options: EmbedderOptions): Promise<Embedder> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  const location = await describeModelLocation(options);
  const modelsDir = path.resolve(options.modelsDir);

  // Imported when a model is actually loaded: the library takes most of a second to import.
  const { env, pipeline } = await import("@huggingface/transformers");
  env.allowLocalModels = true;
  env.allowRemoteModels = options.allowRemote;
  env.localModelPath = modelsDir;
  env.cacheDir = modelsDir;
  env.remoteHost = `${(options.remoteHost ?? DEFAULT_MODEL_HOST).replace(/\/+$/, "")}/`;
  env.fetch = stallGuardedFetch(options.stallTimeoutMs ?? DEFAULT_STALL_TIMEOUT_MS);

  if (location.isFolderPath && !(await isDirectory(location.folder))) {
    throw unavailable(options, location, new Error(`folder ${location.folder} does not exist`));
  }

  let extract: (texts: string[]) => Promise<Float32Array[]>;
  let dimensions: number;
  try {
    const onDownloadProgress = options.onDownloadProgress;
    const extractor = await pipeline("feature-extraction", location.modelRef, {
      dtype: options.dtype,
      device: "cpu",
      ...(onDownloadProgress && {
        progress_callback: (info: ProgressInfo) => {
          if (info.status === "progress") onDownloadProgress(info.file, info.loaded, info.total);
        },
      }),
    });
    extract = async (texts) => {
      const output = await extractor(texts, { pooling: "mean", normalize: true });
      return splitRows(output.data, output.dims, texts.length);
    };
    const probe = await extract([PROBE_TEXT]);
    dimensions = probe[0]?.length ?? 0;
    if (dimensions === 0) throw new Error("the model returned an empty vector for a probe text");
  } catch (error) {
    throw unavailable(options, location, error);
  }

  return {
    modelId: options.model,
    dtype: options.dtype,
    dimensions,
    passagePrefix: options.passagePrefix,
    async embedPassages(texts, onProgress) {
      const vectors: Float32Array[] = [];
      for (let start = 0; start < texts.length; start += batchSize) {
        const batch = texts.slice(start, start + batchSize).map((text) => options.passagePrefix + text);
        vectors.push(...(await extract(batch)));
        onProgress?.(vectors.length, texts.length);
      }
      return vectors;
    },
    async embedQuery(text) {
      const [vector] = await extract([options.queryPrefix + text]);
      if (!vector) throw new Error("the model returned no vector for the query");
      return vector;
    },
  };
}

/**
 * `fetch` for model downloads that gives up on a server that stops sending: no answer within
 * `stallMs`, or no new bytes of a file for `stallMs`, aborts the request (so an unreachable or
 * stuck mirror fails in seconds, while a slow but moving download of a large file goes on).
 */
export function stallGuardedFetch(stallMs: number, base: typeof fetch = globalThis.fetch.bind(globalThis)): typeof fetch {
  return async (input, init) => {
    const controller = new AbortController();
    // Unref'd: a guard must never keep a finished command alive.
    const arm = (message: string) => setTimeout(() => controller.abort(new Error(message)), stallMs).unref();
    let timer = arm(`no answer within ${stallMs / 1000} s`);
    const rearm = () => {
      clearTimeout(timer);
      timer = arm(`the download stalled for ${stallMs / 1000} s`);
    };
    let response: Response;
    try {
      response = await base(input, { ...init, signal: controller.signal });
    } catch (error) {
      clearTimeout(timer);
      throw error;
    }
    // An error answer (a 404 for a model the mirror lacks) is not downloaded: nothing to guard.
    if (!response.body || !response.ok) {
      clearTimeout(timer);
      return response;
    }
    rearm();
    const reader = response.body.getReader();
    const body = new ReadableStream<Uint8Array>({
      async pull(stream) {
        try {
          const { done, value } = await reader.read();
          if (done) {
            clearTimeout(timer);
            stream.close();
            return;
          }
          rearm();
          stream.enqueue(value);
        } catch (error) {
          clearTimeout(timer);
          stream.error(error);
        }
      },
      cancel(reason) {
        clearTimeout(timer);
        return reader.cancel(reason);
      },
    });
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}

/** Copies each row of a [rows, dimensions] tensor out into its own Float32Array. */
function splitRows(data: ArrayLike<number | bigint | string | boolean>, dims: readonly number[], rows: number): Float32Array[] {
  const width = dims[dims.length - 1] ?? 0;
  if (dims.length !== 2 || dims[0] !== rows) {
    throw new Error(`expected pooled output of shape [${rows}, dimensions], got [${dims.join(", ")}]`);
  }
  const vectors: Float32Array[] = [];
  for (let row = 0; row < rows; row++) {
    const vector = new Float32Array(width);
    for (let column = 0; column < width; column++) vector[column] = Number(data[row * width + column]);
    vectors.push(vector);
  }
  return vectors;
}

/** Builds the one clear error a user sees, keeping the library's error as `cause`. */
function unavailable(options: EmbedderOptions, location: ModelLocation, cause: unknown): ModelUnavailableError {
  const reason = firstLine(cause instanceof Error ? cause.message : String(cause));
  const weightsFile = options.dtype === "q8" ? "onnx/model_quantized.onnx" : "onnx/model.onnx";
  const remedy =
    "Run `npm run model:download` once (needs internet), or set ALLOW_REMOTE_MODELS=true, " +
    "or set EMBEDDING_MODEL=/path/to/folder to a local model folder.";
  const where = location.isFolderPath
    ? `could not be loaded from the folder ${location.folder}`
    : options.allowRemote
      ? `could not be loaded from ${location.folder} nor downloaded from the Hugging Face hub`
      : `could not be loaded from ${location.folder} (downloads are off: ALLOW_REMOTE_MODELS=false)`;
  return new ModelUnavailableError(
    `Embedding model "${options.model}" ${where}; it needs config.json, tokenizer.json, tokenizer_config.json and ${weightsFile} (dtype ${options.dtype}). ` +
      `${remedy} Reason: ${reason}`,
    { model: options.model, searchedFolder: location.folder, cause },
  );
}

function firstLine(text: string): string {
  const line = text.split("\n", 1)[0] ?? "";
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}

async function isDirectory(folder: string): Promise<boolean> {
  try {
    return (await stat(folder)).isDirectory();
  } catch {
    return false;
  }
}
