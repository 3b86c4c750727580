// The Python AST: the data contract between the parser, the restriction pass and the code generator.
// Node kinds and field names follow CPython 3.11's `ast` module exactly (`FunctionDef.decorator_list`,
// `arguments.kw_defaults`, ...), so CPython's documentation is this file's documentation. Every node
// carries `start`/`end`: UTF-16 offsets into the source text, end exclusive; line and column are
// computed only when reporting (src/diagnostics/line-index.ts).

import type { Span } from '../diagnostics/span.js';
export type { Span };

export type ExprContext = 'Load' | 'Store' | 'Del';
export type BoolOpKind = 'And' | 'Or';
export type OperatorKind =
  | 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow'
  | 'LShift' | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';
export type UnaryOpKind = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type CmpOpKind = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

/** A literal's value. Ints are always bigint here; codegen picks the run-time representation. */
export type ConstantValue =
  | { type: 'None' }
  | { type: 'bool'; value: boolean }
  | { type: 'int'; value: bigint }
  | { type: 'float'; value: number }
  | { type: 'complex'; imag: number }
  | { type: 'str'; value: string }
  | { type: 'bytes'; value: Uint8Array }
  | { type: 'Ellipsis' };

// ---------------------------------------------------------------- module

export interface Module extends Span { kind: 'Module'; body: Stmt[] }

// ---------------------------------------------------------------- statements

export type Stmt =
  | FunctionDef | AsyncFunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign
  | For | AsyncFor | While | If | With | AsyncWith | Match | Raise | Try | TryStar | Assert
  | Import | ImportFrom | Global | Nonlocal | Expr | Pass | Break | Continue;

export interface FunctionDef extends Span {
  kind: 'FunctionDef'; name: string; args: Arguments; body: Stmt[];
  decorator_list: ExprNode[]; returns: ExprNode | null;
  /** Span of the name after `def`, for diagnostics. */
  nameSpan: Span;
}
export interface AsyncFunctionDef extends Omit<FunctionDef, 'kind'> { kind: 'AsyncFunctionDef' }
export interface ClassDef extends Span {
  kind: 'ClassDef'; name: string; bases: ExprNode[]; keywords: Keyword[]; body: Stmt[];
  decorator_list: ExprNode[]; nameSpan: Span;
}
export interface Return extends Span { kind: 'Return'; value: ExprNode | null }
export interface Delete extends Span { kind: 'Delete'; targets: ExprNode[] }
export interface Assign extends Span { kind: 'Assign'; targets: ExprNode[]; value: ExprNode }
export interface AugAssign extends Span { kind: 'AugAssign'; target: ExprNode; op: OperatorKind; value: ExprNode }
export interface AnnAssign extends Span {
  kind: 'AnnAssign'; target: ExprNode; annotation: ExprNode; value: ExprNode | null; simple: boolean;
}
export interface For extends Span { kind: 'For'; target: ExprNode; iter: ExprNode; body: Stmt[]; orelse: Stmt[] }
export interface AsyncFor extends Omit<For, 'kind'> { kind: 'AsyncFor' }
export interface While extends Span { kind: 'While'; test: ExprNode; body: Stmt[]; orelse: Stmt[] }
export interface If extends Span { kind: 'If'; test: ExprNode; body: Stmt[]; orelse: Stmt[] }
export interface With extends Span { kind: 'With'; items: WithItem[]; body: Stmt[] }
export interface AsyncWith extends Omit<With, 'kind'> { kind: 'AsyncWith' }
export interface Match extends Span { kind: 'Match'; subject: ExprNode; cases: MatchCase[] }
export interface Raise extends Span { kind: 'Raise'; exc: ExprNode | null; cause: ExprNode | null }
export interface Try extends Span {
  kind: 'Try'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[];
}
export interface TryStar extends Omit<Try, 'kind'> { kind: 'TryStar' }
export interface Assert extends Span { kind: 'Assert'; test: ExprNode; msg: ExprNode | null }
export interface Import extends Span { kind: 'Import'; names: Alias[] }
export interface ImportFrom extends Span { kind: 'ImportFrom'; module: string | null; names: Alias[]; level: number }
export interface Global extends Span { kind: 'Global'; names: string[] }
export interface Nonlocal extends Span { kind: 'Nonlocal'; names: string[] }
export interface Expr extends Span { kind: 'Expr'; value: ExprNode }
export interface Pass extends Span { kind: 'Pass' }
export interface Break extends Span { kind: 'Break' }
export interface Continue extends Span { kind: 'Continue' }

// ---------------------------------------------------------------- expressions

export type ExprNode =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetExpr | ListComp | SetComp
  | DictComp | GeneratorExp | Await | Yield | YieldFrom | Compare | Call | FormattedValue
  | JoinedStr | Constant | Attribute | Subscript | Starred | Name | List | Tuple | Slice;

