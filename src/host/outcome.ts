// Checks the RunOutcome copied out of the isolate (runtime/protocol.ts) before anything uses it:
// the runtime is inside the security boundary's hostile side (invariant 1), so every field is
// type-checked and every string, list and chain is capped. A malformed outcome is a MalformedOutcome
// error, which the Sandbox reports as an internal error.

import type { LimitKind, RawFrame, RaisedException, SystemExitInfo } from '../runtime/protocol.js';

export class MalformedOutcome extends Error {
  constructor(what: string) {
    super(`malformed outcome from the runtime: ${what}`);
    this.name = 'MalformedOutcome';
  }
}

export type CheckedOutcome =
  | { status: 'ok'; value: unknown; ops: number }
  | { status: 'exception'; error: RaisedException; ops: number }
  | { status: 'limit'; limit: LimitKind; ops: number }
  | { status: 'internal'; message: string; result: boolean; detail: string | null; ops: number };

const LIMIT_KINDS: readonly LimitKind[] = ['ops', 'output', 'memory', 'timeout', 'recursion-internal'];
const MAX_TYPE_CHARS = 200;
const MAX_MESSAGE_CHARS = 1 << 20;
const MAX_FN_CHARS = 1000;
const MAX_FRAMES = 100_000;
/** Cause/context chains deeper than this are cut (a copied chain may even be cyclic). */
const MAX_CHAIN = 100;

export function checkOutcome(raw: unknown): CheckedOutcome {
  if (typeof raw !== 'object' || raw === null) throw new MalformedOutcome('not an object');
  const o = raw as Record<string, unknown>;
  const ops = typeof o['ops'] === 'number' && Number.isFinite(o['ops']) && o['ops'] >= 0 ? Math.floor(o['ops']) : 0;
  switch (o['status']) {
    case 'ok':
      return { status: 'ok', value: o['value'], ops };
    case 'exception':
      return { status: 'exception', error: checkException(o['error'], 0), ops };
    case 'limit':
      if (!LIMIT_KINDS.includes(o['limit'] as LimitKind)) throw new MalformedOutcome('unknown limit kind');
      return { status: 'limit', limit: o['limit'] as LimitKind, ops };
    case 'internal':
      return {
        status: 'internal',
        message: capString(o['message'], MAX_MESSAGE_CHARS, 'internal message'),
        result: o['cause'] === 'result',
        detail: typeof o['detail'] === 'string' ? capString(o['detail'], MAX_MESSAGE_CHARS, 'internal detail') : null,
        ops,
      };
    default:
      throw new MalformedOutcome('unknown status');
  }
}

function checkException(raw: unknown, depth: number): RaisedException {
  if (typeof raw !== 'object' || raw === null) throw new MalformedOutcome('exception is not an object');
  const e = raw as Record<string, unknown>;
  const frames = e['frames'];
  if (!Array.isArray(frames)) throw new MalformedOutcome('frames is not a list');
  // Keep the innermost frames: they are the ones CPython shows when it cuts a long traceback.
  const kept = frames.length > MAX_FRAMES ? frames.slice(frames.length - MAX_FRAMES) : frames;
  const chained = (key: string): RaisedException | null =>
    e[key] === null || e[key] === undefined || depth + 1 >= MAX_CHAIN ? null : checkException(e[key], depth + 1);
  return {
    type: capString(e['type'], MAX_TYPE_CHARS, 'exception type') || 'Exception',
    message: capString(e['message'], MAX_MESSAGE_CHARS, 'exception message'),
    frames: Array.from(kept, checkFrame),
    cause: chained('cause'),
    context: chained('context'),
    suppressContext: e['suppressContext'] === true,
    ...(e['exit'] === undefined ? {} : { exit: checkExit(e['exit']) }),
  };
}

function checkExit(raw: unknown): SystemExitInfo {
  if (typeof raw !== 'object' || raw === null) throw new MalformedOutcome('exit is not an object');
  const x = raw as Record<string, unknown>;
  const code = x['code'];
  if (typeof code !== 'number' || !Number.isInteger(code)) throw new MalformedOutcome('exit code is not an integer');
  const message = x['message'] === null ? null : capString(x['message'], MAX_MESSAGE_CHARS, 'exit message');
  return { code, message };
}

function checkFrame(raw: unknown): RawFrame {
  if (typeof raw !== 'object' || raw === null) throw new MalformedOutcome('frame is not an object');
  const f = raw as Record<string, unknown>;
  const line = f['line'];
  const column = f['column'];
  if (!isPosition(line) || !isPosition(column)) throw new MalformedOutcome('frame position');
  const frame: RawFrame = { fn: capString(f['fn'], MAX_FN_CHARS, 'frame name'), line, column };
  if (f['callee'] === true) frame.callee = true;
  return frame;
}

function isPosition(n: unknown): n is number {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
}

function capString(v: unknown, max: number, what: string): string {
  if (typeof v !== 'string') throw new MalformedOutcome(`${what} is not a string`);
  return v.length > max ? `${v.slice(0, max)}…` : v;
}
