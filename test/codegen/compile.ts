// Test helper: Python source → generate() result, through a parser and the real scope resolver.
// While src/parser is being written, the AST comes from CPython's `ast` module via cpython-ast.py
// (same node shapes), so codegen can be tested before the parser is complete; set
// CORRAL_CODEGEN_TEST_PARSER=real to use src/parser instead.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as ast from '../../src/parser/ast.js';
import { resolve as resolveScopes } from '../../src/restrict/resolve.js';
import { generate, type GenerateResult } from '../../src/codegen/index.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const parserIndex = join(here, '../../src/parser/index.ts');

async function parseModule(source: string): Promise<ast.Module> {
  if (process.env.CORRAL_CODEGEN_TEST_PARSER === 'real' && existsSync(parserIndex)) {
    let parse: ((s: string, o: { filename: string }) => { module: ast.Module | null; diagnostics: { message: string }[] }) | null = null;
    try {
      ({ parse } = await import(/* @vite-ignore */ parserIndex));
    } catch {
      parse = null; // the parser is mid-edit in the shared tree: use the fallback below
    }
    // Until the parser is complete, a source it rejects falls back to CPython's AST (CPython has
    // accepted every test input here); remove the fallback once src/parser is finished.
    const r = parse ? safeParse(parse, source) : null;
    if (r?.module) return r.module;
  }
  const dir = mkdtempSync(join(tmpdir(), 'corral-cg-'));
  const file = join(dir, 'input.py');
  writeFileSync(file, source);
  const json = execFileSync('python3', [join(here, 'cpython-ast.py'), file], { encoding: 'utf8' });
  return JSON.parse(json, (_k, v) => {
    if (v && typeof v === 'object' && '$bigint' in v) return BigInt(v.$bigint);
    if (v && typeof v === 'object' && '$float' in v) return v.$float === 'inf' ? Infinity : v.$float === '-inf' ? -Infinity : NaN;
    if (v && typeof v === 'object' && '$bytes' in v) return new Uint8Array(v.$bytes);
    return v;
  }) as ast.Module;
}

function safeParse(
  parse: (s: string, o: { filename: string }) => { module: ast.Module | null },
  source: string,
): { module: ast.Module | null } | null {
  try {
    return parse(source, { filename: 'test.py' });
  } catch {
    return null;
  }
}

export async function compilePy(source: string, options: { counters?: boolean; filename?: string } = {}): Promise<GenerateResult> {
  const module = await parseModule(source);
  const { resolution } = resolveScopes(module);
  return generate(module, resolution, { filename: options.filename ?? 'test.py', source, counters: options.counters });
}

/** compilePy that fails the test on any diagnostic. */
export async function compileOk(source: string, options: { counters?: boolean } = {}): Promise<GenerateResult> {
  const out = await compilePy(source, options);
  if (out.diagnostics.length) throw new Error(`diagnostics: ${JSON.stringify(out.diagnostics)}\n${out.js}`);
  return out;
}
