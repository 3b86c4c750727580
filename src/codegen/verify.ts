// The verifier: re-parses emitted JavaScript with acorn and accepts only codegen's vocabulary
// (security invariant 3). Default-deny: a node type without a case below is rejected. It is a
// second line behind the lowering code, so it checks shapes, not semantics:
//   - the program is one `(function $module($rt) { ... })` expression;
//   - identifiers are mangled script names, injected `$` names or `undefined`; `$rt` and `$s`
//     appear only as the object of a member access (never as values a script could get hold of);
//   - member access is `$rt.<ABI member>`, `$s.ops|depth|maxDepth|halt`, or `$tmp[<int>]` on an
//     injected name; calls go to `$rt.<member>` or to an immediately-called function expression;
//   - JS array literals appear only where a helper takes a JS array (or in a temporary passed to
//     one), object literals only as the FunctionMeta of `$rt.def`: a script never holds either;
//   - raw operators appear only in the counter, depth, halt and unbound-check patterns, on
//     booleans produced by `$rt.truthy` and friends, and `-` on number literals;
//   - no this, new, eval, import(), with, template literals, getters/setters, delete, in,
//     instanceof, labels, arrow functions, classes, regexes, `var`.
// Every violation is an E300 diagnostic (an internal error: generate() never emits one knowingly).

import * as acorn from 'acorn';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { ABI_MEMBERS, BOOLEAN_HELPERS, STATE_FIELDS } from './abi-members.js';
import { demangle, isInjected } from './mangle.js';

