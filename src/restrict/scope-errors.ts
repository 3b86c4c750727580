// The compile-time scope errors CPython 3.11 raises as SyntaxError (from symtable.c and
// compile.c), worded exactly as CPython words them. The resolver reports them as E204
// diagnostics with `data.pyType = 'SyntaxError'`, so a script sees the same message it would
// see under CPython.

import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';

export const scopeMessages = {
  globalParam: (n: string) => `name '${n}' is parameter and global`,
  nonlocalParam: (n: string) => `name '${n}' is parameter and nonlocal`,
  globalAfterUse: (n: string) => `name '${n}' is used prior to global declaration`,
  nonlocalAfterUse: (n: string) => `name '${n}' is used prior to nonlocal declaration`,
  globalAfterAssign: (n: string) => `name '${n}' is assigned to before global declaration`,
  nonlocalAfterAssign: (n: string) => `name '${n}' is assigned to before nonlocal declaration`,
  globalAnnot: (n: string) => `annotated name '${n}' can't be global`,
  nonlocalAnnot: (n: string) => `annotated name '${n}' can't be nonlocal`,
  nonlocalAndGlobal: (n: string) => `name '${n}' is nonlocal and global`,
  nonlocalAtModule: () => 'nonlocal declaration not allowed at module level',
  nonlocalNoBinding: (n: string) => `no binding for nonlocal '${n}' found`,
  duplicateArgument: (n: string) => `duplicate argument '${n}' in function definition`,
  returnOutsideFunction: () => "'return' outside function",
  yieldOutsideFunction: () => "'yield' outside function",
  yieldInComprehension: (what: string) => `'yield' inside ${what}`,
  yieldFromInAsync: () => "'yield from' inside async function",
  returnValueInAsyncGenerator: () => "'return' with value in async generator",
  awaitOutsideFunction: () => "'await' outside function",
  awaitOutsideAsync: () => "'await' outside async function",
  asyncComprehensionOutsideAsync: () => 'asynchronous comprehension outside of an asynchronous function',
  asyncStatementOutsideAsync: (what: 'for' | 'with') => `'async ${what}' outside async function`,
  breakOutsideLoop: () => "'break' outside loop",
  continueOutsideLoop: () => "'continue' not properly in loop",
  importStarNotAtModule: () => 'import * only allowed at module level',
  namedExprInClassComprehension: () =>
    'assignment expression within a comprehension cannot be used in a class body',
  namedExprRebindsIterVar: (n: string) =>
    `assignment expression cannot rebind comprehension iteration variable '${n}'`,
  keywordRepeated: (n: string) => `keyword argument repeated: ${n}`,
  defaultExceptNotLast: () => "default 'except:' must be last",
  namedExprInIterable: () => 'assignment expression cannot be used in a comprehension iterable expression',
} as const;

export function scopeError(span: Span, message: string): Diagnostic {
  return diagnostic('E204', { start: span.start, end: span.end }, message, { data: { pyType: 'SyntaxError' } });
}
