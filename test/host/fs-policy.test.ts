// The host's file access policy (src/host/fs-policy.ts) against a real temp directory with planted
// symlinks. Every refusal is checked to name virtual paths only: no error string or property may
// contain the temp directory's host path.

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FsPolicy, PolicyDenied, WriteQuota, fromSystemError, parseMode, pyRepr, type Access, type PyErrorType } from '../../src/host/fs-policy.js';

let root: string; // as created (maybe through a symlinked tmpdir)
let realRoot: string;

function plant(): void {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'corral-fsp-'));
  realRoot = fs.realpathSync(root);
  const d = (p: string) => fs.mkdirSync(path.join(root, p), { recursive: true });
  const f = (p: string, text = p) => fs.writeFileSync(path.join(root, p), text);
  const l = (p: string, target: string) => fs.symlinkSync(target, path.join(root, p));
  d('data/sub/deep');
  d('data2');
  d('secret/inner');
  d('out/dir');
  d('nested-out');
  d('ro');
  f('data/a.txt', 'alpha');
  f('data/sub/b.txt', 'beta');
  f('data/ünïcode-名前.txt', 'uni');
  f('data/CaSe.txt', 'case');
  f('data2/c.txt', 'sibling');
  f('secret/s.txt', 'TOP SECRET');
  f('secret/inner/t.txt', 'secret too');
  f('out/existing.txt', 'old contents');
  f('nested-out/n.txt', 'nested');
  f('ro/r.txt', 'read only');
  l('data/in-link', 'a.txt'); // inside → inside
  l('data/in-dir-link', 'sub'); // directory inside → inside
  l('data/out-link', path.join(root, 'secret/s.txt')); // file inside → outside
  l('data/out-dir', path.join(root, 'secret')); // directory in the middle → outside
  l('data/out-rel', '../secret/s.txt'); // relative link out
  l('data/sib', '../data2'); // sibling with the mount's name as prefix
  l('data/sib-file', '../data2/c.txt');
  l('data/dangling-out', path.join(root, 'secret/nope.txt'));
  l('data/dangling-in', 'nope.txt');
  l('data/loop1', 'loop2');
  l('data/loop2', 'loop1');
  l('data/chain', 'in-link'); // link → link → file, all inside
  l('data/back-in', path.join(root, 'secret/back')); // out and back in again
  l('secret/back', path.join(root, 'data/a.txt'));
  l('out/link-out', path.join(root, 'secret/s.txt'));
  l('out/dangling-out', path.join(root, 'secret/created-by-script.txt'));
  l('out/dir-out', path.join(root, 'secret'));
  l('out/link-in', 'existing.txt');
  l('out/dangling-in', 'new-through-link.txt');
  try {
    execFileSync('mkfifo', [path.join(root, 'data/fifo')], { stdio: 'ignore' }); // Node has no mkfifo
  } catch {
    // no mkfifo on this machine: the FIFO case is skipped
  }
}

beforeAll(() => {
  plant();
});

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

function policy(extra: Parameters<typeof FsPolicy.create>[0] = {}): FsPolicy {
  return FsPolicy.create({
    read: { '/data': path.join(root, 'data'), '/ro': path.join(root, 'ro') },
    write: { '/out': path.join(root, 'out'), '/data/nested': path.join(root, 'nested-out') },
    ...extra,
  });
}

/** Every string a denial carries, for the no-host-path check. */
function strings(e: PolicyDenied): string[] {
  return [e.message, e.detail, e.format('cli'), e.format('api'), String(e), JSON.stringify({ ...e, hint: e.hint })];
}

function denied(fn: () => unknown, pyType: PyErrorType, message?: string | RegExp): PolicyDenied {
  let err: unknown;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  expect(err, 'expected a PolicyDenied').toBeInstanceOf(PolicyDenied);
  const e = err as PolicyDenied;
  expect(e.pyType).toBe(pyType);
  for (const s of strings(e)) {
    expect(s).not.toContain(root);
    expect(s).not.toContain(realRoot);
    expect(s).not.toContain(os.tmpdir());
    expect(s).not.toContain('corral-fsp-');
  }
  if (typeof message === 'string') expect(e.message).toBe(message);
  else if (message) expect(e.message).toMatch(message);
  return e;
}

