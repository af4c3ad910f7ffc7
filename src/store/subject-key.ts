import { createHmac, randomBytes } from "node:crypto";
import type { SqliteDatabase } from "./sqlite.ts";

/** A part of what a key is made from: a label, a Telegram user or chat id, an answer's id. */
export type KeyPart = string | number;

/** Turns identities into salted hashes, so that the database never holds a user id or a chat id. */
export type SubjectKey = (...parts: KeyPart[]) => string;

/**
 * The database's salt (32 random bytes, made once, the first time it is needed, and kept in the
 * `meta` table), and a keyed hash over it: HMAC-SHA-256 of the parts, 128 bits as hex. The same parts
 * give the same key for the life of the database; without the salt a key cannot be traced back to
 * a user (with the file, which holds the salt, a guessed id can be checked — see the README).
 */
export function subjectKeyOf(db: SqliteDatabase): SubjectKey {
  db.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES ('salt', ?)").run(randomBytes(32).toString("hex"));
  const row = db.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'salt'").get();
  if (!row) throw new Error("the database has no salt");
  const salt = Buffer.from(row.value, "hex");
  return (...parts) =>
    createHmac("sha256", salt)
      .update(parts.map(String).join("\u0000"))
      .digest("hex")
      .slice(0, 32);
}
