/**
 * The head of an organisation's page above its story: the site's header lines down to its menu or breadcrumb, or down to
 * the rule under its masthead ("Harbour Master's Office · Marine Information Service" over "Home | Port Users | …" over
 * "Marine Information > Local Notices to Mariners > …"; a school's motto, its head and attendance figures over "-----");
 * a notice's header fields ("Subject:", "Status:", "Issued:"); a report's letterhead and its approval stamp («ГБУ «…»», its
 * unit, «Вх. № … от 24.07.2025», «УТВЕРЖДАЮ / Директор … / ____ И. В. Лебедева»); a section's heading over the page's own
 * headline («# Пресс-центр» over «## Пожар в машинном отделении…»).
 */

/** Most filled lines of a page's head. */
const MAX_HEAD_LINES = 8;
/** Longest line (characters) of a page's head. */
const MAX_HEAD_LINE_CHARS = 120;

/** A filled line and its index. */
interface Filled {
  line: string;
  i: number;
}

/** The first `count` filled lines of `lines` with their indices. */
function firstFilled(lines: readonly string[], count: number): Filled[] {
  const out: Filled[] = [];
  for (let i = 0; i < lines.length && out.length < count; i++) if (lines[i] !== "") out.push({ line: lines[i] ?? "", i });
  return out;
}

/** Longest part (characters) of a long row of a page's head. */
const MAX_ROW_PART_CHARS = 80;

/**
 * Whether a line is a row of short parts between " · ", " | " or wide gaps, three or more ("🔥 Прямая линия: 8-800-… · Сообщить о
 * пожаре · Карта пожаров · …", "Platform    Managed Detection    Threat Intel    …    [Request a demo]"): a menu, however long.
 */
function isPartsRow(line: string): boolean {
  const parts = line.split(/\s[·|]\s|\s{3,}/u);
  return parts.length >= 3 && parts.every((part) => part.trim() !== "" && part.trim().length <= MAX_ROW_PART_CHARS);
}

