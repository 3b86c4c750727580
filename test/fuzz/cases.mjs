// Case i of a fuzz run with seed s is a pure function of (s, i): a grammar-generated program or a
// mutated conformance program, so any case can be regenerated from the two numbers alone.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateProgram } from './grammar.mjs';
import { mutate } from './mutate.mjs';
import { Rng } from './rng.mjs';

const CONFORMANCE = fileURLToPath(new URL('../conformance/', import.meta.url));

/** @typedef {{ name: string, source: string }} CorpusFile */
/** @typedef {{ seed: number, index: number, generator: 'grammar' | 'mutation', origin: string, source: string }} Case */

/** @type {CorpusFile[] | null} */
let corpus = null;

/** The conformance programs, sorted by name (the order is part of what makes a case reproducible). */
export function loadCorpus() {
  corpus ??= readdirSync(CONFORMANCE).filter((f) => f.endsWith('.py')).sort()
    .map((name) => ({ name, source: readFileSync(join(CONFORMANCE, name), 'utf8') }));
  return corpus;
}

/** @param {number} seed @param {number} index @returns {Case} */
export function makeCase(seed, index) {
  const rng = new Rng(seed, index);
  if (rng.chance(0.5)) return { seed, index, generator: 'grammar', origin: 'grammar', source: generateProgram(rng) };
  const files = loadCorpus();
  const file = rng.pick(files);
  return { seed, index, generator: 'mutation', origin: file.name, source: mutate(rng, file.source) };
}