const host = (p: string) => path.join(realRoot, p);

describe('mount spec validation', () => {
  it('refuses nonsense with TypeError and missing directories with a clear Error', () => {
    const dataDir = path.join(root, 'data');
    expect(() => FsPolicy.create({ read: { data: dataDir } })).toThrow(TypeError);
    expect(() => FsPolicy.create({ read: { '/data/': dataDir } })).toThrow(/normalised/);
    expect(() => FsPolicy.create({ read: { '/a/../data': dataDir } })).toThrow(TypeError);
    expect(() => FsPolicy.create({ read: { '/a//b': dataDir } })).toThrow(TypeError);
    expect(() => FsPolicy.create({ read: { '\\data': dataDir } })).toThrow(TypeError);
    expect(() => FsPolicy.create({ read: { '/da\0ta': dataDir } })).toThrow(TypeError);
    expect(() => FsPolicy.create({ read: { '/data': '' } })).toThrow(TypeError);
    expect(() => FsPolicy.create({ read: { '/data': 42 as unknown as string } })).toThrow(TypeError);
    expect(() => FsPolicy.create({ read: 'data' as unknown as string[] })).toThrow(TypeError);
    expect(() => FsPolicy.create({ read: [''] })).toThrow(TypeError);
    expect(() => FsPolicy.create({ read: { '/data': path.join(root, 'missing') } })).toThrow(/does not exist/);
    expect(() => FsPolicy.create({ read: { '/data': path.join(root, 'data/a.txt') } })).toThrow(/not a directory/);
    expect(() => FsPolicy.create({ writeQuotaBytes: -1 })).toThrow(TypeError);
    expect(() => FsPolicy.create({ writeQuotaBytes: 1.5 })).toThrow(TypeError);
    expect(() => FsPolicy.create({ writeQuotaBytes: NaN })).toThrow(TypeError);
    expect(() => FsPolicy.create({ reed: [] } as never)).toThrow(/unknown file policy option 'reed'/);
    expect(() => FsPolicy.create({ baseDir: 'relative' })).toThrow(TypeError);
    // the same virtual path in read and write must be the same directory
    expect(() => FsPolicy.create({ read: { '/x': dataDir }, write: { '/x': path.join(root, 'out') } })).toThrow(/different directories/);
    const both = FsPolicy.create({ read: { '/x': dataDir }, write: { '/x': path.join(root, 'data', 'sub', '..') } });
    expect(both.mounts).toEqual([{ virtualPath: '/x', read: true, write: true }]);
    expect(FsPolicy.create({ writeQuotaBytes: Infinity }).writeQuotaBytes).toBe(Infinity);
  });

  it('resolves relative host directories against baseDir and through symlinks once', () => {
    const p = FsPolicy.create({ read: { '/d': 'data', '/linked': 'data/in-dir-link' }, baseDir: root });
    expect(p.resolve('/d/a.txt', 'read').hostPath).toBe(host('data/a.txt'));
    expect(p.resolve('/linked/b.txt', 'read').hostPath).toBe(host('data/sub/b.txt'));
  });

  it('denies everything by default', () => {
    const p = FsPolicy.create();
    expect(p.mounts).toEqual([]);
    for (const access of ['read', 'list', 'stat', 'write', 'create', 'delete'] as Access[]) {
      const e = denied(() => p.resolve('/x/y', access), 'PermissionError', /is not allowed; run again with --allow-(read|write)=\/x(\/y)?$/);
      // a directory to list is granted itself; a file is granted through its directory
      expect(e.hint).toEqual({ grant: ['read', 'list', 'stat'].includes(access) ? 'read' : 'write', path: access === 'list' ? '/x/y' : '/x' });
    }
    denied(() => p.resolve('/', 'list'), 'PermissionError', "read access to '/' is not allowed; run again with --allow-read=/");
  });
});

