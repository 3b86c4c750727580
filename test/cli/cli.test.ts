// The CLI end to end through child processes: exit codes, the stdout/stderr split, stdin, usage
// errors, limits, and tracebacks compared with the text CPython 3.11 prints for the same command
// (checked in, ~~~^~~~ marker lines included; test/tracebacks holds many more).

import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { BIN, assertBuilt, corral, scripts } from './cli-helpers.js';

const dir = scripts({
  'hello.py': 'print("hello")\nprint(1 + 2)\n',
  'boom.py': 'def f():\n    return 1 / 0\n\nprint("before")\nf()\n',
  'loop.py': 'print("start")\nwhile True:\n    pass\n',
  'syntax.py': 'x = (\n',
  'policy.py': 'eval("1")\n',
  'many.py': 'for i in range(100000):\n    print(i)\n',
  'latin1.py': Buffer.from('print("caf\xe9")\n', 'latin1'),
  'chain.py': 'try:\n    1/0\nexcept Exception as e:\n    raise KeyError("k") from e\n',
});

beforeAll(() => assertBuilt());

describe('corral (no command)', () => {
  it('prints the version and help', () => {
    expect(corral(['--version'])).toMatchObject({ status: 0, stdout: expect.stringMatching(/^corral \d+\.\d+\.\d+\n$/) });
    const help = corral(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: corral <command>/);
    expect(corral(['help', 'run']).stdout).toContain('--max-ops N');
    expect(corral(['run', '--help']).stdout).toContain('--max-ops N');
  });

  it('reports usage errors with status 2', () => {
    const none = corral([]);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^Usage: corral/);
    const unknown = corral(['frobnicate']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.split('\n')[0]).toBe("corral: unknown command 'frobnicate'");
    const flag = corral(['run', '--bogus', 'hello.py'], { cwd: dir });
    expect(flag.status).toBe(2);
    expect(flag.stderr.split('\n')[0]).toMatch(/^corral: .*--bogus/);
    expect(flag.stderr).toContain('Usage: corral run');
    expect(flag.stderr.split('\n')[0]).toBe("corral: unknown option '--bogus'");
    const missing = corral(['run'], { cwd: dir });
    expect(missing.status).toBe(2);
    expect(missing.stderr.split('\n')[0]).toBe('corral: missing FILE');
    expect(corral(['run', '--max-ops', 'lots', 'hello.py'], { cwd: dir }).status).toBe(2);
  });

  it("uses python3's wording for a file it cannot open", () => {
    const r = corral(['run', 'nope.py'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`corral: can't open file 'nope.py': [Errno 2] No such file or directory\n`);
  });
});

