import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnswerResult, AnswerService, PreviousTurn, Source } from "../../src/answer/types.ts";
import { BOT_TEXTS } from "../../src/bot/texts.ts";
import type { Article, Lang } from "../../src/corpus/article.ts";
import { repliesTo, removeCorpus, startBotHarness, type BotHarness } from "../helpers/bot-harness.ts";
import { alice, boris, buttonsOf, carol, expectVerbatimQuotes, group, HTML_SEED, openTestService, quotesOf } from "./e2e-support.ts";

let harness: BotHarness;
let service: AnswerService;
let articles: Map<string, Article>;
let root: string;
let seedsDir: string;

/** What the bot passed to the real service's answer() (to check follow-ups carry the previous turn). */
const answerCalls: { question: string; previous: PreviousTurn | undefined; lang: Lang | undefined; result?: AnswerResult }[] = [];
/** When set, what sources() returns instead of the real list (as if a rebuild had retitled the articles). */
let sourcesOverride: Source[] | null = null;

beforeAll(async () => {
  ({ service, articles, root, seedsDir } = await openTestService());
  const real = service;
  const recording: AnswerService = {
    answer: async (question, options) => {
      const call: (typeof answerCalls)[number] = { question, previous: options?.previous, lang: options?.lang };
      answerCalls.push(call);
      call.result = await real.answer(question, options);
      return call.result;
    },
    sources: () => sourcesOverride ?? real.sources(),
    stats: () => real.stats(),
    manifest: () => real.manifest(),
    reindex: (onProgress) => real.reindex(onProgress),
    get reindexing() {
      return real.reindexing;
    },
  };
  harness = await startBotHarness({ service: recording, adminIds: [], rateLimitPerMinute: 1000, seedsDir });
});

afterAll(async () => {
  await harness?.stop();
  if (root) await removeCorpus(root);
});

