// The `\N{...}` names Corral knows. CPython ships the whole Unicode name database; Corral carries
// the names of the commonly used blocks (unicode-name-table.ts, generated from python3's
// unicodedata) plus a few aliases CPython also accepts, and reports any other name as unsupported
// (E101) rather than guessing. Documented limitation.

import { UNICODE_NAME_DATA } from './unicode-name-table.js';

/** Built once at load and never changed: name → code point. */
const NAMES: ReadonlyMap<string, number> = new Map(
  UNICODE_NAME_DATA.split(';').filter(Boolean).map((entry) => {
    const eq = entry.lastIndexOf('=');
    return [entry.slice(0, eq), parseInt(entry.slice(eq + 1), 16)] as const;
  }),
);

/** Name aliases (NameAliases.txt) that CPython's `\N{...}` accepts, for the control characters people use. */
const ALIASES: Readonly<Record<string, number>> = {
  'NULL': 0x00, 'NUL': 0x00, 'BELL': 0x07, 'BACKSPACE': 0x08, 'CHARACTER TABULATION': 0x09, 'HORIZONTAL TABULATION': 0x09,
  'TAB': 0x09, 'LINE FEED': 0x0a, 'NEW LINE': 0x0a, 'END OF LINE': 0x0a, 'LF': 0x0a, 'NEL': 0x85, 'LINE TABULATION': 0x0b,
  'VERTICAL TABULATION': 0x0b, 'FORM FEED': 0x0c, 'FF': 0x0c, 'CARRIAGE RETURN': 0x0d, 'CR': 0x0d, 'ESCAPE': 0x1b, 'ESC': 0x1b,
  'DELETE': 0x7f, 'DEL': 0x7f, 'NBSP': 0xa0, 'SHY': 0xad, 'ZWSP': 0x200b, 'ZWNJ': 0x200c, 'ZWJ': 0x200d, 'BOM': 0xfeff,
  'BYTE ORDER MARK': 0xfeff, 'ZWNBSP': 0xfeff,
};

/** The code point named `name` (case-insensitive, as CPython), or null when Corral does not know it. */
export function lookupUnicodeName(name: string): number | null {
  const upper = name.toUpperCase();
  return NAMES.get(upper) ?? ALIASES[upper] ?? null;
}
