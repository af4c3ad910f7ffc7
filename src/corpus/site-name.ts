/**
 * A site's name at the top of its page (a masthead, an organisation's header: "**HALLBRIDGE ECHO** · local news for …",
 * «МЧС России · Главное управление по …», "SOTOL BASIN WATER UTILITY"), confirmed by the copyright line at the page's
 * foot ("© Hallbridge Echo Media Ltd", «© МЧС России, 2033», "(c) 2031 Sotol Basin Water Utility | Privacy") or by the
 * organisation's name that opens a line of its footer ("Orlan Falls Police Department · 210 Courthouse Square"). The name
 * is the page's outlet, written as the footer writes it (not in capitals); the header line is not the story's.
 */

/**
 * A copyright line's holder: after "©", "(c)" or "Copyright" and the years, up to a comma, a stop, a year, a separator or a
 * dash between spaces ("(c) 2024 Ardenvale National Tourism Board - a statutory body …"); a company's legal form with its quoted
 * name, one quotation inside it allowed («© АО «Речфлот-Кама», 1961–2037», «© 2025 ФКУ «Упрдор «Вятская магистраль»»»), or a kind's
 * words before a quoted name («© 2033 Адвокатское бюро «Рябов и партнёры».») in group 1, any other name in group 2.
 */
const COPYRIGHT_HOLDER =
  /(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[–—-]\s*\d{4})?,?\s+)?(?:((?:АО|ООО|ПАО|ЗАО|ОАО|АНО|ГУП|МУП|ФГУП|МКУ|МБУ|МАУ|ГБУ|ГАУ|ГКУ|ФГБУ|ФГКУ|ГКОУ|ГБОУ|МБОУ|МАОУ|МБДОУ|МАДОУ|МКДОУ|ФКУ|КГАУ|КГБУ|КГКУ|ОГБУ|ОГАУ|ОГКУ)\s+«(?:[^«»]|«[^«»]{1,40}»){2,60}»|\p{Lu}\p{Ll}+(?:\s\p{Ll}+){0,2}\s«[^«»]{2,60}»)|[«"“]?([\p{L}](?:[^«»"“”,.|·•©]|\.(?=\p{L})){1,80}?)[»"”]?)\s*(?:,|\.(?:\s|$)|\s\d{4}\b|\s*[|·•]|\s[-–—]\s|$)/iu;
/** How many of the page's last filled lines are read for a footer's organisation name. */
const FOOTER_LINES = 8;
/** A footer line's opening name: up to a separator, a comma or a stop; group 1 (emphasis and a copyright sign aside). */
const FOOTER_NAME = /^(?:\*\*|__)?([\p{Lu}][^·|,.*_©]{2,80}?)(?:\*\*|__)?\s*(?:[·|,]|\.\s|\.?$)/u;
/**
 * A footer's sentence that says what the site's owner is ("Brackwater Town Supporters' Club is an independent members'
 * association…", «Фонд «…» является некоммерческой организацией…», a station's "WVFM 104.2 is part of …"); group 1 is the name.
 */
const FOOTER_SELF = /^([\p{Lu}](?:[^·|,.*_©]|(?<=\d)\.(?=\d)){2,80}?)\s+(?:is|are|является)\s+(?:an?\s|the\s|\p{Ll})/u;
/** A name after its kind («Телеканал «Онежье ТВ»», "Radio «Vale FM»", «Газета «Вестник»»); group 1 is the quoted name. */
const KIND_BEFORE_NAME = /^\p{L}+(?:\s\p{L}+)?\s+[«"“]([^«»"“”]{2,60})[»"”]$/u;
/** Longest header line (characters) read for the site's name. */
const MAX_HEADER_CHARS = 200;

/** A header line's parts that may be a name: without emphasis, links' brackets, leading pictographs and bracketed buttons. */
function headerParts(line: string): string[] {
  return line
    .replace(/\*\*|__/gu, "")
    // (A Markdown heading's marks: "# Усть-Вежская епархия".)
    .replace(/^#{1,6}\s+/u, "")
    // (A picture's placeholder before the name: «[Герб] Администрация города …», "[Logo] …".)
    .replace(/^\[[^\]]{1,30}\]\s*/u, "")
    .replace(/^(?:[\p{Extended_Pictographic}\uFE0F]\s*)+/u, "")
    .replace(/\s*\[[^\]]{0,40}\]\s*$/u, "")
    .split(/\s+[·|—–-]\s+|\s*[·|]\s*|\s{2,}/u)
    .map((part) => part.trim())
    .filter((part) => /\p{L}/u.test(part));
}

