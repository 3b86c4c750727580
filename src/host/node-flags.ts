// Detects whether Node runs with --no-node-snapshot, which isolated-vm needs on Node 20+ (without
// it, creating an isolate can crash the process). Checked at `new Sandbox()` so the failure is an
// actionable Error instead of a native crash later.

export const NO_NODE_SNAPSHOT_MESSAGE =
  'Corral needs Node to run with --no-node-snapshot (an isolated-vm requirement): ' +
  'node --no-node-snapshot app.js, or NODE_OPTIONS=--no-node-snapshot';

export function hasNoNodeSnapshot(
  execArgv: readonly string[] = process.execArgv,
  nodeOptions: string | undefined = process.env['NODE_OPTIONS'],
): boolean {
  if (execArgv.includes('--no-node-snapshot')) return true;
  return (nodeOptions ?? '').split(/\s+/).includes('--no-node-snapshot');
}

export function assertNoNodeSnapshot(): void {
  if (!hasNoNodeSnapshot()) throw new Error(NO_NODE_SNAPSHOT_MESSAGE);
}
