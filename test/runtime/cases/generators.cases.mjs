// Generators: compiled as JS function*; the runtime wraps them with Python's protocol.
const G = (name, params, body, extra = '') => `D(function* ${name}$(${params.join(', ')}) { ${body} }, '${name}', ${JSON.stringify(params)}, { generator: true ${extra} })`;
const TRY = (body, handlers) => `try { ${body} } catch ($e) { const e = $rt.caught($e); try { ${handlers} } finally { $rt.handled(); } }`;
export const cases = [
  { name: 'generator basics and return value',
    py: 'def gen(n):\n    for i in range(n):\n        yield i * i\n    return "done"\ng = gen(3)\nprint(g.__next__(), next(g), list(g), list(gen(4)), type(g).__name__)\ng2 = gen(0)\ntry:\n    next(g2)\nexcept StopIteration as e:\n    print("stop", e.value)',
    js: `const gen = ${G('gen', ['n'], "for (const i of $rt.iterate($rt.call($b('range'), n))) { yield $rt.mul(i, i); } return 'done';")};
const g = $rt.call(gen, 3); P($rt.callMethod(g, '__next__'), $rt.call($b('next'), g), $rt.call($b('list'), g), $rt.call($b('list'), $rt.call(gen, 4)), $rt.getattr($rt.call($b('type'), g), '__name__'));
const g2 = $rt.call(gen, 0);
${TRY("$rt.call($b('next'), g2);", "if ($rt.excMatches(e, $b('StopIteration'))) { P('stop', $rt.getattr(e, 'value')); } else throw e;")}` },
  { name: 'send and throw',
    py: 'def acc():\n    total = 0\n    while True:\n        try:\n            x = yield total\n        except ValueError:\n            x = 100\n        total += x\ng = acc()\nprint(next(g), g.send(5), g.send(10), g.throw(ValueError), g.send(1))',
    js: `const acc = ${G('acc', [], "let total = 0; while (true) { let x; try { x = yield total; } catch ($e) { const e = $rt.caught($e); try { if ($rt.excMatches(e, $b('ValueError'))) { x = 100; } else throw e; } finally { $rt.handled(); } } total = $rt.iadd(total, x); }")};
const g = $rt.call(acc); P($rt.call($b('next'), g), $rt.callMethod(g, 'send', 5), $rt.callMethod(g, 'send', 10), $rt.callMethod(g, 'throw', $b('ValueError')), $rt.callMethod(g, 'send', 1));` },
  { name: 'send non-None to just-started generator', py: 'def g():\n    yield 1\ng().send(5)', js: `const g = ${G('g', [], 'yield 1;')}; $rt.callMethod($rt.call(g), 'send', 5);` },
  { name: 'close runs finally and GeneratorExit',
    py: 'def g():\n    try:\n        yield 1\n        yield 2\n    finally:\n        print("cleanup")\nit = g(); print(next(it)); it.close(); print("closed"); it.close(); print(list(it))',
    js: `const g = ${G('g', [], "try { yield 1; yield 2; } finally { P('cleanup'); }")}; const it = $rt.call(g); P($rt.call($b('next'), it)); $rt.callMethod(it, 'close'); P('closed'); $rt.callMethod(it, 'close'); P($rt.call($b('list'), it));` },
  { name: 'generator ignoring GeneratorExit',
    py: 'def g():\n    while True:\n        try:\n            yield 1\n        except GeneratorExit:\n            pass\nit = g(); next(it); it.close()',
    js: `const g = ${G('g', [], "while (true) { try { yield 1; } catch ($e) { const e = $rt.caught($e); try { if ($rt.excMatches(e, $b('GeneratorExit'))) {} else throw e; } finally { $rt.handled(); } } }")}; const it = $rt.call(g); $rt.call($b('next'), it); $rt.callMethod(it, 'close');` },
  { name: 'generator expression and yield from',
    py: 'def inner():\n    x = yield 1\n    yield x\n    return "r"\ndef outer():\n    r = yield from inner()\n    yield r\n    yield from [7, 8]\ng = outer()\nprint(next(g), g.send("sent"), list(g), sum(x * 2 for x in range(4)), list(x for x in "ab"))',
    js: `const inner = ${G('inner', [], "const x = yield 1; yield x; return 'r';")};
const outer = ${G('outer', [], "const r = yield* $rt.yieldFrom($rt.call(inner)); yield r; yield* $rt.yieldFrom($rt.list([7, 8]));")};
const g = $rt.call(outer);
P($rt.call($b('next'), g), $rt.callMethod(g, 'send', 'sent'), $rt.call($b('list'), g), $rt.call($b('sum'), $rt.genexp((function* $genexpr(it) { for (const x of $rt.iterate(it)) yield $rt.mul(x, 2); })($rt.call($b('range'), 4)), '<genexpr>', '<genexpr>')), $rt.call($b('list'), $rt.genexp((function* $genexpr(it) { for (const x of $rt.iterate(it)) yield x; })('ab'), '<genexpr>', '<genexpr>')));` },
  { name: 'generator already executing',
    py: 'def g():\n    yield next(it)\nit = g()\nnext(it)',
    js: `let it; const g = ${G('g', [], "yield $rt.call($b('next'), it);")}; it = $rt.call(g); $rt.call($b('next'), it);` },
  { name: 'StopIteration inside generator becomes RuntimeError',
    py: 'def g():\n    next(iter([]))\n    yield 1\nlist(g())',
    js: `const g = ${G('g', [], "$rt.call($b('next'), $rt.call($b('iter'), $rt.list([]))); yield 1;")}; $rt.call($b('list'), $rt.call(g));` },
  { name: 'generator arguments are bound at call',
    py: 'def g(a, b=2):\n    yield a + b\nprint(list(g(1)), list(g(1, b=5)))\ng()',
    js: `const g = ${G('g', ['a', 'b'], 'yield $rt.add(a, b);', ', defaults: [2]')}; P($rt.call($b('list'), $rt.call(g, 1)), $rt.call($b('list'), $rt.callKw(g, [1], ['b'], [5]))); $rt.call(g);` },
  { name: 'a suspended generator keeps its handled exception to itself',
    py: "def g():\n    try:\n        raise KeyError('in gen')\n    except KeyError:\n        yield 1\n        yield 2\nit = g(); next(it)\ntry:\n    raise ValueError('outside')\nexcept ValueError as e:\n    print(repr(e.__context__))\nprint(next(it))",
    js: `const g = ${G('g', [], "try { $rt.raise($rt.call($b('KeyError'), 'in gen'), undefined, false); } catch ($e) { const e = $rt.caught($e); try { if ($rt.excMatches(e, $b('KeyError'))) { yield 1; yield 2; } else throw e; } finally { $rt.handled(); } }")};
const it = $rt.call(g); $rt.call($b('next'), it);
${TRY("$rt.raise($rt.call($b('ValueError'), 'outside'), undefined, false);", "if ($rt.excMatches(e, $b('ValueError'))) { P($rt.repr($rt.getattr(e, '__context__'))); } else throw e;")}
P($rt.call($b('next'), it));` },
];
