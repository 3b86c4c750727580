(function $module($rt) {
  "use strict";
  const $s = $rt.state;
  let xs$g = $rt.initGlobal("xs"), squares$g = $rt.initGlobal("squares"), pairs$g = $rt.initGlobal("pairs"), index$g = $rt.initGlobal("index"), gen$g = $rt.initGlobal("gen"), fs$g = $rt.initGlobal("fs"), enumerate$g = $rt.initGlobal("enumerate"), sum$g = $rt.initGlobal("sum");
  xs$g = $rt.list([1, 2, 3]);
  squares$g = (function $listcomp($it) {
    if (--$s.ops < 0) $rt.outOfOps();
    if (++$s.depth > $s.maxDepth) $rt.tooDeep();
    try {
      let x$, $r1;
      $r1 = $rt.list([]);
      for (x$ of $it) {
        if (--$s.ops < 0) $rt.outOfOps();
        if (!$rt.truthy($rt.gt(x$, 1))) continue;
        $rt.listAppend($r1, $rt.mul(x$, x$));
      }
      return $r1;
    } finally {
      $s.depth--;
    }
  })($rt.iterate(xs$g !== undefined ? xs$g : $rt.globalMissing("xs")));
  pairs$g = (function $setcomp($it) {
    if (--$s.ops < 0) $rt.outOfOps();
    if (++$s.depth > $s.maxDepth) $rt.tooDeep();
    try {
      let a$, b$, $r2;
      $r2 = $rt.set([]);
      for (a$ of $it) {
        if (--$s.ops < 0) $rt.outOfOps();
        for (b$ of $rt.iterate(xs$g !== undefined ? xs$g : $rt.globalMissing("xs"))) {
          if (--$s.ops < 0) $rt.outOfOps();
          if (!$rt.truthy($rt.lt(a$, b$))) continue;
          $rt.setAdd($r2, $rt.tuple([a$, b$]));
        }
      }
      return $r2;
    } finally {
      $s.depth--;
    }
  })($rt.iterate(xs$g !== undefined ? xs$g : $rt.globalMissing("xs")));
  index$g = (function $dictcomp($it) {
    if (--$s.ops < 0) $rt.outOfOps();
    if (++$s.depth > $s.maxDepth) $rt.tooDeep();
    try {
      let k$, v$, $r3, $u5;
      $r3 = $rt.dict([]);
      for (const $i4 of $it) {
        if (--$s.ops < 0) $rt.outOfOps();
        $u5 = $rt.unpack($i4, 2);
        k$ = $u5[0];
        v$ = $u5[1];
        $rt.dictSet($r3, k$, v$);
      }
      return $r3;
    } finally {
      $s.depth--;
    }
  })($rt.iterate($rt.call(enumerate$g !== undefined ? enumerate$g : $rt.globalMissing("enumerate"), xs$g !== undefined ? xs$g : $rt.globalMissing("xs"))));
  gen$g = $rt.genexp((function* $genexpr($it) {
    if (--$s.ops < 0) $rt.outOfOps();
    let x$;
    for (x$ of $it) {
      if (--$s.ops < 0) $rt.outOfOps();
      yield $rt.add(x$, 1);
    }
    return null;
  })($rt.iterate(xs$g !== undefined ? xs$g : $rt.globalMissing("xs"))), "<genexpr>", "<genexpr>");
  fs$g = (function $listcomp($it) {
    if (--$s.ops < 0) $rt.outOfOps();
    if (++$s.depth > $s.maxDepth) $rt.tooDeep();
    try {
      let x$, $r6;
      $r6 = $rt.list([]);
      for (x$ of $it) {
        if (--$s.ops < 0) $rt.outOfOps();
        $rt.listAppend($r6, $rt.def(function $lambda() {
          if (--$s.ops < 0) $rt.outOfOps();
          if (++$s.depth > $s.maxDepth) $rt.tooDeep();
          try {
            return x$ !== undefined ? x$ : $rt.unboundFree("x");
          } finally {
            $s.depth--;
          }
        }, {
          name: "<lambda>",
          qualname: "<listcomp>.<lambda>",
          params: [],
          posonly: 0,
          positional: 0,
          varargs: false,
          kwonly: 0,
          varkw: false,
          defaults: [],
          kwdefaults: null,
          generator: false
        }));
      }
      return $r6;
    } finally {
      $s.depth--;
    }
  })($rt.iterate(xs$g !== undefined ? xs$g : $rt.globalMissing("xs")));
  return $rt.moduleEnd($rt.call(sum$g !== undefined ? sum$g : $rt.globalMissing("sum"), gen$g !== undefined ? gen$g : $rt.globalMissing("gen")), ["xs", "squares", "pairs", "index", "gen", "fs", "enumerate", "sum"], [xs$g, squares$g, pairs$g, index$g, gen$g, fs$g, enumerate$g, sum$g]);
});

