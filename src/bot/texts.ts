import type { Lang } from "../corpus/article.ts";
import type { UploadProblem } from "../corpus/seed-upload.ts";
import type { MessageKey } from "../errors.ts";
import { errorText } from "../answer/messages.ts";
import type { BuildProgress, ReindexReport, ServiceStats, Source } from "../answer/types.ts";
import { escapeHtml } from "./telegram-format.ts";
import type { DownvotedAnswer } from "../store/feedback-log.ts";
import type { UnansweredGroup } from "../store/question-log.ts";

/** What `/unanswered` shows: abstained questions grouped, and answers marked 👎, over the last `days`. */
export interface UnansweredReport {
  days: number;
  groups: UnansweredGroup[];
  /** Groups in all (`groups` may be fewer). */
  totalGroups: number;
  downvoted: DownvotedAnswer[];
  /** Answers marked 👎 in all. */
  totalDownvoted: number;
}

/** The counts `/stats` adds from the question log and the votes, over the last `days`. */
export interface ActivityCounts {
  days: number;
  answered: number;
  abstained: number;
  up: number;
  down: number;
}

/** The bot's own words (not the answers) in one language. Functions return Telegram HTML, escaped. */
export interface BotTexts {
  /** /start and /help (HTML): the documents the bot answers from now, and the bot's @username for inline mode. */
  help: (botUsername: string, sources: readonly Source[]) => string;
  /** Added to /help for an admin. */
  adminHelp: string;
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
  stats: (stats: ServiceStats, uptimeSeconds: number, activity: ActivityCounts) => string;
  /** /unanswered (HTML, may be long: sent split). */
  unanswered: (report: UnansweredReport) => string;
  voteUp: string;
  voteDown: string;
  /** A vote button once that vote is recorded, e.g. "👍 Thanks!". */
  voteThanks: (button: string) => string;
  /** A 👍/👎 pressed on an answer that is no longer in the log (past the retention). */
  voteExpired: string;
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

/** Names of documents /help lists, at most (the rest: /sources). */
const MAX_HELP_SOURCES = 8;
/** Longest question shown in /unanswered, in characters (the rest is cut). */
const MAX_SHOWN_QUESTION = 300;

/** Russian plural: 1 документ, 2 документа, 5 документов. */
function ruPlural(n: number, one: string, few: string, many: string): string {
  const tens = n % 100;
  const units = n % 10;
  if (tens >= 11 && tens <= 14) return many;
  if (units === 1) return one;
  if (units >= 2 && units <= 4) return few;
  return many;
}

/** The dates of the documents that have one, as "first – last" (or one date), or null. */
function dateRange(sources: readonly Source[]): string | null {
  const dates = sources.map((s) => s.date).filter((d): d is string => d !== null && d !== "").sort();
  if (dates.length === 0) return null;
  const first = dates[0]!;
  const last = dates.at(-1)!;
  return first === last ? first : `${first} – ${last}`;
}

/** Up to `MAX_HELP_SOURCES` document names as bullet lines, then "… and N more" pointing to /sources. */
function helpSources(sources: readonly Source[], more: (n: number) => string): string[] {
  const lines = sources.slice(0, MAX_HELP_SOURCES).map((s) => `• ${escapeHtml(s.name)}`);
  if (sources.length > MAX_HELP_SOURCES) lines.push(more(sources.length - MAX_HELP_SOURCES));
  return lines;
}

function shortQuestion(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return escapeHtml(flat.length > MAX_SHOWN_QUESTION ? `${flat.slice(0, MAX_SHOWN_QUESTION - 1)}…` : flat);
}

function docList(docs: readonly string[]): string {
  return docs.map((doc) => `<code>${escapeHtml(doc)}</code>`).join(", ");
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
  help: (botUsername, sources) => {
    const english = sources.filter((s) => s.lang === "en").length;
    const range = dateRange(sources);
    const known =
      sources.length === 0
        ? ["There are no documents in the index yet."]
        : [
            `I answer from ${sources.length} document${sources.length === 1 ? "" : "s"} (${english} in English, ${sources.length - english} in Russian)${range ? `, dated ${range}` : ""}:`,
            ...helpSources(sources, (n) => `… and ${n} more: /sources`),
          ];
    return [
      "<b>I answer questions about news articles with verbatim quotes and their sources.</b>",
      "",
      ...known,
      "",
      "Ask in English or Russian, in plain words: who, what, when, where, how many.",
      "Follow-up questions work too (<i>And how many were injured?</i>).",
      "Under each answer, 👍 or 👎 tells the bot's maintainers whether it helped.",
      "",
      "/sources — the documents I know",
      "/ask &lt;question&gt; — ask in a group chat (or mention me)",
      "/help — this message",
      "",
      `In any chat you can also type <code>@${escapeHtml(botUsername)} question</code> to share a quote.`,
    ].join("\n");
  },
  adminHelp:
    "<b>Admin:</b> /unanswered — questions that need articles, and answers marked 👎; /stats; /reindex; send a <code>.txt</code> or <code>.md</code> file to add an article.",
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
  stats: (s, uptime, a) =>
    [
      "<b>Stats</b>",
      `Documents: ${s.documents}`,
      `Passages: ${s.passages}`,
      `Model: ${escapeHtml(s.model ?? "none (lexical search only)")}`,
      `Mode: ${escapeHtml(s.mode)}`,
      `Index built: ${escapeHtml(s.builtAt)}`,
      `Uptime: ${duration(uptime, "en")}`,
      `Questions answered: ${s.questionsAnswered}`,
      "",
      `<b>Last ${a.days} days</b>`,
      `Answered: ${a.answered}`,
      `Abstained (nothing found): ${a.abstained}`,
      `👍: ${a.up}`,
      `👎: ${a.down}`,
    ].join("\n"),
  unanswered: (r) =>
    [
      `<b>Questions I could not answer</b> (last ${r.days} days, most frequent first)`,
      ...(r.groups.length === 0
        ? ["None."]
        : r.groups.map((g, i) => `${i + 1}. <b>${g.count}×</b> ${shortQuestion(g.text)} <i>(${g.lang})</i>`)),
      ...(r.totalGroups > r.groups.length ? [`… and ${r.totalGroups - r.groups.length} more.`] : []),
      "",
      `<b>Answers marked 👎</b> (last ${r.days} days)`,
      ...(r.downvoted.length === 0
        ? ["None."]
        : r.downvoted.map(
            (d, i) =>
              `${i + 1}. <b>👎 ${d.down}</b>${d.up > 0 ? ` (👍 ${d.up})` : ""} ${shortQuestion(d.question)} <i>(${d.lang})</i>${d.docs.length > 0 ? ` — quoted ${docList(d.docs)}` : ""}`,
          )),
      ...(r.totalDownvoted > r.downvoted.length ? [`… and ${r.totalDownvoted - r.downvoted.length} more.`] : []),
    ].join("\n"),
  voteUp: "👍",
  voteDown: "👎",
  voteThanks: (button) => `${button} Thanks!`,
  voteExpired: "This answer is too old to rate. Please ask again.",
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
  help: (botUsername, sources) => {
    const russian = sources.filter((s) => s.lang === "ru").length;
    const range = dateRange(sources);
    const n = sources.length;
    const known =
      n === 0
        ? ["В индексе пока нет документов."]
        : [
            `Я отвечаю по ${n} ${ruPlural(n, "документу", "документам", "документам")} (на русском — ${russian}, на английском — ${n - russian})${range ? `, даты: ${range}` : ""}:`,
            ...helpSources(sources, (more) => `… и ещё ${more}: /sources`),
          ];
    return [
      "<b>Я отвечаю на вопросы о новостных статьях дословными цитатами с указанием источников.</b>",
      "",
      ...known,
      "",
      "Спрашивайте по-русски или по-английски, обычными словами: кто, что, когда, где, сколько.",
      "Можно задавать уточняющие вопросы (<i>А сколько пострадало?</i>).",
      "Под каждым ответом кнопки 👍 и 👎: так вы сообщите авторам бота, помог ли ответ.",
      "",
      "/sources — список документов",
      "/ask &lt;вопрос&gt; — вопрос в групповом чате (или упомяните меня)",
      "/help — эта справка",
      "",
      `В любом чате можно набрать <code>@${escapeHtml(botUsername)} вопрос</code>, чтобы поделиться цитатой.`,
    ].join("\n");
  },
  adminHelp:
    "<b>Администратору:</b> /unanswered — вопросы, для которых нужны статьи, и ответы с 👎; /stats; /reindex; пришлите файл <code>.txt</code> или <code>.md</code>, чтобы добавить статью.",
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
  stats: (s, uptime, a) =>
    [
      "<b>Статистика</b>",
      `Документов: ${s.documents}`,
      `Фрагментов: ${s.passages}`,
      `Модель: ${escapeHtml(s.model ?? "нет (только лексический поиск)")}`,
      `Режим: ${escapeHtml(s.mode)}`,
      `Индекс построен: ${escapeHtml(s.builtAt)}`,
      `Время работы: ${duration(uptime, "ru")}`,
      `Отвечено вопросов: ${s.questionsAnswered}`,
      "",
      `<b>За последние ${a.days} ${ruPlural(a.days, "день", "дня", "дней")}</b>`,
      `С ответом: ${a.answered}`,
      `Без ответа (ничего не нашлось): ${a.abstained}`,
      `👍: ${a.up}`,
      `👎: ${a.down}`,
    ].join("\n"),
  unanswered: (r) =>
    [
      `<b>Вопросы, на которые я не нашёл ответа</b> (за ${r.days} ${ruPlural(r.days, "день", "дня", "дней")}, сначала частые)`,
      ...(r.groups.length === 0
        ? ["Нет."]
        : r.groups.map((g, i) => `${i + 1}. <b>${g.count}×</b> ${shortQuestion(g.text)} <i>(${g.lang})</i>`)),
      ...(r.totalGroups > r.groups.length ? [`… и ещё ${r.totalGroups - r.groups.length}.`] : []),
      "",
      `<b>Ответы с 👎</b> (за ${r.days} ${ruPlural(r.days, "день", "дня", "дней")})`,
      ...(r.downvoted.length === 0
        ? ["Нет."]
        : r.downvoted.map(
            (d, i) =>
              `${i + 1}. <b>👎 ${d.down}</b>${d.up > 0 ? ` (👍 ${d.up})` : ""} ${shortQuestion(d.question)} <i>(${d.lang})</i>${d.docs.length > 0 ? ` — цитаты из ${docList(d.docs)}` : ""}`,
          )),
      ...(r.totalDownvoted > r.downvoted.length ? [`… и ещё ${r.totalDownvoted - r.downvoted.length}.`] : []),
    ].join("\n"),
  voteUp: "👍",
  voteDown: "👎",
  voteThanks: (button) => `${button} Спасибо!`,
  voteExpired: "Этот ответ уже слишком старый для оценки. Задайте вопрос ещё раз.",
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