describe("answering questions in a private chat", () => {
  it("answers an English question with verbatim quotes, sources, as a reply with HTML and no link preview", async () => {
    const from = harness.stub.calls.length;
    const replies = await harness.ask(alice, "How many people died in the Crocus City Hall attack?");
    expect(replies.length).toBeGreaterThanOrEqual(1);
    const first = replies[0]!;
    expect(first.call.payload.parse_mode).toBe("HTML");
    expect(first.call.payload.link_preview_options).toEqual({ is_disabled: true });
    expect(first.call.payload.reply_parameters).toMatchObject({ message_id: expect.any(Number) });
    expect(first.visible).toMatch(/^Here is what the documents say/);
    const html = replies.map((r) => r.text).join("\n");
    expect(quotesOf(html).some((q) => q.quote.includes("115"))).toBe(true);
    expectVerbatimQuotes(html, articles);
    expect(harness.stub.callsOf("sendChatAction", from).some((c) => c.payload.action === "typing")).toBe(true);
  });

  it("answers a Russian question in Russian with a verbatim quote", async () => {
    const replies = await harness.ask(boris, "Сколько дней продлится траур в Дагестане?");
    const html = replies.map((r) => r.text).join("\n");
    expect(replies[0]?.visible).toMatch(/^Вот что говорится в документах/);
    expect(quotesOf(html).some((q) => q.quote.includes("трехдневный"))).toBe(true);
    expectVerbatimQuotes(html, articles);
  });

  it("says nothing was found (pointing to /sources) when the documents do not answer", async () => {
    const replies = await harness.ask(alice, "Who won the 2018 FIFA World Cup?");
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).not.toContain("<blockquote>");
    expect(replies[0]!.visible).toContain("/sources");
    expect(replies[0]!.visible).toMatch(/nothing/i);
  });

  it("says it answers about reported events, not requests for advice, in the user's language", async () => {
    const english = await harness.ask(alice, "How do I reset my router password?");
    expect(english).toHaveLength(1);
    expect(english[0]!.text).not.toContain("<blockquote>");
    expect(english[0]!.visible).toMatch(/not requests for advice/);
    const russian = await harness.ask(boris, "Как приготовить борщ?");
    expect(russian[0]!.visible).toMatch(/советов и инструкций не даю/);
  });

  it("escapes HTML from documents, and a question holding <script> still gets a valid reply", async () => {
    const replies = await harness.ask(alice, "What did the Betpak-Dala saiga census count?");
    const html = replies.map((r) => r.text).join("\n");
    const quoted = quotesOf(html).map((q) => q.quote).join(" ");
    expect(quoted).toMatch(/<b>bold<\/b> herds & calves|drones & planes/);
    expect(html).toMatch(/&lt;b&gt;bold&lt;\/b&gt; herds &amp; calves|drones &amp; planes/);
    expect(replies.every((r) => r.call.outcome === "ok")).toBe(true);
    expectVerbatimQuotes(html, articles);
    expect(articles.has(HTML_SEED.name)).toBe(true);

    const from = harness.stub.calls.length;
    const scripted = await harness.ask(carol, "<script>alert('x')</script> How many people died in the Crocus City Hall attack? & why");
    expect(scripted.length).toBeGreaterThanOrEqual(1);
    expect(harness.stub.callsOf("sendMessage", from).every((c) => c.outcome === "ok")).toBe(true);
    expect(scripted.map((r) => r.text).join("")).not.toContain("<script>");
  });

  it("splits a reply over 4096 characters into valid parts, the first one replying to the question", async () => {
    const replies = await harness.ask(alice, "How far did the Tuyuksu glacier tongue retreat along the transects in the Zailiysky Alatau?");
    expect(replies.length).toBeGreaterThan(1);
    for (const reply of replies) {
      expect(reply.text.length).toBeLessThanOrEqual(4096);
      expect(reply.call.outcome).toBe("ok");
    }
    expect(replies[0]!.call.payload.reply_parameters).toBeDefined();
    expect(replies.slice(1).every((r) => r.call.payload.reply_parameters === undefined)).toBe(true);
    // Each part stands alone: quotes cut at a part boundary are closed and reopened, and remain verbatim.
    for (const reply of replies) expectVerbatimQuotes(reply.text, articles);
  });

  it("shows ranks 4–10 of the passages behind the More button", async () => {
    const replies = await harness.ask(carol, "What happened in Almaty in January 2022?");
    const withButton = replies.find((r) => r.call.payload.reply_markup !== undefined);
    expect(withButton).toBeDefined();
    const button = buttonsOf(withButton!.call).find((b) => b.text === "More passages");
    expect(button).toBeDefined();
    const result = await service.answer("What happened in Almaty in January 2022?");
    const expected = result.passages.filter((p) => p.rank >= 4);

    const from = harness.stub.calls.length;
    const messageId = (withButton!.call.result as { message_id: number }).message_id;
    const updateId = harness.stub.pressButton(carol, button!.callback_data, { message_id: messageId, chatId: carol.id });
    await harness.handled(updateId);
    expect(harness.stub.callsOf("answerCallbackQuery", from)).toHaveLength(1);
    const more = repliesTo(harness.stub, carol.id, from);
    const html = more.map((r) => r.text).join("\n");
    const shown = quotesOf(html).map((q) => q.quote.trim());
    expect(shown).toEqual(expected.map((p) => p.passage.text.trim()));
    expectVerbatimQuotes(html, articles);
  });

  it("never shows a More button's passages in another chat, and shows the sources as they were when answering", async () => {
    const replies = await harness.ask(carol, "What happened in Almaty in January 2022?");
    const withButton = replies.find((r) => r.call.payload.reply_markup !== undefined)!;
    const data = buttonsOf(withButton.call).find((b) => b.text === "More passages")!.callback_data;
    expect(data).toMatch(/^more:[0-9a-f]{12}$/);
    const messageId = (withButton.call.result as { message_id: number }).message_id;

    // Alice presses Carol's button (e.g. an old id reused after a restart): "expired", nothing sent.
    let from = harness.stub.calls.length;
    await harness.handled(harness.stub.pressButton(alice, data, { message_id: messageId, chatId: alice.id }));
    expect(harness.stub.callsOf("answerCallbackQuery", from).map((c) => c.payload.text)).toEqual([BOT_TEXTS.en.moreExpired]);
    expect(repliesTo(harness.stub, alice.id, from)).toEqual([]);

    // A rebuild retitles every article before Carol presses: her passages keep their own titles.
    const before = service.sources();
    sourcesOverride = before.map((s) => ({ ...s, title: `Replaced article ${s.doc}` }));
    try {
      from = harness.stub.calls.length;
      await harness.handled(harness.stub.pressButton(carol, data, { message_id: messageId, chatId: carol.id }));
      const html = repliesTo(harness.stub, carol.id, from).map((r) => r.text).join("\n");
      expect(quotesOf(html).length).toBeGreaterThan(0);
      expect(html).not.toContain("Replaced article");
      expectVerbatimQuotes(html, articles);
    } finally {
      sourcesOverride = null;
    }
  });

  it("passes the user's language to the service, and keeps the topic over two follow-ups", async () => {
    await harness.ask(boris, "Сколько дней продлится траур в Дагестане?");
    expect(answerCalls.at(-1)!.lang).toBe("ru");
    const user = { id: 1012, first_name: "Fay", language_code: "en" };
    await harness.ask(user, "How many people died in the Crocus City Hall attack?");
    expect(answerCalls.at(-1)!.lang).toBe("en");
    await harness.ask(user, "And how many were detained?");
    const second = answerCalls.at(-1)!;
    expect(second.result!.searchedQuestion).toMatch(/Crocus/);
    expect(second.result!.abstained, "the first follow-up is answered").toBe(false);
    await harness.ask(user, "What about the fire?");
    // The second follow-up still carries the topic of the first question.
    expect(answerCalls.at(-1)!.previous?.question).toBe(second.result!.searchedQuestion);
    expect(answerCalls.at(-1)!.result!.searchedQuestion).toMatch(/City Hall/);
  });

  it("passes the previous question and its quoted documents for a follow-up in the same chat", async () => {
    const user = { id: 1010, first_name: "Dana", language_code: "en" };
    const first = await harness.ask(user, "How many people died in the Crocus City Hall attack?");
    const quotedDocs = [...new Set(expectVerbatimQuotes(first.map((r) => r.text).join(""), articles))];
    expect(quotedDocs.length).toBeGreaterThan(0);
    await harness.ask(user, "And how many were injured?");
    const last = answerCalls.at(-1)!;
    expect(last.question).toBe("And how many were injured?");
    expect(last.previous?.question).toBe("How many people died in the Crocus City Hall attack?");
    expect([...(last.previous?.docs ?? [])].sort()).toEqual(quotedDocs.sort());
    // Another chat has no previous turn.
    await harness.ask({ id: 1011, first_name: "Eve", language_code: "en" }, "And how many were injured?");
    expect(answerCalls.at(-1)!.previous).toBeUndefined();
  });

  it("answers a question that stands on its own on its own, even right after another one", async () => {
    const user = { id: 1013, first_name: "Gil", language_code: "en" };
    await harness.ask(user, "How many people died in the Crocus City Hall attack?");
    const replies = await harness.ask(user, "Who is Tokayev?");
    expect(answerCalls.at(-1)!.result!.searchedQuestion).toBe("Who is Tokayev?");
    const quotes = quotesOf(replies.map((r) => r.text).join("\n"));
    expect(quotes.length).toBeGreaterThan(0);
    // About Tokayev, in either language (not the previous question's death toll).
    expect(quotes.every((q) => /Tokayev|Токаев/.test(q.quote))).toBe(true);
    expect(quotes.some((q) => q.quote.includes("115"))).toBe(false);
  });

  it("keeps follow-up context per person in a group: another member's question is not merged", async () => {
    const first = { id: 1014, first_name: "Hal", language_code: "en" };
    const second = { id: 1015, first_name: "Ida", language_code: "en" };
    await harness.ask(first, "/ask How many people died in the Crocus City Hall attack?", { chat: group });
    await harness.ask(second, "/ask And in Dagestan?", { chat: group });
    expect(answerCalls.at(-1)!.previous).toBeUndefined();
    await harness.ask(first, "/ask And in Dagestan?", { chat: group });
    expect(answerCalls.at(-1)!.previous?.question).toBe("How many people died in the Crocus City Hall attack?");
  });

  it("lists the sources, in the user's language", async () => {
    const en = await harness.ask(alice, "/sources");
    const visible = en.map((r) => r.visible).join("\n");
    for (const source of service.sources()) expect(visible).toContain(source.name);
    const ru = await harness.ask(boris, "/sources");
    expect(ru[0]!.visible).toMatch(/^Документы/);
  });

  it("explains what it knows on /start and /help from the documents it has, in English or Russian", async () => {
    const sources = service.sources();
    const en = (await harness.ask(alice, "/start")).map((r) => r.visible).join("\n");
    expect(en).toContain(`I answer from ${sources.length} documents`);
    // Every document by name (up to eight are listed; see texts.test.ts for more).
    expect(sources.length).toBeLessThanOrEqual(8);
    for (const source of sources) expect(en).toContain(source.name);
    const ru = (await harness.ask(boris, "/help")).map((r) => r.visible).join("\n");
    expect(ru).toContain(`Я отвечаю по ${sources.length} документам`);
    expect(ru).toContain(sources[0]!.name);
    const noLanguageCode = await harness.ask({ id: 1004, first_name: "X" }, "/help");
    expect(noLanguageCode[0]!.visible).toMatch(/^I answer questions/);
    // Admin commands are not shown to users.
    expect(en).not.toContain("/unanswered");
  });

  it("answers stickers, photos, voice, edits and unknown commands with a polite hint", async () => {
    for (const push of [
      () => harness.stub.sendSticker(alice),
      () => harness.stub.sendPhoto(boris),
      () => harness.stub.sendVoice(alice),
      () => harness.stub.sendEdit(alice, "How many people died?"),
    ]) {
      const from = harness.stub.calls.length;
      const updateId = push();
      await harness.handled(updateId);
      const replies = harness.stub.callsOf("sendMessage", from);
      expect(replies).toHaveLength(1);
      expect(String(replies[0]!.payload.text)).toMatch(/text questions|текстовые вопросы|new message/);
    }
    const unknown = await harness.ask(alice, "/weather");
    expect(unknown[0]!.visible).toContain("/help");
  });

  it("drops a stale backlog message unanswered", async () => {
    const from = harness.stub.calls.length;
    const { updateId } = harness.stub.sendText(alice, "How many people died in the Crocus City Hall attack?", {
      dateSeconds: Math.floor(Date.now() / 1000) - 3600,
    });
    await harness.handled(updateId);
    expect(repliesTo(harness.stub, alice.id, from)).toHaveLength(0);
    expect(harness.logger.lines.some((l) => l.msg === "dropping stale update")).toBe(true);
  });
});

