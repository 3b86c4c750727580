// Grammar-based generator: random, mostly valid programs of the Python subset Corral runs.
// Programs lean on the constructs where a sandbox breaks: operators on mixed and extreme values,
// special methods returning the wrong types, exceptions in every position, generators, context
// managers, match, deep nesting, size amplifiers, JavaScript-ish and dunder attribute names (direct
// and computed). Code that must never run prints an `UNREACHABLE_<n>` marker.

import { Rng } from './rng.mjs';

/** Names JavaScript gives meaning to; a script must see them as plain (missing) attributes. */
export const JS_NAMES = [
  'constructor', 'prototype', 'toString', 'valueOf', 'then', 'length', 'call', 'apply', 'bind',
  'hasOwnProperty', 'toJSON', 'caller', 'callee', 'arguments', 'name', 'size', 'get', 'set', 'has',
  'keys', 'values', 'entries', 'Symbol', 'process', 'require', 'globalThis', 'this', 'null',
  'undefined', 'NaN', 'Infinity', 'eval', 'Function', 'Object', 'Array', 'isPrototypeOf',
  'propertyIsEnumerable', 'toLocaleString', 'next', 'throw', 'done', 'value',
];

/** Dunder names, allowed or not; as literal attributes the refused ones make the script refused. */
export const DUNDERS = [
  '__class__', '__name__', '__qualname__', '__doc__', '__module__', '__dict__', '__proto__',
  '__bases__', '__mro__', '__subclasses__', '__globals__', '__code__', '__closure__', '__builtins__',
  '__init__', '__repr__', '__str__', '__eq__', '__hash__', '__len__', '__getattribute__',
  '__defineGetter__', '__lookupGetter__', '__reduce__', '__traceback__', '__cause__', '__context__',
  '__self__', '__func__', '__wrapped__', '__call__', '__iter__', '__next__', '__getitem__',
];

const INTS = ['0', '1', '2', '3', '7', '-1', '255', '256', '1000', '2147483647', '2147483648', '4294967296',
  '9007199254740991', '9007199254740992', '9007199254740993', '9223372036854775807', '18446744073709551616',
  '10**20', '2**63', '-2**63', '10**100', '0x7fffffff', '0o777', '0b1011', '1_000_000',
  '123456789012345678901234567890', '-0'];
const FLOATS = ['0.0', '-0.0', '1.5', '0.1', '1e16', '1e308', '1e-320', '5e-324', '3.14159', '1e22', '2.5e-3',
  "float('inf')", "float('-inf')", "float('nan')", '1.7976931348623157e308', '123456789.125'];
const STRS = ["''", "'abc'", "'héllo'", "'a\\nb\\tc'", "'\\x00'", "'\\u2028'", "'\\U0001F600'", '"it\'s"', "'\\''",
  "'{}'", "'{0}'", "'%s'", "'a,b,,c'", "' spaced '", "'ß'", "'İ'", "'ﬁ'", "'ǅ'", "'\\ud800'", "'12'", "'-7'",
  "'3.5'", "('x' * 3)", "'\\\\'", "r'\\d+'", "'''tri\nple'''", "'ａｂｃ'", "'\\u200b'", "'e\\u0301'", "'0x1f'", "' 1_0 '"];
const BYTES = ["b''", "b'abc'", "b'\\xff\\x00'", "rb'\\d'", "b'\\x80abc'", "bytes(3)", "b'%s'"];
const SPECS = ['', '>10', '<5', '^9', '+', ' ', ',', '_', '08.3f', '.2e', 'x', 'X', 'o', 'b', '#x', '%', '.3g',
  'c', 'n', 's', '=+12', '*^20', '.0f', '#o', '010', 'e', '.100f', '>999', ',.2f', '-', '#', '0', '.5'];
const FORMATS = ['{}', '{0}', '{0!r}', '{0:>8}', '{x}', '{0[0]}', '{0.real}', '{0.constructor}', '{0[__proto__]}',
  '{0.__class__.__name__}', '{:{}}', '{0:{1}}', '{', '}', '{0!x}', '{!}', '{1000000}', '{0.then}', '{0[length]}',
  '{x.toString}', '{0:%}', '{} {}', '{0}{0}{0}', '{0:{0}}', '{0[-1]}', '{0.__doc__}', '{0.__module__}'];
const PERCENT = ["'%s'", "'%d'", "'%r'", "'%x'", "'%08.3f'", "'%s %s'", "'%(k)s'", "'%c'", "'%%'", "'%*d'", "'%.1000f'", "'%e'"];

const BINOPS = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '@'];
const CMPOPS = ['<', '<=', '==', '!=', '>', '>=', 'is', 'is not', 'in', 'not in'];
const BUILTINS = ['len', 'abs', 'min', 'max', 'sum', 'sorted', 'reversed', 'list', 'tuple', 'dict', 'set',
  'frozenset', 'str', 'repr', 'int', 'float', 'bool', 'bytes', 'bytearray', 'range', 'enumerate', 'zip',
  'map', 'filter', 'any', 'all', 'chr', 'ord', 'hex', 'oct', 'bin', 'round', 'divmod', 'pow', 'hash',
  'isinstance', 'issubclass', 'type', 'getattr', 'hasattr', 'format', 'iter', 'next', 'ascii', 'callable',
  'id', 'slice', 'object', 'super', 'dir', 'setattr', 'delattr', 'print', 'exit'];
