// Tests that use the real runtime need dist/runtime.js: fail loudly when it was not built.

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function assertRuntimeBuilt(): void {
  const file = join(dirname(fileURLToPath(import.meta.url)), '../../dist/runtime.js');
  if (!existsSync(file)) throw new Error('dist/runtime.js is missing: run `npm run build:runtime` before the host tests');
}
