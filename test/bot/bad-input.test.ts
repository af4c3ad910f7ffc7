import { MAX_SEED_BYTES, type UploadProblem } from "../../src/corpus/seed-upload.ts";
import { readdir } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANSWER_TEXTS, errorText } from "../../src/answer/messages.ts";
import type { AnswerService, ReindexReport } from "../../src/answer/types.ts";
import { BOT_TEXTS } from "../../src/bot/texts.ts";
import type { Lang } from "../../src/corpus/article.ts";
import type { MessageKey } from "../../src/errors.ts";
import { visibleText, type RecordedCall, type StubChat, type StubUser } from "../helpers/bot-api-stub.ts";
import { removeCorpus, startBotHarness, type BotHarness } from "../helpers/bot-harness.ts";
import { admin, alice, boris, carol, expectVerbatimQuotes, group, loadArticles, openTestService, quotesOf } from "./e2e-support.ts";

/**
 * Odd updates of every kind, sent through the stub Bot API server to the live bot (real service over a
 * lexical index): each must get exactly the reply the bot promises (a polite text in the user's language,
 * or deliberate silence in groups), never an error leak, and the bot must keep answering afterwards.
 */

const adminRu: StubUser = { id: 9002, first_name: "Админ", language_code: "ru" };
const QUESTION_EN = "How many people died in the Crocus City Hall attack?";
const QUESTION_RU = "Сколько дней продлится траур в Дагестане?";

/** Something a user would not want to see in a reply: internals leaking out. */
const LEAK = /\bundefined\b|\bnull\b|\[object Object\]|\bNaN\b|\b(Type|Reference|Range|Syntax|Grammy|Http|App|Question)Error\b|\n\s+at \S|Bad Request|Too Many Requests|Internal Server Error|ENOENT|EACCES|\/tmp\/|TEST_token/;

/** What the bot should do with a case. */
type Expected =
  /** Exactly one message to the chat, shown exactly as `text` (HTML of the bot's own words). */
  | { kind: "text"; html: string }
  /** Exactly one message, an answer (lead + quotes, or "nothing found") in one of `langs`; `quotes` when quotes are required. */
  | { kind: "answer"; langs: Lang[]; quotes?: boolean }
  /** /sources: the header, then the documents. */
  | { kind: "sources"; lang: Lang }
  /** /help: built from the documents the service knows at the time. */
  | { kind: "help"; lang: Lang }
  /** A saved upload: "Saved …", then the rebuild's report. */
  | { kind: "upload"; name: string; lang: Lang; sentAs?: string }
  /** Nothing at all sent to Telegram. */
  | { kind: "silence" }
  /** One answerCallbackQuery (with this toast text, or none), then optionally one message. */
  | { kind: "callback"; toast: string | undefined; message?: string }
  /** One answerInlineQuery with no results and this button text. */
  | { kind: "inline"; button: string };

interface Case {
  name: string;
  /** The chat replies are expected in. */
  chatId: number;
  /** Sends the update; returns its update_id. */
  send: (h: BotHarness) => number;
  expected: Expected;
}

const t = (lang: Lang) => BOT_TEXTS[lang];
const err = (key: MessageKey, lang: Lang) => errorText(key, lang);
const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const until4096 = (sentence: string) => sentence.repeat(Math.ceil(4096 / sentence.length)).slice(0, 4096);

/** Raw messages for kinds the stub has no helper for; ids far from the stub's own. */
let rawMessageId = 5_000_000;
function raw(user: StubUser, chat: StubChat | undefined, extra: Record<string, unknown>): Record<string, unknown> {
  return {
    message_id: rawMessageId++,
    date: Math.floor(Date.now() / 1000),
    chat: chat ?? { id: user.id, type: "private", first_name: user.first_name },
    from: { is_bot: false, ...user },
    ...extra,
  };
}

const ARTICLE = [
  "Ice fishing festival on Lake Kapchagay",
  "",
  "Organisers of the ice fishing festival on Lake Kapchagay said 312 anglers registered this winter.",
  "The festival on Lake Kapchagay ended on Sunday with a prize for the largest pike.",
  "",
].join("\n");

const PNG_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe]);

