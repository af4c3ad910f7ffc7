import { GrammyError, type Api } from "grammy";
import type { InlineKeyboardMarkup, Message } from "grammy/types";
import { htmlToPlain, splitHtml, splitPlain, unescapeHtml } from "./telegram-format.ts";
import type { AppLogger } from "../logger.ts";

/** An `<a href="…">…</a>` of our HTML (the href attribute escaped, double-quoted). */
const LINK = /<a\s[^>]*?href\s*=\s*"([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi;

/**
 * Plain text for our Telegram HTML that keeps every link's address: `<a href="URL">link</a>`
 * becomes `link: URL`, or just `URL` when that is its text; other tags are dropped and entities
 * decoded (`htmlToPlain`).
 */
export function htmlToPlainWithLinks(html: string): string {
  return htmlToPlain(
    html.replace(LINK, (_whole, href: string, label: string) => {
      const words = htmlToPlain(label).trim();
      return words === "" || words === unescapeHtml(href) ? href : `${label}: ${href}`;
    }),
  );
}

/** True when Telegram refused our HTML (the most reported bot failure). */
function isParseEntitiesError(error: unknown): boolean {
  return error instanceof GrammyError && /can't parse entities/i.test(error.description);
}

/**
 * Sends Telegram HTML to a chat, split into messages of at most 4096 characters. The first part
 * replies to `replyTo`; the keyboard goes on the last part. Link previews are off. A part Telegram
 * still refuses with "can't parse entities" is resent as plain text (tags dropped, link addresses
 * kept: `htmlToPlainWithLinks`), so the user always gets the words and the sources' links.
 */
export async function sendHtml(
  api: Api,
  chatId: number,
  html: string,
  options: { replyTo?: number; keyboard?: InlineKeyboardMarkup; logger: AppLogger },
): Promise<Message.TextMessage[]> {
  const parts = splitHtml(html);
  const sent: Message.TextMessage[] = [];
  for (const [i, part] of parts.entries()) {
    const common = {
      link_preview_options: { is_disabled: true },
      ...(i === 0 && options.replyTo !== undefined
        ? { reply_parameters: { message_id: options.replyTo, allow_sending_without_reply: true } }
        : {}),
      ...(i === parts.length - 1 && options.keyboard ? { reply_markup: options.keyboard } : {}),
    };
    try {
      sent.push(await api.sendMessage(chatId, part, { ...common, parse_mode: "HTML" }));
    } catch (error) {
      if (!isParseEntitiesError(error)) throw error;
      options.logger.warn({ chatId, err: error }, "Telegram refused our HTML; resending as plain text");
      const plainParts = splitPlain(htmlToPlainWithLinks(part));
      for (const [j, plain] of plainParts.entries()) {
        const plainOptions = j === plainParts.length - 1 ? common : { ...common, reply_markup: undefined };
        sent.push(await api.sendMessage(chatId, plain, plainOptions));
      }
    }
  }
  return sent;
}
