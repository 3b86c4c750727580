#!/usr/bin/env node
// The `corral` executable. isolated-vm needs --no-node-snapshot on Node 20+: without it, this
// re-runs the same node with the flag and mirrors its exit status; with it, it runs the CLI.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { constants } from 'node:os';

const flag = '--no-node-snapshot';
const active = process.execArgv.includes(flag) || (process.env.NODE_OPTIONS ?? '').split(/\s+/).includes(flag);

if (!active) {
  const thisFile = fileURLToPath(import.meta.url);
  // The child shares our terminal, so Ctrl-C reaches it directly; ignore it here and let the
  // child's exit status (or signal) speak for both.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => {});
  const child = spawnSync(process.execPath, [flag, ...process.execArgv, thisFile, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (child.error) {
    process.stderr.write(`corral: could not start node: ${child.error.message}\n`);
    process.exit(1);
  }
  if (child.signal === 'SIGINT' || child.signal === 'SIGTERM' || child.signal === 'SIGHUP') {
    // Die the way the child died, so shells and supervisors see the same signal.
    process.removeAllListeners(child.signal);
    process.kill(process.pid, child.signal);
  }
  if (child.signal === 'SIGABRT') {
    // V8 aborts the whole process on some out-of-memory conditions isolated-vm cannot intercept.
    process.stderr.write('corral: node aborted (SIGABRT), most likely out of memory in the script\n');
  }
  process.exit(child.status ?? 128 + (constants.signals[child.signal] ?? 0));
} else {
  let main;
  try {
    ({ main } = await import('../dist/cli/main.js'));
  } catch (e) {
    // A missing or broken build: one clean line, never a stack.
    process.stderr.write(`corral: cannot load the CLI (is the package built? npm run build): ${String(e?.code ?? e?.name ?? 'error')}\n`);
    process.exit(1);
  }
  process.exitCode = await main(process.argv.slice(2));
}
