import { Composer, type Context } from "grammy";
import { replyHtml, textsOf } from "../reply.ts";

/**
 * Everything no other feature took, so that no user is left without an answer in a private chat:
 * presses on unknown or stale buttons, unknown commands, edited messages (only new messages are
 * answered) and stickers, photos, voice, video, locations… Silence in groups. Must come after
 * every other feature: it takes all callbacks and all messages.
 */
export function otherUpdatesFeature(): Composer<Context> {
  const composer = new Composer<Context>();

  composer.on("callback_query:data", async (ctx) => {
    await ctx.answerCallbackQuery({ text: textsOf(ctx).moreExpired });
  });

  // Private text reaches here only when it starts with "/" (the questions feature takes the rest).
  composer.on("message:text", async (ctx, next) => {
    if (ctx.chat.type !== "private" || !ctx.msg.text.startsWith("/")) return next();
    await replyHtml(ctx, textsOf(ctx).unknownCommand);
  });

  composer.on("edited_message", async (ctx) => {
    if (ctx.chat.type !== "private") return;
    await replyHtml(ctx, textsOf(ctx).editedHint);
  });

  composer.on("message", async (ctx) => {
    if (ctx.chat.type !== "private") return;
    await replyHtml(ctx, textsOf(ctx).onlyText);
  });

  return composer;
}