const METHODS = ['upper', 'lower', 'split', 'join', 'format', 'replace', 'center', 'zfill', 'encode', 'decode',
  'find', 'index', 'startswith', 'endswith', 'strip', 'ljust', 'rjust', 'partition', 'splitlines', 'title',
  'casefold', 'expandtabs', 'isdigit', 'isidentifier', 'translate', 'maketrans', 'count', 'append', 'pop',
  'sort', 'insert', 'extend', 'remove', 'reverse', 'copy', 'clear', 'get', 'keys', 'items', 'values',
  'setdefault', 'update', 'popitem', 'fromkeys', 'add', 'discard', 'union', 'intersection', 'issubset',
  'hex', 'fromhex', 'bit_length', 'to_bytes', 'from_bytes', 'is_integer', 'as_integer_ratio',
  'conjugate', 'send', 'throw', 'close', 'format_map', 'mro', 'with_traceback', 'add_note'];
const EXCEPTIONS = ['Exception', 'ValueError', 'TypeError', 'KeyError', 'IndexError', 'ZeroDivisionError',
  'AttributeError', 'RuntimeError', 'StopIteration', 'OverflowError', 'RecursionError', 'MemoryError',
  'NameError', 'UnboundLocalError', 'ArithmeticError', 'LookupError', 'AssertionError', 'NotImplementedError',
  'UnicodeError', 'GeneratorExit', 'KeyboardInterrupt', 'SystemExit', 'BaseException', 'StopAsyncIteration'];
const AMPLIFIERS = ["'x' * 10**9", '10 ** 10 ** 8', '1 << 10**9', "'x'.ljust(10**9)", "'{:>999999999}'.format(1)",
  'list(range(10**9))', "','.join(['x'] * 10**8)", 'bytes(10**9)', '[0] * 10**9', 'str(10**5000)',
  "'ab' * (2**62)", "b'x' * 10**9", "'%999999999d' % 1", "f'{1:>999999999}'", "(1,) * 10**9", "'x'.center(10**9)",
  "'x'.zfill(10**9)", "'a\\tb'.expandtabs(10**9)", 'pow(7, 10**8)', '2 ** 2 ** 40', "int('9' * 5000)",
  "[1] * 10**6 * 10**3", "'x' * 10**7 + 'y' * 10**7", "bytearray(10**9)", "{i: i for i in range(10**6)}",
  "sorted(range(10**7))", "'-'.join(str(i) for i in range(10**6))"];

/** Special methods a generated class may define, with what a body may return (right and wrong types). */
const SPECIAL = {
  __repr__: ["f'{type(self).__name__}({self.v!r})'", "'R'", '42', 'None', 'self', "'x' * 3"],
  __str__: ["'S' + str(self.v)", '7', 'repr(self)', "''"],
  __eq__: ['self.v == getattr(other, "v", other)', 'NotImplemented', '1', 'None', "'yes'"],
  __hash__: ['hash(self.v)', '2**64', "'h'", '-1', '0', '1.5'],
  __lt__: ['self.v < getattr(other, "v", other)', 'NotImplemented', "'lt'"],
  __bool__: ['bool(self.v)', '2', 'None', 'False'],
  __len__: ['3', '-1', '10**20', "'x'", '0', 'self.v'],
  __iter__: ['iter([self.v, 1, 2])', 'self', '[1, 2]', 'iter(())'],
  __next__: ['self.v', 'next(iter(()))'],
  __getitem__: ['[self.v, 1, 2][k]', 'k', 'self[k]', "{'a': 1}[k]"],
  __contains__: ['k == self.v', '1', 'None'],
  __call__: ['(self, k)', 'self.v', 'self(k)'],
  __add__: ['type(self)(self.v + getattr(other, "v", other))', 'NotImplemented', 'self.v', "'added'"],
  __radd__: ['other', 'NotImplemented', '0'],
  __mul__: ['type(self)(self.v * 2)', 'NotImplemented'],
  __index__: ['3', "'3'", '2**70', '-1'],
  __int__: ['7', '7.5', "'7'"],
  __float__: ['1.5', '1', "'x'"],
  __format__: ["'F' + k", 'format(self.v, k)', '5'],
  __getattr__: ['k', "k + '!'", 'self.missing', "getattr(self.v, k)"],
  __neg__: ['self', '-self.v'],
  __enter__: ['self', 'self.v', 'None'],
  __exit__: ['None', 'True', 'False', "'truthy'"],
};

/** How a special method's parameters look. */
const PARAMS = {
  __eq__: 'self, other', __lt__: 'self, other', __add__: 'self, other', __radd__: 'self, other',
  __mul__: 'self, other', __getitem__: 'self, k', __contains__: 'self, k', __call__: 'self, k=0',
  __format__: 'self, k', __getattr__: 'self, k', __exit__: 'self, *a',
};

/**
 * @typedef {{ inFunction: boolean, inLoop: boolean, inGenerator: boolean, names: string[] }} Ctx
 */

export class ProgramGenerator {
  /** @param {Rng} rng */
  constructor(rng) {
    this.rng = rng;
    this.counter = 0;
    this.markers = 0;
    this.fstring = 0;
    /** @type {string[]} classes defined so far (usable as bases and in patterns) */
    this.classes = [];
    /** @type {string[]} functions defined at top level, callable with one argument */
    this.functions = [];
  }

