import type { Context } from "grammy";
import type { Lang } from "../corpus/article.ts";
import { uiLang } from "./lang.ts";
import { BOT_TEXTS, type BotTexts } from "./texts.ts";

/** The language for the bot's own words to the sender of this update (client language, then what they wrote). */
export function langOf(ctx: Context): Lang {
  return uiLang(ctx.from?.language_code, ctx.msg?.text ?? ctx.msg?.caption);
}

/** The bot's own words in the sender's language (see `langOf`). */
export function textsOf(ctx: Context): BotTexts {
  return BOT_TEXTS[langOf(ctx)];
}

/**
 * Replies with Telegram HTML in the update's chat, quoting the user's message when there is one
 * (still sent if that message was deleted meanwhile). Link previews are off. For short texts only:
 * long ones go through `sendHtml`, which splits them.
 */
export function replyHtml(ctx: Context, html: string) {
  return ctx.reply(html, {
    parse_mode: "HTML",
    link_preview_options: { is_disabled: true },
    ...(ctx.msg ? { reply_parameters: { message_id: ctx.msg.message_id, allow_sending_without_reply: true } } : {}),
  });
}
