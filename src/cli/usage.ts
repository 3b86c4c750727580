// The CLI's help texts, one per command, and the version string. Kept apart from the commands so
// `corral --help` and `corral help run` print exactly what the docs (docs/api.md) show.

import { readFileSync } from 'node:fs';

export const USAGE = `Usage: corral <command> [options]

Commands:
  run FILE|-          run a script (- reads it from stdin), like python3 FILE
  lint FILE...        check scripts against the policy without running them
  transpile FILE      print the generated JavaScript
  help [COMMAND]      show help for a command

Options:
  -h, --help          show this help
  -v, --version       print the version
`;

export const COMMAND_USAGE: Readonly<Record<string, string>> = {
  run: `Usage: corral run [options] FILE|-

Runs a script. Its output goes to stdout/stderr as it is produced; an uncaught exception prints a
CPython-style traceback to stderr. Exit status: 0 on success, 1 on an exception, a limit, a policy
violation or an internal error, SystemExit's status, 2 on a usage error or an unreadable file.

Options:
  --max-ops N         op budget (default 200000000)
  --memory MB         heap limit in MiB (default 128)
  --timeout MS        wall-clock limit in milliseconds (default 10000)
  --input JSON        a JSON object whose keys become the script's globals
                      (integers beyond 2^53 stay exact)
  --input-file FILE   the same, read from FILE (- reads it from stdin)
  --json              print only the whole result as one JSON document on stdout:
                      {ok, value, stdout, stderr, ops, error}; values JSON cannot
                      hold are tagged ({"$bigint": "..."}, {"$bytes": base64}, ...)
  -h, --help          show this help
`,
  lint: `Usage: corral lint [options] FILE...

Checks scripts without running them. Prints file:line:col: CODE message and a code frame per
diagnostic. Exit status: 0 when clean, 1 when any error was found, 2 on a usage error.

Options:
  --format text|json  output format (default text; json is shaped like ESLint's)
  -h, --help          show this help
`,
  transpile: `Usage: corral transpile [options] FILE

Prints the JavaScript generated for a script. Exit status: 0, or 1 when the script does not
compile (diagnostics go to stderr), 2 on a usage error.

Options:
  --source-map        append the source map as an inline sourceMappingURL comment
  -h, --help          show this help
`,
};

export function version(): string {
  // dist/cli/main.js and src/cli/usage.ts are both two levels below package.json.
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}
