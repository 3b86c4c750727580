// PyType: the runtime representation of a Python class — builtin types (int, list, ...) and
// classes a script defines alike. Attribute lookup only ever consults `dict` (a Map of Python
// attributes) along the MRO, never JS properties, so JS members stay invisible to scripts.
// This is a leaf module: it imports nothing at run time, so other modules may build types at load.

/** A native implementation: positional arguments (for methods, `self` first) and keywords or null. */
export type KwArgs = Map<string, unknown> | null;
export type NativeFn = (args: unknown[], kw: KwArgs) => unknown;

/** How instances of a type are laid out in JS: which runtime class instantiates it. */
/** 'list' and 'dict': a script class extending list or dict (instances are PyList/PyDict with `sub`). */
/** 'boxed': a script class extending int, float, str, tuple, set or frozenset (instances are PyBoxed). */
export type Layout = 'object' | 'exception' | 'builtin' | 'list' | 'dict' | 'boxed';

export class PyType {
  name: string;
  qualname: string;
  module: string;
  bases: PyType[];
  mro: PyType[];
  readonly dict = new Map<string, unknown>();
  /** For builtin types: builds an instance from call arguments (`int('5')`); null when not callable. */
  ctor: NativeFn | null = null;
  layout: Layout;
  /** Defined by the runtime (module 'builtins'), as opposed to a script class. */
  readonly builtin: boolean;
  /** Whether script classes may inherit from it. */
  subclassable = true;
  /** For a script class whose MRO declares `__slots__` all the way up: the attribute names its instances may hold; else null (they have a dict). */
  slots: ReadonlySet<string> | null = null;

  constructor(name: string, bases: PyType[], layout: Layout, builtin: boolean, module = 'builtins') {
    this.name = name;
    this.qualname = name;
    this.module = module;
    this.bases = bases;
    this.layout = layout;
    this.builtin = builtin;
    this.mro = [this];
    if (bases.length === 1) this.mro = [this, ...bases[0]!.mro];
  }

  get cls(): PyType {
    return typeType;
  }
}

/** The attribute `name` found along the MRO of `t`, or undefined. */
export function lookupMro(t: PyType, name: string): unknown {
  const mro = t.mro;
  for (let i = 0; i < mro.length; i++) {
    const v = mro[i]!.dict.get(name);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** The class in `t`'s MRO that defines `name`, or undefined. */
export function definingClass(t: PyType, name: string): PyType | undefined {
  for (const c of t.mro) if (c.dict.has(name)) return c;
  return undefined;
}

export function isSubtype(t: PyType, base: PyType): boolean {
  if (t === base) return true;
  return t.mro.includes(base);
}

/**
 * C3 linearisation: the MRO is the class followed by a merge of its bases' MROs and the base list,
 * repeatedly taking the first head that appears in no other list's tail. When no consistent order
 * exists, returns `{ conflict }`: the distinct heads left in the merge, which CPython's "Cannot
 * create a consistent method resolution order (MRO) for bases ..." names.
 */
export function c3Mro(t: PyType, bases: PyType[]): PyType[] | { conflict: PyType[] } {
  const seqs = [...bases.map((b) => [...b.mro]), [...bases]].filter((s) => s.length > 0);
  const out: PyType[] = [t];
  while (seqs.length > 0) {
    let head: PyType | undefined;
    for (const s of seqs) {
      const cand = s[0]!;
      if (!seqs.some((o) => o.indexOf(cand) > 0)) {
        head = cand;
        break;
      }
    }
    if (head === undefined) return { conflict: [...new Set(seqs.map((s) => s[0]!))] };
    out.push(head);
    for (const s of seqs) if (s[0] === head) s.shift();
    for (let i = seqs.length - 1; i >= 0; i--) if (seqs[i]!.length === 0) seqs.splice(i, 1);
  }
  return out;
}

export const objectType = new PyType('object', [], 'object', true);
export const typeType = new PyType('type', [objectType], 'builtin', true);
