import { Composer, type Context } from "grammy";
import type { BotDeps } from "../deps.ts";
import { startReindex } from "../reindex-from-chat.ts";
import { langOf, replyHtml, textsOf } from "../reply.ts";

/**
 * Admin commands: /reindex (rebuild in the background, progress shown by editing one message) and
 * /stats (index size, questions answered, uptime). Anyone else is refused politely, and the
 * attempt is logged with the user id.
 */
export function adminFeature(deps: BotDeps): Composer<Context> {
  const { service, logger, now } = deps;
  const startedAt = now();
  const composer = new Composer<Context>();

  /** Refuses (politely, logged with the user id) when the sender is not an admin; true when refused. */
  async function refuseNonAdmin(ctx: Context, what: string): Promise<boolean> {
    if (deps.isAdmin(ctx)) return false;
    logger.warn({ userId: ctx.from?.id, chatId: ctx.chat?.id, command: what }, "admin command refused");
    await replyHtml(ctx, textsOf(ctx).adminOnly);
    return true;
  }

  composer.command("reindex", async (ctx) => {
    if (await refuseNonAdmin(ctx, "reindex")) return;
    logger.info({ userId: ctx.from?.id }, "reindex requested");
    await startReindex(deps, ctx.chat.id, langOf(ctx), ctx.msg.message_id);
  });

  composer.command("stats", async (ctx) => {
    if (await refuseNonAdmin(ctx, "stats")) return;
    await replyHtml(ctx, textsOf(ctx).stats(service.stats(), (now() - startedAt) / 1000));
  });

  return composer;
}
