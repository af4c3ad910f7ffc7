/**
 * A plain-text page's picture, kept as a marker in brackets ("[Image: tour poster - the band against a sunset]", «[Фото: …]»), with
 * its credit opening the line under it ("Artwork by Studio Fenn. Special guests on all dates: …", «Фото: Иван Петров. …»): the
 * credit says who made the picture, not what happened; the rest of the line stays.
 */

/** A picture's marker alone on its line. */
const PICTURE_MARKER = /^\[(?:image|photo|picture|illustration|poster|фото|изображение|снимок|иллюстрация)\s*:[^\]]{0,200}\]$/iu;
/** A credit opening a line, to its full stop ("Artwork by Studio Fenn. ", "Photo: Jo Bloggs. ", «Фото: Иван Петров. »). */
const CREDIT = /^(?:(?:artwork|photo(?:graph)?|illustration|design|poster|image|picture)s?\s+(?:by|:)|(?:photo(?:graph)?|picture|image|credit)s?\s*:|(?:фото|иллюстрация|рисунок|автор фото|дизайн)\s*:)\s*[^.!?]{2,60}\.(?:\s+|$)/iu;

/** Lines whose credit under a picture's marker is cut (see the module's note); the same array when there is none. */
export function withoutPictureCredits(lines: string[]): string[] {
  let out: string[] | null = null;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] ?? "";
    if (!line.startsWith("[") || !PICTURE_MARKER.test(line.trim())) continue;
    let next = i + 1;
    while (next < lines.length && (lines[next] ?? "").trim() === "") next++;
    const under = (lines[next] ?? "").trim();
    const credit = CREDIT.exec(under);
    if (!credit) continue;
    out ??= [...lines];
    out[next] = under.slice(credit[0].length);
  }
  return out ?? lines;
}
