// Fuzz worker: a child process (spawned with --no-node-snapshot) that compiles and runs the cases
// its parent sends, against the built library in dist/. Before each step it tells the parent which
// step starts, so the parent can bound each step's wall clock and see where a crash or hang happened.
// Message in: { id, source, limits }. Messages out: { id, phase } then { id, done, problems, outcome, ops }.

import { compile, Sandbox } from '../../dist/index.js';
import { checkRuns, outcome } from './checks.mjs';

/** @param {object} message @returns {Promise<void>} */
function send(message) {
  return new Promise((resolve) => process.send?.(message, () => resolve()));
}

/** @param {unknown} e */
function describeThrown(e) {
  return e instanceof Error ? `${e.name}: ${e.message}\n${(e.stack ?? '').split('\n').slice(1, 6).join('\n')}` : String(e);
}

/** @param {{ id: number, source: string, limits: object }} msg */
async function runCase({ id, source, limits }) {
  /** @type {{ kind: string, detail: string }[]} */
  const problems = [];
  const done = (/** @type {string} */ end, ops = 0) => send({ id, done: true, problems, outcome: end, ops });
  await send({ id, phase: 'compile' });
  let program;
  try {
    program = compile(source, { filename: 'fuzz.py' });
  } catch (e) {
    problems.push({ kind: 'compile-throw', detail: `compile() threw ${describeThrown(e)}` });
    return done('compile-throw');
  }
  if (program.diagnostics.some((d) => d.code === 'E300')) {
    problems.push({ kind: 'verifier', detail: program.diagnostics.filter((d) => d.code === 'E300').map((d) => d.message).join('; ') });
  }
  /** @type {string[]} the raw JS detail of internal errors (SandboxOptions.onInternalError), for triage */
  const internals = [];
  const onInternalError = (/** @type {string} */ detail) => { internals.push(detail.split('\n').slice(0, 4).join('\n')); };
  const sandbox = new Sandbox({ limits, filename: 'fuzz.py', onInternalError });
  try {
    const results = [];
    for (const phase of ['run 1', 'run 2', 'after']) {
      await send({ id, phase });
      try {
        results.push(await sandbox.run(phase === 'after' ? 'print(6 * 7)' : program));
      } catch (e) {
        problems.push({ kind: 'run-throw', detail: `${phase}: sandbox.run() rejected: ${describeThrown(e)}` });
        return done('run-throw');
      }
    }
    const [first, second, after] = results;
    for (const p of checkRuns(source, first, second, after)) {
      problems.push(p.kind === 'internal' && internals.length ? { ...p, detail: `${p.detail}\n${internals[0]}` } : p);
    }
    return done(outcome(first), first.ops);
  } finally {
    sandbox.dispose();
  }
}

process.on('message', (msg) => {
  runCase(/** @type {any} */ (msg)).catch((e) => send({ id: /** @type {any} */ (msg).id, done: true, problems: [{ kind: 'harness', detail: describeThrown(e) }], outcome: 'harness', ops: 0 }));
});
process.on('disconnect', () => process.exit(0));
