// Tiny ESTree builders (after Svelte's utils/builders.js): the only place in codegen that writes
// ESTree object literals. Lowering code reads as `b.call(b.rt('add'), [l, r])` instead of nested
// literals. `loc` is attached afterwards by `withLoc` (context.ts) so source maps point at Python.

import type * as ES from 'estree';

export type Expr = ES.Expression;
export type Stmt = ES.Statement;
export type Pattern = ES.Pattern;

export function id(name: string): ES.Identifier {
  return { type: 'Identifier', name };
}

/** A string, boolean or null literal, or a finite non-negative number. */
export function literal(value: string | number | boolean | null): ES.Expression {
  if (typeof value === 'number' && (value < 0 || Object.is(value, -0))) {
    return unary('-', literal(-value));
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    if (Number.isNaN(value)) throw new Error('NaN literal');
    return { type: 'Literal', value, raw: '1e999' } as ES.Literal;
  }
  return { type: 'Literal', value } as ES.Literal;
}

export function bigint(value: bigint): ES.Expression {
  const text = value < 0n ? (-value).toString() : value.toString();
  const lit = { type: 'Literal', value: BigInt(text), bigint: text, raw: `${text}n` } as ES.Literal;
  return value < 0n ? unary('-', lit) : lit;
}

export function undef(): ES.Identifier {
  return id('undefined');
}

export function member(object: ES.Expression, property: string): ES.MemberExpression {
  return { type: 'MemberExpression', object, property: id(property), computed: false, optional: false };
}

export function index(object: ES.Expression, i: number): ES.MemberExpression {
  return { type: 'MemberExpression', object, property: literal(i), computed: true, optional: false };
}

/** `$rt.<name>`: a runtime ABI member. */
export function rt(name: string): ES.MemberExpression {
  return member(id('$rt'), name);
}

export function call(callee: ES.Expression, args: (ES.Expression | ES.SpreadElement)[]): ES.CallExpression {
  return { type: 'CallExpression', callee, arguments: args, optional: false };
}

/** `$rt.<name>(...args)`. */
export function rtCall(name: string, args: (ES.Expression | ES.SpreadElement)[]): ES.CallExpression {
  return call(rt(name), args);
}

export function spread(argument: ES.Expression): ES.SpreadElement {
  return { type: 'SpreadElement', argument };
}

export function array(elements: (ES.Expression | ES.SpreadElement)[]): ES.ArrayExpression {
  return { type: 'ArrayExpression', elements };
}

export function object(props: [string, ES.Expression][]): ES.ObjectExpression {
  return {
    type: 'ObjectExpression',
    properties: props.map(([k, v]) => ({
      type: 'Property', key: /^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? id(k) : literal(k),
      value: v, kind: 'init', method: false, shorthand: false, computed: false,
    }) as ES.Property),
  };
}

export function assign(left: ES.Pattern, right: ES.Expression): ES.AssignmentExpression {
  return { type: 'AssignmentExpression', operator: '=', left, right };
}

export function seq(expressions: ES.Expression[]): ES.Expression {
  return expressions.length === 1 ? expressions[0]! : { type: 'SequenceExpression', expressions };
}

export function cond(test: ES.Expression, consequent: ES.Expression, alternate: ES.Expression): ES.ConditionalExpression {
  return { type: 'ConditionalExpression', test, consequent, alternate };
}

export function logical(operator: '&&' | '||', left: ES.Expression, right: ES.Expression): ES.LogicalExpression {
  return { type: 'LogicalExpression', operator, left, right };
}

export function binary(operator: ES.BinaryOperator, left: ES.Expression, right: ES.Expression): ES.BinaryExpression {
  return { type: 'BinaryExpression', operator, left, right };
}

export function unary(operator: ES.UnaryOperator, argument: ES.Expression): ES.UnaryExpression {
  return { type: 'UnaryExpression', operator, prefix: true, argument };
}

export function update(operator: '++' | '--', argument: ES.Expression): ES.UpdateExpression {
  return { type: 'UpdateExpression', operator, prefix: true, argument };
}

export function yieldExpr(argument: ES.Expression, delegate = false): ES.YieldExpression {
  return { type: 'YieldExpression', argument, delegate };
}

export function fn(
  name: string | null, params: ES.Pattern[], body: ES.Statement[], generator = false,
): ES.FunctionExpression {
  return {
    type: 'FunctionExpression', id: name === null ? null : id(name), params,
    body: block(body), generator, async: false,
  };
}

// ---------------------------------------------------------------- statements

export function exprStmt(expression: ES.Expression): ES.ExpressionStatement {
  return { type: 'ExpressionStatement', expression };
}

export function block(body: ES.Statement[]): ES.BlockStatement {
  return { type: 'BlockStatement', body };
}

export function letDecl(names: string[], init?: ES.Expression[]): ES.VariableDeclaration {
  return {
    type: 'VariableDeclaration', kind: 'let',
    declarations: names.map((n, i) => ({ type: 'VariableDeclarator', id: id(n), init: init?.[i] ?? null })),
  };
}

export function constDecl(target: ES.Pattern, init: ES.Expression): ES.VariableDeclaration {
  return { type: 'VariableDeclaration', kind: 'const', declarations: [{ type: 'VariableDeclarator', id: target, init }] };
}

export function arrayPattern(names: string[]): ES.ArrayPattern {
  return { type: 'ArrayPattern', elements: names.map(id) };
}

export function ifStmt(test: ES.Expression, consequent: ES.Statement[], alternate?: ES.Statement[] | ES.IfStatement): ES.IfStatement {
  const alt = alternate === undefined ? null
    : Array.isArray(alternate) ? (alternate.length ? block(alternate) : null) : alternate;
  return { type: 'IfStatement', test, consequent: block(consequent), alternate: alt };
}

/** `if (test) stmt;` without braces: used by the one-line guards. */
export function ifBare(test: ES.Expression, consequent: ES.Statement): ES.IfStatement {
  return { type: 'IfStatement', test, consequent, alternate: null };
}

export function whileStmt(test: ES.Expression, body: ES.Statement[]): ES.WhileStatement {
  return { type: 'WhileStatement', test, body: block(body) };
}

export function forOf(left: ES.VariableDeclaration | ES.Pattern, right: ES.Expression, body: ES.Statement[]): ES.ForOfStatement {
  return { type: 'ForOfStatement', left, right, body: block(body), await: false };
}

export function tryStmt(
  body: ES.Statement[], handler: { param: string; body: ES.Statement[] } | null, finalizer: ES.Statement[] | null,
): ES.TryStatement {
  return {
    type: 'TryStatement', block: block(body),
    handler: handler ? { type: 'CatchClause', param: id(handler.param), body: block(handler.body) } : null,
    finalizer: finalizer ? block(finalizer) : null,
  };
}

export function throwStmt(argument: ES.Expression): ES.ThrowStatement {
  return { type: 'ThrowStatement', argument };
}

export function returnStmt(argument: ES.Expression | null): ES.ReturnStatement {
  return { type: 'ReturnStatement', argument };
}

export function breakStmt(): ES.BreakStatement {
  return { type: 'BreakStatement', label: null };
}

export function continueStmt(): ES.ContinueStatement {
  return { type: 'ContinueStatement', label: null };
}

export function directive(text: string): ES.ExpressionStatement {
  return { type: 'ExpressionStatement', expression: literal(text), directive: text } as ES.ExpressionStatement;
}

export function program(body: ES.Statement[]): ES.Program {
  return { type: 'Program', sourceType: 'script', body };
}
