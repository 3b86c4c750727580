(function $module($rt) {
  "use strict";
  const $s = $rt.state;
  const $f1 = $rt.float(1);
  const $f2 = $rt.float(-0);
  let name$g = $rt.initGlobal("name"), width$g = $rt.initGlobal("width"), s$g = $rt.initGlobal("s"), b$g = $rt.initGlobal("b"), e$g = $rt.initGlobal("e"), t$g = $rt.initGlobal("t"), float$g = $rt.initGlobal("float");
  name$g = "world";
  width$g = 10;
  s$g = $rt.concat("hello ", $rt.format($rt.repr(name$g !== undefined ? name$g : $rt.globalMissing("name")), $rt.concat(">", $rt.format(width$g !== undefined ? width$g : $rt.globalMissing("width"), ""))), " ", $rt.format(width$g !== undefined ? width$g : $rt.globalMissing("width"), "#x"), " ", $rt.format(3.5, ""), " {literal}");
  b$g = $rt.bytes("\u0000ÿ");
  e$g = $rt.Ellipsis;
  t$g = $rt.tuple([null, true, false, $f1, $f2, 2.5, float$g !== undefined ? float$g : $rt.globalMissing("float")]);
  return $rt.moduleEnd(s$g !== undefined ? s$g : $rt.globalMissing("s"), ["name", "width", "s", "b", "e", "t", "float"], [name$g, width$g, s$g, b$g, e$g, t$g, float$g]);
});

