// Definite assignment: reads of locals that are bound on every path lose their unbound check;
// every read that could see an unbound local keeps it.

import { describe, expect, it } from 'vitest';
import { compileOk } from './compile.js';
import { runFake } from './fake-rt.js';

const checks = async (body: string): Promise<number> => {
  const src = `def f(c, xs):\n${body.split('\n').map((l) => `    ${l}`).join('\n')}\n`;
  const { js } = await compileOk(src);
  return (js.match(/\$rt\.unboundLocal\("x"\)/g) ?? []).length;
};

describe('definite assignment', () => {
  const kept: Record<string, string> = {
    'assignment in one branch': 'if c:\n    x = 1\nreturn x',
    'assignment in a loop body': 'for i in xs:\n    x = i\nreturn x',
    'assignment in a while body': 'while c:\n    x = 1\n    break\nreturn x',
    'assignment in a try body': 'try:\n    x = c()\nexcept ValueError:\n    pass\nreturn x',
    'assignment in a with body': 'with c:\n    x = 1\nreturn x',
    'a deleted name': 'x = 1\ndel x\nx = 2\nreturn x',
    'an except-as name': 'x = 1\ntry:\n    pass\nexcept E as x:\n    pass\nreturn x',
    'a captured name': 'x = 1\ndef g():\n    nonlocal x\n    x = 2\ng()\nreturn x',
    'read before assignment': 'y = x\nx = 1',
    'walrus in a condition': 'if c and (x := 1):\n    pass\nreturn x',
    'a match capture after the match': 'match c:\n    case [x]:\n        pass\nreturn x',
  };
  for (const [what, body] of Object.entries(kept)) {
    it(`keeps the check: ${what}`, async () => {
      expect(await checks(body)).toBeGreaterThan(0);
    });
  }

  const dropped: Record<string, string> = {
    'straight-line code': 'x = 1\nreturn x + x',
    'a match capture in its case body and guard': 'match c:\n    case [x, *_] | {"k": x} if x:\n        return x',
    'both branches assign': 'if c:\n    x = 1\nelse:\n    x = 2\nreturn x',
    'a loop after an assignment': 'x = 0\nfor i in xs:\n    x = x + i\nreturn x',
    'a with target inside the body': 'with c as x:\n    return x',
    'try and handler both assign': 'try:\n    x = c()\nexcept ValueError:\n    x = 0\nreturn x',
    'finally assigns': 'try:\n    pass\nfinally:\n    x = 1\nreturn x',
    'a branch that returns': 'if c:\n    return 0\nelse:\n    x = 1\nreturn x',
    'a for target inside the body': 'for x in xs:\n    print(x)',
  };
  for (const [what, body] of Object.entries(dropped)) {
    it(`drops the check: ${what}`, async () => {
      expect(await checks(body)).toBe(0);
    });
  }

  it('still raises UnboundLocalError where a path leaves the name unbound', async () => {
    const { js } = await compileOk('def f(c):\n    if c:\n        x = 1\n    return x\nf(True)\nf(False)');
    expect(() => runFake(js)).toThrow(expect.objectContaining({ type: 'UnboundLocalError' }));
  });
});
