// TextError: how the runtime's pure text functions (src/runtime/text) signal a Python exception.
// They know nothing about the object model, so they throw this with the Python exception type name
// and CPython's exact message; the runtime turns it into the real exception in one place.

export class TextError extends Error {
  /** Python exception type name: 'ValueError', 'TypeError', 'OverflowError', 'MemoryError', ... */
  readonly pyType: string;
  declare readonly message: string;

  constructor(pyType: string, message: string) {
    super(message);
    this.pyType = pyType;
    this.name = 'TextError';
  }
}
