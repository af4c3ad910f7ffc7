import type { Config } from "../config.ts";
import type { Embedder } from "./embedder.ts";
import { ModelUnavailableError } from "./model-unavailable-error.ts";
import type { EmbedderOptions } from "./transformers-embedder.ts";

/**
 * Loads the configured model with `load` (the caller's `loadEmbedder`), or returns null
 * (lexical-only mode) after a loud warning when it cannot be loaded. With `require` set,
 * the `ModelUnavailableError` is thrown instead.
 */
export async function loadOptionalEmbedder(
  settings: Config["embedding"],
  load: (options: EmbedderOptions) => Promise<Embedder>,
  warn: (message: string) => void,
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
      [
        "WARNING: the embedding model is not available, so search falls back to LEXICAL-ONLY mode (BM25).",
        `  ${error.message.split("\n").join("\n  ")}`,
        "  Answers still work; questions in one language about articles in the other are found less well.",
        "  Set REQUIRE_MODEL=true (or pass --require-model) to make this an error instead.",
      ].join("\n"),
    );
    return null;
  }
}
