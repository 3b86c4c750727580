// Per-compilation state of the code generator, passed explicitly to every lowering function (no
// module-level mutable state: the host may compile concurrently). `Ctx` lives for one generate()
// call; `FnCtx` for one emitted JS function (the module, a def, a lambda, a comprehension, a class
// body) and records what must be declared at that function's top.

import type * as ES from 'estree';
import type * as ast from '../parser/ast.js';
import type { Resolution, Scope } from '../restrict/binding.js';
import { LineIndex } from '../diagnostics/line-index.js';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';

export interface Ctx {
  readonly filename: string;
  readonly source: string;
  readonly lines: LineIndex;
  readonly resolution: Resolution;
  readonly counters: boolean;
  readonly diagnostics: Diagnostic[];
  /** JS function name → Python code name. */
  readonly codeNames: Record<string, string>;
  /** Hoisted integral float constants: JS name → value (declared at the top of `$module`). */
  readonly floats: Map<string, number>;
  /** Reads of locals that are definitely assigned (definite-assignment.ts): no unbound check. */
  readonly safeReads: Set<ast.Name>;
  /** Counter for unique injected names across the whole program. */
  nextId: number;
  /**
   * The end of each Python span stamped by locOf, keyed by its `loc.start` object: astring hands
   * the source map only `loc.start`, and tracebacks need the whole span (source-map.ts).
   */
  readonly spanEnds: WeakMap<ES.Position, ES.Position>;
}

export interface LoopCtx {
  /** Temporary set to true by `break` when the loop has an `else` clause; null otherwise. */
  breakFlag: string | null;
}

export interface FnCtx {
  readonly kind: 'module' | 'function' | 'class' | 'comprehension';
  readonly scope: Scope;
  readonly parent: FnCtx | null;
  /** Temporaries declared with `let` at the top of this JS function. */
  readonly temps: string[];
  /** Enclosing loops, innermost last (break/continue and for/else flags). */
  readonly loops: LoopCtx[];
  /** Locals that are never unbound after entry (parameters not deleted): reads skip the check. */
  readonly alwaysBound: Set<string>;
  /** Name of the JS variable holding the class cell, for class bodies whose methods need it. */
  classCell: string | null;
  /** JS name of the first parameter (for zero-argument super()). */
  firstParam: string | null;
  readonly generator: boolean;
}

export function createCtx(resolution: Resolution, filename: string, source: string, counters: boolean): Ctx {
  return {
    filename, source, lines: new LineIndex(source), resolution, counters,
    diagnostics: [], codeNames: {}, floats: new Map(), safeReads: new Set(), nextId: 1, spanEnds: new WeakMap(),
  };
}

export function newFn(kind: FnCtx['kind'], scope: Scope, parent: FnCtx | null, generator = false): FnCtx {
  return {
    kind, scope, parent, temps: [], loops: [], alwaysBound: new Set(), classCell: null,
    firstParam: null, generator,
  };
}

/** A fresh injected name (`$t3`), declared with `let` at the top of the current JS function. */
export function temp(ctx: Ctx, fn: FnCtx, prefix = 't'): string {
  const name = `$${prefix}${ctx.nextId++}`;
  fn.temps.push(name);
  return name;
}

/** A fresh injected name that the caller declares itself (catch params, block consts). */
export function fresh(ctx: Ctx, prefix: string): string {
  return `$${prefix}${ctx.nextId++}`;
}

export function unsupported(ctx: Ctx, span: Span, what: string): void {
  ctx.diagnostics.push(diagnostic('E101', { start: span.start, end: span.end }, `${what} is not supported yet`));
}

/** The ESTree location of a Python span: 1-based line, 0-based UTF-16 column within the line. */
export function locOf(ctx: Ctx, span: Span): ES.SourceLocation {
  const s = ctx.lines.position(span.start);
  const e = ctx.lines.position(span.end);
  const start = { line: s.line, column: span.start - ctx.lines.lineStart(s.line) };
  const end = { line: e.line, column: span.end - ctx.lines.lineStart(e.line) };
  ctx.spanEnds.set(start, end);
  return { source: ctx.filename, start, end };
}

/**
 * Stamps the Python node's location on a generated node and on every synthesized descendant that has
 * none yet (children lowered from Python children already carry their own). astring maps only the
 * identifiers and literals it prints, so the location must reach them: then a V8 position anywhere
 * inside `$rt.add(...)` maps back to the BinOp.
 */
export function withLoc<T extends ES.Node>(ctx: Ctx, span: Span, node: T): T {
  stamp(node, locOf(ctx, span));
  return node;
}

function stamp(node: unknown, loc: ES.SourceLocation): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) stamp(n, loc);
    return;
  }
  const n = node as { type?: unknown; loc?: unknown; [k: string]: unknown };
  if (typeof n.type !== 'string') return;
  // A node with a location was lowered from a Python node of its own (lowering is bottom-up), and
  // so were its descendants: stop there. Synthesized parts of a function (prologue, `let`s, the
  // final `return null`) thus map to the def line, its statements to their own lines.
  if (n.loc) return;
  n.loc = loc;
  for (const key of Object.keys(n)) {
    if (key === 'loc') continue;
    const child = n[key];
    if (child && typeof child === 'object') stamp(child, loc);
  }
}

export type { ast };
