/*
 * The words of each edition, one catalogue per edition (messages/<locale>.json), in ICU
 * MessageFormat, the format translators' tools read: plural, select and ordinal rules live in the
 * message, not in code. The catalogues are checked against each other by the type checker: a key
 * the English catalogue has and another lacks, or the reverse, fails `tsc`.
 */
import { IntlMessageFormat } from "intl-messageformat";
import en from "./messages/en.json" with { type: "json" };
import fr from "./messages/fr.json" with { type: "json" };
import { editions, type Locale } from "./editions.js";
import { escapeText, Markup, trusted } from "../render/markup.js";

export type MessageKey = keyof typeof en;

/** A catalogue with exactly the English catalogue's keys; an extra key is named in the type error. */
export type Catalogue<T> =
  Exclude<keyof T, MessageKey> extends never ? Record<MessageKey, string> : { extraKeys: Exclude<keyof T, MessageKey> };

const catalogues: { [L in Locale]: Record<MessageKey, string> } = {
  en: en satisfies Catalogue<typeof en>,
  fr: fr satisfies Catalogue<typeof fr>,
};

export type MessageValues = Record<string, string | number>;

const compiled = new Map<string, IntlMessageFormat>();

/** The message `key` of `locale`'s catalogue, with `values` put in. */
export function message(locale: Locale, key: MessageKey, values?: MessageValues): string {
  const id = `${locale}\u0000${key}`;
  let format = compiled.get(id);
  if (!format) {
    format = new IntlMessageFormat(catalogues[locale][key], editions[locale].intl.numbers);
    compiled.set(id, format);
  }
  const written = format.format(values);
  if (typeof written !== "string") throw new Error(`message ${key} (${locale}) did not make a string`);
  return written;
}

/**
 * A message of the catalogue that holds Markdown of its own (`**bold**`): the values from data are
 * escaped as any text (`Markup` values go in as they are), the catalogue's words are not.
 */
export function markupMessage(locale: Locale, key: MessageKey, values: Record<string, string | number | Markup>): Markup {
  const escaped = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      value instanceof Markup ? value.source : typeof value === "string" ? escapeText(value) : value,
    ]),
  );
  return trusted(message(locale, key, escaped));
}

/** Whether the catalogues hold `key`: for keys made from data, such as a category of the UN file. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** The keys of the catalogue under `prefix`, without it: "title" for "flightsPage.title". */
export type KeysUnder<Prefix extends string> = MessageKey extends infer Key
  ? Key extends `${Prefix}.${infer Rest}`
    ? Rest
    : never
  : never;

/**
 * A page's words: `markupMessage` for the keys under `prefix` ("flightsPage"), named without it and
 * checked by the type checker all the same.
 */
export function messagesUnder<Prefix extends string>(locale: Locale, prefix: Prefix) {
  return (key: KeysUnder<Prefix>, values: Record<string, string | number | Markup> = {}): Markup =>
    markupMessage(locale, `${prefix}.${key}` as MessageKey, values);
}
