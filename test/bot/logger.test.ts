import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.ts";

describe("createLogger", () => {
  it("never prints a bot token, even when a careless log line includes it", async () => {
    const token = "123456:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
    let output = "";
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        output += chunk.toString("utf8");
        done();
      },
    });
    const logger = createLogger("info", { destination: sink });
    logger.info({ token, config: { telegram: { token } }, request: { url: `https://api.telegram.org/file/bot${token}/x` } }, "started");
    logger.info({ chatId: 42 }, "answered");
    await new Promise((resolve) => setImmediate(resolve));
    expect(output).toContain("answered");
    expect(output).toContain("[Redacted]");
    expect(output).not.toContain(token);
    expect(output).not.toContain("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw");
  });
});
