/**
 * A closing list of a page's files under its heading ("Документы к сводке:" over "Сводка_3_град_05072032.pdf (212 КБ)", "Documents:"
 * over "Decision notice.pdf (301 KB)"): the site's downloads, not the story's words.
 */

/** A documents list's heading ("Документы к сводке:", "Документы:", "Приложения:", "Documents:", "Attachments:", "Downloads:"). */
const LIST_HEADING = /^(?:документы|файлы|приложения|вложения)(?:\s+к\s+\p{L}+)?\s*:?$|^(?:documents|attachments|downloads|files)(?:\s+\p{L}+){0,2}\s*:?$/iu;
/** A file with its size ("Сводка_3.pdf (212 КБ)", "[PDF] Notice (64 KB)", "Form.docx (38 KB)"). */
const FILE_LINE = /^(?:[-*•]\s*)?(?:\[(?:pdf|docx?|xlsx?|odt|rtf|zip)\]\s*)?\S.{0,150}\(\s*\d+(?:[.,]\d+)?\s*(?:[KMG]B|[КМГ]Б)\s*\)$/iu;

/** Removes a closing documents list (see the module's note) from `lines`; whether one was removed. */
export function dropClosingDocumentsList(lines: string[]): boolean {
  const last = lines.findLastIndex((line) => line.trim() !== "");
  // (A cheap test first: the last line ends with a size in brackets.)
  if (last < 0 || !/[BБ]\s*\)$/u.test((lines[last] ?? "").trim())) return false;
  let start = last;
  while (start > 0 && FILE_LINE.test((lines[start] ?? "").trim())) start--;
  if (start === last || !LIST_HEADING.test((lines[start] ?? "").trim().replace(/\*\*/gu, ""))) return false;
  lines.splice(start);
  return true;
}
