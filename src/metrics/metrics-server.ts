import { createServer, type Server } from "node:http";
import type { AppLogger } from "../logger.ts";
import type { Health } from "./health.ts";
import type { Metrics } from "./metrics.ts";

/** The metrics server's interface: this host only; Prometheus runs beside the bot or scrapes through a tunnel. */
export const METRICS_HOST = "127.0.0.1";

/** A running metrics server; `port` is where it listens (useful when asked for port 0). */
export interface MetricsServer {
  port: number;
  stop(): Promise<void>;
}

/**
 * Serves `GET /metrics` (Prometheus text) and `GET /healthz` (200 with `{"status":"ok",…}` when the
 * index is loaded and updates are received, 503 with `"unavailable"` otherwise) on `127.0.0.1:port`.
 * Anything else: 404 (405 for a method other than GET or HEAD).
 */
export async function startMetricsServer(options: { port: number; metrics: Metrics; health: Health; logger: AppLogger }): Promise<MetricsServer> {
  const { metrics, health, logger } = options;
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (path !== "/metrics" && path !== "/healthz") {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found: try /metrics or /healthz\n");
      return;
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    if (path === "/healthz") {
      const report = health.report();
      res
        .writeHead(report.ok ? 200 : 503, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" })
        .end(`${JSON.stringify({ status: report.ok ? "ok" : "unavailable", index: report.index, updates: report.updates })}\n`);
      return;
    }
    metrics.text().then(
      (text) => res.writeHead(200, { "content-type": metrics.contentType }).end(text),
      (error: unknown) => {
        logger.error({ err: error }, "collecting metrics failed");
        res.writeHead(500).end();
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, METRICS_HOST, () => {
      server.off("error", reject);
      resolve();
    });
  });
  server.on("error", (error) => logger.error({ err: error }, "metrics server error"));
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : options.port;
  logger.info({ host: METRICS_HOST, port }, "serving /metrics and /healthz");
  return {
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
