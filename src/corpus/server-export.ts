/**
 * A chat server's channel exported as text (an announcements channel of a club's or a union's server): a head between rules naming
 * the server ("Guild: Riverside Students' Union", «Сервер: …»), the channel and its topic; then messages, each under its head
 * ("[08/02/2027 09:41] sam.officer [Officer] [President]": its stamp, the member, their roles), with the reactions under them
 * ("{Reactions}" over "👍 (88) 😷 (12)"); then the export's footer between rules ("Exported 10 message(s)"). The members'
 * announcements are the story: their heads stay (they date each one), their mentions of everyone ("@everyone") go. The server's
 * head, the bots' and the system's messages ("Foxbot#0001 [BOT]", "System": pinning notes, welcome texts, events created), the
 * reactions and the footer are the export's furniture. The first announcement's headline in bold ("**Health notice: measles cases
 * on campus**") is the title, the first kept message's day the date, the server's name (its pictographs dropped) the outlet.
 */

/** A server's line in the export's head ("Guild: Riverside SU", «Сервер: …»); group 1 is the name. */
const SERVER_LINE = /^(?:guild|server|сервер)\s*:\s*(\S.*)$/iu;
/** A channel's line in the export's head ("Channel: 📣 OFFICIAL / announcements", «Канал: …»). */
const CHANNEL_LINE = /^(?:channel|канал)\s*:\s*\S/iu;
/** A message's head: its stamp ("[08/02/2027 09:41]"), then who posted it; groups 1–3 are the day's numbers, 4 the author. */
const MESSAGE_HEAD = /^\[(\d{1,2})[./](\d{1,2})[./](\d{4})\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?\]\s+(\S.*)$/iu;
/** A bot's or the system's name as a message's author ("Foxbot#0001 [BOT]", "System", «Система»). */
const MACHINE_AUTHOR = /\[(?:BOT|APP|БОТ)\]|^(?:system|система|deleted user|удалённый пользователь)$/iu;
/** A block of a message's extras under its label ("{Reactions}", "{Attachments}", "{Embed}", «{Реакции}»). */
const EXTRAS_LABEL = /^\{(?:reactions|attachments|embed|stickers|реакции|вложения)\}$/iu;
/** The export's footer line ("Exported 10 message(s)", «Экспортировано сообщений: 10»). */
const EXPORT_FOOTER = /^(?:exported\s+\d[\d,]*\s+message|экспортировано\s+(?:\d[\d\s]*\s+)?сообщени)/iu;
/** A mention of everyone opening a line ("@everyone ", "@here "). */
const MASS_MENTION = /^(?:@everyone|@here|@channel|@все)\s+/u;
/** A line in bold alone, pictographs after it allowed ("**Health notice: measles cases on campus** 🩺"); group 1 is its words. */
const BOLD_HEADLINE = /^\*\*([^*]{3,200})\*\*(?:\s*[\p{Extended_Pictographic}\uFE0F\u200D]+)*$/u;
/** How many filled lines from the top the server's line may stand at. */
const MAX_HEAD_LINES = 6;

/** What a channel export gives: its announcements' lines, the title, the day (`YYYY-MM-DD`) and the server's name. */
export interface ServerExport {
  lines: string[];
  title: string | null;
  date: string | null;
  server: string;
}

/** A rule of the export's frame ("=====", "-----"). */
function isFrameRule(line: string): boolean {
  return /^(?:={3,}|-{3,})$/u.test(line);
}

/**
 * Reads a channel's export (see the module's note): `null` unless a server's line and a channel's line stand among the first
 * `MAX_HEAD_LINES` filled lines. Pure.
 */
export function readServerExport(lines: readonly string[]): ServerExport | null {
  const top: number[] = [];
  for (let i = 0; i < lines.length && top.length < MAX_HEAD_LINES; i++) if ((lines[i] ?? "").trim() !== "") top.push(i);
  // (A cheap test first: the head's first words.)
  const serverAt = top.find((i) => SERVER_LINE.test((lines[i] ?? "").trim()));
  if (serverAt === undefined || !top.some((i) => CHANNEL_LINE.test((lines[i] ?? "").trim()))) return null;
  const server = (SERVER_LINE.exec((lines[serverAt] ?? "").trim())?.[1] ?? "")
    .replace(/[\p{Extended_Pictographic}\uFE0F\u200D]/gu, "")
    .replace(/\s{2,}/gu, " ")
    .trim();
  // The head ends at the first line that is neither a field nor a rule.
  let start = serverAt;
  while (start < lines.length && ((lines[start] ?? "").trim() === "" || isFrameRule((lines[start] ?? "").trim()) || /^[\p{L} ]{2,20}:\s/u.test((lines[start] ?? "").trim()))) start++;
  // Days are written day first unless a second number over 12 says month first.
  const heads = lines.flatMap((line) => {
    const head = MESSAGE_HEAD.exec(line.trim());
    return head ? [head] : [];
  });
  const monthFirst = heads.some((head) => Number(head[2]) > 12) && !heads.some((head) => Number(head[1]) > 12);
  const out: string[] = [];
  let date: string | null = null;
  let title: string | null = null;
  let skipping = false;
  let afterHead = false;
  for (const raw of lines.slice(start)) {
    const line = raw.trim();
    const head = MESSAGE_HEAD.exec(line);
    if (head) {
      skipping = MACHINE_AUTHOR.test((head[4] ?? "").trim());
      afterHead = !skipping;
      if (!skipping) {
        const [day, month] = monthFirst ? [head[2], head[1]] : [head[1], head[2]];
        date ??= `${head[3] ?? ""}-${(month ?? "").padStart(2, "0")}-${(day ?? "").padStart(2, "0")}`;
        out.push(line);
      }
      continue;
    }
    if (EXTRAS_LABEL.test(line)) {
      skipping = true;
      continue;
    }
    if (line === "") {
      skipping = false;
      out.push("");
      continue;
    }
    if (skipping || isFrameRule(line) || EXPORT_FOOTER.test(line)) continue;
    const text = line.replace(MASS_MENTION, "");
    // (The first announcement's headline in bold is the title; it leaves the text.)
    const bold: RegExpExecArray | null = afterHead && title === null ? BOLD_HEADLINE.exec(text) : null;
    afterHead = false;
    if (bold) {
      title = (bold[1] ?? "").trim();
      continue;
    }
    out.push(text);
  }
  return { lines: out, title, date, server };
}
