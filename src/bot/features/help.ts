import { Composer, type Context } from "grammy";
import type { BotDeps } from "../deps.ts";
import { replyHtml, textsOf } from "../reply.ts";
import { sendHtml } from "../send-html.ts";

/**
 * /start, /help and /sources: what the bot knows and how to ask it. Answered in any chat, to
 * anyone, without rate limiting (they cost no retrieval).
 */
export function helpFeature(deps: BotDeps): Composer<Context> {
  const { service, logger } = deps;
  const composer = new Composer<Context>();

  composer.command(["start", "help"], async (ctx) => {
    await replyHtml(ctx, textsOf(ctx).help(ctx.me.username));
  });

  composer.command("sources", async (ctx) => {
    const texts = textsOf(ctx);
    const sources = service.sources();
    const html =
      sources.length === 0 ? texts.sourcesEmpty : [texts.sourcesHeader, ...sources.map((s, i) => texts.sourceItem(s, i))].join("\n");
    await sendHtml(ctx.api, ctx.chat.id, html, { replyTo: ctx.msg.message_id, logger });
  });

  return composer;
}
