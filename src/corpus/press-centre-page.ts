/**
 * A public body's press-centre page: the site's head above its first rule (the emblem, the parent body's and the body's names in
 * bold, the region, the accessibility and hotline row, the breadcrumb, and the section's menu: "**Пресс-центр**" over its items
 * «Новости», «Анонсы», «Видеоматериалы»; "**Press centre**" over "News", "Events"), then right under the rule the story's heading
 * over its stamp line naming its section ("16.05.2031 · 10:45 · Рубрика: Охрана водных биоресурсов"), the story, and its print
 * and share row ("🖨 Распечатать · Поделиться: ВКонтакте | …", "Print · Share: …"). The head and the print row are the site's
 * furniture; the body's name (the last bold name in the head before the menu) names the outlet.
 */

/** The section menu's label ("Пресс-центр", "Press centre", "Newsroom", «Медиацентр»). */
const MENU_LABEL = /^(?:пресс-центр|медиацентр|пресс-служба|press cent(?:re|er)|media cent(?:re|er)|newsroom)$/iu;
/** A stamp line naming the story's section ("16.05.2031 · 10:45 · Рубрика: …", "16 May 2031 · Category: …"). */
const SECTION_STAMP = /^.{6,40}?\s*[·|•]\s*(?:раздел|рубрика|section|category)\s*:\s*\S.{0,60}$/iu;
/** A print and share row ("🖨 Распечатать · Поделиться: ВКонтакте | …", "Print · Share: Facebook | …"). */
const PRINT_ROW = /^(?:[\p{Extended_Pictographic}\uFE0F]+\s*)?(?:распечатать|версия для печати|print)\s*[·|]\s*(?:поделиться|share)(?![\p{L}])/iu;
/** How many filled lines from the top the first rule may stand at. */
const MAX_HEAD_LINES = 25;
/** Longest body's name (characters). */
const MAX_NAME_CHARS = 120;

/** What a press-centre page gives: its lines from the story's heading on, the head's lines and the body's name. */
export interface PressCentrePage {
  lines: string[];
  head: string[];
  body: string | null;
}

/** A bold line's words ("**Средне-Сарвинское территориальное управление**" → its words), or null. */
function boldWords(line: string): string | null {
  return /^\*\*([^*]+)\*\*$/u.exec(line.trim())?.[1]?.trim() ?? null;
}

/**
 * Reads a press-centre page (see the module's note): `null` unless the head above the first rule holds the section menu's label
 * over its items, and right under the rule a heading stands over a stamp line naming its section. `isRule` tells a rule.
 */
export function readPressCentrePage(lines: readonly string[], isRule: (line: string) => boolean): PressCentrePage | null {
  const filled = lines.flatMap((line, i) => ((line ?? "").trim() === "" ? [] : [i])).slice(0, MAX_HEAD_LINES + 2);
  // (A cheap test first: a rule opens with one of its characters.)
  const k = filled.findIndex((i) => /^[-─━═*_]/u.test(lines[i] ?? "") && isRule((lines[i] ?? "").trim()));
  if (k < 2 || k >= MAX_HEAD_LINES) return null;
  const heading = lines[filled[k + 1] ?? 0] ?? "";
  const stamp = (lines[filled[k + 2] ?? 0] ?? "").trim();
  if (!/^#{1,6}\s/u.test(heading) || !SECTION_STAMP.test(stamp)) return null;
  const head = filled.slice(0, k);
  const menu = head.findIndex((i) => MENU_LABEL.test(boldWords(lines[i] ?? "") ?? (lines[i] ?? "").trim()));
  if (menu < 0 || !/^[-*•]\s/u.test((lines[head[menu + 1] ?? 0] ?? "").trim())) return null;
  const names = head.slice(0, menu).map((i) => boldWords(lines[i] ?? "")).filter((name): name is string => name !== null && name.length <= MAX_NAME_CHARS);
  const body = names[names.length - 1] ?? null;
  const rule = filled[k] ?? 0;
  const rest = lines.slice(rule + 1).filter((line) => !PRINT_ROW.test(line.trim()));
  return { lines: rest, head: lines.slice(0, rule).filter((line) => line.trim() !== ""), body };
}
