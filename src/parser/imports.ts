// `import a.b as c, d` and `from ..a import (b as c, d)` / `from a import *`, with the level
// counting leading dots (`...` is one token worth three).

import type { Alias, Stmt } from './ast.js';
import { syntaxError } from './errors.js';
import {
  atKeyword, atOp, eatKeyword, eatOp, expectKeyword, expectName, isName, isOp, next, peek, prev, unexpected,
  type ParserState,
} from './state.js';

export function parseImport(p: ParserState): Stmt {
  const kw = next(p);
  const names: Alias[] = [];
  do names.push(parseAlias(p, true)); while (eatOp(p, ','));
  return { kind: 'Import', names, start: kw.start, end: prev(p).end };
}

export function parseFromImport(p: ParserState): Stmt {
  const kw = next(p);
  let level = 0;
  for (;;) {
    if (eatOp(p, '.')) level++;
    else if (eatOp(p, '...')) level += 3;
    else break;
  }
  let module: string | null = null;
  if (!atKeyword(p, 'import') || level === 0) module = parseDottedName(p);
  expectKeyword(p, 'import');
  const names: Alias[] = [];
  const star = peek(p);
  if (isOp(star, '*')) {
    next(p);
    names.push({ kind: 'alias', name: '*', asname: null, start: star.start, end: star.end });
  } else if (eatOp(p, '(')) {
    do {
      if (atOp(p, ')')) break;
      names.push(parseAlias(p, false));
    } while (eatOp(p, ','));
    if (!names.length) throw unexpected(p);
    if (!atOp(p, ')')) throw unexpected(p);
    next(p);
  } else {
    do {
      if (!isName(peek(p)) && names.length) {
        const comma = prev(p);
        throw syntaxError('trailing comma not allowed without surrounding parentheses', comma.end, comma.end);
      }
      names.push(parseAlias(p, false));
    } while (eatOp(p, ','));
  }
  return { kind: 'ImportFrom', module, names, level, start: kw.start, end: prev(p).end };
}

function parseAlias(p: ParserState, dotted: boolean): Alias {
  const first = peek(p);
  const name = dotted ? parseDottedName(p) : expectName(p).value;
  const asname = eatKeyword(p, 'as') ? expectName(p).value : null;
  return { kind: 'alias', name, asname, start: first.start, end: prev(p).end };
}

function parseDottedName(p: ParserState): string {
  let name = expectName(p).value;
  while (atOp(p, '.') && isName(peek(p, 1))) {
    next(p);
    name += '.' + next(p).value;
  }
  if (atOp(p, '.')) {
    next(p);
    throw unexpected(p);
  }
  return name;
}
