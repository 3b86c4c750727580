// Laying out a formatted number or string in its field, as CPython's calc_number_widths and
// fill_number do (Python/formatter_unicode.c): [padding][sign][prefix][padding for '='][digits with
// grouping][rest][padding]. With the 0-flag ('=' alignment, fill '0') the zeros are made part of
// the digits so that grouping separators run through them: format(1234, '010,') == '00,001,234'.
// Every padded size is checked against the text size limit before the padding is built.

import type { FormatSpec } from './format-spec.js';
import { cpLength } from './codepoints.js';
import { checkTextSize } from './size-limit.js';

/**
 * CPython's _PyUnicode_InsertThousandsGrouping for a repeating group size: groups `digits` from the
 * right with `sep`, left-filling with zeros until at least minWidth characters are produced.
 */
export function formatGroupDigits(digits: string, minWidth: number, sep: string, groupSize: number): string {
  if (sep === '') return minWidth > digits.length ? '0'.repeat(minWidth - digits.length) + digits : digits;
  let remaining = digits.length;
  let width = minWidth;
  let out = '';
  for (let first = true; ; first = false) {
    const l = Math.min(groupSize, Math.max(remaining, width, 1));
    const zeros = Math.max(0, l - remaining);
    const take = Math.max(0, Math.min(remaining, l));
    out = '0'.repeat(zeros) + digits.slice(remaining - take, remaining) + (first ? '' : sep) + out;
    remaining -= take;
    width -= l;
    if (remaining <= 0 && width <= 0) return out;
    width -= sep.length;
  }
}

/** The pieces of a formatted number: body splits into leading digits and the rest. */
export interface NumberParts {
  /** '-', '+', ' ' or ''. */
  sign: string;
  /** '0x', '0b', ... or ''. */
  prefix: string;
  /** The leading run of ASCII digits of the body (the part that gets grouped). */
  digits: string;
  /** Everything after the digits: decimal point, fraction, exponent, '%', 'inf', a 'c' char. */
  rest: string;
}

/** Splits a rendered body ('1234.5e+10', 'inf', 'ff') into its leading digits and the rest. */
export function formatSplitDigits(body: string): [string, string] {
  let i = 0;
  while (i < body.length && body.charCodeAt(i) >= 0x30 && body.charCodeAt(i) <= 0x39) i++;
  return [body.slice(0, i), body.slice(i)];
}

/** Places a number's parts in the field described by spec (fill, align, width, grouping). */
export function formatLayoutNumber(parts: NumberParts, spec: FormatSpec, groupSize: number): string {
  const lead = parts.sign.length + parts.prefix.length;
  const restLen = cpLength(parts.rest);
  const zeroFill = spec.fill === '0' && spec.align === '=';
  if (zeroFill) checkTextSize(spec.width);
  let grouped = '';
  if (parts.digits !== '') {
    const minWidth = zeroFill ? spec.width - lead - restLen : 0;
    const sep = spec.grouping === '' ? '' : spec.grouping;
    grouped = formatGroupDigits(parts.digits, minWidth, sep, groupSize);
  }
  const body = parts.sign + parts.prefix + grouped + parts.rest;
  const padding = spec.width - (lead + grouped.length + restLen);
  if (padding <= 0) return body;
  checkTextSize(spec.width);
  const fill = spec.fill;
  switch (spec.align) {
    case '<': return body + fill.repeat(padding);
    case '^': {
      const left = Math.floor(padding / 2);
      return fill.repeat(left) + body + fill.repeat(padding - left);
    }
    case '=': return parts.sign + parts.prefix + fill.repeat(padding) + grouped + parts.rest;
    default: return fill.repeat(padding) + body;
  }
}

/** Pads text (already truncated to the precision) to spec.width by spec.align, for str values. */
export function formatLayoutText(text: string, spec: FormatSpec): string {
  if (spec.width < 0) return text;
  const padding = spec.width - cpLength(text);
  if (padding <= 0) return text;
  checkTextSize(spec.width);
  switch (spec.align) {
    case '>': return spec.fill.repeat(padding) + text;
    case '^': {
      const left = Math.floor(padding / 2);
      return spec.fill.repeat(left) + text + spec.fill.repeat(padding - left);
    }
    default: return text + spec.fill.repeat(padding);
  }
}