describe('grants and hints', () => {
  const p = () => policy();

  it('names the missing grant, as the CLI wants it and as data', () => {
    const e = denied(() => p().resolve('/etc/passwd', 'read'), 'PermissionError', "read access to '/etc/passwd' is not allowed; run again with --allow-read=/etc");
    expect(e.hint).toEqual({ grant: 'read', path: '/etc' });
    expect(e.reason).toBe('not-granted');
    expect(e.detail).toBe("read access to '/etc/passwd' is not allowed");
    expect(e.format('api')).toBe("read access to '/etc/passwd' is not allowed; grant it with allow.read: ['/etc']");
    denied(() => p().resolve('/etc', 'list'), 'PermissionError', "read access to '/etc' is not allowed; run again with --allow-read=/etc");
    denied(() => p().resolve('/etc/new', 'create'), 'PermissionError', "write access to '/etc/new' is not allowed; run again with --allow-write=/etc");
    denied(() => p().resolve('/my dir/x', 'read'), 'PermissionError', "read access to '/my dir/x' is not allowed; run again with --allow-read='/my dir'");
  });

  it('refuses writes to a read-only mount naming --allow-write with the mount', () => {
    for (const access of ['write', 'create', 'delete'] as Access[]) {
      const e = denied(() => p().resolve('/data/a.txt', access), 'PermissionError', "write access to '/data/a.txt' is not allowed; run again with --allow-write=/data");
      expect(e.hint).toEqual({ grant: 'write', path: '/data' });
    }
    denied(() => p().openFile('/data/a.txt', 'w'), 'PermissionError', /--allow-write=\/data$/);
    denied(() => p().openFile('/data/a.txt', 'r+'), 'PermissionError', /--allow-write=\/data$/);
    denied(() => p().openFile('/data/a.txt', 'a'), 'PermissionError', /--allow-write=\/data$/);
    expect(fs.readFileSync(host('data/a.txt'), 'utf8')).toBe('alpha');
  });

  it('keeps read and write separate: a write-only mount cannot be read or listed, only stat-ed', () => {
    denied(() => p().resolve('/out/existing.txt', 'read'), 'PermissionError', "read access to '/out/existing.txt' is not allowed; run again with --allow-read=/out");
    denied(() => p().resolve('/out', 'list'), 'PermissionError', /--allow-read=\/out$/);
    denied(() => p().openFile('/out/existing.txt', 'w+'), 'PermissionError', /--allow-read=\/out$/);
    expect(p().resolve('/out/existing.txt', 'stat')).toMatchObject({ exists: true, hostPath: host('out/existing.txt') });
    expect(p().resolve('/out/nothing', 'stat')).toMatchObject({ exists: false, hostPath: host('out/nothing') });
  });

  it('nested mounts: the longest prefix wins, in one namespace', () => {
    expect(p().resolve('/data/nested/n.txt', 'write').hostPath).toBe(host('nested-out/n.txt'));
    expect(p().resolve('/data/nested/new.txt', 'create')).toMatchObject({ hostPath: host('nested-out/new.txt'), mount: '/data/nested', exists: false });
    // the nested mount is write-only: reading through it is refused, it does not fall back to /data
    denied(() => p().resolve('/data/nested/n.txt', 'read'), 'PermissionError', /--allow-read=\/data\/nested$/);
    expect(p().resolve('/data/sub/b.txt', 'read').mount).toBe('/data');
    expect(p().mounts.map((m) => m.virtualPath)).toEqual(['/data/nested', '/data', '/ro', '/out']);
  });

  it('a mount at / covers everything under it', () => {
    const q = FsPolicy.create({ read: { '/': path.join(root, 'data') } });
    expect(q.resolve('/sub/b.txt', 'read').hostPath).toBe(host('data/sub/b.txt'));
    expect(q.resolve('/', 'list').hostPath).toBe(host('data'));
    denied(() => q.resolve('/out-link', 'read'), 'PermissionError', "read access to '/out-link' is not allowed: it leads outside '/'");
  });
});

