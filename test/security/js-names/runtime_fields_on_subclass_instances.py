# expect: ok
# Instances of script subclasses of builtins are runtime objects with JS fields (value, table,
# attrs, items, sub, cls, dict): none of them is a Python attribute.
class L(list):
    pass
class D(dict):
    pass
class I(int):
    pass
class S(str):
    pass
class T(tuple):
    pass
class F(frozenset):
    pass
class X(Exception):
    pass
names = ['value', 'table', 'attrs', 'sub', 'cls', 'dict', 'constructor', 'size', 'length', 'args', 'items', 'keys']
for v in [L([1]), D(a=1), I(3), S('s'), T((1,)), F([1]), X('m')]:
    print(type(v).__name__, [n for n in names if hasattr(v, n)])
    try:
        v.table
    except AttributeError as e:
        print(e)
