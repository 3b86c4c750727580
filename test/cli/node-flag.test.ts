// The compiled library refuses to start without --no-node-snapshot, with an actionable message,
// instead of letting isolated-vm crash later; with the flag (or NODE_OPTIONS) it runs.

import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, assertBuilt } from './cli-helpers.js';

const index = pathToFileURL(join(dirname(BIN), '../dist/index.js')).href;
const script = `import { Sandbox } from ${JSON.stringify(index)};
try { const s = new Sandbox(); const r = await s.run('print(6 * 7)'); process.stdout.write(r.stdout); s.dispose(); }
catch (e) { process.stdout.write('ERR ' + e.message); }`;

function node(args: string[], nodeOptions?: string) {
  const env = { ...process.env };
  delete env['NODE_OPTIONS'];
  if (nodeOptions !== undefined) env['NODE_OPTIONS'] = nodeOptions;
  return spawnSync(process.execPath, [...args, '--input-type=module', '-e', script], { encoding: 'utf8', env, timeout: 60_000 });
}

beforeAll(() => assertBuilt());

describe('--no-node-snapshot', () => {
  it('is required, with a message that says how', () => {
    const r = node([]);
    expect(r.stdout).toBe('ERR Corral needs Node to run with --no-node-snapshot (an isolated-vm requirement): ' +
      'node --no-node-snapshot app.js, or NODE_OPTIONS=--no-node-snapshot');
  });

  it('is accepted on the command line or in NODE_OPTIONS', () => {
    expect(node(['--no-node-snapshot']).stdout).toBe('42\n');
    expect(node([], '--no-node-snapshot').stdout).toBe('42\n');
  });
});
