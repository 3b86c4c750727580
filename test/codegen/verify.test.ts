// The verifier accepts codegen's vocabulary and rejects everything else: one hand-written
// violation per rule. (That it accepts every golden sample is checked in goldens.test.ts.)

import { describe, expect, it } from 'vitest';
import { verify } from '../../src/codegen/index.js';
import { ABI_LIST_IS_COMPLETE, ABI_MEMBERS } from '../../src/codegen/abi-members.js';

const wrap = (body: string): string =>
  `(function $module($rt) {\n"use strict";\nconst $s = $rt.state;\nlet x$g = $rt.initGlobal("x");\nlet $t1;\n${body}\n});`;

const codes = (js: string): string[] => verify(js).map((d) => d.code);

describe('verify', () => {
  it('accepts the generated vocabulary', () => {
    const ok = wrap(`
if (--$s.ops < 0) $rt.outOfOps();
x$g = $rt.add(x$g !== undefined ? x$g : $rt.globalMissing("x"), -1);
if (!$rt.truthy(x$g) && $rt.is(x$g, null) || false) { x$g = 1n; }
$rt.truthy(x$g) || $rt.assertFail("m");
x$g = $rt.def(function f$f(a$) {
  if (++$s.depth > $s.maxDepth) $rt.tooDeep();
  try { return $rt.list([a$, ...$rt.spreadInto([], a$)]); } finally { $s.depth--; }
}, { name: "f", params: ["a"], kwdefaults: { "é": 1 } });
for (const $i2 of $rt.iterate(x$g)) { $t1 = $rt.unpack($i2, 2); x$g = $t1[0]; }
try { } catch ($e3) { const $x4 = $rt.caught($e3); throw $x4; } finally { if ($s.halt !== null) throw $s.halt; }
const [$exit5, $val6] = $rt.withEnter(x$g);
return ($t1 = $rt.classLookup(x$g, "y")) !== undefined ? $t1 : null;`);
    expect(verify(ok)).toEqual([]);
  });

  it('keeps the ABI member list complete', () => {
    expect(ABI_LIST_IS_COMPLETE).toBe(true);
    expect(new Set(ABI_MEMBERS).size).toBe(ABI_MEMBERS.length);
  });

  const violations: Record<string, string> = {
    'unparsable output': '(function $module($rt) {',
    'program shape': '(function $module($rt) { "use strict"; }); 1;',
    'module parameter': '(function $module($x) { "use strict"; });',
    'missing use strict': '(function $module($rt) { const $s = $rt.state; });',
    'unknown ABI member': wrap('$rt.constructor(x$g);'),
    'unknown state field': wrap('$s.constructor;'),
    'member access on a script value': wrap('x$g.y$;'),
    'computed member access': wrap('$t1[x$g];'),
    'computed member on a script value': wrap('x$g[0];'),
    'raw identifier': wrap('foo = 1;'),
    '$rt as a value': wrap('$rt.call(x$g, $rt);'),
    '$s as a value': wrap('$rt.call(x$g, $s);'),
    'this': wrap('$rt.call(x$g, this);'),
    'new': wrap('x$g = new $t1();'),
    'eval': wrap('eval("1");'),
    'Function': wrap('Function("return 1");'),
    'import()': wrap('import("fs");'),
    'with': '(function $module($rt) { with ($rt) {} });',
    'arguments': wrap('x$g = arguments;'),
    'template literal': wrap('x$g = `a`;'),
    'getter': wrap('x$g = { get a() { return 1; } };'),
    'method property': wrap('x$g = { a() {} };'),
    '__proto__ key': wrap('x$g = { __proto__: null };'),
    'delete': wrap('delete $t1[0];'),
    'in': wrap('x$g = "a" in $t1;'),
    'instanceof': wrap('x$g = $t1 instanceof $t1;'),
    'raw binary operator on script values': wrap('x$g = x$g + 1;'),
    'typeof': wrap('x$g = typeof x$g;'),
    'raw ! on a script value': wrap('x$g = !x$g;'),
    'raw && on script values': wrap('x$g = x$g && x$g;'),
    'compound assignment': wrap('x$g += 1;'),
    'assignment to a member': wrap('$rt.state = 1;'),
    'update of a script value': wrap('x$g++;'),
    'direct call of a script value': wrap('x$g(1);'),
    'spread of a script value': wrap('$rt.call(x$g, ...x$g);'),
    'arrow function': wrap('x$g = () => 1;'),
    'unnamed function': wrap('x$g = $rt.def(function () {}, {});'),
    'label': wrap('l: for (x$g of $rt.iterate(x$g)) { break l; }'),
    'for-of over a script value': wrap('for (x$g of x$g) {}'),
    'for-in': wrap('for (x$g in $t1) {}'),
    'var': wrap('var y$ = 1;'),
    'regex': wrap('x$g = /a/;'),
    'throw of a script value': wrap('throw x$g;'),
    'class': wrap('x$g = class {};'),
    'async function': wrap('x$g = $rt.def(async function f$f() {}, {});'),
    'yield* of a script value': wrap('x$g = $rt.def(function* f$f() { yield* x$g; }, {});'),
    'destructuring outside with': wrap('const [$a1] = $t1;'),
    'test that is not a boolean': wrap('if (x$g) {}'),
    'optional chaining': wrap('$rt?.add(1, 2);'),
    'nullish coalescing': wrap('x$g = $t1 ?? $t1;'),
    'unary minus on a script value': wrap('x$g = -x$g;'),
    'array literal as a script value': wrap('$rt.call(x$g, [1]);'),
    'array literal assigned to a script name': wrap('x$g = [1];'),
    'object literal outside def meta': wrap('$rt.call(x$g, { a: 1 });'),
  };
  for (const [rule, js] of Object.entries(violations)) {
    it(`rejects ${rule}`, () => {
      expect(codes(js)).toContain('E300');
    });
  }
});
