// sandbox.call: run the module, then call one of its module-level names with converted arguments.
// The value is the call's return value; errors are CPython's (checked with python3); limits cover
// the module and the call together; bad arguments reject like bad inputs.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MarshalError, Sandbox } from '../../src/index.js';
import { assertRuntimeBuilt } from './runtime-bundle.js';

beforeAll(() => assertRuntimeBuilt());

const SOURCE = `print("module")
x = 5
def f(a, b=2, *, c=3):
    print("in f", a, b, c)
    return {"sum": a + b + c, "items": [a, b, c], "big": 2 ** 70}
def outer(n):
    return inner(n)
def inner(n):
    return 1 // n
def uses_input():
    return limit * 2
class C:
    pass
g = lambda y: y * x
def spin():
    while True:
        pass
`;

describe('Sandbox.call', () => {
  const sandbox = new Sandbox({ filename: 'script.py' });
  afterAll(() => sandbox.dispose());

  it('calls with positional and keyword arguments and returns dict, list and bigint', async () => {
    const r = await sandbox.call(SOURCE, 'f', [1], { c: 10 });
    expect(r.error).toBeNull();
    expect(r.value).toEqual(Object.assign(Object.create(null), { sum: 13, items: [1, 2, 10], big: 2n ** 70n }));
    // module-level prints come first, then the call's
    expect(r.stdout).toBe('module\nin f 1 2 10\n');
  });

  it('raises NameError for a name the module does not define', async () => {
    const r = await sandbox.call(SOURCE, 'nope');
    expect(r.ok).toBe(false);
    expect(r.stdout).toBe('module\n');
    expect(r.error).toMatchObject({ kind: 'exception', type: 'NameError', message: "name 'nope' is not defined" });
  });

  it("raises CPython's TypeErrors for a non-callable and for wrong arity", async () => {
    const notCallable = await sandbox.call(SOURCE, 'x');
    expect(notCallable.error).toMatchObject({ type: 'TypeError', message: "'int' object is not callable" });
    const missing = await sandbox.call(SOURCE, 'f');
    expect(missing.error).toMatchObject({ type: 'TypeError', message: "f() missing 1 required positional argument: 'a'" });
    const tooMany = await sandbox.call(SOURCE, 'f', [1, 2, 3]);
    expect(tooMany.error).toMatchObject({ type: 'TypeError', message: 'f() takes from 1 to 2 positional arguments but 3 were given' });
    const unexpected = await sandbox.call(SOURCE, 'f', [1], { d: 1 });
    expect(unexpected.error).toMatchObject({ type: 'TypeError', message: "f() got an unexpected keyword argument 'd'" });
  });

  it("reports an exception inside the function with the function's frames", async () => {
    const r = await sandbox.call(SOURCE, 'outer', [0]);
    expect(r.error?.kind).toBe('exception');
    if (r.error?.kind !== 'exception') return;
    expect(r.error.type).toBe('ZeroDivisionError');
    expect(r.error.traceback).toBe([
      'Traceback (most recent call last):',
      '  File "script.py", line 7, in outer',
      '    return inner(n)',
      '           ^^^^^^^^',
      '  File "script.py", line 9, in inner',
      '    return 1 // n',
      '           ~~^^~~',
      'ZeroDivisionError: integer division or modulo by zero',
      '',
    ].join('\n'));
  });

  it('applies the op budget to the call and ends with a limit verdict', async () => {
    const small = new Sandbox({ limits: { maxOps: 10_000 } });
    const r = await small.call(SOURCE, 'spin');
    expect(r.error).toMatchObject({ kind: 'limit', limit: 'ops' });
    expect(r.stdout).toBe('module\n');
    // the sandbox still works afterwards
    expect((await small.call(SOURCE, 'g', [2])).value).toBe(10);
    small.dispose();
  });

  it('does not call when the module itself raises', async () => {
    const r = await sandbox.call('def f():\n    print("called")\nraise ValueError("bad")\n', 'f');
    expect(r.error).toMatchObject({ type: 'ValueError', message: 'bad' });
    expect(r.stdout).toBe('');
  });

  it('gives the function the run inputs', async () => {
    const r = await sandbox.call(SOURCE, 'uses_input', [], {}, { inputs: { limit: 21 } });
    expect(r.value).toBe(42);
    // an input that the module never mentions can be called too, as a global read finds it
    const builtin = await sandbox.call('pass', 'len', [[1, 2, 3]]);
    expect(builtin.value).toBe(3);
  });

  it('rejects arguments that cannot be converted with MarshalError', async () => {
    await expect(sandbox.call(SOURCE, 'f', [() => 1])).rejects.toThrow(MarshalError);
    await expect(sandbox.call(SOURCE, 'f', [1], { 'not-a-name': 1 })).rejects.toThrow(MarshalError);
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    await expect(sandbox.call(SOURCE, 'f', [cyclic])).rejects.toThrow(/argument 0 contains a cycle/);
    // the sandbox is still usable
    expect((await sandbox.call(SOURCE, 'g', [1])).value).toBe(5);
  });

  it('starts every call from fresh state', async () => {
    const src = 'count = 0\ndef bump():\n    global count\n    count += 1\n    return count\n';
    expect((await sandbox.call(src, 'bump')).value).toBe(1);
    expect((await sandbox.call(src, 'bump')).value).toBe(1);
  });

  it('returns an unsupported marker for a class call, as run does for such values, and calls a lambda', async () => {
    const r = await sandbox.call(SOURCE, 'C');
    expect(r.ok).toBe(true);
    expect(r.value).toEqual((await sandbox.run('class C:\n    pass\nC()')).value);
    expect((await sandbox.call(SOURCE, 'g', [4])).value).toBe(20);
  });
});