export interface BoolOp extends Span { kind: 'BoolOp'; op: BoolOpKind; values: ExprNode[] }
export interface NamedExpr extends Span { kind: 'NamedExpr'; target: Name; value: ExprNode }
export interface BinOp extends Span {
  kind: 'BinOp'; left: ExprNode; op: OperatorKind; right: ExprNode;
  /** Span of the operator token, for the `~~~^~~~` traceback markers. */
  opSpan: Span;
}
export interface UnaryOp extends Span { kind: 'UnaryOp'; op: UnaryOpKind; operand: ExprNode }
export interface Lambda extends Span { kind: 'Lambda'; args: Arguments; body: ExprNode }
export interface IfExp extends Span { kind: 'IfExp'; test: ExprNode; body: ExprNode; orelse: ExprNode }
/** `keys[i] === null` marks a `**mapping` entry whose mapping is `values[i]`. */
export interface Dict extends Span { kind: 'Dict'; keys: (ExprNode | null)[]; values: ExprNode[] }
/** CPython calls this node `Set`; the kind string is 'Set'. */
export interface SetExpr extends Span { kind: 'Set'; elts: ExprNode[] }
export interface ListComp extends Span { kind: 'ListComp'; elt: ExprNode; generators: Comprehension[] }
export interface SetComp extends Span { kind: 'SetComp'; elt: ExprNode; generators: Comprehension[] }
export interface DictComp extends Span { kind: 'DictComp'; key: ExprNode; value: ExprNode; generators: Comprehension[] }
export interface GeneratorExp extends Span { kind: 'GeneratorExp'; elt: ExprNode; generators: Comprehension[] }
export interface Await extends Span { kind: 'Await'; value: ExprNode }
export interface Yield extends Span { kind: 'Yield'; value: ExprNode | null }
export interface YieldFrom extends Span { kind: 'YieldFrom'; value: ExprNode }
export interface Compare extends Span { kind: 'Compare'; left: ExprNode; ops: CmpOpKind[]; comparators: ExprNode[] }
export interface Call extends Span { kind: 'Call'; func: ExprNode; args: ExprNode[]; keywords: Keyword[] }
/** conversion: -1 none, 115 's', 114 'r', 97 'a' (CPython's encoding). */
export interface FormattedValue extends Span {
  kind: 'FormattedValue'; value: ExprNode; conversion: number; format_spec: JoinedStr | null;
}
export interface JoinedStr extends Span { kind: 'JoinedStr'; values: (Constant | FormattedValue)[] }
export interface Constant extends Span {
  kind: 'Constant'; value: ConstantValue;
  /** CPython's `Constant.kind`: 'u' for a `u'...'` string, else absent (renamed: `kind` is our tag). */
  stringKind?: 'u';
}
export interface Attribute extends Span {
  kind: 'Attribute'; value: ExprNode; attr: string; ctx: ExprContext;
  /** Span of the attribute name after the dot. */
  attrSpan: Span;
}
export interface Subscript extends Span { kind: 'Subscript'; value: ExprNode; slice: ExprNode; ctx: ExprContext }
export interface Starred extends Span { kind: 'Starred'; value: ExprNode; ctx: ExprContext }
/** `id` is already NFKC-normalised, as CPython's tokenizer does. */
export interface Name extends Span { kind: 'Name'; id: string; ctx: ExprContext }
export interface List extends Span { kind: 'List'; elts: ExprNode[]; ctx: ExprContext }
export interface Tuple extends Span { kind: 'Tuple'; elts: ExprNode[]; ctx: ExprContext }
export interface Slice extends Span { kind: 'Slice'; lower: ExprNode | null; upper: ExprNode | null; step: ExprNode | null }

// ---------------------------------------------------------------- helper nodes

export interface Comprehension extends Span {
  kind: 'comprehension'; target: ExprNode; iter: ExprNode; ifs: ExprNode[]; is_async: boolean;
}
export interface ExceptHandler extends Span {
  kind: 'ExceptHandler'; type: ExprNode | null; name: string | null; body: Stmt[];
}
/** kw_defaults[i] is null where kwonlyargs[i] has no default; defaults belong to the last positional params. */
export interface Arguments extends Span {
  kind: 'arguments'; posonlyargs: Arg[]; args: Arg[]; vararg: Arg | null; kwonlyargs: Arg[];
  kw_defaults: (ExprNode | null)[]; kwarg: Arg | null; defaults: ExprNode[];
}
export interface Arg extends Span { kind: 'arg'; arg: string; annotation: ExprNode | null }
/** arg === null is a `**mapping` argument. */
export interface Keyword extends Span { kind: 'keyword'; arg: string | null; value: ExprNode }
export interface Alias extends Span { kind: 'alias'; name: string; asname: string | null }
export interface WithItem extends Span { kind: 'withitem'; context_expr: ExprNode; optional_vars: ExprNode | null }
export interface MatchCase extends Span { kind: 'match_case'; pattern: Pattern; guard: ExprNode | null; body: Stmt[] }

// ---------------------------------------------------------------- match patterns

export type Pattern =
  | MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar | MatchAs | MatchOr;

export interface MatchValue extends Span { kind: 'MatchValue'; value: ExprNode }
export interface MatchSingleton extends Span { kind: 'MatchSingleton'; value: ConstantValue }
export interface MatchSequence extends Span { kind: 'MatchSequence'; patterns: Pattern[] }
export interface MatchMapping extends Span { kind: 'MatchMapping'; keys: ExprNode[]; patterns: Pattern[]; rest: string | null }
export interface MatchClass extends Span {
  kind: 'MatchClass'; cls: ExprNode; patterns: Pattern[]; kwd_attrs: string[]; kwd_patterns: Pattern[];
}
export interface MatchStar extends Span { kind: 'MatchStar'; name: string | null }
export interface MatchAs extends Span { kind: 'MatchAs'; pattern: Pattern | null; name: string | null }
export interface MatchOr extends Span { kind: 'MatchOr'; patterns: Pattern[] }

export type Node =
  | Module | Stmt | ExprNode | Comprehension | ExceptHandler | Arguments | Arg | Keyword | Alias
  | WithItem | MatchCase | Pattern;

/** Exhaustiveness guard for `switch (node.kind)`: adding a node kind fails compilation until handled. */
export function assertNever(x: never, what = 'node'): never {
  throw new Error(`unhandled ${what}: ${JSON.stringify((x as { kind?: string }).kind ?? x)}`);
}
