(function $module($rt) {
  "use strict";
  const $s = $rt.state;
  let f$g = $rt.initGlobal("f"), args$g = $rt.initGlobal("args"), opts$g = $rt.initGlobal("opts"), obj$g = $rt.initGlobal("obj"), first$g = $rt.initGlobal("first"), rest$g = $rt.initGlobal("rest");
  let $t1, $t2, $t3, $u4, $v5;
  f$g = $rt.def(function f$f(args$, kwargs$) {
    if (--$s.ops < 0) $rt.outOfOps();
    if (++$s.depth > $s.maxDepth) $rt.tooDeep();
    try {
      return $rt.tuple([args$, kwargs$]);
    } finally {
      $s.depth--;
    }
  }, {
    name: "f",
    qualname: "f",
    params: ["args", "kwargs"],
    posonly: 0,
    positional: 0,
    varargs: true,
    kwonly: 0,
    varkw: true,
    defaults: [],
    kwdefaults: null,
    generator: false
  });
  args$g = $rt.list([1, 2]);
  opts$g = $rt.dict(["a", 1]);
  $rt.callEx($t1 = f$g !== undefined ? f$g : $rt.globalMissing("f"), [0, ...$rt.spreadArgs([], args$g !== undefined ? args$g : $rt.globalMissing("args"), $t1), 3, ...$rt.spreadArgs([], args$g !== undefined ? args$g : $rt.globalMissing("args"), $t1)], null);
  $rt.callEx($t2 = f$g !== undefined ? f$g : $rt.globalMissing("f"), [], $rt.mergeKwargs($rt.mergeKwargs($rt.dict(["x", 1]), opts$g !== undefined ? opts$g : $rt.globalMissing("opts"), $t2), $rt.dict(["y", 2]), $t2));
  $rt.callEx($t3 = f$g !== undefined ? f$g : $rt.globalMissing("f"), [...$rt.spreadArgs([], args$g !== undefined ? args$g : $rt.globalMissing("args"), $t3)], $rt.mergeKwargs($rt.dict(["k", 3]), opts$g !== undefined ? opts$g : $rt.globalMissing("opts"), $t3));
  obj$g = $rt.list([3, 1, 2]);
  $rt.callMethodKw(obj$g !== undefined ? obj$g : $rt.globalMissing("obj"), "sort", [], ["reverse"], [true]);
  $rt.callMethod(obj$g !== undefined ? obj$g : $rt.globalMissing("obj"), "append", 4);
  $rt.list([...$rt.spreadArgs([], args$g !== undefined ? args$g : $rt.globalMissing("args"), null), ...$rt.spreadArgs([], obj$g !== undefined ? obj$g : $rt.globalMissing("obj"), null)]);
  $rt.mergeKwargs($rt.mergeKwargs($rt.dict([]), opts$g !== undefined ? opts$g : $rt.globalMissing("opts"), null), $rt.dict(["b", 2]), null);
  $u4 = $rt.unpackStar(obj$g !== undefined ? obj$g : $rt.globalMissing("obj"), 1, 0);
  first$g = $u4[0];
  rest$g = $u4[1];
  $v5 = $rt.list([9]);
  $rt.setitem(obj$g !== undefined ? obj$g : $rt.globalMissing("obj"), $rt.slice(1, 2, null), $v5);
  return $rt.moduleEnd($rt.getitem(obj$g !== undefined ? obj$g : $rt.globalMissing("obj"), $rt.slice(null, null, 2)), ["f", "args", "opts", "obj", "first", "rest"], [f$g, args$g, opts$g, obj$g, first$g, rest$g]);
});

