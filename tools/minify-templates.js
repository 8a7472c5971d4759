// Minifies the text inside Lit's css`` and html`` tagged templates at build time. Terser leaves
// template text alone, and the components' styles and markup are a large share of the bundle.
// Only the literal parts (quasis) change; `${…}` expressions are untouched.

/** CSS: drop comments, collapse white space, and trim it around punctuation that allows it. */
export function minifyCss(text) {
  // Quoted strings (content: ", ") keep their spaces: only the parts between them are minified.
  return text
    .split(/("[^"]*"|'[^']*')/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            .replace(/:\s+/g, ':')
            .replace(/;}/g, '}'),
    )
    .join('');
}

/** HTML: collapse runs of white space to one space (the browser renders them alike). */
export function minifyHtml(text) {
  return text.replace(/\s+/g, ' ');
}

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit);
  }
}

/** @returns {import('rollup').Plugin} */
export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (id.includes('node_modules') || !/\b(css|html)`/.test(code)) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
        const minify =
          node.tag.name === 'css' ? minifyCss : node.tag.name === 'html' ? minifyHtml : undefined;
        if (!minify) return;
        for (const quasi of node.quasi.quasis) {
          edits.push({ start: quasi.start, end: quasi.end, text: minify(quasi.value.raw) });
        }
      });
      if (!edits.length) return null;
      let out = code;
      for (const edit of edits.sort((a, b) => b.start - a.start)) {
        out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
      }
      return { code: out, map: null };
    },
  };
}