/** The words of a name in lower case. */
function words(name: string): string[] {
  return name.toLowerCase().split(/\s+/u).filter((word) => word !== "");
}

/**
 * The name a header part and a copyright holder share: the holder's words that the part opens with, as the holder
 * writes them ("HALLBRIDGE ECHO" and "Hallbridge Echo Media Ltd" share "Hallbridge Echo"); or the holder, when the
 * two are an organisation's full and short names (the same first word and the same last two words: «Управление
 * Федеральной службы … по Усольской области», «Управление Роспотребнадзора по Усольской области»); or the part, when it is
 * an organisation's full name that holds the holder's one word inflected («Управление Роспотребнадзора по Заволжской области»
 * and «Роспотребнадзор»). Null otherwise.
 */
function sharedName(part: string, holder: string): string | null {
  const a = words(part);
  const b = words(holder);
  if (a.length === 0) return null;
  if (a.length <= b.length && a.every((word, k) => word === b[k])) return holder.split(/\s+/u).slice(0, a.length).join(" ");
  // (A header that is the holder's name of three words or more, or a quoted name after its legal form, with its place after it:
  // «МБДОУ «Детский сад № 7» Заречного округа» and «© МБДОУ «Детский сад № 7»»; «МУП «Горэлектротранс» г. Заречноярска».)
  const bare = (word: string | undefined): string => (word ?? "").replace(/[«»"“”„.,]/gu, "");
  if ((b.length >= 3 || (b.length === 2 && holder.includes("«"))) && b.length < a.length && b.every((word, k) => bare(word) === bare(a[k]))) return part;
  const sameTail = a.length >= 3 && b.length >= 3 && a.slice(-2).join(" ") === b.slice(-2).join(" ");
  if (sameTail && a[0] === b[0]) return holder;
  const inflected = b.length === 1 && (b[0] ?? "").length >= MIN_STEM_LETTERS && a.length >= 3 && /^\p{Lu}/u.test(part);
  return inflected && a.slice(1).some((word) => word !== b[0] && word.startsWith(b[0] ?? "") && word.length - (b[0] ?? "").length <= 2) ? part : null;
}

/** A name with its abbreviation in capitals in brackets after it ("Coastal Marine Accident Investigation Office (CMAIO)"); groups 1 and 2. */
const ABBREVIATED_NAME = /^(\p{Lu}[\p{L}'’&-]*(?:\s+[\p{L}'’&-]+){1,8})\s+\((\p{Lu}{2,10})\)$/u;

/**
 * A Latin name in capitals as a title writes it ("SITE & STRUCTURE WEEKLY" → "Site & Structure Weekly"): each word capitalised, a
 * word without a vowel or with a digit kept as it is ("WVFM 104.2"); any other name as it is.
 */
function capitalsAsTitle(name: string): string {
  if (/\p{Ll}/u.test(name) || !/^[\p{Script=Latin}\d\s&'’.-]+$/u.test(name)) return name;
  return name.replace(/\p{L}[\p{L}'’]*/gu, (word) => (/[AEIOUY]/u.test(word) && /\p{L}{2}/u.test(word) ? `${word.slice(0, 1)}${word.slice(1).toLowerCase()}` : word));
}

/** An office's word before its holder's name in a copyright line («Аппарат Уполномоченного …», "Office of the Children's Commissioner"). */
const OFFICE_OF = /^(?:аппарат|офис|секретариат|приёмная|приемная|office of(?: the)?|secretariat of(?: the)?)\s+/iu;
/** Fewest letters two forms of a word share («уполномоченный», «уполномоченного»). */
const MIN_SHARED_STEM = 6;

/**
 * Whether a copyright's holder is the office of the header's name («Аппарат Уполномоченного по правам ребёнка в … области» for
 * «УПОЛНОМОЧЕННЫЙ ПО ПРАВАМ РЕБЁНКА В … ОБЛАСТИ»): after the office's word, the same words, the first inflected.
 */
function isOfficeOf(part: string, holder: string): boolean {
  const office = OFFICE_OF.exec(holder);
  if (office === null) return false;
  const a = words(part);
  const b = words(holder.slice(office[0].length));
  if (a.length < 2 || a.length !== b.length || a.slice(1).join(" ") !== b.slice(1).join(" ")) return false;
  const [x = "", y = ""] = [a[0], b[0]];
  let shared = 0;
  while (shared < x.length && x[shared] === y[shared]) shared++;
  return x === y || (shared >= MIN_SHARED_STEM && x.length - shared <= 3 && y.length - shared <= 3);
}

/** A name as the lines write it other than in capitals («Уполномоченный по правам ребёнка …» for «УПОЛНОМОЧЕННЫЙ …»), else the name. */
function spelledInLines(name: string, lines: readonly string[]): string {
  if (/\p{Ll}/u.test(name)) return name;
  const pattern = new RegExp(name.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&").replace(/\s+/gu, "\\s+"), "iu");
  for (const line of lines) {
    const found = pattern.exec(line)?.[0];
    if (found !== undefined && /\p{Ll}/u.test(found)) return found;
  }
  return name;
}

/** Fewest letters of a one-word holder that is looked for inflected in a header's name. */
const MIN_STEM_LETTERS = 6;

/** A company's legal form before its quoted name in a copyright line («ПАО «Стрела Мобайл»»); group 1 is the name. */
const LEGAL_FORM_NAME = /^(?:АО|ООО|ПАО|ЗАО|ОАО|АНО|ГУП|МУП|ФГУП|МКУ|МБУ|МАУ|ГБУ|ГАУ|ГКУ|ФГБУ|ФГКУ|ГКОУ|ГБОУ|МБОУ|МАОУ)\s+«([^«»]{2,60})»$/u;
/** Most words of a site's name over a tagline. */
const MAX_SITE_NAME_WORDS = 6;

/** Whether a header is a name alone: two to `MAX_SITE_NAME_WORDS` words, each capitalised (or "of", "and", "the", "for"), no stop. */
function isNameAlone(header: string): boolean {
  const words = header.split(/\s+/u);
  return words.length >= 2 && words.length <= MAX_SITE_NAME_WORDS && words.every((word) => /^(?:\p{Lu}|of$|and$|the$|for$|&$)/u.test(word)) && !/[.!?:;,…]$/u.test(header);
}

/**
 * The site's name and the index of its header line: the first filled line (`skip` passes over the furniture above it: a quick
 * exit button), when one of its parts is the name a copyright line of the page holds, or the name opening one of its last
 * `FOOTER_LINES` filled lines (see `sharedName`; a footer's sentence on what the owner is may name it in capitals, the name then
 * written as a title, see `capitalsAsTitle`), or the holder's name without its legal form and quotation marks («ПАО «Стрела
 * Мобайл»» for «**Стрела Мобайл** · Ваш регион: …»); or a part whose office holds the copyright (see `isOfficeOf`; written as the
 * text writes it), or a part with its abbreviation in brackets that the footer calls the owner by ("… Office (CMAIO)" and "The
 * CMAIO is …"); or a name alone on that line over a tagline that names the copyright's holder ("Clinical Practitioners Tribunal
 * Service" over "An independent tribunal service of the General Council for Medical Practice"). Null otherwise. Pure.
 */
export function siteNameByCopyright(lines: readonly string[], skip: (line: string) => boolean = () => false): { name: string; index: number } | null {
  const index = lines.findIndex((line) => line !== "" && !skip(line));
  const header = lines[index] ?? "";
  if (index < 0 || header.length > MAX_HEADER_CHARS) return null;
  const holders = lines.flatMap((line, i) => {
    const found = i === index ? null : COPYRIGHT_HOLDER.exec(line);
    const holder = (found?.[1] ?? found?.[2])?.trim();
    return holder ? [holder] : [];
  });
  const footer = lines
    .map((line, i) => ({ line, i }))
    .filter(({ line, i }) => line !== "" && i !== index)
    .slice(-FOOTER_LINES);
  // (A name of two words or more, its first not in capitals, without a wide gap, on a line without a copyright sign: a running footer repeats the
  // masthead as it is, and a copyright line names its holder above.)
  // (Or the name a footer's sentence opens with, "… is an independent members' association"; a kind's quoted name, «Телеканал «Онежье ТВ»».)
  // (A sentence saying what the owner is may name it in capitals, as its masthead does: "SITE & STRUCTURE WEEKLY is published by …".)
  const footerNames = footer.flatMap(({ line }) => {
    const self = /©|\(c\)|copyright/iu.test(line) ? null : FOOTER_SELF.exec(line);
    const found = /©|\(c\)|copyright/iu.test(line) ? undefined : (self ?? FOOTER_NAME.exec(line))?.[1]?.trim();
    const name = found === undefined ? undefined : (KIND_BEFORE_NAME.exec(found)?.[1]?.trim() ?? found);
    const opening = self !== null || /\p{Ll}/u.test(name?.split(/\s+/u)[0] ?? "");
    return name !== undefined && name.split(/\s+/u).length >= 2 && opening && !/\s{3,}/u.test(name) ? [name] : [];
  });
  // (The copyright line's holder first: the footer may name a branch, "GCWU Southern Region".)
  // (A footer shares a name of two words or more with the header: one word, "LinkedIn", may open any company's line.)
  // (Last, the holder's name without its legal form: «ПАО «Стрела Мобайл»» names "Стрела Мобайл".)
  const bare = holders.flatMap((holder) => LEGAL_FORM_NAME.exec(holder)?.[1] ?? []);
  for (const [names, minWords] of [[holders, 1], [footerNames, 2], [bare, 1]] as const) {
    for (const part of headerParts(header)) {
      for (const holder of names) {
        const name = sharedName(part, holder);
        if (name !== null && name.split(/\s+/u).length >= minWords) return { name: names === footerNames ? capitalsAsTitle(name) : name, index };
      }
    }
  }
  // (A name whose office holds the copyright: «УПОЛНОМОЧЕННЫЙ ПО ПРАВАМ РЕБЁНКА В … ОБЛАСТИ» and «© Аппарат Уполномоченного по правам ребёнка
  // в … области»; written as the text writes it.)
  for (const part of headerParts(header)) {
    if (holders.some((holder) => isOfficeOf(part, holder))) return { name: spelledInLines(part, lines.filter((_, i) => i !== index)), index };
  }
  // (A name with its abbreviation in brackets that the footer or the copyright calls the owner by: "Coastal Marine Accident
  // Investigation Office (CMAIO)" and "The CMAIO is an independent branch of …".)
  for (const part of headerParts(header)) {
    const abbreviated = ABBREVIATED_NAME.exec(part);
    const short = abbreviated?.[2] ?? "";
    if (abbreviated && [...holders, ...footerNames].some((holder) => holder.replace(/^the\s+/iu, "") === short)) return { name: abbreviated[1] ?? part, index };
  }
  const parts = headerParts(header);
  const tagline = lines.slice(index + 1).find((line) => line !== "")?.toLowerCase() ?? "";
  const only = parts.length === 1 ? (parts[0] ?? "") : "";
  if (isNameAlone(only) && holders.some((holder) => holder.split(/\s+/u).length >= 2 && tagline.includes(holder.toLowerCase()))) return { name: only, index };
  return null;
}

/**
 * A help centre's name: the organisation's capitalised name, then the kind ("Larkhollow Festival Help Centre"), or the kind, then
 * the name («Справочный центр Фестиваля «Ледяная гора»»); group 1 or 2 is the name.
 */
const HELP_CENTRE =
  /^((?:\p{Lu}[\p{L}'’&.-]*|of|the|and|&)(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of|the|and|&)){0,5})\s+(?:Help Cent(?:re|er)|Support (?:Cent(?:re|er)|Site)|Knowledge Base)$|^(?:Справочный центр|Центр поддержки|Служба поддержки|Центр помощи)\s+(\p{Lu}.{1,60})$/u;
/** A help centre's breadcrumb ("Help Centre > Safety", «Справочный центр › Билеты»). */
const HELP_BREADCRUMB = /^(?:help (?:centre|center)|support|knowledge base|справочный центр|центр поддержки|помощь)\s+[>›»/]\s+\S/iu;
/** How many filled lines from the top a help centre's breadcrumb may stand at. */
const MAX_LINES_TO_BREADCRUMB = 6;

/**
 * A help centre's site name and the index of its header line: the first filled line names the organisation and the kind (see
 * `HELP_CENTRE`), and a breadcrumb opened by the kind follows within `MAX_LINES_TO_BREADCRUMB` filled lines ("Help Centre >
 * Safety"). The organisation is the page's outlet ("Larkhollow Festival"); the header line is not the story's. Null otherwise. Pure.
 */
export function helpCentreName(lines: readonly string[]): { name: string; index: number } | null {
  const index = lines.findIndex((line) => line !== "");
  const header = HELP_CENTRE.exec(headerParts(lines[index] ?? "").join(" "));
  const name = (header?.[1] ?? header?.[2])?.trim();
  if (index < 0 || name === undefined) return null;
  const below = lines.slice(index + 1).filter((line) => line !== "").slice(0, MAX_LINES_TO_BREADCRUMB);
  return below.some((line) => HELP_BREADCRUMB.test(line.trim())) ? { name, index } : null;
}
