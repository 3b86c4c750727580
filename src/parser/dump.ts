// dump(node): the exact text of CPython 3.11's `ast.dump(tree)` (default arguments: no positions,
// optional fields left out when None) for our AST, so parser tests compare against CPython itself
// (test/parser/cases/*.expected, made by scripts/update-parser-goldens.mjs). Also Python's repr
// of constants (str, bytes, float, complex), which the goldens need.

import type { ConstantValue, Node } from './ast.js';

/** Field order of each node kind (CPython's `_fields`); `?` marks optional fields dump omits when None. */
const FIELDS: Readonly<Record<string, readonly string[]>> = {
  Module: ['body', 'type_ignores'],
  FunctionDef: ['name', 'args', 'body', 'decorator_list', 'returns?', 'type_comment?'],
  AsyncFunctionDef: ['name', 'args', 'body', 'decorator_list', 'returns?', 'type_comment?'],
  ClassDef: ['name', 'bases', 'keywords', 'body', 'decorator_list'],
  Return: ['value?'], Delete: ['targets'], Assign: ['targets', 'value', 'type_comment?'],
  AugAssign: ['target', 'op', 'value'], AnnAssign: ['target', 'annotation', 'value?', 'simple'],
  For: ['target', 'iter', 'body', 'orelse', 'type_comment?'],
  AsyncFor: ['target', 'iter', 'body', 'orelse', 'type_comment?'],
  While: ['test', 'body', 'orelse'], If: ['test', 'body', 'orelse'],
  With: ['items', 'body', 'type_comment?'], AsyncWith: ['items', 'body', 'type_comment?'],
  Match: ['subject', 'cases'], Raise: ['exc?', 'cause?'],
  Try: ['body', 'handlers', 'orelse', 'finalbody'], TryStar: ['body', 'handlers', 'orelse', 'finalbody'],
  Assert: ['test', 'msg?'], Import: ['names'], ImportFrom: ['module?', 'names', 'level?'],
  Global: ['names'], Nonlocal: ['names'], Expr: ['value'], Pass: [], Break: [], Continue: [],
  BoolOp: ['op', 'values'], NamedExpr: ['target', 'value'], BinOp: ['left', 'op', 'right'],
  UnaryOp: ['op', 'operand'], Lambda: ['args', 'body'], IfExp: ['test', 'body', 'orelse'],
  Dict: ['keys', 'values'], Set: ['elts'], ListComp: ['elt', 'generators'], SetComp: ['elt', 'generators'],
  DictComp: ['key', 'value', 'generators'], GeneratorExp: ['elt', 'generators'], Await: ['value'],
  Yield: ['value?'], YieldFrom: ['value'], Compare: ['left', 'ops', 'comparators'],
  Call: ['func', 'args', 'keywords'], FormattedValue: ['value', 'conversion', 'format_spec?'],
  JoinedStr: ['values'], Constant: ['value', 'kind?'], Attribute: ['value', 'attr', 'ctx'],
  Subscript: ['value', 'slice', 'ctx'], Starred: ['value', 'ctx'], Name: ['id', 'ctx'],
  List: ['elts', 'ctx'], Tuple: ['elts', 'ctx'], Slice: ['lower?', 'upper?', 'step?'],
  comprehension: ['target', 'iter', 'ifs', 'is_async'], ExceptHandler: ['type?', 'name?', 'body'],
  arguments: ['posonlyargs', 'args', 'vararg?', 'kwonlyargs', 'kw_defaults', 'kwarg?', 'defaults'],
  arg: ['arg', 'annotation?', 'type_comment?'], keyword: ['arg?', 'value'], alias: ['name', 'asname?'],
  withitem: ['context_expr', 'optional_vars?'], match_case: ['pattern', 'guard?', 'body'],
  MatchValue: ['value'], MatchSingleton: ['value'], MatchSequence: ['patterns'],
  MatchMapping: ['keys', 'patterns', 'rest?'], MatchClass: ['cls', 'patterns', 'kwd_attrs', 'kwd_patterns'],
  MatchStar: ['name?'], MatchAs: ['pattern?', 'name?'], MatchOr: ['patterns'],
};

