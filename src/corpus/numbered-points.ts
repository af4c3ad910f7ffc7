/**
 * A document's numbered points («1. Установить …», «4. В эпизоотическом очаге:» over «4.1. провести …», a tribunal's "1. The
 * certificate … was not genuine." cited later as "paragraphs 1 and 2"): their numbers are the document's words when the points
 * have sub-points or the text cites them; a list's numbers are markup otherwise.
 */

/** A numbered point ("1. …", "2) …"); group 1 is its number. */
const POINT = /^(\d{1,3})[.)]\s+\S/u;
/** A sub-point under a point ("4.1. провести …", "2.3 …"). */
const SUB_POINT = /^\d{1,3}\.\d{1,3}\.?\s+\S/u;
/** A citation of points by number ("paragraphs 1 and 2", "paragraph 3", «пункта 4», «п. 2»); group 1 holds the numbers. */
const POINT_CITATION = /\b(?:paragraphs?|paras?\.|points?|items?)\s+(\d{1,3}(?:\s*(?:,|and|&|or|to|–|-)\s*\d{1,3})*)\b|(?<!\p{L})(?:пункт\p{L}*|п\.)\s*(\d{1,3}(?:\s*(?:,|и|или|–|-)\s*\d{1,3})*)(?![\d.])/giu;

/**
 * The indices of numbered points whose numbers are the document's words: a run of points numbered 1, 2, 3, … (blank lines and
 * sub-points between them allowed), each a sentence or a clause (its last character a stop, a colon or a semicolon), that has
 * sub-points (see `SUB_POINT`), or whose numbers the text cites (see `POINT_CITATION`: "His conduct at paragraphs 1 and 2 was
 * dishonest"). Other lists lose their numbers as markup. Pure.
 */
export function citedPointLines(lines: readonly string[]): Set<number> {
  // (The citations are read only when a run of points needs them: most texts have none.)
  let cited: Set<number> | null = null;
  const citedNumbers = (): Set<number> => {
    if (cited) return cited;
    cited = new Set<number>();
    for (const match of lines.join("\n").matchAll(POINT_CITATION)) {
      for (const number of (match[1] ?? match[2] ?? "").match(/\d{1,3}/gu) ?? []) cited.add(Number(number));
    }
    return cited;
  };
  const keep = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (POINT.exec(lines[i] ?? "")?.[1] !== "1") continue;
    const run: number[] = [i];
    let subPoints = false;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j] ?? "";
      if (line === "") continue;
      if (SUB_POINT.test(line)) {
        subPoints = true;
        continue;
      }
      if (Number(POINT.exec(line)?.[1]) !== run.length + 1) break;
      run.push(j);
    }
    const numbers = run.map((_, k) => k + 1);
    // (Points are sentences: a numbered section's heading, "1. Общие сведения" over «1.1. …», loses its number as markup.)
    const sentences = run.every((at) => /[.;:!?…»"”)]$/u.test((lines[at] ?? "").trim()));
    if (run.length >= 2 && sentences && (subPoints || numbers.some((number) => citedNumbers().has(number)))) for (const at of run) keep.add(at);
    i = j - 1;
  }
  return keep;
}
