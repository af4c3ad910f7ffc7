import { LRUCache } from "lru-cache";
import type { SqliteDatabase } from "./sqlite.ts";

/** What one kind of kept state is. */
export interface KeptStateOptions<V> {
  /** Names the kind in the database ("turn", "more", …); a new shape of value needs a new name. */
  kind: string;
  /** How long an entry lives after it was written, in ms. */
  ttlMs: number;
  /** Entries kept at most, in memory and in the database (the least recently written go first). */
  maxEntries: number;
  /**
   * Checks a value read back from the database (JSON): the value, or undefined when it does not have
   * the expected shape (it is then dropped as if it had expired).
   */
  decode(value: unknown): V | undefined;
}

/** An entry in memory, with the deadline the database holds for it. */
interface CachedEntry<V> {
  value: V;
  /** In ms since the epoch: the entry is gone from this moment on. */
  expiresAt: number;
}

/**
 * State kept between updates (follow-up context, pending buttons) that outlives a restart: each entry
 * is written through to the database and expires `ttlMs` after it was written. Reads come from an
 * in-memory LRU cache (`lru-cache`, bounded to `maxEntries`) and fall back to the database, so that
 * after a restart an entry is found again until it expires. Memory and file share one deadline per
 * entry, checked against the store's clock.
 */
export class KeptState<V extends {}> {
  private readonly cache: LRUCache<string, CachedEntry<V>>;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly options: KeptStateOptions<V>,
    private readonly now: () => number,
  ) {
    this.cache = new LRUCache<string, CachedEntry<V>>({ max: options.maxEntries });
  }

  get(key: string): V | undefined {
    const now = this.now();
    const cached = this.cache.get(key);
    if (cached !== undefined) {
      if (cached.expiresAt > now) return cached.value;
      this.cache.delete(key);
      return undefined;
    }
    const row = this.db
      .prepare<[string, string, number], { value: string; expiresAt: number }>(
        "SELECT value, expires_at AS expiresAt FROM kept WHERE kind = ? AND key = ? AND expires_at > ?",
      )
      .get(this.options.kind, key, now);
    if (!row) return undefined;
    const value = this.decode(row.value);
    if (value === undefined) {
      this.delete(key);
      return undefined;
    }
    this.cache.set(key, { value, expiresAt: row.expiresAt });
    return value;
  }

  set(key: string, value: V): void {
    const now = this.now();
    const { kind, ttlMs, maxEntries } = this.options;
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO kept (kind, key, value, written_at, expires_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (kind, key) DO UPDATE SET value = excluded.value, written_at = excluded.written_at, expires_at = excluded.expires_at`,
        )
        .run(kind, key, JSON.stringify(value), now, now + ttlMs);
      this.db.prepare("DELETE FROM kept WHERE kind = ? AND expires_at <= ?").run(kind, now);
      this.db
        .prepare(
          `DELETE FROM kept WHERE kind = ? AND key NOT IN
             (SELECT key FROM kept WHERE kind = ? ORDER BY written_at DESC, rowid DESC LIMIT ?)`,
        )
        .run(kind, kind, maxEntries);
    })();
    this.cache.set(key, { value, expiresAt: now + ttlMs });
  }

  delete(key: string): void {
    this.cache.delete(key);
    this.db.prepare("DELETE FROM kept WHERE kind = ? AND key = ?").run(this.options.kind, key);
  }

  private decode(json: string): V | undefined {
    try {
      return this.options.decode(JSON.parse(json));
    } catch {
      return undefined;
    }
  }
}
