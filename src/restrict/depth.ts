// The deepest the syntax tree may nest before the restriction pass, the code generator and its
// verifier (all recursive walkers, like CPython's compiler) are asked to handle it. The parser
// bounds each form on its own (brackets, blocks, unary operators, operator chains); this bounds
// what they add up to (a chain inside a bracket inside a chain..., or a long elif chain, which
// nests each `elif` in the previous one's orelse). Measured without recursion, so any tree gets
// an answer. CPython accepts about 3000 levels; the code generator's verifier overflows the main
// thread's stack at about 650 levels of nested calls, hence the lower limit (docs/limitations/statements.md).

import type { Node } from '../parser/ast.js';
import { childrenOf } from './walk.js';

export const MAX_TREE_DEPTH = 500;

/** A lambda nests its body in a JS function, a try/finally and a depth guard: it costs the verifier about two levels. */
const weight = (node: Node): number => (node.kind === 'Lambda' ? 2 : 1);

/** The first node deeper than `limit` (weighted) levels below `root` (root is level 1), or null. */
export function tooDeepNode(root: Node, limit: number = MAX_TREE_DEPTH): Node | null {
  const stack: [Node, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return node;
    for (const child of childrenOf(node)) if (child) stack.push([child, depth + weight(child)]);
  }
  return null;
}
