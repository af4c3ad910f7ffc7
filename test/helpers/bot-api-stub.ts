import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A Bot API method call as the stub received it. */
export interface RecordedCall {
  /** Position in `calls` (0-based). */
  index: number;
  method: string;
  payload: Record<string, unknown>;
  /** What the stub answered: `ok` or the error description. */
  outcome: "ok" | string;
  /** The `result` of a successful call (e.g. the sent Message). */
  result?: unknown;
}

/** A fault to inject into the next calls of one method. */
export type Fault = { kind: "429"; retryAfterSeconds: number } | { kind: "500" } | { kind: "drop" } | { kind: "parse" };

/** A Telegram user as the stub builds it into updates. */
export interface StubUser {
  id: number;
  first_name: string;
  username?: string;
  language_code?: string;
}

/** A chat as the stub builds it into updates. */
export interface StubChat {
  id: number;
  type: "private" | "group" | "supergroup";
  title?: string;
}

interface Waiter {
  predicate: (call: RecordedCall) => boolean;
  from: number;
  resolve: (call: RecordedCall) => void;
}

const ALLOWED_TAGS = new Set([
  "b",
  "strong",
  "i",
  "em",
  "u",
  "ins",
  "s",
  "strike",
  "del",
  "span",
  "tg-spoiler",
  "a",
  "code",
  "pre",
  "blockquote",
  "tg-emoji",
]);

/**
 * Checks text the way Telegram's HTML parse mode does (the subset we rely on):
 * only allowed tags, balanced, `a` with `href`, `span` only as spoiler, and no bare `<` or `&`.
 * Returns null when fine, else the problem.
 */
export function checkTelegramHtml(text: string): string | null {
  const stack: string[] = [];
  const token = /<(\/?)([a-zA-Z][\w-]*)((?:\s+[a-zA-Z-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*>|&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);|[<&]/g;
  for (const match of text.matchAll(token)) {
    const [whole, slash, name, attrs] = match;
    if (whole === "<" || whole === "&") return `unescaped '${whole}' at ${match.index}`;
    if (name === undefined) continue;
    const tag = name.toLowerCase();
    if (!ALLOWED_TAGS.has(tag)) return `unsupported tag <${tag}>`;
    if (slash) {
      const open = stack.pop();
      if (open !== tag) return `unexpected end tag </${tag}>`;
      continue;
    }
    if (tag === "a" && !/href\s*=/.test(attrs ?? "")) return "a without href";
    if (tag === "span" && !/class\s*=\s*"tg-spoiler"/.test(attrs ?? "")) return "span without tg-spoiler class";
    if (tag === "tg-emoji" && !/emoji-id\s*=/.test(attrs ?? "")) return "tg-emoji without emoji-id";
    stack.push(tag);
  }
  if (stack.length > 0) return `unclosed <${stack.at(-1)}>`;
  return null;
}

/** Text Telegram would show for HTML: tags removed, entities decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);/g, (_m, n: string) =>
      n === "lt" ? "<" : n === "gt" ? ">" : n === "amp" ? "&" : n === "quot" ? '"' : String.fromCodePoint(n.startsWith("#x") ? Number.parseInt(n.slice(2), 16) : Number.parseInt(n.slice(1), 10)),
    );
}

/** Parses a multipart/form-data body by hand (Node 20's `Request.formData()` rejects grammY's). */
function parseMultipart(body: Buffer, boundary: string): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  const text = body.toString("latin1");
  for (const section of text.split(`--${boundary}`)) {
    const headerEnd = section.indexOf("\r\n\r\n");
    if (headerEnd < 0) continue;
    const headers = section.slice(0, headerEnd);
    const name = /name="([^"]+)"/.exec(headers)?.[1];
    if (!name) continue;
    const raw = section.slice(headerEnd + 4).replace(/\r\n$/, "");
    const value = Buffer.from(raw, "latin1").toString("utf8");
    if (/filename="/.test(headers)) {
      result[name] = { file: true, bytes: Buffer.from(raw, "latin1").length };
      continue;
    }
    try {
      result[name] = JSON.parse(value);
    } catch {
      result[name] = value;
    }
  }
  return result;
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  const type = req.headers["content-type"] ?? "";
  if (body.length === 0) return {};
  if (type.includes("application/json")) return JSON.parse(body.toString("utf8")) as Record<string, unknown>;
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(type);
  if (type.includes("multipart/form-data") && boundary) return parseMultipart(body, boundary[1] ?? boundary[2] ?? "");
  if (type.includes("application/x-www-form-urlencoded")) {
    return Object.fromEntries(new URLSearchParams(body.toString("utf8")));
  }
  return {};
}

