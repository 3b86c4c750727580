(function $module($rt) {
  "use strict";
  const $s = $rt.state;
  let deco$g = $rt.initGlobal("deco"), Point$g = $rt.initGlobal("Point"), Point3$g = $rt.initGlobal("Point3"), object$g = $rt.initGlobal("object"), super$g = $rt.initGlobal("super"), dims$g = $rt.initGlobal("dims");
  let $d1, $cb2, $kv3, $k5, $k7;
  deco$g = $rt.def(function deco$f(c$) {
    if (--$s.ops < 0) $rt.outOfOps();
    if (++$s.depth > $s.maxDepth) $rt.tooDeep();
    try {
      return c$;
    } finally {
      $s.depth--;
    }
  }, {
    name: "deco",
    qualname: "deco",
    params: ["c"],
    posonly: 0,
    positional: 1,
    varargs: false,
    kwonly: 0,
    varkw: false,
    defaults: [],
    kwdefaults: null,
    generator: false
  });
  $d1 = deco$g !== undefined ? deco$g : $rt.globalMissing("deco");
  $cb2 = [object$g !== undefined ? object$g : $rt.globalMissing("object")];
  $kv3 = [true];
  $k5 = $rt.makeClass("Point", "Point", $cb2, (function Point$c($ns) {
    if (--$s.ops < 0) $rt.outOfOps();
    if (++$s.depth > $s.maxDepth) $rt.tooDeep();
    try {
      let $t4;
      $rt.classStore($ns, "dims", 2);
      $rt.classStore($ns, "scale", $rt.mul(($t4 = $rt.classLookup($ns, "dims")) !== undefined ? $t4 : dims$g !== undefined ? dims$g : $rt.globalMissing("dims"), 2));
      $rt.classStore($ns, "__init__", $rt.def(function __init__$f(self$, x$, y$) {
        if (--$s.ops < 0) $rt.outOfOps();
        if (++$s.depth > $s.maxDepth) $rt.tooDeep();
        try {
          $rt.setattr(self$, "x", x$);
          $rt.setattr(self$, "y", y$);
          return null;
        } finally {
          $s.depth--;
        }
      }, {
        name: "__init__",
        qualname: "Point.__init__",
        params: ["self", "x", "y"],
        posonly: 0,
        positional: 3,
        varargs: false,
        kwonly: 0,
        varkw: false,
        defaults: [],
        kwdefaults: null,
        generator: false
      }));
      $rt.classStore($ns, "norm", $rt.def(function norm$f(self$) {
        if (--$s.ops < 0) $rt.outOfOps();
        if (++$s.depth > $s.maxDepth) $rt.tooDeep();
        try {
          return $rt.pow($rt.add($rt.pow($rt.getattr(self$, "x"), 2), $rt.pow($rt.getattr(self$, "y"), 2)), 0.5);
        } finally {
          $s.depth--;
        }
      }, {
        name: "norm",
        qualname: "Point.norm",
        params: ["self"],
        posonly: 0,
        positional: 1,
        varargs: false,
        kwonly: 0,
        varkw: false,
        defaults: [],
        kwdefaults: null,
        generator: false
      }));
      return $ns;
    } finally {
      $s.depth--;
    }
  })($rt.classNamespace("Point", "Point")), ["metaclass_free"], $kv3);
  Point$g = $rt.call($d1, $k5);
  {
    let $class6;
    $k7 = $rt.makeClass("Point3", "Point3", [Point$g !== undefined ? Point$g : $rt.globalMissing("Point")], (function Point3$c($ns) {
      if (--$s.ops < 0) $rt.outOfOps();
      if (++$s.depth > $s.maxDepth) $rt.tooDeep();
      try {
        $rt.classStore($ns, "__init__", $rt.def(function __init__$f(self$, x$, y$, z$) {
          if (--$s.ops < 0) $rt.outOfOps();
          if (++$s.depth > $s.maxDepth) $rt.tooDeep();
          try {
            $rt.callMethod($rt.superOf($class6, self$), "__init__", x$, y$);
            $rt.setattr(self$, "z", z$);
            return null;
          } finally {
            $s.depth--;
          }
        }, {
          name: "__init__",
          qualname: "Point3.__init__",
          params: ["self", "x", "y", "z"],
          posonly: 0,
          positional: 4,
          varargs: false,
          kwonly: 0,
          varkw: false,
          defaults: [],
          kwdefaults: null,
          generator: false
        }));
        return $ns;
      } finally {
        $s.depth--;
      }
    })($rt.classNamespace("Point3", "Point3")), [], []);
    $class6 = $k7;
    Point3$g = $k7;
  }
  return $rt.moduleEnd($rt.callMethod($rt.call(Point3$g !== undefined ? Point3$g : $rt.globalMissing("Point3"), 1, 2, 3), "norm"), ["deco", "Point", "Point3", "object", "super", "dims"], [deco$g, Point$g, Point3$g, object$g, super$g, dims$g]);
});

