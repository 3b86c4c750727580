// Test helper: Python source → generate() result, through the real parser and scope resolver.
// With CORRAL_CODEGEN_TEST_PARSER=cpython the AST comes from CPython's `ast` module instead
// (cpython-ast.py, same node shapes): a cross-check that codegen does not depend on parser quirks.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as ast from '../../src/parser/ast.js';
import { parse } from '../../src/parser/index.js';
import { resolve as resolveScopes } from '../../src/restrict/resolve.js';
import { generate, type GenerateResult } from '../../src/codegen/index.js';

const here = fileURLToPath(new URL('.', import.meta.url));

async function parseModule(source: string): Promise<ast.Module> {
  if (process.env.CORRAL_CODEGEN_TEST_PARSER !== 'cpython') {
    const r = parse(source, { filename: 'test.py' });
    if (!r.module) throw new Error(`parse failed: ${r.diagnostics.map((d) => d.message).join('; ')}`);
    return r.module;
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
