// Benchmark: nested integer loops, idiomatic JavaScript twin of loops.py (all values stay small,
// and every operand is non-negative where % and Math.floor division would otherwise differ).
function work(n) {
  let total = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const x = (i * j) % 7;
      if (x > 3) total += x - i;
      else total -= Math.floor(j / 3);
    }
  }
  return total;
}
print('loops = ' + work(2000));
