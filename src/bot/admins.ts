import type { Context } from "grammy";

/** A filter for `composer.filter()`: true when the sender is one of `adminIds` (may /reindex, /stats, /unanswered, upload). */
export function isAdmin(adminIds: readonly number[]): (ctx: Context) => boolean {
  const admins = new Set(adminIds);
  return (ctx) => ctx.from !== undefined && admins.has(ctx.from.id);
}
