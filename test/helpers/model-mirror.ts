import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

/** How the mirror misbehaves for one file (by its path inside the model, e.g. `onnx/model_quantized.onnx`). */
export type MirrorFault = "missing" | "drop-midway" | "stall";

/**
 * A local HTTP server with the Hugging Face hub's URL layout (`/<model id>/resolve/main/<file>`),
 * serving a model folder under the ids given: what a mirror (MODEL_HOST) looks like to
 * transformers.js. Records every path asked for; can drop or stall a file on demand.
 */
export class ModelMirror {
  readonly requests: string[] = [];
  readonly faults = new Map<string, MirrorFault>();
  #server: Server | null = null;
  #sockets = new Set<import("node:net").Socket>();

  /** `models` maps a model id ("barsmirror/tiny-e5") to a folder holding its files. */
  constructor(private readonly models: ReadonlyMap<string, string>) {}

  get host(): string {
    const address = this.#server?.address() as AddressInfo | null;
    return `http://127.0.0.1:${address?.port ?? 0}`;
  }

  async start(): Promise<void> {
    this.#server = createServer((req, res) => {
      void this.#handle(req.url ?? "/", res);
    });
    this.#server.on("connection", (socket) => {
      this.#sockets.add(socket);
      socket.on("close", () => this.#sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.#server?.listen(0, "127.0.0.1", resolve));
  }

  async stop(): Promise<void> {
    const server = this.#server;
    this.#server = null;
    if (!server) return;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const socket of this.#sockets) socket.destroy();
    });
  }

  async #handle(url: string, res: import("node:http").ServerResponse): Promise<void> {
    const pathname = decodeURIComponent(new URL(url, "http://mirror").pathname);
    this.requests.push(pathname);
    const match = /^\/(.+?)\/resolve\/main\/(.+)$/.exec(pathname);
    const folder = match ? this.models.get(match[1] ?? "") : undefined;
    const file = match?.[2] ?? "";
    const fault = this.faults.get(file);
    if (!folder || fault === "missing" || file.includes("..")) {
      res.writeHead(404, { "content-type": "text/plain" }).end("Entry not found");
      return;
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(path.join(folder, file));
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("Entry not found");
      return;
    }
    res.writeHead(200, { "content-type": "application/octet-stream", "content-length": String(bytes.length) });
    if (fault === "drop-midway") {
      res.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
      setTimeout(() => res.socket?.destroy(), 20);
      return;
    }
    if (fault === "stall") {
      res.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
      return; // never finishes
    }
    res.end(bytes);
  }
}