function fileCases(): Case[] {
  const cases: Case[] = [];
  const refused: [string, string | Buffer, UploadProblem][] = [
    ["report.pdf", "%PDF-1.4\n%âãÏÓ\n", "extension"],
    ["setup.exe", Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]), "extension"],
    ["picture.png", PNG_BYTES, "extension"],
    ["binary.txt", PNG_BYTES, "binary"],
    ["cp1251.txt", Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]), "notUtf8"],
    ["empty.txt", "", "empty"],
    ["huge.txt", Buffer.alloc(1_000_001, 0x61), "tooLarge"],
    ["../../escape.txt", ARTICLE, "name"],
    ["🙂.txt", ARTICLE, "name"],
  ];
  for (const [user, lang] of [
    [admin, "en"],
    [adminRu, "ru"],
  ] as const) {
    for (const [name, bytes, problem] of refused) {
      cases.push({
        name: `document ${name} from an admin (${lang}) → ${problem}`,
        chatId: user.id,
        send: (h) => h.stub.sendDocument(user, name, bytes),
        expected: { kind: "text", html: t(lang).uploadProblem(problem, MAX_SEED_BYTES) },
      });
    }
  }
  cases.push({
    name: "document without a file name from an admin → name",
    chatId: admin.id,
    send: (h) => {
      const fileId = h.stub.addFile(ARTICLE, "noname");
      return h.stub.pushUpdate({ message: raw(admin, undefined, { document: { file_id: fileId, file_unique_id: `u${fileId}`, file_size: ARTICLE.length } }) });
    },
    expected: { kind: "text", html: t("en").uploadProblem("name", MAX_SEED_BYTES) },
  });
  cases.push(
    {
      name: "document 960_kapchagay.txt (a real article) from an admin → saved and indexed",
      chatId: admin.id,
      send: (h) => h.stub.sendDocument(admin, "960_kapchagay.txt", ARTICLE),
      expected: { kind: "upload", name: "960_kapchagay.txt", lang: "en" },
    },
    {
      name: "document 961_kapchagay.md from a Russian admin → saved and indexed",
      chatId: adminRu.id,
      send: (h) => h.stub.sendDocument(adminRu, "961_kapchagay.md", `# ${ARTICLE}`),
      expected: { kind: "upload", name: "961_kapchagay.md", lang: "ru" },
    },
    {
      name: "document статья.txt (a Cyrillic name) from a Russian admin → saved as statya.txt",
      chatId: adminRu.id,
      send: (h) => h.stub.sendDocument(adminRu, "статья.txt", ARTICLE.replace("312", "313")),
      expected: { kind: "upload", name: "statya.txt", lang: "ru", sentAs: "статья.txt" },
    },
  );
  for (const [user, lang] of [
    [alice, "en"],
    [boris, "ru"],
  ] as const) {
    for (const [name, bytes] of [
      ["962_from_user.txt", ARTICLE],
      ["notes.md", ARTICLE],
      ["report.pdf", "%PDF-1.4"],
      ["setup.exe", Buffer.from([0x4d, 0x5a])],
      ["huge.txt", Buffer.alloc(1_000_001, 0x61)],
      ["../../escape.txt", ARTICLE],
    ] as const) {
      cases.push({
        name: `document ${name} from a non-admin (${lang}) → only text`,
        chatId: user.id,
        send: (h) => h.stub.sendDocument(user, name, bytes),
        expected: { kind: "text", html: t(lang).onlyText },
      });
    }
  }
  for (const user of [admin, alice]) {
    cases.push({
      name: `document in a group from ${user === admin ? "an admin" : "a user"} → silence`,
      chatId: group.id,
      send: (h) => h.stub.sendDocument(user, "963_group.txt", ARTICLE, group),
      expected: { kind: "silence" },
    });
  }
  return cases;
}

