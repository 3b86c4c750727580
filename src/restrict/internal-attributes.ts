// Attributes of frames, code objects, tracebacks, generators and coroutines that are not dunders
// but hand out interpreter internals just the same (`gen.gi_frame.f_globals`, `tb.tb_frame`,
// `fn.__code__.co_code`). Refused by no-internal-attribute (E205). An explicit list rather than
// a prefix rule, so a script's own `obj.f_score` or `row.co_owner` stays legal.

export const INTERNAL_ATTRIBUTES: ReadonlySet<string> = new Set([
  // generators, coroutines, async generators
  'gi_frame', 'gi_code', 'gi_yieldfrom', 'gi_running', 'gi_suspended',
  'cr_frame', 'cr_code', 'cr_await', 'cr_origin', 'cr_running', 'cr_suspended',
  'ag_frame', 'ag_code', 'ag_await', 'ag_running',
  // frames
  'f_back', 'f_builtins', 'f_code', 'f_globals', 'f_locals', 'f_lasti', 'f_lineno', 'f_trace',
  'f_trace_lines', 'f_trace_opcodes',
  // tracebacks
  'tb_frame', 'tb_next', 'tb_lasti', 'tb_lineno',
  // code objects
  'co_code', 'co_consts', 'co_names', 'co_varnames', 'co_freevars', 'co_cellvars', 'co_filename',
  'co_name', 'co_qualname', 'co_firstlineno', 'co_lnotab', 'co_linetable', 'co_exceptiontable',
  'co_flags', 'co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_nlocals', 'co_stacksize',
  'co_positions', 'co_lines',
]);
