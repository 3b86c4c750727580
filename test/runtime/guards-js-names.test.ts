// JavaScript members are never visible on any Python value, and JavaScript names are never Python
// names. The matrix (guards-js-names.py) crosses a value of every runtime type with JS member names
// and runtime-internal field names; its expected output is CPython 3.11's, checked in as
// guards-js-names.expected (regenerate: python3 test/runtime/guards-js-names.py > ...expected).
// The snippets below were checked against python3 the same way; their expected stdout is CPython's.

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Sandbox } from '../../src/index.js';
import { assertRuntimeBuilt } from '../host/runtime-bundle.js';

const here = new URL('.', import.meta.url).pathname;
let sandbox: Sandbox;

beforeAll(() => {
  assertRuntimeBuilt();
  sandbox = new Sandbox({ limits: { maxOps: 50_000_000, timeoutMs: 20_000 } });
});
afterAll(() => sandbox.dispose());

describe('JS member names on every value type', () => {
  it('answer hasattr, getattr and obj.name exactly as CPython', async () => {
    const expected = readFileSync(here + 'guards-js-names.expected', 'utf8').split('\n');
    // The table can fail both ways: some Python methods share a JS name and must be found.
    expect(expected).toContain('dict get True ok ok');
    expect(expected).toContain('list pop True ok ok');
    expect(expected).toContain("int constructor False AttributeError: 'int' object has no attribute 'constructor' same");
    const r = await sandbox.run(readFileSync(here + 'guards-js-names.py', 'utf8'));
    expect(r.error, JSON.stringify(r.error)).toBeNull();
    const got = r.stdout.split('\n');
    const wrong = expected.flatMap((line, i) => (got[i] === line ? [] : [`expected ${line}\n     got ${got[i]}`]));
    expect(wrong.slice(0, 20).join('\n')).toBe('');
    expect(got.length).toBe(expected.length);
  }, 60_000);

  it.each(['__proto__', '__defineGetter__', '__lookupGetter__'])('refuses the static read x.%s (E200)', async (name) => {
    const r = await sandbox.run(`x = {}\nx.${name}\n`);
    expect(r.error?.kind).toBe('policy');
    expect(r.error?.kind === 'policy' ? r.error.diagnostics.map((d) => d.code) : []).toContain('E200');
  });
});

