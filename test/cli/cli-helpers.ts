// Runs the real `corral` executable as a child process, the way a user would. The executable
// imports the compiled CLI (dist/), so `npm test` builds first; CORRAL_TEST_BIN may point the tests
// at another build of the same layout.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = process.env['CORRAL_TEST_BIN'] ?? join(root, 'bin/corral.js');

export function assertBuilt(): void {
  const main = join(dirname(BIN), '../dist/cli/main.js');
  const runtime = join(dirname(BIN), '../dist/runtime.js');
  for (const file of [main, runtime]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` before the CLI tests`);
  }
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/corral.js ...args` in `cwd`, deliberately without --no-node-snapshot (the bin adds it). */
export function corral(args: string[], options: { cwd?: string; input?: string } = {}): CliResult {
  const env = { ...process.env };
  delete env['NODE_OPTIONS'];
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd, input: options.input ?? '', encoding: 'utf8', env, timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A temporary folder holding the given files. */
export function scripts(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'corral-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