describe('corral run', () => {
  it('runs a script like python3', () => {
    expect(corral(['run', 'hello.py'], { cwd: dir })).toEqual({ status: 0, stdout: 'hello\n3\n', stderr: '' });
  });

  it('prints the traceback of an uncaught exception to stderr and exits 1', () => {
    const r = corral(['run', 'boom.py'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('before\n');
    const file = 'boom.py'; // as typed: the host's directories are not shown
    expect(r.stderr).toBe(
      'Traceback (most recent call last):\n' +
      `  File "${file}", line 5, in <module>\n    f()\n` +
      `  File "${file}", line 2, in f\n    return 1 / 0\n           ~~^~~\n` +
      'ZeroDivisionError: division by zero\n');
  });

  it('prints chained exceptions', () => {
    const r = corral(['run', 'chain.py'], { cwd: dir });
    expect(r.status).toBe(1);
    const file = 'chain.py';
    expect(r.stderr).toBe(
      `Traceback (most recent call last):\n  File "${file}", line 2, in <module>\n    1/0\n    ~^~\n` +
      'ZeroDivisionError: division by zero\n\nThe above exception was the direct cause of the following exception:\n\n' +
      `Traceback (most recent call last):\n  File "${file}", line 4, in <module>\n    raise KeyError("k") from e\n` +
      "KeyError: 'k'\n");
  });

  it('reads the script from stdin', () => {
    const r = corral(['run', '-'], { input: 'print("in")\n\nraise ValueError()\n' });
    expect(r).toEqual({
      status: 1, stdout: 'in\n',
      stderr: 'Traceback (most recent call last):\n  File "<stdin>", line 3, in <module>\nValueError\n',
    });
  });

  it('refuses a file that is not UTF-8 with CPython\'s message', () => {
    const r = corral(['run', 'latin1.py'], { cwd: dir });
    expect(r).toEqual({
      status: 1, stdout: '',
      stderr: `SyntaxError: Non-UTF-8 code starting with '\\xe9' in file latin1.py on line 1, ` +
        'but no encoding declared; see https://peps.python.org/pep-0263/ for details\n',
    });
  });

  it('prints syntax errors as CPython does', () => {
    const r = corral(['run', 'syntax.py'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`  File "syntax.py", line 1\n    x = (\n        ^\nSyntaxError: '(' was never closed\n`);
  });

  it('gives one verdict line for the op budget and the timeout', () => {
    const ops = corral(['run', '--max-ops', '1000', 'loop.py'], { cwd: dir });
    expect(ops).toEqual({ status: 1, stdout: 'start\n', stderr: 'corral: limit exceeded: op budget of 1000 ops exhausted\n' });
    const time = corral(['run', '--max-ops', '1000000000000', '--timeout', '300', 'loop.py'], { cwd: dir });
    expect(time.status).toBe(1);
    expect(time.stderr).toBe('corral: limit exceeded: time limit of 300 ms exceeded\n');
  });

  it('stops quietly when its reader goes away', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" run many.py | head -n 1`], {
      cwd: dir, encoding: 'utf8', timeout: 60_000,
    });
    expect(r.stdout.split('\n')[0]).toBe('0');
    expect(r.stderr).toBe('');
  });

  it('forwards SIGTERM from the wrapper to the script process', async () => {
    const env = { ...process.env };
    delete env['NODE_OPTIONS'];
    const child = spawn(process.execPath, [BIN, 'run', '--timeout', '60000', '--max-ops', '1000000000000', 'loop.py'], { cwd: dir, env });
    await new Promise((r) => setTimeout(r, 1500));
    const started = Date.now();
    child.kill('SIGTERM');
    const [code, signal] = await new Promise<[number | null, string | null]>((r) => child.on('exit', (c, s) => r([c, s])));
    expect(Date.now() - started).toBeLessThan(5000);
    expect([code, signal]).toEqual([null, 'SIGTERM']);
  });

  it('prints policy violations as diagnostics', () => {
    const r = corral(['run', 'policy.py'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/policy\.py:1:1: E201/);
  });
});

describe('corral lint and transpile', () => {
  it('lints files: text and ESLint-shaped JSON', () => {
    expect(corral(['lint', 'hello.py'], { cwd: dir })).toEqual({ status: 0, stdout: '', stderr: '' });
    const bad = corral(['lint', 'hello.py', 'policy.py'], { cwd: dir });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/^policy\.py:1:1: E201/);
    const json = corral(['lint', '--format', 'json', 'policy.py'], { cwd: dir });
    expect(json.status).toBe(1);
    const report = JSON.parse(json.stdout) as { filePath: string; messages: { ruleId: string; severity: number; line: number; column: number }[]; errorCount: number }[];
    expect(report).toHaveLength(1);
    expect(report[0]).toMatchObject({ filePath: 'policy.py', errorCount: 1, warningCount: 0 });
    expect(report[0]!.messages[0]).toMatchObject({ ruleId: 'E201', severity: 2, line: 1, column: 1 });
    expect(corral(['lint', '--format', 'xml', 'hello.py'], { cwd: dir }).status).toBe(2);
  });

  it('transpiles, optionally with an inline source map', () => {
    const js = corral(['transpile', 'hello.py'], { cwd: dir });
    expect(js.status).toBe(0);
    expect(js.stdout).toContain('$module');
    const mapped = corral(['transpile', '--source-map', 'hello.py'], { cwd: dir });
    const url = mapped.stdout.trimEnd().split('\n').pop()!;
    expect(url).toMatch(/^\/\/# sourceMappingURL=data:application\/json;charset=utf-8;base64,/);
    const map = JSON.parse(Buffer.from(url.split(',')[1]!, 'base64').toString('utf8')) as { version: number };
    expect(map.version).toBe(3);
    expect(corral(['transpile', 'syntax.py'], { cwd: dir }).status).toBe(1);
  });
});
