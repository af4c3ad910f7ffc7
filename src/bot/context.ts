import type { Context, MiddlewareFn } from "grammy";
import type { Lang } from "../corpus/article.ts";
import { uiLang } from "./lang.ts";
import { BOT_TEXTS, type BotTexts } from "./texts.ts";

/** What the bot adds to grammY's context: the language of its own words to the sender, and those words. */
export interface LangFlavor {
  /** The client language first (`language_code`), then the language of what they wrote, then English. */
  lang: Lang;
  /** The bot's own words in `lang`. */
  t: BotTexts;
}

/** The context every handler of the bot gets. */
export type BotContext = Context & LangFlavor;

/** Sets `ctx.lang` and `ctx.t` once per update, before any feature runs. */
export function langMiddleware(): MiddlewareFn<BotContext> {
  return (ctx, next) => {
    ctx.lang = uiLang(ctx.from?.language_code, ctx.msg?.text ?? ctx.msg?.caption);
    ctx.t = BOT_TEXTS[ctx.lang];
    return next();
  };
}
