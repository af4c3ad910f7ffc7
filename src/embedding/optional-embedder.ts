import type { Config } from "../config.ts";
import type { Embedder } from "./embedder.ts";
import { ModelUnavailableError } from "./model-unavailable-error.ts";
import { obtainEmbedder, type ObtainEvents } from "./obtain-embedder.ts";
import type { EmbedderOptions } from "./transformers-embedder.ts";

/** How `loadOptionalEmbedder` gets the model (`obtainEmbedder`, or a test's stand-in). */
export type ObtainModel = (options: EmbedderOptions, events?: ObtainEvents) => Promise<Embedder>;

/**
 * Gets the configured model through `obtainEmbedder` (loaded from `models/`, or fetched there on
 * first use when downloads are allowed), or returns null (lexical-only mode) after a warning when
 * it cannot be had: `warn` gets one line to print always, and the long explanation (why, what to
 * run) for a verbose mode or a log field. With `require` set, the `ModelUnavailableError` is thrown
 * instead. The next run tries again, so once the model can be fetched the index becomes hybrid.
 */
export async function loadOptionalEmbedder(
  settings: Config["embedding"],
  warn: (warning: string, details: string) => void,
  options: { events?: ObtainEvents; obtain?: ObtainModel } = {},
): Promise<Embedder | null> {
  const obtain = options.obtain ?? obtainEmbedder;
  try {
    return await obtain(
      {
        model: settings.model,
        modelsDir: settings.modelsDir,
        allowRemote: settings.allowRemote,
        remoteHost: settings.remoteHost,
        dtype: settings.dtype,
        queryPrefix: settings.queryPrefix,
        passagePrefix: settings.passagePrefix,
      },
      options.events,
    );
  } catch (error) {
    if (!(error instanceof ModelUnavailableError) || settings.require) throw error;
    const remedy = settings.allowRemote
      ? "it could not be downloaded; the next run tries again"
      : "downloads are off (ALLOW_REMOTE_MODELS=false or --offline); run `npm run model:download` once";
    warn(
      `WARNING: search is LEXICAL-ONLY (BM25): the embedding model "${settings.model}" is not available (${remedy}; see "The embedding model" in README.md).`,
      [
        error.message,
        "Answers still work; questions in one language about articles in the other are found less well.",
        "Set REQUIRE_MODEL=true (or pass --require-model) to make this an error instead.",
      ].join("\n"),
    );
    return null;
  }
}