  /** @param {string} prefix */
  fresh(prefix) {
    return `${prefix}${this.counter++}`;
  }

  marker() {
    return `print('UNREACHABLE_${this.markers++}')`;
  }

  // ---- expressions ----

  literal() {
    const r = this.rng;
    if (this.fstring > 0) return r.pick(['1', '2.5', '"s"', 'None', 'True', '-7', '10**20']);
    return r.weighted([
      [5, () => r.pick(INTS)],
      [3, () => r.pick(FLOATS)],
      [5, () => r.pick(STRS)],
      [1, () => r.pick(BYTES)],
      [2, () => r.pick(['True', 'False', 'None', '...', 'NotImplemented'])],
      [2, () => `'${r.pick(JS_NAMES)}'`],
      [1, () => `'${r.pick(DUNDERS)}'`],
      [2, () => this.fstringLit()],
    ])();
  }

  fstringLit() {
    const r = this.rng;
    this.fstring++;
    const parts = [];
    for (let i = r.range(1, 3); i > 0; i--) {
      const e = this.expr(1);
      const conv = r.pick(['', '', '', '!r', '!s', '!a']);
      const spec = r.chance(0.5) ? '' : r.chance(0.2) ? `:{${r.pick(['3', '10', '"x"', '-1'])}}` : `:${r.pick(SPECS)}`;
      parts.push(r.chance(0.1) ? `{${e}=}` : `{${e}${conv}${spec}}`, r.pick(['', ' ', '-', '{{', '}}', 'é']));
    }
    this.fstring--;
    return `f'${parts.join('')}'`;
  }

  /** @param {Ctx} ctx */
  name(ctx) {
    return this.rng.pick(ctx.names);
  }

  /** @param {number} depth @param {Ctx} [ctx] */
  expr(depth, ctx = this.top) {
    const r = this.rng;
    if (depth <= 0 || r.chance(0.25)) return r.chance(0.5) ? this.literal() : this.name(ctx);
    const d = depth - 1;
    const e = () => this.expr(d, ctx);
    if (this.fstring > 0) {
      return r.weighted([
        [3, () => `${e()} ${r.pick(BINOPS)} ${e()}`],
        [2, () => `${r.pick(['len', 'str', 'repr', 'abs', 'int', 'hex'])}(${e()})`],
        [1, () => `${this.atom(d, ctx)}.${r.pick(JS_NAMES)}`],
        [1, () => `${this.atom(d, ctx)}[${r.pick(INTS)}]`],
      ])();
    }
    return r.weighted([
      [6, () => `(${e()} ${r.pick(BINOPS)} ${e()})`],
      [2, () => `(${r.pick(['-', '+', '~', 'not '])}${e()})`],
      [3, () => `(${e()} ${r.pick(CMPOPS)} ${e()}${r.chance(0.3) ? ` ${r.pick(CMPOPS)} ${e()}` : ''})`],
      [2, () => `(${e()} ${r.pick(['and', 'or'])} ${e()})`],
      [1, () => `(${e()} if ${e()} else ${e()})`],
      [5, () => this.builtinCall(d, ctx)],
      [4, () => `${this.atom(d, ctx)}.${r.pick(METHODS)}(${this.args(d, ctx)})`],
      [2, () => `${this.atom(d, ctx)}.${r.pick(r.chance(0.95) ? JS_NAMES : DUNDERS)}`],
      [3, () => this.computedAttr(d, ctx)],
      [3, () => `${this.atom(d, ctx)}[${this.index(d, ctx)}]`],
      [3, () => `[${this.list(d, ctx)}]`],
      [1, () => `(${this.list(d, ctx) || '1'},)`],
      [2, () => `{${this.dictItems(d, ctx)}}`],
      [1, () => `{${e()}, ${e()}}`],
      [3, () => this.comprehension(d, ctx)],
      [2, () => `(lambda ${this.lambdaParams()}: ${e()})(${this.args(d, ctx)})`],
      [2, () => `${r.pick([...FORMATS.map((f) => `'${f}'`), ...STRS])}.format(${this.args(d, ctx)})`],
      [1, () => `${r.pick(PERCENT)} % ${r.chance(0.5) ? e() : `(${e()}, ${e()})`}`],
      [1, () => `format(${e()}, '${r.pick(SPECS)}')`],
      [1, () => `(${this.fresh('w')} := ${e()})`],
      [this.functions.length ? 2 : 0, () => `${r.pick(this.functions)}(${e()})`],
      [this.classes.length ? 3 : 0, () => `${r.pick(this.classes)}(${e()})`],
      [1, () => `${this.atom(d, ctx)}(${this.args(d, ctx)})`],
      [0.1, () => `${r.pick(['vars', 'open', 'eval', 'globals', 'locals', 'compile', 'breakpoint', 'input'])}(${this.args(d, ctx)})`],
    ])();
  }

  /** An expression safe to put before `.attr`, `[i]` or `(...)`. @param {number} d @param {Ctx} ctx */
  atom(d, ctx) {
    const e = this.expr(d, ctx);
    return /^[\w.]+$/.test(e) && !/^\d/.test(e) ? e : `(${e})`;
  }

