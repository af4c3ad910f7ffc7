import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig, requireBotToken } from "../src/config.ts";

const TOKEN = "123456789:AAEhBOweik6ad9r_QXMENQjcrGbqCr4K-9k";

describe("parseConfig", () => {
  it("gives working defaults for an empty environment (the CLI needs no token)", () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      seedsDir: "seeds",
      embeddingsDir: "embeddings",
      embedding: { model: "Xenova/multilingual-e5-small", modelsDir: "models", allowRemote: true, remoteHost: "https://huggingface.co", require: false, dtype: "q8" },
      telegram: { token: undefined, adminIds: [], apiRoot: undefined, webhook: undefined, rateLimitPerMinute: 20 },
    });
  });

  it("reads admin ids, the API root, webhook mode and flags", () => {
    const config = parseConfig({
      TELEGRAM_BOT_TOKEN: TOKEN,
      ADMIN_IDS: " 12345, 67890 ",
      TELEGRAM_API_ROOT: "http://127.0.0.1:8081",
      WEBHOOK_URL: "https://bot.example.org/hook",
      WEBHOOK_PORT: "8443",
      WEBHOOK_SECRET: "s3cret_token",
      REQUIRE_MODEL: "true",
      ALLOW_REMOTE_MODELS: "1",
    });
    expect(config.telegram.adminIds).toEqual([12345, 67890]);
    expect(config.telegram.apiRoot).toBe("http://127.0.0.1:8081");
    expect(config.telegram.webhook).toEqual({ url: "https://bot.example.org/hook", host: "127.0.0.1", port: 8443, secret: "s3cret_token" });
    expect(config.embedding.require).toBe(true);
    expect(config.embedding.allowRemote).toBe(true);
    expect(requireBotToken(config)).toBe(TOKEN);
  });

  it("allows model downloads unless switched off, from the hub or the MODEL_HOST mirror", () => {
    expect(parseConfig({ ALLOW_REMOTE_MODELS: "false" }).embedding.allowRemote).toBe(false);
    expect(parseConfig({ ALLOW_REMOTE_MODELS: "" }).embedding.allowRemote).toBe(true);
    expect(parseConfig({ MODEL_HOST: "http://127.0.0.1:8080" }).embedding.remoteHost).toBe("http://127.0.0.1:8080");
  });

  it("listens for webhooks on all interfaces only when asked", () => {
    expect(parseConfig({ WEBHOOK_URL: "https://bot.example.org/hook", WEBHOOK_HOST: "0.0.0.0" }).telegram.webhook?.host).toBe("0.0.0.0");
    expect(parseConfig({ WEBHOOK_URL: "https://bot.example.org/hook" }).telegram.webhook).toMatchObject({ host: "127.0.0.1", secret: undefined });
  });

  it.each([
    [{ WEBHOOK_HOST: "localhost; rm -rf /" }, "WEBHOOK_HOST"],
    [{ MODEL_HOST: "mirror.local" }, "MODEL_HOST"],
    [{ TELEGRAM_BOT_TOKEN: "not-a-token" }, "TELEGRAM_BOT_TOKEN"],
    [{ ADMIN_IDS: "alice,bob" }, "ADMIN_IDS"],
    [{ TELEGRAM_API_ROOT: "localhost" }, "TELEGRAM_API_ROOT"],
    [{ WEBHOOK_PORT: "99999" }, "WEBHOOK_PORT"],
    [{ EMBEDDING_DTYPE: "int4" }, "EMBEDDING_DTYPE"],
    [{ RETENTION_DAYS: "0" }, "RETENTION_DAYS"],
    [{ RETENTION_DAYS: "2.5" }, "RETENTION_DAYS"],
    [{ RETENTION_DAYS: "forever" }, "RETENTION_DAYS"],
    [{ METRICS_PORT: "99999" }, "METRICS_PORT"],
    [{ METRICS_PORT: "metrics" }, "METRICS_PORT"],
  ])("names the bad variable, never its value: %j", (env, variable) => {
    const error = (() => {
      try {
        parseConfig(env);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(ConfigError);
    const config = error as ConfigError;
    expect(config.messageKey).toBe("error.config");
    expect(config.problems.some((p) => p.startsWith(variable))).toBe(true);
    for (const value of Object.values(env)) expect(config.message).not.toContain(value);
  });

  it("keeps the bot's data in data/ for 30 days, with no metrics server, unless told otherwise", () => {
    expect(parseConfig({})).toMatchObject({ dataDir: "data", retentionDays: 30, metricsPort: undefined });
    // Empty values, as .env.example leaves them, mean the defaults too.
    expect(parseConfig({ DATA_DIR: " ", RETENTION_DAYS: "", METRICS_PORT: "" })).toMatchObject({ dataDir: "data", retentionDays: 30, metricsPort: undefined });
    expect(parseConfig({ DATA_DIR: "/var/lib/newsquote", RETENTION_DAYS: "7", METRICS_PORT: "9464" })).toMatchObject({
      dataDir: "/var/lib/newsquote",
      retentionDays: 7,
      metricsPort: 9464,
    });
  });

  it("asks for the token, saying where to get it, only when the bot starts", () => {
    expect(() => requireBotToken(parseConfig({ TELEGRAM_BOT_TOKEN: "  " }))).toThrow(/BotFather/);
  });
});
