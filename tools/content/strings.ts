/**
 * Compiles the interface text, `module/strings/<language>.yaml`, against the keys the player uses
 * (`src/content/string-keys.ts`). Every problem names the file, the line and the key.
 *
 * The file groups texts by element, so `question: { submit: { check: Check answer } }` is the
 * key `question.submit.check`. A text with a `{count}` may instead give plural forms by name
 * (`one:`, `other:`, and whatever else the language uses); `other` is always needed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { InterfaceStrings, PluralText } from '../../src/content/course-schema.js';
import { STRING_KEYS } from '../../src/content/string-keys.js';
import type { ContentProblem } from './content-error.js';

const PLACEHOLDER = /\{(\w+)\}/g;

/** `en-GB` → `en`: one strings file serves every region of a language. */
export function stringsFileOf(language: string): string {
  return `strings/${language.split('-')[0]?.toLowerCase() ?? language}.yaml`;
}

/** Reads and checks the strings file of `language` in `moduleDir`; problems go to `problems`. */
export function loadStrings(
  moduleDir: string,
  language: string,
  problems: ContentProblem[],
  keys: Readonly<Record<string, readonly string[]>> = STRING_KEYS,
): InterfaceStrings {
  const path = join(moduleDir, stringsFileOf(language));
  const file = relative(process.cwd(), path);
  if (!existsSync(path)) {
    problems.push({
      file,
      reason: `file is missing: the course's language is ${language}, so the player's own text (buttons, hints, messages) comes from this file; start from a copy of strings/en.yaml`,
    });
    return {};
  }
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length) {
    for (const e of doc.errors)
      problems.push({
        file,
        line: lines.linePos(e.pos[0]).line,
        reason: `not valid YAML: ${e.message.split('\n')[0]}`,
      });
    return {};
  }
  if (!isMap(doc.contents)) {
    problems.push({ file, reason: 'must be texts by key (key: text), grouped by element' });
    return {};
  }

  // The groups (`question`, `question.hint`, …) and what each one holds, from the declared keys.
  const children = new Map<string, Set<string>>();
  for (const key of Object.keys(keys)) {
    const parts = key.split('.');
    parts.forEach((part, i) => {
      const group = parts.slice(0, i).join('.');
      if (!children.has(group)) children.set(group, new Set());
      children.get(group)!.add(part);
    });
  }
  const listOf = (group: string) => [...(children.get(group) ?? [])].sort().join(', ');
  const plurals = new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[];
  const lineOf = (node: unknown) => {
    const start = (node as Node | null)?.range?.[0];
    return start === undefined ? {} : { line: lines.linePos(start).line };
  };

  const found = new Map<string, string | PluralText>();

  const text = (value: unknown, key: string, where: Omit<ContentProblem, 'reason'>): string | undefined => {
    if (isSeq(value) || isMap(value)) {
      problems.push({ ...where, reason: 'must be text, not a list' });
      return undefined;
    }
    const raw = isScalar(value) ? value.value : null;
    if (raw === null || (typeof raw === 'string' && !raw.trim())) {
      problems.push({ ...where, reason: 'is empty; write the text the learner sees' });
      return undefined;
    }
    if (typeof raw !== 'string') {
      // A number or true/false: YAML read it as one, but the player shows text.
      problems.push({ ...where, reason: `must be text; put ${JSON.stringify(raw)} in quotes` });
      return undefined;
    }
    const allowed = keys[key] ?? [];
    for (const [whole, name] of raw.matchAll(PLACEHOLDER)) {
      if (allowed.includes(name)) continue;
      problems.push({
        ...where,
        reason: `uses ${whole}, which the player does not fill in; ${
          allowed.length
            ? `this text can use ${allowed.map((v) => `{${v}}`).join(', ')}`
            : 'this text has no placeholders'
        }`,
      });
    }
    return raw.trim();
  };

  const entry = (value: unknown, key: string, line: { line?: number }) => {
    const where = { file, ...line, field: key };
    if (!isMap(value)) {
      const value_ = text(value, key, where);
      if (value_ !== undefined) found.set(key, value_);
      return;
    }
    if (!keys[key]?.includes('count')) {
      problems.push({
        ...where,
        reason: 'has plural forms, but the player gives this text no {count} to choose by; write one text',
      });
      return;
    }
    const forms: Record<string, string> = {};
    let ok = true;
    for (const pair of value.items) {
      const form = String(isScalar(pair.key) ? pair.key.value : pair.key);
      const at = { ...where, ...lineOf(pair.key), field: `${key}.${form}` };
      if (!plurals.includes(form)) {
        problems.push({
          ...at,
          reason: `"${form}" is not a plural form in ${language}; use ${plurals.join(', ')}`,
        });
        ok = false;
        continue;
      }
      const value_ = text(pair.value, key, at);
      if (value_ === undefined) ok = false;
      else forms[form] = value_;
    }
    if (!('other' in forms) && !value.items.some((p) => isScalar(p.key) && p.key.value === 'other')) {
      problems.push({
        ...where,
        reason: 'plural forms need other: (the text for every number without a form of its own)',
      });
      ok = false;
    }
    if (ok) found.set(key, forms as PluralText);
  };

  const walk = (map: Node, group: string) => {
    if (!isMap(map)) return;
    for (const pair of map.items) {
      const name = String(isScalar(pair.key) ? pair.key.value : pair.key);
      const key = group ? `${group}.${name}` : name;
      const line = lineOf(pair.key);
      if (key in keys) entry(pair.value, key, line);
      else if (children.has(key)) {
        if (isMap(pair.value)) walk(pair.value, key);
        else
          problems.push({
            file,
            ...line,
            field: key,
            reason: `is a group of texts (${listOf(key)}), not a text itself`,
          });
      } else
        problems.push({
          file,
          ...line,
          field: key,
          reason: `is not a text the player shows; ${group ? `${group} has` : 'the groups are'}: ${listOf(group)}`,
        });
    }
  };
  walk(doc.contents, '');

  const seen = new Set<string>();
  const collect = (map: Node, group: string) => {
    if (!isMap(map)) return;
    for (const pair of map.items) {
      const key = `${group ? `${group}.` : ''}${String(isScalar(pair.key) ? pair.key.value : pair.key)}`;
      seen.add(key);
      if (children.has(key)) collect(pair.value as Node, key);
    }
  };
  collect(doc.contents, '');
  for (const key of Object.keys(keys)) {
    if (!seen.has(key))
      problems.push({
        file,
        field: key,
        reason: 'is missing; the player shows this text, so the file needs it',
      });
  }

  // In the order of string-keys.ts, whatever the file's order.
  return Object.fromEntries(Object.keys(keys).flatMap((k) => (found.has(k) ? [[k, found.get(k)!]] : [])));
}