describe('virtual path normalisation', () => {
  const p = () => policy();

  it('refuses .. anywhere, even when it would stay inside', () => {
    for (const bad of ['/data/../etc/passwd', '/data/a/../../x', '/data/sub/../a.txt', '..', '../data/a.txt', '/..', '/data/..']) {
      denied(() => p().resolve(bad, 'read'), 'PermissionError', `read access to ${pyRepr(bad)} is not allowed: paths cannot contain '..'`);
    }
    denied(() => p().resolve('/out/../out/x', 'write'), 'PermissionError', /cannot contain '\.\.'$/);
    denied(() => p().resolve('a.txt', 'read', '/data/../secret'), 'PermissionError', /cannot contain '\.\.'/);
    // a name that merely contains dots is fine
    expect(p().resolve('/out/..hidden', 'create').hostPath).toBe(host('out/..hidden'));
    expect(p().resolve('/out/x..y', 'create').hostPath).toBe(host('out/x..y'));
  });

  it('refuses backslashes and NUL outright, with the path escaped in the message', () => {
    denied(() => p().resolve('/data\\..\\secret', 'read'), 'PermissionError', "read access to '/data\\\\..\\\\secret' is not allowed: paths cannot contain backslashes");
    denied(() => p().resolve('/data/a\\b', 'read'), 'PermissionError', /backslashes$/);
    const e = denied(() => p().resolve('/data/a.txt\0.png', 'read'), 'PermissionError', "read access to '/data/a.txt\\x00.png' is not allowed: paths cannot contain NUL");
    expect(e.message).not.toContain('\0');
    denied(() => p().resolve('/out/x\0', 'write'), 'PermissionError', /^write access .* NUL$/);
  });

  it('empty string is FileNotFoundError as in CPython; non-strings are TypeError', () => {
    denied(() => p().resolve('', 'read'), 'FileNotFoundError', "[Errno 2] No such file or directory: ''");
    denied(() => p().resolve(null, 'read'), 'TypeError', /not None/);
    denied(() => p().resolve(42, 'read'), 'TypeError', /not number/);
    denied(() => p().resolve({ toString: () => '/data/a.txt' }, 'read'), 'TypeError');
    expect(() => p().resolve('/data/a.txt', 'chmod' as Access)).toThrow(TypeError);
  });

  it('drops ., empty segments and trailing slashes', () => {
    for (const v of ['/data/./a.txt', '//data//a.txt', '/data/a.txt/', '/./data/a.txt', 'a.txt', './a.txt']) {
      expect(p().resolve(v, 'read', '/data')).toMatchObject({ virtualPath: '/data/a.txt', hostPath: host('data/a.txt') });
    }
    expect(p().resolve('.', 'list', '/data')).toMatchObject({ virtualPath: '/data', hostPath: host('data') });
    expect(p().resolve('/data/', 'list').virtualPath).toBe('/data');
  });

  it('relative paths resolve against the virtual cwd (default /), which is checked too', () => {
    expect(p().resolve('b.txt', 'read', '/data/sub').hostPath).toBe(host('data/sub/b.txt'));
    expect(p().resolve('data/a.txt', 'read').virtualPath).toBe('/data/a.txt');
    denied(() => p().resolve('passwd', 'read', '/etc'), 'PermissionError', "read access to '/etc/passwd' is not allowed; run again with --allow-read=/etc");
    denied(() => p().resolve('a.txt', 'read', 'data'), 'ValueError');
    denied(() => p().resolve('a.txt', 'read', 7), 'ValueError');
    denied(() => p().resolve('a.txt', 'read', '/da\\ta'), 'PermissionError');
  });

  it('matches mounts on segment boundaries only, and case-sensitively', () => {
    denied(() => p().resolve('/database', 'read'), 'PermissionError', "read access to '/database' is not allowed; run again with --allow-read=/");
    denied(() => p().resolve('/data2/c.txt', 'read'), 'PermissionError', "read access to '/data2/c.txt' is not allowed; run again with --allow-read=/data2");
    denied(() => p().resolve('/DATA/a.txt', 'read'), 'PermissionError', /--allow-read=\/DATA$/);
    denied(() => p().resolve('/Data', 'list'), 'PermissionError');
    expect(p().resolve('/data/CaSe.txt', 'read').exists).toBe(true);
  });

  it('accepts unicode names and refuses over-long ones like the OS', () => {
    expect(p().resolve('/data/ünïcode-名前.txt', 'read').hostPath).toBe(host('data/ünïcode-名前.txt'));
    expect(p().resolve('/out/新しい.txt', 'create').hostPath).toBe(host('out/新しい.txt'));
    denied(() => p().resolve('/out/' + 'x'.repeat(256), 'create'), 'OSError', /^\[Errno 36\] File name too long/);
    denied(() => p().resolve('/out/' + 'é'.repeat(128), 'create'), 'OSError', /Errno 36/); // 256 UTF-8 bytes
    denied(() => p().resolve('/out/' + 'a/'.repeat(3000), 'create'), 'OSError', /Errno 36/);
  });
});

