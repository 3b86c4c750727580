(function $module($rt) {
  "use strict";
  const $s = $rt.state;
  let use$g = $rt.initGlobal("use");
  use$g = $rt.def(function use$f(a$, b$) {
    if (--$s.ops < 0) $rt.outOfOps();
    if (++$s.depth > $s.maxDepth) $rt.tooDeep();
    try {
      let x$, p$, q$, $w3, $w8, $w13, $u16;
      const [$exit1, $val2] = $rt.withEnter(a$);
      $w3 = true;
      try {
        x$ = $val2;
        const [$exit6, $val7] = $rt.withEnter(b$);
        $w8 = true;
        try {
          if ($rt.truthy(x$)) {
            return 1;
          }
        } catch ($e9) {
          $w8 = false;
          const $x10 = $rt.caught($e9);
          try {
            if (!$rt.withExit($exit6, $x10)) throw $x10;
          } finally {
            $rt.handled();
          }
        } finally {
          if ($s.halt !== null) throw $s.halt;
          if ($w8) $rt.withExit($exit6, null);
        }
      } catch ($e4) {
        $w3 = false;
        const $x5 = $rt.caught($e4);
        try {
          if (!$rt.withExit($exit1, $x5)) throw $x5;
        } finally {
          $rt.handled();
        }
      } finally {
        if ($s.halt !== null) throw $s.halt;
        if ($w3) $rt.withExit($exit1, null);
      }
      const [$exit11, $val12] = $rt.withEnter(a$);
      $w13 = true;
      try {
        $u16 = $rt.unpack($val12, 2);
        p$ = $u16[0];
        q$ = $u16[1];
      } catch ($e14) {
        $w13 = false;
        const $x15 = $rt.caught($e14);
        try {
          if (!$rt.withExit($exit11, $x15)) throw $x15;
        } finally {
          $rt.handled();
        }
      } finally {
        if ($s.halt !== null) throw $s.halt;
        if ($w13) $rt.withExit($exit11, null);
      }
      return 2;
    } finally {
      $s.depth--;
    }
  }, {
    name: "use",
    qualname: "use",
    params: ["a", "b"],
    posonly: 0,
    positional: 2,
    varargs: false,
    kwonly: 0,
    varkw: false,
    defaults: [],
    kwdefaults: null,
    generator: false
  });
  return $rt.moduleEnd(null, ["use"], [use$g]);
});

