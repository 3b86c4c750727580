// Classes: instances, methods, inheritance and super(), special methods, descriptors, attribute
// errors. Written as codegen lowers a class statement: namespace, stores, makeClass.
const POINT = `const Point = K('Point', [], {
  __init__: M(function __init__(self, x, y) { $rt.setattr(self, 'x', x); $rt.setattr(self, 'y', y); return null; }, 'Point.__init__', ['self', 'x', 'y']),
  __repr__: M(function __repr__(self) { return $rt.concat('Point(', $rt.format($rt.getattr(self, 'x'), ''), ', ', $rt.format($rt.getattr(self, 'y'), ''), ')'); }, 'Point.__repr__', ['self']),
  __eq__: M(function __eq__(self, o) { if (!$rt.truthy($rt.call($b('isinstance'), o, Point))) return $b('NotImplemented'); return $rt.and2 ? null : ($rt.truthy($rt.eq($rt.getattr(self, 'x'), $rt.getattr(o, 'x'))) ? $rt.eq($rt.getattr(self, 'y'), $rt.getattr(o, 'y')) : false); }, 'Point.__eq__', ['self', 'o']),
  __hash__: M(function __hash__(self) { return $rt.call($b('hash'), $rt.tuple([$rt.getattr(self, 'x'), $rt.getattr(self, 'y')])); }, 'Point.__hash__', ['self']),
  __add__: M(function __add__(self, o) { if (!$rt.truthy($rt.call($b('isinstance'), o, Point))) return $b('NotImplemented'); return $rt.call(Point, $rt.add($rt.getattr(self, 'x'), $rt.getattr(o, 'x')), $rt.add($rt.getattr(self, 'y'), $rt.getattr(o, 'y'))); }, 'Point.__add__', ['self', 'o']),
  __rmul__: M(function __rmul__(self, k) { return $rt.call(Point, $rt.mul(k, $rt.getattr(self, 'x')), $rt.mul(k, $rt.getattr(self, 'y'))); }, 'Point.__rmul__', ['self', 'k']),
  __lt__: M(function __lt__(self, o) { return $rt.lt($rt.tuple([$rt.getattr(self, 'x'), $rt.getattr(self, 'y')]), $rt.tuple([$rt.getattr(o, 'x'), $rt.getattr(o, 'y')])); }, 'Point.__lt__', ['self', 'o']),
});`;
const POINT_PY = `class Point:
    def __init__(self, x, y): self.x = x; self.y = y
    def __repr__(self): return f"Point({self.x}, {self.y})"
    def __eq__(self, o):
        if not isinstance(o, Point): return NotImplemented
        return self.x == o.x and self.y == o.y
    def __hash__(self): return hash((self.x, self.y))
    def __add__(self, o):
        if not isinstance(o, Point): return NotImplemented
        return Point(self.x + o.x, self.y + o.y)
    def __rmul__(self, k): return Point(k * self.x, k * self.y)
    def __lt__(self, o): return (self.x, self.y) < (o.x, o.y)
`;
const ANIMALS = `const Animal = K('Animal', [], {
  sound: 'generic',
  __init__: M(function __init__(self, name) { $rt.setattr(self, 'name', name); return null; }, 'Animal.__init__', ['self', 'name']),
  speak: M(function speak(self) { return $rt.concat($rt.format($rt.getattr(self, 'name'), ''), ' says ', $rt.format($rt.getattr(self, 'sound'), '')); }, 'Animal.speak', ['self']),
  __str__: M(function __str__(self) { return $rt.concat('<', $rt.format($rt.getattr(self, 'name'), ''), '>'); }, 'Animal.__str__', ['self']),
});
const Dog = K('Dog', [Animal], {
  sound: 'woof',
  __init__: M(function __init__(self, name, trick) { $rt.callMethod($rt.superOf(Dog, self), '__init__', name); $rt.setattr(self, 'trick', trick); return null; }, 'Dog.__init__', ['self', 'name', 'trick']),
  speak: M(function speak(self) { return $rt.add($rt.callMethod($rt.superOf(Dog, self), 'speak'), '!'); }, 'Dog.speak', ['self']),
});`;
const ANIMALS_PY = `class Animal:
    sound = "generic"
    def __init__(self, name): self.name = name
    def speak(self): return f"{self.name} says {self.sound}"
    def __str__(self): return f"<{self.name}>"
class Dog(Animal):
    sound = "woof"
    def __init__(self, name, trick):
        super().__init__(name)
        self.trick = trick
    def speak(self): return super().speak() + "!"
`;
export const cases = [
  { name: 'instances and special methods',
    py: POINT_PY + 'p = Point(1, 2); q = Point(3, 4)\nprint(p, [p], p + q, 2 * p, p == Point(1, 2), p != q, p == 5, p < q, q > p, sorted([q, p]), {p: 1}[Point(1, 2)], len({p, Point(1, 2)}), str(p))',
    js: `${POINT} const p = $rt.call(Point, 1, 2), q = $rt.call(Point, 3, 4); P(p, $rt.list([p]), $rt.add(p, q), $rt.mul(2, p), $rt.eq(p, $rt.call(Point, 1, 2)), $rt.ne(p, q), $rt.eq(p, 5), $rt.lt(p, q), $rt.gt(q, p), $rt.call($b('sorted'), $rt.list([q, p])), $rt.getitem($rt.dict([p, 1]), $rt.call(Point, 1, 2)), $rt.call($b('len'), $rt.set([p, $rt.call(Point, 1, 2)])), $rt.str(p));` },
  { name: 'unsupported operand with instance', py: POINT_PY + 'Point(1, 2) + 1', js: `${POINT} $rt.add($rt.call(Point, 1, 2), 1);` },
  { name: 'inheritance and super',
    py: ANIMALS_PY + 'd = Dog("Rex", "sit"); a = Animal("Cat")\nprint(d.speak(), a.speak(), d, str(a), d.trick, Dog.sound, Animal.sound, isinstance(d, Animal), issubclass(Dog, Animal), issubclass(Animal, Dog), type(d).__name__, Dog.mro(), isinstance(d, (int, Dog)))',
    js: `${ANIMALS} const d = $rt.call(Dog, 'Rex', 'sit'), a = $rt.call(Animal, 'Cat'); P($rt.callMethod(d, 'speak'), $rt.callMethod(a, 'speak'), d, $rt.str(a), $rt.getattr(d, 'trick'), $rt.getattr(Dog, 'sound'), $rt.getattr(Animal, 'sound'), $rt.call($b('isinstance'), d, Animal), $rt.call($b('issubclass'), Dog, Animal), $rt.call($b('issubclass'), Animal, Dog), $rt.getattr($rt.call($b('type'), d), '__name__'), $rt.callMethod(Dog, 'mro'), $rt.call($b('isinstance'), d, $rt.tuple([$b('int'), Dog])));` },
  { name: 'missing instance attribute', py: ANIMALS_PY + 'Animal("x").color', js: `${ANIMALS} $rt.getattr($rt.call(Animal, 'x'), 'color');` },
  { name: 'missing class attribute', py: ANIMALS_PY + 'Animal.color', js: `${ANIMALS} $rt.getattr(Animal, 'color');` },
  { name: 'missing builtin attribute', py: '(5).foo', js: `$rt.getattr(5, 'foo');` },
  { name: 'set attribute on builtin', py: 'x = 5\nx.foo = 1', js: `$rt.setattr(5, 'foo', 1);` },
  { name: 'init arguments checked', py: ANIMALS_PY + 'Dog("x")', js: `${ANIMALS} $rt.call(Dog, 'x');` },
  { name: 'class without init takes no arguments', py: 'class C: pass\nC(1)', js: `const C = K('C', [], {}); $rt.call(C, 1);` },
  { name: 'C3 MRO diamond',
    py: 'class A:\n    def who(self): return "A"\nclass B(A):\n    def who(self): return "B" + super().who()\nclass C(A):\n    def who(self): return "C" + super().who()\nclass D(B, C):\n    def who(self): return "D" + super().who()\nprint(D().who(), [k.__name__ for k in D.mro()])',
    js: `const A = K('A', [], { who: M(function who(self) { return 'A'; }, 'A.who', ['self']) });
const B = K('B', [A], { who: M(function who(self) { return $rt.add('B', $rt.callMethod($rt.superOf(B, self), 'who')); }, 'B.who', ['self']) });
const C = K('C', [A], { who: M(function who(self) { return $rt.add('C', $rt.callMethod($rt.superOf(C, self), 'who')); }, 'C.who', ['self']) });
const Dd = K('D', [B, C], { who: M(function who(self) { return $rt.add('D', $rt.callMethod($rt.superOf(Dd, self), 'who')); }, 'D.who', ['self']) });
const names = $rt.list([]); for (const k of $rt.iterate($rt.callMethod(Dd, 'mro'))) $rt.listAppend(names, $rt.getattr(k, '__name__'));
P($rt.callMethod($rt.call(Dd), 'who'), names);` },
  { name: 'inconsistent MRO', py: 'class A: pass\nclass B(A): pass\nclass C(A, B): pass', js: `const A = K('A', [], {}); const B = K('B', [A], {}); K('C', [A, B], {});` },
  { name: 'property staticmethod classmethod',
    py: 'class T:\n    count = 0\n    def __init__(self, c): self._c = c\n    @property\n    def celsius(self): return self._c\n    @celsius.setter\n    def celsius(self, v): self._c = v * 1\n    @staticmethod\n    def add(a, b): return a + b\n    @classmethod\n    def make(cls): return cls(100)\nt = T(5); t.celsius = 7\nprint(t.celsius, T.add(1, 2), t.add(3, 4), T.make().celsius, type(T.make()).__name__)',
    js: `let prop = $rt.call($b('property'), M(function celsius(self) { return $rt.getattr(self, '_c'); }, 'T.celsius', ['self']));
prop = $rt.call($rt.getattr(prop, 'setter'), M(function celsius(self, v) { $rt.setattr(self, '_c', $rt.mul(v, 1)); return null; }, 'T.celsius', ['self', 'v']));
const T = K('T', [], { count: 0, __init__: M(function __init__(self, c) { $rt.setattr(self, '_c', c); return null; }, 'T.__init__', ['self', 'c']), celsius: prop,
  add: $rt.call($b('staticmethod'), M(function add(a, b) { return $rt.add(a, b); }, 'T.add', ['a', 'b'])),
  make: $rt.call($b('classmethod'), M(function make(cls) { return $rt.call(cls, 100); }, 'T.make', ['cls'])) });
const t = $rt.call(T, 5); $rt.setattr(t, 'celsius', 7);
P($rt.getattr(t, 'celsius'), $rt.callMethod(T, 'add', 1, 2), $rt.callMethod(t, 'add', 3, 4), $rt.getattr($rt.callMethod(T, 'make'), 'celsius'), $rt.getattr($rt.call($b('type'), $rt.callMethod(T, 'make')), '__name__'));` },
  { name: 'property without setter', py: 'class T:\n    @property\n    def p(self): return 1\nT().p = 2',
    js: `const T = K('T', [], { p: $rt.call($b('property'), M(function p(self) { return 1; }, 'T.p', ['self'])) }); $rt.setattr($rt.call(T), 'p', 2);` },
  { name: 'container protocol dunders',
    py: 'class Bag:\n    def __init__(self): self.items = {}\n    def __len__(self): return len(self.items)\n    def __getitem__(self, k): return self.items[k]\n    def __setitem__(self, k, v): self.items[k] = v\n    def __delitem__(self, k): del self.items[k]\n    def __contains__(self, k): return k in self.items\n    def __iter__(self): return iter(sorted(self.items))\n    def __bool__(self): return len(self) > 1\nb = Bag(); b["x"] = 1; b["y"] = 2; del b["y"]; b["z"] = 3\nprint(len(b), b["z"], "x" in b, "q" in b, list(b), bool(b), bool(Bag()), [k for k in b])',
    js: `const Bag = K('Bag', [], {
  __init__: M(function __init__(self) { $rt.setattr(self, 'items', $rt.dict([])); return null; }, 'Bag.__init__', ['self']),
  __len__: M(function __len__(self) { return $rt.call($b('len'), $rt.getattr(self, 'items')); }, 'Bag.__len__', ['self']),
  __getitem__: M(function __getitem__(self, k) { return $rt.getitem($rt.getattr(self, 'items'), k); }, 'Bag.__getitem__', ['self', 'k']),
  __setitem__: M(function __setitem__(self, k, v) { $rt.setitem($rt.getattr(self, 'items'), k, v); return null; }, 'Bag.__setitem__', ['self', 'k', 'v']),
  __delitem__: M(function __delitem__(self, k) { $rt.delitem($rt.getattr(self, 'items'), k); return null; }, 'Bag.__delitem__', ['self', 'k']),
  __contains__: M(function __contains__(self, k) { return $rt.contains($rt.getattr(self, 'items'), k); }, 'Bag.__contains__', ['self', 'k']),
  __iter__: M(function __iter__(self) { return $rt.call($b('iter'), $rt.call($b('sorted'), $rt.getattr(self, 'items'))); }, 'Bag.__iter__', ['self']),
  __bool__: M(function __bool__(self) { return $rt.gt($rt.call($b('len'), self), 1); }, 'Bag.__bool__', ['self']),
});
const b = $rt.call(Bag); $rt.setitem(b, 'x', 1); $rt.setitem(b, 'y', 2); $rt.delitem(b, 'y'); $rt.setitem(b, 'z', 3);
const ks = $rt.list([]); for (const k of $rt.iterate(b)) $rt.listAppend(ks, k);
P($rt.call($b('len'), b), $rt.getitem(b, 'z'), $rt.contains(b, 'x'), $rt.contains(b, 'q'), $rt.call($b('list'), b), $rt.call($b('bool'), b), $rt.call($b('bool'), $rt.call(Bag)), ks);` },
  { name: 'iterator protocol and call',
    py: 'class Count:\n    def __init__(self, n): self.i = 0; self.n = n\n    def __iter__(self): return self\n    def __next__(self):\n        if self.i >= self.n: raise StopIteration\n        self.i += 1\n        return self.i\n    def __call__(self, x): return x * 2\nc = Count(3)\nprint(list(c), list(c), Count(2)(21), callable(c), callable(1), sum(Count(4)))',
    js: `const Count = K('Count', [], {
  __init__: M(function __init__(self, n) { $rt.setattr(self, 'i', 0); $rt.setattr(self, 'n', n); return null; }, 'Count.__init__', ['self', 'n']),
  __iter__: M(function __iter__(self) { return self; }, 'Count.__iter__', ['self']),
  __next__: M(function __next__(self) { if ($rt.truthy($rt.ge($rt.getattr(self, 'i'), $rt.getattr(self, 'n')))) $rt.raise($b('StopIteration'), undefined, false); $rt.setattr(self, 'i', $rt.iadd($rt.getattr(self, 'i'), 1)); return $rt.getattr(self, 'i'); }, 'Count.__next__', ['self']),
  __call__: M(function __call__(self, x) { return $rt.mul(x, 2); }, 'Count.__call__', ['self', 'x']),
});
const c = $rt.call(Count, 3);
P($rt.call($b('list'), c), $rt.call($b('list'), c), $rt.call($rt.call(Count, 2), 21), $rt.call($b('callable'), c), $rt.call($b('callable'), 1), $rt.call($b('sum'), $rt.call(Count, 4)));` },
  { name: 'context manager',
    py: 'class Ctx:\n    def __enter__(self): print("enter"); return 42\n    def __exit__(self, t, v, tb): print("exit", t.__name__ if t else None, v); return True\nwith Ctx() as x:\n    print("body", x)\n    raise ValueError("boom")\nprint("after")',
    js: `const Ctx = K('Ctx', [], {
  __enter__: M(function __enter__(self) { P('enter'); return 42; }, 'Ctx.__enter__', ['self']),
  __exit__: M(function __exit__(self, t, v, tb) { P('exit', $rt.truthy(t) ? $rt.getattr(t, '__name__') : null, v); return true; }, 'Ctx.__exit__', ['self', 't', 'v', 'tb']),
});
const [exit, x] = $rt.withEnter($rt.call(Ctx));
let ok = true;
try { P('body', x); $rt.raise($rt.call($b('ValueError'), 'boom'), undefined, false); }
catch ($e) { ok = false; const e = $rt.caught($e); try { if (!$rt.withExit(exit, e)) throw e; } finally { $rt.handled(); } }
finally { if (ok) $rt.withExit(exit, null); }
P('after');` },
  { name: 'not a context manager', py: 'with 1: pass', js: `$rt.withEnter(1);` },
  { name: 'eq without hash is unhashable', py: 'class E:\n    def __eq__(self, o): return True\nprint(E() == 1)\nhash(E())',
    js: `const E = K('E', [], { __eq__: M(function __eq__(self, o) { return true; }, 'E.__eq__', ['self', 'o']) }); P($rt.eq($rt.call(E), 1)); $rt.call($b('hash'), $rt.call(E));` },
  { name: 'getattr setattr hasattr delattr',
    py: 'class O: pass\no = O(); setattr(o, "a", 1)\nprint(getattr(o, "a"), getattr(o, "b", "dflt"), hasattr(o, "a"), hasattr(o, "b")); delattr(o, "a"); print(hasattr(o, "a"), o.__class__.__name__)',
    js: `const O = K('O', [], {}); const o = $rt.call(O); $rt.call($b('setattr'), o, 'a', 1); P($rt.call($b('getattr'), o, 'a'), $rt.call($b('getattr'), o, 'b', 'dflt'), $rt.call($b('hasattr'), o, 'a'), $rt.call($b('hasattr'), o, 'b')); $rt.call($b('delattr'), o, 'a'); P($rt.call($b('hasattr'), o, 'a'), $rt.getattr($rt.getattr(o, '__class__'), '__name__'));` },
  { name: 'getattr refuses internal dunders', py: 'getattr(1, "__globals__")', expect: "AttributeError: 'int' object has no attribute '__globals__'\n",
    js: `$rt.call($b('getattr'), 1, '__globals__');` },
  { name: 'type reprs', py: 'class C: pass\nprint(C, int, type(C), type(type), object, ValueError)', js: `const C = K('C', [], {}); P(C, $b('int'), $rt.call($b('type'), C), $rt.call($b('type'), $b('type')), $b('object'), $b('ValueError'));` },
  { name: 'cannot subclass bool', py: 'class B(bool): pass', js: `K('B', [$b('bool')], {});` },
  { name: '__setattr__ delegating to object',
    py: 'class Logged:\n    def __setattr__(self, name, value):\n        print("set", name, value)\n        object.__setattr__(self, name, value)\n    def __getattr__(self, name):\n        return "missing " + name\nl = Logged(); l.a = 1\nprint(l.a, l.zzz)',
    js: `const Logged = K('Logged', [], {
  __setattr__: M(function __setattr__(self, name, value) { P('set', name, value); $rt.callMethod($b('object'), '__setattr__', self, name, value); return null; }, 'Logged.__setattr__', ['self', 'name', 'value']),
  __getattr__: M(function __getattr__(self, name) { return $rt.add('missing ', name); }, 'Logged.__getattr__', ['self', 'name']),
});
const l = $rt.call(Logged); $rt.setattr(l, 'a', 1); P($rt.getattr(l, 'a'), $rt.getattr(l, 'zzz'));` },
  // Limitation: bytes cannot be subclassed yet.
  { name: 'subclassing bytes is not supported yet', py: 'class B(bytes): pass', expect: "NotImplementedError: subclassing the builtin type 'bytes' is not supported yet\n",
    js: `K('B', [$b('bytes')], {});` },
  { name: 'str and tuple subclasses box their value', py: "class S(str): pass\nclass T(tuple): pass\nprint(repr(S('a')), S('a').upper(), T([1, 2]), len(T([3])))",
    js: `const S = K('S', [$b('str')], {}); const T = K('T', [$b('tuple')], {});
P($rt.repr($rt.call(S, 'a')), $rt.callMethod($rt.call(S, 'a'), 'upper'), $rt.call(T, $rt.list([1, 2])), $rt.call($b('len'), $rt.call(T, $rt.list([3]))));` },
  { name: 'dict and list subclasses',
    py: "class Counter(dict):\n    def __missing__(self, key): return 0\n    def add(self, k): self[k] += 1\nclass Stack(list):\n    def push(self, x): self.append(x)\n    def peek(self): return self[-1]\nclass Upper(dict):\n    def __init__(self, *a, **k):\n        super().__init__(*a, **k)\n        self.note = 'made'\n    def __setitem__(self, k, v): super().__setitem__(k.upper(), v)\n    def __getitem__(self, k): return super().__getitem__(k.upper())\n    def __repr__(self): return 'Upper(' + super().__repr__() + ')'\nc = Counter(); c.add('a'); c.add('a'); c.add('b')\nprint(c, c['zz'], len(c), isinstance(c, dict), type(c).__name__, sorted(c), 'a' in c)\ns = Stack([1, 2]); s.push(3)\nprint(s, s.peek(), len(s), s + [4], type(s + [4]).__name__, list(reversed(s)), s == [1, 2, 3], bool(Stack()))\nu = Upper(x=1); u['y'] = 2\nprint(u, u['x'], u.note, dict(u), list(u.items()))",
    js: `const Counter = K('Counter', [$b('dict')], {
  __missing__: M(function __missing__(self, key) { return 0; }, 'Counter.__missing__', ['self', 'key']),
  add: M(function add(self, k) { $rt.setitem(self, k, $rt.iadd($rt.getitem(self, k), 1)); return null; }, 'Counter.add', ['self', 'k']),
});
const Stack = K('Stack', [$b('list')], {
  push: M(function push(self, x) { $rt.callMethod(self, 'append', x); return null; }, 'Stack.push', ['self', 'x']),
  peek: M(function peek(self) { return $rt.getitem(self, -1); }, 'Stack.peek', ['self']),
});
const Upper = K('Upper', [$b('dict')], {
  __init__: M(function __init__(self, a, k) { $rt.callEx($rt.getattr($rt.superOf(Upper, self), '__init__'), $rt.spreadInto([], a), k); $rt.setattr(self, 'note', 'made'); return null; }, 'Upper.__init__', ['self', 'a', 'k'], { positional: 1, varargs: true, varkw: true }),
  __setitem__: M(function __setitem__(self, k, v) { $rt.callMethod($rt.superOf(Upper, self), '__setitem__', $rt.callMethod(k, 'upper'), v); return null; }, 'Upper.__setitem__', ['self', 'k', 'v']),
  __getitem__: M(function __getitem__(self, k) { return $rt.callMethod($rt.superOf(Upper, self), '__getitem__', $rt.callMethod(k, 'upper')); }, 'Upper.__getitem__', ['self', 'k']),
  __repr__: M(function __repr__(self) { return $rt.add($rt.add('Upper(', $rt.callMethod($rt.superOf(Upper, self), '__repr__')), ')'); }, 'Upper.__repr__', ['self']),
});
const c = $rt.call(Counter); $rt.callMethod(c, 'add', 'a'); $rt.callMethod(c, 'add', 'a'); $rt.callMethod(c, 'add', 'b');
P(c, $rt.getitem(c, 'zz'), $rt.call($b('len'), c), $rt.call($b('isinstance'), c, $b('dict')), $rt.getattr($rt.call($b('type'), c), '__name__'), $rt.call($b('sorted'), c), $rt.contains(c, 'a'));
const s = $rt.call(Stack, $rt.list([1, 2])); $rt.callMethod(s, 'push', 3);
P(s, $rt.callMethod(s, 'peek'), $rt.call($b('len'), s), $rt.add(s, $rt.list([4])), $rt.getattr($rt.call($b('type'), $rt.add(s, $rt.list([4]))), '__name__'), $rt.call($b('list'), $rt.call($b('reversed'), s)), $rt.eq(s, $rt.list([1, 2, 3])), $rt.call($b('bool'), $rt.call(Stack)));
const u = $rt.callKw(Upper, [], ['x'], [1]); $rt.setitem(u, 'y', 2);
P(u, $rt.getitem(u, 'x'), $rt.getattr(u, 'note'), $rt.call($b('dict'), u), $rt.call($b('list'), $rt.callMethod(u, 'items')));` },
  { name: 'descriptors, __set_name__ and __init_subclass__',
    py: "class D:\n    def __set_name__(self, owner, name): print('set_name', owner.__name__, name); self.name = name\n    def __get__(self, obj, typ=None): return ('get', self.name, obj is None)\nclass N:\n    def __get__(self, obj, typ=None): return 'nondata'\nclass DD:\n    def __get__(self, obj, typ=None): return 'data'\n    def __set__(self, obj, v): print('set', v)\nclass C:\n    d = D(); n = N(); dd = DD()\n    def __init_subclass__(cls, tag='none', **kw): print('init_subclass', cls.__name__, tag)\nclass S(C, tag='T'): pass\nclass S2(S): pass\nc = C()\nprint(c.d, C.d, c.n, c.dd); c.dd = 5",
    js: `const Desc = K('D', [], {
  __set_name__: M(function __set_name__(self, owner, name) { P('set_name', $rt.getattr(owner, '__name__'), name); $rt.setattr(self, 'name', name); return null; }, 'D.__set_name__', ['self', 'owner', 'name']),
  __get__: M(function __get__(self, obj, typ) { return $rt.tuple(['get', $rt.getattr(self, 'name'), $rt.is(obj, null)]); }, 'D.__get__', ['self', 'obj', 'typ'], { defaults: [null] }),
});
const N = K('N', [], { __get__: M(function __get__(self, obj, typ) { return 'nondata'; }, 'N.__get__', ['self', 'obj', 'typ'], { defaults: [null] }) });
const DD = K('DD', [], {
  __get__: M(function __get__(self, obj, typ) { return 'data'; }, 'DD.__get__', ['self', 'obj', 'typ'], { defaults: [null] }),
  __set__: M(function __set__(self, obj, v) { P('set', v); return null; }, 'DD.__set__', ['self', 'obj', 'v']),
});
const C = K('C', [], { d: $rt.call(Desc), n: $rt.call(N), dd: $rt.call(DD),
  __init_subclass__: M(function __init_subclass__(cls, tag, kw) { P('init_subclass', $rt.getattr(cls, '__name__'), tag); return null; }, 'C.__init_subclass__', ['cls', 'tag', 'kw'], { varkw: true, positional: 2, defaults: ['none'] }) });
const nsS = $rt.classNamespace('S', 'S'); const S_ = $rt.makeClass('S', 'S', [C], nsS, ['tag'], ['T']);
K('S2', [S_], {});
const c = $rt.call(C);
P($rt.getattr(c, 'd'), $rt.getattr(C, 'd'), $rt.getattr(c, 'n'), $rt.getattr(c, 'dd')); $rt.setattr(c, 'dd', 5);` },
  { name: 'class keywords without __init_subclass__', py: 'class A: pass\nclass B(A, x=1): pass',
    js: `const A = K('A', [], {}); $rt.makeClass('B', 'B', [A], $rt.classNamespace('B', 'B'), ['x'], [1]);` },
];