/**
 * A small Bot API server on 127.0.0.1 (ephemeral port) for end-to-end tests: grammY talks to it via
 * `new Bot(token, { client: { apiRoot: stub.apiRoot } })`. It long-polls `getUpdates`, validates what
 * `sendMessage`/`editMessageText` send (4096 characters, Telegram HTML), serves files, records every call,
 * and injects faults on demand.
 */
export class BotApiStub {
  readonly token: string;
  readonly botUser = { id: 7_000_001, is_bot: true, first_name: "NewsQuote", username: "newsquote_test_bot" };
  /** Every call in arrival order. */
  readonly calls: RecordedCall[] = [];
  /** When true, setMyCommands and sendChatAction answer 500 (as telegram-test-api does). */
  rejectOptionalMethods = false;

  private server: Server | null = null;
  private port = 0;
  private updates: Record<string, unknown>[] = [];
  private nextUpdateId = 1;
  private nextMessageId = 1000;
  private pollers = new Set<() => void>();
  private waiters: Waiter[] = [];
  private faults = new Map<string, Fault[]>();
  private files = new Map<string, { path: string; bytes: Buffer }>();
  private streamed = new Map<string, { path: string; total: number; sent: number }>();
  private sockets = new Set<import("node:net").Socket>();

  constructor(token = "123456:TEST_token_for_the_stub_server_000") {
    this.token = token;
  }

