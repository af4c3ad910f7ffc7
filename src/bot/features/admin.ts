import { Composer } from "grammy";
import type { AnswerService } from "../../answer/types.ts";
import type { AppLogger } from "../../logger.ts";
import { DAY_MS, type BotStore } from "../../store/bot-store.ts";
import { isAdmin } from "../admins.ts";
import type { BotContext } from "../context.ts";
import type { StartReindex } from "../reindex-from-chat.ts";
import { replyHtml } from "../reply.ts";
import { sendHtml } from "../send-html.ts";

/** The admins' commands (anyone else is refused). */
export const ADMIN_COMMANDS = ["reindex", "stats", "unanswered"] as const;

/** Days `/unanswered` looks back, at most (never more than the retention keeps). */
export const UNANSWERED_DAYS = 30;
/** Entries per list in `/unanswered`, at most (the rest is counted: "… and N more"). */
const MAX_LISTED = 100;

/** What the admin feature needs. */
export interface AdminOptions {
  service: AnswerService;
  store: BotStore;
  logger: AppLogger;
  adminIds: readonly number[];
  reindex: StartReindex;
  /** Clock, in ms since the epoch. */
  now: () => number;
}

/**
 * Admin commands: /reindex (rebuild in the background, progress shown by editing one message),
 * /stats (index size, uptime, and over the retention: questions answered and abstained on, 👍 and 👎)
 * and /unanswered (abstained questions grouped, most frequent first, and answers marked 👎, over the
 * last 30 days; in the admin's language, split under 4096 characters). Anyone else is refused
 * politely, and the attempt is logged with the user id.
 */
export function adminFeature(options: AdminOptions): Composer<BotContext> {
  const { service, store, logger, now } = options;
  const startedAt = now();
  const composer = new Composer<BotContext>();
  const admins = composer.filter(isAdmin(options.adminIds));

  admins.command("reindex", async (ctx) => {
    logger.info({ userId: ctx.from?.id }, "reindex requested");
    await options.reindex(ctx.chat.id, ctx.lang, ctx.msg.message_id);
  });

  admins.command("stats", async (ctx) => {
    const days = store.retentionDays;
    const since = now() - days * DAY_MS;
    const activity = { days, ...store.questions.counts(since), ...store.feedback.counts(since) };
    await replyHtml(ctx, ctx.t.stats(service.stats(), (now() - startedAt) / 1000, activity));
  });

  admins.command("unanswered", async (ctx) => {
    const days = Math.min(UNANSWERED_DAYS, store.retentionDays);
    const since = now() - days * DAY_MS;
    const unanswered = store.questions.unanswered(since, MAX_LISTED);
    const downvoted = store.feedback.downvoted(since, MAX_LISTED);
    const html = ctx.t.unanswered({
      days,
      groups: unanswered.groups,
      totalGroups: unanswered.total,
      downvoted: downvoted.answers,
      totalDownvoted: downvoted.total,
    });
    await sendHtml(ctx.api, ctx.chat.id, html, { replyTo: ctx.msg.message_id, logger });
  });

  // Reached only when the sender is not an admin.
  composer.command([...ADMIN_COMMANDS], async (ctx) => {
    logger.warn({ userId: ctx.from?.id, chatId: ctx.chat.id, command: ctx.msg.text.split(/[\s@]/)[0] }, "admin command refused");
    await replyHtml(ctx, ctx.t.adminOnly);
  });

  return composer;
}
