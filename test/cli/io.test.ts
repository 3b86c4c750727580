// Reading scripts for the CLI: python3's wording for files that cannot be opened, stdin as `-`.

import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { OpenError, processIo, readScript, type Io } from '../../src/cli/io.js';
import { scripts } from './cli-helpers.js';

describe('readScript', () => {
  const dir = scripts({ 'a.py': 'print(1)\n' });
  const io: Io = { ...processIo(), cwd: dir, readStdin: async () => 'from stdin' };

  it('reads files by absolute path and stdin as <stdin>', async () => {
    expect(await readScript(io, 'a.py')).toEqual({ source: 'print(1)\n', path: join(dir, 'a.py'), filename: join(dir, 'a.py') });
    expect(await readScript(io, '-')).toEqual({ source: 'from stdin', path: '-', filename: '<stdin>' });
  });

  it("words open failures as python3 does", async () => {
    await expect(readScript(io, 'missing.py')).rejects.toThrow(
      new OpenError(join(dir, 'missing.py'), 2, 'No such file or directory'));
    await expect(readScript(io, 'missing.py')).rejects.toThrow(
      `can't open file '${join(dir, 'missing.py')}': [Errno 2] No such file or directory`);
    await expect(readScript(io, '.')).rejects.toThrow(/\[Errno 21\] Is a directory/);
  });
});
