// print(*objects, sep=' ', end='\n', file=None, flush=False): writes to the run's output buffer.
// `file` is accepted and ignored for now (the host bridges stderr later).

import type { KwArgs } from '../core/pytype.js';
import { kwArgs } from './args.js';
import { truthy } from '../ops/truthy.js';
import { pyStr } from '../ops/repr.js';
import { typeErr } from '../ops/raise.js';
import { typeOf } from '../core/type-of.js';
import { writeOutput } from '../output.js';
import { charge } from '../core/budget.js';

function textOption(name: string, v: unknown, dflt: string): string {
  if (v === undefined || v === null) return dflt;
  if (typeof v !== 'string') typeErr(`${name} must be None or a string, not ${typeOf(v).name}`);
  return v as string;
}

export function printBuiltin(args: unknown[], kw: KwArgs): unknown {
  const o = kwArgs('print', kw, ['sep', 'end', 'file', 'flush']);
  const sep = textOption('sep', o.get('sep'), ' ');
  const end = textOption('end', o.get('end'), '\n');
  // flush is taken as a bool (its __bool__ runs) even though output is flushed by the host anyway
  if (o.has('flush')) truthy(o.get('flush'));
  let text = '';
  for (let i = 0; i < args.length; i++) {
    if (i > 0) text += sep;
    text += pyStr(args[i]);
  }
  charge(args.length);
  writeOutput(text + end);
  return null;
}
