/**
 * Where a site's post ends when its share row is gone: a share row made only of links ("[Поделиться: ВКонтакте](#) · [Telegram](#)",
 * "[Share on Facebook](#) · [X](#)") is dropped with the other rows of links before the page is read, so the post has no closing
 * row left, and the rule the site draws under it ("---") is the first mark of its end; under that rule stand the site's own
 * blocks (price tables, sections, other news, the newsletter prompt, the footer). The post ends at the first rule after its first
 * line, or nowhere when no rule follows it. Pure.
 */

/** The index of the first rule after line `first` (the post's first line), or -1 when none follows. */
export function ruleClosingPost(lines: readonly string[], first: number, isRule: (line: string) => boolean): number {
  for (let i = first + 1; i < lines.length; i++) if (isRule((lines[i] ?? "").trim())) return i;
  return -1;
}
