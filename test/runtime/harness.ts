// Test harness for the runtime bundle: loads dist/runtime.js into a fresh isolated-vm context per
// run, compiles a hand-written module function (written as codegen would emit it) under the
// request's jsFilename so traceback frames are captured, and drives `$corral.run`.

import ivm from 'isolated-vm';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { RunOutcome, RunRequest, Marshalled } from '../../src/runtime/protocol.js';

const bundlePath = join(dirname(fileURLToPath(import.meta.url)), '../../dist/runtime.js');

let bundle: string | null = null;
function runtimeSource(): string {
  if (bundle === null) {
    if (!existsSync(bundlePath)) throw new Error('dist/runtime.js is missing: run `npm run build:runtime` before the runtime tests');
    bundle = readFileSync(bundlePath, 'utf8');
  }
  return bundle;
}

export interface RunResult {
  outcome: RunOutcome;
  stdout: string;
  writes: number;
}

export const JS_FILENAME = 'corral:program.js';

export interface RunOptions {
  maxOps?: number;
  maxRecursion?: number;
  maxOutputBytes?: number;
  memoryLimitMb?: number;
  inputs?: Record<string, Marshalled>;
}

const isolate = new ivm.Isolate({ memoryLimit: 128 });

/** Runs module source `(function $module($rt) {...})` in a fresh context with the runtime loaded. */
export function runModule(moduleSource: string, opts: RunOptions = {}): RunResult {
  const context = isolate.createContextSync();
  try {
    isolate.compileScriptSync(runtimeSource(), { filename: 'corral:runtime.js' }).runSync(context);
    const fn = isolate.compileScriptSync(moduleSource, { filename: JS_FILENAME }).runSync(context, { reference: true });
    let stdout = '';
    let writes = 0;
    const write = new ivm.Callback((stream: number, text: string) => {
      if (stream === 1) stdout += text;
      writes++;
    });
    const request: RunRequest = {
      filename: 'script.py',
      jsFilename: JS_FILENAME,
      maxOps: opts.maxOps ?? 10_000_000,
      maxRecursion: opts.maxRecursion ?? 200,
      maxOutputBytes: opts.maxOutputBytes ?? 1 << 20,
      ...(opts.memoryLimitMb === undefined ? {} : { memoryLimitMb: opts.memoryLimitMb }),
      inputs: opts.inputs ?? {},
    };
    const run = context.global.getSync('$corral', { reference: true }).getSync('run', { reference: true });
    const outcome = run.applySync(undefined, [fn.derefInto(), new ivm.ExternalCopy(request).copyInto(), write], {
      result: { copy: true },
      timeout: 10_000,
    }) as RunOutcome;
    return { outcome, stdout, writes };
  } finally {
    context.release();
  }
}

/** Shorthands for hand-written module bodies: `$b(name)` reads a builtin, `P(...)` prints, `D(...)` defines. */
const PRELUDE = [
  'const $b = (n) => $rt.globalMissing(n);',
  "const P = (...a) => $rt.call($rt.globalMissing('print'), ...a);",
  // D(fn, name, params, extra): a FunctionMeta with every parameter positional-or-keyword unless overridden.
  'const D = (fn, name, params, extra) => $rt.def(fn, { name, qualname: name, params, posonly: 0, positional: params.length,',
  '  varargs: false, kwonly: 0, varkw: false, defaults: [], kwdefaults: null, generator: false, ...extra });',
  // M(fn, 'C.m', params): a method; K(name, bases, members): a class statement.
  "const M = (fn, qualname, params, extra) => D(fn, qualname.split('.').pop(), params, { qualname, ...extra });",
  'const K = (name, bases, members) => { const ns = $rt.classNamespace(name, name);',
  '  for (const k of Object.keys(members)) $rt.classStore(ns, k, members[k]); return $rt.makeClass(name, name, bases, ns, [], []); };',
].join('\n');

/** Wraps statements as a module function body. */
export function mod(body: string): string {
  return `(function $module($rt) {\n"use strict";\nconst $s = $rt.state;\n${PRELUDE}\n${body}\n})`;
}

/** Runs statements and returns stdout, failing with the outcome when it is not ok. */
export function out(body: string, opts?: RunOptions): string {
  const r = runModule(mod(body), opts);
  if (r.outcome.status !== 'ok') throw new Error(`run failed: ${JSON.stringify(r.outcome)}`);
  return r.stdout;
}

/** `print(<expr>)` for each JS expression (written against $rt), returns the lines printed. */
export function printed(...exprs: string[]): string[] {
  const body = exprs.map((e) => `$rt.call($rt.globalMissing('print'), ${e});`).join('\n');
  return out(body).split('\n').slice(0, -1);
}
