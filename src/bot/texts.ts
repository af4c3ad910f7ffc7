import type { Lang } from "../corpus/article.ts";
import type { UploadProblem } from "../corpus/seed-upload.ts";
import type { MessageKey } from "../errors.ts";
import { errorText } from "../answer/messages.ts";
import type { BuildProgress, ReindexReport, ServiceStats, Source } from "../answer/types.ts";
import { escapeHtml } from "../answer/telegram-format.ts";

/** The bot's own words (not the answers) in one language. Functions return Telegram HTML, escaped. */
export interface BotTexts {
  /** /start and /help (HTML), naming the bot's @username for inline mode. */
  help: (botUsername: string) => string;
  /** Short descriptions for the command menu (setMyCommands), plain text. */
  commands: { help: string; sources: string; ask: string };
  sourcesHeader: string;
  sourcesEmpty: string;
  sourceItem: (source: Source, index: number) => string;
  askUsage: string;
  unknownCommand: string;
  /** Reply to stickers, photos, voice, video and other non-text messages. */
  onlyText: string;
  /** Reply to an edited message: edits are not re-answered. */
  editedHint: string;
  rateLimited: string;
  adminOnly: string;
  moreButton: string;
  moreExpired: string;
  /** An upload's Replace/Cancel button pressed after the upload was forgotten. */
  uploadExpired: string;
  moreNothing: string;
  reindexBusy: string;
  reindexStarted: string;
  reindexProgress: (phase: BuildProgress["phase"], done: number, total: number) => string;
  reindexDone: (report: ReindexReport) => string;
  reindexFailed: string;
  stats: (stats: ServiceStats, uptimeSeconds: number) => string;
  /** Why an upload was refused; `maxBytes` is the size limit the bot enforces. */
  uploadProblem: (problem: UploadProblem, maxBytes: number) => string;
  uploadExists: (name: string) => string;
  uploadReplaceButton: string;
  uploadCancelButton: string;
  uploadCancelled: string;
  /** `sentAs`: the name of the admin's file when it was saved under another (safe) name. */
  uploadSaved: (name: string, replaced: boolean, sentAs?: string) => string;
  uploadSavedReindexBusy: (name: string) => string;
  uploadFailed: string;
  inlineNothing: string;
  inlineHint: string;
}

function duration(seconds: number, lang: Lang): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = Math.floor(seconds % 60);
  return lang === "ru" ? `${h} ч ${m} мин ${s} с` : `${h}h ${m}m ${s}s`;
}

/** A size in bytes for people, in decimal units: 1_000_000 → "1 MB", 2_000 → "2 KB". */
function formatSize(bytes: number, lang: Lang): string {
  const [value, unit] =
    bytes >= 1_000_000 ? [bytes / 1_000_000, lang === "ru" ? "МБ" : "MB"] : bytes >= 1_000 ? [bytes / 1_000, lang === "ru" ? "КБ" : "KB"] : [bytes, lang === "ru" ? "байт" : "bytes"];
  const rounded = Math.round(value * 10) / 10;
  return `${lang === "ru" ? String(rounded).replace(".", ",") : String(rounded)} ${unit}`;
}

function list(items: readonly string[]): string {
  return items.length === 0 ? "—" : items.map(escapeHtml).join(", ");
}

const sourceItem = (lang: Lang) => (source: Source, index: number): string => {
  const name = escapeHtml(source.name);
  const details = [
    source.outlet && !source.name.includes(source.outlet) ? source.outlet : null,
    source.date && !source.name.includes(source.date) ? source.date : null,
    source.lang.toUpperCase(),
  ].filter((piece): piece is string => piece !== null && piece !== "");
  let line = `${index + 1}. <b>${name}</b>`;
  if (details.length > 0) line += ` — ${details.map(escapeHtml).join(", ")}`;
  if (source.url && /^https?:\/\//.test(source.url)) {
    line += ` · <a href="${escapeHtml(source.url)}">${lang === "ru" ? "ссылка" : "link"}</a>`;
  }
  return line;
};

