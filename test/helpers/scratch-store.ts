import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DATABASE_FILE, openBotStore, type BotStore, type BotStoreOptions } from "../../src/store/bot-store.ts";

/** A bot store in a temp folder of its own; `cleanup()` closes it and removes the folder. */
export interface ScratchStore {
  store: BotStore;
  dir: string;
  path: string;
  cleanup(): Promise<void>;
}

/** Opens a store in a new temp folder (retention 30 days unless told otherwise). */
export async function openScratchStore(options: Partial<Omit<BotStoreOptions, "path">> = {}): Promise<ScratchStore> {
  const dir = await mkdtemp(join(tmpdir(), "newsquote-store-"));
  const path = join(dir, DATABASE_FILE);
  const store = openBotStore({ retentionDays: 30, ...options, path });
  return {
    store,
    dir,
    path,
    async cleanup() {
      store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A store that lives in memory only, for bots whose tests never look at what they remember. */
export function memoryStore(): BotStore {
  return openBotStore({ path: ":memory:", retentionDays: 30 });
}
