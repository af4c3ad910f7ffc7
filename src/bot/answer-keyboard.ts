import { InlineKeyboard } from "grammy";
import type { Lang } from "../corpus/article.ts";
import type { Vote } from "../store/feedback-log.ts";
import { MORE_BUTTON, VOTE_BUTTON } from "./callback-data.ts";
import { BOT_TEXTS } from "./texts.ts";

/**
 * The buttons under an answer: 👍 and 👎 (the recorded vote, when there is one, says thanks), and
 * "More passages" while its passages are pending. `answerRef` is the answer's id in the question log
 * and in the "More" state.
 */
export function answerKeyboard(answerRef: string, lang: Lang, options: { vote?: Vote | null; more: boolean }): InlineKeyboard {
  const texts = BOT_TEXTS[lang];
  const label = (vote: Vote) => {
    const button = vote === "up" ? texts.voteUp : texts.voteDown;
    return options.vote === vote ? texts.voteThanks(button) : button;
  };
  const keyboard = new InlineKeyboard()
    .text(label("up"), VOTE_BUTTON.pack({ answer: answerRef, vote: "up" }))
    .text(label("down"), VOTE_BUTTON.pack({ answer: answerRef, vote: "down" }));
  if (options.more) keyboard.row().text(texts.moreButton, MORE_BUTTON.pack({ id: answerRef }));
  return keyboard;
}
