(function $module($rt) {
  "use strict";
  const $s = $rt.state;
  let math$g = $rt.initGlobal("math"), os$g = $rt.initGlobal("os"), cabc$g = $rt.initGlobal("cabc"), d$g = $rt.initGlobal("d"), loads$g = $rt.initGlobal("loads"), x$g = $rt.initGlobal("x"), C$g = $rt.initGlobal("C"), y$g = $rt.initGlobal("y"), z$g = $rt.initGlobal("z");
  let $m1, $k2;
  math$g = $rt.import("math");
  $rt.import("os.path");
  os$g = $rt.import("os");
  cabc$g = $rt.import("collections.abc");
  $m1 = $rt.import("json");
  d$g = $rt.importFrom($m1, "dumps");
  loads$g = $rt.importFrom($m1, "loads");
  x$g = $rt.list([1, 2]);
  $rt.delitem(x$g !== undefined ? x$g : $rt.globalMissing("x"), 0);
  if (x$g === undefined) $rt.unboundGlobal("x");
  x$g = undefined;
  $rt.truthy($rt.gt($rt.getattr(math$g !== undefined ? math$g : $rt.globalMissing("math"), "pi"), 3)) || $rt.assertFail("pi");
  $rt.truthy(d$g !== undefined ? d$g : $rt.globalMissing("d")) || $rt.assertFail();
  $k2 = $rt.makeClass("C", "C", [], (function C$c($ns) {
    if (--$s.ops < 0) $rt.outOfOps();
    if (++$s.depth > $s.maxDepth) $rt.tooDeep();
    try {
      $rt.classStore($ns, "y", 1);
      $rt.classDelete($ns, "y");
      return $ns;
    } finally {
      $s.depth--;
    }
  })($rt.classNamespace("C", "C")), [], []);
  C$g = $k2;
  y$g = $rt.add(z$g = 5, z$g !== undefined ? z$g : $rt.globalMissing("z"));
  return $rt.moduleEnd(null, ["math", "os", "cabc", "d", "loads", "x", "C", "y", "z"], [math$g, os$g, cabc$g, d$g, loads$g, x$g, C$g, y$g, z$g]);
});

