#!/usr/bin/env node
// Regenerates the parser's golden files from CPython itself (python3 must be CPython 3.11).
//
//   test/parser/cases/*.py   chunks separated by a line `# ---`; writes <name>.expected: one JSON
//                            line per chunk with CPython's ast.dump() and the span of every node
//                            (ast.walk order, `Kind line:col-endline:endcol`, cols in UTF-8 bytes).
//   test/parser/errors/*.py  chunks separated by `# ---`, each a syntax error; rewrites the marker
//                            `### E100 @col "message"` onto the line CPython reports (`@line:col`
//                            when that line does not exist in the chunk). Lines are chunk-relative.
//   src/parser/unicode-name-table.ts  the `\N{...}` names Corral knows, from python3's unicodedata.
//   test/parser/format/cases.py  chunks, each a syntax error; writes cases.expected: what
//                            `python3 x.py` prints to stderr for each (formatSyntaxError's golden);
//                            and format/<name>.stderr.json for every errors/<name>.py.
//
// Every chunk ends with a newline (the separator must start a line). Markers follow exactly two
// spaces, so the script and the tests strip the same text before parsing.
//
// Usage: node scripts/update-parser-goldens.mjs        (tests never run python3; CI never writes)

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const casesDir = join(root, 'test/parser/cases');
const errorsDir = join(root, 'test/parser/errors');

/** Splits a chunked file: the separator is a line that is exactly `# ---`. */
export function splitChunks(text) {
  return text.split(/^# ---[^\S\n]*\n/m);
}

// The script writes markers after exactly two spaces; only those are stripped.
const MARKER = /  ### .*$/;

export function stripMarkers(chunk) {
  return chunk.split('\n').map((l) => l.replace(MARKER, '')).join('\n');
}

const PY_HELPER = String.raw`
import ast, json, sys
out = []
for src in json.load(sys.stdin):
    try:
        if sys.argv[1] == 'ast':
            tree = ast.parse(src)
            spans = ['%s %d:%d-%d:%d' % (type(n).__name__, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset)
                     for n in ast.walk(tree) if getattr(n, 'end_lineno', None) is not None]
            out.append({'dump': ast.dump(tree), 'spans': spans})
        else:
            compile(src, 'x.py', 'exec')
            out.append(None)
    except SyntaxError as e:
        out.append({'error': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset})
    except Exception as e:
        out.append({'error': type(e).__name__, 'msg': str(e), 'lineno': 0, 'offset': 0})
json.dump(out, sys.stdout)
`;

function runPython(mode, sources) {
  const out = execFileSync('python3', ['-c', PY_HELPER, mode], { input: JSON.stringify(sources), maxBuffer: 1 << 28 });
  return JSON.parse(out.toString());
}

function codeFor(error, msg) {
  if (msg === 'too many nested parentheses' || msg === 'too many levels of indentation') return 'E102';
  if (msg.startsWith('Exceeds the limit')) return 'E103';
  return error === 'SyntaxError' ? 'E100' : 'E104';
}

function updateCases() {
  for (const file of readdirSync(casesDir).filter((f) => f.endsWith('.py')).sort()) {
    const chunks = splitChunks(readFileSync(join(casesDir, file), 'utf8'));
    const results = runPython('ast', chunks);
    const bad = results.flatMap((r, i) => (r.error ? [`${file} chunk ${i + 1}: ${r.error}: ${r.msg} (line ${r.lineno})`] : []));
    if (bad.length) throw new Error(`cases that CPython rejects:\n${bad.join('\n')}`);
    const text = '[\n' + results.map((r) => JSON.stringify(r)).join(',\n') + '\n]\n';
    writeFileSync(join(casesDir, file.replace(/\.py$/, '.expected')), text);
    console.log(`${file}: ${chunks.length} cases`);
  }
}

function updateErrors() {
  for (const file of readdirSync(errorsDir).filter((f) => f.endsWith('.py')).sort()) {
    const chunks = splitChunks(readFileSync(join(errorsDir, file), 'utf8'));
    const sources = chunks.map(stripMarkers);
    const results = runPython('errors', sources);
    const rewritten = sources.map((src, i) => {
      const r = results[i];
      if (!r) throw new Error(`${file} chunk ${i + 1} compiles without error:\n${src}`);
      const lines = src.split('\n');
      const code = codeFor(r.error, r.msg);
      const hasLine = r.lineno >= 1 && r.lineno <= lines.length && (r.lineno < lines.length || lines[r.lineno - 1] !== '');
      const where = hasLine ? `@${r.offset}` : `@${r.lineno}:${r.offset}`;
      const markerLine = hasLine ? r.lineno - 1 : lastNonEmpty(lines);
      lines[markerLine] = `${lines[markerLine]}  ### ${code} ${where} ${JSON.stringify(r.msg)}`;
      return lines.join('\n');
    });
    writeFileSync(join(errorsDir, file), rewritten.join('# ---\n'));
    console.log(`${file}: ${chunks.length} error cases`);
  }
}

function lastNonEmpty(lines) {
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i] !== '') return i;
  return 0;
}

