// Reading scripts for the CLI: python3's wording for files that cannot be opened, stdin as `-`.

import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { OpenError, processIo, readScript, type Io } from '../../src/cli/io.js';
import { scripts } from './cli-helpers.js';
import { decodeSource, firstInvalidUtf8 } from '../../src/cli/decode.js';

describe('readScript', () => {
  const dir = scripts({ 'a.py': 'print(1)\n' });
  const io: Io = { ...processIo(), cwd: dir, readStdin: async () => Buffer.from('from stdin') };

  it('reads files by absolute path, names them as typed, and stdin as <stdin>', async () => {
    expect(await readScript(io, 'a.py')).toEqual({ source: 'print(1)\n', path: join(dir, 'a.py'), filename: 'a.py' });
    expect(await readScript(io, '-')).toEqual({ source: 'from stdin', path: '-', filename: '<stdin>' });
  });

  it("words open failures as python3 does", async () => {
    await expect(readScript(io, 'missing.py')).rejects.toThrow(
      new OpenError('missing.py', 2, 'No such file or directory'));
    await expect(readScript(io, 'missing.py')).rejects.toThrow(
      "can't open file 'missing.py': [Errno 2] No such file or directory");
    await expect(readScript(io, '.')).rejects.toThrow(/\[Errno 21\] Is a directory/);
  });
});

describe('decodeSource', () => {
  it('accepts UTF-8 and refuses anything else with CPython\'s message', () => {
    expect(decodeSource(Buffer.from('s = "é😀"\n'), 'a.py')).toBe('s = "é😀"\n');
    expect(() => decodeSource(Buffer.from([0x78, 0x0a, 0x23, 0x20, 0xc3, 0x0a]), '/t/bad2.py')).toThrow(
      "SyntaxError: Non-UTF-8 code starting with '\\xc3' in file /t/bad2.py on line 2, but no encoding declared; " +
      'see https://peps.python.org/pep-0263/ for details');
    expect(firstInvalidUtf8(Buffer.from([0xe0, 0x80, 0x80]))).toBe(0); // overlong
    expect(firstInvalidUtf8(Buffer.from([0x41, 0xed, 0xa0, 0x80]))).toBe(1); // surrogate
    expect(firstInvalidUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // > U+10FFFF
    expect(firstInvalidUtf8(Buffer.from([0xf0, 0x9f, 0x98]))).toBe(0); // truncated
    expect(firstInvalidUtf8(Buffer.from('ok ✓'))).toBe(-1);
  });
});