describe("group chats", () => {
  it("stays silent unless mentioned, replied to or asked with /ask", async () => {
    const silent = await harness.ask(alice, "How many people died in the Crocus City Hall attack?", { chat: group });
    expect(silent).toHaveLength(0);
    const sticker = harness.stub.sendSticker(alice, group);
    await harness.handled(sticker);

    const mentioned = await harness.ask(alice, `@${harness.stub.botUser.username} What happened at Crocus City Hall?`, { chat: group });
    expect(quotesOf(mentioned.map((r) => r.text).join("")).length).toBeGreaterThan(0);
    expectVerbatimQuotes(mentioned.map((r) => r.text).join(""), articles);

    const asked = await harness.ask(boris, `/ask@${harness.stub.botUser.username} Сколько дней продлится траур в Дагестане?`, { chat: group });
    expect(quotesOf(asked.map((r) => r.text).join("")).some((q) => q.quote.includes("трехдневный"))).toBe(true);

    const from = harness.stub.calls.length;
    const { updateId } = harness.stub.sendText(alice, "And what about Almaty in January 2022?", { chat: group, replyToBotMessageId: 1 });
    await harness.handled(updateId);
    expect(repliesTo(harness.stub, group.id, from).length).toBeGreaterThanOrEqual(1);

    const usage = await harness.ask(alice, "/ask", { chat: group });
    expect(usage[0]!.visible).toContain("/ask");
  });
});

