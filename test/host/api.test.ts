// The public entry (src/index.ts): lint without running, compile's Program shape, one-shot run.

import { describe, expect, it } from 'vitest';
import { compile, lint, run, DEFAULT_LIMITS, CODES } from '../../src/index.js';
import { assertRuntimeBuilt } from './runtime-bundle.js';

describe('lint', () => {
  it('reports policy diagnostics in source order, with a manifest', () => {
    const { diagnostics, manifest } = lint('x = eval("1")\nimport os\n', { filename: 'p.py' });
    expect(diagnostics.map((d) => d.code)).toEqual(['E201', 'E202']);
    expect(diagnostics[0]!.span.start).toBeLessThan(diagnostics[1]!.span.start);
    expect(manifest).not.toBeNull();
    expect(Object.keys(CODES)).toContain('E201');
  });

  it('reports syntax errors with no manifest, and nothing for a clean script', () => {
    const bad = lint('x = (\n');
    expect(bad.manifest).toBeNull();
    expect(bad.diagnostics[0]).toMatchObject({ code: 'E100', data: { pyType: 'SyntaxError' } });
    expect(lint('print(1)\n').diagnostics).toEqual([]);
  });
});

describe('compile and run', () => {
  it('compiles to a runnable Program once', () => {
    const p = compile('def f(x):\n    return x\nf(1)\n', { filename: 'f.py' });
    expect(p.ok).toBe(true);
    expect(p.filename).toBe('f.py');
    expect(p.js).toMatch(/^\(function \$module\(\$rt\)/);
    expect(p.sourceMap?.version).toBe(3);
    expect(Object.values(p.codeNames)).toContain('f');
    expect(compile('x = (').ok).toBe(false);
  });

  it('runs one-shot with its own limits', async () => {
    assertRuntimeBuilt();
    const r = await run('n * 3', { inputs: { n: 14 } });
    expect(r).toMatchObject({ ok: true, value: 42, error: null });
    const limited = await run('while True:\n    pass\n', { limits: { maxOps: 50 } });
    expect(limited.error).toMatchObject({ kind: 'limit', limit: 'ops' });
    expect(DEFAULT_LIMITS.maxOps).toBe(200_000_000);
  });
});
