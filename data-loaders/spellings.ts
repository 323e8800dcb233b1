/**
 * One name, one spelling. Two values that differ only in letter case, Unicode form or spacing
 * ("MINUSMA" and "minusma", "Côte" composed and decomposed) are the same name to a reader and to
 * a page path (missions/minusma), but two names to every grouping: left in, they would be counted
 * apart and paged together. The pipelines register each distinct value of an identifying column
 * and stop at the first second spelling, naming both.
 */
export const spellingKey = (value: string): string =>
  // Printable ASCII without spaces, the usual id, has no other Unicode form: only its case matters.
  /^[\x21-\x7e]*$/.test(value) ? value.toLowerCase() : value.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();

export interface Spelling {
  value: string;
  line: number;
}

export class SpellingRegister {
  private readonly first = new Map<string, Spelling>();

  /** The earlier spelling of the same name, when it differs from this one; null otherwise. */
  clash(value: string, line: number): Spelling | null {
    const key = spellingKey(value);
    const seen = this.first.get(key);
    if (!seen) {
      this.first.set(key, { value, line });
      return null;
    }
    return seen.value === value ? null : seen;
  }
}

/** The problem of a second spelling; the earlier line is named when it was kept. */
export const clashMessage = (earlier: { value: string; line?: number }, what: string) =>
  `the same ${what} as ${JSON.stringify(earlier.value)}${earlier.line === undefined ? " on an earlier line" : ` on line ${earlier.line}`}, spelled differently (letter case, spacing or Unicode form); ` +
  `both would be counted apart and shown as one: use one spelling`;
