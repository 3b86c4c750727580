// The `\N{...}` names Corral knows. CPython ships the whole Unicode name database; Corral carries
// only a small table of common names (ASCII letters and digits are generated) and reports any other
// name as unsupported (E101) rather than guessing. Documented limitation.

const TABLE: Readonly<Record<string, number>> = {
  'SPACE': 0x20, 'NO-BREAK SPACE': 0xa0, 'NBSP': 0xa0, 'LINE FEED': 0x0a, 'CARRIAGE RETURN': 0x0d,
  'CHARACTER TABULATION': 0x09, 'NULL': 0x00, 'BULLET': 0x2022, 'EM DASH': 0x2014, 'EN DASH': 0x2013,
  'HYPHEN-MINUS': 0x2d, 'HORIZONTAL ELLIPSIS': 0x2026, 'DEGREE SIGN': 0xb0, 'COPYRIGHT SIGN': 0xa9,
  'REGISTERED SIGN': 0xae, 'TRADE MARK SIGN': 0x2122, 'EURO SIGN': 0x20ac, 'POUND SIGN': 0xa3,
  'YEN SIGN': 0xa5, 'CENT SIGN': 0xa2, 'DOLLAR SIGN': 0x24, 'SECTION SIGN': 0xa7, 'PILCROW SIGN': 0xb6,
  'MICRO SIGN': 0xb5, 'MULTIPLICATION SIGN': 0xd7, 'DIVISION SIGN': 0xf7, 'PLUS-MINUS SIGN': 0xb1,
  'LEFT SINGLE QUOTATION MARK': 0x2018, 'RIGHT SINGLE QUOTATION MARK': 0x2019,
  'LEFT DOUBLE QUOTATION MARK': 0x201c, 'RIGHT DOUBLE QUOTATION MARK': 0x201d,
  'LEFT-POINTING DOUBLE ANGLE QUOTATION MARK': 0xab, 'RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK': 0xbb,
  'INFINITY': 0x221e, 'RIGHTWARDS ARROW': 0x2192, 'LEFTWARDS ARROW': 0x2190, 'UPWARDS ARROW': 0x2191,
  'DOWNWARDS ARROW': 0x2193, 'CHECK MARK': 0x2713, 'HEAVY CHECK MARK': 0x2714, 'BALLOT X': 0x2717,
  'BLACK STAR': 0x2605, 'WHITE STAR': 0x2606, 'SNOWMAN': 0x2603, 'ZERO WIDTH SPACE': 0x200b,
  'ZERO WIDTH NO-BREAK SPACE': 0xfeff, 'REPLACEMENT CHARACTER': 0xfffd, 'GREEK SMALL LETTER ALPHA': 0x3b1,
  'GREEK SMALL LETTER BETA': 0x3b2, 'GREEK SMALL LETTER GAMMA': 0x3b3, 'GREEK SMALL LETTER DELTA': 0x3b4,
  'GREEK SMALL LETTER PI': 0x3c0, 'GREEK SMALL LETTER SIGMA': 0x3c3, 'GREEK SMALL LETTER MU': 0x3bc,
  'GREEK CAPITAL LETTER DELTA': 0x394, 'GREEK CAPITAL LETTER SIGMA': 0x3a3, 'GREEK CAPITAL LETTER OMEGA': 0x3a9,
  'LATIN SMALL LETTER E WITH ACUTE': 0xe9, 'LATIN SMALL LETTER SHARP S': 0xdf, 'SNAKE': 0x1f40d,
  'GRINNING FACE': 0x1f600, 'THUMBS UP SIGN': 0x1f44d,
};

/** The code point named `name` (case-insensitive, as CPython), or null when Corral does not know it. */
export function lookupUnicodeName(name: string): number | null {
  const upper = name.toUpperCase();
  const known = TABLE[upper];
  if (known !== undefined) return known;
  let m = /^LATIN (SMALL|CAPITAL) LETTER ([A-Z])$/.exec(upper);
  if (m) return (m[1] === 'SMALL' ? 0x61 : 0x41) + m[2]!.charCodeAt(0) - 0x41;
  m = /^DIGIT (ZERO|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE)$/.exec(upper);
  if (m) return 0x30 + ['ZERO', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE'].indexOf(m[1]!);
  return null;
}
