// A hand-written stand-in for the runtime bundle, for tests that drive the host's isolate handling
// (kills, fresh contexts, hostile outcomes) independently of src/runtime. It implements
// `$corral.run` by calling the module function with a tiny `$rt` whose `write` reaches the host
// sink and whose `publishOps(n)` writes the shared op counter; the program returns the RunOutcome
// itself, so a test can hand back anything it likes.

import type { Program } from '../../src/types.js';

export const FAKE_RUNTIME = `
globalThis.$corral = {
  run(moduleFn, request, write, opsCounter) {
    const publishOps = (n) => { new Float64Array(opsCounter)[0] = n; };
    return moduleFn({ request, write: (stream, text) => write(stream, text), publishOps });
  },
};
`;

/** A Program around hand-written JS in codegen's shape, with an optional source map. */
export function program(js: string, extra: Partial<Program> = {}): Program {
  return {
    filename: 'test.py', source: '', js, sourceMap: null, codeNames: { $module: '<module>' },
    diagnostics: [], ok: true, ...extra,
  };
}
