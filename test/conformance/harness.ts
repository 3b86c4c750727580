// Helpers for the conformance tests: run the Corral CLI on a script as a child process, a few at a
// time, and compare its output with the CPython expectations checked in next to the script.

import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const conformanceDir = join(repoRoot, 'test', 'conformance');
export const cliPath = join(repoRoot, 'bin', 'corral.js');

/** A child that hangs must not hang the suite; generous because CI machines are slow. */
const CHILD_TIMEOUT_MS = 60_000;

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/corral.js run FILE` with the given cwd, the way a user would from the shell. */
export function runCli(file: string, cwd: string): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    // --no-node-snapshot: isolated-vm needs it on Node 20+; harmless if the CLI also arranges it.
    const child = spawn(process.execPath, ['--no-node-snapshot', cliPath, 'run', file], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: CHILD_TIMEOUT_MS,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      resolvePromise({
        code,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}

/** A counting semaphore: at most `max` tasks run at once, the rest wait their turn in order. */
export function createLimiter(max: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    active--;
    const next = waiting.shift();
    if (next) next();
  };
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= max) await new Promise<void>((r) => waiting.push(r));
    active++;
    try {
      return await task();
    } finally {
      release();
    }
  };
}

/** The last non-empty line of a stream: where CPython puts `Type: message`. */
export function lastLine(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim().length > 0);
  return lines.length ? lines[lines.length - 1]! : '';
}
