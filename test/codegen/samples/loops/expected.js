(function $module($rt) {
  "use strict";
  const $s = $rt.state;
  let total$g = $rt.initGlobal("total"), i$g = $rt.initGlobal("i"), n$g = $rt.initGlobal("n"), a$g = $rt.initGlobal("a"), b$g = $rt.initGlobal("b"), c$g = $rt.initGlobal("c"), range$g = $rt.initGlobal("range");
  let $b1, $b2, $u4, $u5;
  total$g = 0;
  $b1 = false;
  for (i$g of $rt.iterate($rt.call(range$g !== undefined ? range$g : $rt.globalMissing("range"), 10), true)) {
    if (--$s.ops < 0) $rt.outOfOps();
    if ($rt.truthy($rt.mod(i$g !== undefined ? i$g : $rt.globalMissing("i"), 2))) {
      continue;
    }
    total$g = $rt.iadd(total$g !== undefined ? total$g : $rt.globalMissing("total"), i$g !== undefined ? i$g : $rt.globalMissing("i"));
  }
  if (!$b1) {
    total$g = $rt.neg(total$g !== undefined ? total$g : $rt.globalMissing("total"));
  }
  n$g = 0;
  $b2 = false;
  while ($rt.truthy($rt.lt(n$g !== undefined ? n$g : $rt.globalMissing("n"), 5))) {
    if (--$s.ops < 0) $rt.outOfOps();
    n$g = $rt.iadd(n$g !== undefined ? n$g : $rt.globalMissing("n"), 1);
    if ($rt.truthy($rt.eq(n$g !== undefined ? n$g : $rt.globalMissing("n"), 3))) {
      $b2 = true;
      break;
    }
  }
  if (!$b2) {
    n$g = 100;
  }
  for (const $i3 of $rt.iterate($rt.list([$rt.tuple([1, $rt.tuple([2, 3, 4])])]))) {
    if (--$s.ops < 0) $rt.outOfOps();
    $u4 = $rt.unpack($i3, 2);
    a$g = $u4[0];
    $u5 = $rt.unpackStar($u4[1], 1, 0);
    b$g = $u5[0];
    c$g = $u5[1];
  }
  return $rt.moduleEnd(total$g !== undefined ? total$g : $rt.globalMissing("total"), ["total", "i", "n", "a", "b", "c", "range"], [total$g, i$g, n$g, a$g, b$g, c$g, range$g]);
});

