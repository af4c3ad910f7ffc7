/** A Markdown heading's level ("## Что дальше" → 2), 0 for another line: the readers of a post's page weigh headings by it. Pure. */
export function headingLevel(line: string): number {
  return /^(#{1,6})\s/u.exec(line.trim())?.[1]?.length ?? 0;
}