  /** Base URL to pass as grammY's `apiRoot`. */
  get apiRoot(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ ok: false, error_code: 500, description: String(error) }));
      });
    });
    this.server.on("connection", (socket) => {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    for (const wake of this.pollers) wake();
    this.pollers.clear();
    const server = this.server;
    this.server = null;
    if (!server) return;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const socket of this.sockets) socket.destroy();
    });
  }

  /** The next `times` calls of `method` fail with `fault`. */
  injectFault(method: string, fault: Fault, times = 1): void {
    const list = this.faults.get(method) ?? [];
    for (let i = 0; i < times; i++) list.push(fault);
    this.faults.set(method, list);
  }

  /** Makes a file downloadable via getFile; returns its file_id. */
  addFile(bytes: Buffer | string, name = "file.txt"): string {
    const fileId = `file_${this.files.size + 1}`;
    this.files.set(fileId, { path: `documents/${fileId}_${name}`, bytes: Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, "utf8") });
    return fileId;
  }

  /**
   * A document of `totalBytes` (the letter "a") as a large file may reach the bot: announced without
   * `file_size` (in the update and in getFile) and served in chunks without a Content-Length, made
   * on the fly. `streamedBytes(fileId)` tells how much of it was written before the reader stopped.
   */
  sendStreamedDocument(user: StubUser, fileName: string, totalBytes: number): { updateId: number; fileId: string } {
    const fileId = `stream_${this.streamed.size + 1}`;
    this.streamed.set(fileId, { path: `documents/${fileId}_${fileName}`, total: totalBytes, sent: 0 });
    const message = this.message(user, undefined, {
      document: { file_id: fileId, file_unique_id: `u${fileId}`, file_name: fileName, mime_type: "text/plain" },
    });
    return { updateId: this.pushUpdate({ message }), fileId };
  }

  /** Bytes of a `sendStreamedDocument` file written to the reader so far. */
  streamedBytes(fileId: string): number {
    return this.streamed.get(fileId)?.sent ?? 0;
  }

  /** Queues a raw update (update_id assigned here); returns its update_id. */
  pushUpdate(update: Record<string, unknown>): number {
    const updateId = this.nextUpdateId++;
    this.updates.push({ update_id: updateId, ...update });
    for (const wake of this.pollers) wake();
    this.pollers.clear();
    return updateId;
  }

  private message(user: StubUser, chat: StubChat | undefined, extra: Record<string, unknown>, dateSeconds?: number) {
    const theChat = chat ?? { id: user.id, type: "private" as const, first_name: user.first_name };
    return {
      message_id: this.nextMessageId++,
      date: dateSeconds ?? Math.floor(Date.now() / 1000),
      chat: theChat,
      from: { is_bot: false, ...user },
      ...extra,
    };
  }

  /** Entities Telegram would attach: a leading /command and @mentions. */
  private entities(text: string): Record<string, unknown>[] {
    const entities: Record<string, unknown>[] = [];
    const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text);
    if (command) entities.push({ type: "bot_command", offset: 0, length: command[0].length });
    for (const mention of text.matchAll(/(^|\s)(@[A-Za-z0-9_]{5,32})/g)) {
      entities.push({ type: "mention", offset: (mention.index ?? 0) + (mention[1]?.length ?? 0), length: mention[2]!.length });
    }
    return entities;
  }

  /** A text message from `user` (private chat unless `chat` is given). Returns update and message ids. */
  sendText(
    user: StubUser,
    text: string,
    options: { chat?: StubChat; replyToBotMessageId?: number; dateSeconds?: number } = {},
  ): { updateId: number; messageId: number } {
    const extra: Record<string, unknown> = { text };
    const entities = this.entities(text);
    if (entities.length > 0) extra.entities = entities;
    if (options.replyToBotMessageId !== undefined) {
      extra.reply_to_message = {
        message_id: options.replyToBotMessageId,
        date: Math.floor(Date.now() / 1000),
        chat: options.chat ?? { id: user.id, type: "private" },
        from: this.botUser,
        text: "…",
      };
    }
    const message = this.message(user, options.chat, extra, options.dateSeconds);
    return { updateId: this.pushUpdate({ message }), messageId: message.message_id };
  }

  /** An edit of an earlier message. */
  sendEdit(user: StubUser, text: string, chat?: StubChat): number {
    const message = { ...this.message(user, chat, { text }), edit_date: Math.floor(Date.now() / 1000) };
    return this.pushUpdate({ edited_message: message });
  }

  /** A document (registered for download) with an optional caption. */
  sendDocument(user: StubUser, fileName: string, bytes: Buffer | string, chat?: StubChat): number {
    const fileId = this.addFile(bytes, fileName);
    const size = this.files.get(fileId)!.bytes.length;
    const message = this.message(user, chat, {
      document: { file_id: fileId, file_unique_id: `u${fileId}`, file_name: fileName, mime_type: "text/plain", file_size: size },
    });
    return this.pushUpdate({ message });
  }

  sendSticker(user: StubUser, chat?: StubChat): number {
    const message = this.message(user, chat, {
      sticker: { file_id: "stk", file_unique_id: "ustk", type: "regular", width: 512, height: 512, is_animated: false, is_video: false, emoji: "👍" },
    });
    return this.pushUpdate({ message });
  }

  sendPhoto(user: StubUser, chat?: StubChat): number {
    const message = this.message(user, chat, {
      photo: [{ file_id: "ph", file_unique_id: "uph", width: 90, height: 90, file_size: 1000 }],
    });
    return this.pushUpdate({ message });
  }

  sendVoice(user: StubUser, chat?: StubChat): number {
    const message = this.message(user, chat, { voice: { file_id: "vc", file_unique_id: "uvc", duration: 2 } });
    return this.pushUpdate({ message });
  }

  /** A press on an inline button of a bot message. */
  pressButton(user: StubUser, data: string, botMessage: { message_id: number; chatId: number }): number {
    return this.pushUpdate({
      callback_query: {
        id: `cb${this.nextUpdateId}`,
        from: { is_bot: false, ...user },
        chat_instance: "ci1",
        data,
        message: { message_id: botMessage.message_id, date: Math.floor(Date.now() / 1000), chat: { id: botMessage.chatId, type: "private" }, from: this.botUser, text: "…" },
      },
    });
  }

  sendInlineQuery(user: StubUser, query: string): number {
    return this.pushUpdate({ inline_query: { id: `iq${this.nextUpdateId}`, from: { is_bot: false, ...user }, query, offset: "" } });
  }

  /** Resolves with the first call (at index ≥ `from`) matching `predicate`; rejects after `timeoutMs`. */
  waitForCall(predicate: (call: RecordedCall) => boolean, options: { from?: number; timeoutMs?: number } = {}): Promise<RecordedCall> {
    const from = options.from ?? 0;
    const found = this.calls.find((call) => call.index >= from && predicate(call));
    if (found) return Promise.resolve(found);
    return new Promise<RecordedCall>((resolve, reject) => {
      const waiter: Waiter = { predicate, from, resolve: () => undefined };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`no matching Bot API call within ${options.timeoutMs ?? 15_000} ms`));
      }, options.timeoutMs ?? 15_000);
      waiter.resolve = (call) => {
        clearTimeout(timer);
        resolve(call);
      };
      this.waiters.push(waiter);
    });
  }

  /** Calls of `method` at index ≥ `from`. */
  callsOf(method: string, from = 0): RecordedCall[] {
    return this.calls.filter((call) => call.method === method && call.index >= from);
  }

  private record(method: string, payload: Record<string, unknown>, outcome: string, result?: unknown): void {
    const call: RecordedCall = { index: this.calls.length, method, payload, outcome, ...(result === undefined ? {} : { result }) };
    this.calls.push(call);
    const ready = this.waiters.filter((w) => call.index >= w.from && w.predicate(call));
    this.waiters = this.waiters.filter((w) => !ready.includes(w));
    for (const waiter of ready) waiter.resolve(call);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const fileMatch = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
    if (fileMatch) {
      const stream = [...this.streamed.values()].find((f) => f.path === decodeURIComponent(fileMatch[2]!));
      if (stream && fileMatch[1] === this.token) {
        // No Content-Length: Node sends it chunked. Written as fast as the reader takes it.
        res.writeHead(200, { "content-type": "application/octet-stream" });
        const chunk = Buffer.alloc(64 * 1024, 0x61);
        const pump = (): void => {
          while (stream.sent < stream.total) {
            if (res.destroyed) return;
            const n = Math.min(chunk.length, stream.total - stream.sent);
            const more = res.write(chunk.subarray(0, n));
            stream.sent += n;
            if (!more) {
              res.once("drain", pump);
              return;
            }
          }
          res.end();
        };
        pump();
        return;
      }
      const file = [...this.files.values()].find((f) => f.path === decodeURIComponent(fileMatch[2]!));
      if (fileMatch[1] !== this.token || !file) {
        res.writeHead(404).end("Not Found");
        return;
      }
      res.writeHead(200, { "content-type": "application/octet-stream" }).end(file.bytes);
      return;
    }
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    if (!match) {
      res.writeHead(404).end();
      return;
    }
    const send = (status: number, body: Record<string, unknown>) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    const fail = (status: number, description: string, extra: Record<string, unknown> = {}) =>
      send(status, { ok: false, error_code: status, description, ...extra });
    if (match[1] !== this.token) {
      fail(401, "Unauthorized");
      return;
    }
    const method = match[2]!;
    const payload = { ...Object.fromEntries(url.searchParams), ...(await readBody(req)) };

    // A "parse" fault only hits HTML messages: the plain-text retry goes through.
    const queued = this.faults.get(method)?.[0];
    const fault = queued && (queued.kind !== "parse" || payload.parse_mode === "HTML") ? this.faults.get(method)?.shift() : undefined;
    if (fault) {
      this.record(method, payload, `fault:${fault.kind}`);
      if (fault.kind === "429") {
        fail(429, `Too Many Requests: retry after ${fault.retryAfterSeconds}`, { parameters: { retry_after: fault.retryAfterSeconds } });
      } else if (fault.kind === "500") {
        fail(500, "Internal Server Error");
      } else if (fault.kind === "parse") {
        fail(400, "Bad Request: can't parse entities: injected fault");
      } else {
        req.socket.destroy();
      }
      return;
    }
    if (this.rejectOptionalMethods && (method === "setMyCommands" || method === "sendChatAction")) {
      this.record(method, payload, "rejected");
      fail(500, "Internal Server Error: method not supported");
      return;
    }
    if (method === "getUpdates") {
      await this.getUpdates(payload, res, send);
      return;
    }
    const result = this.answer(method, payload);
    if ("error" in result) {
      this.record(method, payload, result.error);
      fail(400, result.error);
      return;
    }
    this.record(method, payload, "ok", result.value);
    send(200, { ok: true, result: result.value });
  }

  private async getUpdates(
    payload: Record<string, unknown>,
    res: ServerResponse,
    send: (status: number, body: Record<string, unknown>) => void,
  ): Promise<void> {
    const offset = Number(payload.offset ?? 0);
    const timeoutSeconds = Number(payload.timeout ?? 0);
    const limit = Number(payload.limit ?? 100);
    if (offset > 0) this.updates = this.updates.filter((u) => Number(u.update_id) >= offset);
    const pending = () => this.updates.slice(0, limit);
    if (pending().length === 0 && timeoutSeconds > 0 && this.server) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, timeoutSeconds * 1000);
        function done() {
          clearTimeout(timer);
          resolve();
        }
        this.pollers.add(done);
        res.once("close", done);
      });
    }
    if (res.destroyed || res.socket?.destroyed !== false) return;
    send(200, { ok: true, result: pending() });
  }

  private answer(method: string, payload: Record<string, unknown>): { value: unknown } | { error: string } {
    const chatId = payload.chat_id;
    switch (method) {
      case "getMe":
        return { value: { ...this.botUser, can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: true } };
      case "sendMessage":
      case "editMessageText": {
        const text = String(payload.text ?? "");
        if (payload.parse_mode === "HTML") {
          const problem = checkTelegramHtml(text);
          if (problem) return { error: `Bad Request: can't parse entities: ${problem}` };
        }
        const visible = payload.parse_mode === "HTML" ? visibleText(text) : text;
        if (visible.trim() === "") return { error: "Bad Request: message text is empty" };
        if (visible.length > 4096) return { error: "Bad Request: message is too long" };
        if (method === "editMessageText") {
          return {
            value: { message_id: Number(payload.message_id), date: Math.floor(Date.now() / 1000), edit_date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: "private" }, from: this.botUser, text: visible },
          };
        }
        return {
          value: { message_id: this.nextMessageId++, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: Number(chatId) < 0 ? "supergroup" : "private" }, from: this.botUser, text: visible },
        };
      }
      case "getFile": {
        const stream = this.streamed.get(String(payload.file_id));
        if (stream) return { value: { file_id: payload.file_id, file_unique_id: `u${String(payload.file_id)}`, file_path: stream.path } };
        const file = this.files.get(String(payload.file_id));
        if (!file) return { error: "Bad Request: invalid file_id" };
        return { value: { file_id: payload.file_id, file_unique_id: `u${String(payload.file_id)}`, file_size: file.bytes.length, file_path: file.path } };
      }
      case "deleteMessage":
      case "answerCallbackQuery":
      case "answerInlineQuery":
      case "setMyCommands":
      case "deleteMyCommands":
      case "sendChatAction":
      case "setWebhook":
      case "deleteWebhook":
      case "editMessageReplyMarkup":
      case "close":
      case "logOut":
        return { value: true };
      default:
        return { error: `Not Found: method ${method} is not implemented by the stub` };
    }
  }
}
