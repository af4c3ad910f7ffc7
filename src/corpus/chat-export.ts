/** Longest chat message (characters) dropped whole: a longer one is a pasted text, whose words stay. */
const MAX_CHAT_MESSAGE_CHARS = 200;

/** Fewest stamped messages that make a text a messenger's chat export. */
const MIN_CHAT_MESSAGES = 3;

/**
 * A messenger's exported message: its stamp, then the sender and the message ("14.06.2036, 07:12 - Сергей Базаров: Люди…",
 * "[14.06.36, 08:12] Olga: …", a system line "14.06.2036, 06:58 - Сообщения и звонки защищены…"); group 1 is the message.
 */
const CHAT_MESSAGE = /^\[?\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?\]?\s*(?:[-–—]\s+)?(.*)$/iu;

/** An export's first line naming the chat («Чат WhatsApp с группой «Соседи…»», "WhatsApp Chat with Family"). */
const CHAT_TITLE = /^(?:чат|переписка|история чата)\s+(?:whatsapp|telegram|viber)\s+с\s|^(?:whatsapp|telegram|viber)\s+chat\s+(?:with|history)\s/iu;

/**
 * A messenger's chat export (WhatsApp, Telegram, Viber) loses what the chat is, not what a member pasted into it:
 * the chat's name at the top and every stamped message up to `MAX_CHAT_MESSAGE_CHARS` (members' talk, "<Без медиафайлов>",
 * «Это сообщение удалено», the encryption notice). Lines without a stamp — a pasted article's — stay; a longer stamped
 * message keeps its words without the stamp and sender. Text with fewer than `MIN_CHAT_MESSAGES` stamped lines is no
 * export and stays as it is. Pure.
 */
export function withoutChatExport(lines: readonly string[]): string[] {
  if (lines.filter((line) => CHAT_MESSAGE.test(line) && /:\s/u.test(line)).length < MIN_CHAT_MESSAGES) return [...lines];
  const first = lines.findIndex((line) => line !== "");
  return lines.flatMap((line, i) => {
    if (i === first && CHAT_TITLE.test(line)) return [];
    const message = CHAT_MESSAGE.exec(line);
    if (!message) return [line];
    if (line.length <= MAX_CHAT_MESSAGE_CHARS) return [];
    const text = message[1] ?? "";
    // The sender before ": " ("Ольга Ткачук (староста): …"), when it is a short name.
    const sender = /^[^:]{1,60}:\s+/u.exec(text);
    return [sender ? text.slice(sender[0].length) : text];
  });
}
