/**
 * The small XML toolkit the manifest code needs: escaping for generation, and a namespace-aware
 * reader for the semantic checks. The reader expects well-formed input (XSD validation runs
 * first) and rejects DTDs, so it never resolves entities beyond the five predefined ones.
 */

/** Raised when a document cannot be read. */
export class XmlError extends Error {
  override name = 'XmlError' as const;
}

/** Escapes text for use in element content or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** An element with resolved namespaces: `ns` + `local` name, attributes keyed `{ns}local` or `local`. */
export interface XmlElement {
  ns: string;
  local: string;
  /** Qualified name as written, for messages. */
  qname: string;
  attributes: Map<string, string>;
  children: XmlElement[];
  parent: XmlElement | null;
  text: string;
  line: number;
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, line: number): string {
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (_, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    const value = ENTITIES[ref];
    if (value === undefined) throw new XmlError(`line ${line}: unknown entity &${ref};`);
    return value;
  });
}

/** Parses a document and returns its root element. */
export function parseXml(source: string): XmlElement {
  const tag =
    /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!([^>]*)>|<\/([^\s>]+)\s*>|<([^\s/>]+)((?:\s+[^\s=]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
  const attr = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  const stack: Array<{ element: XmlElement; scope: Map<string, string> }> = [];
  let root: XmlElement | null = null;
  let last = 0;
  const lineAt = (index: number) => source.slice(0, index).split('\n').length;
  const resolve = (qname: string, scope: Map<string, string>, isAttribute: boolean, line: number) => {
    const colon = qname.indexOf(':');
    const prefix = colon < 0 ? '' : qname.slice(0, colon);
    const local = colon < 0 ? qname : qname.slice(colon + 1);
    if (prefix === 'xml') return { ns: XML_NS, local };
    if (prefix === '' && isAttribute) return { ns: '', local };
    const ns = scope.get(prefix);
    if (ns === undefined) {
      if (prefix === '') return { ns: '', local };
      throw new XmlError(`line ${line}: undeclared namespace prefix "${prefix}"`);
    }
    return { ns, local };
  };
  for (let match = tag.exec(source); match; match = tag.exec(source)) {
    const between = source.slice(last, match.index);
    const top = stack.at(-1);
    if (top) top.element.text += decode(between, lineAt(match.index));
    else if (between.trim()) throw new XmlError(`line ${lineAt(match.index)}: text outside the root element`);
    last = tag.lastIndex;
    const line = lineAt(match.index);
    const [whole, cdata, declaration, closing, opening, attributeText, selfClosing] = match;
    if (whole.startsWith('<!--') || whole.startsWith('<?')) continue;
    if (cdata !== undefined) {
      if (top) top.element.text += cdata;
      continue;
    }
    if (declaration !== undefined) throw new XmlError(`line ${line}: DTDs and declarations are not accepted`);
    if (closing !== undefined) {
      const open = stack.pop();
      if (!open || open.element.qname !== closing)
        throw new XmlError(`line ${line}: unexpected </${closing}>`);
      continue;
    }
    if (opening === undefined) continue;
    if (root && stack.length === 0) throw new XmlError(`line ${line}: more than one root element`);
    const scope = new Map(top?.scope ?? []);
    const rawAttributes: Array<[string, string]> = [];
    for (let a = attr.exec(attributeText ?? ''); a; a = attr.exec(attributeText ?? '')) {
      const value = decode(a[2] ?? a[3] ?? '', line);
      const name = a[1] ?? '';
      if (name === 'xmlns') scope.set('', value);
      else if (name.startsWith('xmlns:')) scope.set(name.slice(6), value);
      else rawAttributes.push([name, value]);
    }
    attr.lastIndex = 0;
    const { ns, local } = resolve(opening, scope, false, line);
    const attributes = new Map<string, string>();
    for (const [name, value] of rawAttributes) {
      const resolved = resolve(name, scope, true, line);
      const key = resolved.ns ? `{${resolved.ns}}${resolved.local}` : resolved.local;
      if (attributes.has(key)) throw new XmlError(`line ${line}: duplicate attribute ${name}`);
      attributes.set(key, value);
    }
    const element: XmlElement = {
      ns,
      local,
      qname: opening,
      attributes,
      children: [],
      parent: top?.element ?? null,
      text: '',
      line,
    };
    if (top) top.element.children.push(element);
    else root = element;
    if (selfClosing !== '/') stack.push({ element, scope });
  }
  if (stack.length) throw new XmlError(`unclosed element <${stack.at(-1)?.element.qname}>`);
  if (source.slice(last).trim()) throw new XmlError('text after the root element');
  if (!root) throw new XmlError('no root element');
  return root;
}

/** Children of `element` with the given namespace and local name. */
export function childrenNamed(element: XmlElement, ns: string, local: string): XmlElement[] {
  return element.children.filter((c) => c.ns === ns && c.local === local);
}

/** Every descendant of `element` (document order) with the given namespace and local name. */
export function descendantsNamed(element: XmlElement, ns: string, local: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (c.ns === ns && c.local === local) found.push(c);
      walk(c);
    }
  };
  walk(element);
  return found;
}
