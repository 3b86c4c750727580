// The runtime ABI: the only vocabulary generated code uses to touch script values (security
// invariant 3). Codegen emits `$rt.<name>(...)` for the members below and nothing else on script
// values; the acorn verifier (src/codegen/verify.ts) rejects any other `$rt` member. The runtime
// (src/runtime/index.ts) implements this interface, so a name added here fails compilation until
// both sides agree. Type-only file: it is imported by codegen on the host and by the runtime.
//
// Value representation (see docs/design.md, "Values"):
//   None → null · bool → boolean · int → number (integral, |n| ≤ 2^53-1) or bigint beyond that
//   (normalised back to number when small again; int results are never -0) · float → number when
//   not integral (incl. NaN/±Infinity), else a boxed PyFloat (1.0, -0.0, 1e300) · str → string
//   (code-point semantics) · everything else → runtime objects (PyList, PyTuple, PyDict, ...).
//   `undefined` is never a Python value: generated code uses it as the "unbound" marker.

/** Shared mutable state read and written by generated code on hot paths. */
export interface RunState {
  /** Remaining op budget. Generated code does `if (--$s.ops < 0) $rt.outOfOps();` at every loop back-edge and function entry. */
  ops: number;
  /** Current Python call depth. Function prologues do `if (++$s.depth > $s.maxDepth) $rt.tooDeep();` and `$s.depth--` in a finally. */
  depth: number;
  maxDepth: number;
  /** Set once a limit has tripped; every Python `finally` body starts with `if ($s.halt !== null) throw $s.halt;`. */
  halt: unknown;
}

/** Static description of a Python function's parameters; the JS function receives them in this order. */
export interface FunctionMeta {
  name: string;
  qualname: string;
  /** Parameter names in order: positional-only, positional-or-keyword, [*args], keyword-only, [**kwargs]. */
  params: string[];
  /** How many of `params` are positional-only. */
  posonly: number;
  /** How many of `params` are positional (positional-only plus positional-or-keyword). */
  positional: number;
  /** Whether the JS function takes a tuple of extra positionals right after the positionals. */
  varargs: boolean;
  /** How many keyword-only parameters follow. */
  kwonly: number;
  /** Whether the JS function takes a dict of extra keywords last. */
  varkw: boolean;
  /** Default values of the last `defaults.length` positional parameters, evaluated at def time. */
  defaults: unknown[];
  /** Defaults of keyword-only parameters by name (absent = required). */
  kwdefaults: Record<string, unknown> | null;
  /** The JS function is a generator function (`function*`): calling it returns a Python generator. */
  generator: boolean;
  /** The docstring (`__doc__`), when the body starts with a string constant. */
  doc?: string;
}

export interface RuntimeABI {
  readonly state: RunState;

  // ---- limits and frames
  /**
   * The current op slice is overdrawn (`S.ops` went below zero): refills the next slice from the
   * run's reserve and returns, or, when the budget is gone, ends the run with the ops limit (never
   * a Python exception). Generated code calls it as a statement and continues after it returns.
   */
  outOfOps(): void;
  /** Depth exceeded maxDepth: decrements depth back and raises RecursionError. */
  tooDeep(): never;

  // ---- constants
  /** A boxed float for an integral value (1.0, -0.0, 1e300); codegen hoists these to the program top. */
  float(value: number): unknown;
  /** A bytes object from a string of char codes 0..255. */
  bytes(latin1: string): unknown;
  readonly Ellipsis: unknown;

  // ---- names
  /** Initial value of a module-level name at run start: the input of that name, else undefined. */
  initGlobal(name: string): unknown;
  /**
   * The module's last statement: `return $rt.moduleEnd(value, names, values)` hands the runtime
   * the module-level globals as they stand at the end (`values[i]` is `names[i]`, undefined when
   * unbound), for `sandbox.call`'s lookup; returns `value` (the last expression's, else null).
   */
  moduleEnd(value: unknown, names: string[], values: unknown[]): unknown;
  /** Read of a module-level name that is unbound: the builtin of that name, else raises NameError. */
  globalMissing(name: string): unknown;
  /** Raises UnboundLocalError for a function local read before assignment. */
  unboundLocal(name: string): never;
  /** Raises NameError "cannot access free variable ..." for a closure variable read before assignment. */
  unboundFree(name: string): never;
  /** Raises NameError "name 'x' is not defined" for `del x` of an unbound module-level name (added by codegen). */
  unboundGlobal(name: string): never;