describe('symlinks', () => {
  const p = () => policy();
  const reading: Access[] = ['read', 'list', 'stat'];

  it('follows symlinks that stay inside the mount', () => {
    expect(p().resolve('/data/in-link', 'read').hostPath).toBe(host('data/a.txt'));
    expect(p().resolve('/data/chain', 'read').hostPath).toBe(host('data/a.txt'));
    expect(p().resolve('/data/in-dir-link/b.txt', 'read').hostPath).toBe(host('data/sub/b.txt'));
    expect(p().resolve('/data/in-dir-link', 'list').hostPath).toBe(host('data/sub'));
    expect(p().resolve('/out/link-in', 'write').hostPath).toBe(host('out/existing.txt'));
    expect(p().listDir('/data/in-dir-link')).toEqual(['b.txt', 'deep']);
  });

  it('refuses a file symlink leading out, for every access', () => {
    for (const access of reading) {
      for (const v of ['/data/out-link', '/data/out-rel', '/data/sib-file']) {
        const e = denied(() => p().resolve(v, access), 'PermissionError', `read access to '${v}' is not allowed: it leads outside '/data'`);
        expect(e.reason).toBe('outside-mount');
        expect(e.hint).toBeUndefined();
      }
    }
    for (const access of ['write', 'create', 'delete'] as Access[]) {
      denied(() => p().resolve('/out/link-out', access), 'PermissionError', "write access to '/out/link-out' is not allowed: it leads outside '/out'");
    }
    denied(() => p().openFile('/out/link-out', 'w'), 'PermissionError', /leads outside/);
    denied(() => p().openFile('/out/link-out', 'a'), 'PermissionError', /leads outside/);
    denied(() => p().openFile('/data/out-link', 'r'), 'PermissionError', /leads outside/);
    expect(fs.readFileSync(host('secret/s.txt'), 'utf8')).toBe('TOP SECRET');
  });

  it('refuses a symlinked directory in the middle of the path, existing or not (no existence oracle)', () => {
    for (const access of reading) {
      denied(() => p().resolve('/data/out-dir/s.txt', access), 'PermissionError', /leads outside '\/data'$/);
      denied(() => p().resolve('/data/out-dir/missing.txt', access), 'PermissionError', /leads outside '\/data'$/);
      denied(() => p().resolve('/data/out-dir/missing/deeper', access), 'PermissionError', /leads outside/);
      denied(() => p().resolve('/data/out-dir', access), 'PermissionError', /leads outside/);
      denied(() => p().resolve('/data/sib/c.txt', access), 'PermissionError', /leads outside/); // root/data2 shares root/data's prefix
    }
    for (const access of ['write', 'create'] as Access[]) {
      denied(() => p().resolve('/out/dir-out/new.txt', access), 'PermissionError', "write access to '/out/dir-out/new.txt' is not allowed: it leads outside '/out'");
      denied(() => p().resolve('/out/dir-out/inner/x', access), 'PermissionError', /leads outside/);
    }
    denied(() => p().resolve('/out/dir-out/s.txt', 'delete'), 'PermissionError', /leads outside/);
    denied(() => p().listDir('/data/out-dir'), 'PermissionError', /leads outside/);
    expect(fs.existsSync(host('secret/new.txt'))).toBe(false);
  });

  it('refuses a path that leaves the mount and comes back only by its real target', () => {
    // data/back-in → secret/back → data/a.txt: the real path is inside, and that is what is opened
    expect(p().resolve('/data/back-in', 'read').hostPath).toBe(host('data/a.txt'));
  });

  it('refuses dangling symlinks: writing through one would create a file outside', () => {
    for (const v of ['/data/dangling-out', '/data/dangling-in']) {
      for (const access of reading) {
        denied(() => p().resolve(v, access), 'PermissionError', `read access to '${v}' is not allowed: a symbolic link on the path is broken`);
      }
      denied(() => p().resolve(v + '/x', 'read'), 'PermissionError', /broken/);
    }
    for (const access of ['write', 'create', 'delete'] as Access[]) {
      denied(() => p().resolve('/out/dangling-out', access), 'PermissionError', /broken$/);
      denied(() => p().resolve('/out/dangling-in', access), 'PermissionError', /broken$/);
    }
    denied(() => p().openFile('/out/dangling-out', 'w'), 'PermissionError', /broken/);
    denied(() => p().openFile('/out/dangling-out', 'x'), 'PermissionError', /broken/);
    expect(fs.existsSync(host('secret/created-by-script.txt'))).toBe(false);
    expect(fs.existsSync(host('out/new-through-link.txt'))).toBe(false);
  });

  it('reports a symlink loop as CPython does, without host paths', () => {
    for (const access of reading) {
      denied(() => p().resolve('/data/loop1', access), 'OSError', "[Errno 40] Too many levels of symbolic links: '/data/loop1'");
    }
    fs.symlinkSync('loop-b', host('out/loop-a'));
    fs.symlinkSync('loop-a', host('out/loop-b'));
    for (const access of ['write', 'create', 'delete'] as Access[]) {
      denied(() => policy().resolve('/out/loop-a', access), 'OSError', "[Errno 40] Too many levels of symbolic links: '/out/loop-a'");
    }
    denied(() => p().resolve('/data/loop1/x', 'stat'), 'OSError', /Errno 40/);
  });

  it('deleting a symlink inside removes the link, not its target', () => {
    const q = policy();
    fs.symlinkSync('existing.txt', host('out/to-delete'));
    const r = q.resolve('/out/to-delete', 'delete');
    expect(r.hostPath).toBe(host('out/to-delete'));
    fs.unlinkSync(r.hostPath);
    expect(fs.readFileSync(host('out/existing.txt'), 'utf8')).toBe('old contents');
  });
});

