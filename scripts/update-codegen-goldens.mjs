#!/usr/bin/env node
// Regenerates test/codegen/samples/*/expected.js from input.py by running the golden test with
// CORRAL_UPDATE_GOLDENS=1. Review the diff before committing: a golden is a claim about output.

import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const r = spawnSync('npx', ['vitest', 'run', 'test/codegen/goldens.test.ts'], {
  cwd: root, stdio: 'inherit', env: { ...process.env, CORRAL_UPDATE_GOLDENS: '1' },
});
process.exit(r.status ?? 1);
