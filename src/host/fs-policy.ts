// Host-side file access policy (issue 5, "Files"). Every permission decision about a path a script
// names is made here, on the host, on a copied string (DESIGN.md invariant 1). The runtime's
// `open`/`pathlib`/`os` and the isolate bridge call this module; nothing in the isolate checks paths.
//
// Model: deny by default. `read` / `write` mount host directories at virtual paths. One virtual
// namespace: the union of both tables, longest mount (on a segment boundary) wins, then the mount
// must carry the grant the access needs. Host paths never appear in any message or error property
// (only in `Resolved.hostPath`, which is for the host and must not cross into the isolate).
// Design note and rules: docs/host-files.md.

import * as fs from 'node:fs';
import * as path from 'node:path';

// ---------------------------------------------------------------------------------------------
// Errors

export type PyErrorType =
  | 'PermissionError'
  | 'FileNotFoundError'
  | 'FileExistsError'
  | 'NotADirectoryError'
  | 'IsADirectoryError'
  | 'OSError'
  | 'ValueError'
  | 'TypeError';

export type Grant = 'read' | 'write';

/** The grant that would allow a refused access, as data: the CLI words it as a flag, the API as an option. */
export interface GrantHint {
  grant: Grant;
  /** Virtual path to grant (a directory). */
  path: string;
}

export type DenialReason =
  | 'not-granted' // no mount covers the path, or the mount lacks the grant
  | 'invalid-path' // NUL, backslash, `..`, not a string, too long
  | 'outside-mount' // a symlink (file or directory, final or in the middle) leads out of the mount
  | 'broken-symlink' // a dangling symlink: its target cannot be checked
  | 'mount-point' // deleting a mount's root
  | 'quota' // the run's write quota is spent
  | 'os'; // the operating system refused (mapped errno)

/**
 * A refused or failed file access, ready to become a Python exception of type `pyType` with
 * `message` (CLI wording, as the issue specifies). Every string in it names virtual paths only.
 */
export class PolicyDenied extends Error {
  override readonly name = 'PolicyDenied';
  readonly pyType: PyErrorType;
  readonly reason: DenialReason;
  /** Linux errno as CPython reports it (`[Errno 13] ...`), when the wording carries one. */
  readonly errno: number | undefined;
  /** The message without the grant hint. */
  readonly detail: string;
  readonly hint: GrantHint | undefined;

  constructor(pyType: PyErrorType, reason: DenialReason, detail: string, hint?: GrantHint, errno?: number) {
    const message = hint ? `${detail}; run again with ${hintFlag(hint)}` : detail;
    super(message);
    this.pyType = pyType;
    this.reason = reason;
    this.errno = errno;
    this.detail = detail;
    this.hint = hint;
  }

  /** `cli` (default `message`): `...; run again with --allow-read=/etc`. `api`: `...; grant it with allow.read: ['/etc']`. */
  format(style: 'cli' | 'api'): string {
    if (!this.hint) return this.detail;
    if (style === 'cli') return this.message;
    return `${this.detail}; grant it with allow.${this.hint.grant}: [${pyRepr(this.hint.path)}]`;
  }
}

function hintFlag(h: GrantHint): string {
  return `--allow-${h.grant}=${shellWord(h.path)}`;
}

