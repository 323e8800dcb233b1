/*
 * French elision, which neither Intl nor a message catalogue does: "de" before a vowel is "d’"
 * (d’Aguelhok, d’août), not before a consonant or an aspirated h (de Tessalit, de Hombori).
 */

/** A French word that takes the elided form of the word before it: "août", "Ansongo", "ONUC". */
export function startsWithVowelSound(word: string): boolean {
  return /^[aeiouyàâäéèêëîïôöûùü]/i.test(word);
}

/**
 * "de" and a French word or phrase: "d’Aguelhok", "de Tessalit", "de la mission", and with the
 * article it contracts with, "du porte-parole", "du Monde", "des Nations unies".
 */
export function ofFrench(phrase: string): string {
  const contracted = /^(le|les) (.*)$/i.exec(phrase);
  if (contracted) return `${contracted[1].toLowerCase() === "le" ? "du" : "des"} ${contracted[2]}`;
  return startsWithVowelSound(phrase) ? `d’${phrase}` : `de ${phrase}`;
}
