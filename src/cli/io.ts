// The CLI's view of the process: output streams, stdin and files, passed to every command so the
// commands hold no references to `process` and can be driven in-process by tests.

import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { decodeSource } from './decode.js';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  readStdin(): Promise<Uint8Array>;
  readFile(path: string): Promise<Uint8Array>;
  cwd: string;
}

/**
 * Thrown by `out`/`err` once their stream failed (a reader that went away: `corral run x.py | head`).
 * The print callback throwing ends the run, and main() returns `status` quietly, as python3 does
 * (minus its BrokenPipeError traceback). Not process.exit(): a script may be running on
 * isolated-vm's thread, waiting for this thread to take its output, and exit would wait for it.
 */
export class StreamClosed extends Error {
  constructor(readonly status: number) {
    super('output stream closed');
  }
}

export function processIo(): Io {
  const failed = new Map<NodeJS.WriteStream, number>();
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      failed.set(stream, e.code === 'EPIPE' ? 1 : 2);
    });
  }
  const writer = (stream: NodeJS.WriteStream) => (text: string): void => {
    const status = failed.get(stream);
    if (status !== undefined) throw new StreamClosed(status);
    stream.write(text);
  };
  return {
    // Synchronous for files, pipes and terminals on POSIX, so script output appears as it is produced.
    out: writer(process.stdout),
    err: writer(process.stderr),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    readFile: (path) => readFile(path),
    cwd: process.cwd(),
  };
}

/** Raised for command-line mistakes: printed with the usage text, exit status 2. */
export class UsageError extends Error {
  constructor(message: string, readonly command: string | null = null) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Raised when a script file cannot be read: python3's wording, exit status 2. */
export class OpenError extends Error {
  constructor(readonly path: string, readonly errno: number, readonly reason: string) {
    super(`can't open file '${path}': [Errno ${errno}] ${reason}`);
    this.name = 'OpenError';
  }
}

const ERRNO: Readonly<Record<string, [number, string]>> = {
  ENOENT: [2, 'No such file or directory'],
  EACCES: [13, 'Permission denied'],
  EISDIR: [21, 'Is a directory'],
  ENOTDIR: [20, 'Not a directory'],
};

/**
 * Reads a script; `-` is stdin. Returns the text, the absolute path it was read from, and the
 * name to show: the path as the user typed it. python3 would show the absolute path, but Corral's
 * output may be handed to whoever wrote the script, and the host's directory layout is not theirs
 * to see (security invariant 9).
 * Throws OpenError when the file cannot be read, SourceDecodeError when it is not UTF-8.
 */
export async function readScript(io: Io, file: string): Promise<{ source: string; path: string; filename: string }> {
  if (file === '-') return { source: decodeSource(await io.readStdin(), '<stdin>'), path: '-', filename: '<stdin>' };
  const path = resolve(io.cwd, file);
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    const [errno, reason] = ERRNO[typeof code === 'string' ? code : ''] ?? [5, 'Input/output error'];
    throw new OpenError(file, errno, reason);
  }
  return { source: decodeSource(bytes, file), path, filename: file };
}
