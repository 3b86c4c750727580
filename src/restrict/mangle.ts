// Private name mangling (CPython's _Py_Mangle): inside a class body, and in every scope nested in
// it, an identifier `__x` (two leading underscores, not ending in two) is renamed `_C__x`, where
// C is the innermost enclosing class's name without its leading underscores. The resolver
// records each symbol's mangled form (Symbol.privateName); a code generator that mangles must
// apply the same function to attribute names (`self.__x` is `self._C__x`).

import type { Scope } from './binding.js';

/** The name of the class whose body `scope` is or is nested in, or null outside any class. */
export function privateClassName(scope: Scope): string | null {
  for (let s: Scope | null = scope; s; s = s.parent) if (s.kind === 'class') return s.name;
  return null;
}

export function mangle(name: string, scope: Scope): string {
  if (!name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const owner = privateClassName(scope);
  if (owner === null) return name;
  const stripped = owner.replace(/^_+/, '');
  return stripped === '' ? name : `_${stripped}${name}`;
}