/** Fields whose string values are operator or context singletons (`Add()`, `Load()`). */
const SINGLETON_FIELDS: ReadonlySet<string> = new Set(['op', 'ops', 'ctx']);

export function dump(node: Node): string {
  return dumpNode(node as unknown as Record<string, unknown>);
}

function dumpNode(node: Record<string, unknown>): string {
  const kind = node.kind as string;
  const fields = FIELDS[kind];
  if (!fields) return `<unknown ${kind}>`;
  const parts: string[] = [];
  for (const spec of fields) {
    const optional = spec.endsWith('?');
    const name = optional ? spec.slice(0, -1) : spec;
    let value: unknown;
    if (kind === 'Module' && name === 'type_ignores') value = [];
    else if (kind === 'Constant' && name === 'kind') value = node.stringKind ?? null;
    else value = node[name];
    if (value === undefined) value = null;
    if (optional && value === null) continue;
    parts.push(`${name}=${dumpField(kind, name, value)}`);
  }
  return `${kind}(${parts.join(', ')})`;
}

function dumpField(kind: string, name: string, value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => dumpField(kind, name, v)).join(', ')}]`;
  if (value === null) return 'None';
  if (SINGLETON_FIELDS.has(name)) return `${value as string}()`;
  if ((kind === 'Constant' || kind === 'MatchSingleton') && name === 'value') return constantRepr(value as ConstantValue);
  if (typeof value === 'string') return strRepr(value);
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object' && 'kind' in (value as object)) return dumpNode(value as Record<string, unknown>);
  return String(value);
}

export function constantRepr(v: ConstantValue): string {
  switch (v.type) {
    case 'None': return 'None';
    case 'bool': return v.value ? 'True' : 'False';
    case 'int': return v.value.toString();
    case 'float': return floatRepr(v.value);
    case 'complex': return complexRepr(v.imag);
    case 'str': return strRepr(v.value);
    case 'bytes': return bytesRepr(v.value);
    case 'Ellipsis': return 'Ellipsis';
  }
}

/** Python's repr(float): shortest round-trip digits, exponent form below 1e-4 and from 1e16. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const [mantissa, expText] = Math.abs(x).toExponential().split('e');
  const digits = mantissa!.replace('.', '');
  const exp = Number(expText);
  if (exp >= -4 && exp < 16) {
    if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
    const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
    const frac = digits.slice(exp + 1);
    return `${sign}${intPart}.${frac || '0'}`;
  }
  const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
}

function complexRepr(imag: number): string {
  const r = floatRepr(imag);
  return `${r.endsWith('.0') ? r.slice(0, -2) : r}j`;
}

const NON_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

/** Python's repr(str). */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp !== 0x20 && NON_PRINTABLE.test(ch)) {
      out += cp < 0x100 ? `\\x${hex(cp, 2)}` : cp < 0x10000 ? `\\u${hex(cp, 4)}` : `\\U${hex(cp, 8)}`;
    } else out += ch;
  }
  return out + quote;
}

/** Python's repr(bytes). */
export function bytesRepr(b: Uint8Array): string {
  const hasSingle = b.includes(0x27);
  const quote = hasSingle && !b.includes(0x22) ? '"' : "'";
  let out = 'b' + quote;
  for (const c of b) {
    const ch = String.fromCharCode(c);
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else if (c < 0x20 || c >= 0x7f) out += `\\x${hex(c, 2)}`;
    else out += ch;
  }
  return out + quote;
}

/** A node's child nodes in field order, as CPython's ast.iter_child_nodes yields them. */
export function childNodes(node: Node): Node[] {
  const fields = FIELDS[node.kind] ?? [];
  const record = node as unknown as Record<string, unknown>;
  const out: Node[] = [];
  for (const spec of fields) {
    const value = record[spec.replace('?', '')];
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v && typeof v === 'object' && 'kind' in v && typeof (v as { kind: unknown }).kind === 'string') {
        out.push(v as Node);
      }
    }
  }
  return out;
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}