  // ---- operators (Python semantics, NotImplemented protocol, reflected operands)
  add(a: unknown, b: unknown): unknown;
  sub(a: unknown, b: unknown): unknown;
  mul(a: unknown, b: unknown): unknown;
  truediv(a: unknown, b: unknown): unknown;
  floordiv(a: unknown, b: unknown): unknown;
  mod(a: unknown, b: unknown): unknown;
  pow(a: unknown, b: unknown): unknown;
  lshift(a: unknown, b: unknown): unknown;
  rshift(a: unknown, b: unknown): unknown;
  bitand(a: unknown, b: unknown): unknown;
  bitor(a: unknown, b: unknown): unknown;
  bitxor(a: unknown, b: unknown): unknown;
  matmul(a: unknown, b: unknown): unknown;
  /** In-place forms (`x += y`): try __iadd__ etc., then fall back to the binary form. */
  iadd(a: unknown, b: unknown): unknown;
  isub(a: unknown, b: unknown): unknown;
  imul(a: unknown, b: unknown): unknown;
  itruediv(a: unknown, b: unknown): unknown;
  ifloordiv(a: unknown, b: unknown): unknown;
  imod(a: unknown, b: unknown): unknown;
  ipow(a: unknown, b: unknown): unknown;
  ilshift(a: unknown, b: unknown): unknown;
  irshift(a: unknown, b: unknown): unknown;
  ibitand(a: unknown, b: unknown): unknown;
  ibitor(a: unknown, b: unknown): unknown;
  ibitxor(a: unknown, b: unknown): unknown;
  imatmul(a: unknown, b: unknown): unknown;
  neg(a: unknown): unknown;
  pos(a: unknown): unknown;
  invert(a: unknown): unknown;
  /** Python truth value as a JS boolean (`not x` is emitted as `!$rt.truthy(x)`). */
  truthy(a: unknown): boolean;

  // ---- comparisons: each returns a Python value (rich comparisons may return anything)
  eq(a: unknown, b: unknown): unknown;
  ne(a: unknown, b: unknown): unknown;
  lt(a: unknown, b: unknown): unknown;
  le(a: unknown, b: unknown): unknown;
  gt(a: unknown, b: unknown): unknown;
  ge(a: unknown, b: unknown): unknown;
  /** `a is b`, `a is not b`, `b in a`, `b not in a` (note: `contains(container, item)`) return booleans. */
  is(a: unknown, b: unknown): boolean;
  isNot(a: unknown, b: unknown): boolean;
  contains(container: unknown, item: unknown): boolean;
  notContains(container: unknown, item: unknown): boolean;

  // ---- attributes and items
  getattr(obj: unknown, name: string): unknown;
  setattr(obj: unknown, name: string, value: unknown): void;
  delattr(obj: unknown, name: string): void;
  getitem(obj: unknown, key: unknown): unknown;
  setitem(obj: unknown, key: unknown, value: unknown): void;
  delitem(obj: unknown, key: unknown): void;
  /** A slice object; null for an omitted bound. `a[1:2]` is `getitem(a, slice(1, 2, null))`. */
  slice(lower: unknown, upper: unknown, step: unknown): unknown;

  // ---- calls
  /** f(a, b, ...) with positional arguments only. */
  call(f: unknown, ...args: unknown[]): unknown;
  /** f(a, k=v): positional args, then keyword names and values (static names, no ** unpacking). */
  callKw(f: unknown, args: unknown[], kwnames: string[], kwvalues: unknown[]): unknown;
  /** f(*a, **k) in general: args already flattened into a JS array; kwargs a PyDict (or null). */
  callEx(f: unknown, args: unknown[], kwargs: unknown): unknown;
  /** obj.name(args...) without materialising a bound method. */
  callMethod(obj: unknown, name: string, ...args: unknown[]): unknown;
  callMethodKw(obj: unknown, name: string, args: unknown[], kwnames: string[], kwvalues: unknown[]): unknown;
  /** Appends the items of iterable `it` to the JS array `out` (for `*it` in calls and displays); returns out. */
  spreadInto(out: unknown[], it: unknown): unknown[];
  /**
   * Like spreadInto, for `*it` where CPython words the error by context (added by codegen):
   * `f(*5)` → "f() argument after * must be an iterable, not int" (pass the callee as `func`);
   * `[*5]` / `(*5,)` → "Value after * must be an iterable, not int" (pass null).
   * Set displays use plain spreadInto ("'int' object is not iterable").
   */
  spreadArgs(out: unknown[], it: unknown, func: unknown): unknown[];
  /** Merges mapping `m` into the PyDict `d` for `**m` in calls (duplicate keyword → TypeError naming `f`) and dict displays. */
  mergeKwargs(d: unknown, m: unknown, funcForErrors: unknown): unknown;

  // ---- definitions
  /** A Python function object from its JS implementation (params received in FunctionMeta order). */
  def(fn: Function, meta: FunctionMeta): unknown;
  /** A fresh class namespace (a PyDict) for a class body. */
  classNamespace(name: string, qualname: string): unknown;
  /** Builds the class object: `metaclass` keyword is rejected earlier; `keywords` go to __init_subclass__. */
  makeClass(name: string, qualname: string, bases: unknown[], namespace: unknown, kwnames: string[], kwvalues: unknown[]): unknown;
  /** Read of a name inside a class body: the namespace value, else undefined (codegen falls back). */
  classLookup(namespace: unknown, name: string): unknown;
  classStore(namespace: unknown, name: string, value: unknown): void;
  classDelete(namespace: unknown, name: string): void;
  /** Zero-argument super() inside a method: the class cell and the first argument. */
  superOf(cls: unknown, self: unknown): unknown;