function textCases(): Case[] {
  const cases: Case[] = [];
  for (const [user, lang, question] of [
    [alice, "en", QUESTION_EN],
    [boris, "ru", QUESTION_RU],
  ] as const) {
    const other: Lang = lang === "en" ? "ru" : "en";
    const say = (name: string, text: string, expected: Expected): Case => ({
      name: `${name} (${lang})`,
      chatId: user.id,
      send: (h) => h.stub.sendText(user, text).updateId,
      expected,
    });
    cases.push(
      say("empty text", "", { kind: "text", html: escape(err("error.emptyQuestion", lang)) }),
      say("only spaces and newlines", "  \n\t ", { kind: "text", html: escape(err("error.emptyQuestion", lang)) }),
      say("a 4096-character text", until4096(`${question} `), { kind: "text", html: escape(err("error.questionTooLong", lang)) }),
      say("only emoji", "🕯️🙏🔥👍🏽", { kind: "text", html: escape(err("error.noWords", lang)) }),
      say("only punctuation", "??? !!! ...", { kind: "text", html: escape(err("error.noWords", lang)) }),
      say("only zero-width characters", "\u200b\u200c\u200d\ufeff", { kind: "text", html: escape(err("error.noWords", lang)) }),
      say("zero-width characters inside a real question", question.replace(/(\p{L})(\p{L})/u, "$1\u200b$2").replace(/ (\p{L})/u, " \u200c$1"), {
        kind: "answer",
        langs: [lang],
        quotes: true,
      }),
      say("HTML-looking text", "<b>hi</b> & <script>alert(1)</script>", { kind: "answer", langs: ["en"] }),
      say("Markdown-looking text", "*bold* _it_ [x](y) `code`", { kind: "answer", langs: ["en"] }),
      say("Arabic (right-to-left) text", "كم عدد القتلى في هجوم كروكوس؟", { kind: "answer", langs: ["en", "ru"] }),
      say("Hebrew (right-to-left) text", "כמה אנשים מתו בפיגוע?", { kind: "answer", langs: ["en", "ru"] }),
      say("/sources with junk arguments", "/sources junk <b> &amp;", { kind: "sources", lang }),
      say("/start with junk arguments", "/start ???", { kind: "help", lang }),
      say("/help with an HTML argument", "/help <script>", { kind: "help", lang }),
      say("/ask with only emoji", "/ask 🙂🙂", { kind: "text", html: escape(err("error.noWords", lang)) }),
      say("/ask with nothing", "/ask   ", { kind: "text", html: t(lang).askUsage }),
      say("an unknown command", "/foo", { kind: "text", html: t(lang).unknownCommand }),
      say("an unknown command with arguments", "/foo_bar@newsquote_test_bot <b>x</b>", { kind: "text", html: t(lang).unknownCommand }),
      say("/reindex from a non-admin", "/reindex", { kind: "text", html: t(lang).adminOnly }),
      say("/reindex with junk from a non-admin", "/reindex now! <b>", { kind: "text", html: t(lang).adminOnly }),
      say("/stats from a non-admin", "/stats", { kind: "text", html: t(lang).adminOnly }),
      say("/unanswered from a non-admin", "/unanswered", { kind: "text", html: t(lang).adminOnly }),
      say("/unanswered addressed to the bot, from a non-admin", "/unanswered@newsquote_test_bot junk", { kind: "text", html: t(lang).adminOnly }),
    );
    // The language of the bot's own words follows the Telegram client language even for a question in the other language.
    cases.push(say("a question in the other language", lang === "en" ? QUESTION_RU : QUESTION_EN, { kind: "answer", langs: [other], quotes: true }));
  }
  return cases;
}

