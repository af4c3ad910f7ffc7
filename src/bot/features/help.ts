import { Composer } from "grammy";
import type { AnswerService } from "../../answer/types.ts";
import type { AppLogger } from "../../logger.ts";
import { isAdmin } from "../admins.ts";
import type { BotContext } from "../context.ts";
import { sendHtml } from "../send-html.ts";

/**
 * /start, /help and /sources: what the bot knows (built from the documents in the index now, so an
 * upload shows up) and how to ask it; an admin also sees the admin commands. Answered in any chat,
 * to anyone, without rate limiting (they cost no retrieval).
 */
export function helpFeature(options: { service: AnswerService; logger: AppLogger; adminIds: readonly number[] }): Composer<BotContext> {
  const { service, logger } = options;
  const admin = isAdmin(options.adminIds);
  const composer = new Composer<BotContext>();

  composer.command(["start", "help"], async (ctx) => {
    const help = ctx.t.help(ctx.me.username, service.sources());
    await sendHtml(ctx.api, ctx.chat.id, admin(ctx) ? `${help}\n\n${ctx.t.adminHelp}` : help, { replyTo: ctx.msg.message_id, logger });
  });

  composer.command("sources", async (ctx) => {
    const texts = ctx.t;
    const sources = service.sources();
    const html =
      sources.length === 0 ? texts.sourcesEmpty : [texts.sourcesHeader, ...sources.map((s, i) => texts.sourceItem(s, i))].join("\n");
    await sendHtml(ctx.api, ctx.chat.id, html, { replyTo: ctx.msg.message_id, logger });
  });

  return composer;
}
