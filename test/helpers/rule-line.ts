/**
 * The rule line the cleaner's format readers are given in their table tests: a run of three
 * dashes or more (the cleaner's own test, `clean.ts`, knows more kinds; the readers take it as an
 * argument, so their tests need only the one their snippets use).
 */
export function isDashRule(line: string): boolean {
  return /^-{3,}$/u.test(line);
}
