// `corral transpile FILE`: prints the generated JavaScript, with `--source-map` followed by the
// source map as an inline `//# sourceMappingURL=data:...` comment (one stream, usable by devtools).

import { parseArgs } from 'node:util';
import { compile, formatDiagnostic } from '../index.js';
import { type Io, UsageError, readScript } from './io.js';

export async function transpileCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true, options: { 'source-map': { type: 'boolean', default: false } },
  });
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length === 0 ? 'missing FILE' : `unexpected argument '${positionals[1]}'`, 'transpile');
  }
  const file = positionals[0]!;
  const script = await readScript(io, file);
  const shown = file === '-' ? '<stdin>' : file;
  const program = compile(script.source, { filename: shown });
  if (!program.ok) {
    for (const d of program.diagnostics) io.err(`${formatDiagnostic(d, script.source, shown).trimEnd()}\n`);
    return 1;
  }
  io.out(program.js.endsWith('\n') ? program.js : `${program.js}\n`);
  if (values['source-map'] && program.sourceMap !== null) {
    const data = Buffer.from(JSON.stringify(program.sourceMap), 'utf8').toString('base64');
    io.out(`//# sourceMappingURL=data:application/json;charset=utf-8;base64,${data}\n`);
  }
  return 0;
}