function otherUpdateCases(): Case[] {
  const cases: Case[] = [];
  for (const [user, lang] of [
    [alice, "en"],
    [boris, "ru"],
  ] as const) {
    const onlyText: Expected = { kind: "text", html: t(lang).onlyText };
    cases.push(
      { name: `sticker (${lang})`, chatId: user.id, send: (h) => h.stub.sendSticker(user), expected: onlyText },
      { name: `photo (${lang})`, chatId: user.id, send: (h) => h.stub.sendPhoto(user), expected: onlyText },
      {
        name: `photo with a caption (${lang})`,
        chatId: user.id,
        send: (h) => h.stub.pushUpdate({ message: raw(user, undefined, { photo: [{ file_id: "ph2", file_unique_id: "uph2", width: 9, height: 9 }], caption: QUESTION_EN }) }),
        expected: onlyText,
      },
      { name: `voice (${lang})`, chatId: user.id, send: (h) => h.stub.sendVoice(user), expected: onlyText },
      {
        name: `location (${lang})`,
        chatId: user.id,
        send: (h) => h.stub.pushUpdate({ message: raw(user, undefined, { location: { latitude: 43.238, longitude: 76.945 } }) }),
        expected: onlyText,
      },
      {
        name: `contact (${lang})`,
        chatId: user.id,
        send: (h) => h.stub.pushUpdate({ message: raw(user, undefined, { contact: { phone_number: "+77010000000", first_name: "<b>Bob</b>" } }) }),
        expected: onlyText,
      },
      {
        name: `edited message (${lang})`,
        chatId: user.id,
        send: (h) => h.stub.sendEdit(user, QUESTION_EN),
        expected: { kind: "text", html: t(lang).editedHint },
      },
      {
        name: `callback_query with unknown data (${lang})`,
        chatId: user.id,
        send: (h) => h.stub.pressButton(user, "junk<script>", { message_id: 1, chatId: user.id }),
        expected: { kind: "callback", toast: t(lang).moreExpired },
      },
      {
        name: `callback_query for a More button that does not exist (${lang})`,
        chatId: user.id,
        send: (h) => h.stub.pressButton(user, "more:zzzz", { message_id: 1, chatId: user.id }),
        expected: { kind: "callback", toast: t(lang).moreExpired },
      },
      {
        name: `callback_query for a vote on an answer that does not exist (${lang})`,
        chatId: user.id,
        send: (h) => h.stub.pressButton(user, "fb:zzzz:down", { message_id: 1, chatId: user.id }),
        expected: { kind: "callback", toast: t(lang).voteExpired },
      },
      {
        name: `callback_query for a vote with a value that does not exist (${lang})`,
        chatId: user.id,
        send: (h) => h.stub.pressButton(user, "fb:zzzz:meh", { message_id: 1, chatId: user.id }),
        expected: { kind: "callback", toast: t(lang).moreExpired },
      },
      {
        name: `callback_query for an upload button from a non-admin (${lang})`,
        chatId: user.id,
        send: (h) => h.stub.pressButton(user, "up:ok:zzzz", { message_id: 1, chatId: user.id }),
        expected: { kind: "callback", toast: t(lang).adminOnly },
      },
      {
        name: `inline query with junk (${lang})`,
        chatId: user.id,
        send: (h) => h.stub.sendInlineQuery(user, "<b>&&& 🙂"),
        expected: { kind: "inline", button: t("en").inlineNothing },
      },
      {
        name: `inline query of zero-width characters (${lang})`,
        chatId: user.id,
        send: (h) => h.stub.sendInlineQuery(user, "\u200b\u200c"),
        expected: { kind: "inline", button: t(lang).inlineNothing },
      },
      {
        name: `inline query of 300 emoji (${lang})`,
        chatId: user.id,
        send: (h) => h.stub.sendInlineQuery(user, "🔥".repeat(300)),
        expected: { kind: "inline", button: t(lang).inlineNothing },
      },
    );
  }
  cases.push(
    {
      name: "callback_query for an upload that does not exist, from an admin",
      chatId: admin.id,
      send: (h) => h.stub.pressButton(admin, "up:ok:zzzz", { message_id: 1, chatId: admin.id }),
      expected: { kind: "callback", toast: undefined, message: t("en").uploadExpired },
    },
    {
      name: "callback_query without a message (from an inline result) for an unknown upload, from an admin",
      chatId: admin.id,
      send: (h) =>
        h.stub.pushUpdate({
          callback_query: { id: "cb-inline", from: { is_bot: false, ...admin }, chat_instance: "ci2", inline_message_id: "im1", data: "up:no:zzzz" },
        }),
      expected: { kind: "callback", toast: undefined, message: t("en").uploadExpired },
    },
    {
      name: "callback_query without a message for an unknown More button",
      chatId: alice.id,
      send: (h) =>
        h.stub.pushUpdate({ callback_query: { id: "cb-inline2", from: { is_bot: false, ...alice }, chat_instance: "ci3", inline_message_id: "im2", data: "more:zz" } }),
      expected: { kind: "callback", toast: t("en").moreExpired },
    },
  );
  // Groups: the bot speaks only when spoken to.
  const silent: [string, (h: BotHarness) => number][] = [
    ["sticker", (h) => h.stub.sendSticker(alice, group)],
    ["photo", (h) => h.stub.sendPhoto(boris, group)],
    ["voice", (h) => h.stub.sendVoice(alice, group)],
    ["location", (h) => h.stub.pushUpdate({ message: raw(alice, group, { location: { latitude: 43.2, longitude: 76.9 } }) })],
    ["edited message", (h) => h.stub.sendEdit(alice, `@newsquote_test_bot ${QUESTION_EN}`, group)],
    ["plain question without a mention", (h) => h.stub.sendText(alice, QUESTION_EN, { chat: group }).updateId],
    ["unknown command", (h) => h.stub.sendText(alice, "/foo", { chat: group }).updateId],
    ["/ask addressed to another bot", (h) => h.stub.sendText(alice, `/ask@some_other_bot ${QUESTION_EN}`, { chat: group }).updateId],
    ["emoji only", (h) => h.stub.sendText(boris, "🙂", { chat: group }).updateId],
  ];
  for (const [name, send] of silent) cases.push({ name: `${name} in a group → silence`, chatId: group.id, send, expected: { kind: "silence" } });
  cases.push(
    {
      name: "a mention with nothing else in a group",
      chatId: group.id,
      send: (h) => h.stub.sendText(alice, "@newsquote_test_bot", { chat: group }).updateId,
      expected: { kind: "text", html: t("en").askUsage },
    },
    {
      name: "a mention with only zero-width characters in a group",
      chatId: group.id,
      send: (h) => h.stub.sendText(boris, "@newsquote_test_bot \u200b", { chat: group }).updateId,
      expected: { kind: "text", html: escape(err("error.noWords", "ru")) },
    },
    {
      name: "/reindex from a non-admin in a group",
      chatId: group.id,
      send: (h) => h.stub.sendText(boris, "/reindex", { chat: group }).updateId,
      expected: { kind: "text", html: t("ru").adminOnly },
    },
  );
  return cases;
}

