// Regenerates test/runtime/builtin-arity.golden.json: the arity matrix of scripts/arity-matrix.py
// (every builtin and builtin-type method with no, too many, wrong-typed and keyword arguments) with
// CPython 3.11's outcome for each call. Run by hand: `node scripts/update-arity-goldens.mjs`.
// Deterministic output; tests never run it.

import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const version = execFileSync('python3', ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], { encoding: 'utf8' }).trim();
if (version !== '3.11') throw new Error(`python3 is ${version}: the goldens are CPython 3.11's`);
const json = execFileSync('python3', [join(root, 'scripts/arity-matrix.py')], { encoding: 'utf8', maxBuffer: 1 << 28 });
const data = JSON.parse(json);
writeFileSync(join(root, 'test/runtime/builtin-arity.golden.json'), JSON.stringify(data, null, 0).replace(/\],\[/g, '],\n[') + '\n');
console.log(`builtin-arity.golden.json: ${data.calls.length} calls`);
