# The builtin arity matrix (test/runtime/builtin-arity.test.ts): every builtin function and every
# public method of the builtin types, called with no arguments, too many, wrong-typed ones (None,
# str, float, list, a script object, script objects whose special methods return the wrong type or
# raise) and an unexpected keyword. Run by scripts/update-arity-goldens.mjs under CPython 3.11: it
# prints JSON {prelude, calls: [[text, outcome]]}, outcome 'ok' or 'Type: message' (addresses
# normalised to 0x?). Deterministic: no hashes, ids or set orders reach an outcome.

import json
import re
import sys

PRELUDE = '''
class Obj:
    pass

class Bad:
    def __init__(self, kind):
        self.kind = kind
        self.n = 0
    def out(self, name):
        if self.kind == 'none':
            return None
        if self.kind == 'str':
            return 'x'
        raise ValueError(name + ' raised')

class BadIndex(Bad):
    def __index__(self): return self.out('__index__')
class BadInt(Bad):
    def __int__(self): return self.out('__int__')
class BadFloat(Bad):
    def __float__(self): return self.out('__float__')
class BadLen(Bad):
    def __len__(self): return self.out('__len__')
class BadHash(Bad):
    def __hash__(self): return self.out('__hash__')
class BadBool(Bad):
    def __bool__(self): return self.out('__bool__')
class BadIter(Bad):
    def __iter__(self): return self.out('__iter__')
class BadNext(Bad):
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.out('__next__')
class BadEq(Bad):
    def __eq__(self, other): return self.out('__eq__')
    __hash__ = object.__hash__
class BadLt(Bad):
    def __lt__(self, other): return self.out('__lt__')
'''

# name in calls -> Python expression (built fresh for every call)
VALUES = {
    'None': 'None',
    "'abc'": "'abc'",
    '1.5': '1.5',
    '[1, 2]': '[1, 2]',
    'Obj()': 'Obj()',
}
for cls, dunder in [('BadIndex', 'index'), ('BadInt', 'int'), ('BadFloat', 'float'), ('BadLen', 'len'),
                    ('BadHash', 'hash'), ('BadBool', 'bool'), ('BadIter', 'iter'), ('BadNext', 'next')]:
    for kind in ('none', 'str', 'raise'):
        VALUES[f"{cls}('{kind}')"] = None
for cls in ('BadEq', 'BadLt'):
    for kind in ('none', 'str', 'raise'):
        VALUES[f"[{cls}('{kind}'), {cls}('{kind}')]"] = None

# Candidates for a call that works, tried shortest first: its arguments are then replaced one at a time.
GOOD = ['1', "'a'", '[1]', "b'a'", '2.5', '(1,)', '{1: 2}', '0', 'None', 'Obj()']

BUILTINS = ['abs', 'all', 'any', 'ascii', 'bin', 'callable', 'chr', 'delattr', 'divmod', 'enumerate', 'filter',
            'format', 'getattr', 'hasattr', 'hash', 'hex', 'id', 'isinstance', 'issubclass', 'iter', 'len', 'map',
            'max', 'min', 'next', 'oct', 'ord', 'pow', 'print', 'repr', 'reversed', 'round', 'setattr', 'sorted',
            'sum', 'zip',
            'object', 'type', 'bool', 'int', 'float', 'str', 'bytes', 'bytearray', 'list', 'tuple', 'dict', 'set',
            'frozenset', 'range', 'slice', 'property', 'staticmethod', 'classmethod']

# receiver literal per type; methods are every public name CPython's type has
RECEIVERS = {
    'int': '(5)', 'bool': 'True', 'float': '(2.5)', 'list': '[3, 1, 2]', 'tuple': '(3, 1, 2)',
    'dict': '{1: 2, 3: 4}', 'set': '{1, 2}', 'frozenset': 'frozenset({1, 2})', 'range': 'range(5)',
    'slice': 'slice(1, 5, 2)', 'str': "'abc'", 'bytes': "b'abc'", 'bytearray': "bytearray(b'abc')",
}

# Set up hooks shared by getattr/setattr/... calls: an object with an attribute
ADDR = re.compile(r'0x[0-9a-f]+')


def outcome(ns, text):
    try:
        eval(text, ns)
        return 'ok'
    except BaseException as e:  # SystemExit from exit()/quit() included
        return ADDR.sub('0x?', f'{type(e).__name__}: {e}')


def find_good(ns, fn_text):
    for n in range(0, 4):
        for combo in combos(n):
            text = f"{fn_text}({', '.join(combo)})"
            if outcome(ns, text) == 'ok':
                return list(combo)
    return None


def combos(n):
    if n == 0:
        yield ()
        return
    for first in GOOD:
        for rest in combos(n - 1):
            yield (first,) + rest


def calls_for(ns, fn_text, skip_zero=False):
    out = []
    if not skip_zero:
        out.append(f'{fn_text}()')
    good = find_good(ns, fn_text)
    base = good if good is not None else []
    if good is not None and good:
        out.append(f"{fn_text}({', '.join(good)})")
    out.append(f"{fn_text}({', '.join(base + ['1'] * 4)})")
    positions = max(len(base), 1)
    for p in range(positions):
        for v in VALUES:
            args = list(base) if base else ['1']
            args[p] = v
            out.append(f"{fn_text}({', '.join(args)})")
    out.append(f"{fn_text}({', '.join(base + ['x=1'])})")
    return out


def main():
    ns = {'__name__': '__main__'}
    exec(PRELUDE, ns)
    texts = []
    for name in BUILTINS:
        if name == 'type':
            # type() with more than one argument is refused at compile time (E201): only these reach the runtime
            texts += ['type()'] + [f'type({v})' for v in VALUES]
            continue
        if name in ('print',):
            texts.append('print(x=1)')
            texts.append("print(1, sep=1.5)")
            texts.append("print(1, end=[1, 2])")
            texts.append("print(1, flush=BadBool('raise'))")
            continue
        texts += calls_for(ns, name)
    for tname, recv in RECEIVERS.items():
        t = eval(tname)
        for m in sorted(n for n in dir(t) if not n.startswith('_')):
            if not callable(getattr(t, m)):
                continue
            texts += calls_for(ns, f'{recv}.{m}')
            # unbound: no self, and a self of the wrong type
            texts.append(f'{tname}.{m}()')
            texts.append(f'{tname}.{m}(None)')
    seen = set()
    calls = []
    for text in texts:
        if text in seen:
            continue
        seen.add(text)
        calls.append([text, outcome(ns, text)])
    json.dump({'python': sys.version.split()[0], 'prelude': PRELUDE, 'calls': calls}, sys.stdout, indent=0)
    sys.stdout.write('\n')


main()