const CASES: Case[] = [...textCases(), ...otherUpdateCases(), ...fileCases()];

let harness: BotHarness;
let service: AnswerService;
let root: string;
let seedsDir: string;
let indexDir: string;
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);

beforeAll(async () => {
  process.on("unhandledRejection", onRejection);
  const opened = await openTestService();
  ({ root, seedsDir, indexDir, service } = opened);
  harness = await startBotHarness({ service, adminIds: [admin.id, adminRu.id], rateLimitPerMinute: 1000, seedsDir, progressIntervalMs: 0 });
});

afterAll(async () => {
  process.off("unhandledRejection", onRejection);
  await harness?.stop();
  if (root) await removeCorpus(root);
});

/** Every piece of text the bot showed a user in these calls. */
function shownTexts(calls: RecordedCall[]): string[] {
  const texts: string[] = [];
  for (const call of calls) {
    const p = call.payload;
    if (typeof p.text === "string") texts.push(p.parse_mode === "HTML" ? visibleText(p.text) : p.text);
    const button = (p.button as { text?: string } | undefined)?.text;
    if (button) texts.push(button);
    for (const result of (p.results as { title?: string; description?: string; input_message_content?: { message_text?: string } }[] | undefined) ?? []) {
      texts.push(result.title ?? "", result.description ?? "", visibleText(result.input_message_content?.message_text ?? ""));
    }
  }
  return texts;
}

const DUMMY_REPORT: ReindexReport = { documents: 0, passages: 0, mode: "lexical", buildMs: 0, added: [], changed: [], removed: [], skipped: [], warnings: [] };

