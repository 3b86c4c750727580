// The host end of the script's stdout/stderr: one OutputSink per run. The isolate calls `write`
// through an ivm.Callback as output is flushed; the sink checks the arguments (they come from the
// isolate, invariant 1), enforces maxOutputBytes on its own count of UTF-8 bytes whatever the
// runtime believes, collects both streams for the RunResult and forwards text to the `print`
// option as it arrives.

/** Carries the error the caller's `print` threw out of execute(); the Sandbox rethrows `error`. */
export class PrintCallbackFailed extends Error {
  constructor(readonly error: unknown) {
    super('the print callback threw');
    this.name = 'PrintCallbackFailed';
  }
}

export type PrintFn = (text: string, stream: 'stdout' | 'stderr') => void;

export class OutputSink {
  private readonly chunks: { stdout: string[]; stderr: string[] } = { stdout: [], stderr: [] };
  private bytes = 0;
  /** Set once the script tried to write past the cap: the run ends with an output limit verdict. */
  overflowed = false;
  /** The first exception thrown by the caller's `print`, rethrown to the caller after the run. */
  printError: { error: unknown } | null = null;

  constructor(private readonly maxBytes: number, private readonly print: PrintFn | undefined) {}

  /** The function handed to the isolate. Never throws into the isolate. */
  readonly write = (stream: unknown, text: unknown): void => {
    if ((stream !== 1 && stream !== 2) || typeof text !== 'string' || this.overflowed) return;
    let accepted = text;
    const size = Buffer.byteLength(text, 'utf8');
    if (this.bytes + size > this.maxBytes) {
      this.overflowed = true;
      accepted = truncateUtf8(text, this.maxBytes - this.bytes);
    }
    this.bytes += Buffer.byteLength(accepted, 'utf8');
    if (accepted === '') return;
    const name = stream === 1 ? 'stdout' : 'stderr';
    this.chunks[name].push(accepted);
    if (this.print !== undefined && this.printError === null) {
      try {
        this.print(accepted, name);
      } catch (error) {
        this.printError = { error };
      }
    }
  };

  get stdout(): string {
    return this.chunks.stdout.join('');
  }

  get stderr(): string {
    return this.chunks.stderr.join('');
  }
}

/** The longest prefix of `text` whose UTF-8 encoding fits in `max` bytes, never splitting a character. */
function truncateUtf8(text: string, max: number): string {
  let bytes = 0;
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (bytes + size > max) break;
    bytes += size;
    i += cp >= 0x10000 ? 2 : 1;
  }
  return text.slice(0, i);
}