  /** @param {number} d @param {Ctx} ctx */
  builtinCall(d, ctx) {
    const r = this.rng;
    const f = r.pick(BUILTINS);
    const e = () => this.expr(d, ctx);
    switch (f) {
      case 'sorted': return `sorted(${e()}${r.chance(0.5) ? `, key=lambda q: ${r.pick(['-q', 'str(q)', 'q[0]', 'len(q)', 'q'])}` : ''}${r.chance(0.3) ? ', reverse=True' : ''})`;
      case 'print': return `print(${this.args(d, ctx)}${r.chance(0.3) ? `, sep=${this.literal()}` : ''}${r.chance(0.3) ? `, end=${this.literal()}` : ''})`;
      case 'int': return r.chance(0.4) ? `int(${e()}, ${r.pick(['0', '2', '16', '36', '37', '1', '-1', '10**20'])})` : `int(${e()})`;
      case 'max': case 'min': return `${f}(${e()}${r.chance(0.3) ? ', default=0' : r.chance(0.3) ? `, ${e()}` : ''})`;
      case 'getattr': case 'hasattr': return this.computedAttr(d, ctx);
      default: return `${f}(${this.args(d, ctx)})`;
    }
  }

  /** getattr/hasattr/setattr with names built at run time. @param {number} d @param {Ctx} ctx */
  computedAttr(d, ctx) {
    const r = this.rng;
    const target = this.expr(d, ctx);
    const full = r.chance(0.5) ? r.pick(JS_NAMES) : r.pick(DUNDERS);
    const cut = r.range(1, full.length - 1);
    const nameExpr = r.weighted([
      [3, `'${full.slice(0, cut)}' + '${full.slice(cut)}'`],
      [1, `'${full}'`],
      [1, `''.join(['${full.slice(0, cut)}', '${full.slice(cut)}'])`],
      [1, `'${full.toUpperCase()}'.lower()`],
      [1, `'%s%s' % ('${full.slice(0, cut)}', '${full.slice(cut)}')`],
    ]);
    return r.weighted([
      [4, () => `getattr(${target}, ${nameExpr}${r.chance(0.5) ? ', None' : ''})`],
      [2, () => `hasattr(${target}, ${nameExpr})`],
      [1, () => `setattr(${target}, ${nameExpr}, ${this.expr(d, ctx)})`],
      [1, () => `delattr(${target}, ${nameExpr})`],
    ])();
  }

  /** @param {number} d @param {Ctx} ctx */
  index(d, ctx) {
    const r = this.rng;
    const part = () => (r.chance(0.3) ? '' : r.chance(0.5) ? r.pick(INTS) : this.expr(d, ctx));
    return r.weighted([
      [3, () => this.expr(d, ctx)],
      [2, () => r.pick(INTS)],
      [3, () => `${part()}:${part()}${r.chance(0.5) ? `:${r.chance(0.2) ? '0' : part()}` : ''}`],
    ])();
  }

  /** @param {number} d @param {Ctx} ctx */
  list(d, ctx) {
    const items = [];
    for (let i = this.rng.range(0, 3); i > 0; i--) items.push(this.rng.chance(0.1) ? `*${this.atom(d, ctx)}` : this.expr(d, ctx));
    return items.join(', ');
  }

  /** @param {number} d @param {Ctx} ctx */
  dictItems(d, ctx) {
    const items = [];
    for (let i = this.rng.range(0, 3); i > 0; i--) {
      items.push(this.rng.chance(0.1) ? `**${this.atom(d, ctx)}` : `${this.expr(d, ctx)}: ${this.expr(d, ctx)}`);
    }
    return items.join(', ');
  }

  /** @param {number} d @param {Ctx} ctx */
  args(d, ctx) {
    const r = this.rng;
    const items = [];
    for (let i = r.weighted([[1, 0], [4, 1], [3, 2], [1, 3]]); i > 0; i--) items.push(this.expr(d, ctx));
    if (r.chance(0.1)) items.push(`*${this.atom(d, ctx)}`);
    if (r.chance(0.1)) items.push(`${r.pick(['key', 'x', 'default', 'sep', 'end', 'base', 'k'])}=${this.expr(d, ctx)}`);
    if (r.chance(0.05)) items.push(`**${this.atom(d, ctx)}`);
    return items.join(', ');
  }

  lambdaParams() {
    return this.rng.pick(['q', 'q=1', '*q', 'q, /, z=2', '**q', 'q, *, z', '']);
  }

  /** @param {number} d @param {Ctx} ctx */
  comprehension(d, ctx) {
    const r = this.rng;
    const v = this.fresh('v');
    const inner = { ...ctx, names: [...ctx.names, v] };
    const iter = r.chance(0.5) ? `range(${r.pick(['3', '0', '10', '-2', '100'])})` : this.expr(d, ctx);
    const cond = r.chance(0.4) ? ` if ${this.expr(d, inner)}` : '';
    const nested = r.chance(0.15) ? ` for ${this.fresh('v')} in ${r.pick(['(1, 2)', "'ab'", '[]'])}` : '';
    const body = this.expr(d, inner);
    return r.weighted([
      [3, () => `[${body} for ${v} in ${iter}${nested}${cond}]`],
      [1, () => `{${body} for ${v} in ${iter}${cond}}`],
      [1, () => `{${v}: ${body} for ${v} in ${iter}${cond}}`],
      [2, () => `${r.pick(['list', 'sum', 'tuple', 'any', 'sorted', 'max'])}(${body} for ${v} in ${iter}${cond})`],
    ])();
  }

