// Attribute names inside str.format replacement fields: `"{0.__class__.__bases__}".format(x)`
// reads attributes without any Attribute node in the AST. This finds the `.name` parts of every
// field name in a literal format string, so the attribute rules can refuse the same names there.
// The runtime's str.format enforces the same allowlist for strings built at run time.
//
// It scans as CPython's MarkupIterator and FieldNameIterator do (Objects/stringlib/
// unicode_format.h), because any difference is a way past the check: inside `[...]` of a field
// name, `:`, `!` and `}` do not end the field (`"{0[:].__globals__}"` reads `__globals__`); a
// format spec runs to its matching `}` and is itself a format string (`"{0:{1.__class__}}"`).
// Malformed input makes CPython raise ValueError at that point, after rendering the fields before
// it; the scan skips one character and goes on, so it can only report more than CPython reaches.
// Iterative (a queue of specs still to scan), so a deeply nested spec cannot overflow the stack.

export function formatFieldAttributes(format: string): string[] {
  const out: string[] = [];
  const pending = [format];
  while (pending.length > 0) {
    const text = pending.pop()!;
    let i = 0;
    while (i < text.length) {
      const c = text[i];
      if ((c === '{' || c === '}') && text[i + 1] === c) {
        i += 2;
      } else if (c !== '{') {
        i++;
      } else {
        const field = scanField(text, i + 1);
        if (field === null) {
          i++;
          continue;
        }
        out.push(...fieldAttributes(field.name));
        if (field.spec !== '') pending.push(field.spec);
        i = field.end;
      }
    }
  }
  return out;
}

interface Field {
  name: string;
  spec: string;
  /** Offset just past the field's closing `}`. */
  end: number;
}

/** Parses the field starting at `start` (just past its `{`), or null where CPython raises ValueError. */
function scanField(text: string, start: number): Field | null {
  let i = start;
  // The field name: ends at '}', ':' or '!', but a '[' skips to the next ']' first.
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === '{') return null;
    if (c === '[') {
      while (i < text.length && text[i] !== ']') i++;
      if (i >= text.length) return null;
    } else if (c === '}' || c === ':' || c === '!') {
      break;
    }
  }
  if (i >= text.length) return null;
  const name = text.slice(start, i);
  if (text[i] === '!') {
    // A conversion is one character, then ':' or '}'.
    i += 2;
    if (i >= text.length || (text[i] !== ':' && text[i] !== '}')) return null;
  }
  if (text[i] === '}') return { name, spec: '', end: i + 1 };
  // The format spec runs to the matching '}', counting nested braces.
  const specStart = ++i;
  for (let depth = 1; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return { name, spec: text.slice(specStart, i), end: i + 1 };
  }
  return null;
}

/** The `.attr` parts of a field name such as `0[key].attr[1].other` (keys in brackets are not attributes). */
function fieldAttributes(name: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
  while (i < name.length) {
    if (name[i] === '[') {
      const close = name.indexOf(']', i);
      if (close < 0) break;
      i = close + 1;
    } else if (name[i] === '.') {
      let j = i + 1;
      while (j < name.length && name[j] !== '.' && name[j] !== '[') j++;
      out.push(name.slice(i + 1, j));
      i = j;
    } else {
      // CPython: "Only '.' or '[' may follow ']' in format field specifier".
      break;
    }
  }
  return out;
}
