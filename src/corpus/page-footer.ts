/**
 * An organisation's page closes with its contacts: its name, its postal address, its phones and e-mail, its reception
 * hours ("Harbour Master's Office, Port House, Kellan Quay, Ardcullen AD1 4QP", «618420, Пермский край, г. Берёзовый Яр,
 * ул. Советская, д. 27», «Телефон: (34248) 2-11-05 · Факс: …», «Режим работы: пн–чт 8:30–17:30»), and a letter or a notice
 * with its signatory ("Captain F. Ruddock" over "Harbour Master, Ardcullen Port Authority", «Министр      О. Д. Кравец»).
 * Neither is the story's words.
 */

/**
 * A phone number as pages write it: Russian ("+7 (8552) 30-11-40", «8 (34362) 5-00-19», «8-800-555-27-37», «тел. (34248)
 * 2-11-19»), British ("01632 960 771", "0800 046 1180", "07700 900 277") or North American ("(555) 014-2200").
 */
export const PHONE_NUMBER =
  /(?:\+7|(?<![\d-])8)\s?\(\d{3,5}\)\s?\d{1,3}(?:[-\s]\d{2,3}){1,3}|(?<![\d-])8-800-\d{3}-\d{2}-\d{2}|(?<![\d-])0\d{3,4}\s\d{3}\s\d{3,4}(?!\d)|\(\d{3}\)\s?\d{3}-\d{4}|(?<!\p{L})(?:тел|tel)\.\s*\(\d{3,5}\)\s?\d{1,3}(?:-\d{2,3}){1,3}/u;
/** An e-mail address. */
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u;
/**
 * A postal address: a Russian index before the place («618420, Пермский край, …»), a British postcode ("Ardcullen AD1
 * 4QP"), a US state and ZIP code, a house number before a street ("210 Courthouse Square"), a Russian street with its house
 * number («пр. Ломоносова, 118»).
 */
const POSTAL_ADDRESS =
  /(?:^|[·,|]\s*)\d{6},\s|\b[A-Z]{1,2}\d{1,2}[A-Z]?\s\d[A-Z]{2}\b|\b[A-Z]{2}\s\d{5}(?:-\d{4})?\b|\b\d{1,5}\s+(?:\p{Lu}\p{L}+\s+){1,3}(?:Street|St|Road|Rd|Square|Sq|Lane|Avenue|Ave|Quay|Way|Drive|Place|Walk|Court|Terrace|Boulevard|Blvd|Mall|Plaza)\b|(?<!\p{L})(?:ул|пр|пр-т|просп|пер|пл|наб|ш)\.\s*\p{Lu}[\p{L}-]+,\s*(?:д\.\s*)?\d{1,4}(?!\d)/u;
/** A contact's label: telephone, fax, e-mail, reception and opening hours («Телефон:», "Tel:", «Режим работы:», «Приём граждан:»). */
const CONTACT_LABEL =
  /^(?:тел\.|телефон|факс|e-?mail|эл\. почта|tel\.?|telephone|phone|fax|режим работы|часы работы|(?:личный )?при[её]м граждан|при[её]мная|opening hours|office hours)(?!\p{L})\s*:?/iu;

/** A card's field: a short capitalised label and a colon, in bold or not («**Год ввода:** 2011», "Owner: Western Sound Ferries Ltd"). */
const CARD_FIELD = /^(?:\*\*|__)?\p{Lu}[\p{L} ]{1,30}:(?:\*\*|__)?\s+\S/u;
/** Fewest fields that make a paragraph a fact card. */
const MIN_CARD_FIELDS = 3;

/** A hotline's name («Телефоны горячих линий», "Helpline"): a box of hotlines is the story's help to its readers, not a footer. */
const HOTLINE = /горяч\p{L}*\s+лини|hotline|help\s?line/iu;

/** Longest line (characters) of a page's footer. */
const MAX_FOOTER_LINE = 200;
/** Longest line (characters) of a footer that names without a contact: the organisation's name, its licence, its trust. */
const MAX_FOOTER_NAME = 120;

