import { z } from "zod";
import { AppError } from "./errors.ts";

/** Raised when `.env` / the environment holds a missing or malformed setting. */
export class ConfigError extends AppError {
  override name = "ConfigError";
  /** One line per problem, naming the variable (never its value). */
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`, "error.config");
    this.problems = problems;
  }
}

const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no", ""])
  .optional()
  .transform((v) => v === "true" || v === "1" || v === "yes");

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));

const schema = z.object({
  SEEDS_DIR: z.string().default("seeds"),
  EMBEDDINGS_DIR: z.string().default("embeddings"),
  EMBEDDING_MODEL: z.string().min(1).default("Xenova/multilingual-e5-small"),
  MODELS_DIR: z.string().default("models"),
  // Downloads are allowed unless switched off: a new user's first `npm start` fetches the model.
  ALLOW_REMOTE_MODELS: z
    .enum(["true", "false", "1", "0", "yes", "no", ""])
    .optional()
    .transform((v) => v === undefined || v === "" || v === "true" || v === "1" || v === "yes"),
  MODEL_HOST: optionalText.pipe(z.url("must be a URL such as https://huggingface.co or http://127.0.0.1:8080").optional()),
  REQUIRE_MODEL: booleanFlag,
  EMBEDDING_DTYPE: z.enum(["q8", "fp32"]).default("q8"),
  EMBEDDING_QUERY_PREFIX: z.string().default("query: "),
  EMBEDDING_PASSAGE_PREFIX: z.string().default("passage: "),
  TELEGRAM_BOT_TOKEN: optionalText.pipe(
    z
      .string()
      .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, "looks malformed: expected <digits>:<35 characters> as BotFather gives it")
      .optional(),
  ),
  ADMIN_IDS: optionalText.pipe(
    z
      .string()
      .regex(/^\s*\d+(\s*,\s*\d+)*\s*$/, "must be comma-separated numeric Telegram user ids, e.g. 12345,67890")
      .optional(),
  ),
  TELEGRAM_API_ROOT: optionalText.pipe(z.url("must be a URL such as http://127.0.0.1:8081").optional()),
  WEBHOOK_URL: optionalText.pipe(
    z
      .url("must be an https URL")
      .refine((url) => url.startsWith("https://"), "must be an https URL (Telegram calls webhooks over HTTPS only)")
      .optional(),
  ),
  WEBHOOK_HOST: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z.:-]+$/, "must be an interface address such as 127.0.0.1 or 0.0.0.0")
    .default("127.0.0.1"),
  WEBHOOK_PORT: z.coerce.number().int().min(1).max(65535).default(8443),
  WEBHOOK_SECRET: optionalText.pipe(
    z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, "may hold only A-Z, a-z, 0-9, _ and -").optional(),
  ),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  DATA_DIR: optionalText,
  RETENTION_DAYS: optionalText.pipe(z.coerce.number<string | undefined>().int("must be a whole number of days").min(1).max(3650).optional()),
  METRICS_PORT: optionalText.pipe(z.coerce.number<string | undefined>().int().min(1).max(65535).optional()),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

/** Every setting of the project, validated. Paths are as given (relative to the working folder). */
export interface Config {
  seedsDir: string;
  embeddingsDir: string;
  embedding: {
    /** Hugging Face model id or a local folder path. */
    model: string;
    /** Folder with pre-downloaded models (`npm run model:download` fills it). */
    modelsDir: string;
    /** Whether a missing model may be downloaded (into `modelsDir`). On by default; `ALLOW_REMOTE_MODELS=false` or `--offline` forbids it. */
    allowRemote: boolean;
    /** Server with the Hugging Face hub's URL layout that models are downloaded from (the hub, or a mirror). */
    remoteHost: string;
    /** Fail instead of falling back to lexical-only search when the model cannot be loaded. */
    require: boolean;
    dtype: "q8" | "fp32";
    queryPrefix: string;
    passagePrefix: string;
  };
  telegram: {
    token: string | undefined;
    adminIds: number[];
    apiRoot: string | undefined;
    /**
     * Webhook mode when `WEBHOOK_URL` is set. `host` defaults to 127.0.0.1 (a reverse proxy on the
     * same host); `secret` is undefined when not configured, and main then generates one per run.
     */
    webhook: { url: string; host: string; port: number; secret: string | undefined } | undefined;
    /** Questions one user may ask per minute before getting a polite "slow down". */
    rateLimitPerMinute: number;
  };
  /** Folder of the bot's database (`bot.sqlite`: question log, votes, follow-ups, pending buttons). Default `data`. */
  dataDir: string;
  /** Days questions and votes are kept before they are deleted. Default 30. */
  retentionDays: number;
  /** Port of the Prometheus `/metrics` and `/healthz` server on 127.0.0.1; undefined (the default): no server. */
  metricsPort: number | undefined;
  logLevel: z.infer<typeof schema>["LOG_LEVEL"];
}

/**
 * Validates the environment once (call it at start, never at import time).
 * Throws `ConfigError` listing every bad variable by name; values are never echoed,
 * so a token cannot leak into a log.
 */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = schema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  }
  const e = result.data;
  return {
    seedsDir: e.SEEDS_DIR,
    embeddingsDir: e.EMBEDDINGS_DIR,
    embedding: {
      model: e.EMBEDDING_MODEL,
      modelsDir: e.MODELS_DIR,
      allowRemote: e.ALLOW_REMOTE_MODELS,
      remoteHost: e.MODEL_HOST ?? "https://huggingface.co",
      require: e.REQUIRE_MODEL,
      dtype: e.EMBEDDING_DTYPE,
      queryPrefix: e.EMBEDDING_QUERY_PREFIX,
      passagePrefix: e.EMBEDDING_PASSAGE_PREFIX,
    },
    telegram: {
      token: e.TELEGRAM_BOT_TOKEN,
      adminIds: e.ADMIN_IDS ? e.ADMIN_IDS.split(",").map((id) => Number(id.trim())) : [],
      apiRoot: e.TELEGRAM_API_ROOT,
      webhook: e.WEBHOOK_URL
        ? { url: e.WEBHOOK_URL, host: e.WEBHOOK_HOST, port: e.WEBHOOK_PORT, secret: e.WEBHOOK_SECRET }
        : undefined,
      rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    },
    dataDir: e.DATA_DIR ?? "data",
    retentionDays: e.RETENTION_DAYS ?? 30,
    metricsPort: e.METRICS_PORT,
    logLevel: e.LOG_LEVEL,
  };
}

/** Like `parseConfig`, but also requires what the Telegram bot needs (the token). */
export function requireBotToken(config: Config): string {
  if (!config.telegram.token) {
    throw new ConfigError([
      "TELEGRAM_BOT_TOKEN: missing. Create a bot with @BotFather, copy .env.example to .env and paste the token there.",
    ]);
  }
  return config.telegram.token;
}