const SNIPPETS: { name: string; source: string; stdout: string }[] = [
  {
    name: "dict keys named after JS members are ordinary keys",
    source: `d = {'__proto__': 1, 'constructor': 2, 'toString': 3, 'valueOf': 4, 'hasOwnProperty': 5, 'length': 6}
print(len(d), '__proto__' in d, 'prototype' in d, 'isPrototypeOf' in d, list(d))
print(d, d['__proto__'], d.get('constructor'), d.get('then'), d.pop('toString'), len(d))
d['__proto__'] = 'again'
del d['constructor']
print(d, {k: v for k, v in d.items() if k != 'length'})
print(dict(**{'__proto__': 1, 'constructor': 2}), dict([('__proto__', 0)]), dict(toString=1, then=2))
print(sorted({'__proto__', 'constructor', 'toString'}), '__proto__' in {'x'}, 'constructor' in frozenset())
`,
    stdout: `6 True False False ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'length']
{'__proto__': 1, 'constructor': 2, 'valueOf': 4, 'hasOwnProperty': 5, 'length': 6} 1 2 None 3 5
{'__proto__': 'again', 'valueOf': 4, 'hasOwnProperty': 5, 'length': 6} {'__proto__': 'again', 'valueOf': 4, 'hasOwnProperty': 5}
{'__proto__': 1, 'constructor': 2} {'__proto__': 0} {'toString': 1, 'then': 2}
['__proto__', 'constructor', 'toString'] False False
`,
  },
  {
    name: "kwargs named after JS members reach **kw and named parameters",
    source: `def f(**kw):
    return kw
print(f(**{'constructor': 1, '__proto__': 2}), f(toString=1, valueOf=2, then=3, length=4))
def g(constructor, *args, prototype=0, **rest):
    return constructor, args, prototype, rest
print(g(1, 2, prototype=3, hasOwnProperty=4), g(**{'constructor': 5, '__proto__': 6}))
try:
    g(1, constructor=2)
except TypeError as e:
    print(e)
`,
    stdout: `{'constructor': 1, '__proto__': 2} {'toString': 1, 'valueOf': 2, 'then': 3, 'length': 4}
(1, (2,), 3, {'hasOwnProperty': 4}) (5, (), 0, {'__proto__': 6})
g() got multiple values for argument 'constructor'
`,
  },
  {
    name: "class and instance attributes named after JS members are plain attributes",
    source: `class A:
    constructor = 'class constructor'
    length = 3
    def toString(self):
        return 'A.toString'
    def valueOf(self):
        return 42
class B(A):
    def hasOwnProperty(self, name):
        return name + '?'
b = B()
b.then = 'instance then'
b.prototype = 'instance prototype'
b.constructor = 'instance constructor'
print(b.constructor, B.constructor, b.length, b.toString(), b.valueOf(), b.hasOwnProperty('x'), b.then, b.prototype)
print(hasattr(b, 'then'), hasattr(B, 'then'), getattr(b, 'call', None), hasattr(A(), 'constructor'))
del b.constructor
print(b.constructor, getattr(b, 'valueOf')())
setattr(b, 'toLocaleString', 1)
print(b.toLocaleString, A.__name__)
`,
    stdout: `instance constructor class constructor 3 A.toString 42 x? instance then instance prototype
True False None True
class constructor 42
1 A
`,
  },
  {
    name: "JS global names are undefined Python names",
    source: `for probe in [lambda: globalThis, lambda: undefined, lambda: this, lambda: Object, lambda: Array,
              lambda: Function, lambda: NaN, lambda: Infinity, lambda: Reflect, lambda: process,
              lambda: require, lambda: constructor, lambda: prototype]:
    try:
        probe()
    except NameError as e:
        print(str(e).split('.')[0])
def h(a):
    return arguments
try:
    h(1)
except NameError as e:
    print(str(e).split('.')[0])
`,
    stdout: `name 'globalThis' is not defined
name 'undefined' is not defined
name 'this' is not defined
name 'Object' is not defined
name 'Array' is not defined
name 'Function' is not defined
name 'NaN' is not defined
name 'Infinity' is not defined
name 'Reflect' is not defined
name 'process' is not defined
name 'require' is not defined
name 'constructor' is not defined
name 'prototype' is not defined
name 'arguments' is not defined
`,
  },
  {
    name: "JS reserved words and globals are plain Python names",
    source: `Object = 1; Array = 2; Function = 3; globalThis = 4; this = 5; arguments = 6; undefined = 7; NaN = 8
Infinity = 9; function = 10; var = 11; let = 12; new = 13; delete = 14; typeof = 15; void = 16
instanceof = 17; switch = 18; default = 19; catch = 20; throw = 21; enum = 22; static = 23
constructor = 24; prototype = 25
print(Object + Array + Function + globalThis + this + arguments + undefined + NaN + Infinity + function
      + var + let + new + delete + typeof + void + instanceof + switch + default + catch + throw + enum
      + static + constructor + prototype)
def new(delete, typeof=1, *args, void=2, **arguments):
    var = delete + typeof + void
    return var, args, arguments
print(new(3), new(1, 2, 3, void=0, this=1))
class switch:
    default = 'd'
    def case(self, instanceof):
        return instanceof
class constructor(switch):
    prototype = 'p'
print(switch().case('x'), constructor.default, constructor().prototype, constructor.__name__, constructor().case(1))
def outer():
    let = 1
    def inner():
        nonlocal let
        let += 1
        return let
    return inner()
print(outer(), [typeof for typeof in range(3)], (lambda this: this * 2)(4))
`,
    stdout: `325
(6, (), {}) (3, (3,), {'this': 1})
x d p constructor 1
2 [0, 1, 2] 8
`,
  },
];

describe('JS names as Python keys, attributes and variables', () => {
  it.each(SNIPPETS)('$name', async ({ source, stdout }) => {
    const r = await sandbox.run(source);
    expect(r.error, JSON.stringify(r.error)).toBeNull();
    expect(r.stdout).toBe(stdout);
  });
});