const en: BotTexts = {
  help: (botUsername) => [
    "<b>I answer questions about news articles with verbatim quotes and their sources.</b>",
    "",
    "The articles cover:",
    "• the January 2022 unrest in Kazakhstan;",
    "• the March 2024 Crocus City Hall attack near Moscow;",
    "• the June 2024 attacks in Dagestan.",
    "",
    "Ask in English or Russian, in plain words, e.g. <i>How many people died in the Crocus City Hall attack?</i>",
    "Follow-up questions work too (<i>And in Dagestan?</i>).",
    "",
    "/sources — the documents I know",
    "/ask &lt;question&gt; — ask in a group chat (or mention me)",
    "/help — this message",
    "",
    `In any chat you can also type <code>@${escapeHtml(botUsername)} question</code> to share a quote.`,
  ].join("\n"),
  commands: { help: "What I know and how to ask", sources: "The documents I quote from", ask: "Ask a question (works in groups)" },
  sourcesHeader: "<b>Documents I answer from:</b>",
  sourcesEmpty: "There are no documents in the index yet.",
  sourceItem: sourceItem("en"),
  askUsage: "Write the question after the command, e.g. <code>/ask How many people died in the Crocus City Hall attack?</code>",
  unknownCommand: "I don't know that command. See /help.",
  onlyText: "I can only read text questions. Please type your question, e.g. <i>What happened in Almaty in January 2022?</i>",
  editedHint: "I answer new messages only. Please send the corrected question as a new message.",
  rateLimited: "You're asking faster than I can answer. Please wait a minute and try again.",
  adminOnly: "Sorry, only the bot's administrators can do that.",
  moreButton: "More passages",
  moreExpired: "This button has expired. Please ask the question again.",
  uploadExpired: "This upload has expired. Please send the file again.",
  moreNothing: "No more passages for this question.",
  reindexBusy: "The index is already being rebuilt. Please wait until it finishes.",
  reindexStarted: "Rebuilding the index… I keep answering from the current one meanwhile.",
  reindexProgress: (phase, done, total) =>
    `Rebuilding the index… ${{ loading: "reading articles", embedding: "embedding passages", writing: "writing the index", done: "done" }[phase]}: ${done}/${total}${total > 0 ? ` (${Math.round((100 * done) / total)}%)` : ""}`,
  reindexDone: (r) =>
    [
      "<b>Index rebuilt.</b>",
      `Documents: ${r.documents}, passages: ${r.passages}, mode: ${escapeHtml(r.mode)}, time: ${(r.buildMs / 1000).toFixed(1)} s`,
      `Added: ${list(r.added)}`,
      `Changed: ${list(r.changed)}`,
      `Removed: ${list(r.removed)}`,
      `Skipped: ${r.skipped.length === 0 ? "—" : r.skipped.map((s) => `${escapeHtml(s.file)} (${escapeHtml(s.reason)})`).join(", ")}`,
    ].join("\n"),
  reindexFailed: "The rebuild failed; I keep answering from the previous index. The details are in the log.",
  stats: (s, uptime) =>
    [
      "<b>Stats</b>",
      `Documents: ${s.documents}`,
      `Passages: ${s.passages}`,
      `Model: ${escapeHtml(s.model ?? "none (lexical search only)")}`,
      `Mode: ${escapeHtml(s.mode)}`,
      `Index built: ${escapeHtml(s.builtAt)}`,
      `Uptime: ${duration(uptime, "en")}`,
      `Questions answered: ${s.questionsAnswered}`,
    ].join("\n"),
  uploadProblem: (problem, maxBytes) =>
    ({
      name: "That file name can't be used: it must be a plain name with letters or digits, without a leading dot, e.g. <code>kazinform_2022-01-05.txt</code>.",
      extension: "Only <code>.txt</code> and <code>.md</code> articles can be added.",
      tooLarge: `That file is too large (the limit is ${formatSize(maxBytes, "en")}).`,
      empty: "That file is empty.",
      notUtf8: "That file is not valid UTF-8 text. Please save it as UTF-8 and send it again.",
      utf16: "That file is UTF-16 text. Please save it as UTF-8 and send it again.",
      binary: "That file is not text (it looks like a binary file). Please send the article as a .txt or .md text file.",
    })[problem],
  uploadExists: (name) => `A document called <code>${escapeHtml(name)}</code> already exists. Replace it?`,
  uploadReplaceButton: "Replace",
  uploadCancelButton: "Cancel",
  uploadCancelled: "Upload cancelled; nothing was changed.",
  uploadSaved: (name, replaced, sentAs) =>
    `${replaced ? "Replaced" : "Saved"} <code>${escapeHtml(name)}</code>${sentAs ? ` (sent as <code>${escapeHtml(sentAs)}</code>)` : ""}. Rebuilding the index so it becomes answerable…`,
  uploadSavedReindexBusy: (name) =>
    `Saved <code>${escapeHtml(name)}</code>, but a rebuild is already running. Run /reindex when it finishes to include it.`,
  uploadFailed: "I couldn't save that file. The details are in the log.",
  inlineNothing: "Nothing found in the documents",
  inlineHint: "Type a question about the news articles",
};