function expectReply(expected: Expected, calls: RecordedCall[], chatId: number): void {
  const toChat = calls.filter((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === chatId);
  const visible = toChat.map((c) => (c.payload.parse_mode === "HTML" ? visibleText(String(c.payload.text)) : String(c.payload.text)));
  switch (expected.kind) {
    case "silence":
      expect(calls.map((c) => c.method)).toEqual([]);
      return;
    case "text":
      expect(visible).toEqual([visibleText(expected.html)]);
      expect(toChat[0]!.payload.reply_parameters).toBeDefined();
      return;
    case "help":
      expect(visible).toEqual([visibleText(t(expected.lang).help("newsquote_test_bot", service.sources()))]);
      expect(toChat[0]!.payload.reply_parameters).toBeDefined();
      return;
    case "sources":
      expect(visible[0]!.startsWith(visibleText(t(expected.lang).sourcesHeader))).toBe(true);
      // One line per document the service knows.
      expect(visible.join("\n").split("\n").filter((line) => /^\d+\. /.test(line))).toHaveLength(service.sources().length);
      return;
    case "answer": {
      expect(toChat.length).toBeGreaterThanOrEqual(1);
      expect(toChat[0]!.payload.reply_parameters).toBeDefined();
      const langs = expected.langs.filter((lang) => visible[0]!.startsWith(ANSWER_TEXTS[lang].lead) || visible[0] === ANSWER_TEXTS[lang].nothingFound);
      expect(langs, `reply in ${expected.langs.join("/")}: ${visible[0]}`).not.toEqual([]);
      if (expected.quotes) expect(quotesOf(toChat.map((c) => String(c.payload.text)).join("\n")).length).toBeGreaterThan(0);
      expect(toChat.map((c) => String(c.payload.text)).join("")).not.toMatch(/<script|<b>hi/);
      return;
    }
    case "upload": {
      const texts = t(expected.lang);
      expect(visible[0]).toBe(visibleText(texts.uploadSaved(expected.name, false, expected.sentAs)));
      expect(visible.at(-1)!.startsWith(visibleText(texts.reindexDone(DUMMY_REPORT)).split("\n")[0]!)).toBe(true);
      expect(visible.at(-1)).toContain(expected.name);
      return;
    }
    case "callback": {
      const answers = calls.filter((c) => c.method === "answerCallbackQuery");
      expect(answers).toHaveLength(1);
      expect(answers[0]!.payload.text).toBe(expected.toast);
      expect(visible).toEqual(expected.message === undefined ? [] : [visibleText(expected.message)]);
      return;
    }
    case "inline": {
      const answers = calls.filter((c) => c.method === "answerInlineQuery");
      expect(answers).toHaveLength(1);
      expect(answers[0]!.payload.results).toEqual([]);
      expect((answers[0]!.payload.button as { text?: string }).text).toBe(expected.button);
      expect(toChat).toEqual([]);
      return;
    }
  }
}

describe("odd updates of every kind", () => {
  it.each(CASES)("$name", async ({ send, expected, chatId }) => {
    const from = harness.stub.calls.length;
    const logFrom = harness.logger.lines.length;
    await harness.handled(send(harness));
    await harness.app.idle();
    // The update counts as handled before a failure reaches bot.catch: let that run (and log) first.
    await new Promise((resolve) => setImmediate(resolve));
    const calls = harness.stub.calls.slice(from);
    // Every call the bot made was accepted (valid HTML, not empty, not too long).
    expect(calls.filter((c) => c.outcome !== "ok").map((c) => `${c.method}: ${c.outcome}`)).toEqual([]);
    expectReply(expected, calls, chatId);
    for (const text of shownTexts(calls)) expect(text).not.toMatch(LEAK);
    // Nothing reached the catch-all error handler, nothing was left unhandled.
    expect(harness.logger.lines.slice(logFrom).filter((l) => l.level === "error").map((l) => l.msg)).toEqual([]);
    expect(rejections).toEqual([]);
  });

  it("kept only the admins' valid uploads in the seeds folder", async () => {
    const files = await readdir(seedsDir);
    expect(files.filter((f) => f.startsWith("96"))).toEqual(["960_kapchagay.txt", "961_kapchagay.md"]);
    expect(files.some((f) => /escape|binary|cp1251|empty|huge|report|setup|picture|статья|from_user|notes|group/.test(f))).toBe(false);
  });

  it("is still alive afterwards: answers a normal question, and the uploaded article", async () => {
    const replies = await harness.ask(carol, QUESTION_EN);
    expect(replies[0]!.visible.startsWith(ANSWER_TEXTS.en.lead)).toBe(true);
    const articles = await loadArticles(indexDir);
    expect(expectVerbatimQuotes(replies.map((r) => r.text).join("\n"), articles)).toContain("000_87f934314bcdc9c2.txt");
    const uploaded = await harness.ask(boris, "How many anglers registered for the ice fishing festival on Lake Kapchagay?");
    expect(quotesOf(uploaded.map((r) => r.text).join("\n")).some((q) => q.quote.includes("312"))).toBe(true);
    expect(rejections).toEqual([]);
  });
});
