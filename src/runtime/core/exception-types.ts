// PyBaseException (the JS class of every Python exception instance, including instances of script
// subclasses) and the builtin exception hierarchy of CPython 3.11. Exceptions are thrown as these
// objects directly; `frames` is filled when raised (ops/raise.ts).

import { PyType } from './pytype.js';
import { objectType } from './pytype.js';
import type { RawFrame } from '../protocol.js';
import { resolveFrames } from '../ops/raise.js';

export class PyBaseException {
  readonly dict = new Map<string, unknown>();
  /** V8's captured stack at the raise, turned into frames only when someone asks (ops/raise.ts). */
  stackHolder: { stack?: unknown } | null = null;
  private resolvedFrames: RawFrame[] | null = null;
  /**
   * V8's stack where a handler last caught it (`caught`): shown as the cause or context of another
   * exception, its traceback starts at that frame, as CPython's does (see caughtFrames).
   */
  catchHolder: { stack?: unknown } | null = null;
  /** V8's stack inside a method call whose lookup raised this (ops/call.ts): that frame shows the callee. */
  calleeHolder: { stack?: unknown } | null = null;
  /** Raised by a function's prologue on behalf of its call (RecursionError): the callee's frame is not shown. */
  raisedAtCallSite = false;
  /** The traceback of an earlier raise, kept after the new frames by `raise e` as CPython extends it. */
  private priorFrames: RawFrame[] = [];
  cause: PyBaseException | null = null;
  context: PyBaseException | null = null;
  suppressContext = false;
  constructor(
    readonly cls: PyType,
    public args: unknown[],
  ) {}

  get frames(): RawFrame[] {
    if (this.resolvedFrames === null) {
      let own = this.stackHolder === null ? [] : resolveFrames(this.stackHolder);
      if (this.calleeHolder !== null) {
        const at = resolveFrames(this.calleeHolder).length - 1;
        if (at >= 0 && at < own.length) own[at] = { ...own[at]!, callee: true };
      }
      if (this.raisedAtCallSite) own = own.slice(0, -1);
      this.resolvedFrames = this.priorFrames.length === 0 ? own : [...own, ...this.priorFrames];
    }
    return this.resolvedFrames;
  }

  /**
   * The traceback CPython shows for a caught exception: the frames from the one that caught it
   * inward. The raise and catch stacks share their outer frames, so the catching frame is the
   * catch stack's innermost script frame at the same index.
   */
  get caughtFrames(): RawFrame[] {
    const all = this.frames;
    if (this.catchHolder === null) return all;
    const depth = resolveFrames(this.catchHolder).length;
    return depth > 0 && depth <= all.length ? all.slice(depth - 1) : all;
  }

  /** Called before `raise e` of an exception that was raised before: its old traceback follows the new frames. */
  keepTracebackForReraise(): void {
    if (this.stackHolder === null && this.resolvedFrames === null) return;
    this.priorFrames = this.caughtFrames;
    this.resolvedFrames = null;
    this.stackHolder = null;
    this.catchHolder = null;
  }

  set frames(f: RawFrame[]) {
    this.resolvedFrames = f;
    this.stackHolder = null;
  }
}

/** Every builtin exception type by name (the builtins registry exposes them). */
export const exceptionTypes = new Map<string, PyType>();

function exc(name: string, base: PyType | null): PyType {
  const t = new PyType(name, [base ?? objectType], 'exception', true);
  exceptionTypes.set(name, t);
  return t;
}

