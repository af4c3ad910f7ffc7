/** A filled line, trimmed, and its index. */
export interface FilledLine {
  text: string;
  i: number;
}

/** The first `count` filled lines of `lines`, trimmed, with their indices (only as far as they reach: no scan of the rest). */
export function filledLines(lines: readonly string[], count: number): FilledLine[] {
  const out: FilledLine[] = [];
  for (let i = 0; i < lines.length && out.length < count; i++) {
    const text = (lines[i] ?? "").trim();
    if (text !== "") out.push({ text, i });
  }
  return out;
}
