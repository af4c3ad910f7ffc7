import type { IndexSize } from "./metrics.ts";

/** How updates reach the bot. */
export type UpdateMode = "polling" | "webhook";

/** What `/healthz` says. */
export interface HealthReport {
  /** True when the index is loaded and updates are being received. */
  ok: boolean;
  index: "loaded" | "missing";
  updates: UpdateMode | "stopped";
}

/**
 * What the process is ready for, filled in by src/main.ts as it starts: the index once it is loaded,
 * the update receiver (long polling or the webhook server) once it runs.
 */
export class Health {
  private index: (() => IndexSize) | null = null;
  private receiver: { mode: UpdateMode; isRunning: () => boolean } | null = null;

  /** The index is loaded; `size` reads its current size (it changes with rebuilds). */
  indexLoaded(size: () => IndexSize): void {
    this.index = size;
  }

  /** Updates are received in `mode` for as long as `isRunning()` says so. */
  receiving(mode: UpdateMode, isRunning: () => boolean): void {
    this.receiver = { mode, isRunning };
  }

  /** The loaded index's size, or null. */
  indexSize(): IndexSize | null {
    return this.index ? this.index() : null;
  }

  report(): HealthReport {
    const running = this.receiver !== null && this.receiver.isRunning();
    const updates = running && this.receiver ? this.receiver.mode : "stopped";
    return { ok: this.index !== null && running, index: this.index ? "loaded" : "missing", updates };
  }
}