/** Whether lines may be a page's head: short (or rows of short parts, see `isPartsRow`), no Markdown heading among them (a page's own headline). */
function mayBeHead(head: readonly Filled[]): boolean {
  return head.every(({ line }) => (line.length <= MAX_HEAD_LINE_CHARS || isPartsRow(line)) && !/^#{1,6}\s/u.test(line));
}

/**
 * Removes a site's header down to its menu or breadcrumb (`isNavigation` tells one) among the first `MAX_HEAD_LINES` filled
 * lines, when the lines above it are short and none is a heading; returns the removed lines (their stamps may date the page).
 */
export function dropHeadAboveNavigation(lines: string[], isNavigation: (line: string) => boolean): string[] {
  const head = firstFilled(lines, MAX_HEAD_LINES);
  const nav = head.findLastIndex(({ line }) => isNavigation(line));
  const end = head[nav];
  if (end === undefined || !mayBeHead(head.slice(0, nav))) return [];
  return lines.splice(0, end.i + 1);
}

/**
 * Removes a masthead's lines down to the rule under them (`isRule` tells one; a motto, the head, an issue line, the week's
 * figures, a menu), when the rule is among the first `MAX_HEAD_LINES` + 1 filled lines and the lines above it are short, none
 * a heading, a sentence or a line going on in lower case; returns the removed lines. Only for a page whose site name was found above them.
 */
export function dropHeadAboveRule(lines: string[], isRule: (line: string) => boolean): string[] {
  const head = firstFilled(lines, MAX_HEAD_LINES + 1);
  const rule = head.findIndex(({ line }) => isRule(line));
  const end = head[rule];
  if (end === undefined || rule === 0) return [];
  const above = head.slice(0, rule);
  if (!mayBeHead(above) || above.some(({ line }) => /[.!?…]$/u.test(line) || /^\p{Ll}/u.test(line))) return [];
  return lines.splice(0, end.i + 1);
}

/**
 * A notice's header field ("Subject:     Containers adrift …", "Status:      IN FORCE", "Issued: 10 February 2038, 16:00
 * UTC", "Review date: …", «Тема: …»); group 1 is the label, group 2 the value.
 */
const NOTICE_FIELD = /^(subject|status|issued|supersedes|cancels|review date|valid (?:from|until)|expires|тема|статус|заменяет|отменяет|действует до)\s*:\s+(\S.*)$/iu;
/** A notice's subject field's label. */
const SUBJECT_LABEL = /^(?:subject|тема)$/iu;
/** Fewest fields of a notice's header. */
const MIN_NOTICE_FIELDS = 3;

/** What a notice's header says: its subject and the value of its issue field. */
export interface NoticeFields {
  subject: string;
  issued: string | null;
}

/**
 * Takes a notice's header fields (see `NOTICE_FIELD`): the first block of `MIN_NOTICE_FIELDS` or more, a subject among them,
 * a value going on over the next lines (a hanging indent) up to a blank line. The block leaves `lines`; its subject is the
 * notice's title, its issue field dates it. Null when there is no such block.
 */
export function takeNoticeFields(lines: string[]): NoticeFields | null {
  for (let start = 0; start < lines.length; start++) {
    if (!NOTICE_FIELD.test(lines[start] ?? "") || (start > 0 && lines[start - 1] !== "")) continue;
    const fields: { label: string; value: string }[] = [];
    let end = start;
    for (; end < lines.length && lines[end] !== ""; end++) {
      const field = NOTICE_FIELD.exec(lines[end] ?? "");
      const last = fields.at(-1);
      if (field) fields.push({ label: (field[1] ?? "").toLowerCase(), value: (field[2] ?? "").trim() });
      else if (last) last.value = `${last.value} ${(lines[end] ?? "").trim()}`;
    }
    const subject = fields.find((field) => SUBJECT_LABEL.test(field.label));
    if (fields.length < MIN_NOTICE_FIELDS || subject === undefined) {
      start = end;
      continue;
    }
    lines.splice(start, end - start);
    return { subject: subject.value, issued: fields.find((field) => field.label === "issued")?.value ?? null };
  }
  return null;
}

/** A heading and its text ("## Пожар в машинном отделении…" → its words). */
const HEADING = /^#{1,6}\s+(.+?)\s*#*$/u;
/**
 * A site's section named as its heading: a press office's, a news feed's («Пресс-центр», «Новости», «Прокуратура информирует»,
 * "Newsroom", "Press releases", "Media centre").
 */
const SECTION_NAME =
  /^(?:пресс-центр|пресс-служба|новости|пресс-релизы|медиацентр|медиа-центр|объявления|официально|(?:\p{L}+\s+)?(?:информирует|сообщает)|press (?:centre|center|office|room|releases?)|newsroom|news(?: and (?:media|events))?|media (?:centre|center|room)|announcements|statements)$/iu;
/** Fewest words of a page's headline under a section's heading. */
const MIN_HEADLINE_WORDS = 5;

/**
 * Removes a section's heading over the page's own headline: the first two filled lines are headings, the first a section's
 * name (see `SECTION_NAME`), the second of `MIN_HEADLINE_WORDS` words or more.
 */
export function dropSectionHeading(lines: string[]): void {
  const [section, headline] = firstFilled(lines, 2);
  const name = HEADING.exec(section?.line ?? "")?.[1] ?? "";
  const title = HEADING.exec(headline?.line ?? "")?.[1] ?? "";
  if (section !== undefined && SECTION_NAME.test(name) && title.split(/\s+/u).length >= MIN_HEADLINE_WORDS) lines.splice(section.i, 1);
}

/** An organisation's name opening a letterhead («ГБУ «Северореченский областной центр …»», «Министерство …», "Department of …"). */
const ORGANISATION =
  /^(?:(?:ФГБУ|ГБУ|ГАУ|ГКУ|МБУ|МКУ|МУП|ГУП|ФГУП|ООО|АО|ПАО|АНО|ГУ|ФКУ|ФГУ)\s+«|(?:министерство|управление|департамент|комитет|администрация|служба|агентство|инспекция|центр|отдел)\s+\p{L}|(?:department|ministry|office|agency|directorate|inspectorate|authority) (?:of|for)\s+\p{Lu})/iu;
/** A document's kind in capitals heading its text («ОПЕРАТИВНЫЙ ОТЧЁТ», «СПРАВКА», «АКТ № 12», "INCIDENT REPORT"). */
const DOCUMENT_KIND =
  /^(?:[\p{Lu}-]+\s+){0,2}(?:ОТЧ[ЁЕ]Т|ДОКЛАД|СПРАВКА|АКТ|ПРОТОКОЛ|ЗАКЛЮЧЕНИЕ|ДОНЕСЕНИЕ|СВОДКА|REPORT|ASSESSMENT|BRIEFING)(?:\s+(?:№|NO\.?)\s*\S+)?$/u;
/** Most filled lines of a letterhead above the document's kind. */
const MAX_LETTERHEAD_LINES = 12;

/** A report's letterhead: the issuer (its first line), its removed lines (their stamps date it) and the title it gives. */
export interface Letterhead {
  issuer: string;
  removed: string[];
  title: string;
}

/**
 * Takes an official document's letterhead: its first filled line names an organisation (see `ORGANISATION`), and the
 * document's kind in capitals (see `DOCUMENT_KIND`) follows within `MAX_LETTERHEAD_LINES` filled lines of at most
 * `MAX_HEAD_LINE_CHARS`: the issuer's units, its registration numbers, an approval stamp. The lines above the kind leave
 * `lines`; the kind, with its subject under it in lower case («о массовой гибели рыбы в реке Варге …»), is the title and
 * leaves too. Null when the text opens with no such letterhead.
 */
export function takeLetterhead(lines: string[]): Letterhead | null {
  const head = firstFilled(lines, MAX_LETTERHEAD_LINES);
  const issuer = head[0]?.line ?? "";
  const kind = head.findIndex(({ line }) => DOCUMENT_KIND.test(line));
  const at = head[kind];
  if (at === undefined || kind === 0 || !ORGANISATION.test(issuer) || head.slice(0, kind).some(({ line }) => line.length > MAX_HEAD_LINE_CHARS)) return null;
  const subject = head[kind + 1];
  const hasSubject = subject !== undefined && subject.i === at.i + 1 && /^\p{Ll}/u.test(subject.line) && !/[.!?…;:]$/u.test(subject.line);
  const title = hasSubject ? `${at.line} ${subject.line}` : at.line;
  const removed = lines.splice(0, (hasSubject ? subject.i : at.i) + 1);
  return { issuer, removed: removed.slice(0, at.i), title };
}

/** An approval stamp's head alone on its line («УТВЕРЖДАЮ», «СОГЛАСОВАНО», "APPROVED"). */
const APPROVAL_HEAD = /^(?:УТВЕРЖДАЮ|УТВЕРЖДЕНО|СОГЛАСОВАНО|APPROVED(?: BY)?)\s*:?$/u;
/** Most lines under an approval stamp's head: the post, the signature line, the date. */
const MAX_APPROVAL_LINES = 4;

/**
 * An approval stamp on an official document: its head (see `APPROVAL_HEAD`) and the lines under it up to a blank line (the
 * approver's post, «____________ И. В. Лебедева», «"24" июля 2025 г.»). Where the block ends (exclusive), or null.
 */
export function approvalStampEnd(lines: readonly string[], i: number): number | null {
  if (!APPROVAL_HEAD.test(lines[i] ?? "")) return null;
  let end = i + 1;
  while (end < lines.length && lines[end] !== "" && end - i <= MAX_APPROVAL_LINES) end++;
  return end;
}
