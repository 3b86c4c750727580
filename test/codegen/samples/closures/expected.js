(function $module($rt) {
  "use strict";
  const $s = $rt.state;
  let counter$g = $rt.initGlobal("counter"), make$g = $rt.initGlobal("make"), bump$g = $rt.initGlobal("bump"), shadow$g = $rt.initGlobal("shadow"), inc$g = $rt.initGlobal("inc");
  counter$g = 0;
  make$g = $rt.def(function make$f() {
    if (--$s.ops < 0) $rt.outOfOps();
    if (++$s.depth > $s.maxDepth) $rt.tooDeep();
    try {
      let count$, inc$;
      count$ = 0;
      inc$ = $rt.def(function inc$f() {
        if (--$s.ops < 0) $rt.outOfOps();
        if (++$s.depth > $s.maxDepth) $rt.tooDeep();
        try {
          count$ = $rt.iadd(count$ !== undefined ? count$ : $rt.unboundFree("count"), 1);
          return count$ !== undefined ? count$ : $rt.unboundFree("count");
        } finally {
          $s.depth--;
        }
      }, {
        name: "inc",
        qualname: "make.<locals>.inc",
        params: [],
        posonly: 0,
        positional: 0,
        varargs: false,
        kwonly: 0,
        varkw: false,
        defaults: [],
        kwdefaults: null,
        generator: false
      });
      return inc$;
    } finally {
      $s.depth--;
    }
  }, {
    name: "make",
    qualname: "make",
    params: [],
    posonly: 0,
    positional: 0,
    varargs: false,
    kwonly: 0,
    varkw: false,
    defaults: [],
    kwdefaults: null,
    generator: false
  });
  bump$g = $rt.def(function bump$f() {
    if (--$s.ops < 0) $rt.outOfOps();
    if (++$s.depth > $s.maxDepth) $rt.tooDeep();
    try {
      counter$g = $rt.iadd(counter$g !== undefined ? counter$g : $rt.globalMissing("counter"), 1);
      return null;
    } finally {
      $s.depth--;
    }
  }, {
    name: "bump",
    qualname: "bump",
    params: [],
    posonly: 0,
    positional: 0,
    varargs: false,
    kwonly: 0,
    varkw: false,
    defaults: [],
    kwdefaults: null,
    generator: false
  });
  shadow$g = $rt.def(function shadow$f() {
    if (--$s.ops < 0) $rt.outOfOps();
    if (++$s.depth > $s.maxDepth) $rt.tooDeep();
    try {
      let counter$, inner$;
      counter$ = "local";
      inner$ = $rt.def(function inner$f() {
        if (--$s.ops < 0) $rt.outOfOps();
        if (++$s.depth > $s.maxDepth) $rt.tooDeep();
        try {
          return counter$g !== undefined ? counter$g : $rt.globalMissing("counter");
        } finally {
          $s.depth--;
        }
      }, {
        name: "inner",
        qualname: "shadow.<locals>.inner",
        params: [],
        posonly: 0,
        positional: 0,
        varargs: false,
        kwonly: 0,
        varkw: false,
        defaults: [],
        kwdefaults: null,
        generator: false
      });
      return $rt.call(inner$);
    } finally {
      $s.depth--;
    }
  }, {
    name: "shadow",
    qualname: "shadow",
    params: [],
    posonly: 0,
    positional: 0,
    varargs: false,
    kwonly: 0,
    varkw: false,
    defaults: [],
    kwdefaults: null,
    generator: false
  });
  inc$g = $rt.call(make$g !== undefined ? make$g : $rt.globalMissing("make"));
  $rt.call(inc$g !== undefined ? inc$g : $rt.globalMissing("inc"));
  return $rt.moduleEnd($rt.call(bump$g !== undefined ? bump$g : $rt.globalMissing("bump")), ["counter", "make", "bump", "shadow", "inc"], [counter$g, make$g, bump$g, shadow$g, inc$g]);
});

