// The attribute policy has one source (src/runtime/builtins/dunder-allowlist.ts): the restriction
// pass refuses `obj.NAME` statically exactly for the names the runtime refuses when a script
// computes them, and a refused name behaves everywhere exactly as a missing attribute.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile, Sandbox } from '../../src/index.js';
import * as runtimePolicy from '../../src/runtime/builtins/dunder-allowlist.js';
import * as restrictPolicy from '../../src/restrict/dunder-allowlist.js';
import { INTERNAL_ATTRIBUTES } from '../../src/restrict/internal-attributes.js';
import { assertRuntimeBuilt } from '../host/runtime-bundle.js';

/** Names the runtime used to let getattr reach although restrict refused them, classic escape steps, and look-alikes that must stay legal. */
const PROBES = [
  '__dict__', '__mro__', '__bases__', '__base__', '__traceback__', '__globals__', '__subclasses__', '__builtins__',
  '__code__', '__closure__', '__defaults__', '__kwdefaults__', '__self__', '__func__', '__getattribute__',
  '__reduce__', '__reduce_ex__', '__weakref__', '__wrapped__', '__proto__', '__defineGetter__', '__annotations__',
  'f_score', 'co_owner', 'gi_frames', 'constructor', 'prototype', 'mro', 'x', '__x', 'x__', '____',
];

function staticallyRefused(name: string): boolean {
  const p = compile(`o.${name}\n`);
  return p.diagnostics.some((d) => d.code === 'E200' || d.code === 'E205');
}

describe('one attribute policy', () => {
  it('restrict re-exports the runtime lists themselves', () => {
    expect(restrictPolicy.SPECIAL_METHODS).toBe(runtimePolicy.SPECIAL_METHODS);
    expect(restrictPolicy.METADATA_ATTRIBUTES).toBe(runtimePolicy.METADATA_ATTRIBUTES);
    expect(restrictPolicy.READ_ONLY_ATTRIBUTES).toBe(runtimePolicy.READ_ONLY_ATTRIBUTES);
    expect(restrictPolicy.ALLOWED_DUNDER_NAMES).toBe(runtimePolicy.ALLOWED_DUNDER_NAMES);
    expect(INTERNAL_ATTRIBUTES).toBe(runtimePolicy.INTERNAL_ATTRIBUTES);
  });

  it('the runtime refuses a computed name exactly when restrict refuses the static read', () => {
    const names = [...runtimePolicy.SPECIAL_METHODS, ...runtimePolicy.METADATA_ATTRIBUTES, ...INTERNAL_ATTRIBUTES, ...PROBES];
    const disagree = names.filter((n) => runtimePolicy.isRefusedAttribute(n) !== staticallyRefused(n));
    expect(disagree).toEqual([]);
    // Both outcomes occur, so the comparison above can fail either way.
    expect(runtimePolicy.isRefusedAttribute('__dict__')).toBe(true);
    expect(runtimePolicy.isRefusedAttribute('gi_frame')).toBe(true);
    expect(runtimePolicy.isRefusedAttribute('__init__')).toBe(false);
    expect(runtimePolicy.isRefusedAttribute('f_score')).toBe(false);
  });
});

// Runs inside the sandbox: every refused name, on values of many types, against a name that is
// simply missing ('zq_missing'), through getattr, hasattr, getattr's default, setattr, delattr,
// str.format fields and super(). Prints one line per disagreement, then how many checks ran.
const REFUSED_LIKE_MISSING = `
class A:
    def m(self):
        return super()
class L(list):
    pass
def f():
    pass
def gen():
    yield 1
def err(action):
    try:
        action()
    except (AttributeError, TypeError, KeyError) as e:
        return type(e).__name__ + ': ' + str(e)
    return 'no error'
values = [1, 2 ** 80, 1.5, 'abc', b'x', [1], (1,), {'k': 1}, {1}, range(2), f, lambda: 0, print, A().m, A, A(),
          int, type, object, gen(), ValueError('v'), {}.keys(), iter([]), A().m(), L(), KeyError]
names = NAMES
checks = 0
for v in values:
    missing_get = err(lambda: getattr(v, 'zq_missing'))
    missing_set = err(lambda: setattr(v, 'zq_missing', 1))
    missing_del = err(lambda: delattr(v, 'zq_missing'))
    missing_fmt = err(lambda: '{0.zq_missing}'.format(v))
    for n in names:
        same = lambda msg: msg.replace('zq_missing', n)
        got = [err(lambda: getattr(v, n)), hasattr(v, n), getattr(v, n, 'dflt'), err(lambda: ('{0.' + n + '}').format(v))]
        want = [same(missing_get), False, 'dflt', same(missing_fmt)]
        set_got = err(lambda: setattr(v, n, 1))
        # Where storing a missing name succeeds (instances, classes), the refusal uses the read wording.
        got += [set_got, hasattr(v, n), err(lambda: delattr(v, n))]
        want += [same(missing_set) if missing_set != 'no error' else same(missing_get), False,
                 same(missing_del) if missing_del != 'no error' else same(missing_get)]
        if got != want:
            print('mismatch', type(v).__name__, n, got, want)
        checks += 1
print('checked', checks)
`;

describe('a refused name is a missing attribute', () => {
  let sandbox: Sandbox;
  beforeAll(() => {
    assertRuntimeBuilt();
    sandbox = new Sandbox({ limits: { maxOps: 50_000_000, timeoutMs: 20_000 } });
  });
  afterAll(() => sandbox.dispose());

  it('for getattr, hasattr, defaults, setattr, delattr and format fields on every type', async () => {
    const refused = PROBES.filter((n) => runtimePolicy.isRefusedAttribute(n)).concat(['gi_frame', 'f_globals', 'tb_frame', 'co_code']);
    // Names are joined at run time in the script, so the restriction pass never sees them.
    const list = `[${refused.map((n) => `'${n.slice(0, 2)}' + '${n.slice(2)}'`).join(', ')}]`;
    const r = await sandbox.run(REFUSED_LIKE_MISSING.replace('NAMES', list));
    expect(r.error, JSON.stringify(r.error)).toBeNull();
    expect(r.stdout).toBe(`checked ${26 * refused.length}\n`);
  }, 60_000);

  it('for attribute lookups through super()', async () => {
    const r = await sandbox.run([
      'class A:',
      '    def probe(self, name):',
      '        try:',
      '            getattr(super(), name)',
      '        except AttributeError as e:',
      '            return str(e)',
      "for n in ['__di' + 'ct__', '__getattri' + 'bute__', '__se' + 'lf__', '__thisclass__', 'gi_' + 'frame', 'zq']:",
      '    print(A().probe(n))',
      '',
    ].join('\n'));
    expect(r.error, JSON.stringify(r.error)).toBeNull();
    expect(r.stdout).toBe(['__dict__', '__getattribute__', '__self__', '__thisclass__', 'gi_frame', 'zq']
      .map((n) => `'super' object has no attribute '${n}'\n`).join(''));
  });
});