  deepExpr() {
    const r = this.rng;
    const n = r.weighted([[4, 10], [4, 50], [3, 90], [2, 150], [1, 199], [1, 201], [1, 1000]]);
    return r.weighted([
      [2, () => `${'('.repeat(n)}1${')'.repeat(n)}`],
      [2, () => `${'['.repeat(n)}${']'.repeat(n)}`],
      [1, () => `${'-'.repeat(n)}1`],
      [1, () => `${'not '.repeat(n)}0`],
      [1, () => Array.from({ length: n }, (_, i) => String(i)).join(' + ')],
      [1, () => `${'{1: '.repeat(n)}0${'}'.repeat(n)}`],
      [1, () => `1${' if 1 else 2'.repeat(Math.min(n, 300))}`],
    ])();
  }

  // ---- statements: each returns lines, indented relative to the block ----

  /** @param {string[]} lines @param {string} [pad] */
  indent(lines, pad = '    ') {
    return lines.map((l) => (l === '' ? l : pad + l));
  }

  /** @param {Ctx} ctx @param {number} depth @param {number} [count] */
  block(ctx, depth, count = this.rng.range(1, 3)) {
    const lines = [];
    for (let i = 0; i < count; i++) lines.push(...this.stmt(ctx, depth));
    return lines.length ? lines : ['pass'];
  }

  /** @param {Ctx} ctx @param {number} depth @returns {string[]} */
  stmt(ctx, depth) {
    const r = this.rng;
    const d = depth - 1;
    const e = () => this.expr(r.range(1, 3), ctx);
    const simple = depth <= 0;
    /** @type {[number, () => string[]][]} */
    const table = [
      [8, () => [`print(${this.args(2, ctx) || e()})`]],
      [5, () => this.assign(ctx)],
      [2, () => [`${this.name(ctx)} ${r.pick(BINOPS)}= ${e()}`]],
      [1, () => [`${this.atom(1, ctx)}[${this.index(1, ctx)}] = ${e()}`]],
      [1, () => [`${this.atom(1, ctx)}.${r.pick([...JS_NAMES, 'v', 'attr'])} = ${e()}`]],
      [1, () => [`del ${this.atom(1, ctx)}[${this.index(1, ctx)}]`]],
      [1, () => [`assert ${e()}, ${e()}`]],
      [1, () => [`${r.pick(['pass', '...', e()])}`]],
      [ctx.inLoop ? 1 : 0, () => [r.pick(['break', 'continue']), ...(r.chance(0.5) ? [this.marker()] : [])]],
      [ctx.inFunction ? 1 : 0, () => [`return ${e()}`, ...(r.chance(0.5) ? [this.marker()] : [])]],
      [ctx.inGenerator ? 2 : 0, () => [r.chance(0.7) ? `${r.chance(0.3) ? `${this.name(ctx)} = ` : ''}yield ${e()}` : `yield from ${this.expr(1, ctx)}`]],
      [simple ? 0 : 3, () => this.ifStmt(ctx, d)],
      [simple ? 0 : 3, () => this.forStmt(ctx, d)],
      [simple ? 0 : 2, () => this.whileStmt(ctx, d)],
      [simple ? 0 : 4, () => this.tryStmt(ctx, d)],
      [simple ? 0 : 2, () => this.withStmt(ctx, d)],
      [simple ? 0 : 2, () => this.matchStmt(ctx, d)],
      [simple || ctx.inFunction ? 0 : 3, () => this.funcDef(d)],
      [simple || ctx.inFunction ? 0 : 2, () => this.genDef(d)],
      [simple || ctx.inFunction ? 0 : 3, () => this.classDef()],
      [simple ? 0 : 1, () => this.recursion()],
      [1, () => [`raise ${r.pick(EXCEPTIONS)}(${this.literal()})${r.chance(0.2) ? ` from ${r.pick(['None', e()])}` : ''}`, ...(r.chance(0.5) ? [this.marker()] : [])]],
      [1, () => this.unreachable(ctx)],
      [1, () => this.guarded([`print(${r.pick(AMPLIFIERS)})`])],
      [1, () => this.deepStmt()],
      [0.3, () => [`print(${this.deepExpr()})`]],
    ];
    return r.weighted(table)();
  }

  /** @param {Ctx} ctx */
  assign(ctx) {
    const r = this.rng;
    const target = r.chance(0.7) ? this.fresh('x') : this.name(ctx);
    ctx.names.push(target);
    if (r.chance(0.15)) {
      const other = this.fresh('x');
      ctx.names.push(other);
      return [`${target}, ${r.chance(0.3) ? '*' : ''}${other} = ${this.expr(2, ctx)}`];
    }
    return [`${target} = ${this.expr(r.range(1, 3), ctx)}`];
  }

  /** Wraps lines so an exception is printed, not fatal. @param {string[]} lines */
  guarded(lines) {
    return ['try:', ...this.indent(lines), 'except Exception as exc:', "    print('E', type(exc).__name__, exc)"];
  }

  /** @param {Ctx} ctx @param {number} d */
  ifStmt(ctx, d) {
    const r = this.rng;
    const lines = [`if ${this.expr(2, ctx)}:`, ...this.indent(this.block(ctx, d))];
    if (r.chance(0.3)) lines.push(`elif ${this.expr(2, ctx)}:`, ...this.indent(this.block(ctx, d)));
    if (r.chance(0.4)) lines.push('else:', ...this.indent(this.block(ctx, d)));
    return lines;
  }

