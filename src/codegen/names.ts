// Reading, writing and deleting Python names, by the restrict pass's resolution of each name site.
//   local      → the JS `let` of the current function (`x$`), checked for unbound unless always bound
//   cell       → the same JS variable in the enclosing JS function (JS closures = Python cells)
//   global     → the module-level `let x$g`; unbound falls back to builtins via `$rt.globalMissing`
//   class      → `$rt.classLookup($ns, 'x')`, falling back to the resolution's fallback
// `$ns` is the parameter of the class body function (each class body has its own). Names are the
// resolver's, i.e. after private name mangling; attribute names go through attrName the same way.

import type * as ES from 'estree';
import type { NameResolution, NameSite } from '../restrict/binding.js';
import * as b from './builders.js';
import { mangle } from './mangle.js';
import { temp, type Ctx, type FnCtx } from './context.js';
import { mangle as privateMangle } from '../restrict/mangle.js';

/** An attribute name as CPython compiles it inside a class: `self.__x` is `self._C__x`. */
export function attrName(fn: FnCtx, attr: string): string {
  return privateMangle(attr, fn.scope);
}

type Plain = Exclude<NameResolution, { kind: 'class' }>;

export function resolve(ctx: Ctx, site: NameSite, name: string): NameResolution {
  // A site the resolver did not record: treat as a module-level name (the safe, checked path).
  return ctx.resolution.names.get(site) ?? { kind: 'builtin-or-global', name };
}

/**
 * The name of a variable as the resolver keys it (as written; see Symbol.privateName). Private
 * name mangling applies where it is observable: attribute names, class namespace keys and
 * parameter names (keyword binding); JS variables keep the written name, consistently.
 */
export function resolvedName(r: Exclude<NameResolution, { kind: 'class' }>, spelled: string): string {
  switch (r.kind) {
    case 'local':
    case 'cell':
      return r.symbol.name;
    case 'global':
    case 'builtin-or-global':
      return r.name ?? spelled;
  }
}

/** The key of a name in a class namespace: privately mangled as CPython does (`__k` in C is `_C__k`). */
function classKey(fn: FnCtx, r: { name: string }): string {
  return privateMangle(r.name, fn.scope);
}

export function jsName(r: Plain, spelled: string): string {
  const name = resolvedName(r, spelled);
  switch (r.kind) {
    case 'local':
    case 'cell':
      return mangle(name, 'local');
    case 'global':
    case 'builtin-or-global':
      return mangle(name, 'global');
  }
}

function checked(js: string, helper: string, name: string): ES.Expression {
  return b.cond(b.binary('!==', b.id(js), b.undef()), b.id(js), b.rtCall(helper, [b.literal(name)]));
}

function readPlain(ctx: Ctx, fn: FnCtx, site: NameSite, r: Plain, spelled: string): ES.Expression {
  const js = jsName(r, spelled);
  const name = resolvedName(r, spelled);
  switch (r.kind) {
    case 'local': {
      const safe = fn.alwaysBound.has(js) || (site.kind === 'Name' && ctx.safeReads.has(site));
      return safe ? b.id(js) : checked(js, 'unboundLocal', name);
    }
    case 'cell':
      return checked(js, 'unboundFree', name);
    case 'global':
    case 'builtin-or-global':
      return checked(js, 'globalMissing', name);
  }
}

export function readName(ctx: Ctx, fn: FnCtx, site: NameSite, spelled: string): ES.Expression {
  const r = resolve(ctx, site, spelled);
  if (r.kind !== 'class') return readPlain(ctx, fn, site, r, spelled);
  const name = classKey(fn, r);
  const t = temp(ctx, fn);
  return b.cond(
    b.binary('!==', b.assign(b.id(t), b.rtCall('classLookup', [b.id('$ns'), b.literal(name)])), b.undef()),
    b.id(t),
    readPlain(ctx, fn, site, r.fallback, spelled),
  );
}

/** An expression that stores `value` into the name (its value is not used). */
export function storeName(ctx: Ctx, fn: FnCtx, site: NameSite, spelled: string, value: ES.Expression): ES.Expression {
  const r = resolve(ctx, site, spelled);
  if (r.kind === 'class') return b.rtCall('classStore', [b.id('$ns'), b.literal(classKey(fn, r)), value]);
  return b.assign(b.id(jsName(r, spelled)), value);
}

/** `del name`: unbound names raise as a read would; then the name becomes unbound. */
export function deleteName(ctx: Ctx, fn: FnCtx, site: NameSite, spelled: string): ES.Statement[] {
  const r = resolve(ctx, site, spelled);
  if (r.kind === 'class') return [b.exprStmt(b.rtCall('classDelete', [b.id('$ns'), b.literal(classKey(fn, r))]))];
  const name = resolvedName(r, spelled);
  const js = jsName(r, spelled);
  const helper = r.kind === 'local' ? 'unboundLocal' : r.kind === 'cell' ? 'unboundFree' : 'unboundGlobal';
  return [
    b.ifBare(b.binary('===', b.id(js), b.undef()), b.exprStmt(b.rtCall(helper, [b.literal(name)]))),
    b.exprStmt(b.assign(b.id(js), b.undef())),
  ];
}

/** Unbinds a name without checking (the implicit `del` after `except E as name`). */
export function unbindName(ctx: Ctx, fn: FnCtx, site: NameSite, spelled: string): ES.Statement[] {
  const r = resolve(ctx, site, spelled);
  if (r.kind === 'class') {
    const name = classKey(fn, r);
    // As CPython: `name = None; del name`, so a handler that deleted the name does not fail here.
    return [
      b.exprStmt(b.rtCall('classStore', [b.id('$ns'), b.literal(name), b.literal(null)])),
      b.exprStmt(b.rtCall('classDelete', [b.id('$ns'), b.literal(name)])),
    ];
  }
  return [b.exprStmt(b.assign(b.id(jsName(r, spelled)), b.undef()))];
}
