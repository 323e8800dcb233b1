/*
 * French elision, which neither Intl nor a message catalogue does: "de" before a vowel is "d’"
 * (d’Aguelhok, d’août), not before a consonant or an aspirated h (de Tessalit, de Hombori).
 */

/** A French word that takes the elided form of the word before it: "août", "Ansongo", "ONUC". */
export function startsWithVowelSound(word: string): boolean {
  return /^[aeiouyàâäéèêëîïôöûùü]/i.test(word);
}
