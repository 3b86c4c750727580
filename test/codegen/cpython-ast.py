# Dumps CPython's ast for a file as JSON in the shape of src/parser/ast.ts (ints as {"$bigint": ...}).
# Used by test/codegen/compile.ts when CORRAL_CODEGEN_TEST_PARSER=cpython (a cross-check of the parser).
import ast, json, sys
src = open(sys.argv[1], encoding='utf-8').read()
lines = src.splitlines(keepends=True)
starts = [0]
for l in lines: starts.append(starts[-1] + len(l.encode('utf-16-le'))//2)
def off(line, col):
    if line is None: return 0
    text = lines[line-1] if line-1 < len(lines) else ''
    b = text.encode('utf-8')[:col].decode('utf-8', 'replace')
    return starts[line-1] + len(b.encode('utf-16-le'))//2
def conv(n):
    if isinstance(n, list): return [conv(x) for x in n]
    if n is None or isinstance(n, (str, int, bool)): return n
    if isinstance(n, ast.AST):
        kind = type(n).__name__
        if isinstance(n, ast.expr_context): return kind
        if isinstance(n, (ast.operator, ast.unaryop, ast.cmpop, ast.boolop)): return kind
        d = {'kind': kind}
        s = off(getattr(n,'lineno',None), getattr(n,'col_offset',0))
        e = off(getattr(n,'end_lineno',None), getattr(n,'end_col_offset',0))
        d['start'], d['end'] = s, e
        for f in n._fields:
            v = getattr(n, f)
            if kind == 'Constant' and f == 'value':
                d['value'] = cval(v); continue
            if f in ('kind', 'type_comment'): continue
            d[f] = conv(v)
        if kind in ('FunctionDef','ClassDef','AsyncFunctionDef'): d['nameSpan'] = {'start': s, 'end': e}
        if kind == 'BinOp': d['opSpan'] = {'start': s, 'end': e}
        if kind == 'Attribute': d['attrSpan'] = {'start': s, 'end': e}
        if kind == 'AnnAssign': d['simple'] = bool(n.simple)
        if kind == 'ImportFrom': d['level'] = n.level or 0
        if kind == 'comprehension': d['is_async'] = bool(n.is_async)
        return d
    raise Exception(repr(n))
def cval(v):
    if v is None: return {'type':'None'}
    if isinstance(v, bool): return {'type':'bool','value':v}
    if isinstance(v, int): return {'type':'int','value':{'$bigint':str(v)}}
    if isinstance(v, float): return {'type':'float','value': v if v == v and abs(v) != float('inf') else {'$float': repr(v)}}
    if isinstance(v, complex): return {'type':'complex','imag':v.imag}
    if isinstance(v, str): return {'type':'str','value':v}
    if isinstance(v, bytes): return {'type':'bytes','value':{'$bytes': list(v)}}
    if v is ...: return {'type':'Ellipsis'}
    raise Exception(repr(v))
m = ast.parse(src)
out = conv(m); out['start'] = 0; out['end'] = starts[-1]
print(json.dumps(out))
