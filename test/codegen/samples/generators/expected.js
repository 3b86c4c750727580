(function $module($rt) {
  "use strict";
  const $s = $rt.state;
  let count$g = $rt.initGlobal("count"), chain$g = $rt.initGlobal("chain"), list$g = $rt.initGlobal("list");
  count$g = $rt.def(function* count$f(n$) {
    if (--$s.ops < 0) $rt.outOfOps();
    let i$, got$;
    i$ = 0;
    while ($rt.truthy($rt.lt(i$, n$))) {
      if (--$s.ops < 0) $rt.outOfOps();
      got$ = yield i$;
      i$ = $rt.iadd(i$, 1);
    }
    return "done";
  }, {
    name: "count",
    qualname: "count",
    params: ["n"],
    posonly: 0,
    positional: 1,
    varargs: false,
    kwonly: 0,
    varkw: false,
    defaults: [],
    kwdefaults: null,
    generator: true
  });
  chain$g = $rt.def(function* chain$f(a$, b$) {
    if (--$s.ops < 0) $rt.outOfOps();
    let r$;
    r$ = yield* $rt.yieldFrom(a$);
    yield* $rt.yieldFrom(b$);
    return r$;
  }, {
    name: "chain",
    qualname: "chain",
    params: ["a", "b"],
    posonly: 0,
    positional: 2,
    varargs: false,
    kwonly: 0,
    varkw: false,
    defaults: [],
    kwdefaults: null,
    generator: true
  });
  return $rt.moduleEnd($rt.call(list$g !== undefined ? list$g : $rt.globalMissing("list"), $rt.call(chain$g !== undefined ? chain$g : $rt.globalMissing("chain"), $rt.call(count$g !== undefined ? count$g : $rt.globalMissing("count"), 2), $rt.call(count$g !== undefined ? count$g : $rt.globalMissing("count"), 3))), ["count", "chain", "list"], [count$g, chain$g, list$g]);
});

