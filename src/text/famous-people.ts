import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Token } from "./analyzer.ts";
import { LEXICON_DIR, parseListTable } from "./lexicon-files.ts";
import { foldCase, isCyrillic, stem, surnameNominative } from "./stem.ts";
import { isStopWord } from "./stop-words.ts";

/** A famous person a question names, and where. */
export interface PersonMention {
  /** The person's English full name, as the list writes it ("mikhail gorbachev"). */
  person: string;
  /** Indices of the question's tokens that name them (first to last). */
  from: number;
  to: number;
  /** Stems of the person's surnames in both scripts ("gorbachev", «горбач»): an article that names them holds one. */
  surnameStems: readonly string[];
}

/** One way of writing a person's name: its words' stems, and its last word (the surname) as written. */
interface NameForm {
  person: string;
  stems: readonly string[];
  surname: string;
}

/** The possessive tails of a Russian surname («Горбачёв», «Путин»): written so, the word is a surname, whatever noun it stems like. */
const SURNAME_TAIL = /\p{Script=Cyrillic}{2,}(?:ов|ев|ин|ын)$/u;

/** A surname is taken alone only by a stem this long or longer («санта» is no «Санти», Raphael). */
const MIN_SURNAME_STEM_CHARS = 5;

/**
 * Famous people's names in English and Russian (`lexicon/en-ru-people.tsv`: heads of state,
 * historical figures, scientists, artists, athletes, business leaders; written from general
 * knowledge, see README "Vocabulary"). A question that names one whom no article names asks what
 * the articles cannot answer ("when did gorbachev die", «какой рост у лионеля месси»): without the
 * list, a name typed in lower case is a common word («горбач», «месса»), and a shared word quoted.
 */
export class FamousPeople {
  /** Full forms by the stem of their first word. */
  readonly #byFirstStem = new Map<string, NameForm[]>();
  /** People by a surname's stem, and the surname as written. */
  readonly #bySurnameStem = new Map<string, { person: string; surname: string }[]>();
  /** Each person's surname stems in both scripts. */
  readonly #surnameStems = new Map<string, string[]>();

  /** `table`: English full name → Russian full names (and either script's variants after the first). */
  constructor(table: ReadonlyMap<string, readonly string[]>) {
    for (const [names, russian] of table) {
      const forms = [names, ...russian].flatMap((form) => form.split("|"));
      const english = forms[0] ?? names;
      const surnames = new Set<string>();
      for (const form of forms) {
        const words = nameWords(form);
        const surname = words.at(-1);
        if (surname === undefined) continue;
        const first = words[0] ?? surname;
        const firstStem = stem(first);
        const list = this.#byFirstStem.get(firstStem) ?? [];
        list.push({ person: english, stems: words.map((w) => stem(w)), surname });
        this.#byFirstStem.set(firstStem, list);
        const surnameStem = stem(surname);
        surnames.add(surnameStem);
        const holders = this.#bySurnameStem.get(surnameStem) ?? [];
        if (!holders.some((h) => h.person === english && h.surname === surname)) holders.push({ person: english, surname });
        this.#bySurnameStem.set(surnameStem, holders);
      }
      this.#surnameStems.set(english, [...surnames]);
    }
  }

  /**
   * The famous people a question's tokens name: by a whole form of their name, word by word by stem
   * ("taylor swift", «илона маска»), or by a surname alone that is no common word (`isCommonWord`:
   * "gorbachev", "messi"; not "swift" or «маски») or is written as a Russian surname is
   * («горбачёв», «горбачёва», though «горбач» is a noun). A first name alone names no one.
   */
  mentions(tokens: readonly Pick<Token, "folded" | "stem" | "joined" | "numeric">[], isCommonWord: (token: Pick<Token, "folded" | "stem">) => boolean): PersonMention[] {
    const found: PersonMention[] = [];
    const covered = new Set<number>();
    const words = tokens.map((t, i) => ({ token: t, i })).filter(({ token }) => !token.joined && !token.numeric);
    for (let k = 0; k < words.length; k++) {
      const here = words[k];
      if (!here) continue;
      for (const form of this.#byFirstStem.get(here.token.stem) ?? []) {
        if (form.stems.length < 2 || k + form.stems.length > words.length) continue;
        if (!form.stems.every((s, j) => words[k + j]?.token.stem === s)) continue;
        const last = words[k + form.stems.length - 1]?.i ?? here.i;
        found.push(this.#mention(form.person, here.i, last));
        for (let j = here.i; j <= last; j++) covered.add(j);
        break;
      }
    }
    for (const { token, i } of words) {
      if (covered.has(i)) continue;
      const nominative = surnameNominative(token.folded);
      let common: boolean | undefined;
      for (const candidate of [token.stem, ...(nominative ? [stem(nominative)] : [])]) {
        if (candidate.length < MIN_SURNAME_STEM_CHARS) continue;
        const holders = this.#bySurnameStem.get(candidate) ?? [];
        const holder = holders.find((h) => {
          common ??= isCommonWord(token);
          if (!common) return true;
          // A Russian surname's own form («горбачёв», «горбачёва»), though it stems like a noun.
          const asWritten = foldCase(h.surname);
          return isCyrillic(asWritten) && SURNAME_TAIL.test(asWritten) && (token.folded === asWritten || nominative === asWritten);
        });
        if (holder) {
          found.push(this.#mention(holder.person, i, i));
          break;
        }
      }
    }
    return found;
  }

  #mention(person: string, from: number, to: number): PersonMention {
    return { person, from, to, surnameStems: this.#surnameStems.get(person) ?? [] };
  }
}

/** The words of a name as the analyser keeps them: case-folded, particles ("de", "van") and stop words left out. */
function nameWords(form: string): string[] {
  return foldCase(form)
    .split(/[\s\-‐'’.]+/u)
    .filter((w) => w !== "" && !isStopWord(w) && !NAME_PARTICLES.has(w));
}

/** Particles inside names that questions leave out or the analyser drops ("charles de gaulle", "ludwig van beethoven"). */
const NAME_PARTICLES = new Set(["de", "da", "di", "du", "del", "der", "van", "von", "la", "le", "bin", "ibn", "al", "ben"]);

let shared: FamousPeople | null = null;

/** The project's list of famous people, read once on first use. */
export function sharedFamousPeople(): FamousPeople {
  shared ??= new FamousPeople(parseListTable(readFileSync(join(LEXICON_DIR, "en-ru-people.tsv"), "utf8")));
  return shared;
}