describe("inline mode", () => {
  it("offers the best quotes as articles with source titles, and a hint for an empty query", async () => {
    const from = harness.stub.calls.length;
    const updateId = harness.stub.sendInlineQuery(alice, "How many people died in the Crocus City Hall attack?");
    await harness.handled(updateId);
    const [call] = harness.stub.callsOf("answerInlineQuery", from);
    expect(call?.outcome).toBe("ok");
    const results = call!.payload.results as { title: string; description: string; input_message_content: { message_text: string; parse_mode: string } }[];
    expect(results.length).toBeGreaterThan(0);
    expect(Number(call!.payload.cache_time)).toBeLessThanOrEqual(30);
    for (const result of results) {
      expect(result.input_message_content.parse_mode).toBe("HTML");
      expectVerbatimQuotes(result.input_message_content.message_text, articles);
      expect(result.input_message_content.message_text).toContain(result.title.replace(/&/g, "&amp;").replace(/</g, "&lt;"));
    }
    expect(results.some((r) => /115/.test(r.description) || /115/.test(r.input_message_content.message_text))).toBe(true);

    const emptyFrom = harness.stub.calls.length;
    const empty = harness.stub.sendInlineQuery(alice, "  ");
    await harness.handled(empty);
    const [emptyCall] = harness.stub.callsOf("answerInlineQuery", emptyFrom);
    expect(emptyCall!.payload.results).toEqual([]);
  });
});

