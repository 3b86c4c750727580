(function $module($rt) {
  "use strict";
  const $s = $rt.state;
  let risky$g = $rt.initGlobal("risky"), e$g = $rt.initGlobal("e"), msg$g = $rt.initGlobal("msg"), done$g = $rt.initGlobal("done"), ValueError$g = $rt.initGlobal("ValueError"), TypeError$g = $rt.initGlobal("TypeError"), str$g = $rt.initGlobal("str"), Exception$g = $rt.initGlobal("Exception"), RuntimeError$g = $rt.initGlobal("RuntimeError");
  let $ok1, $pend4, $pend7;
  risky$g = $rt.def(function risky$f(v$) {
    if (--$s.ops < 0) $rt.outOfOps();
    if (++$s.depth > $s.maxDepth) $rt.tooDeep();
    try {
      if ($rt.truthy($rt.lt(v$, 0))) {
        $rt.raise($rt.call(ValueError$g !== undefined ? ValueError$g : $rt.globalMissing("ValueError"), "negative"), null, false);
      }
      return v$;
    } finally {
      $s.depth--;
    }
  }, {
    name: "risky",
    qualname: "risky",
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
  $pend4 = false;
  try {
    $ok1 = false;
    try {
      $rt.call(risky$g !== undefined ? risky$g : $rt.globalMissing("risky"), -1);
      $ok1 = true;
    } catch ($e2) {
      const $x3 = $rt.caught($e2);
      try {
        if ($rt.excMatches($x3, $rt.tuple([ValueError$g !== undefined ? ValueError$g : $rt.globalMissing("ValueError"), TypeError$g !== undefined ? TypeError$g : $rt.globalMissing("TypeError")]))) {
          e$g = $x3;
          try {
            msg$g = $rt.call(str$g !== undefined ? str$g : $rt.globalMissing("str"), e$g !== undefined ? e$g : $rt.globalMissing("e"));
          } finally {
            e$g = undefined;
          }
        } else {
          if ($rt.excMatches($x3, Exception$g !== undefined ? Exception$g : $rt.globalMissing("Exception"))) {
            $rt.reraise();
          } else {
            throw $x3;
          }
        }
      } finally {
        $rt.handled();
      }
    }
    if ($ok1) {
      msg$g = "ok";
    }
  } catch ($e5) {
    const $x6 = $rt.caught($e5);
    $pend4 = true;
    throw $x6;
  } finally {
    if ($s.halt !== null) throw $s.halt;
    try {
      done$g = true;
    } finally {
      if ($pend4) $rt.handled();
    }
  }
  $pend7 = false;
  try {} catch ($e8) {
    const $x9 = $rt.caught($e8);
    $pend7 = true;
    throw $x9;
  } finally {
    if ($s.halt !== null) throw $s.halt;
    try {} finally {
      if ($pend7) $rt.handled();
    }
  }
  try {
    $rt.call(risky$g !== undefined ? risky$g : $rt.globalMissing("risky"), 1);
  } catch ($e10) {
    const $x11 = $rt.caught($e10);
    try {
      $rt.raise($rt.call(RuntimeError$g !== undefined ? RuntimeError$g : $rt.globalMissing("RuntimeError"), "x"), null, true);
    } finally {
      $rt.handled();
    }
  }
  return $rt.moduleEnd(null, ["risky", "e", "msg", "done", "ValueError", "TypeError", "str", "Exception", "RuntimeError"], [risky$g, e$g, msg$g, done$g, ValueError$g, TypeError$g, str$g, Exception$g, RuntimeError$g]);
});

