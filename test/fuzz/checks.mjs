// What counts as a finding for one fuzz case, judged from the RunResults of running it twice in
// one Sandbox and then `print(6 * 7)`. Pure functions: the worker calls them, tests can too.
// The patterns follow test/security/README.md ("No leaks").

import os from 'node:os';

/** @typedef {{ kind: string, detail: string }} Problem */

/** Things that must never reach the script's output or the returned error. */
export const LEAKS = /** @type {const} */ ([
  ['an [object ...] string', /\[object [A-Z]\w*\]/],
  ['a host path', /\/(?:work|home|tmp|usr|root|opt)\/|node_modules|[A-Za-z]:\\\\/],
  ['isolated-vm wording', /isolated-vm|\bisolate\b|\bivm\b/i],
  ['a JavaScript stack line', /\bat (?:new |async )?[A-Za-z_$][\w$.<>]* \(.*:\d+:\d+\)|\.(?:js|mjs|cjs|ts):\d+:\d+|<anonymous>:\d+/],
  ['JavaScript error wording', /is not a function|Cannot read propert|Cannot set propert|undefined is not|[\w$] is not defined|\bRangeError\b|\bReferenceError\b|\bSyntaxError: Unexpected|Maximum call stack|Invalid array length|Invalid string length|\bundefined\b|\bNaN is\b|\[native code\]|\bfunction \w*\(|=> ?\{|\$rt\b|\$module\b/m],
]);

/** This machine's own paths: the working directory, the repository, the home and temp directories. */
const HOST_PATHS = new RegExp(
  [process.cwd(), new URL('../..', import.meta.url).pathname.replace(/\/$/, ''), os.homedir(), os.tmpdir()]
    .filter((p) => p.length > 1)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .concat(['node_modules'])
    .join('|'),
);

/** @param {string} source the script, without its comments: text the script itself contains is not a leak */
function scriptText(source) {
  return source.replace(/#.*$/gm, '');
}

/**
 * Python quotes the names a script used (`no attribute 'then'`, `name 'undefined' is not defined`,
 * `unexpected keyword argument 'x'`); a script may build such a name at run time, so it is no leak.
 */
const QUOTED_NAME = /\b(attribute|name|argument|variable|field|key) '[A-Za-z_$][\w$]*'/g;

/**
 * Finds leaked host or JavaScript details in `text`, line by line.
 * @param {string} text @param {string} source @param {string} where @returns {Problem[]}
 */
export function findLeaks(text, source, where) {
  if (!text) return [];
  const own = scriptText(source);
  /** @type {Problem[]} */
  const problems = [];
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(QUOTED_NAME, "$1 '…'");
    // A traceback echoes the script's own source lines; what they hold is not a leak.
    if (where.endsWith('traceback') && rawLine.startsWith('    ') && source.includes(rawLine.trim())) continue;
    for (const [what, pattern] of LEAKS) {
      // stdout is what the script printed: a path it built itself (`root / "home"`) is its own
      // text, so there only this machine's real paths count.
      const p = what === 'a host path' && where.endsWith('stdout') ? HOST_PATHS : pattern;
      const m = p.exec(line);
      if (m && !own.includes(m[0].trim())) {
        problems.push({ kind: 'leak', detail: `${what} in ${where}: ${JSON.stringify(m[0])} in ${JSON.stringify(line.slice(0, 300))}` });
      }
    }
  }
  return problems;
}

/** @param {unknown} value */
function plain(value) {
  try {
    return JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v instanceof Map || v instanceof Set ? [...v] : v instanceof Uint8Array ? [...v] : v)) ?? 'undefined';
  } catch (e) {
    return `<unserialisable: ${e instanceof Error ? e.message : String(e)}>`;
  }
}

/**
 * One line saying how a run ended, for statistics and for comparing two runs.
 * @param {any} r a RunResult
 */
export function outcome(r) {
  const e = r.error;
  if (e === null) return 'ok';
  if (e.kind === 'exception') return `exception ${e.type}`;
  if (e.kind === 'limit') return `limit ${e.limit}`;
  if (e.kind === 'policy') return 'policy';
  return `internal`;
}

/** Everything observable about a run that must be the same when it is repeated. @param {any} r */
function fingerprint(r) {
  const e = r.error;
  const err = e === null ? null : e.kind === 'exception' ? [e.type, e.message, e.traceback] : [e.kind, e.message];
  return plain({ err, stdout: r.stdout, stderr: r.stderr, value: r.value, ops: r.ops });
}

/** @param {any} r */
function nondeterministicEnd(r) {
  return r.error?.kind === 'limit' && (r.error.limit === 'timeout' || r.error.limit === 'memory');
}

/**
 * Checks one case. `first` and `second` are two runs of the same Program in one Sandbox, `after`
 * is `print(6 * 7)` run in that Sandbox afterwards.
 * @param {string} source @param {any} first @param {any} second @param {any} after @returns {Problem[]}
 */
export function checkRuns(source, first, second, after) {
  /** @type {Problem[]} */
  const problems = [];
  for (const [label, r] of /** @type {const} */ ([['run 1', first], ['run 2', second]])) {
    const e = r.error;
    if (e?.kind === 'internal') problems.push({ kind: 'internal', detail: `${label}: internal error: ${e.message}` });
    const marker = /UNREACHABLE_\d+/.exec(r.stdout);
    if (marker) problems.push({ kind: 'unreachable', detail: `${label}: ${marker[0]} printed (${outcome(r)})` });
    problems.push(...findLeaks(r.stdout, source, `${label} stdout`));
    problems.push(...findLeaks(r.stderr, source, `${label} stderr`));
    if (e) problems.push(...findLeaks(e.message, source, `${label} error message`));
    if (e?.kind === 'exception') {
      problems.push(...findLeaks(e.traceback, source, `${label} traceback`));
      problems.push(...findLeaks(e.type, source, `${label} exception type`));
    }
    if (e?.kind === 'policy') {
      for (const d of e.diagnostics ?? []) {
        if (d.code === 'E300') problems.push({ kind: 'verifier', detail: `${label}: E300 ${d.message}` });
      }
    }
    if (r.value !== null && r.value !== undefined) problems.push(...findLeaks(plain(r.value), source, `${label} value`));
  }
  if (!nondeterministicEnd(first) && !nondeterministicEnd(second)) {
    const a = fingerprint(first);
    const b = fingerprint(second);
    if (a !== b) {
      let i = 0;
      while (i < a.length && a[i] === b[i]) i++;
      problems.push({ kind: 'nondeterministic', detail: `second run differs at ${i}: ${JSON.stringify(a.slice(Math.max(0, i - 80), i + 120))} vs ${JSON.stringify(b.slice(Math.max(0, i - 80), i + 120))}` });
    }
  }
  if (after.stdout !== '42\n' || after.error !== null) {
    problems.push({ kind: 'unresponsive', detail: `print(6 * 7) afterwards gave ${JSON.stringify(after.stdout)} (${outcome(after)}${after.error ? `: ${after.error.message}` : ''})` });
  }
  // One problem per distinct detail.
  return problems.filter((p, i) => problems.findIndex((q) => q.kind === p.kind && q.detail.replace(/run \d/g, '') === p.detail.replace(/run \d/g, '')) === i);
}