  /** @param {Ctx} ctx @param {number} d */
  forStmt(ctx, d) {
    const r = this.rng;
    const v = this.fresh('i');
    const inner = { ...ctx, inLoop: true, names: [...ctx.names, v] };
    const iter = r.chance(0.6) ? `range(${r.pick(['3', '0', '5', '-1', '2, 10, 3', '10, 0, -2'])})` : this.expr(2, ctx);
    const target = r.chance(0.2) ? `${v}, ${this.fresh('j')}` : v;
    const lines = [`for ${target} in ${iter}:`, ...this.indent(this.block(inner, d))];
    if (r.chance(0.3)) lines.push('else:', ...this.indent(this.block(ctx, d)));
    return lines;
  }

  /** @param {Ctx} ctx @param {number} d */
  whileStmt(ctx, d) {
    const r = this.rng;
    const c = this.fresh('n');
    const inner = { ...ctx, inLoop: true, names: [...ctx.names, c] };
    return [
      `${c} = 0`,
      `while ${c} < ${r.pick(['0', '3', '10'])}:`,
      `    ${c} += 1`,
      ...this.indent(this.block(inner, d)),
      ...(r.chance(0.3) ? ['else:', ...this.indent(this.block(ctx, d))] : []),
    ];
  }

  /** @param {Ctx} ctx @param {number} d */
  tryStmt(ctx, d) {
    const r = this.rng;
    const lines = ['try:', ...this.indent(this.block(ctx, d))];
    const handlers = r.range(0, 2);
    for (let i = 0; i < handlers; i++) {
      const types = r.chance(0.3) ? `(${r.pick(EXCEPTIONS)}, ${r.pick(EXCEPTIONS)})` : r.pick(EXCEPTIONS);
      const v = this.fresh('e');
      lines.push(`except ${types} as ${v}:`, `    print('caught', type(${v}).__name__, ${v})`);
      if (r.chance(0.3)) lines.push(...this.indent(this.block({ ...ctx, names: [...ctx.names, v] }, d)));
      if (r.chance(0.1)) lines.push(`    raise${r.chance(0.5) ? ` ValueError('again') from ${v}` : ''}`);
    }
    if (r.chance(0.2) || handlers === 0) lines.push('except BaseException as exc:', "    print('base', type(exc).__name__, exc)");
    if (r.chance(0.3)) lines.push('else:', ...this.indent(this.block(ctx, d)));
    if (r.chance(0.4)) lines.push('finally:', ...this.indent(this.block(ctx, d)));
    return lines;
  }

  /** @param {Ctx} ctx @param {number} d */
  withStmt(ctx, d) {
    const r = this.rng;
    const cm = this.fresh('CM');
    const v = this.fresh('m');
    const exitBody = r.pick(['return None', 'return True', "print('exit', a[0] and a[0].__name__); return False", "raise KeyError('in exit')", 'return 1/0']);
    return [
      `class ${cm}:`,
      `    def __enter__(self): print('enter'); return ${r.pick(['self', '42', 'None', "'s'"])}`,
      `    def __exit__(self, *a): ${exitBody}`,
      ...this.guarded([
        `with ${cm}() as ${v}${r.chance(0.2) ? `, ${cm}()` : ''}:`,
        ...this.indent(this.block({ ...ctx, names: [...ctx.names, v] }, d)),
      ]),
    ];
  }

  /** @param {Ctx} ctx @param {number} d */
  matchStmt(ctx, d) {
    const r = this.rng;
    const patterns = ['0 | 1', "'abc'", 'None', 'True', '[]', '[q]', '[q, *rest]', '(q, w)', "{'k': q}", "{'k': q, **rest}",
      'int(q)', 'str() as q', 'float(q) if q > 0', '[1, 2, *_]', '{1: _}', '-1', '2.5', "b'ab'", '(1 | 2) as q',
      ...this.classes.map((c) => `${c}(v=q)`), ...this.classes.map((c) => `${c}()`)];
    const lines = [`match ${this.expr(2, ctx)}:`];
    const inner = { ...ctx, names: [...ctx.names, 'q'] };
    for (let i = r.range(1, 4); i > 0; i--) {
      lines.push(`    case ${r.pick(patterns)}:`, ...this.indent(this.block(inner, d, 1), '        '));
    }
    if (r.chance(0.5)) lines.push('    case _:', ...this.indent(this.block(ctx, d, 1), '        '));
    return this.guarded(lines);
  }

  /** @param {number} d */
  funcDef(d) {
    const r = this.rng;
    const f = this.fresh('f');
    const params = r.pick(['p', 'p=1', 'p, *rest', 'p, /, k=2, *, z=3', 'p=[], **kw', '*p']);
    const ctx = { inFunction: true, inLoop: false, inGenerator: false, names: [...this.top.names, 'p'] };
    const lines = [`def ${f}(${params}):`];
    if (r.chance(0.3)) lines.push(`    global ${r.pick(this.top.names)}`);
    if (r.chance(0.3)) {
      lines.push(`    c = ${this.literal()}`, '    def inner():', '        nonlocal c', `        c = ${this.expr(1, { ...ctx, names: ['c', 'p'] })}`, '        return c', '    print(inner())');
    }
    lines.push(...this.indent(this.block(ctx, d)), `    return ${this.expr(2, ctx)}`);
    if (r.chance(0.2)) lines.push(`    ${this.marker()}`);
    this.functions.push(f);
    return [...lines, ...this.guarded([`print(${f}(${this.expr(1)}))`])];
  }