describe('entries that exist or not', () => {
  const p = () => policy();

  it('read/list/delete need an existing entry; write/create need an existing parent', () => {
    denied(() => p().resolve('/data/nope.txt', 'read'), 'FileNotFoundError', "[Errno 2] No such file or directory: '/data/nope.txt'");
    denied(() => p().resolve('nope.txt', 'read', '/data'), 'FileNotFoundError', "[Errno 2] No such file or directory: 'nope.txt'");
    denied(() => p().resolve('/data/nope', 'list'), 'FileNotFoundError');
    denied(() => p().resolve('/out/nope', 'delete'), 'FileNotFoundError');
    denied(() => p().resolve('/out/no-dir/x.txt', 'write'), 'FileNotFoundError', "[Errno 2] No such file or directory: '/out/no-dir/x.txt'");
    expect(p().resolve('/out/no-dir/x.txt', 'stat').exists).toBe(false);
    denied(() => p().resolve('/data/a.txt/x', 'read'), 'NotADirectoryError', "[Errno 20] Not a directory: '/data/a.txt/x'");
    denied(() => p().resolve('/out/existing.txt/x', 'create'), 'NotADirectoryError');
  });

  it('protects mount roots', () => {
    denied(() => p().resolve('/out', 'delete'), 'PermissionError', "write access to '/out' is not allowed: it is a mount point");
    denied(() => p().resolve('/out', 'create'), 'FileExistsError', "[Errno 17] File exists: '/out'");
    denied(() => p().resolve('/out/', 'write'), 'IsADirectoryError', "[Errno 21] Is a directory: '/out/'");
    expect(p().resolve('/out', 'stat').exists).toBe(true);
  });

  it('does not touch the file system outside mounts (no oracle)', () => {
    // /etc/passwd exists and /etc/nope does not: both get the same refusal
    const a = denied(() => p().resolve('/etc/passwd', 'stat'), 'PermissionError');
    const b = denied(() => p().resolve('/etc/nope', 'stat'), 'PermissionError');
    expect(a.detail.replace('passwd', 'nope')).toBe(b.detail);
  });
});

