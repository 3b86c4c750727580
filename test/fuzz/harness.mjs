// The fuzz loop: generates cases, runs each in a worker child process, and turns what it sees into
// findings. A worker that dies is a host crash; a step that outlives timeoutMs + HANG_GRACE_MS is a
// hang (the worker is killed and replaced). Used by scripts/fuzz.mjs (long runs) and
// test/fuzz/fuzz.test.ts (the short fixed-seed run in CI).

import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { makeCase } from './cases.mjs';

const WORKER = fileURLToPath(new URL('./worker.mjs', import.meta.url));

/** Limits each case runs with (small, so the budget, not the wall clock, ends most runaway cases). */
export const FUZZ_LIMITS = Object.freeze({ maxOps: 2_000_000, timeoutMs: 2000, memoryLimitMb: 64 });

/** How far past timeoutMs one step (compile, a run) may go before it counts as a hang. */
export const HANG_GRACE_MS = 5000;

/** Extra time for the first step of a case, which may include starting a worker process. */
const STARTUP_MS = 10_000;

/** Workers are replaced after this many cases, so one worker's memory does not grow for ever. */
const CASES_PER_WORKER = 300;

/** @typedef {import('./checks.mjs').Problem} Problem */
/** @typedef {import('./cases.mjs').Case} Case */
/** @typedef {{ problems: Problem[], outcome: string, ops: number, ms: number }} CaseResult */
/** @typedef {{ kind: string, detail: string, case: Case }} Finding */

export class FuzzWorker {
  /**
   * @param {object} [limits] Sandbox limits for each case
   * @param {{ workerPath?: string, graceMs?: number }} [options] another worker script (tests), another hang grace
   */
  constructor(limits = FUZZ_LIMITS, { workerPath = WORKER, graceMs = HANG_GRACE_MS } = {}) {
    /** @type {{ maxOps: number, timeoutMs: number, memoryLimitMb: number }} */
    this.limits = { ...FUZZ_LIMITS, ...limits };
    this.workerPath = workerPath;
    this.graceMs = graceMs;
    /** @type {import('node:child_process').ChildProcess | null} */
    this.child = null;
    this.cases = 0;
    this.nextId = 1;
    this.stderr = '';
  }

  spawn() {
    this.stderr = '';
    this.cases = 0;
    const child = fork(this.workerPath, [], { execArgv: ['--no-node-snapshot'], stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'advanced' });
    child.stderr?.on('data', (chunk) => { this.stderr = (this.stderr + chunk).slice(-4000); });
    this.child = child;
    return child;
  }

  kill() {
    const child = this.child;
    this.child = null;
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }

  /**
   * Runs one source in the worker; never rejects.
   * @param {string} source @returns {Promise<CaseResult>}
   */
  run(source) {
    if (this.child && this.cases >= CASES_PER_WORKER) this.kill();
    const child = this.child ?? this.spawn();
    this.cases++;
    const id = this.nextId++;
    const started = Date.now();
    const bound = this.limits.timeoutMs + this.graceMs;
    return new Promise((resolve) => {
      let phase = 'start';
      /** @type {NodeJS.Timeout | undefined} */
      let timer;
      const finish = (/** @type {Omit<CaseResult, 'ms'>} */ result) => {
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve({ ...result, ms: Date.now() - started });
      };
      // Until the worker reports its first step, the bound also covers starting a new worker process.
      const arm = (extra = 0) => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          this.kill();
          finish({ problems: [{ kind: 'hang', detail: `${phase} still running ${bound} ms after it started (timeoutMs ${this.limits.timeoutMs}); worker killed` }], outcome: 'hang', ops: 0 });
        }, bound + extra);
      };
      const onMessage = (/** @type {any} */ msg) => {
        if (msg.id !== id) return;
        if (msg.phase) {
          phase = msg.phase;
          arm();
        } else if (msg.done) {
          finish({ problems: msg.problems, outcome: msg.outcome, ops: msg.ops });
        }
      };
      const onExit = (/** @type {number | null} */ code, /** @type {string | null} */ signal) => {
        if (this.child === child) this.child = null;
        const tail = this.stderr.trim().split('\n').slice(-6).join('\n');
        finish({ problems: [{ kind: 'crash', detail: `worker died during ${phase}: exit code ${code}, signal ${signal}${tail ? `\n${tail}` : ''}` }], outcome: 'crash', ops: 0 });
      };
      child.on('message', onMessage);
      child.on('exit', onExit);
      arm(STARTUP_MS);
      child.send({ id, source, limits: this.limits });
    });
  }
}

/**
 * Runs cases `from`, `from + 1`, ... of `seed` on `workers` workers until `count` cases ran or the
 * deadline passed. Returns the findings (one per problem) and statistics.
 * @param {{ seed: number, count?: number, from?: number, deadline?: number, workers?: number, limits?: object,
 *   onResult?: (c: Case, r: CaseResult) => void }} options
 */
export async function fuzz({ seed, count = Infinity, from = 0, deadline = Infinity, workers = 2, limits, onResult }) {
  /** @type {Finding[]} */
  const findings = [];
  /** @type {Record<string, number>} */
  const outcomes = {};
  let next = from;
  let ran = 0;
  const slots = Array.from({ length: workers }, () => new FuzzWorker(limits));
  const loop = async (/** @type {FuzzWorker} */ w) => {
    while (next < from + count && Date.now() < deadline) {
      const c = makeCase(seed, next++);
      const r = await w.run(c.source);
      ran++;
      outcomes[r.outcome] = (outcomes[r.outcome] ?? 0) + 1;
      for (const p of r.problems) findings.push({ ...p, case: c });
      onResult?.(c, r);
    }
  };
  try {
    await Promise.all(slots.map(loop));
  } finally {
    for (const w of slots) w.kill();
  }
  return { findings, outcomes, ran };
}

/**
 * Shrinks `source` line by line (ddmin-style: drop chunks, then single lines) while `stillFails`
 * says the finding is still there.
 * @param {string} source @param {(candidate: string) => Promise<boolean>} stillFails
 */
export async function minimize(source, stillFails) {
  let lines = source.split('\n');
  for (let chunk = Math.max(1, Math.floor(lines.length / 2)); chunk >= 1; chunk = Math.floor(chunk / 2)) {
    for (let i = 0; i < lines.length;) {
      const candidate = [...lines.slice(0, i), ...lines.slice(i + chunk)];
      if (candidate.length < lines.length && (await stillFails(candidate.join('\n')))) lines = candidate;
      else i += chunk;
    }
  }
  return lines.join('\n');
}