type N = acorn.Node & { [k: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

const ABI: ReadonlySet<string> = new Set(ABI_MEMBERS);
/** Which arguments of a `$rt` helper are JS arrays (the ABI's `unknown[]` parameters). */
const ARRAY_ARGS: ReadonlyMap<string, readonly number[]> = new Map([
  ['callKw', [1, 2, 3]], ['callEx', [1]], ['callMethodKw', [2, 3, 4]], ['spreadInto', [0]], ['spreadArgs', [0]],
  ['list', [0]], ['tuple', [0]], ['dict', [0]], ['set', [0]], ['constSet', [0]], ['makeClass', [2, 4, 5]],
  ['moduleEnd', [1, 2]], ['matchSequence', [0]], ['matchKeys', [0, 2]], ['matchClass', [0, 4]],
]);
const FUNCTION_NAMES = new Set(['$module', '$lambda', '$listcomp', '$setcomp', '$dictcomp', '$genexpr']);

export function verify(js: string): Diagnostic[] {
  const errors: Diagnostic[] = [];
  const fail = (node: { start: number; end: number }, rule: string): void => {
    errors.push(diagnostic('E300', { start: 0, end: 0 }, `generated code rejected by the verifier: ${rule} at JS offset ${node.start}`, {
      data: { rule, jsStart: node.start, jsEnd: node.end },
    }));
  };
  let program: N;
  try {
    program = acorn.parse(js, { ecmaVersion: 2022, sourceType: 'script' }) as N;
  } catch (err) {
    const at = typeof (err as { pos?: unknown }).pos === 'number' ? (err as { pos: number }).pos : 0;
    fail({ start: at, end: at }, 'unparsable output');
    return errors;
  }
  const top = program.body[0] as N | undefined;
  const fnNode = top?.type === 'ExpressionStatement' ? (top.expression as N) : null;
  if (program.body.length !== 1 || !fnNode || fnNode.type !== 'FunctionExpression' || fnNode.id?.name !== '$module'
    || fnNode.params.length !== 1 || fnNode.params[0].name !== '$rt' || fnNode.generator || fnNode.async) {
    fail(program, 'the program must be one (function $module($rt) {...}) expression');
    return errors;
  }
  const v = new Walker(fail);
  v.functionBody(fnNode, true);
  return errors;
}

const isId = (n: N | null | undefined, name?: string): boolean => n?.type === 'Identifier' && (name === undefined || n.name === name);
const isRtMember = (n: N | null | undefined): boolean => n?.type === 'MemberExpression' && !n.computed && isId(n.object, '$rt');
const isRtCall = (n: N | null | undefined, names?: ReadonlySet<string>): boolean =>
  n?.type === 'CallExpression' && isRtMember(n.callee) && (names === undefined || names.has(n.callee.property.name));
const isStateField = (n: N | null | undefined, field?: string): boolean =>
  n?.type === 'MemberExpression' && !n.computed && isId(n.object, '$s') && (field === undefined || n.property.name === field);
const isInjectedId = (n: N | null | undefined): boolean => n?.type === 'Identifier' && isInjected(n.name) && n.name !== '$rt' && n.name !== '$s';

/** An expression whose value is a JS boolean codegen produced (safe under raw `!`, `&&`, `||`). */
function isBooleanish(n: N): boolean {
  switch (n.type) {
    case 'CallExpression': return isRtCall(n, BOOLEAN_HELPERS);
    case 'UnaryExpression': return n.operator === '!';
    case 'LogicalExpression': return isBooleanish(n.left) && isBooleanish(n.right);
    case 'Literal': return typeof n.value === 'boolean';
    case 'Identifier': return isInjectedId(n);
    case 'SequenceExpression': return isBooleanish(n.expressions[n.expressions.length - 1]);
    default: return false;
  }
}

class Walker {
  constructor(private readonly fail: (node: N, rule: string) => void) {}

  functionBody(f: N, isModule: boolean): void {
    if (f.async) this.fail(f, 'async function');
    if (!isModule) {
      const name: string | undefined = f.id?.name;
      const d = name ? demangle(name) : null;
      if (!name || !(FUNCTION_NAMES.has(name) || d?.kind === 'function' || d?.kind === 'class')) this.fail(f, `function name ${name ?? '(anonymous)'}`);
      for (const p of f.params) {
        if (p.type !== 'Identifier') this.fail(p, 'non-identifier parameter');
        else this.binding(p);
      }
    }
    const body: N[] = f.body.body;
    body.forEach((s, i) => {
      if (s.type === 'ExpressionStatement' && s.directive !== undefined) {
        if (!(isModule && i === 0 && s.directive === 'use strict')) this.fail(s, 'directive');
        return;
      }
      if (isModule && s.type === 'VariableDeclaration' && s.declarations.length === 1 && isId(s.declarations[0].id, '$s')) {
        if (s.kind !== 'const' || !isRtMember(s.declarations[0].init) || s.declarations[0].init.property.name !== 'state') this.fail(s, '$s must be const $s = $rt.state');
        return;
      }
      this.stmt(s);
    });
    if (isModule && body[0]?.directive !== 'use strict') this.fail(f, 'missing "use strict"');
  }

  /** A declared or assigned identifier: a script name or an injected temporary (never $rt/$s). */
  binding(n: N): void {
    if (n.type !== 'Identifier') return this.fail(n, `assignment target ${n.type}`);
    if (!(demangle(n.name) !== null || isInjectedId(n))) this.fail(n, `identifier ${n.name}`);
  }

  stmt(s: N): void {
    switch (s.type) {
      case 'ExpressionStatement': return this.expr(s.expression);
      case 'BlockStatement': return s.body.forEach((x: N) => this.stmt(x));
      case 'VariableDeclaration':
        if (s.kind === 'var') this.fail(s, 'var');
        for (const d of s.declarations) {
          if (d.id.type === 'ArrayPattern') {
            if (s.kind !== 'const' || !isRtCall(d.init, new Set(['withEnter']))) this.fail(d, 'destructuring outside with');
            for (const el of d.id.elements) if (!isInjectedId(el)) this.fail(el ?? d, 'destructuring target');
          } else this.binding(d.id);
          if (d.init) this.expr(d.init);
        }
        return;
      case 'IfStatement':
        this.test(s.test);
        this.stmt(s.consequent);
        if (s.alternate) this.stmt(s.alternate);
        return;
      case 'WhileStatement':
        this.test(s.test);
        return this.stmt(s.body);
      case 'ForOfStatement': {
        if (s.await) this.fail(s, 'for await');
        const left = s.left as N;
        if (left.type === 'VariableDeclaration') {
          if (left.kind !== 'const' || left.declarations.length !== 1 || !isInjectedId(left.declarations[0].id)) this.fail(left, 'for-of declaration');
        } else this.binding(left);
        if (!(isRtCall(s.right, new Set(['iterate'])) || isId(s.right, '$it'))) this.fail(s.right, 'for-of over something other than $rt.iterate');
        this.expr(s.right);
        return this.stmt(s.body);
      }
      case 'TryStatement':
        this.stmt(s.block);
        if (s.handler) {
          if (!isInjectedId(s.handler.param)) this.fail(s.handler, 'catch parameter');
          this.stmt(s.handler.body);
        }
        if (s.finalizer) this.stmt(s.finalizer);
        return;
      case 'ThrowStatement':
        if (!(isInjectedId(s.argument) || isStateField(s.argument, 'halt'))) this.fail(s, 'throw of a non-injected value');
        return;
      case 'ReturnStatement':
        if (s.argument) this.expr(s.argument);
        return;
      case 'BreakStatement':
      case 'ContinueStatement':
        if (s.label) this.fail(s, 'label');
        return;
      default:
        return this.fail(s, `statement ${s.type}`);
    }
  }

  /** A test position: a booleanish form or one of the raw-operator guard patterns. */
  test(n: N): void {
    if (!(isBooleanish(n) || n.type === 'BinaryExpression')) this.fail(n, 'test that is not a JS boolean');
    this.expr(n);
  }

  /** `role`: 'value' for script values; 'array' where a JS array may appear; 'meta' for $rt.def's meta. */
  expr(n: N, role: 'value' | 'array' | 'meta' = 'value'): void {
    switch (n.type) {
      case 'Identifier':
        if (n.name === 'undefined') return;
        return this.binding(n);
      case 'Literal':
        if (n.regex) return this.fail(n, 'regex literal');
        return;
      case 'MemberExpression': return this.memberExpr(n);
      case 'CallExpression': {
        if (n.optional) this.fail(n, 'optional call');
        let carriers: readonly number[] = [];
        if (n.callee.type === 'FunctionExpression') this.functionBody(n.callee, false);
        else if (!isRtMember(n.callee)) this.fail(n, 'call of something other than $rt.<member>');
        else {
          this.memberExpr(n.callee);
          carriers = ARRAY_ARGS.get(n.callee.property.name) ?? [];
        }
        n.arguments.forEach((a: N, i: number) => {
          if (i === 1 && a.type === 'ObjectExpression' && isRtCall(n, new Set(['def']))) this.expr(a, 'meta');
          else this.element(a, carriers.includes(i) ? 'array' : 'value');
        });
        return;
      }
      case 'ArrayExpression':
        // JS arrays only travel into the runtime helpers that take them (or into a temporary that
        // is passed to one): a script never holds a raw JS array as a value.
        if (role === 'value') this.fail(n, 'array literal as a script value');
        for (const el of n.elements) {
          if (el === null) this.fail(n, 'array hole');
          else this.element(el, 'value');
        }
        return;
      case 'ObjectExpression':
        if (role !== 'meta') this.fail(n, 'object literal outside the FunctionMeta of $rt.def');
        for (const p of n.properties) {
          if (p.type !== 'Property' || p.kind !== 'init' || p.method || p.computed || p.shorthand) {
            this.fail(p, 'object property other than key: value');
            continue;
          }
          const key = p.key.type === 'Identifier' ? p.key.name : p.key.value;
          if (key === '__proto__') this.fail(p, '__proto__ key');
          // FunctionMeta holds name lists and default arrays, and kwdefaults (an object).
          this.expr(p.value, key === 'defaults' || key === 'params' ? 'array' : key === 'kwdefaults' ? 'meta' : 'value');
        }
        return;
      case 'FunctionExpression':
        return this.functionBody(n, false);
      case 'AssignmentExpression':
        if (n.operator !== '=') this.fail(n, `operator ${n.operator}`);
        this.binding(n.left);
        return this.expr(n.right, isInjectedId(n.left) ? 'array' : 'value');
      case 'SequenceExpression': return n.expressions.forEach((e: N) => this.expr(e));
      case 'ConditionalExpression':
        this.test(n.test);
        this.expr(n.consequent);
        return this.expr(n.alternate);
      case 'UnaryExpression':
        if (n.operator === '!') {
          if (!isBooleanish(n.argument)) this.fail(n, '! on a non-boolean');
          return this.expr(n.argument);
        }
        if (n.operator === '-' && n.argument.type === 'Literal' && (typeof n.argument.value === 'number' || typeof n.argument.value === 'bigint')) return;
        return this.fail(n, `unary operator ${n.operator}`);
      case 'LogicalExpression':
        if (n.operator === '??') this.fail(n, 'operator ??');
        if (!isBooleanish(n.left)) this.fail(n, `${n.operator} on a non-boolean`);
        // The one non-boolean right operand: `$rt.truthy(test) || $rt.assertFail(msg)`.
        if (!(isBooleanish(n.right) || (n.operator === '||' && isRtCall(n.right, new Set(['assertFail']))))) this.fail(n, `${n.operator} on a non-boolean`);
        this.expr(n.left);
        return this.expr(n.right);
      case 'BinaryExpression': return this.binaryExpr(n);
      case 'UpdateExpression':
        if (!(isStateField(n.argument, 'ops') || isStateField(n.argument, 'depth'))) this.fail(n, 'update of something other than $s.ops/$s.depth');
        return;
      case 'YieldExpression':
        if (n.delegate && !isRtCall(n.argument, new Set(['yieldFrom']))) this.fail(n, 'yield* of something other than $rt.yieldFrom');
        if (n.argument) this.expr(n.argument);
        return;
      default:
        return this.fail(n, `expression ${n.type}`);
    }
  }

  element(n: N, role: 'value' | 'array'): void {
    if (n.type !== 'SpreadElement') return this.expr(n, role);
    if (!(isRtCall(n.argument) || isInjectedId(n.argument))) this.fail(n, 'spread of something other than a $rt result');
    return this.expr(n.argument);
  }

  memberExpr(n: N): void {
    if (n.optional) return this.fail(n, 'optional member access');
    if (n.computed) {
      const p = n.property as N;
      const intIndex = p.type === 'Literal' && typeof p.value === 'number' && Number.isInteger(p.value) && p.value >= 0;
      if (!isInjectedId(n.object) || !intIndex) this.fail(n, 'computed member access');
      return;
    }
    if (isId(n.object, '$rt')) {
      if (!ABI.has(n.property.name)) this.fail(n, `$rt.${n.property.name} is not an ABI member`);
      return;
    }
    if (isId(n.object, '$s')) {
      if (!STATE_FIELDS.has(n.property.name)) this.fail(n, `$s.${n.property.name}`);
      return;
    }
    this.fail(n, 'member access on a script value');
  }

  binaryExpr(n: N): void {
    const { operator: op, left, right } = n;
    // The unbound checks: `x$ !== undefined`, `($t = $rt.classLookup(...)) !== undefined`, `x$ === undefined`.
    if ((op === '!==' || op === '===') && isId(right, 'undefined')) {
      if (left.type === 'AssignmentExpression' && isInjectedId(left.left) && isRtCall(left.right, new Set(['classLookup']))) return this.expr(left);
      if (left.type === 'Identifier') return this.expr(left);
    }
    if (op === '!==' && isStateField(left, 'halt') && right.type === 'Literal' && right.value === null) return;
    if (op === '<' && left.type === 'UpdateExpression' && left.operator === '--' && isStateField(left.argument, 'ops') && right.type === 'Literal' && right.value === 0) return;
    if (op === '>' && left.type === 'UpdateExpression' && left.operator === '++' && isStateField(left.argument, 'depth') && isStateField(right, 'maxDepth')) return;
    this.fail(n, `binary operator ${op}`);
  }
}
