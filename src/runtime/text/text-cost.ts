// The one op rate for text work (security invariant 5): every str/bytes/bytearray method, format
// and conversion charges ceil(chars / TEXT_CHARS_PER_OP) ops for the characters (or bytes) it reads
// and writes, on top of one op per call. Costs are computed from lengths, never from time or from
// how much work the JS engine happened to do, so the same call costs the same ops on every machine.
//
// The text functions stay pure (no object model): they report work through a meter the runtime
// installs (types/str-methods.ts installs the op budget's charge); by default, as in the unit
// tests of src/runtime/text, the meter does nothing.

/** Characters (or bytes) of text work that cost one op. */
export const TEXT_CHARS_PER_OP = 16;

let textMeter: (ops: number) => void = () => {};

export function setTextMeter(meter: (ops: number) => void): void {
  textMeter = meter;
}

/** The ops that touching `chars` characters costs. */
export function textOps(chars: number): number {
  return chars > 0 ? Math.ceil(chars / TEXT_CHARS_PER_OP) : 0;
}

/** Charges the op budget for touching `chars` characters (ends the run when it is spent). */
export function chargeText(chars: number): void {
  if (chars > 0) textMeter(Math.ceil(chars / TEXT_CHARS_PER_OP));
}

/**
 * Comparisons and membership tests (`==`, `<`, `in`) on text up to this many characters are part
 * of the op that runs them; longer ones charge the text rate on all the characters they touch.
 * The cut keeps `c in 'aeiou'` and `name == 'x'` at one op in ordinary loops.
 */
export const TEXT_FREE_CHARS = 256;

/** chargeText(chars) for chars beyond TEXT_FREE_CHARS (see there). */
export function chargeLongText(chars: number): void {
  if (chars > TEXT_FREE_CHARS) textMeter(Math.ceil(chars / TEXT_CHARS_PER_OP));
}
