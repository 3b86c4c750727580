// Set iteration order: sets are laid out like CPython's hash table, so they print in its order.
const S = (...xs) => `$rt.set([${xs.join(', ')}])`;
export const cases = [
  // Displays start with a variable (n = 3): CPython then adds items one by one (BUILD_SET), as
  // $rt.set does. All-constant displays are folded into frozenset constants (see ops/set-algebra.ts).
  { name: 'display order follows the hash table',
    py: 'n = 3\nprint({n, 1, 2}, {n + 7, 3, 8, 1}, {n + 97, 5, 37, 64, 9, 2}, {-n, -2, 5}, {2**40, 7, 2**61 + 3}, {n / 2, 0.5, 2}, {(1, n), (0, 1)}, {n > 1})',
    js: `const n = 3; P(${S('n', 1, 2)}, ${S('$rt.add(n, 7)', 3, 8, 1)}, ${S('$rt.add(n, 97)', 5, 37, 64, 9, 2)}, ${S('$rt.neg(n)', -2, 5)}, ${S('$rt.pow(2, 40)', 7, '$rt.add($rt.pow(2, 61), 3)')}, ${S('$rt.truediv(n, 2)', 0.5, 2)}, ${S('$rt.tuple([1, n])', '$rt.tuple([0, 1])')}, $rt.set([$rt.gt(n, 1)]));` },
  { name: 'growth and resize order',
    py: 's = set()\nfor i in [17, 33, 1, 49, 2, 65, 100, 7, 23, 81, 5, 6, 3]:\n    s.add(i)\n    print(s)',
    js: `const s = $rt.call($b('set')); for (const i of [17, 33, 1, 49, 2, 65, 100, 7, 23, 81, 5, 6, 3]) { $rt.callMethod(s, 'add', i); P(s); }` },
  { name: 'removal leaves dummies and pop uses the finger',
    py: 'n = 1\ns = {n, 2, 3, 9, 17}\ns.discard(1); s.add(25); print(s)\nprint(s.pop(), s.pop(), s)\ns.add(1); print(s)',
    js: `const s = ${S(1, 2, 3, 9, 17)}; $rt.callMethod(s, 'discard', 1); $rt.callMethod(s, 'add', 25); P(s); P($rt.callMethod(s, 'pop'), $rt.callMethod(s, 'pop'), s); $rt.callMethod(s, 'add', 1); P(s);` },
  { name: 'operators build results in CPython order',
    py: 'a = {5, 1, 9, 33, 2}; b = {9, 40, 1, 17}\nprint(a | b, a & b, a - b, a ^ b, b | a, b - a, b ^ a, set(range(20, 0, -3)) - {2})',
    js: `const a = ${S(5, 1, 9, 33, 2)}, b = ${S(9, 40, 1, 17)}; P($rt.bitor(a, b), $rt.bitand(a, b), $rt.sub(a, b), $rt.bitxor(a, b), $rt.bitor(b, a), $rt.sub(b, a), $rt.bitxor(b, a), $rt.sub($rt.call($b('set'), $rt.call($b('range'), 20, 0, -3)), ${S(2)}));` },
  { name: 'methods and in-place operators',
    py: 'a = {5, 1, 9, 33, 2}\nprint(a.union([70, 6], (3,)), a.intersection([9, 5, 100]), a.difference([1], {2}), a.symmetric_difference([1, 64]))\nb = set(a); b |= {64, 0}; print(b); b &= {0, 5, 9, 64}; print(b); b -= {5}; print(b); b ^= {1, 9}; print(b)\nc = set([40, 8, 24]); c.update(range(3)); print(c, frozenset(c), set({7: 1, 3: 2}), sorted(c) == sorted(set(c)))',
    js: `const a = ${S(5, 1, 9, 33, 2)}; P($rt.callMethod(a, 'union', $rt.list([70, 6]), $rt.tuple([3])), $rt.callMethod(a, 'intersection', $rt.list([9, 5, 100])), $rt.callMethod(a, 'difference', $rt.list([1]), ${S(2)}), $rt.callMethod(a, 'symmetric_difference', $rt.list([1, 64])));
let b = $rt.call($b('set'), a); b = $rt.ibitor(b, ${S(64, 0)}); P(b); b = $rt.ibitand(b, ${S(0, 5, 9, 64)}); P(b); b = $rt.isub(b, ${S(5)}); P(b); b = $rt.ibitxor(b, ${S(1, 9)}); P(b);
const c = $rt.call($b('set'), $rt.list([40, 8, 24])); $rt.callMethod(c, 'update', $rt.call($b('range'), 3)); P(c, $rt.call($b('frozenset'), c), $rt.call($b('set'), $rt.dict([7, 1, 3, 2])), $rt.eq($rt.call($b('sorted'), c), $rt.call($b('sorted'), $rt.call($b('set'), c))));` },
  { name: 'frozenset hash matches CPython',
    py: 'print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset({(1, 2), 5})))',
    js: `const h = (x) => $rt.call($b('hash'), $rt.call($b('frozenset'), x)); P(h($rt.list([])), h(${S(1, 2, 3)}), h(${S('$rt.tuple([1, 2])', 5)}));` },
];
