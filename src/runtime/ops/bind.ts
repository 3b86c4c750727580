// Argument binding: maps a call's positional and keyword arguments onto a script function's
// parameters (FunctionMeta order: positionals, [*args tuple], keyword-only, [**kwargs dict]) and
// reports mistakes with CPython's exact TypeError messages. The common case — exactly the
// positional parameters, nothing else — never gets here (see PyFunction.simple in ops/call.ts).
//
// Order of work, as CPython's _PyEval_MakeFrame: copy positionals (surplus into *args, or an error),
// place keywords by name (unknown ones into **kwargs, or an error; duplicates are errors), then fill
// defaults and report every missing positional, then every missing keyword-only parameter.

import type { FunctionMeta } from '../abi.js';
import type { KwArgs } from '../core/pytype.js';
import { typeErr } from './raise.js';
import { PyTuple } from '../types/tuple.js';
import { PyDict } from '../types/dict.js';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** 'a' · 'a' and 'b' · 'a', 'b', and 'c' — CPython's list of missing names. */
function nameList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0]!;
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

function tooManyPositional(m: FunctionMeta, given: number, kwonlyGiven: number): never {
  const ndef = m.defaults.length;
  const takes = ndef > 0 ? `from ${m.positional - ndef} to ${m.positional}` : `${m.positional}`;
  const pl = ndef > 0 ? 'arguments' : m.positional === 1 ? 'argument' : 'arguments';
  const was = kwonlyGiven > 0
    ? `${plural(given, 'positional argument')} (and ${plural(kwonlyGiven, 'keyword-only argument')}) were given`
    : `${given} ${given === 1 ? 'was' : 'were'} given`;
  return typeErr(`${m.qualname}() takes ${takes} positional ${pl} but ${was}`);
}

export function bindArgs(m: FunctionMeta, args: readonly unknown[], kw: KwArgs): unknown[] {
  const npos = m.positional;
  const params = m.params;
  const out: unknown[] = new Array(params.length);
  const kwStart = npos + (m.varargs ? 1 : 0);
  const n = Math.min(args.length, npos);
  for (let i = 0; i < n; i++) out[i] = args[i];
  if (args.length > npos) {
    if (!m.varargs) {
      let kwonlyGiven = 0;
      if (kw) for (const k of kw.keys()) { const i = params.indexOf(k); if (i >= kwStart && i < kwStart + m.kwonly) kwonlyGiven++; }
      tooManyPositional(m, args.length, kwonlyGiven);
    }
    out[npos] = new PyTuple(args.slice(npos));
  } else if (m.varargs) {
    out[npos] = new PyTuple([]);
  }
  let extra: PyDict | null = null;
  if (m.varkw) extra = new PyDict();
  if (kw) {
    let posonlyAsKw: string[] | null = null;
    for (const [name, value] of kw) {
      let i = params.indexOf(name);
      if (i >= 0 && i < m.posonly) {
        if (extra) { extra.table.set(name, value); continue; }
        (posonlyAsKw ??= []).push(name);
        continue;
      }
      if (i === npos && m.varargs) i = -1;
      if (i >= kwStart + m.kwonly) i = -1; // the **kwargs parameter itself
      if (i < 0) {
        if (extra) { extra.table.set(name, value); continue; }
        typeErr(`${m.qualname}() got an unexpected keyword argument '${name}'`);
      }
      if (out[i] !== undefined) typeErr(`${m.qualname}() got multiple values for argument '${name}'`);
      out[i] = value;
    }
    if (posonlyAsKw) {
      typeErr(`${m.qualname}() got some positional-only arguments passed as keyword arguments: '${posonlyAsKw.join(', ')}'`);
    }
  }
  const firstDefault = npos - m.defaults.length;
  let missing: string[] | null = null;
  for (let i = 0; i < npos; i++) {
    if (out[i] !== undefined) continue;
    if (i >= firstDefault) out[i] = m.defaults[i - firstDefault];
    else (missing ??= []).push(params[i]!);
  }
  if (missing) typeErr(`${m.qualname}() missing ${plural(missing.length, 'required positional argument')}: ${nameList(missing)}`);
  for (let i = kwStart; i < kwStart + m.kwonly; i++) {
    if (out[i] !== undefined) continue;
    const name = params[i]!;
    if (m.kwdefaults !== null && Object.prototype.hasOwnProperty.call(m.kwdefaults, name)) out[i] = m.kwdefaults[name];
    else (missing ??= []).push(params[i]!);
  }
  if (missing) typeErr(`${m.qualname}() missing ${plural(missing.length, 'required keyword-only argument')}: ${nameList(missing)}`);
  if (m.varkw) out[params.length - 1] = extra;
  return out;
}
