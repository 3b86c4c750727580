// Substring search in time linear in the haystack, whatever the needle. V8's indexOf and
// lastIndexOf degrade to O(n·m) on crafted inputs (lastIndexOf('a'*m + 'b') over 'a'*n is naive,
// and indexOf has its own bad cases), and an op charge proportional to the lengths could not cover
// that: a script would do n·m work for n + m ops. So needles longer than NATIVE_NEEDLE_MAX use
// Knuth-Morris-Pratt; shorter ones keep the native search, whose worst case is then n·32.
// Callers that loop (count, replace, split) restart after each match, which consumes m characters,
// so rebuilding the O(m) table per call keeps the whole loop linear.

const NATIVE_NEEDLE_MAX = 32;

/** KMP failure table of the needle read through at(j), j in [0, m). */
function searchFailureTable(m: number, at: (j: number) => number): Int32Array {
  const fail = new Int32Array(m);
  for (let j = 1, k = 0; j < m; j++) {
    while (k > 0 && at(j) !== at(k)) k = fail[k - 1]!;
    if (at(j) === at(k)) k++;
    fail[j] = k;
  }
  return fail;
}

/** s.indexOf(sub, from) in linear time. */
export function searchForward(s: string, sub: string, from = 0): number {
  const m = sub.length;
  if (m <= NATIVE_NEEDLE_MAX) return s.indexOf(sub, from);
  if (from < 0) from = 0;
  if (s.length - from < m) return -1;
  const fail = searchFailureTable(m, (j) => sub.charCodeAt(j));
  for (let i = from, k = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    while (k > 0 && c !== sub.charCodeAt(k)) k = fail[k - 1]!;
    if (c === sub.charCodeAt(k)) k++;
    if (k === m) return i - m + 1;
  }
  return -1;
}

/** s.lastIndexOf(sub, from) in linear time: the last match starting at or before `from`. */
export function searchBackward(s: string, sub: string, from = Infinity): number {
  const m = sub.length;
  if (m <= NATIVE_NEEDLE_MAX) return s.lastIndexOf(sub, from);
  const start = Math.min(Math.max(from, 0), s.length - m);
  if (start < 0) return -1;
  // KMP on the reversed needle, scanning the haystack right to left from the match's last char.
  const fail = searchFailureTable(m, (j) => sub.charCodeAt(m - 1 - j));
  for (let i = start + m - 1, k = 0; i >= 0; i--) {
    const c = s.charCodeAt(i);
    while (k > 0 && c !== sub.charCodeAt(m - 1 - k)) k = fail[k - 1]!;
    if (c === sub.charCodeAt(m - 1 - k)) k++;
    if (k === m) return i;
  }
  return -1;
}

/** Python `sub in s` for str (and latin-1 bytes), in linear time. */
export function strContains(s: string, sub: string): boolean {
  return searchForward(s, sub) >= 0;
}
