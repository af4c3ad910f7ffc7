import type { Config } from "../config.ts";
import type { Embedder } from "./embedder.ts";
import { ModelUnavailableError } from "./model-unavailable-error.ts";
import type { EmbedderOptions } from "./transformers-embedder.ts";

/**
 * Loads the configured model with `load` (the caller's `loadEmbedder`), or returns null
 * (lexical-only mode) after a warning when it cannot be loaded: `warn` gets one line to print
 * always, and the long explanation (why, what to run) for a verbose mode or a log field. With
 * `require` set, the `ModelUnavailableError` is thrown instead.
 */
export async function loadOptionalEmbedder(
  settings: Config["embedding"],
  load: (options: EmbedderOptions) => Promise<Embedder>,
  warn: (warning: string, details: string) => void,
): Promise<Embedder | null> {
  try {
    return await load({
      model: settings.model,
      modelsDir: settings.modelsDir,
      allowRemote: settings.allowRemote,
      dtype: settings.dtype,
      queryPrefix: settings.queryPrefix,
      passagePrefix: settings.passagePrefix,
    });
  } catch (error) {
    if (!(error instanceof ModelUnavailableError) || settings.require) throw error;
    warn(
      `WARNING: search is LEXICAL-ONLY (BM25): the embedding model "${settings.model}" is not available (run \`npm run model:download\` once; see "The embedding model" in README.md).`,
      [
        error.message,
        "Answers still work; questions in one language about articles in the other are found less well.",
        "Set REQUIRE_MODEL=true (or pass --require-model) to make this an error instead.",
      ].join("\n"),
    );
    return null;
  }
}
