import { defineConfig } from "vitest/config";

export const config = defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Tests never reach the network: no model download (the tiny model is generated locally, and the
    // tests of the download path serve it from their own local mirror), even on a machine online.
    env: { ALLOW_REMOTE_MODELS: "false", MODEL_HOST: "http://127.0.0.1:9" },
  },
});

// Vitest needs a default export from its config file; this is the one exception to the rule.
export default config;
