import { networkInterfaces } from "node:os";
import { afterEach, describe, expect, it } from "vitest";
import { Health } from "../../src/metrics/health.ts";
import { createMetrics } from "../../src/metrics/metrics.ts";
import { startMetricsServer, type MetricsServer } from "../../src/metrics/metrics-server.ts";
import { captureLogger } from "../helpers/bot-harness.ts";

const servers: MetricsServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.stop();
});

async function serve(health = new Health()) {
  const metrics = createMetrics({ indexSize: () => health.indexSize() });
  const server = await startMetricsServer({ port: 0, metrics, health, logger: captureLogger() });
  servers.push(server);
  const get = (path: string) => fetch(`http://127.0.0.1:${server.port}${path}`);
  return { metrics, health, server, get };
}

describe("GET /metrics", () => {
  it("returns Prometheus text with every metric the operators asked for, zeros included", async () => {
    const { metrics, health, get } = await serve();
    health.indexLoaded(() => ({ documents: 5, passages: 37 }));
    metrics.question("answered", 0.12);
    metrics.question("abstained", 0.03);
    metrics.question("refused");
    metrics.telegramError("sendMessage");
    metrics.telegramError("sendMessage");
    metrics.feedback("down");
    metrics.reindex("ok", 1.5);

    const response = await get("/metrics");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    for (const line of [
      'newsquote_questions_total{outcome="answered"} 1',
      'newsquote_questions_total{outcome="abstained"} 1',
      'newsquote_questions_total{outcome="refused"} 1',
      'newsquote_questions_total{outcome="error"} 0',
      "newsquote_answer_duration_seconds_count 2",
      'newsquote_answer_duration_seconds_bucket{le="0.05"} 1',
      "newsquote_index_documents 5",
      "newsquote_index_passages 37",
      'newsquote_reindex_total{outcome="ok"} 1',
      'newsquote_reindex_total{outcome="failed"} 0',
      "newsquote_reindex_duration_seconds_count 1",
      'newsquote_telegram_api_errors_total{method="sendMessage"} 2',
      'newsquote_feedback_total{vote="down"} 1',
      'newsquote_feedback_total{vote="up"} 0',
    ]) {
      expect(text.split("\n"), line).toContain(line);
    }
    // Process metrics too, under the same prefix.
    expect(text).toMatch(/^newsquote_process_resident_memory_bytes \d+/m);
  });

  it("reads the index size at each scrape (a rebuild changes it)", async () => {
    const { health, get } = await serve();
    let size = { documents: 5, passages: 37 };
    health.indexLoaded(() => size);
    expect(await (await get("/metrics")).text()).toMatch(/^newsquote_index_documents 5$/m);
    size = { documents: 6, passages: 40 };
    expect(await (await get("/metrics")).text()).toMatch(/^newsquote_index_documents 6$/m);
  });
});

describe("GET /healthz", () => {
  it("is 503 until the index is loaded and updates are received, 200 then, 503 again when they stop", async () => {
    const { health, get } = await serve();
    const status = async () => {
      const response = await get("/healthz");
      return { code: response.status, body: (await response.json()) as Record<string, string> };
    };
    expect(await status()).toEqual({ code: 503, body: { status: "unavailable", index: "missing", updates: "stopped" } });
    health.indexLoaded(() => ({ documents: 5, passages: 37 }));
    expect(await status()).toEqual({ code: 503, body: { status: "unavailable", index: "loaded", updates: "stopped" } });
    let polling = true;
    health.receiving("polling", () => polling);
    expect(await status()).toEqual({ code: 200, body: { status: "ok", index: "loaded", updates: "polling" } });
    polling = false;
    expect((await status()).code).toBe(503);
    health.receiving("webhook", () => true);
    expect(await status()).toEqual({ code: 200, body: { status: "ok", index: "loaded", updates: "webhook" } });
  });
});

describe("the metrics server", () => {
  it("answers only its two paths and only GET/HEAD", async () => {
    const { server, get } = await serve();
    expect((await get("/")).status).toBe(404);
    expect((await get("/metrics/../secret")).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${server.port}/metrics`, { method: "POST" })).status).toBe(405);
    expect((await fetch(`http://127.0.0.1:${server.port}/healthz`, { method: "HEAD" })).status).toBe(503);
  });

  it("listens on 127.0.0.1 only", async () => {
    const { server } = await serve();
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === "IPv4" && !i.internal)?.address;
    if (external) {
      const reached = await fetch(`http://${external}:${server.port}/metrics`).then(
        () => true,
        () => false,
      );
      expect(reached).toBe(false);
    }
    expect((await fetch(`http://127.0.0.1:${server.port}/metrics`)).status).toBe(200);
  });

  it("keeps each bot's metrics apart (its own registry)", async () => {
    const a = createMetrics({ indexSize: () => null, processMetrics: false });
    const b = createMetrics({ indexSize: () => null, processMetrics: false });
    a.feedback("up");
    expect(await b.text()).toMatch(/^newsquote_feedback_total\{vote="up"\} 0$/m);
    expect(await a.text()).toMatch(/^newsquote_feedback_total\{vote="up"\} 1$/m);
  });
});
