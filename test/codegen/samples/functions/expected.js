(function $module($rt) {
  "use strict";
  const $s = $rt.state;
  let add$g = $rt.initGlobal("add"), pos_only$g = $rt.initGlobal("pos_only"), no_return$g = $rt.initGlobal("no_return"), sq$g = $rt.initGlobal("sq");
  add$g = $rt.def(function add$f(a$, b$, rest$, scale$, offset$, extra$) {
    if (--$s.ops < 0) $rt.outOfOps();
    if (++$s.depth > $s.maxDepth) $rt.tooDeep();
    try {
      let total$, r$;
      total$ = $rt.add($rt.mul($rt.add(a$, b$), scale$), offset$);
      for (r$ of $rt.iterate(rest$)) {
        if (--$s.ops < 0) $rt.outOfOps();
        total$ = $rt.iadd(total$, r$);
      }
      return total$;
    } finally {
      $s.depth--;
    }
  }, {
    name: "add",
    qualname: "add",
    params: ["a", "b", "rest", "scale", "offset", "extra"],
    posonly: 0,
    positional: 2,
    varargs: true,
    kwonly: 2,
    varkw: true,
    defaults: [1],
    kwdefaults: {
      offset: 0
    },
    generator: false
  });
  pos_only$g = $rt.def(function pos_only$f(a$, b$, c$) {
    if (--$s.ops < 0) $rt.outOfOps();
    if (++$s.depth > $s.maxDepth) $rt.tooDeep();
    try {
      return $rt.tuple([a$, b$, c$]);
    } finally {
      $s.depth--;
    }
  }, {
    name: "pos_only",
    qualname: "pos_only",
    params: ["a", "b", "c"],
    posonly: 2,
    positional: 3,
    varargs: false,
    kwonly: 0,
    varkw: false,
    defaults: [],
    kwdefaults: null,
    generator: false
  });
  no_return$g = $rt.def(function no_return$f() {
    if (--$s.ops < 0) $rt.outOfOps();
    if (++$s.depth > $s.maxDepth) $rt.tooDeep();
    try {
      return null;
    } finally {
      $s.depth--;
    }
  }, {
    name: "no_return",
    qualname: "no_return",
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
  sq$g = $rt.def(function $lambda(v$) {
    if (--$s.ops < 0) $rt.outOfOps();
    if (++$s.depth > $s.maxDepth) $rt.tooDeep();
    try {
      return $rt.mul(v$, v$);
    } finally {
      $s.depth--;
    }
  }, {
    name: "<lambda>",
    qualname: "<lambda>",
    params: ["v"],
    posonly: 0,
    positional: 1,
    varargs: false,
    kwonly: 0,
    varkw: false,
    defaults: [],
    kwdefaults: null,
    generator: false
  });
  return $rt.moduleEnd($rt.callKw(add$g !== undefined ? add$g : $rt.globalMissing("add"), [1, 2, 3], ["scale"], [2]), ["add", "pos_only", "no_return", "sq"], [add$g, pos_only$g, no_return$g, sq$g]);
});

