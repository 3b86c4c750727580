// Token kinds for the tokenizer (tokenizer.ts) and the parser, as data tables in the spirit of
// acorn's tokentype.js: the operator list, the keyword sets, and the operator → AST-kind maps the
// expression parser reads instead of hard-coding them in branches.

import type { CmpOpKind, OperatorKind } from './ast.js';

export type TokenType =
  | 'NAME' | 'NUMBER' | 'STRING' | 'OP' | 'NEWLINE' | 'INDENT' | 'DEDENT' | 'ENDMARKER'
  /** A character no token starts with (`$`, `?`, a lone `!`): the parser reports `invalid syntax` at it. */
  | 'ERRORTOKEN';

export interface Token {
  type: TokenType;
  /** The source text of the token (for NAME: NFKC-normalised; for NEWLINE/INDENT/DEDENT: ''). */
  value: string;
  start: number;
  end: number;
}

/** Every operator and delimiter of Python 3.11, longest first so the scanner can take the first match. */
export const OPERATORS: readonly string[] = [
  '**=', '//=', '>>=', '<<=', '...',
  '!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=', ':=', '<<', '<=', '==', '>=', '>>',
  '@=', '^=', '|=',
  '%', '&', '(', ')', '*', '+', ',', '-', '.', '/', ':', ';', '<', '=', '>', '@', '[', ']', '^',
  '{', '|', '}', '~',
];

export const OPEN_BRACKETS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };
export const CLOSE_BRACKETS: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };

export const KEYWORDS: ReadonlySet<string> = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
  'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

/** Soft keywords are keywords only where the grammar says so; elsewhere they are plain names. */
export const SOFT_KEYWORDS: ReadonlySet<string> = new Set(['match', 'case', '_']);

/** Binary operators by precedence level, loosest first (bitwise_or ... term in CPython's grammar). */
export const BINARY_LEVELS: readonly (Readonly<Record<string, OperatorKind>>)[] = [
  { '|': 'BitOr' },
  { '^': 'BitXor' },
  { '&': 'BitAnd' },
  { '<<': 'LShift', '>>': 'RShift' },
  { '+': 'Add', '-': 'Sub' },
  { '*': 'Mult', '/': 'Div', '//': 'FloorDiv', '%': 'Mod', '@': 'MatMult' },
];

/** Augmented assignment operators (`+=` ...) and the binary operator each applies. */
export const AUG_ASSIGN: Readonly<Record<string, OperatorKind>> = {
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '@=': 'MatMult', '/=': 'Div', '%=': 'Mod', '&=': 'BitAnd',
  '|=': 'BitOr', '^=': 'BitXor', '<<=': 'LShift', '>>=': 'RShift', '**=': 'Pow', '//=': 'FloorDiv',
};

/** Single-token comparison operators; `not in` and `is not` take two tokens and are handled apart. */
export const COMPARE_OPS: Readonly<Record<string, CmpOpKind>> = {
  '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE', in: 'In', is: 'Is',
};
