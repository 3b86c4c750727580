// Name mangling: how a Python identifier becomes a JavaScript identifier (security invariant 4).
//
// A mangled name is `[prefix] body suffix`:
//   body    every ASCII letter, digit or `_` as is; every other code point as `$u<hex>$`.
//   suffix  `$` function/comprehension local (also cells: JS closures see the same variable),
//           `$g` module global, `$f` the name a `def` gives its JS function, `$c` a class body function.
//   prefix  `_$$` when the Python name starts with a non-ASCII character, so that no mangled name
//           starts with `$` (the namespace of injected names) or a digit.
// Every mangled name contains `$`, so it is never a JS reserved word or a JS global; no mangled name
// starts with `$`, so it never collides with an injected name. The encoding is injective: the suffix
// is read from the end (`g`/`f`/`c` after `$`, else a lone `$`), and the body decodes left to right
// because `$` inside a body always opens a `$u<hex>$` escape. Locals and globals differ, so a
// `global x` in a function reaches the module variable even when an enclosing function has a local x.

export type MangleKind = 'local' | 'global' | 'function' | 'class';

const SUFFIX: Record<MangleKind, string> = { local: '$', global: '$g', function: '$f', class: '$c' };

export function mangle(name: string, kind: MangleKind): string {
  let body = '';
  for (const ch of name) {
    const cp = ch.codePointAt(0)!;
    body += cp < 128 && /[A-Za-z0-9_]/.test(ch) ? ch : `$u${cp.toString(16)}$`;
  }
  const prefix = name.length > 0 && name.codePointAt(0)! >= 128 ? '_$$' : '';
  return prefix + body + SUFFIX[kind];
}

/** The Python name and kind of a mangled name, or null when `js` is not one. */
export function demangle(js: string): { name: string; kind: MangleKind } | null {
  let rest = js;
  let kind: MangleKind;
  if (/\$[gfc]$/.test(rest)) {
    kind = ({ g: 'global', f: 'function', c: 'class' } as const)[rest[rest.length - 1] as 'g' | 'f' | 'c'];
    rest = rest.slice(0, -2);
  } else if (rest.endsWith('$')) {
    kind = 'local';
    rest = rest.slice(0, -1);
  } else return null;
  const prefixed = rest.startsWith('_$$');
  if (prefixed) rest = rest.slice(3);
  let name = '';
  let i = 0;
  while (i < rest.length) {
    const ch = rest[i]!;
    if (ch === '$') {
      const m = /^\$u([0-9a-f]+)\$/.exec(rest.slice(i));
      if (!m) return null;
      const cp = parseInt(m[1]!, 16);
      if (cp < 128 || cp > 0x10ffff) return null;
      name += String.fromCodePoint(cp);
      i += m[0].length;
    } else if (/[A-Za-z0-9_]/.test(ch)) {
      name += ch;
      i++;
    } else return null;
  }
  if (name.length === 0 || prefixed !== name.codePointAt(0)! >= 128) return null;
  if (mangle(name, kind) !== js) return null;
  return { name, kind };
}

/** Whether `js` is a name codegen injects (temporaries, `$rt`, `$s`, `$module`, ...). */
export function isInjected(js: string): boolean {
  return /^\$[A-Za-z][A-Za-z0-9_]*$/.test(js);
}
