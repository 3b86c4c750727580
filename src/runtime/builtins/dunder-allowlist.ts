// The one attribute policy, shared by the restriction pass (src/restrict/dunder-allowlist.ts and
// internal-attributes.ts re-export these lists) and the runtime (ops/attr.ts refuses the same names
// when they are computed at run time: getattr, str.format fields, super(), object.__setattr__).
// Dunders are how Python code reaches interpreter internals (`__globals__`, `__subclasses__`,
// `__builtins__`, ...), so the policy is default-deny and these lists stay short. Each name added
// needs a reason a script cannot do without it and no way to reach the host through it.
// A leaf module (no imports): host code imports it too.

/** Special methods a script's own classes define (in the class body) and call (`self.__eq__(o)`). */
export const SPECIAL_METHODS: ReadonlySet<string> = new Set([
  // construction, representation, hashing, truth (`__new__` for subclasses of int, str, tuple, ...)
  '__init__', '__new__', '__post_init__', '__init_subclass__', '__class_getitem__',
  '__repr__', '__str__', '__format__', '__hash__', '__bool__',
  // comparison
  '__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__',
  // containers and iteration
  '__len__', '__contains__', '__iter__', '__next__', '__reversed__',
  '__getitem__', '__setitem__', '__delitem__', '__missing__',
  // calls, context managers, attribute hooks on the script's own objects
  '__call__', '__enter__', '__exit__', '__getattr__', '__setattr__', '__delattr__',
  // the positions of a class pattern's sub-patterns
  '__match_args__',
  // descriptors a script writes for its own classes, and the slots declaration
  '__get__', '__set__', '__delete__', '__set_name__', '__slots__',
  // unary and conversion
  '__neg__', '__pos__', '__abs__', '__invert__', '__round__', '__trunc__', '__floor__', '__ceil__',
  '__int__', '__float__', '__index__',
  // binary operators, reflected and in-place forms
  ...['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'divmod', 'pow',
    'lshift', 'rshift', 'and', 'xor', 'or'].flatMap((op) => [`__${op}__`, `__r${op}__`, `__i${op}__`]),
]);

/** Harmless metadata: readable (and, except `__class__`, writable) on any object. Exception chaining links are exceptions themselves. */
export const METADATA_ATTRIBUTES: ReadonlySet<string> = new Set([
  '__name__', '__qualname__', '__doc__', '__module__', '__class__', '__cause__', '__context__', '__suppress_context__',
]);

/** Metadata that may be read but never assigned or deleted (reassigning `__class__` changes an object's type). */
export const READ_ONLY_ATTRIBUTES: ReadonlySet<string> = new Set(['__class__']);

/** Dunder identifiers a script may use as plain names anywhere: `if __name__ == "__main__":`, `__doc__`, `__debug__`. */
export const ALLOWED_DUNDER_NAMES: ReadonlySet<string> = new Set(['__name__', '__doc__', '__debug__']);

/** `__class__` as a name is the implicit class cell, allowed inside methods only. */
export const CLASS_CELL_NAME = '__class__';

/**
 * Attributes of frames, code objects, tracebacks, generators and coroutines that are not dunders
 * but hand out interpreter internals just the same (`gen.gi_frame.f_globals`, `tb.tb_frame`,
 * `fn.__code__.co_code`). An explicit list rather than a prefix rule, so a script's own
 * `obj.f_score` or `row.co_owner` stays legal.
 */
export const INTERNAL_ATTRIBUTES: ReadonlySet<string> = new Set([
  // generators, coroutines, async generators
  'gi_frame', 'gi_code', 'gi_yieldfrom', 'gi_running', 'gi_suspended',
  'cr_frame', 'cr_code', 'cr_await', 'cr_origin', 'cr_running', 'cr_suspended',
  'ag_frame', 'ag_code', 'ag_await', 'ag_running',
  // frames
  'f_back', 'f_builtins', 'f_code', 'f_globals', 'f_locals', 'f_lasti', 'f_lineno', 'f_trace',
  'f_trace_lines', 'f_trace_opcodes',
  // tracebacks
  'tb_frame', 'tb_next', 'tb_lasti', 'tb_lineno',
  // code objects
  'co_code', 'co_consts', 'co_names', 'co_varnames', 'co_freevars', 'co_cellvars', 'co_filename',
  'co_name', 'co_qualname', 'co_firstlineno', 'co_lnotab', 'co_linetable', 'co_exceptiontable',
  'co_flags', 'co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_nlocals', 'co_stacksize',
  'co_positions', 'co_lines',
]);

export function isDunder(name: string): boolean {
  return name.length > 4 && name.startsWith('__') && name.endsWith('__');
}

export function isAllowedDunderAttribute(name: string): boolean {
  return SPECIAL_METHODS.has(name) || METADATA_ATTRIBUTES.has(name);
}

/**
 * Whether no script may read, assign or delete attribute `name` on any object: a dunder outside
 * the allowlist, or an internal attribute. The runtime treats such a name as absent everywhere.
 */
export function isRefusedAttribute(name: string): boolean {
  return isDunder(name) ? !isAllowedDunderAttribute(name) : INTERNAL_ATTRIBUTES.has(name);
}
