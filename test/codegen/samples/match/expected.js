(function $module($rt) {
  "use strict";
  const $s = $rt.state;
  let Point$g = $rt.initGlobal("Point"), describe$g = $rt.initGlobal("describe"), str$g = $rt.initGlobal("str");
  let $k1;
  $k1 = $rt.makeClass("Point", "Point", [], (function Point$c($ns) {
    if (--$s.ops < 0) $rt.outOfOps();
    if (++$s.depth > $s.maxDepth) $rt.tooDeep();
    try {
      $rt.classStore($ns, "__match_args__", $rt.tuple(["x", "y"]));
      return $ns;
    } finally {
      $s.depth--;
    }
  })($rt.classNamespace("Point", "Point")), [], []);
  Point$g = $k1;
  describe$g = $rt.def(function describe$f(p$) {
    if (--$s.ops < 0) $rt.outOfOps();
    if (++$s.depth > $s.maxDepth) $rt.tooDeep();
    try {
      let x$, rest$, v$, others$, yy$, s$, $m2, $done3, $q4, $c5, $c6, $q7, $c8, $c9, $q10, $c11, $q12, $q13, $c14;
      $m2 = p$;
      $done3 = false;
      if (!$done3 && ($rt.is($m2, null) || $rt.is($m2, true))) {
        $done3 = true;
        return "singleton";
      }
      if (!$done3 && ($rt.matchSequence($q4 = [], $m2, 3, 2) && ($c5 = $q4[0], true) && $rt.truthy($rt.eq($q4[1], 0)) && ($c6 = $q4[2], true))) {
        x$ = $c5;
        rest$ = $c6;
        $done3 = true;
        return x$;
      }
      if (!$done3 && ($rt.matchMapping($m2, 1) && $rt.matchKeys($q7 = [], $m2, ["k"], true) && ($c8 = $q7[0], true) && ($c9 = $q7[1], true))) {
        v$ = $c8;
        others$ = $c9;
        $done3 = true;
        return v$;
      }
      if (!$done3 && ($rt.matchClass($q10 = [], $m2, Point$g !== undefined ? Point$g : $rt.globalMissing("Point"), 1, ["y"]) && $rt.truthy($rt.eq($q10[0], 0)) && ($c11 = $q10[1], true) || $rt.matchClass($q12 = [], $m2, Point$g !== undefined ? Point$g : $rt.globalMissing("Point"), 2, []) && ($c11 = $q12[0], true) && $rt.truthy($rt.eq($q12[1], 1)))) {
        yy$ = $c11;
        if ($rt.truthy($rt.gt(yy$, 0))) {
          $done3 = true;
          return yy$;
        }
      }
      if (!$done3 && ($rt.matchClass($q13 = [], $m2, str$g !== undefined ? str$g : $rt.globalMissing("str"), 0, []) && ($c14 = $m2, true))) {
        s$ = $c14;
        $done3 = true;
        return s$;
      }
      if (!$done3) {
        $done3 = true;
        return "other";
      }
      return null;
    } finally {
      $s.depth--;
    }
  }, {
    name: "describe",
    qualname: "describe",
    params: ["p"],
    posonly: 0,
    positional: 1,
    varargs: false,
    kwonly: 0,
    varkw: false,
    defaults: [],
    kwdefaults: null,
    generator: false
  });
  return $rt.moduleEnd(null, ["Point", "describe", "str"], [Point$g, describe$g, str$g]);
});

