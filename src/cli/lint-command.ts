// `corral lint FILE...`: diagnostics as text (file:line:col: CODE message + code frame, via
// formatDiagnostic) or as ESLint-shaped JSON. Exit 1 when any file has an error, else 0.

import { parseArgs } from 'node:util';
import { LineIndex } from '../diagnostics/line-index.js';
import { formatDiagnostic, lint, type Diagnostic } from '../index.js';
import { type Io, UsageError, readScript } from './io.js';

interface EslintMessage {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export async function lintCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true, options: { format: { type: 'string', default: 'text' } },
  });
  if (values.format !== 'text' && values.format !== 'json') {
    throw new UsageError(`--format expects text or json, got '${values.format}'`, 'lint');
  }
  if (positionals.length === 0) throw new UsageError('missing FILE', 'lint');
  let failed = false;
  const reports: { filePath: string; messages: EslintMessage[]; errorCount: number; warningCount: number }[] = [];
  for (const file of positionals) {
    const script = await readScript(io, file);
    const shown = file === '-' ? '<stdin>' : file;
    const { diagnostics } = lint(script.source, { filename: shown });
    const errorCount = diagnostics.filter((d) => d.severity === 'error').length;
    failed ||= errorCount > 0;
    if (values.format === 'json') {
      const lines = new LineIndex(script.source);
      reports.push({
        filePath: script.filename,
        messages: diagnostics.map((d) => eslintMessage(d, lines)),
        errorCount,
        warningCount: diagnostics.length - errorCount,
      });
    } else {
      for (const d of diagnostics) io.out(`${formatDiagnostic(d, script.source, shown).trimEnd()}\n`);
    }
  }
  if (values.format === 'json') io.out(`${JSON.stringify(reports)}\n`);
  return failed ? 1 : 0;
}

function eslintMessage(d: Diagnostic, lines: LineIndex): EslintMessage {
  const start = lines.position(d.span.start);
  const end = lines.position(d.span.end);
  return {
    ruleId: d.code,
    severity: d.severity === 'error' ? 2 : 1,
    message: d.message,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
  };
}
