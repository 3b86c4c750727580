// The registry of importable modules. Empty in this milestone: the stdlib and host-module
// milestones add factories here. Each module object is created once per run, on first import.

import { PyModule } from '../types/module.js';
import { raiseNew, newExc, prepareRaise } from '../ops/raise.js';
import { PyExc_ModuleNotFoundError, PyExc_ImportError } from '../core/exception-types.js';
import { lookupAttr } from '../ops/attr.js';
import { runCtx } from '../state.js';

/** Builds a module's namespace; called at most once per run. */
export type ModuleFactory = () => PyModule;

export const MODULE_FACTORIES = new Map<string, ModuleFactory>();


export function importModule(name: string): PyModule {
  const loaded = runCtx.modules.get(name);
  if (loaded !== undefined) return loaded as PyModule;
  const f = MODULE_FACTORIES.get(name);
  if (f === undefined) {
    const e = newExc(PyExc_ModuleNotFoundError, `No module named '${name}'`);
    throw prepareRaise(e);
  }
  const m = f();
  runCtx.modules.set(name, m);
  return m;
}

export function importFrom(module: unknown, name: string): unknown {
  const v = lookupAttr(module, name);
  if (v === undefined) {
    const mname = module instanceof PyModule ? module.name : '?';
    raiseNew(PyExc_ImportError, `cannot import name '${name}' from '${mname}' (unknown location)`);
  }
  return v;
}