describe('openFile and listDir', () => {
  const p = () => policy();

  it('opens for reading and writing with Python modes', () => {
    const q = p();
    const r = q.openFile('/data/sub/b.txt', 'rb');
    expect(fs.readFileSync(r.fd, 'utf8')).toBe('beta');
    fs.closeSync(r.fd);

    const w = q.openFile('/out/fresh.txt', 'w');
    fs.writeSync(w.fd, 'hello');
    fs.closeSync(w.fd);
    expect(w.resolved).toMatchObject({ virtualPath: '/out/fresh.txt', exists: false });
    const a = q.openFile('/out/fresh.txt', 'a');
    fs.writeSync(a.fd, ' world');
    fs.closeSync(a.fd);
    expect(fs.readFileSync(host('out/fresh.txt'), 'utf8')).toBe('hello world');
    const t = q.openFile('/out/fresh.txt', 'w');
    fs.closeSync(t.fd);
    expect(fs.readFileSync(host('out/fresh.txt'), 'utf8')).toBe('');
    denied(() => q.openFile('/out/fresh.txt', 'x'), 'FileExistsError', "[Errno 17] File exists: '/out/fresh.txt'");
    const l = q.openFile('/out/link-in', 'w'); // a symlink inside: writes its target
    fs.writeSync(l.fd, 'via link');
    fs.closeSync(l.fd);
    expect(fs.readFileSync(host('out/existing.txt'), 'utf8')).toBe('via link');
    expect(fs.lstatSync(host('out/link-in')).isSymbolicLink()).toBe(true);
  });

  it('refuses directories, FIFOs and bad modes', () => {
    denied(() => p().openFile('/data/sub', 'r'), 'IsADirectoryError', "[Errno 21] Is a directory: '/data/sub'");
    denied(() => p().openFile('/out/dir', 'w'), 'IsADirectoryError');
    if (fs.existsSync(host('data/fifo'))) {
      expect(fs.statSync(host('data/fifo')).isFIFO()).toBe(true);
      denied(() => p().openFile('/data/fifo', 'r'), 'PermissionError', "read access to '/data/fifo' is not allowed: not a regular file");
    }
    for (const bad of ['', 'rw', 'rr', 'q', 'r++', 'bt', 'rbt', 'U']) {
      denied(() => p().openFile('/data/a.txt', bad), 'ValueError', `invalid mode: ${pyRepr(bad)}`);
    }
    denied(() => p().openFile('/data/a.txt', 1), 'TypeError');
    expect(parseMode('r+b')).toEqual({ read: true, write: true, create: false, exclusive: false, truncate: false, append: false, binary: true });
    expect(parseMode('x')).toMatchObject({ create: true, exclusive: true, read: false });
  });

  it('lists directories sorted, refusing what resolve refuses', () => {
    expect(p().listDir('/data/sub')).toEqual(['b.txt', 'deep']);
    expect(p().listDir('/data')).toContain('out-link'); // links are listed; following them is what is checked
    denied(() => p().listDir('/data/a.txt'), 'NotADirectoryError', "[Errno 20] Not a directory: '/data/a.txt'");
    denied(() => p().listDir('/secret'), 'PermissionError', /--allow-read=\/secret$/);
  });
});

describe('races (TOCTOU)', () => {
  it('a final component swapped for a symlink after resolution is not followed (O_NOFOLLOW)', () => {
    const q = policy();
    fs.writeFileSync(host('out/swap.txt'), 'x');
    const r = q.resolve('/out/swap.txt', 'write');
    fs.unlinkSync(host('out/swap.txt'));
    fs.symlinkSync(host('secret/s.txt'), host('out/swap.txt'));
    denied(() => q.openResolved(r, 'w'), 'PermissionError', "write access to '/out/swap.txt' is not allowed: it leads outside '/out'");
    expect(fs.readFileSync(host('secret/s.txt'), 'utf8')).toBe('TOP SECRET');
  });

  it('a directory swapped for a symlink after resolution is caught by the check on the opened fd', () => {
    const q = policy();
    fs.mkdirSync(host('data/swapdir'));
    fs.writeFileSync(host('data/swapdir/s.txt'), 'inside');
    const r = q.resolve('/data/swapdir/s.txt', 'read');
    fs.rmSync(host('data/swapdir'), { recursive: true });
    fs.symlinkSync(host('secret'), host('data/swapdir'));
    if (process.platform === 'linux') {
      denied(() => q.openResolved(r, 'r'), 'PermissionError', /leads outside '\/data'$/);
    }
    const rd = q.resolve('/data/sub', 'list');
    expect(rd.hostPath).toBe(host('data/sub'));
    fs.unlinkSync(host('data/swapdir'));
  });
});

