import { Composer } from "grammy";
import type { BotContext } from "../context.ts";
import { replyHtml } from "../reply.ts";

/**
 * Everything no other feature took, so that no user is left without an answer in a private chat:
 * presses on unknown or stale buttons, unknown commands, edited messages (only new messages are
 * answered) and stickers, photos, voice, video, locations… Silence in groups. Must come after
 * every other feature: it takes all callbacks and all messages.
 */
export function otherUpdatesFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.on("callback_query:data", async (ctx) => {
    await ctx.answerCallbackQuery({ text: ctx.t.moreExpired });
  });

  const privateChats = composer.chatType("private");

  // Private text reaches here only when it starts with "/" (the questions feature takes the rest).
  privateChats.on("message:text", async (ctx, next) => {
    if (!ctx.msg.text.startsWith("/")) return next();
    await replyHtml(ctx, ctx.t.unknownCommand);
  });

  privateChats.on("edited_message", async (ctx) => {
    await replyHtml(ctx, ctx.t.editedHint);
  });

  privateChats.on("message", async (ctx) => {
    await replyHtml(ctx, ctx.t.onlyText);
  });

  return composer;
}