/** What `python3 x.py` prints for each source (its SyntaxError report, warnings before it dropped). */
function pythonStderr(sources) {
  const dir = mkdtempSync(join(tmpdir(), 'corral-format-'));
  try {
    return sources.map((source) => {
      writeFileSync(join(dir, 'x.py'), source);
      try {
        execFileSync('python3', ['-W', 'ignore', 'x.py'], { cwd: dir, stdio: 'pipe' });
      } catch (e) {
        // python3 shows the script's absolute path; the goldens name it `x.py`.
        const text = e.stderr.toString().split(join(dir, 'x.py')).join('x.py');
        return text.slice(text.lastIndexOf('  File "x.py"'));
      }
      throw new Error(`format case runs without error:\n${source}`);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function updateFormat() {
  const file = join(root, 'test/parser/format/cases.py');
  const chunks = splitChunks(readFileSync(file, 'utf8'));
  writeFileSync(file.replace(/\.py$/, '.expected'), JSON.stringify(pythonStderr(chunks), null, 1) + '\n');
  console.log(`format/cases.py: ${chunks.length} cases`);
  // Every syntax-error golden is also a formatting golden.
  for (const name of readdirSync(errorsDir).filter((f) => f.endsWith('.py')).sort()) {
    const sources = splitChunks(readFileSync(join(errorsDir, name), 'utf8')).map(stripMarkers);
    const out = join(root, 'test/parser/format', name.replace(/\.py$/, '.stderr.json'));
    writeFileSync(out, JSON.stringify(pythonStderr(sources), null, 1) + '\n');
    console.log(`format/${name.replace(/\.py$/, '.stderr.json')}: ${sources.length} cases`);
  }
}

const UNICODE_RANGES = [
  [0x20, 0x7e], [0xa0, 0x24f], [0x370, 0x3ff], [0x400, 0x4ff], [0x2000, 0x206f], [0x20a0, 0x20c0],
  [0x2100, 0x214f], [0x2150, 0x218b], [0x2190, 0x21ff], [0x2200, 0x22ff], [0x2300, 0x23ff], [0x2500, 0x257f],
  [0x25a0, 0x25ff], [0x2600, 0x26ff], [0x2700, 0x27bf], [0x27f0, 0x27ff], [0x2900, 0x297f], [0x3000, 0x303f],
  [0xfe0f, 0xfe0f], [0xfeff, 0xfeff], [0xfffd, 0xfffd], [0x1f300, 0x1f64f], [0x1f680, 0x1f6ff], [0x1f900, 0x1f9ff],
];

function updateUnicodeNames() {
  const py = 'import json, sys, unicodedata\n' +
    'out = []\n' +
    'for a, b in json.load(sys.stdin):\n' +
    '    for cp in range(a, b + 1):\n' +
    '        n = unicodedata.name(chr(cp), None)\n' +
    '        if n: out.append("%s=%x" % (n, cp))\n' +
    'json.dump([unicodedata.unidata_version, out], sys.stdout)\n';
  const [version, entries] = JSON.parse(execFileSync('python3', ['-c', py], { input: JSON.stringify(UNICODE_RANGES) }).toString());
  const lines = [];
  let line = '';
  for (const e of entries) {
    if (line.length + e.length > 108) { lines.push(line); line = ''; }
    line += `${e};`;
  }
  lines.push(line);
  const text = `// Generated by scripts/update-parser-goldens.mjs from python3's unicodedata (Unicode ${version}, as
// CPython 3.11): the character names of the commonly used blocks (ASCII, Latin, Greek, Cyrillic,
// punctuation, currency, letterlike, arrows, math, technical, box drawing, shapes, symbols,
// dingbats, common emoji) for \`\\N{...}\` escapes (unicode-names.ts). \`NAME=hex;\` entries, ${entries.length} of them.

export const UNICODE_NAME_DATA =
${lines.map((l) => `  ${JSON.stringify(l)}`).join(' +\n')};
`;
  writeFileSync(join(root, 'src/parser/unicode-name-table.ts'), text);
  console.log(`unicode-name-table.ts: ${entries.length} names`);
}

updateUnicodeNames();
updateCases();
updateErrors();
updateFormat();