describe('write quota', () => {
  it('charges per run, refuses over the quota with CPython wording, and takes nothing when refusing', () => {
    const q = FsPolicy.create({ writeQuotaBytes: 1000 });
    const s = q.session();
    expect(s).toBeInstanceOf(WriteQuota);
    expect(s.remaining).toBe(1000);
    s.charge(600, '/out/a');
    s.charge(0);
    expect(s.used).toBe(600);
    const e = denied(() => s.charge(401, '/out/a'), 'OSError', "[Errno 122] Disk quota exceeded: '/out/a'");
    expect(e.errno).toBe(122);
    expect(e.reason).toBe('quota');
    expect(s.remaining).toBe(400);
    s.charge(400);
    expect(s.remaining).toBe(0);
    denied(() => s.charge(1), 'OSError', '[Errno 122] Disk quota exceeded');
    denied(() => s.chargeEntry('/out/d'), 'OSError', /Disk quota exceeded: '\/out\/d'$/);
    expect(() => s.charge(-1)).toThrow(TypeError);
    expect(() => s.charge(0.5)).toThrow(TypeError);
    // a new run starts from zero
    expect(q.session().remaining).toBe(1000);
    expect(FsPolicy.create().session().limit).toBe(64 * 1024 * 1024);
    const inf = FsPolicy.create({ writeQuotaBytes: Infinity }).session();
    inf.charge(2 ** 52);
    expect(inf.remaining).toBe(Infinity);
  });
});

describe('list-of-paths mounts (paths appear as themselves)', () => {
  it('mounts each path at its own absolute path, relative ones against baseDir', () => {
    const q = FsPolicy.create({ read: ['data'], write: [path.join(root, 'out')], baseDir: root });
    const v = path.join(root, 'data', 'a.txt');
    expect(q.resolve(v, 'read').hostPath).toBe(host('data/a.txt'));
    expect(q.resolve(path.join(root, 'out', 'n.txt'), 'create').exists).toBe(false);
    // siblings sharing the prefix are still outside
    const sib = path.join(root, 'data2', 'c.txt');
    const e = (() => {
      try {
        q.resolve(sib, 'read');
      } catch (err) {
        return err as PolicyDenied;
      }
      throw new Error('expected a denial');
    })();
    expect(e.message).toBe(`read access to '${sib}' is not allowed; run again with --allow-read=${path.join(root, 'data2')}`);
    expect(() => q.resolve(path.join(root, 'data', 'out-link'), 'read')).toThrow(/leads outside/);
    expect(() => q.resolve(path.join(root, 'data', 'a.txt'), 'write')).toThrow(/--allow-write=/);
  });
});

describe('errors from node:fs', () => {
  it('are mapped to virtual paths only', () => {
    let raw: unknown;
    try {
      fs.readFileSync(host('data/nope'));
    } catch (e) {
      raw = e;
    }
    expect(String(raw)).toContain(realRoot);
    denied(() => {
      throw fromSystemError(raw, '/data/nope');
    }, 'FileNotFoundError', "[Errno 2] No such file or directory: '/data/nope'");
    denied(() => {
      throw fromSystemError(Object.assign(new Error(`EXDEV ${realRoot}`), { code: 'EXDEV' }), '/out/a', '/data/b');
    }, 'OSError', "[Errno 18] Invalid cross-device link: '/out/a' -> '/data/b'");
    denied(() => {
      throw fromSystemError(new Error(`weird ${realRoot}`), '/out/a');
    }, 'OSError', "[Errno 5] Input/output error: '/out/a'");
    denied(() => {
      throw fromSystemError(Object.assign(new Error(realRoot), { code: 'EACCES' }), "/out/it's");
    }, 'PermissionError', `[Errno 13] Permission denied: "/out/it's"`);
  });

  it('pyRepr quotes as CPython does', () => {
    expect(pyRepr('a')).toBe("'a'");
    expect(pyRepr("it's")).toBe(`"it's"`);
    expect(pyRepr(`it's "x"`)).toBe(`'it\\'s "x"'`);
    expect(pyRepr('a\nb\x7f\t')).toBe("'a\\nb\\x7f\\t'");
    expect(pyRepr('名前')).toBe("'名前'");
  });
});
