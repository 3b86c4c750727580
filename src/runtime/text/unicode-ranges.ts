// Lookup in the generated Unicode range tables (unicode-*.ts): sorted inclusive ranges stored
// flat as [first, last, first, last, ...], searched by bisection.

/** True when cp lies in one of the ranges. */
export function unicodeInRanges(ranges: readonly number[], cp: number): boolean {
  let lo = 0;
  let hi = ranges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < ranges[2 * mid]!) hi = mid - 1;
    else if (cp > ranges[2 * mid + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}
