#!/usr/bin/env node
// The `corral` executable. isolated-vm needs --no-node-snapshot on Node 20+: without it, this
// re-runs the same node with the flag, forwards termination signals to it and mirrors its exit
// status; with it, it runs the CLI from the compiled package (dist/).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { constants } from 'node:os';

const flag = '--no-node-snapshot';
const active = process.execArgv.includes(flag) || (process.env.NODE_OPTIONS ?? '').split(/\s+/).includes(flag);

if (!active) {
  const thisFile = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, [flag, ...process.execArgv, thisFile, ...process.argv.slice(2)], { stdio: 'inherit' });
  // Ctrl-C reaches the child through the terminal anyway; `kill <pid>` or `timeout` only reach us.
  const forwarded = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of forwarded) process.on(signal, () => child.kill(signal));
  child.on('error', (e) => {
    process.stderr.write(`corral: could not start node: ${e.message}\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    if (signal !== null && forwarded.includes(signal)) {
      // Die the way the child died, so shells and supervisors see the same signal.
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    }
    if (signal === 'SIGABRT') {
      // V8 aborts the whole process on some out-of-memory conditions isolated-vm cannot intercept.
      process.stderr.write('corral: node aborted (SIGABRT), most likely out of memory in the script\n');
    }
    process.exit(code ?? 128 + (constants.signals[signal] ?? 0));
  });
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
