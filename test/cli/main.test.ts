// The CLI in-process: main() with a recording Io, so command logic is checked without a build or
// child processes (cli.test.ts covers the real executable).

import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';

function fakeIo(files: Record<string, string>, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    out: (t) => void out.push(t),
    err: (t) => void err.push(t),
    readStdin: async () => Buffer.from(stdin),
    readFile: async (path) => {
      const name = path.replace(/^\/w\//, '');
      if (!(name in files)) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
      return Buffer.from(files[name]!);
    },
    cwd: '/w',
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

describe('main', () => {
  it('answers help and version', async () => {
    const h = fakeIo({});
    expect(await main(['help', 'lint'], h.io)).toBe(0);
    expect(h.out()).toMatch(/^Usage: corral lint/);
    const v = fakeIo({});
    expect(await main(['--version'], v.io)).toBe(0);
    expect(v.out()).toMatch(/^corral \d+\.\d+\.\d+\n$/);
  });

  // Statuses and stderr as python3 gives them for the same script (`print("a")` then the line).
  it.each([
    ['exit(3)', 3, ''],
    ['quit()', 0, ''],
    ['exit(True)', 1, ''],
    ['raise SystemExit(None)', 0, ''],
    ['raise SystemExit("bye")', 1, 'bye\n'],
    ['raise SystemExit(2.5)', 1, '2.5\n'],
    ['raise SystemExit(1, 2)', 1, '(1, 2)\n'],
    ['class Done(SystemExit): pass\nraise Done(4)', 4, ''],
  ])('ends quietly on an uncaught SystemExit: %s', async (line, status, stderr) => {
    const f = fakeIo({ 'a.py': `print("a")\n${line}\n` });
    expect(await main(['run', 'a.py'], f.io)).toBe(status);
    expect(f.out()).toBe('a\n');
    expect(f.err()).toBe(stderr);
  });

  it('runs a script, streaming output, and reports exceptions', async () => {
    const f = fakeIo({ 'a.py': 'print("x")\nraise ValueError("bad")\n' });
    expect(await main(['run', 'a.py'], f.io)).toBe(1);
    expect(f.out()).toBe('x\n');
    expect(f.err()).toBe('Traceback (most recent call last):\n  File "a.py", line 2, in <module>\n    raise ValueError("bad")\nValueError: bad\n');
  });

  it('runs stdin and applies limit flags', async () => {
    const f = fakeIo({}, 'while True:\n    pass\n');
    expect(await main(['run', '--max-ops', '500', '-'], f.io)).toBe(1);
    expect(f.err()).toBe('corral: limit exceeded: op budget of 500 ops exhausted\n');
  });

  it('maps usage and file errors to status 2', async () => {
    const f = fakeIo({});
    expect(await main(['run', '--timeout', '0', 'a.py'], f.io)).toBe(2);
    expect(f.err().split('\n')[0]).toBe("corral: --timeout expects an integer from 1 to 2147483647, got '0'");
    const big = fakeIo({});
    expect(await main(['run', '--timeout', '99999999999', 'a.py'], big.io)).toBe(2);
    const g = fakeIo({});
    expect(await main(['lint', 'missing.py'], g.io)).toBe(2);
    expect(g.err()).toBe("corral: can't open file 'missing.py': [Errno 2] No such file or directory\n");
    const h = fakeIo({});
    expect(await main(['transpile'], h.io)).toBe(2);
    expect(await main([], h.io)).toBe(2);
  });

  it('lints as text and JSON', async () => {
    const files = { 'ok.py': 'x = 1\n', 'bad.py': 'x = 1\ny = eval("2")\n' };
    const t = fakeIo(files);
    expect(await main(['lint', 'ok.py', 'bad.py'], t.io)).toBe(1);
    expect(t.out()).toMatch(/^bad\.py:2:5: E201 /);
    const j = fakeIo(files);
    expect(await main(['lint', '--format', 'json', 'ok.py', 'bad.py'], j.io)).toBe(1);
    const report = JSON.parse(j.out()) as { filePath: string; errorCount: number; messages: { line: number; column: number; endColumn: number }[] }[];
    expect(report.map((r) => [r.filePath, r.errorCount])).toEqual([['ok.py', 0], ['bad.py', 1]]);
    expect(report[1]!.messages[0]).toMatchObject({ line: 2, column: 5, endColumn: 9 });
    const clean = fakeIo(files);
    expect(await main(['lint', 'ok.py'], clean.io)).toBe(0);
    expect(clean.out()).toBe('');
  });

  it('transpiles and reports compile errors', async () => {
    const f = fakeIo({ 'a.py': 'print(1)\n', 'b.py': 'x = (\n' });
    expect(await main(['transpile', 'a.py'], f.io)).toBe(0);
    expect(f.out()).toMatch(/^\(function \$module\(\$rt\)/);
    const g = fakeIo({ 'b.py': 'x = (\n' });
    expect(await main(['transpile', 'b.py'], g.io)).toBe(1);
    expect(g.err()).toMatch(/^b\.py:1:5: E100/);
  });
});
