/**
 * `npm run model:download`: fetches the configured embedding model (EMBEDDING_MODEL, default
 * Xenova/multilingual-e5-small, dtype EMBEDDING_DTYPE) into MODELS_DIR once, so that the bot,
 * the indexer and the tests run offline afterwards. Needs internet access to huggingface.co.
 * Failures print one line (no stack trace) and exit with code 1.
 */
import "dotenv/config";
import { parseConfig } from "../src/config.ts";
import { ModelUnavailableError } from "../src/embedding/model-unavailable-error.ts";
import { describeModelLocation, loadEmbedder } from "../src/embedding/transformers-embedder.ts";

async function main(): Promise<void> {
  const { embedding } = parseConfig(process.env);
  const location = await describeModelLocation(embedding);
  if (location.isFolderPath) {
    const embedder = await loadEmbedder({ ...embedding, allowRemote: false });
    console.log(`EMBEDDING_MODEL is the local folder ${location.folder} (${embedder.dimensions} dimensions); nothing to download.`);
    return;
  }
  console.log(`Downloading "${embedding.model}" (dtype ${embedding.dtype}) into ${location.folder} …`);

  const lastPercent = new Map<string, number>();
  const embedder = await loadEmbedder({
    ...embedding,
    allowRemote: true,
    onDownloadProgress: (file, loadedBytes, totalBytes) => {
      const percent = totalBytes > 0 ? Math.floor((loadedBytes / totalBytes) * 10) * 10 : 0;
      if (lastPercent.get(file) === percent) return;
      lastPercent.set(file, percent);
      console.log(`  ${file}: ${percent}% of ${(totalBytes / 1e6).toFixed(1)} MB`);
    },
  });

  console.log(`Model "${embedding.model}" (${embedder.dimensions} dimensions) is in ${location.folder}.`);
  console.log("Everything now runs offline; keep ALLOW_REMOTE_MODELS=false.");
}

main().catch((error: unknown) => {
  if (error instanceof ModelUnavailableError) {
    console.error(
      `Could not download "${error.model}" into ${error.searchedFolder}: ${describeCause(error.cause)}. ` +
        "Check that https://huggingface.co is reachable, or copy the model files there by hand, or set EMBEDDING_MODEL=/path/to/folder.",
    );
  } else {
    console.error(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  }
  process.exitCode = 1;
});

/** One line naming the failure, including the network error code (e.g. ENOTFOUND) when fetch hides it. */
function describeCause(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  const line = cause.message.split("\n", 1)[0] ?? "";
  const inner = cause.cause;
  const code = inner instanceof Error && "code" in inner && typeof inner.code === "string" ? inner.code : undefined;
  return code ? `${line} (${code})` : line;
}