  // ---- containers (take ownership of the JS arrays passed in)
  list(items: unknown[]): unknown;
  tuple(items: unknown[]): unknown;
  /** A dict from alternating keys and values [k0, v0, k1, v1, ...]. */
  dict(flat: unknown[]): unknown;
  set(items: unknown[]): unknown;
  /**
   * An all-constant set display of three or more items (`{3, 1, 2}`, added by codegen): CPython folds
   * it into a frozenset constant first, which shapes the slot layout and so the printed order.
   */
  constSet(items: unknown[]): unknown;
  /** list.append on a list the comprehension itself created (no attribute lookup). */
  listAppend(list: unknown, item: unknown): void;
  setAdd(set: unknown, item: unknown): void;
  dictSet(dict: unknown, key: unknown, value: unknown): void;

  // ---- iteration and unpacking
  /**
   * A JS iterable over a Python iterable for `for ... of` (lists iterate live, dicts detect resizing).
   * `temporary` (added by codegen for `for x in f(...)`): nothing else holds the iterable, so a
   * generator is closed when the loop exits early, as CPython's reference counting does.
   */
  iterate(obj: unknown, temporary?: boolean): Iterable<unknown>;
  /** `a, b = x`: exactly n items as a JS array, else ValueError as CPython words it. */
  unpack(obj: unknown, n: number): unknown[];
  /** `a, *b, c = x`: `before` items, a list of the middle, `after` items, as a JS array of before+1+after. */
  unpackStar(obj: unknown, before: number, after: number): unknown[];
  /** Wraps a JS generator object created by a generator expression into a Python generator. */
  genexp(gen: Generator<unknown, unknown, unknown>, name: string, qualname: string): unknown;
  /** `yield from obj` inside a JS generator: `(yield* $rt.yieldFrom(obj))` evaluates to the return value. */
  yieldFrom(obj: unknown): Generator<unknown, unknown, unknown>;

  // ---- strings
  /** str(x) as a JS string. */
  str(x: unknown): string;
  /** repr(x) as a JS string. */
  repr(x: unknown): string;
  ascii(x: unknown): string;
  /** format(x, spec) as a JS string (f-string `{x:spec}`). */
  format(x: unknown, spec: string): string;
  /** Concatenates the JS strings of an f-string's parts into one Python str. */
  concat(...parts: string[]): string;

  // ---- exceptions
  /** `raise exc [from cause]`: instantiates a class if needed, sets __cause__/__context__, captures the traceback, throws. hasCause distinguishes `from None`. */
  raise(exc: unknown, cause: unknown, hasCause: boolean): never;
  /** Bare `raise`: re-raises the exception being handled, or RuntimeError "No active exception to reraise". */
  reraise(): never;
  /**
   * First statement of every generated `catch`: returns the Python exception for a caught JS value
   * and pushes it as the exception being handled. Rethrows limit signals and internal errors, so
   * scripts cannot catch them; turns a JS stack overflow into RecursionError.
   */
  caught(e: unknown): unknown;
  /** Pops the exception pushed by `caught` (emitted in a finally around the handlers). */
  handled(): void;
  /** `except T:` test: isinstance(exc, T) where T may be a tuple; TypeError if T is not an exception class. */
  excMatches(exc: unknown, type: unknown): boolean;
  /** `assert test, msg`: raises AssertionError (msg undefined when the statement has none). */
  assertFail(msg?: unknown): never;

  // ---- context managers
  /** `with mgr:`: looks up type(mgr).__enter__/__exit__, calls __enter__; returns [exit, value]. */
  withEnter(mgr: unknown): [unknown, unknown];
  /** Calls the exit callable with the exception (or null for a normal exit); returns whether to suppress. */
  withExit(exit: unknown, exc: unknown): boolean;

  // ---- match statements (src/runtime/ops/match.ts): each returns whether the check passed
  /** Sequence pattern of `size` sub-patterns (`star` = index of `*rest`, or -1): fills `out` with the items. */
  matchSequence(out: unknown[], subject: unknown, size: number, star: number): boolean;
  /** Mapping pattern, first step: the subject is a mapping with at least `nkeys` items. */
  matchMapping(subject: unknown, nkeys: number): boolean;
  /** Mapping pattern, second step: fills `out` with the values of `keys` (then the `**rest` dict when `rest`). */
  matchKeys(out: unknown[], subject: unknown, keys: unknown[], rest: boolean): boolean;
  /** Class pattern `cls(<nargs positional>, kw=...)`: fills `out` with the positional then keyword attributes. */
  matchClass(out: unknown[], subject: unknown, cls: unknown, nargs: number, kwnames: string[]): boolean;

  // ---- imports
  /** `import a.b` → the module object (ImportError / ModuleNotFoundError as CPython words it). */
  import(name: string): unknown;
  /** `from m import x` → the attribute, else ImportError "cannot import name 'x' from 'm'". */
  importFrom(module: unknown, name: string): unknown;
}
