// The `corral` command line: dispatches to one command per file and turns usage and file errors
// into python3-style messages and exit codes (2). bin/corral.js imports this from dist/ and calls
// main(); tests may call it in-process with their own Io.

import { lintCommand } from './lint-command.js';
import { runCommand } from './run-command.js';
import { transpileCommand } from './transpile-command.js';
import { COMMAND_USAGE, USAGE, version } from './usage.js';
import { type Io, OpenError, StreamClosed, UsageError, processIo } from './io.js';
import { sanitizeMessage } from '../host/sanitize.js';
import { SourceDecodeError } from './decode.js';

type Command = (args: string[], io: Io) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  run: runCommand,
  lint: lintCommand,
  transpile: transpileCommand,
};

/** Runs the CLI; resolves to the exit status. Never throws for user mistakes. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.err(USAGE);
    return 2;
  }
  if (first === '-h' || first === '--help') {
    io.out(USAGE);
    return 0;
  }
  if (first === '-v' || first === '--version') {
    io.out(`corral ${version()}\n`);
    return 0;
  }
  if (first === 'help') {
    const topic = rest[0];
    if (topic === undefined) io.out(USAGE);
    else if (COMMAND_USAGE[topic] !== undefined) io.out(COMMAND_USAGE[topic]);
    else return usageError(io, new UsageError(`unknown command '${topic}'`));
    return 0;
  }
  const command = Object.prototype.hasOwnProperty.call(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (command === undefined) return usageError(io, new UsageError(`unknown command '${first}'`));
  if (rest.includes('-h') || rest.includes('--help')) {
    io.out(COMMAND_USAGE[first]!);
    return 0;
  }
  try {
    return await command(rest, io);
  } catch (e) {
    if (e instanceof StreamClosed) return e.status;
    if (e instanceof UsageError) return usageError(io, e.command === null ? new UsageError(e.message, first) : e);
    if (e instanceof OpenError) {
      io.err(`corral: ${e.message}\n`);
      return 2;
    }
    if (e instanceof SourceDecodeError) {
      io.err(`${e.message}\n`);
      return 1;
    }
    if (isParseArgsError(e)) return usageError(io, new UsageError(parseArgsMessage(e), first));
    // Anything else is a bug in Corral: one clean line, never a stack.
    io.err(`corral: internal error: ${sanitizeMessage(e instanceof Error ? e.message : String(e))}\n`);
    return 1;
  }
}

/** One line saying what was wrong, the command's usage line, and where the full help is. */
function usageError(io: Io, e: UsageError): number {
  const help = e.command !== null ? COMMAND_USAGE[e.command] : undefined;
  const usage = (help ?? USAGE).split('\n', 1)[0]!;
  io.err(`corral: ${e.message}\n${usage}\nRun 'corral help${help !== undefined ? ` ${e.command}` : ''}' for more.\n`);
  return 2;
}

/** node:util's parseArgs messages, shortened to their first sentence. */
function parseArgsMessage(e: Error): string {
  const unknown = /^Unknown option '([^']+)'/.exec(e.message);
  if (unknown !== null) return `unknown option '${unknown[1]}'`;
  return e.message.split(/\.\s/, 1)[0]!.replace(/\.$/, '');
}

function isParseArgsError(e: unknown): e is Error {
  const code = (e as { code?: unknown } | null)?.code;
  return e instanceof Error && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
