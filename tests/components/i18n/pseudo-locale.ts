/**
 * The pseudo-locale: the English catalogue with every word of its own accented and about a third
 * longer ("Fatalities" → "Ƒáátáálíítííéés"), its placeholders, plural and select rules untouched.
 * A test that swaps it in for the English catalogue sees at once any visible string that did not
 * come from the catalogue (it stays plain), and whether the longer words still fit their charts.
 */
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { printAST } from "@formatjs/icu-messageformat-parser/printer.js";

const accented: Record<string, string> = Object.fromEntries(
  [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"].map((letter, i) => [
    letter,
    [..."áƀçďéƒğĥíĵķĺɱñóþʠŕšťúṽŵẋýžÁƁÇĎÉƑĞĤÍĴĶĹṀÑÓÞǪŔŠŤÚṼŴẊÝŽ"][i],
  ]),
);
const vowels = new Set([..."aeiouAEIOU"]);

/** A text in pseudo-locale letters: accented, its vowels doubled (about 35% longer for English). */
export function pseudoText(text: string): string {
  return [...text]
    .map((character) => (vowels.has(character) ? accented[character].repeat(2) : (accented[character] ?? character)))
    .join("");
}

function pseudoElements(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    if (element.type === TYPE.literal) return { ...element, value: pseudoText(element.value) };
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      const options = Object.fromEntries(
        Object.entries(element.options).map(([key, option]) => [key, { ...option, value: pseudoElements(option.value) }]),
      );
      return { ...element, options } as MessageFormatElement;
    }
    return element;
  });
}

/** A catalogue in the pseudo-locale: the same keys, each message's words in pseudo letters. */
export function pseudoCatalogue<Catalogue extends Record<string, string>>(catalogue: Catalogue): Catalogue {
  return Object.fromEntries(Object.entries(catalogue).map(([key, text]) => [key, printAST(pseudoElements(parse(text)))])) as Catalogue;
}

/** A word of plain letters: one that no pseudo-locale message wrote. */
export const plainWord = /\b[A-Za-z]{3,}\b/g;
