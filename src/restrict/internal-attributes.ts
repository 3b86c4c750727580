// Attributes of frames, code objects, tracebacks, generators and coroutines refused by
// no-internal-attribute (E205). The list lives in the runtime (src/runtime/builtins/dunder-allowlist.ts),
// which refuses the same names when a script computes them.

export { INTERNAL_ATTRIBUTES } from '../runtime/builtins/dunder-allowlist.js';