  /** @param {number} d */
  genDef(d) {
    const r = this.rng;
    const g = this.fresh('g');
    const ctx = { inFunction: true, inLoop: false, inGenerator: true, names: [...this.top.names, 'p'] };
    const lines = [
      `def ${g}(p):`,
      '    try:',
      ...this.indent(this.block(ctx, d, r.range(1, 3)), '        '),
      `        yield ${this.expr(1, ctx)}`,
      r.chance(0.5) ? `        yield from ${r.pick(['range(3)', 'p', "'ab'", '[]'])}` : '        pass',
      `        return ${this.expr(1, ctx)}`,
      '    finally:',
      `        print('cleanup ${g}')`,
    ];
    const use = r.pick([
      `print(list(${g}(${this.expr(1)})))`,
      `it = ${g}(${this.expr(1)}); print(next(it), it.send(${this.literal()}))`,
      `it = ${g}(${this.expr(1)}); next(it); it.throw(ValueError('thrown'))`,
      `it = ${g}(${this.expr(1)}); next(it); it.close(); print(list(it))`,
      `print([q for q in ${g}(${this.expr(1)})][:3])`,
      `print(sum(${g}(3), ${this.literal()}))`,
    ]);
    return [...lines, ...this.guarded([use])];
  }

  classDef() {
    const r = this.rng;
    const c = this.fresh('C');
    const base = r.weighted([[5, ''], [1, 'int'], [1, 'str'], [1, 'list'], [1, 'dict'], [1, 'Exception'], [1, 'tuple'],
      [this.classes.length ? 2 : 0, this.classes[0] ?? '']]);
    const lines = [`class ${c}${base ? `(${base})` : ''}:`];
    if (r.chance(0.3)) lines.push(`    ${r.pick(JS_NAMES.filter((n) => /^[a-z]\w*$/i.test(n) && !['None', 'True', 'False'].includes(n)))} = ${this.literal()}`);
    if (r.chance(0.2)) lines.push("    __slots__ = ('v',)");
    if (r.chance(0.2)) lines.push("    __match_args__ = ('v',)");
    if (!['int', 'str', 'tuple'].includes(base)) lines.push('    def __init__(self, v=0):', '        self.v = v');
    else lines.push('    v = 1');
    const names = Object.keys(SPECIAL);
    for (let i = r.range(1, 5); i > 0; i--) {
      const m = r.pick(names);
      lines.push(`    def ${m}(${PARAMS[/** @type {keyof typeof PARAMS} */ (m)] ?? 'self'}):`, `        return ${r.pick(SPECIAL[/** @type {keyof typeof SPECIAL} */ (m)])}`);
    }
    this.classes.push(c);
    const obj = this.fresh('o');
    this.top.names.push(obj);
    const uses = [`print(${obj})`, `print(repr(${obj}))`, `print(len(${obj}))`, `print(${obj} + 1)`, `print(1 + ${obj})`,
      `print(${obj} == ${obj}, ${obj} != 1)`, `print(hash(${obj}))`, `print(list(${obj}))`, `print(${obj}[0])`,
      `print(${obj}.missing_attr)`, `print(bool(${obj}))`, `print(str(${obj}))`, `print(f'{${obj}}', f'{${obj}:>5}')`,
      `print(sorted([${obj}, ${c}(2)]))`, `print({${obj}: 1})`, `print(${obj} in [1, ${obj}])`, `print(${obj}(1))`,
      `print([1, 2, 3][${obj}])`, `print(int(${obj}), float(${obj}))`, `print(-${obj})`, `print(${obj}.${r.pick(JS_NAMES)})`,
      `print(getattr(${obj}, '${r.pick(JS_NAMES)}', 'dflt'))`, `print(isinstance(${obj}, ${base || 'object'}))`,
      `print(type(${obj}).__name__, ${c}.__name__, ${c}.__qualname__)`, `with ${obj} as q: print('in with', q)`,
      `print(range(10)[${obj}], 'ab' * ${obj})`, `print(format(${obj}, 'x'))`, `print('%s %r' % (${obj}, ${obj}))`];
    const use = [];
    for (let i = r.range(1, 4); i > 0; i--) use.push(...this.guarded([r.pick(uses)]));
    return [...lines, ...this.guarded([`${obj} = ${c}(${this.expr(1)})`]), ...use];
  }

  recursion() {
    const r = this.rng;
    const f = this.fresh('rec');
    const body = r.pick([
      [`def ${f}(n):`, '    if n <= 0:', '        return 0', `    return n + ${f}(n - 1)`],
      [`def ${f}(n):`, `    return ${f}(n + 1)`],
      [`def ${f}(n):`, '    try:', `        return ${f}(n + 1)`, '    except RecursionError:', '        return n'],
      [`def ${f}(n):`, '    try:', `        return ${f}(n + 1)`, '    finally:', '        pass'],
      [`def ${f}(n):`, `    return [${f}(n - 1)] if n > 0 else []`],
      [`class ${f}:`, '    def __repr__(self):', '        return repr(self)'],
      [`def ${f}(n):`, `    return str(${f}) if n else ${f}(n)`],
    ]);
    const arg = r.pick(['5', '100', '10**4', '-1', '990', '1000']);
    return [...body, ...this.guarded([`print(${f}(${body[0]?.startsWith('class') ? '' : arg}))`])];
  }