export const PyExc_BaseException = exc('BaseException', null);
export const PyExc_GeneratorExit = exc('GeneratorExit', PyExc_BaseException);
export const PyExc_KeyboardInterrupt = exc('KeyboardInterrupt', PyExc_BaseException);
export const PyExc_SystemExit = exc('SystemExit', PyExc_BaseException);
export const PyExc_Exception = exc('Exception', PyExc_BaseException);
export const PyExc_ArithmeticError = exc('ArithmeticError', PyExc_Exception);
export const PyExc_FloatingPointError = exc('FloatingPointError', PyExc_ArithmeticError);
export const PyExc_OverflowError = exc('OverflowError', PyExc_ArithmeticError);
export const PyExc_ZeroDivisionError = exc('ZeroDivisionError', PyExc_ArithmeticError);
export const PyExc_AssertionError = exc('AssertionError', PyExc_Exception);
export const PyExc_AttributeError = exc('AttributeError', PyExc_Exception);
export const PyExc_BufferError = exc('BufferError', PyExc_Exception);
export const PyExc_EOFError = exc('EOFError', PyExc_Exception);
export const PyExc_ImportError = exc('ImportError', PyExc_Exception);
export const PyExc_ModuleNotFoundError = exc('ModuleNotFoundError', PyExc_ImportError);
export const PyExc_LookupError = exc('LookupError', PyExc_Exception);
export const PyExc_IndexError = exc('IndexError', PyExc_LookupError);
export const PyExc_KeyError = exc('KeyError', PyExc_LookupError);
export const PyExc_MemoryError = exc('MemoryError', PyExc_Exception);
export const PyExc_NameError = exc('NameError', PyExc_Exception);
export const PyExc_UnboundLocalError = exc('UnboundLocalError', PyExc_NameError);
export const PyExc_OSError = exc('OSError', PyExc_Exception);
exc('BlockingIOError', PyExc_OSError);
exc('ChildProcessError', PyExc_OSError);
const PyExc_ConnectionError = exc('ConnectionError', PyExc_OSError);
exc('BrokenPipeError', PyExc_ConnectionError);
exc('ConnectionAbortedError', PyExc_ConnectionError);
exc('ConnectionRefusedError', PyExc_ConnectionError);
exc('ConnectionResetError', PyExc_ConnectionError);
exc('FileExistsError', PyExc_OSError);
export const PyExc_FileNotFoundError = exc('FileNotFoundError', PyExc_OSError);
exc('InterruptedError', PyExc_OSError);
exc('IsADirectoryError', PyExc_OSError);
exc('NotADirectoryError', PyExc_OSError);
export const PyExc_PermissionError = exc('PermissionError', PyExc_OSError);
exc('ProcessLookupError', PyExc_OSError);
export const PyExc_TimeoutError = exc('TimeoutError', PyExc_OSError);
exc('ReferenceError', PyExc_Exception);
export const PyExc_RuntimeError = exc('RuntimeError', PyExc_Exception);
export const PyExc_NotImplementedError = exc('NotImplementedError', PyExc_RuntimeError);
export const PyExc_RecursionError = exc('RecursionError', PyExc_RuntimeError);
export const PyExc_StopAsyncIteration = exc('StopAsyncIteration', PyExc_Exception);
export const PyExc_StopIteration = exc('StopIteration', PyExc_Exception);
const PyExc_SyntaxError = exc('SyntaxError', PyExc_Exception);
const PyExc_IndentationError = exc('IndentationError', PyExc_SyntaxError);
exc('TabError', PyExc_IndentationError);
exc('SystemError', PyExc_Exception);
export const PyExc_TypeError = exc('TypeError', PyExc_Exception);
export const PyExc_ValueError = exc('ValueError', PyExc_Exception);
export const PyExc_UnicodeError = exc('UnicodeError', PyExc_ValueError);
exc('UnicodeDecodeError', PyExc_UnicodeError);
exc('UnicodeEncodeError', PyExc_UnicodeError);
exc('UnicodeTranslateError', PyExc_UnicodeError);
const PyExc_Warning = exc('Warning', PyExc_Exception);
for (const w of ['DeprecationWarning', 'PendingDeprecationWarning', 'RuntimeWarning', 'SyntaxWarning', 'UserWarning',
  'FutureWarning', 'ImportWarning', 'UnicodeWarning', 'BytesWarning', 'ResourceWarning', 'EncodingWarning']) exc(w, PyExc_Warning);
exceptionTypes.set('EnvironmentError', PyExc_OSError);
exceptionTypes.set('IOError', PyExc_OSError);
