/**
 * Quotes inside quotes, as a Russian page sets them: a name in guillemets that holds another name in guillemets is written with
 * low-high quotes inside («МАУ «Ледовая арена „Кристалл“»», «ООО «Студия „Пируэт“»»), while its head, quoting the inner name alone,
 * writes guillemets («Ледовая арена «Кристалл»»). Read the same, the two spellings meet: the low-high pair becomes a pair of
 * guillemets, character for character, so places in the line stay where they were. (An English page's "“…”" pair is not touched:
 * only „ opens the pair read.) Pure.
 */

/** A low-high pair of quotes and the words between them; group 1 the words. */
const LOW_HIGH_PAIR = /„([^„“”«»]{1,60})“/gu;

/** The line with its low-high pairs of quotes as guillemets (same length). */
export function withGuillemetInnerQuotes(line: string): string {
  return line.replace(LOW_HIGH_PAIR, "«$1»");
}
