// A tiny stand-in for the runtime ABI, enough to execute generated code under node:vm and observe
// evaluation order and control flow. Not Python semantics: ints are JS numbers, lists and tuples are
// JS arrays, functions are JS functions, exceptions are FakeError objects. Every $rt call is logged
// (`log`), and `print` appends to `out`. A member the fake lacks throws, so a test notices.

import vm from 'node:vm';

export class FakeError {
  constructor(readonly type: string, readonly message: string) {}
}

export interface FakeRun {
  value: unknown;
  out: string[];
  log: string[];
  ops: number;
}

const str = (x: unknown): string => {
  if (x === null) return 'None';
  if (x === true) return 'True';
  if (x === false) return 'False';
  if (Array.isArray(x)) return `[${x.map(repr).join(', ')}]`;
  if (x instanceof FakeError) return x.message;
  return String(x);
};
const repr = (x: unknown): string => (typeof x === 'string' ? `'${x}'` : str(x));

export function makeFakeRt(options: { maxOps?: number; builtins?: Record<string, unknown> } = {}) {
  const out: string[] = [];
  const log: string[] = [];
  const state = { ops: options.maxOps ?? 1_000_000, depth: 0, maxDepth: 100, halt: null as unknown };
  const fail = (type: string, message: string): never => { throw new FakeError(type, message); };
  const builtins: Record<string, unknown> = {
    print: (...args: unknown[]) => { out.push(args.map(str).join(' ')); return null; },
    range: (a: number, b?: number) => {
      const [lo, hi] = b === undefined ? [0, a] : [a, b];
      return Array.from({ length: Math.max(0, hi - lo) }, (_, i) => lo + i);
    },
    len: (x: unknown[]) => x.length,
    ValueError: 'ValueError',
    ZeroDivisionError: 'ZeroDivisionError',
    Exception: 'Exception',
    ...options.builtins,
  };
  const impl: Record<string, unknown> = {
    state,
    outOfOps: () => { state.halt = new FakeError('Limit', 'ops'); throw state.halt; },
    tooDeep: () => { state.depth--; fail('RecursionError', 'too deep'); },
    float: (v: number) => ({ float: v }),
    initGlobal: () => undefined,
    moduleEnd: (value: unknown) => value,
    globalMissing: (name: string) => (name in builtins ? builtins[name] : fail('NameError', `name '${name}' is not defined`)),
    unboundLocal: (name: string) => fail('UnboundLocalError', name),
    unboundFree: (name: string) => fail('NameError', name),
    unboundGlobal: (name: string) => fail('NameError', name),
    add: (a: any, b: any) => a + b, sub: (a: any, b: any) => a - b, mul: (a: any, b: any) => a * b,
    iadd: (a: any, b: any) => a + b, neg: (a: any) => -a,
    truediv: (a: number, b: number) => (b === 0 ? fail('ZeroDivisionError', 'division by zero') : a / b),
    mod: (a: number, b: number) => a % b,
    truthy: (a: unknown) => (Array.isArray(a) ? a.length > 0 : Boolean(a)),
    eq: (a: unknown, b: unknown) => a === b, ne: (a: unknown, b: unknown) => a !== b,
    lt: (a: any, b: any) => a < b, le: (a: any, b: any) => a <= b,
    gt: (a: any, b: any) => a > b, ge: (a: any, b: any) => a >= b,
    is: (a: unknown, b: unknown) => a === b, isNot: (a: unknown, b: unknown) => a !== b,
    contains: (c: unknown[], x: unknown) => c.includes(x), notContains: (c: unknown[], x: unknown) => !c.includes(x),
    call: (f: unknown, ...args: unknown[]) => {
      if (typeof f !== 'function') fail('TypeError', `${str(f)} is not callable`);
      return (f as (...a: unknown[]) => unknown)(...args);
    },
    callMethod: (o: any, name: string, ...args: unknown[]) => {
      if (Array.isArray(o) && name === 'append') { o.push(args[0]); return null; }
      return fail('AttributeError', name);
    },
    def: (fn: (...a: unknown[]) => unknown, meta: { params: string[]; defaults: unknown[]; generator: boolean }) => {
      const wrapper = (...args: unknown[]) => {
        const full = [...args];
        const firstDefault = meta.params.length - meta.defaults.length;
        for (let i = full.length; i < meta.params.length; i++) full.push(meta.defaults[i - firstDefault]);
        return fn(...full);
      };
      return wrapper;
    },
    list: (items: unknown[]) => items, tuple: (items: unknown[]) => items,
    listAppend: (l: unknown[], x: unknown) => { l.push(x); },
    iterate: (x: unknown) => x as Iterable<unknown>,
    unpack: (x: unknown[], n: number) => (x.length === n ? [...x] : fail('ValueError', 'unpack')),
    getitem: (o: any, k: any) => o[k],
    classNamespace: () => new Map<string, unknown>(),
    classStore: (ns: Map<string, unknown>, k: string, v: unknown) => { ns.set(k, v); },
    classLookup: (ns: Map<string, unknown>, k: string) => ns.get(k),
    makeClass: (_name: string, _q: string, _bases: unknown[], ns: Map<string, unknown>) => ns,
    str, repr, format: (x: unknown) => str(x), concat: (...parts: string[]) => parts.join(''),
    raise: (exc: unknown) => { throw typeof exc === 'string' ? new FakeError(exc, '') : exc; },
    caught: (e: unknown) => { if (!(e instanceof FakeError) || e.type === 'Limit') throw e; return e; },
    handled: () => undefined,
    excMatches: (x: FakeError, t: unknown) => t === 'Exception' || x.type === t,
    assertFail: () => fail('AssertionError', ''),
  };
  const rt = new Proxy(impl, {
    get(target, prop) {
      if (typeof prop !== 'string') return undefined;
      if (!(prop in target)) throw new Error(`fake $rt lacks ${prop}`);
      const v = target[prop];
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) => {
        if (prop !== 'truthy' && prop !== 'globalMissing' && prop !== 'moduleEnd') log.push(`${prop}(${args.map((a) => (typeof a === 'function' ? 'fn' : repr(a))).join(', ')})`);
        return (v as (...a: unknown[]) => unknown)(...args);
      };
    },
  });
  return { rt, out, log, state };
}

/** Runs generated code under node:vm with the fake runtime. */
export function runFake(js: string, options: Parameters<typeof makeFakeRt>[0] = {}): FakeRun {
  const { rt, out, log, state } = makeFakeRt(options);
  const moduleFn = vm.runInNewContext(js, {}, { filename: 'generated.js' }) as (rt: unknown) => unknown;
  const value = moduleFn(rt);
  return { value, out, log, ops: state.ops };
}
