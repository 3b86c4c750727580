// The dunder allowlist the restriction rules (no-dunder-attribute E200, no-dunder-name E203) apply.
// The lists live in the runtime (src/runtime/builtins/dunder-allowlist.ts) so that the runtime,
// which cannot import from outside src/runtime, refuses exactly the names this pass refuses.

export {
  SPECIAL_METHODS,
  METADATA_ATTRIBUTES,
  READ_ONLY_ATTRIBUTES,
  ALLOWED_DUNDER_NAMES,
  CLASS_CELL_NAME,
  isDunder,
  isAllowedDunderAttribute,
} from '../runtime/builtins/dunder-allowlist.js';