const ru: BotTexts = {
  help: (botUsername) => [
    "<b>Я отвечаю на вопросы о новостных статьях дословными цитатами с указанием источников.</b>",
    "",
    "Статьи рассказывают:",
    "• о беспорядках в Казахстане в январе 2022 года;",
    "• о теракте в «Крокус Сити Холле» в марте 2024 года;",
    "• о терактах в Дагестане в июне 2024 года.",
    "",
    "Спрашивайте по-русски или по-английски, обычными словами, например: <i>Сколько дней продлится траур в Дагестане?</i>",
    "Можно задавать уточняющие вопросы (<i>А в Дагестане?</i>).",
    "",
    "/sources — список документов",
    "/ask &lt;вопрос&gt; — вопрос в групповом чате (или упомяните меня)",
    "/help — эта справка",
    "",
    `В любом чате можно набрать <code>@${escapeHtml(botUsername)} вопрос</code>, чтобы поделиться цитатой.`,
  ].join("\n"),
  commands: { help: "Что я знаю и как спрашивать", sources: "Документы, которые я цитирую", ask: "Задать вопрос (работает в группах)" },
  sourcesHeader: "<b>Документы, по которым я отвечаю:</b>",
  sourcesEmpty: "В индексе пока нет документов.",
  sourceItem: sourceItem("ru"),
  askUsage: "Напишите вопрос после команды, например: <code>/ask Сколько дней продлится траур в Дагестане?</code>",
  unknownCommand: "Я не знаю такой команды. Смотрите /help.",
  onlyText: "Я понимаю только текстовые вопросы. Напишите вопрос, например: <i>Что произошло в Алматы в январе 2022 года?</i>",
  editedHint: "Я отвечаю только на новые сообщения. Пожалуйста, отправьте исправленный вопрос новым сообщением.",
  rateLimited: "Вы спрашиваете быстрее, чем я успеваю отвечать. Подождите минуту и попробуйте снова.",
  adminOnly: "Извините, это могут делать только администраторы бота.",
  moreButton: "Ещё фрагменты",
  moreExpired: "Эта кнопка устарела. Задайте вопрос ещё раз.",
  uploadExpired: "Срок этой загрузки истёк. Пришлите файл ещё раз.",
  moreNothing: "Других фрагментов по этому вопросу нет.",
  reindexBusy: "Индекс уже перестраивается. Подождите, пока это закончится.",
  reindexStarted: "Перестраиваю индекс… Пока отвечаю по текущему.",
  reindexProgress: (phase, done, total) =>
    `Перестраиваю индекс… ${{ loading: "читаю статьи", embedding: "вычисляю векторы", writing: "записываю индекс", done: "готово" }[phase]}: ${done}/${total}${total > 0 ? ` (${Math.round((100 * done) / total)}%)` : ""}`,
  reindexDone: (r) =>
    [
      "<b>Индекс перестроен.</b>",
      `Документов: ${r.documents}, фрагментов: ${r.passages}, режим: ${escapeHtml(r.mode)}, время: ${(r.buildMs / 1000).toFixed(1)} с`,
      `Добавлено: ${list(r.added)}`,
      `Изменено: ${list(r.changed)}`,
      `Удалено: ${list(r.removed)}`,
      `Пропущено: ${r.skipped.length === 0 ? "—" : r.skipped.map((s) => `${escapeHtml(s.file)} (${escapeHtml(s.reason)})`).join(", ")}`,
    ].join("\n"),
  reindexFailed: "Перестроить индекс не удалось; отвечаю по прежнему. Подробности в журнале.",
  stats: (s, uptime) =>
    [
      "<b>Статистика</b>",
      `Документов: ${s.documents}`,
      `Фрагментов: ${s.passages}`,
      `Модель: ${escapeHtml(s.model ?? "нет (только лексический поиск)")}`,
      `Режим: ${escapeHtml(s.mode)}`,
      `Индекс построен: ${escapeHtml(s.builtAt)}`,
      `Время работы: ${duration(uptime, "ru")}`,
      `Отвечено вопросов: ${s.questionsAnswered}`,
    ].join("\n"),
  uploadProblem: (problem, maxBytes) =>
    ({
      name: "Такое имя файла не подходит: нужно простое имя с буквами или цифрами, без точки в начале, например <code>kazinform_2022-01-05.txt</code>.",
      extension: "Добавлять можно только статьи в формате <code>.txt</code> и <code>.md</code>.",
      tooLarge: `Файл слишком большой (предел — ${formatSize(maxBytes, "ru")}).`,
      empty: "Файл пустой.",
      notUtf8: "Файл не в кодировке UTF-8. Сохраните его в UTF-8 и отправьте снова.",
      utf16: "Файл в кодировке UTF-16. Сохраните его в UTF-8 и отправьте снова.",
      binary: "Это не текстовый файл (похоже на двоичный). Пришлите статью текстом в формате .txt или .md.",
    })[problem],
  uploadExists: (name) => `Документ <code>${escapeHtml(name)}</code> уже есть. Заменить его?`,
  uploadReplaceButton: "Заменить",
  uploadCancelButton: "Отмена",
  uploadCancelled: "Загрузка отменена, ничего не изменилось.",
  uploadSaved: (name, replaced, sentAs) =>
    `${replaced ? "Заменил" : "Сохранил"} <code>${escapeHtml(name)}</code>${sentAs ? ` (присланный как <code>${escapeHtml(sentAs)}</code>)` : ""}. Перестраиваю индекс, чтобы по нему можно было отвечать…`,
  uploadSavedReindexBusy: (name) =>
    `Сохранил <code>${escapeHtml(name)}</code>, но индекс уже перестраивается. Когда закончится, запустите /reindex, чтобы его учесть.`,
  uploadFailed: "Не удалось сохранить файл. Подробности в журнале.",
  inlineNothing: "В документах ничего не нашлось",
  inlineHint: "Напишите вопрос о новостных статьях",
};

/** The bot's texts of each language. */
export const BOT_TEXTS: Record<Lang, BotTexts> = { en, ru };

/** The user-facing text (HTML-escaped) for an error's message key. */
export function errorReply(key: MessageKey, lang: Lang): string {
  return escapeHtml(errorText(key, lang));
}
