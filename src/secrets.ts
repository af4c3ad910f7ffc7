/** What replaces a secret in any text that leaves the process (log lines, printed errors). */
export const SECRET_MASK = "[Redacted]";

/**
 * The strings to hide for one secret: the value, its URL-encoded form (a `:` becomes `%3A` in a
 * query string), and, for a Telegram bot token (`<bot id>:<key>`), the key alone, which is the
 * secret part. Short fragments (under 8 characters) are not worth masking and would mangle text.
 */
export function secretForms(secret: string): string[] {
  const forms = new Set<string>([secret, encodeURIComponent(secret)]);
  const colon = secret.indexOf(":");
  if (colon > 0) forms.add(secret.slice(colon + 1));
  return [...forms].filter((form) => form.length >= 8).sort((a, b) => b.length - a.length);
}

/**
 * Replaces every occurrence of every secret in `text` by `[Redacted]`, whatever carries it: a URL
 * inside an error message (`…/bot<token>/sendChatAction failed`), a stack trace, a JSON field.
 * Pure; longest forms first, so the token is masked whole rather than in pieces.
 */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret === "") continue;
    for (const form of secretForms(secret)) {
      if (result.includes(form)) result = result.split(form).join(SECRET_MASK);
    }
  }
  return result;
}

/** Text of an unknown thrown value for printing (`Name: message`), with the secrets scrubbed. */
export function describeErrorSafely(error: unknown, secrets: readonly string[]): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return scrubSecrets(text, secrets);
}
