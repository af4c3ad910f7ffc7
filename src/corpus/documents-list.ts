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

/** A file with its kind and size in brackets ("📄 Приказ … от 16.01.2034 № 14-од (PDF, 184 КБ)", "- Detour map (PDF, 1.2 MB)"). */
const KIND_FILE_LINE = /^(?:[-*•]\s*)?(?:\p{Extended_Pictographic}\uFE0F?\s*)?\S.{0,240}\(\s*(?:pdf|docx?|xlsx?|odt|rtf|zip|csv)\s*,\s*\d[\d.,]*\s*(?:[KMG]B|[КМГ]Б)\s*\)$/iu;

/**
 * Removes a documents list standing anywhere in the page (see the module's note): a list heading ("**Документы:**", "Documents:")
 * right over lines that each give a file's kind and size in brackets ("(PDF, 184 КБ)", "(DOCX, 41 KB)"). Whether one was removed.
 */
export function dropDocumentsBlock(lines: string[]): boolean {
  let removed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    // (A cheap test first: a short line ending with a colon, bold or not.)
    if (line.length > 40 || !(line.endsWith(":") || line.endsWith(":**"))) continue;
    if (!LIST_HEADING.test(line.replace(/\*\*/gu, ""))) continue;
    let end = i + 1;
    while (end < lines.length && KIND_FILE_LINE.test((lines[end] ?? "").trim())) end++;
    if (end === i + 1) continue;
    lines.splice(i, end - i);
    removed = true;
  }
  return removed;
}
