// Whether a name in the script means the builtin of that name: the resolver found it bound nowhere
// in the module (`builtin-or-global`, or a class-body name falling back to that), so at run time it
// can only be an input or the builtin. Rules that refuse a builtin (eval, three-argument type,
// subclassing type) use this so a script's own `input` or `type` variable stays legal.

import type * as ast from '../parser/ast.js';
import type { Resolution } from './binding.js';

export function refersToBuiltin(node: ast.ExprNode, name: string, resolution: Resolution): boolean {
  if (node.kind !== 'Name' || node.id !== name) return false;
  const resolved = resolution.names.get(node);
  const base = resolved?.kind === 'class' ? resolved.fallback : resolved;
  return base?.kind === 'builtin-or-global' && resolution.unresolved.has(name);
}
