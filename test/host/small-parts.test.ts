// The host's small pure parts: limit defaults and messages, the --no-node-snapshot check,
// message sanitising and generated file names, the output sink.

import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, limitMessage, resolveLimits } from '../../src/host/limits.js';
import { NO_NODE_SNAPSHOT_MESSAGE, hasNoNodeSnapshot } from '../../src/host/node-flags.js';
import { jsFilenameFor, sanitizeMessage } from '../../src/host/sanitize.js';
import { OutputSink } from '../../src/host/output.js';

describe('limits', () => {
  it('has the documented defaults and validates overrides', () => {
    expect(DEFAULT_LIMITS).toEqual({ maxOps: 200_000_000, memoryLimitMb: 128, timeoutMs: 10_000, maxRecursion: 1000, maxOutputBytes: 10 * 1024 * 1024, maxBytes: 16 * 1024 * 1024 });
    expect(resolveLimits({ memoryLimitMb: 64 }).maxBytes).toBe(8 * 1024 * 1024);
    expect(resolveLimits({ memoryLimitMb: 64, maxBytes: 1000 }).maxBytes).toBe(1000);
    expect(() => resolveLimits({ memoryLimitMb: 64, maxBytes: 17 * 1024 * 1024 })).toThrow(/at most a quarter/);
    expect(resolveLimits({ maxOps: 5 }).maxOps).toBe(5);
    expect(() => resolveLimits({ maxOps: 1.5 })).toThrow(TypeError);
    expect(() => resolveLimits({ memoryLimitMb: 2 })).toThrow(/at least 8/);
    expect(() => resolveLimits({ timeoutMs: 2 ** 40 })).toThrow(/timeoutMs/);
    expect(limitMessage('ops', resolveLimits({ maxOps: 1000 }))).toBe('op budget of 1000 ops exhausted');
    expect(limitMessage('memory', DEFAULT_LIMITS)).toBe('memory limit of 128 MiB exceeded');
  });
});

describe('node flags', () => {
  it('finds --no-node-snapshot in execArgv or NODE_OPTIONS', () => {
    expect(hasNoNodeSnapshot(['--no-node-snapshot'], undefined)).toBe(true);
    expect(hasNoNodeSnapshot([], '--max-old-space-size=100 --no-node-snapshot')).toBe(true);
    expect(hasNoNodeSnapshot(['--inspect'], '--no-node-snapshotx')).toBe(false);
    expect(NO_NODE_SNAPSHOT_MESSAGE).toContain('NODE_OPTIONS=--no-node-snapshot');
  });
});

describe('sanitize', () => {
  it('strips paths, URLs, stacks and isolated-vm wording', () => {
    const text = sanitizeMessage('Isolated is disposed at /home/me/app/node_modules/isolated-vm/x.js:1\n    at foo (corral:///runtime.js:3:4)');
    expect(text).not.toMatch(/\/home|node_modules|isolated|corral:\/\/|\n/i);
    expect(sanitizeMessage('')).toBe('unknown error');
    expect(sanitizeMessage('Isolated is disposed')).toBe('sandbox is disposed');
    expect(sanitizeMessage("unsupported operand type(s) for /: 'int' and 'str'")).toBe("unsupported operand type(s) for /: 'int' and 'str'");
  });

  it('never puts a host path in the generated file name', () => {
    expect(jsFilenameFor('/home/me/rules/price.py')).toBe('corral:///price.js');
    expect(jsFilenameFor('<stdin>')).toBe('corral:///stdin.js');
    expect(jsFilenameFor('C:\\x\\a b.py')).toBe('corral:///a_b.js');
    expect(jsFilenameFor('')).toBe('corral:///script.js');
  });
});

describe('OutputSink', () => {
  it('collects both streams and counts UTF-8 bytes', () => {
    const sink = new OutputSink(6, undefined);
    sink.write(1, 'ab');
    sink.write(2, 'é');
    sink.write(1, 'x€');
    expect(sink.stdout).toBe('abx');
    expect(sink.stderr).toBe('é');
    expect(sink.overflowed).toBe(true);
  });

  it('keeps the first error of the print callback for the caller', () => {
    const sink = new OutputSink(100, () => { throw new Error('mine'); });
    sink.write(1, 'x');
    sink.write(1, 'y');
    expect(sink.stdout).toBe('xy');
    expect((sink.printError?.error as Error).message).toBe('mine');
  });
});
