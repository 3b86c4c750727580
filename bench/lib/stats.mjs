// Small statistics and table helpers for bench/run.mjs: medians, geometric means, fixed-width rows.

export function median(xs) {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function geomean(xs) {
  const ok = xs.filter((x) => typeof x === 'number' && x > 0 && Number.isFinite(x));
  if (ok.length === 0) return null;
  return Math.exp(ok.reduce((acc, x) => acc + Math.log(x), 0) / ok.length);
}

export function fmtMs(x) {
  return x === null ? 'n/a' : x >= 100 ? x.toFixed(0) : x.toFixed(1);
}

export function fmtRatio(x) {
  return x === null ? 'n/a' : `${x.toFixed(2)}x`;
}

/** Renders rows (arrays of strings) as a left-aligned first column and right-aligned others. */
export function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) =>
    cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