/** Whether a line gives an organisation's contacts: an address, a phone, an e-mail or hours, and no sentence's stop at its end. */
export function isContactLine(line: string): boolean {
  if (line.length > MAX_FOOTER_LINE || /[.!?…]["»”)]?$/u.test(line)) return false;
  return PHONE_NUMBER.test(line) || EMAIL.test(line) || POSTAL_ADDRESS.test(line) || CONTACT_LABEL.test(line);
}

/** A name over a footer's contacts, a licence or a trust: short, no sentence's stop at its end, no quotation. */
function isFooterNameLine(line: string): boolean {
  return line.length <= MAX_FOOTER_NAME && !/[.!?…:;]["»”)]?$/u.test(line) && /^[\p{L}*_]/u.test(line);
}

/**
 * A signatory's line: a name with initials, a rank or a post before it ("Captain F. Ruddock", «И. В. Горбатенко»,
 * «Министр                О. Д. Кравец», a court act's «Судья Н. А. Ветрова»).
 */
const SIGNATORY_NAME =
  /^(?:(?:Captain|Capt\.|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?|Sgt\.?|Insp\.?|Chief|Commander|Cllr\.?|Judge|District Judge|Судья|Председательствующий(?: судья)?)\s+|\p{Lu}[\p{L}-]+(?:\s+\p{Ll}[\p{L}-]+){0,6}\s{3,})?(?:\p{Lu}\.\s?){1,3}\s?\p{Lu}[\p{Ll}'’-]+$/u;
/** A signatory's post under the name ("Harbour Master, Ardcullen Port Authority"): short, no sentence's stop. */
const MAX_POST_CHARS = 100;

/** The filled lines of the last paragraph of `lines` (after its last blank line or rule) and where it starts. */
function lastParagraph(lines: readonly string[], isRule: (line: string) => boolean): { start: number; filled: string[] } {
  let start = lines.length;
  while (start > 0 && lines[start - 1] !== "" && !isRule(lines[start - 1] ?? "")) start--;
  return { start, filled: lines.slice(start) };
}

/**
 * Whether a paragraph is a page's contact footer: not quoted, naming no hotline (a box of the story's own) and no fact card of
 * `MIN_CARD_FIELDS` fields or more (see `CARD_FIELD`), a contact line in it (see `isContactLine`), its other lines short names (see
 * `isFooterNameLine`) or rows of footer links (see `isFooterLinksRow`); a single line must give an address, open with a contact's
 * label, or give two contacts.
 */
function isContactParagraph(filled: readonly string[]): boolean {
  if (filled.length === 0 || filled.some((line) => line.startsWith(">") || HOTLINE.test(line))) return false;
  // (A fact card's fields, an address among them, are the story's: «**Объект:** ТРЦ …», «**Адрес:** …», «**Год ввода:** 2011».)
  if (filled.filter((line) => CARD_FIELD.test(line) && !CONTACT_LABEL.test(line.replace(/^(?:\*\*|__)/u, ""))).length >= MIN_CARD_FIELDS) return false;
  const contacts = filled.filter(isContactLine);
  if (contacts.length === 0 || !filled.every((line) => isContactLine(line) || isFooterNameLine(line) || isFooterLinksRow(line))) return false;
  if (filled.length > 1) return true;
  const line = filled[0] ?? "";
  const kinds = [PHONE_NUMBER, EMAIL, POSTAL_ADDRESS].filter((pattern) => pattern.test(line)).length;
  return POSTAL_ADDRESS.test(line) || CONTACT_LABEL.test(line) || kinds >= 2;
}

/** Whether a paragraph is a signature: a signatory's name (see `SIGNATORY_NAME`), and the post's short lines around it. */
function isSignature(filled: readonly string[]): boolean {
  return (
    filled.length > 0 &&
    filled.length <= 3 &&
    filled.some((line) => SIGNATORY_NAME.test(line)) &&
    filled.every((line) => SIGNATORY_NAME.test(line) || (line.length <= MAX_POST_CHARS && !/[.!?…:;]$/u.test(line) && /^\p{Lu}/u.test(line)))
  );
}

/**
 * Removes a page's closing contacts and signature: from the end, each last paragraph (after a blank line or a rule,
 * `isRule` tells one) that is a contact footer (see `isContactParagraph`) or a signature (see `isSignature`), and the
 * blank lines and rules between them. Stops at the first paragraph that is neither: the story's.
 */
export function dropClosingContacts(lines: string[], isRule: (line: string) => boolean): void {
  for (;;) {
    while (lines.length > 0 && ((lines.at(-1) ?? "") === "" || isRule(lines.at(-1) ?? ""))) lines.pop();
    const { start, filled } = lastParagraph(lines, isRule);
    if (start === 0 || !(isContactParagraph(filled) || isSignature(filled))) return;
    lines.splice(start);
  }
}

/** A footer's link ("Privacy", "Terms of use", "Contact us", «Карта сайта», «Обратная связь», «Правила сервиса»). */
const FOOTER_LINK =
  /^(?:privacy(?: policy| notice)?|terms(?: of (?:use|service))?|cookies?(?: policy| settings)?|accessibility|contact(?: us)?|site ?map|help|legal|disclaimer|licen[cs]es|careers|карта сайта|обратная связь|контакты|политика (?:конфиденциальности|обработки персональных данных)|правила(?: \p{L}+)?|помощь|реклама|о (?:проекте|сайте|нас)|раскрытие информации|защита персональных данных|лицензии|вакансии)$/iu;
/** Longest part (characters) of a footer's row of links. */
const MAX_LINK_CHARS = 60;
/** Most filled lines of a page's footer under its last rule. */
const MAX_FOOTER_LINES = 8;

/** Whether a line is a footer's row of links: two parts or more between "·" or "|", short, no sentence, one a footer's link. */
export function isFooterLinksRow(line: string): boolean {
  const parts = line.split(/\s*[·|]\s*/u).map((part) => part.trim());
  return (
    parts.length >= 2 &&
    parts.every((part) => part !== "" && part.length <= MAX_LINK_CHARS && !/[.!?]$/u.test(part)) &&
    parts.some((part) => FOOTER_LINK.test(part.replace(/\s*©.*$/u, "")))
  );
}

/**
 * Removes a page's footer under its last rule (`isRule` tells one): at most `MAX_FOOTER_LINES` filled lines of at most
 * `MAX_FOOTER_LINE` characters, a row of footer links among them (see `isFooterLinksRow`), no sentence among them but the
 * owner's own, opened by `owner` (the site's name: "Brackwater Town Supporters' Club is an independent members'
 * association…"), or a furniture line's (`isFurniture` tells one: "Помог ли вам этот раздел? 👍 Да 👎 Нет", a chat widget's
 * greeting), and more text above the rule. What the footer says (the owner's disclaimer, its contacts, an app's promotion) is
 * the site's, not the story's. Returns the removed lines (their stamps may date the page).
 */
export function dropFooterUnderRule(lines: string[], isRule: (line: string) => boolean, owner: string | null, isFurniture: (line: string) => boolean = () => false): string[] {
  const rule = lines.findLastIndex((line) => isRule(line));
  if (rule <= 0 || !lines.slice(0, rule).some((line) => line !== "")) return [];
  const filled = lines.slice(rule + 1).filter((line) => line !== "");
  if (filled.length === 0 || filled.length > MAX_FOOTER_LINES || filled.some((line) => line.length > MAX_FOOTER_LINE)) return [];
  const ownerWords = owner?.toLowerCase();
  const sentence = (line: string): boolean => /[.!?…]["»”)]?$/u.test(line) && !(ownerWords !== undefined && line.toLowerCase().startsWith(ownerWords)) && !isFurniture(line);
  if (!filled.some(isFooterLinksRow) || filled.some(sentence)) return [];
  return lines.splice(rule);
}
