/**
 * The interface text at run time: `t('question.submit.check')` → "Check answer".
 *
 * The words come from the course (`course.strings`, compiled from `module/strings/<language>.yaml`
 * and checked against `string-keys.ts` at build time), installed once when the course starts.
 * Placeholders are `{name}`; a text with plural forms is chosen by its `count` with the
 * language's own plural rules, so a translation can use the forms its language needs.
 */
import type { InterfaceStrings } from './course-schema.js';
import type { StringKey, StringVarName } from './string-keys.js';

let table: InterfaceStrings | undefined;
let plurals: Intl.PluralRules | undefined;

/** Installs the course's interface text; `language` (e.g. `en-GB`) picks the plural rules. */
export function setStrings(strings: InterfaceStrings, language: string): void {
  table = strings;
  plurals = new Intl.PluralRules(language);
}

type Vars<K extends StringKey> = [StringVarName<K>] extends [never]
  ? []
  : [vars: Record<StringVarName<K>, string | number>];

/** The text of `key`, split at its placeholders, each one's value in its place. */
function parts<V>(key: string, values: Record<string, V>): Array<string | V> {
  if (!table || !plurals)
    throw new Error(
      'The interface text is not installed: call setStrings(course.strings, course.language) when the course starts',
    );
  const entry = table[key];
  if (entry === undefined) throw new Error(`The interface text has no "${key}"`);
  const text =
    typeof entry === 'string' ? entry : (entry[plurals.select(Number(values['count']))] ?? entry.other);
  // split() with a capturing group puts each placeholder's name at the odd positions.
  return text.split(/\{(\w+)\}/).map((part, i) => (i % 2 ? values[part] : part));
}

/** The text of `key`, with its placeholders filled in. */
export function t<K extends StringKey>(key: K, ...[vars]: Vars<K>): string {
  return parts(key, vars ?? {}).join('');
}

/**
 * The text of `key` as parts, with any value in its placeholders (a Lit template renders as
 * markup): for a text with a word in bold inside it.
 */
export function tParts<K extends StringKey, V>(key: K, vars: Record<StringVarName<K>, V>): Array<string | V> {
  return parts<V>(key, vars);
}
