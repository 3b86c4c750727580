// Attribute names inside str.format replacement fields: `"{0.__class__.__bases__}".format(x)`
// reads attributes without any Attribute node in the AST. This finds the `.name` parts of every
// field name in a literal format string (skipping `{{`/`}}` escapes, and nested fields in format
// specs), so no-dunder-attribute can refuse the same dunders there. The runtime's str.format
// enforces the same allowlist for strings built at run time.

export function formatFieldAttributes(format: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < format.length) {
    const c = format[i];
    if ((c === '{' || c === '}') && format[i + 1] === c) {
      i += 2;
      continue;
    }
    if (c !== '{') {
      i++;
      continue;
    }
    // A field runs to its matching '}' (format specs may nest one more level of fields).
    let depth = 1;
    let j = i + 1;
    while (j < format.length && depth > 0) {
      if (format[j] === '{') depth++;
      else if (format[j] === '}') depth--;
      j++;
    }
    const field = format.slice(i + 1, j - 1);
    for (const inner of field.match(/\{[^{}]*\}/g) ?? []) out.push(...formatFieldAttributes(inner));
    const name = /^[^!:]*/.exec(field)![0];
    for (const m of name.matchAll(/\.([^.[\]]+)/g)) out.push(m[1]!);
    i = j;
  }
  return out;
}