describe("surviving Telegram failures", () => {
  it("retries after 429 retry_after, a 500 and a dropped connection, and the answer is delivered", async () => {
    harness.stub.injectFault("sendMessage", { kind: "429", retryAfterSeconds: 1 });
    const limited = await harness.ask(alice, "How many people died in the Crocus City Hall attack?");
    expect(limited.length).toBeGreaterThanOrEqual(1);

    for (const fault of [{ kind: "500" }, { kind: "drop" }] as const) {
      harness.stub.injectFault("sendMessage", fault);
      const from = harness.stub.calls.length;
      const failed = await harness.ask(boris, "Сколько дней продлится траур в Дагестане?");
      expect(harness.stub.callsOf("sendMessage", from)[0]?.outcome).toBe(`fault:${fault.kind}`);
      expect(quotesOf(failed.map((r) => r.text).join("")).some((q) => q.quote.includes("трехдневный"))).toBe(true);
    }
  });

  it("resends as plain text when Telegram still cannot parse the HTML", async () => {
    harness.stub.injectFault("sendMessage", { kind: "parse" });
    const question = "Сколько дней продлится траур в Дагестане?";
    const replies = await harness.ask(boris, question);
    expect(replies[0]!.call.payload.parse_mode).toBeUndefined();
    expect(replies[0]!.text).toContain("трехдневный");
    expect(replies[0]!.text).not.toContain("<blockquote>");
  });

  it("keeps answering when setMyCommands and sendChatAction are rejected", async () => {
    harness.stub.rejectOptionalMethods = true;
    try {
      await harness.app.registerCommands();
      expect(harness.logger.lines.some((l) => l.level === "warn" && /setMyCommands/.test(l.msg ?? ""))).toBe(true);
      const from = harness.stub.calls.length;
      const replies = await harness.ask(boris, "Сколько дней продлится траур в Дагестане?");
      expect(harness.stub.callsOf("sendChatAction", from)[0]?.outcome).toBe("rejected");
      expect(quotesOf(replies.map((r) => r.text).join("")).some((q) => q.quote.includes("трехдневный"))).toBe(true);
    } finally {
      harness.stub.rejectOptionalMethods = false;
    }
  });

  it("registers the command menu in English and Russian", async () => {
    const from = harness.stub.calls.length;
    await harness.app.registerCommands();
    const calls = harness.stub.callsOf("setMyCommands", from);
    expect(calls.map((c) => c.payload.language_code ?? "default")).toEqual(["default", "ru"]);
  });
});

describe("rate limiting", () => {
  it("answers politely when one user asks too fast", async () => {
    const limited = await startBotHarness({ service, adminIds: [], rateLimitPerMinute: 2, seedsDir });
    try {
      const first = await limited.ask(carol, "How many people died in the Crocus City Hall attack?");
      const second = await limited.ask(carol, "Сколько дней продлится траур в Дагестане?");
      const third = await limited.ask(carol, "What happened in Almaty in January 2022?");
      expect(quotesOf(first.map((r) => r.text).join("")).length).toBeGreaterThan(0);
      expect(quotesOf(second.map((r) => r.text).join("")).length).toBeGreaterThan(0);
      expect(third).toHaveLength(1);
      expect(third[0]!.visible).toMatch(/wait a minute/);
      // Another user is not limited.
      const other = await limited.ask(alice, "What happened in Almaty in January 2022?");
      expect(quotesOf(other.map((r) => r.text).join("")).length).toBeGreaterThan(0);
    } finally {
      await limited.stop();
    }
  });
});

describe("logging", () => {
  it("never puts the bot token into a log line", () => {
    expect(harness.logger.lines.length).toBeGreaterThan(0);
    const serialized = JSON.stringify(harness.logger.lines, (_key, value: unknown) =>
      value instanceof Error ? { message: value.message, stack: value.stack, cause: String(value.cause) } : value,
    );
    expect(serialized).not.toContain(harness.stub.token);
  });
});
