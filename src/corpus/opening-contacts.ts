/**
 * The contact lines opening an organisation's page under its name (its tagline with its address, its phone line) and a quoted
 * offer of its services among them: «*Государственная инспекция … · г. Ирменск, ул. Береговая, 3*», «Телефон доверия ГУ МЧС:
 * 8 (3851) 39-99-99 · Экстренный вызов: 112», «> **Онлайн-запись на аттестацию судоводителей:** …», "> **Book online:** …". They
 * are the page's head, not the story's words.
 */

/** A quoted offer of a body's services («> **Онлайн-запись на аттестацию судоводителей:** …», "> **Book online:** …"). */
const SERVICE_OFFER = /^>\s*\*\*(?:онлайн-запись|запись на при[её]м|book (?:online|an appointment)|online booking)[^*]{0,80}\*\*/iu;
/** Most such lines opening a page. */
const MAX_LINES = 3;

/**
 * Removes from `lines`, from index `from` on, up to `MAX_LINES` filled lines in a row that are contact lines (`isContact` tells
 * one, as it reads the line without its markup: `view`) or a quoted offer of services; blank lines between them stay. How many
 * were removed.
 */
export function dropOpeningContacts(lines: string[], from: number, isContact: (line: string) => boolean, view: (line: string) => string): number {
  let next = from;
  let taken = 0;
  while (taken < MAX_LINES && next < lines.length) {
    const line = lines[next] ?? "";
    if (line === "") {
      next++;
      continue;
    }
    if (!isContact(view(line)) && !SERVICE_OFFER.test(line)) break;
    lines.splice(next, 1);
    taken++;
  }
  return taken;
}