function shellWord(s: string): string {
  return /^[A-Za-z0-9_./:@%+=,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** Python's repr of a str, enough for paths: quotes chosen as CPython does, controls escaped. */
export function pyRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += `\\${quote}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || (c >= 0x7f && c < 0xa0)) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else if ((c >= 0xd800 && c <= 0xdfff) || c === 0x2028 || c === 0x2029) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out + quote;
}

const ERRNO: Record<string, [number, string, PyErrorType]> = {
  EPERM: [1, 'Operation not permitted', 'PermissionError'],
  ENOENT: [2, 'No such file or directory', 'FileNotFoundError'],
  ENXIO: [6, 'No such device or address', 'OSError'],
  EACCES: [13, 'Permission denied', 'PermissionError'],
  EBUSY: [16, 'Device or resource busy', 'OSError'],
  EEXIST: [17, 'File exists', 'FileExistsError'],
  EXDEV: [18, 'Invalid cross-device link', 'OSError'],
  ENOTDIR: [20, 'Not a directory', 'NotADirectoryError'],
  EISDIR: [21, 'Is a directory', 'IsADirectoryError'],
  EINVAL: [22, 'Invalid argument', 'OSError'],
  EMFILE: [24, 'Too many open files', 'OSError'],
  EFBIG: [27, 'File too large', 'OSError'],
  ENOSPC: [28, 'No space left on device', 'OSError'],
  EROFS: [30, 'Read-only file system', 'OSError'],
  ENAMETOOLONG: [36, 'File name too long', 'OSError'],
  ENOTEMPTY: [39, 'Directory not empty', 'OSError'],
  ELOOP: [40, 'Too many levels of symbolic links', 'OSError'],
  EDQUOT: [122, 'Disk quota exceeded', 'OSError'],
};

/** CPython's `[Errno N] text: 'path'` (or `'src' -> 'dst'`) for an errno code name. */
export function errnoError(code: string, displayPath: string, displayPath2?: string): PolicyDenied {
  const known = ERRNO[code];
  const where = displayPath2 === undefined ? pyRepr(displayPath) : `${pyRepr(displayPath)} -> ${pyRepr(displayPath2)}`;
  if (!known) return new PolicyDenied('OSError', 'os', `[Errno 5] Input/output error: ${where}`, undefined, 5);
  const [errno, text, pyType] = known;
  return new PolicyDenied(pyType, code === 'EDQUOT' ? 'quota' : 'os', `[Errno ${errno}] ${text}: ${where}`, undefined, errno);
}

/**
 * Map an error thrown by node:fs (whose message names HOST paths) to a PolicyDenied naming only
 * the virtual path(s) the script used. Non-fs errors become a generic OSError; never rethrow `e`.
 */
export function fromSystemError(e: unknown, displayPath: string, displayPath2?: string): PolicyDenied {
  if (e instanceof PolicyDenied) return e;
  const code = typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : '';
  return errnoError(code, displayPath, displayPath2);
}

// ---------------------------------------------------------------------------------------------
// Spec and construction

/** `{ '/data': './data' }` mounts a host directory at a virtual path; `['./data']` mounts each as itself. */
export type MountSpec = Readonly<Record<string, string>> | readonly string[];

export interface FsPolicyOptions {
  read?: MountSpec;
  write?: MountSpec;
  /** Bytes a run may write (and per created entry, see ENTRY_BYTES). Default 64 MiB. */
  writeQuotaBytes?: number;
  /** Base directory for relative host directories. Default `process.cwd()`. */
  baseDir?: string;
}

export type Access = 'read' | 'list' | 'stat' | 'write' | 'create' | 'delete';

export interface Resolved {
  /** Host-only. Real path to operate on; never let it reach the isolate or a message. */
  hostPath: string;
  /** Normalised absolute virtual path. */
  virtualPath: string;
  /** Virtual path of the mount that covers it. */
  mount: string;
  /** Whether the entry existed when resolved (false only for stat/write/create of a new name). */
  exists: boolean;
}

export const DEFAULT_WRITE_QUOTA = 64 * 1024 * 1024;
/** Quota charged per created file or directory, so a run cannot fill a disk with empty entries. */
export const ENTRY_BYTES = 512;
/** Longest virtual path accepted (UTF-16 units) and longest name (UTF-8 bytes), as Linux's PATH_MAX / NAME_MAX. */
export const MAX_PATH = 4096;
export const MAX_NAME_BYTES = 255;

interface Mount {
  virtual: string;
  segs: readonly string[];
  hostReal: string;
  read: boolean;
  write: boolean;
}

const PROC_FD = (() => {
  try {
    return process.platform === 'linux' && fs.statSync('/proc/self/fd').isDirectory();
  } catch {
    return false;
  }
})();

const O = fs.constants;

export class FsPolicy {
  readonly writeQuotaBytes: number;
  readonly #mounts: readonly Mount[];

  private constructor(mounts: Mount[], quota: number) {
    this.#mounts = mounts;
    this.writeQuotaBytes = quota;
  }

  /** Validate a spec up front: TypeError for nonsense, Error for host directories that are missing. */
  static create(options: FsPolicyOptions = {}): FsPolicy {
    if (typeof options !== 'object' || options === null) throw new TypeError('file policy options must be an object');
    for (const key of Object.keys(options)) {
      if (!['read', 'write', 'writeQuotaBytes', 'baseDir'].includes(key)) throw new TypeError(`unknown file policy option '${key}'`);
    }
    const base = options.baseDir ?? process.cwd();
    if (typeof base !== 'string' || !path.isAbsolute(base)) throw new TypeError('baseDir must be an absolute path');
    const quota = options.writeQuotaBytes ?? DEFAULT_WRITE_QUOTA;
    if (typeof quota !== 'number' || !(quota >= 0) || (!Number.isSafeInteger(quota) && quota !== Infinity)) {
      throw new TypeError('writeQuotaBytes must be a non-negative integer or Infinity');
    }
    const byVirtual = new Map<string, Mount>();
    for (const grant of ['read', 'write'] as const) {
      const spec = options[grant];
      if (spec === undefined) continue;
      for (const [virtual, host] of mountEntries(spec, grant, base)) {
        const hostReal = realDir(host, grant, virtual);
        const existing = byVirtual.get(virtual);
        if (existing) {
          if (existing.hostReal !== hostReal) {
            throw new TypeError(`allow.read and allow.write mount different directories at '${virtual}'`);
          }
          existing[grant] = true;
        } else {
          byVirtual.set(virtual, { virtual, segs: splitVirtual(virtual), hostReal, read: grant === 'read', write: grant === 'write' });
        }
      }
    }
    const mounts = [...byVirtual.values()].sort((a, b) => b.segs.length - a.segs.length);
    return new FsPolicy(mounts, quota);
  }

  /** Virtual mount points with their grants (for manifests, `--json`, docs). */
  get mounts(): { virtualPath: string; read: boolean; write: boolean }[] {
    return this.#mounts.map((m) => ({ virtualPath: m.virtual, read: m.read, write: m.write }));
  }

  /** A per-run write quota counter. */
  session(): WriteQuota {
    return new WriteQuota(this.writeQuotaBytes);
  }

  /**
   * Resolve a script's path for one kind of access, or throw PolicyDenied.
   *
   * - `read`, `list`: read grant; the entry must exist; symlinks followed and checked.
   * - `stat`: read or write grant; may not exist (`exists: false`); symlinks followed and checked.
   * - `write`: write grant; a file that may not exist yet (its parent must); symlinks followed and checked.
   * - `create`: like `write`, for mkdir and rename targets.
   * - `delete`: write grant; the entry must exist; `hostPath` is the entry itself (a symlink is
   *   removed, not followed), but a symlink leading out of the mount is still refused.
   *
   * `cwd` is the script's virtual working directory (untrusted too; default `/`).
   */
  resolve(virtualPath: unknown, access: Access, cwd: unknown = '/'): Resolved {
    switch (access) {
      case 'read':
      case 'list':
        return this.#resolve(virtualPath, cwd, ['read'], 'existing', access);
      case 'stat':
        return this.#resolve(virtualPath, cwd, [], 'maybe', access);
      case 'write':
      case 'create':
        return this.#resolve(virtualPath, cwd, ['write'], 'new', access);
      case 'delete':
        return this.#resolve(virtualPath, cwd, ['write'], 'entry', access);
      default:
        throw new TypeError(`unknown access kind '${String(access)}'`);
    }
  }

  /**
   * Resolve and open a file with a Python `open()` mode (`r`, `w`, `a`, `x`, optional `+`, `b`/`t`).
   * Returns a host fd the caller must close. Opens with O_NOFOLLOW and O_NONBLOCK (a FIFO cannot
   * block the host), refuses anything but regular files, truncates only after checking, and
   * re-checks the opened file's real location (see docs/host-files.md, "Races").
   */
  openFile(virtualPath: unknown, mode: unknown, cwd: unknown = '/'): { fd: number; resolved: Resolved } {
    const m = parseMode(mode);
    const grants: Grant[] = m.write ? (m.read ? ['read', 'write'] : ['write']) : ['read'];
    const resolved = m.create
      ? this.#resolve(virtualPath, cwd, grants, 'new', 'write')
      : this.#resolve(virtualPath, cwd, grants, 'existing', m.write ? 'write' : 'read');
    return { fd: this.openResolved(resolved, m), resolved };
  }

  /** Open an already resolved path (split out so the race checks can be tested). */
  openResolved(resolved: Resolved, mode: OpenMode | string): number {
    const m = typeof mode === 'string' ? parseMode(mode) : mode;
    const mount = this.#mountByVirtual(resolved.mount);
    const display = resolved.virtualPath;
    let flags = (m.read && m.write ? O.O_RDWR : m.write ? O.O_WRONLY : O.O_RDONLY) | O.O_NOFOLLOW | O.O_NONBLOCK;
    if (m.create) flags |= O.O_CREAT;
    if (m.exclusive) flags |= O.O_EXCL;
    if (m.append) flags |= O.O_APPEND;
    let fd: number;
    try {
      fd = fs.openSync(resolved.hostPath, flags, 0o666);
    } catch (e) {
      // ELOOP under O_NOFOLLOW: the final component became a symlink after resolution.
      if ((e as { code?: string }).code === 'ELOOP') throw outside(display, m.write ? 'write' : 'read', mount);
      throw fromSystemError(e, display);
    }
    try {
      this.#verifyOpened(fd, resolved.hostPath, mount, display, m.write ? 'write' : 'read');
      const st = fs.fstatSync(fd);
      if (st.isDirectory()) throw errnoError('EISDIR', display);
      if (!st.isFile()) throw new PolicyDenied('PermissionError', 'not-granted', `${m.write ? 'write' : 'read'} access to ${pyRepr(display)} is not allowed: not a regular file`);
      if (m.truncate) fs.ftruncateSync(fd, 0);
      return fd;
    } catch (e) {
      fs.closeSync(fd);
      throw fromSystemError(e, display);
    }
  }

  /**
   * List a directory: names sorted by code point (deterministic, unlike the OS order). On Linux the
   * directory is opened with O_NOFOLLOW and read through its fd, so a swapped symlink is not followed.
   */
  listDir(virtualPath: unknown, cwd: unknown = '/'): string[] {
    const resolved = this.#resolve(virtualPath, cwd, ['read'], 'existing', 'list');
    const mount = this.#mountByVirtual(resolved.mount);
    const display = resolved.virtualPath;
    let names: string[];
    if (PROC_FD) {
      let fd: number;
      try {
        fd = fs.openSync(resolved.hostPath, O.O_RDONLY | O.O_DIRECTORY | O.O_NOFOLLOW | O.O_NONBLOCK);
      } catch (e) {
        if ((e as { code?: string }).code === 'ELOOP') throw outside(display, 'read', mount);
        throw fromSystemError(e, display);
      }
      try {
        this.#verifyOpened(fd, resolved.hostPath, mount, display, 'read');
        names = fs.readdirSync(`/proc/self/fd/${fd}`);
      } catch (e) {
        throw fromSystemError(e, display);
      } finally {
        fs.closeSync(fd);
      }
    } else {
      try {
        names = fs.readdirSync(resolved.hostPath);
      } catch (e) {
        throw fromSystemError(e, display);
      }
    }
    return names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  #mountByVirtual(virtual: string): Mount {
    const mount = this.#mounts.find((m) => m.virtual === virtual);
    if (!mount) throw new TypeError('resolved path does not belong to this policy');
    return mount;
  }

  #verifyOpened(fd: number, hostPath: string, mount: Mount, display: string, what: string): void {
    let real: string;
    if (PROC_FD) {
      real = fs.readlinkSync(`/proc/self/fd/${fd}`);
    } else {
      real = fs.realpathSync.native(hostPath);
      const a = fs.fstatSync(fd);
      const b = fs.statSync(real);
      if (a.dev !== b.dev || a.ino !== b.ino) throw outside(display, what, mount);
    }
    if (!inside(real, mount.hostReal)) throw outside(display, what, mount);
  }

  #resolve(input: unknown, cwdInput: unknown, grants: Grant[], kind: 'existing' | 'maybe' | 'new' | 'entry', access: Access): Resolved {
    const what: Grant = access === 'create' || access === 'delete' || access === 'write' ? 'write' : 'read';
    const given = checkPathString(input, what);
    const cwd = cwdInput === undefined ? '/' : cwdInput;
    if (typeof cwd !== 'string' || !cwd.startsWith('/')) throw new PolicyDenied('ValueError', 'invalid-path', 'the working directory must be an absolute virtual path');
    const cwdSegs = normalise(cwd, checkPathString(cwd, what), what);
    const segs = given.startsWith('/') ? normalise(given, given, what) : [...cwdSegs, ...normalise(given, given, what)];
    const virtual = '/' + segs.join('/');

    // Longest mount on a segment boundary, across both tables (one namespace).
    const mount = this.#mounts.find((m) => m.segs.length <= segs.length && m.segs.every((s, i) => s === segs[i]));
    const needed: Grant[] = grants.length ? grants : ['read'];
    if (!mount) {
      const grant = needed[0]!;
      const hintPath = access === 'list' || segs.length === 0 ? virtual : '/' + segs.slice(0, -1).join('/');
      throw new PolicyDenied('PermissionError', 'not-granted', `${grant} access to ${pyRepr(virtual)} is not allowed`, { grant, path: hintPath });
    }
    const missingGrant = grants.length ? grants.find((g) => !mount[g]) : mount.read || mount.write ? undefined : 'read';
    if (missingGrant) {
      throw new PolicyDenied('PermissionError', 'not-granted', `${missingGrant} access to ${pyRepr(virtual)} is not allowed`, { grant: missingGrant, path: mount.virtual });
    }
    const rest = segs.slice(mount.segs.length);
    if (rest.length === 0) {
      if (access === 'delete') throw new PolicyDenied('PermissionError', 'mount-point', `write access to ${pyRepr(virtual)} is not allowed: it is a mount point`);
      if (access === 'create') throw errnoError('EEXIST', given);
      if (access === 'write') throw errnoError('EISDIR', given);
    }

    // Real path of the deepest existing prefix; it must stay inside the mount's real root.
    const { real, missing } = realPrefix(mount, rest, given);
    if (!inside(real, mount.hostReal)) throw outside(virtual, what, mount);
    if (missing.length > 0) {
      const first = path.join(real, missing[0]!);
      if (lexists(first)) {
        // realpath failed but the entry is there: a dangling symlink (or one leading into a non-directory).
        throw new PolicyDenied('PermissionError', 'broken-symlink', `${what} access to ${pyRepr(virtual)} is not allowed: a symbolic link on the path is broken`);
      }
      if (!isDir(real)) throw errnoError('ENOTDIR', given);
      if (kind === 'existing' || kind === 'entry') throw errnoError('ENOENT', given);
      if (kind === 'new' && missing.length > 1) throw errnoError('ENOENT', given);
      return { hostPath: path.join(real, ...missing), virtualPath: virtual, mount: mount.virtual, exists: false };
    }
    if (kind === 'entry') {
      // Operate on the entry itself (unlink removes a link, not its target): real parent + name.
      const parent = realPrefix(mount, rest.slice(0, -1), given);
      if (parent.missing.length > 0 || !inside(parent.real, mount.hostReal)) throw outside(virtual, what, mount);
      return { hostPath: path.join(parent.real, rest[rest.length - 1]!), virtualPath: virtual, mount: mount.virtual, exists: true };
    }
    return { hostPath: real, virtualPath: virtual, mount: mount.virtual, exists: true };
  }
}

function outside(virtual: string, what: string, mount: Mount): PolicyDenied {
  return new PolicyDenied('PermissionError', 'outside-mount', `${what} access to ${pyRepr(virtual)} is not allowed: it leads outside ${pyRepr(mount.virtual)}`);
}

function checkPathString(input: unknown, what: string): string {
  if (typeof input !== 'string') {
    throw new PolicyDenied('TypeError', 'invalid-path', `expected str path, not ${input === null ? 'None' : typeof input}`);
  }
  if (input === '') throw errnoError('ENOENT', '');
  if (input.includes('\0')) throw new PolicyDenied('PermissionError', 'invalid-path', `${what} access to ${pyRepr(input)} is not allowed: paths cannot contain NUL`);
  if (input.includes('\\')) throw new PolicyDenied('PermissionError', 'invalid-path', `${what} access to ${pyRepr(input)} is not allowed: paths cannot contain backslashes`);
  if (input.length > MAX_PATH) throw new PolicyDenied('OSError', 'invalid-path', `[Errno 36] File name too long: ${pyRepr(input.slice(0, 64) + '...')}`, undefined, 36);
  return input;
}

/** Segments of a POSIX path: empty and `.` dropped, `..` refused outright. */
function normalise(given: string, p: string, what: string): string[] {
  const segs: string[] = [];
  for (const s of p.split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') throw new PolicyDenied('PermissionError', 'invalid-path', `${what} access to ${pyRepr(given)} is not allowed: paths cannot contain '..'`);
    if (Buffer.byteLength(s, 'utf8') > MAX_NAME_BYTES) throw new PolicyDenied('OSError', 'invalid-path', `[Errno 36] File name too long: ${pyRepr(given.length > 300 ? given.slice(0, 64) + '...' : given)}`, undefined, 36);
    segs.push(s);
  }
  return segs;
}

function splitVirtual(v: string): string[] {
  return v.split('/').filter((s) => s !== '');
}

function mountEntries(spec: MountSpec, grant: Grant, base: string): [string, string][] {
  const out: [string, string][] = [];
  if (Array.isArray(spec)) {
    for (const p of spec as readonly unknown[]) {
      if (typeof p !== 'string' || p === '') throw new TypeError(`allow.${grant} paths must be non-empty strings`);
      checkHostString(p, grant);
      const abs = path.resolve(base, p);
      out.push([abs, abs]);
    }
    for (const [v] of out) checkVirtualMount(v, grant);
    return out;
  }
  if (typeof spec !== 'object' || spec === null) throw new TypeError(`allow.${grant} must be a list of paths or an object of virtual path → host directory`);
  for (const [virtual, host] of Object.entries(spec)) {
    checkVirtualMount(virtual, grant);
    if (typeof host !== 'string' || host === '') throw new TypeError(`allow.${grant}['${virtual}'] must be a host directory path`);
    checkHostString(host, grant);
    out.push([virtual, path.resolve(base, host)]);
  }
  return out;
}

function checkHostString(p: string, grant: Grant): void {
  if (p.includes('\0')) throw new TypeError(`allow.${grant}: a path contains NUL`);
}

function checkVirtualMount(v: string, grant: Grant): void {
  const ok = v.startsWith('/') && !v.includes('\\') && !v.includes('\0') && (v === '/' || (!v.endsWith('/') && v.split('/').slice(1).every((s) => s !== '' && s !== '.' && s !== '..')));
  if (!ok) throw new TypeError(`allow.${grant}: virtual path '${v}' must be absolute and normalised (like '/data')`);
}

function realDir(host: string, grant: Grant, virtual: string): string {
  let real: string;
  try {
    real = fs.realpathSync.native(host);
  } catch {
    throw new Error(`allow.${grant}: directory for '${virtual}' does not exist: ${host}`);
  }
  if (!isDir(real)) throw new Error(`allow.${grant}: '${host}' (for '${virtual}') is not a directory`);
  return real;
}

function realPrefix(mount: Mount, rest: readonly string[], given: string): { real: string; missing: string[] } {
  for (let i = rest.length; i >= 0; i--) {
    try {
      return { real: fs.realpathSync.native(path.join(mount.hostReal, ...rest.slice(0, i))), missing: rest.slice(i) };
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') continue;
      throw fromSystemError(e, given);
    }
  }
  throw errnoError('ENOENT', given); // the mount's own directory has gone
}

function inside(real: string, root: string): boolean {
  return real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

function lexists(p: string): boolean {
  try {
    fs.lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// open() modes

export interface OpenMode {
  read: boolean;
  write: boolean;
  create: boolean;
  exclusive: boolean;
  truncate: boolean;
  append: boolean;
  binary: boolean;
}

/** Parse a Python `open()` mode; ValueError wording as CPython's. */
export function parseMode(mode: unknown): OpenMode {
  if (typeof mode !== 'string') throw new PolicyDenied('TypeError', 'invalid-path', `open() argument 'mode' must be str, not ${mode === null ? 'None' : typeof mode}`);
  const counts = new Map<string, number>();
  for (const ch of mode) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const bad = [...counts].some(([ch, n]) => !'rwaxb+t'.includes(ch) || n > 1);
  const kinds = ['r', 'w', 'a', 'x'].filter((c) => counts.has(c));
  if (bad || kinds.length !== 1 || (counts.has('b') && counts.has('t'))) {
    throw new PolicyDenied('ValueError', 'invalid-path', `invalid mode: ${pyRepr(mode)}`);
  }
  const k = kinds[0]!;
  const plus = counts.has('+');
  return {
    read: k === 'r' || plus,
    write: k !== 'r' || plus,
    create: k !== 'r',
    exclusive: k === 'x',
    truncate: k === 'w',
    append: k === 'a',
    binary: counts.has('b'),
  };
}

// ---------------------------------------------------------------------------------------------
// Write quota

/** Bytes a run may still write. Charge before writing; a refused charge takes nothing. */
export class WriteQuota {
  readonly limit: number;
  #used = 0;

  constructor(limit: number) {
    this.limit = limit;
  }

  get used(): number {
    return this.#used;
  }

  get remaining(): number {
    return this.limit - this.#used;
  }

  /** Charge `bytes` about to be written to `virtualPath`, or throw OSError [Errno 122] Disk quota exceeded. */
  charge(bytes: number, virtualPath?: string): void {
    if (!Number.isSafeInteger(bytes) || bytes < 0) throw new TypeError('charge needs a non-negative integer');
    if (bytes > this.remaining) {
      const where = virtualPath === undefined ? '' : `: ${pyRepr(virtualPath)}`;
      throw new PolicyDenied('OSError', 'quota', `[Errno 122] Disk quota exceeded${where}`, undefined, 122);
    }
    this.#used += bytes;
  }

  /** Charge for a created file or directory (ENTRY_BYTES). */
  chargeEntry(virtualPath?: string): void {
    this.charge(ENTRY_BYTES, virtualPath);
  }
}
