// Bundles the runtime (src/runtime, compiled by tsc to dist/runtime-modules) into the one script
// each isolate loads: dist/runtime.js. Scope-hoisting, like rollup: modules are concatenated in
// dependency order inside one function, `import` lines are dropped and `export` keywords stripped,
// so calls between runtime files are direct calls V8 can inline. The price is a rule the build
// enforces: top-level names are unique across the runtime, imports are named and not renamed, and
// there are no default or namespace imports/exports.

import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as acorn from 'acorn';
import MagicString from 'magic-string';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const inDir = join(root, 'dist/runtime-modules');
const entry = join(inDir, 'index.js');
const outFile = join(root, 'dist/runtime.js');

const errors = [];
const order = [];
const state = new Map(); // file → 'visiting' | 'done'
const owner = new Map(); // top-level name → file

function fail(file, node, message) {
  errors.push(`${relative(root, file)}:${node ? node.start : 0}: ${message}`);
}

function declaredNames(node) {
  switch (node.type) {
    case 'FunctionDeclaration':
    case 'ClassDeclaration':
      return [node.id.name];
    case 'VariableDeclaration':
      return node.declarations.flatMap((d) => patternNames(d.id));
    default:
      return [];
  }
}

function patternNames(p) {
  switch (p.type) {
    case 'Identifier': return [p.name];
    case 'ObjectPattern': return p.properties.flatMap((q) => patternNames(q.type === 'RestElement' ? q.argument : q.value));
    case 'ArrayPattern': return p.elements.filter(Boolean).flatMap(patternNames);
    case 'AssignmentPattern': return patternNames(p.left);
    case 'RestElement': return patternNames(p.argument);
    default: return [];
  }
}

function visit(file) {
  if (state.get(file) === 'done' || state.get(file) === 'visiting') return;
  state.set(file, 'visiting');
  if (!existsSync(file)) {
    errors.push(`missing module ${relative(root, file)}`);
    return;
  }
  const code = readFileSync(file, 'utf8');
  const ast = acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
  const ms = new MagicString(code);
  for (const node of ast.body) {
    if (node.type === 'ImportDeclaration') {
      for (const s of node.specifiers) {
        if (s.type !== 'ImportSpecifier') fail(file, s, 'only named imports are allowed in the runtime');
        else if (s.imported.name !== s.local.name) fail(file, s, `renamed import ${s.imported.name} as ${s.local.name}`);
      }
      const src = node.source.value;
      if (!src.startsWith('.')) fail(file, node, `runtime may only import runtime files, not '${src}'`);
      else visit(resolve(dirname(file), src));
      ms.remove(node.start, node.end);
      continue;
    }
    if (node.type === 'ExportDefaultDeclaration' || node.type === 'ExportAllDeclaration') {
      fail(file, node, 'default and star exports are not allowed in the runtime');
      continue;
    }
    let decl = node;
    if (node.type === 'ExportNamedDeclaration') {
      if (node.source) fail(file, node, 're-exports are not allowed in the runtime');
      if (!node.declaration) {
        for (const s of node.specifiers) {
          if (s.local.name !== s.exported.name) fail(file, s, `renamed export ${s.local.name} as ${s.exported.name}`);
        }
        ms.remove(node.start, node.end);
        continue;
      }
      decl = node.declaration;
      ms.remove(node.start, decl.start);
    }
    for (const name of declaredNames(decl)) {
      const prev = owner.get(name);
      if (prev && prev !== file) fail(file, decl, `top-level name '${name}' is also declared in ${relative(root, prev)}`);
      owner.set(name, file);
    }
  }
  state.set(file, 'done');
  order.push({ file, code: ms.toString() });
}

visit(entry);
if (errors.length) {
  console.error(`bundle-runtime: ${errors.length} error(s)\n  ${errors.join('\n  ')}`);
  process.exit(1);
}
const body = order.map(({ file, code }) => `// ---- ${relative(inDir, file)}\n${code.trim()}\n`).join('\n');
const bundle = `(function () {\n"use strict";\n${body}\n})();\n`;
acorn.parse(bundle, { ecmaVersion: 'latest', sourceType: 'script' });
writeFileSync(outFile, bundle);
console.log(`bundle-runtime: ${order.length} modules, ${(bundle.length / 1024).toFixed(1)} KiB → ${relative(root, outFile)}`);
