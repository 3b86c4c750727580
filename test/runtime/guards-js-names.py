# Run by test/runtime/guards-js-names.test.ts. For a value of every runtime type and names of
# JavaScript members and runtime internals (cls, dict, table, ...): hasattr, getattr and the static
# attribute read must answer exactly as CPython 3.11, whose output is checked in:
#   python3 test/runtime/guards-js-names.py > test/runtime/guards-js-names.expected

class A:
    def m(self):
        pass

class S:
    def sup(self):
        return super()

class E(Exception):
    pass

def f():
    pass

def gen():
    yield 1

def report(label, name, v, static):
    try:
        got = getattr(v, name)
        g = 'ok'
    except AttributeError as e:
        g = 'AttributeError: ' + str(e)
    s = '-'
    if static is not None:
        try:
            static(v)
            s = 'ok'
        except AttributeError as e:
            s = 'same' if 'AttributeError: ' + str(e) == g else 'AttributeError: ' + str(e)
    print(label, name, hasattr(v, name), g, s)

d = {'a': 1}
VALUES = [
    ('int', 7), ('bigint', 2 ** 100), ('float', 1.5), ('float_integral', 2.0), ('bool', True), ('None', None),
    ('str', 'abc'), ('bytes', b'ab'), ('bytearray', bytearray(b'ab')), ('list', [1]), ('tuple', (1,)),
    ('dict', d), ('set', {1}), ('frozenset', frozenset([1])), ('range', range(3)), ('slice', slice(1, 2)),
    ('function', f), ('lambda', lambda: 0), ('builtin', len), ('builtin_method', [].append),
    ('bound_method', A().m), ('class', A), ('instance', A()), ('type_int', int), ('type_type', type),
    ('type_object', object), ('generator', gen()), ('genexp', (x for x in [1])), ('exception', ValueError('m')),
    ('exception_sub', E('m')), ('exception_class', KeyError), ('dict_keys', d.keys()), ('dict_values', d.values()),
    ('dict_items', d.items()), ('list_iter', iter([1])), ('tuple_iter', iter((1,))), ('str_iter', iter('ab')),
    ('dict_iter', iter(d)), ('range_iter', iter(range(2))), ('set_iter', iter({1})), ('enumerate', enumerate([1])),
    ('zip', zip([1], [2])), ('map', map(abs, [1])), ('filter', filter(None, [1])), ('reversed', reversed([1])),
    ('super', S().sup()), ('property', property(f)), ('staticmethod', staticmethod(f)),
    ('classmethod', classmethod(f)), ('NotImplemented', NotImplemented), ('Ellipsis', ...),
]

def static_constructor(v):
    return v.constructor
static___proto__ = None
def static_prototype(v):
    return v.prototype
def static_toString(v):
    return v.toString
def static_valueOf(v):
    return v.valueOf
def static_hasOwnProperty(v):
    return v.hasOwnProperty
def static_isPrototypeOf(v):
    return v.isPrototypeOf
def static_propertyIsEnumerable(v):
    return v.propertyIsEnumerable
def static_toLocaleString(v):
    return v.toLocaleString
static___defineGetter__ = None
static___lookupGetter__ = None
def static_length(v):
    return v.length
def static_push(v):
    return v.push
def static_pop(v):
    return v.pop
def static_call(v):
    return v.call
def static_apply(v):
    return v.apply
def static_bind(v):
    return v.bind
def static_then(v):
    return v.then
def static_caller(v):
    return v.caller
def static_callee(v):
    return v.callee
def static_arguments(v):
    return v.arguments
def static_name(v):
    return v.name
def static_size(v):
    return v.size
def static_get(v):
    return v.get
def static_set(v):
    return v.set
def static_has(v):
    return v.has
def static_entries(v):
    return v.entries
def static_keys(v):
    return v.keys
def static_values(v):
    return v.values
def static_forEach(v):
    return v.forEach
def static_map(v):
    return v.map
def static_items(v):
    return v.items
def static_next(v):
    return v.next
def static_throw(v):
    return v.throw
static_return = None
def static_stack(v):
    return v.stack
def static_message(v):
    return v.message
def static_toJSON(v):
    return v.toJSON
def static_Symbol(v):
    return v.Symbol
def static_iterator(v):
    return v.iterator
def static_cls(v):
    return v.cls
def static_dict(v):
    return v.dict
def static_attrs(v):
    return v.attrs
def static_table(v):
    return v.table
def static_items_(v):
    return v.items_
def static_fn(v):
    return v.fn
def static_owner(v):
    return v.owner
NAMES = [('constructor', static_constructor), ('__proto__', static___proto__), ('prototype', static_prototype), ('toString', static_toString), ('valueOf', static_valueOf), ('hasOwnProperty', static_hasOwnProperty), ('isPrototypeOf', static_isPrototypeOf), ('propertyIsEnumerable', static_propertyIsEnumerable), ('toLocaleString', static_toLocaleString), ('__defineGetter__', static___defineGetter__), ('__lookupGetter__', static___lookupGetter__), ('length', static_length), ('push', static_push), ('pop', static_pop), ('call', static_call), ('apply', static_apply), ('bind', static_bind), ('then', static_then), ('caller', static_caller), ('callee', static_callee), ('arguments', static_arguments), ('name', static_name), ('size', static_size), ('get', static_get), ('set', static_set), ('has', static_has), ('entries', static_entries), ('keys', static_keys), ('values', static_values), ('forEach', static_forEach), ('map', static_map), ('items', static_items), ('next', static_next), ('throw', static_throw), ('return', static_return), ('stack', static_stack), ('message', static_message), ('toJSON', static_toJSON), ('Symbol', static_Symbol), ('iterator', static_iterator), ('cls', static_cls), ('dict', static_dict), ('attrs', static_attrs), ('table', static_table), ('items_', static_items_), ('fn', static_fn), ('owner', static_owner)]

for label, v in VALUES:
    for name, static in NAMES:
        report(label, name, v, static)

