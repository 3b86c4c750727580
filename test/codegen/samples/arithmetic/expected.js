(function $module($rt) {
  "use strict";
  const $s = $rt.state;
  const $f1 = $rt.float(2);
  const $f2 = $rt.float(1e+300);
  const $f3 = $rt.float(0);
  let x$g = $rt.initGlobal("x"), y$g = $rt.initGlobal("y"), z$g = $rt.initGlobal("z"), big$g = $rt.initGlobal("big"), f$g = $rt.initGlobal("f"), a$g = $rt.initGlobal("a"), b$g = $rt.initGlobal("b"), c$g = $rt.initGlobal("c");
  let $v4, $t5, $t6, $t7, $t8, $t9;
  x$g = 7;
  y$g = $rt.sub($rt.add($rt.mul(x$g !== undefined ? x$g : $rt.globalMissing("x"), 2), $rt.pow(3, 2)), $rt.mod($rt.floordiv(10, 3), 4));
  z$g = $rt.tuple([$rt.neg(x$g !== undefined ? x$g : $rt.globalMissing("x")), $rt.pos(y$g !== undefined ? y$g : $rt.globalMissing("y")), $rt.invert(x$g !== undefined ? x$g : $rt.globalMissing("x")), !$rt.truthy(x$g !== undefined ? x$g : $rt.globalMissing("x"))]);
  big$g = 123456789012345678901234567890n;
  f$g = $rt.sub($rt.sub($rt.add(1.5, $f1), $f2), $f3);
  x$g = $rt.iadd(x$g !== undefined ? x$g : $rt.globalMissing("x"), 1);
  x$g = $rt.ilshift(x$g !== undefined ? x$g : $rt.globalMissing("x"), 2);
  $v4 = x$g !== undefined ? x$g : $rt.globalMissing("x");
  a$g = $v4;
  b$g = $v4;
  c$g = $v4;
  $rt.truthy($t7 = $rt.lt(1, $t5 = x$g !== undefined ? x$g : $rt.globalMissing("x"))) ? $rt.truthy($t7 = $rt.le($t5, $t6 = 10)) ? $rt.ne($t6, y$g !== undefined ? y$g : $rt.globalMissing("y")) : $t7 : $t7;
  return $rt.moduleEnd($rt.truthy($t8 = $rt.truthy($t9 = x$g !== undefined ? x$g : $rt.globalMissing("x")) ? y$g !== undefined ? y$g : $rt.globalMissing("y") : $t9) ? $t8 : z$g !== undefined ? z$g : $rt.globalMissing("z"), ["x", "y", "z", "big", "f", "a", "b", "c"], [x$g, y$g, z$g, big$g, f$g, a$g, b$g, c$g]);
});