  deepStmt() {
    const r = this.rng;
    const n = r.weighted([[4, 5], [4, 20], [3, 40], [3, 60], [1, 97], [1, 99], [1, 150]]);
    return r.weighted([
      [2, () => Array.from({ length: n }, (_, i) => `${' '.repeat(i)}if True:`).concat(`${' '.repeat(n)}print('deep', ${n})`)],
      [1, () => [`x${n} = ${'['.repeat(n)}1${']'.repeat(n)}`, `print(str(x${n})[:20], len(repr(x${n})))`]],
      [1, () => ['dd = []', `for _ in range(${n * 100}):`, '    dd = [dd]', ...this.guarded(['print(len(str(dd)))', 'print(dd == dd)'])]],
      [1, () => ['dc = {}', 'dc["self"] = dc', 'lc = [1]', 'lc.append(lc)', 'print(dc, lc, repr(lc) == repr(lc))']],
    ])();
  }

  /** Code that must never run, in positions a codegen or runtime bug could reach. @param {Ctx} ctx */
  unreachable(ctx) {
    const r = this.rng;
    const m = () => this.marker();
    return r.weighted([
      [2, () => [`if ${r.pick(['False', '0', "''", 'None', '()', '0.0', '[]'])}:`, `    ${m()}`]],
      [1, () => ['while 0:', `    ${m()}`]],
      [1, () => ['for _ in ():', `    ${m()}`, 'else:', '    pass']],
      [2, () => [`${r.pick(['0', 'False', 'None', "''"])} and ${m()}`]],
      [2, () => [`${r.pick(['1', 'True', "'x'", '[0]'])} or ${m()}`]],
      [1, () => [`print(1 if True else ${m()})`]],
      [1, () => [`lambda: ${m()}`]],
      [1, () => [`[${m()} for _ in []]`]],
      [1, () => ['try:', `    ${this.expr(2, ctx)}`, 'except FuzzNever:', `    ${m()}`, 'except BaseException:', '    pass']],
      [1, () => ['def never():', `    ${m()}`]],
      [1, () => ['for _ in range(3):', '    break', `    ${m()}`, 'else:', `    ${m()}`]],
      [1, () => ['try:', `    raise ValueError(${this.literal()})`, `    ${m()}`, 'except ValueError:', '    pass']],
    ])();
  }

  /** The last statement: an op budget the script exhausts, with cleanup code that must not run. */
  terminal() {
    const r = this.rng;
    const m = () => this.marker();
    const spin = r.pick(['while True: pass', 'while 1:\n    x = [1] * 10', 'for _ in range(10**9): pass', 'while True:\n    continue']).split('\n');
    return r.pick([
      ['try:', ...this.indent(spin), 'except BaseException:', `    ${m()}`, 'finally:', `    ${m()}`],
      ['class Spin:', '    def __enter__(self): return self', `    def __exit__(self, *a): ${m()}; return True`, 'with Spin():', ...this.indent(spin)],
      ['def gen():', '    try:', '        yield 1', ...this.indent(spin, '        '), '    finally:', `        ${m()}`, 'for _ in gen(): pass'],
      ['def spin(n):', '    try:', '        while True: n += 1', '    except:', `        ${m()}`, '    finally:', `        ${m()}`, 'try:', '    spin(0)', 'finally:', `    ${m()}`],
      ['class K:', '    def __eq__(self, o):', '        while True: pass', '    def __hash__(self): return 1', 'try:', '    {K(): 1, K(): 2}', 'except BaseException:', `    ${m()}`],
      ['class Rep:', '    def __repr__(self):', '        while True: pass', 'try:', '    print(Rep())', 'except BaseException:', `    ${m()}`, `${m()}`],
    ]);
  }

  /** @returns {string} a whole program */
  program() {
    const r = this.rng;
    /** @type {Ctx} */
    this.top = { inFunction: false, inLoop: false, inGenerator: false, names: ['a', 'b', 'fl', 's', 'bs', 'l', 't', 'd', 'st', 'n', 'obj', 'big', 'js'] };
    const lines = [
      `a = ${r.pick(INTS)}`, `b = ${r.pick(INTS)}`, `fl = ${r.pick(FLOATS)}`, `s = ${r.pick(STRS)}`, `bs = ${r.pick(BYTES)}`,
      `l = [${r.pick(INTS)}, ${r.pick(STRS)}, ${r.pick(FLOATS)}]`, `t = (${r.pick(INTS)}, ${r.pick(STRS)}, None)`,
      `d = {'k': ${r.pick(INTS)}, 2: ${r.pick(STRS)}, '${r.pick(JS_NAMES)}': 1}`, `st = {1, 2, 3}`, 'n = None', 'big = 2**100',
      `js = '${r.pick(JS_NAMES)}'`, 'class FuzzNever(Exception): pass', 'class Obj: pass', 'obj = Obj()',
    ];
    const count = r.range(3, 12);
    for (let i = 0; i < count; i++) {
      const s = this.stmt(this.top, r.range(1, 3));
      lines.push(...(r.chance(0.6) ? this.guarded(s) : s));
    }
    if (r.chance(0.25)) lines.push(...this.terminal());
    return lines.join('\n') + '\n';
  }
}

/** @param {Rng} rng @returns {string} */
export function generateProgram(rng) {
  return new ProgramGenerator(rng).program();
}
