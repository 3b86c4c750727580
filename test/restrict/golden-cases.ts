// Loads the CPython-generated goldens of test/restrict (scripts/update-restrict-goldens.mjs):
// chunked sources with the AST CPython's `ast` module gives them (in Corral's AST shape), so the
// restriction pass is tested independently of the parser, plus CPython's symtable, code objects
// and compile errors for each chunk.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as ast from '../../src/parser/ast.js';

export interface SymtableGolden {
  type: string;
  name: string;
  symbols: Record<string, string>;
  children: SymtableGolden[];
}

export interface GoldenCase {
  source: string;
  ast: ast.Module;
  error: { message: string; line: number; column: number } | null;
  codes?: string[];
  symtable?: SymtableGolden;
}

function revive(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && '$bigint' in value) return BigInt((value as { $bigint: string }).$bigint);
  if (value && typeof value === 'object' && (value as { type?: string }).type === 'bytes') {
    return { type: 'bytes', value: Uint8Array.from((value as { value: number[] }).value) };
  }
  return value;
}

/** The chunks of `test/restrict/<dir>/<name>.py`, as recorded in goldens/<dir>__<name>.json. */
export function loadGolden(dir: string, name: string): GoldenCase[] {
  const file = join(import.meta.dirname, 'goldens', `${dir}__${name}.json`);
  return JSON.parse(readFileSync(file, 'utf8'), revive) as GoldenCase[];
}
