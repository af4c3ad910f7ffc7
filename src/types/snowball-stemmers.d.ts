// Type declarations for snowball-stemmers (the package ships none).
declare module "snowball-stemmers" {
  /** A Snowball stemmer for one language. */
  export interface Stemmer {
    stem(word: string): string;
  }
  /** Creates the stemmer of a language, e.g. "english" or "russian". */
  export function newStemmer(language: string): Stemmer;
  /** Languages with a stemmer. */
  export function algorithms(): string[];
}
