// Classifying numeric operands: which runtime values are ints (int, bool) and floats, and
// reading them as JS numbers/bigints for arithmetic and comparison.

import { PyFloat } from '../core/float-box.js';
import type { Int } from '../core/int-math.js';
import { PyBoxed } from '../types/boxed.js';

/** The int value of an int or bool, else undefined. */
export function asInt(v: unknown): Int | undefined {
  switch (typeof v) {
    case 'number':
      return Number.isInteger(v) ? v : undefined;
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1 : 0;
    default:
      // An instance of a script subclass of int (types/boxed.ts) is an int.
      return v instanceof PyBoxed ? asInt(v.value) : undefined;
  }
}

/** The float value of a float (or an instance of a float subclass), else undefined. */
export function asFloat(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isInteger(v) ? undefined : v;
  if (v instanceof PyFloat) return v.value;
  if (v instanceof PyBoxed) return asFloat(v.value);
  return undefined;
}

/** Any real number (int, bool, float) as number|bigint for exact comparison, else undefined. */
export function asReal(v: unknown): number | bigint | undefined {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1 : 0;
    case 'object':
      if (v instanceof PyBoxed) return asReal(v.value);
      return v instanceof PyFloat ? v.value : undefined;
    default:
      return undefined;
  }
}

export function isIntValue(v: unknown): boolean {
  return (typeof v === 'number' && Number.isInteger(v)) || typeof v === 'bigint' || typeof v === 'boolean';
}
