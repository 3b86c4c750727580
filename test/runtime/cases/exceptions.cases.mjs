// Exceptions: raise/except matching, messages, str/repr of exception objects, custom exception
// classes, chaining (__cause__ / __context__), bare raise, assert, NameError family.
// TRY(body, handlers): the shape codegen emits for try/except.
const TRY = (body, handlers) => `try { ${body} } catch ($e) { const e = $rt.caught($e); try { ${handlers} } finally { $rt.handled(); } }`;
const MYERR = `const MyError = K('MyError', [$b('ValueError')], {
  __init__: M(function __init__(self, msg, code) { $rt.callMethod($rt.superOf(MyError, self), '__init__', msg); $rt.setattr(self, 'code', code); return null; }, 'MyError.__init__', ['self', 'msg', 'code']),
});`;
const MYERR_PY = 'class MyError(ValueError):\n    def __init__(self, msg, code):\n        super().__init__(msg)\n        self.code = code\n';
export const cases = [
  { name: 'catch by class and tuple',
    py: 'try:\n    [][1]\nexcept (KeyError, IndexError) as e:\n    print("caught", type(e).__name__, e, repr(e), e.args)\ntry:\n    {}["k"]\nexcept LookupError as e:\n    print("lookup", e, repr(e))',
    js: TRY("$rt.getitem($rt.list([]), 1);", "if ($rt.excMatches(e, $rt.tuple([$b('KeyError'), $b('IndexError')]))) { P('caught', $rt.getattr($rt.call($b('type'), e), '__name__'), e, $rt.repr(e), $rt.getattr(e, 'args')); } else throw e;")
      + TRY("$rt.getitem($rt.dict([]), 'k');", "if ($rt.excMatches(e, $rt.globalMissing('LookupError'))) { P('lookup', e, $rt.repr(e)); } else throw e;") },
  { name: 'exception str and repr forms',
    py: 'print(str(ValueError()), repr(ValueError()), str(ValueError("a", 1)), repr(ValueError("a", 1)), str(KeyError("k")), repr(KeyError("k")), str(KeyError()), StopIteration(5).value, SystemExit(3).code, repr(TypeError("x\'y")))',
    js: `const V = $b('ValueError'), Kk = $b('KeyError'); P($rt.str($rt.call(V)), $rt.repr($rt.call(V)), $rt.str($rt.call(V, 'a', 1)), $rt.repr($rt.call(V, 'a', 1)), $rt.str($rt.call(Kk, 'k')), $rt.repr($rt.call(Kk, 'k')), $rt.str($rt.call(Kk)), $rt.getattr($rt.call($b('StopIteration'), 5), 'value'), $rt.getattr($rt.call($b('SystemExit'), 3), 'code'), $rt.repr($rt.call($b('TypeError'), "x'y")));` },
  { name: 'custom exception class',
    py: MYERR_PY + 'try:\n    raise MyError("bad", 7)\nexcept ValueError as e:\n    print(e, e.code, e.args, isinstance(e, Exception), repr(e))',
    js: MYERR + TRY("$rt.raise($rt.call(MyError, 'bad', 7), undefined, false);", "if ($rt.excMatches(e, $b('ValueError'))) { P(e, $rt.getattr(e, 'code'), $rt.getattr(e, 'args'), $rt.call($b('isinstance'), e, $b('Exception')), $rt.repr(e)); } else throw e;") },
  { name: 'uncaught custom exception', py: MYERR_PY + 'raise MyError("bad", 7)', js: MYERR + "$rt.raise($rt.call(MyError, 'bad', 7), undefined, false);" },
  { name: 'raise class without instance', py: 'raise ValueError', js: "$rt.raise($b('ValueError'), undefined, false);" },
  { name: 'raise non-exception', py: 'raise 5', js: "$rt.raise(5, undefined, false);" },
  { name: 'except non-exception class', py: 'try:\n    1/0\nexcept 5:\n    pass',
    js: TRY('$rt.truediv(1, 0);', "if ($rt.excMatches(e, 5)) {} else throw e;") },
  { name: 'explicit cause and context',
    py: 'try:\n    try:\n        1/0\n    except ZeroDivisionError as e:\n        raise ValueError("wrapped") from e\nexcept ValueError as v:\n    print(repr(v.__cause__), v.__suppress_context__, repr(v.__context__))\ntry:\n    try:\n        {}[1]\n    except KeyError:\n        raise TypeError("during")\nexcept TypeError as t:\n    print(repr(t.__context__), t.__cause__, t.__suppress_context__)\ntry:\n    try:\n        1/0\n    except ZeroDivisionError:\n        raise ValueError("quiet") from None\nexcept ValueError as q:\n    print(q.__cause__, q.__suppress_context__, repr(q.__context__))',
    js: TRY(TRY('$rt.truediv(1, 0);', "if ($rt.excMatches(e, $b('ZeroDivisionError'))) { $rt.raise($rt.call($b('ValueError'), 'wrapped'), e, true); } else throw e;"), "if ($rt.excMatches(e, $b('ValueError'))) { P($rt.repr($rt.getattr(e, '__cause__')), $rt.getattr(e, '__suppress_context__'), $rt.repr($rt.getattr(e, '__context__'))); } else throw e;")
      + TRY(TRY('$rt.getitem($rt.dict([]), 1);', "if ($rt.excMatches(e, $b('KeyError'))) { $rt.raise($rt.call($b('TypeError'), 'during'), undefined, false); } else throw e;"), "if ($rt.excMatches(e, $b('TypeError'))) { P($rt.repr($rt.getattr(e, '__context__')), $rt.getattr(e, '__cause__'), $rt.getattr(e, '__suppress_context__')); } else throw e;")
      + TRY(TRY('$rt.truediv(1, 0);', "if ($rt.excMatches(e, $b('ZeroDivisionError'))) { $rt.raise($rt.call($b('ValueError'), 'quiet'), null, true); } else throw e;"), "if ($rt.excMatches(e, $b('ValueError'))) { P($rt.getattr(e, '__cause__'), $rt.getattr(e, '__suppress_context__'), $rt.repr($rt.getattr(e, '__context__'))); } else throw e;") },
  { name: 'bare raise re-raises the handled exception',
    py: 'try:\n    try:\n        raise KeyError("x")\n    except KeyError:\n        print("inner")\n        raise\nexcept KeyError as e:\n    print("outer", repr(e))',
    js: TRY(TRY("$rt.raise($rt.call($b('KeyError'), 'x'), undefined, false);", "if ($rt.excMatches(e, $b('KeyError'))) { P('inner'); $rt.reraise(); } else throw e;"), "if ($rt.excMatches(e, $b('KeyError'))) { P('outer', $rt.repr(e)); } else throw e;") },
  { name: 'bare raise with nothing handled', py: 'raise', js: '$rt.reraise();' },
  { name: 'assert with and without message',
    py: 'try:\n    assert 1 == 2, "nope"\nexcept AssertionError as e:\n    print(repr(e))\nassert False',
    js: TRY("if (!$rt.truthy($rt.eq(1, 2))) $rt.assertFail('nope');", "if ($rt.excMatches(e, $b('AssertionError'))) { P($rt.repr(e)); } else throw e;") + ' $rt.assertFail();' },
  { name: 'NameError', py: 'print(undefined_name)', js: "P($rt.globalMissing('undefined_name'));" },
  { name: 'UnboundLocalError', py: 'def f():\n    print(x)\n    x = 1\nf()', js: "$rt.call(D(function f$() { let x; if (x === undefined) $rt.unboundLocal('x'); return null; }, 'f', []));" },
  { name: 'free variable NameError', py: 'def f():\n    def g(): return x\n    g()\n    x = 1\nf()', js: "$rt.unboundFree('x');" },
  { name: 'del unbound global', py: 'del nothing_here', js: "$rt.unboundGlobal('nothing_here');" },
  { name: 'exit raises SystemExit', py: 'exit(3)', js: "$rt.call($b('exit'), 3);" },
  { name: 'exception hierarchy',
    py: 'print([c.__name__ for c in ZeroDivisionError.mro()], issubclass(KeyError, LookupError), issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError), issubclass(FileNotFoundError, OSError), issubclass(UnicodeDecodeError, ValueError), issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception), IOError is OSError)',
    js: `const names = $rt.list([]); for (const c of $rt.iterate($rt.callMethod($b('ZeroDivisionError'), 'mro'))) $rt.listAppend(names, $rt.getattr(c, '__name__')); const sub = (a, b) => $rt.call($b('issubclass'), $b(a), $b(b)); P(names, sub('KeyError', 'LookupError'), sub('ModuleNotFoundError', 'ImportError'), sub('RecursionError', 'RuntimeError'), sub('FileNotFoundError', 'OSError'), sub('UnicodeDecodeError', 'ValueError'), sub('KeyboardInterrupt', 'Exception'), sub('StopIteration', 'Exception'), $rt.is($b('IOError'), $b('OSError')));` },
  { name: 'import of unknown module', py: 'import nosuchmodule_xyz', js: "$rt.import('nosuchmodule_xyz');" },
  { name: 'exception raised in __str__ of uncaught exception is reported',
    py: 'class E(Exception):\n    def __str__(self): return "custom text"\nraise E(1, 2)',
    js: "const E = K('E', [$b('Exception')], { __str__: M(function __str__(self) { return 'custom text'; }, 'E.__str__', ['self']) }); $rt.raise($rt.call(E, 1, 2), undefined, false);" },
];
