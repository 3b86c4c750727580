// `corral run --input JSON`, `--input-file FILE` and `--json`: in-process through main() with a
// recording Io, plus one run of the real executable. Expected Python output is what python3 prints
// for the same data loaded with json.loads.

import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';
import { toJsonValue } from '../../src/cli/json-result.js';
import { assertBuilt, corral, scripts } from './cli-helpers.js';

function fakeIo(files: Record<string, string | Uint8Array>, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const read: string[] = [];
  const io: Io = {
    out: (t) => void out.push(t),
    err: (t) => void err.push(t),
    readStdin: async () => Buffer.from(stdin),
    readFile: async (path) => {
      read.push(path);
      const name = path.replace(/^\/w\//, '');
      if (!(name in files)) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
      const f = files[name]!;
      return typeof f === 'string' ? Buffer.from(f) : f;
    },
    cwd: '/w',
  };
  return { io, out: () => out.join(''), err: () => err.join(''), read };
}

async function run(args: string[], files: Record<string, string | Uint8Array> = {}, stdin = '') {
  const f = fakeIo(files, stdin);
  const status = await main(['run', ...args], f.io);
  return { status, out: f.out(), err: f.err(), read: f.read };
}

/** Runs `source` with --json and parses the one document printed. */
async function runJson(source: string, args: string[] = []) {
  const r = await run(['--json', ...args, 'a.py'], { 'a.py': source });
  expect(r.err).toBe('');
  expect(r.out.endsWith('\n')).toBe(true);
  expect(r.out.indexOf('\n')).toBe(r.out.length - 1); // exactly one line
  return { status: r.status, doc: JSON.parse(r.out) as Record<string, any> };
}

const TAGS = ['$bigint', '$float', '$bytes', '$set', '$map', '$unsupported'];

/** The reader docs/api.md describes for --json values. */
function decode(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(decode);
  if (v === null || typeof v !== 'object') return v;
  const o = v as Record<string, any>;
  const keys = Object.keys(o);
  if (keys.length === 1 && TAGS.includes(keys[0]!)) {
    const x = o[keys[0]!];
    switch (keys[0]) {
      case '$bigint': return BigInt(x);
      case '$float': return Number(x);
      case '$bytes': return new Uint8Array(Buffer.from(x, 'base64'));
      case '$set': return new Set(x.map(decode));
      case '$map': {
        const entries = (x as unknown[][]).map(([k, y]) => [decode(k), decode(y)] as const);
        if (!entries.every(([k]) => typeof k === 'string')) return new Map(entries);
        const d = Object.create(null) as Record<string, unknown>;
        for (const [k, y] of entries) d[k as string] = y;
        return d;
      }
      default: return { $unsupported: x };
    }
  }
  const d = Object.create(null) as Record<string, unknown>;
  for (const k of keys) d[k] = decode(o[k]);
  return d;
}

describe('corral run --input / --input-file', () => {
  it('passes a JSON object as globals', async () => {
    const r = await run(['--input', '{"order": {"total": 21}}', 'a.py'], { 'a.py': 'print(order["total"] * 2)\n' });
    expect(r).toMatchObject({ status: 0, out: '42\n', err: '' });
  });

  it('converts nested lists and dicts, unicode, key order and big integers as json.loads does', async () => {
    const input = '{"o": {"b": [1, 2.5, null, true, false], "2": {"x": []}, "a": {}}, "s": "é€😀\\u0000\\ud83d\\ude00",'
      + ' "big": 12345678901234567890, "neg": -9007199254740993, "f": 1e400, "one": 1.0, "e": 1e3}';
    const r = await run(['--input', input, 'a.py'], {
      'a.py': 'print(o)\nprint(repr(s), len(s))\nprint(big, big + 1, neg, f, one, type(one).__name__, e)\nprint(list(o))\n',
    });
    expect(r.err).toBe('');
    expect(r.out).toBe(
      "{'b': [1, 2.5, None, True, False], '2': {'x': []}, 'a': {}}\n"
      + "'é€😀\\x00😀' 5\n"
      + '12345678901234567890 12345678901234567891 -9007199254740993 inf 1 int 1000\n'
      + "['b', '2', 'a']\n");
    expect(r.status).toBe(0);
  });

  it('reads --input-file (path as typed, a BOM allowed) and - as stdin', async () => {
    const r = await run(['--input-file', 'in/x.json', 'a.py'], { 'a.py': 'print(n)\n', 'in/x.json': '\uFEFF{"n": [1]}\n' });
    expect(r).toMatchObject({ status: 0, out: '[1]\n', err: '' });
    expect(r.read).toEqual(['/w/in/x.json', '/w/a.py']);
    const s = await run(['--input-file', '-', 'a.py'], { 'a.py': 'print(n)\n' }, '{"n": "from stdin"}');
    expect(s).toMatchObject({ status: 0, out: 'from stdin\n' });
  });

  it('accepts what the library accepts: keywords and dunder names are identifiers', async () => {
    // marshalInputs takes any Python identifier; a dunder name becomes a global the policy keeps
    // the script from naming, and never touches a prototype on the host.
    const r = await run(['--input', '{"__proto__": {"polluted": 1}, "if": 2, "x": 3}', 'a.py'], { 'a.py': 'print(x)\n' });
    expect(r).toMatchObject({ status: 0, out: '3\n', err: '' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it.each([
    [['--input', '{"a": }'], /^corral: --input is not valid JSON: .+/],
    [['--input', ''], /^corral: --input is not valid JSON: .+/],
    [['--input', '[1, 2]'], /^corral: --input must be a JSON object \(names to values\), got an array$/],
    [['--input', 'null'], /^corral: --input must be a JSON object \(names to values\), got null$/],
    [['--input', '"s"'], /^corral: --input must be a JSON object \(names to values\), got a string$/],
    [['--input', '7'], /^corral: --input must be a JSON object \(names to values\), got a number$/],
    [['--input', '{"1x": 1}'], /^corral: --input: input name '1x' is not a Python identifier$/],
    [['--input', '{"a-b": 1}'], /^corral: --input: input name 'a-b' is not a Python identifier$/],
    [['--input', '{"": 1}'], /^corral: --input: input name '' is not a Python identifier$/],
    [['--input', `{"x": ${'['.repeat(200)}${']'.repeat(200)}}`], /^corral: --input: input 'x' nests deeper than 100 levels$/],
    [['--input-file', 'bad.json'], /^corral: --input-file 'bad.json' is not valid JSON: .+/],
    [['--input-file', 'arr.json'], /^corral: --input-file 'arr.json' must be a JSON object \(names to values\), got an array$/],
    [['--input-file', 'latin1.json'], /^corral: --input-file 'latin1.json' is not UTF-8 text$/],
    [['--input', '{}', '--input-file', 'arr.json'], /^corral: --input and --input-file cannot be used together$/],
  ])('refuses %j with a usage error', async (flags, message) => {
    const files = { 'a.py': 'print(1)\n', 'bad.json': '{\n"a": 1,\n}\n', 'arr.json': '[]', 'latin1.json': Buffer.from('{"a": "caf\xe9"}', 'latin1') };
    const r = await run([...flags, 'a.py'], files);
    expect(r.status).toBe(2);
    expect(r.out).toBe('');
    const lines = r.err.split('\n');
    expect(lines[0]).toMatch(message);
    expect(lines.slice(1)).toEqual(['Usage: corral run [options] FILE|-', "Run 'corral help run' for more.", '']);
    expect(r.read).not.toContain('/w/a.py'); // refused before the script is read
  });

  it('refuses stdin for both the script and the inputs', async () => {
    const r = await run(['--input-file', '-', '-'], {}, 'print(1)\n');
    expect(r.status).toBe(2);
    expect(r.err.split('\n')[0]).toBe('corral: --input-file - and FILE - cannot both read stdin');
  });

  it("words an unreadable input file as python3 does, with the path as typed", async () => {
    const r = await run(['--input-file', 'data/missing.json', 'a.py'], { 'a.py': 'print(1)\n' });
    expect(r).toEqual({
      status: 2, out: '', read: ['/w/data/missing.json'],
      err: "corral: can't open file 'data/missing.json': [Errno 2] No such file or directory\n",
    });
  });
});

describe('corral run --json', () => {
  it('prints one document with the collected output and nothing else', async () => {
    const { status, doc } = await runJson('print("out")\nprint("é😀")\n1 + 1\n');
    expect(status).toBe(0);
    expect(doc).toEqual({ ok: true, value: 2, stdout: 'out\né😀\n', stderr: '', ops: expect.any(Number), error: null });
    expect(Object.keys(doc)).toEqual(['ok', 'value', 'stdout', 'stderr', 'ops', 'error']);
  });

  it('reports an exception inside the document, status 1', async () => {
    const { status, doc } = await runJson('print("x")\nraise ValueError("bad")\n');
    expect(status).toBe(1);
    expect(doc).toMatchObject({
      ok: false, value: null, stdout: 'x\n', stderr: '',
      error: {
        kind: 'exception', type: 'ValueError', message: 'bad',
        traceback: 'Traceback (most recent call last):\n  File "a.py", line 2, in <module>\n    raise ValueError("bad")\nValueError: bad\n',
      },
    });
  });

  it('keeps SystemExit statuses, with the message only in the document', async () => {
    const three = await runJson('exit(3)\n');
    expect(three.status).toBe(3);
    expect(three.doc['error']).toMatchObject({ type: 'SystemExit', exit: { code: 3, message: null } });
    const bye = await runJson('print("a")\nraise SystemExit("bye")\n');
    expect(bye.status).toBe(1);
    expect(bye.doc).toMatchObject({ stdout: 'a\n', stderr: '', error: { exit: { code: 1, message: 'bye' } } });
  });

  it('reports limits and policy violations, status 1', async () => {
    const limit = await runJson('print("start")\nwhile True:\n    pass\n', ['--max-ops', '500']);
    expect(limit.status).toBe(1);
    expect(limit.doc).toMatchObject({
      ok: false, stdout: 'start\n', ops: 500,
      error: { kind: 'limit', limit: 'ops', message: 'op budget of 500 ops exhausted' },
    });
    const policy = await runJson('x = 1\neval("1")\n');
    expect(policy.status).toBe(1);
    expect(policy.doc['error']).toMatchObject({ kind: 'policy', diagnostics: [expect.objectContaining({ code: 'E201' })] });
    expect(policy.doc['error'].message).toMatch(/^a\.py:2:1: E201 /);
  });

  it('encodes values JSON cannot hold with tags, and they read back', async () => {
    const { status, doc } = await runJson(
      '[2**64, -2**70, 2**53 - 1, b"\\x00\\xffhi", {3, 1, 2}, frozenset(), {1: "a", (1, 2): "t", None: 0}, {"a": {"b": [1.5]}},'
      + ' {"$bigint": "1"}, {"$x": 1, "$set": 2}, float("nan"), float("inf"), -float("inf"), -0.0, 0.0, "é\\u2028😀", print, (1, "t")]\n');
    expect(status).toBe(0);
    expect(doc['value']).toEqual([
      { $bigint: '18446744073709551616' }, { $bigint: '-1180591620717411303424' }, 9007199254740991,
      { $bytes: Buffer.from([0, 255, 104, 105]).toString('base64') },
      { $set: expect.arrayContaining([1, 2, 3]) }, { $set: [] },
      { $map: [[1, 'a'], [[1, 2], 't'], [null, 0]] },
      { a: { b: [1.5] } },
      { $map: [['$bigint', '1']] }, { $x: 1, $set: 2 },
      { $float: 'NaN' }, { $float: 'Infinity' }, { $float: '-Infinity' }, { $float: '-0' }, 0,
      'é\u2028😀', { $unsupported: 'builtin_function_or_method' }, [1, 't'],
    ]);
    const back = decode(doc['value']) as unknown[];
    expect(back[0]).toBe(2n ** 64n);
    expect(back[1]).toBe(-(2n ** 70n));
    expect(back[3]).toEqual(new Uint8Array([0, 255, 104, 105]));
    expect(back[4]).toEqual(new Set([1, 2, 3]));
    expect(back[6]).toEqual(new Map<unknown, unknown>([[1, 'a'], [[1, 2], 't'], [null, 0]]));
    expect(Object.entries(back[8] as object)).toEqual([['$bigint', '1']]);
    expect(back.slice(10, 14)).toEqual([NaN, Infinity, -Infinity, -0]);
    expect(Object.is(back[13], -0)).toBe(true);
  });

  it('round-trips plain data through toJsonValue and the documented reader', () => {
    const d = (entries: [string, unknown][]) => Object.assign(Object.create(null) as object, Object.fromEntries(entries));
    const protoKey = Object.create(null) as Record<string, unknown>;
    protoKey['__proto__'] = 1;
    const value = [
      null, true, 'x', 1.5, -0, NaN, 2n ** 80n, new Uint8Array([1, 2, 3]), new Set([1, 'a', 3n ** 40n]),
      new Map<unknown, unknown>([[1, d([['$map', 2]])], ['k', new Set()]]),
      d([['$float', 'NaN']]), d([['$unsupported', 'x']]), d([['a', 1], ['$bytes', 'x']]), protoKey,
    ];
    const text = JSON.stringify(toJsonValue(value));
    expect(text).toContain('"__proto__":1');
    expect(decode(JSON.parse(text))).toEqual(value);
    const again = decode(JSON.parse(text)) as unknown[];
    expect(Object.keys(again[13] as object)).toEqual(['__proto__']);
    // The library's marker for values that cannot leave the sandbox is an ordinary frozen object.
    expect(toJsonValue(Object.freeze({ $unsupported: 'generator' }))).toEqual({ $unsupported: 'generator' });
  });
});

describe('corral run --json (the executable)', () => {
  beforeAll(() => assertBuilt());

  it('reads --input-file and prints one parseable document', () => {
    const dir = scripts({ 'a.py': 'print(order["total"] * 2)\n{"n": n + 1, "b": b"hi", "s": {n}}\n', 'in.json': '{"order": {"total": 21}, "n": 18446744073709551616}' });
    const r = corral(['run', '--json', '--input-file', 'in.json', 'a.py'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      ok: true, stdout: '42\n', stderr: '', ops: expect.any(Number), error: null,
      value: { n: { $bigint: '18446744073709551617' }, b: { $bytes: 'aGk=' }, s: { $set: [{ $bigint: '18446744073709551616' }] } },
    });
    const bad = corral(['run', '--input-file', 'nope.json', 'a.py'], { cwd: dir });
    expect(bad).toEqual({ status: 2, stdout: '', stderr: "corral: can't open file 'nope.json': [Errno 2] No such file or directory\n" });
  });
});
