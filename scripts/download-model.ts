/**
 * `npm run model:download [-- --offline]`: makes sure the configured embedding model
 * (EMBEDDING_MODEL, default Xenova/multilingual-e5-small, dtype EMBEDDING_DTYPE) is in MODELS_DIR,
 * fetching it from MODEL_HOST (the Hugging Face hub, or a mirror with its layout) when missing —
 * the same code path `npm run index` and `npm start` use on first use. Afterwards everything runs
 * offline. Failures print one line (no stack trace) and exit with code 1.
 */
import "dotenv/config";
import { parseArgs } from "node:util";
import { parseConfig } from "../src/config.ts";
import { ModelUnavailableError } from "../src/embedding/model-unavailable-error.ts";
import { obtainEmbedder } from "../src/embedding/obtain-embedder.ts";
import { describeModelLocation } from "../src/embedding/transformers-embedder.ts";
import { downloadProgress } from "./lib/download-progress.ts";

async function main(): Promise<number> {
  let offline = false;
  try {
    offline = parseArgs({ options: { offline: { type: "boolean", default: false } } }).values.offline ?? false;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\nUsage: npm run model:download [-- --offline]`);
    return 2;
  }
  const { embedding } = parseConfig(process.env);
  const location = await describeModelLocation(embedding);
  const embedder = await obtainEmbedder(
    {
      model: embedding.model,
      modelsDir: embedding.modelsDir,
      allowRemote: embedding.allowRemote && !offline,
      remoteHost: embedding.remoteHost,
      dtype: embedding.dtype,
      queryPrefix: embedding.queryPrefix,
      passagePrefix: embedding.passagePrefix,
    },
    downloadProgress(process.stdout),
  );
  console.log(`Model "${embedding.model}" (${embedder.dimensions} dimensions, ${embedding.dtype}) is ready in ${location.folder}; everything now runs offline.`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof ModelUnavailableError ? `Could not get the model: ${error.message}` : error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    process.exitCode = 1;
  },
);
