// The code generator's public API: generate() lowers a checked Python module to one JavaScript
// function expression `(function $module($rt) { "use strict"; ... })` plus a source map back to the
// .py file, then re-parses and verifies its own output (verify.ts). Pipeline position: after
// restrict (which supplies the Resolution side tables), before the host runs the code.

import type * as ES from 'estree';
import { generate as print } from 'astring';
import type * as ast from '../parser/ast.js';
import type { Resolution } from '../restrict/binding.js';
import type { Diagnostic, SourceMapV3 } from '../types.js';
import { diagnostic } from '../diagnostics/diagnostic.js';
import * as b from './builders.js';
import { createCtx, newFn, withLoc, type Ctx } from './context.js';
import { demangle, mangle } from './mangle.js';
import { SourceMapBuilder } from './source-map.js';
import { lowerExpr } from './lower-expressions.js';
import { lowerStmt } from './lower-statements.js';
import { verify } from './verify.js';
import { docstringOf } from './lower-functions.js';

export { verify } from './verify.js';
export { originalPositionFor, SourceMapBuilder } from './source-map.js';
export { mangle, demangle } from './mangle.js';

export interface GenerateOptions {
  filename: string;
  source: string;
  /** Default true. false omits the op counters: a benchmark-only switch, never for untrusted code. */
  counters?: boolean;
}

export interface GenerateResult {
  js: string;
  sourceMap: SourceMapV3;
  /** JS function name → Python code name as CPython shows it in tracebacks. */
  codeNames: Record<string, string>;
  diagnostics: Diagnostic[];
}

export function generate(module: ast.Module, resolution: Resolution, options: GenerateOptions): GenerateResult {
  const ctx = createCtx(resolution, options.filename, options.source, options.counters ?? true);
  const map = new SourceMapBuilder(options.filename, options.source, (start) => ctx.spanEnds.get(start));
  let js: string;
  try {
    const program = b.program([b.exprStmt(lowerModule(ctx, module))]);
    js = print(program, { sourceMap: map as never, indent: '  ' });
  } catch {
    // A bug in codegen, never the user's fault: report it as data, do not throw, and do not pass
    // raw JavaScript error text on to the user.
    return {
      js: '', sourceMap: map.toJSON(), codeNames: {},
      diagnostics: [...ctx.diagnostics, diagnostic('E300', { start: 0, end: 0 }, 'internal code generator error')],
    };
  }
  const diagnostics = [...ctx.diagnostics, ...verify(js)];
  return { js, sourceMap: map.toJSON(), codeNames: { ...ctx.codeNames }, diagnostics };
}

function lowerModule(ctx: Ctx, module: ast.Module): ES.FunctionExpression {
  const fn = newFn('module', ctx.resolution.module, null);
  ctx.codeNames['$module'] = '<module>';
  const stmts = module.body;
  const last = stmts[stmts.length - 1];
  const body: ES.Statement[] = [];
  for (const s of last?.kind === 'Expr' ? stmts.slice(0, -1) : stmts) body.push(...lowerStmt(ctx, fn, s));
  if (last?.kind === 'Expr') body.push(withLoc(ctx, last, b.returnStmt(lowerExpr(ctx, fn, last.value))));
  else body.push(b.returnStmt(b.literal(null)));

  const globals = new Set<string>([...ctx.resolution.moduleGlobals, ...ctx.resolution.unresolved]);
  collectGlobals(body, globals);
  if (globals.size) {
    // The module's globals as they stand at its end, for the runtime's `sandbox.call` lookup:
    // `return $rt.moduleEnd(<last value>, [names], [values])` (evaluated after the last value).
    const ret = body[body.length - 1] as ES.ReturnStatement;
    const names = [...globals];
    ret.argument = b.rtCall('moduleEnd', [
      ret.argument ?? b.literal(null),
      b.array(names.map((n) => b.literal(n))),
      b.array(names.map((n) => b.id(mangle(n, 'global')))),
    ]);
  }
  const prologue: ES.Statement[] = [
    b.directive('use strict'),
    b.constDecl(b.id('$s'), b.rt('state')),
  ];
  for (const [name, value] of ctx.floats) prologue.push(b.constDecl(b.id(name), b.rtCall('float', [b.literal(value)])));
  if (globals.size) {
    const names = [...globals];
    // A module docstring is the module's __doc__ (the runtime gives None when there is none).
    const doc = docstringOf(stmts)[0];
    const init = (n: string): ES.Expression =>
      n === '__doc__' && doc !== undefined ? b.literal(doc) : b.rtCall('initGlobal', [b.literal(n)]);
    prologue.push(b.letDecl(names.map((n) => mangle(n, 'global')), names.map(init)));
  }
  if (fn.temps.length) prologue.push(b.letDecl(fn.temps));
  return b.fn('$module', [b.id('$rt')], [...prologue, ...body]);
}

/** Every module-level name the emitted code mentions (a fallback when a site was not resolved). */
function collectGlobals(node: unknown, out: Set<string>): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) collectGlobals(n, out);
    return;
  }
  const n = node as { type?: string; name?: string; [k: string]: unknown };
  if (n.type === 'Identifier' && typeof n.name === 'string') {
    const d = demangle(n.name);
    if (d?.kind === 'global') out.add(d.name);
    return;
  }
  for (const [k, v] of Object.entries(n)) if (k !== 'loc' && v && typeof v === 'object') collectGlobals(v, out);
}
