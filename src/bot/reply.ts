import type { Context } from "grammy";

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
