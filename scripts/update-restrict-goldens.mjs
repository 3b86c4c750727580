#!/usr/bin/env node
// Regenerates test/restrict/goldens/*.json from the chunked case files of test/restrict with
// CPython 3.11 (python3) as the oracle. For each chunk (chunks are separated by a line `---`)
// it records: the AST as CPython's `ast` module parses it, converted to Corral's AST shape
// (src/parser/ast.ts: offsets in UTF-16 units, ints as {"$bigint": "..."}), so restrict tests run
// without depending on the parser; the symbol classification of every scope from `symtable`;
// every code object's qualname and generator flag; and the SyntaxError `compile()` raises, if
// any. Tests never run python3; run this script after editing a case file:
//   node scripts/update-restrict-goldens.mjs

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const caseDirs = [join(root, 'test/restrict/cases'), join(root, 'test/restrict/rules')];
const outDir = join(root, 'test/restrict/goldens');

const PYTHON = String.raw`
import ast, json, re, sys, symtable

src_all = sys.stdin.read()
chunks = re.split(r'^---[ \t]*$\n?', src_all, flags=re.M)

def utf16_len(s):
    return sum(2 if ord(c) > 0xFFFF else 1 for c in s)

class Conv:
    def __init__(self, text):
        self.text = text
        self.lines = text.splitlines(keepends=True) or ['']
        self.starts = [0]
        for ln in self.lines:
            self.starts.append(self.starts[-1] + utf16_len(ln))
        # char index (python str index) -> utf16 offset prefix sums
        self.char_starts = [0]
        for ln in self.lines:
            self.char_starts.append(self.char_starts[-1] + len(ln))

    def off(self, lineno, col):
        line = self.lines[lineno - 1] if lineno - 1 < len(self.lines) else ''
        prefix = line.encode('utf-8')[:col].decode('utf-8', errors='ignore')
        return self.starts[lineno - 1] + utf16_len(prefix)

    def u16(self, char_index):
        return utf16_len(self.text[:char_index])

    def char_index(self, u16off):
        n = 0
        for i, c in enumerate(self.text):
            if n >= u16off: return i
            n += 2 if ord(c) > 0xFFFF else 1
        return len(self.text)

    def constant(self, v):
        if v is None: return {'type': 'None'}
        if v is Ellipsis: return {'type': 'Ellipsis'}
        if isinstance(v, bool): return {'type': 'bool', 'value': v}
        if isinstance(v, int): return {'type': 'int', 'value': {'$bigint': str(v)}}
        if isinstance(v, float): return {'type': 'float', 'value': v if v == v and abs(v) != float('inf') else str(v)}
        if isinstance(v, complex): return {'type': 'complex', 'imag': v.imag}
        if isinstance(v, str): return {'type': 'str', 'value': v}
        if isinstance(v, bytes): return {'type': 'bytes', 'value': list(v)}
        raise TypeError(type(v))

    def find(self, pattern, start):
        i = self.char_index(start)
        m = re.compile(pattern).search(self.text, i)
        return m

    def node(self, n):
        if n is None: return None
        if isinstance(n, list): return [self.node(x) for x in n]
        if not isinstance(n, ast.AST): return n
        kind = type(n).__name__
        out = {'kind': kind}
        for f in n._fields:
            if f in ('type_comment', 'kind'): continue
            v = getattr(n, f)
            if f == 'ctx': out[f] = type(v).__name__
            elif f in ('op',): out[f] = type(v).__name__
            elif f == 'ops': out[f] = [type(o).__name__ for o in v]
            elif kind == 'Constant' and f == 'value': out[f] = self.constant(v)
            elif kind == 'MatchSingleton' and f == 'value': out[f] = self.constant(v)
            elif f == 'simple': out[f] = bool(v)
            else: out[f] = self.node(v)
        if hasattr(n, 'lineno') and n.lineno is not None:
            out['start'] = self.off(n.lineno, n.col_offset)
            out['end'] = self.off(n.end_lineno, n.end_col_offset)
        else:
            spans = [c for c in self.children(out) if 'start' in c]
            out['start'] = min((c['start'] for c in spans), default=0)
            out['end'] = max((c['end'] for c in spans), default=0)
        if kind == 'comprehension':
            # CPython gives comprehension clauses no position; Corral's start at 'for' / 'async for'.
            i = self.char_index(out['target']['start'])
            m = re.search(r'(async\s+)?for\s*$', self.text[:i])
            if m: out['start'] = self.u16(m.start())
        if kind == 'Module':
            out['start'], out['end'] = 0, utf16_len(self.text)
        if kind in ('FunctionDef', 'AsyncFunctionDef', 'ClassDef'):
            m = self.find(r'(def|class)\s+(' + re.escape(n.name) + r')\b', out['start'])
            s = self.u16(m.start(2)); out['nameSpan'] = {'start': s, 'end': s + utf16_len(n.name)}
        if kind == 'Attribute':
            out['attrSpan'] = {'start': out['end'] - utf16_len(n.attr), 'end': out['end']}
        if kind == 'BinOp':
            sym = {'Add': '+', 'Sub': '-', 'Mult': '*', 'MatMult': '@', 'Div': '/', 'Mod': '%', 'Pow': '**',
                   'LShift': '<<', 'RShift': '>>', 'BitOr': '|', 'BitXor': '^', 'BitAnd': '&', 'FloorDiv': '//'}[out['op']]
            m = self.find(re.escape(sym), out['left']['end'])
            s = self.u16(m.start()); out['opSpan'] = {'start': s, 'end': s + len(sym)}
        return out

    def children(self, d):
        for v in d.values():
            if isinstance(v, dict) and 'kind' in v: yield v
            elif isinstance(v, list):
                for x in v:
                    if isinstance(x, dict) and 'kind' in x: yield x

def classify(table):
    out = {}
    for s in table.get_symbols():
        scope = s._Symbol__scope
        if scope == symtable.GLOBAL_IMPLICIT: continue
        flags = s._Symbol__flags
        if scope == symtable.FREE and not (s.is_referenced() or s.is_assigned() or s.is_nonlocal()): continue
        if scope == symtable.FREE: kind = 'nonlocal' if s.is_nonlocal() else 'free'
        elif scope == symtable.CELL: kind = 'cell'
        elif scope == symtable.LOCAL: kind = 'local'
        else: kind = 'global'
        if s.is_parameter(): kind += '+param'
        out[s.get_name()] = kind
    return {'type': table.get_type(), 'name': table.get_name(), 'symbols': out,
            'children': [classify(c) for c in table.get_children()]}

def codes(co, acc):
    acc.append(co.co_qualname + (' gen' if co.co_flags & 0x20 else ''))
    for c in co.co_consts:
        if hasattr(c, 'co_code'): codes(c, acc)
    return acc

results = []
for text in chunks:
    item = {'source': text}
    try:
        tree = ast.parse(text)
        item['ast'] = Conv(text).node(tree)
    except SyntaxError as e:
        item['parseError'] = e.msg
        results.append(item); continue
    try:
        co = compile(text, '<case>', 'exec')
        item['error'] = None
        item['codes'] = sorted(codes(co, []))
        item['symtable'] = classify(symtable.symtable(text, '<case>', 'exec'))
    except SyntaxError as e:
        c = Conv(text)
        item['error'] = {'message': e.msg, 'line': e.lineno, 'column': e.offset}
    results.append(item)
print(json.dumps(results, indent=1, ensure_ascii=False))
`;

mkdirSync(outDir, { recursive: true });
for (const dir of caseDirs) {
  let files = [];
  try { files = readdirSync(dir).filter((f) => f.endsWith('.py')); } catch { continue; }
  for (const file of files) {
    const input = readFileSync(join(dir, file), 'utf8');
    const json = execFileSync('python3', ['-c', PYTHON], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
    const out = join(outDir, `${basename(dir)}__${basename(file, '.py')}.json`);
    writeFileSync(out, json);
    console.log(`wrote ${out}`);
  }
}
