// The network allowlist: which hosts and ports a script may reach. Decisions are made here, on the
// host, on strings copied out of the isolate. URLs are parsed exactly as `fetch` parses them
// (WHATWG `URL`), so what is checked is what is fetched. See docs/host-net.md for the rules.

import { isIP } from 'node:net';
import { NetError } from './errors.js';

/** What `check` returns: the URL to fetch (trailing dot removed) and the matched host and port. */
export interface NetTarget {
  /** The URL to request, as a string: WHATWG-serialised, the host without its trailing dot. */
  readonly href: string;
  /** The host as compared: lowercase, IDNA (punycode), no trailing dot; IPv6 in brackets. */
  readonly host: string;
  /** The port the request goes to (80/443 when the URL names none). */
  readonly port: number;
  /** `host` or `host:port` (port only when not the scheme's default): the grant that allows it. */
  readonly grant: string;
  /** 'http:' or 'https:'. */
  readonly protocol: 'http:' | 'https:';
}

export interface NetPolicyOptions {
  /** Entries that win over the allowlist: `host` denies every port of host, `host:port` that port. */
  readonly deny?: readonly string[];
}

interface Entry {
  readonly host: string;
  /** null: no port written (allow: the scheme's default port; deny: every port). */
  readonly port: number | null;
}

const MAX_SHOWN = 120;
/** `ports` of a host: the listed ports, plus DEFAULT when an entry named the host without one. */
const DEFAULT = 'default';

export class NetPolicy {
  readonly #allowAll: boolean;
  readonly #allow = new Map<string, Set<number | typeof DEFAULT>>();
  readonly #deny = new Map<string, Set<number | typeof DEFAULT>>();

  private constructor(allow: readonly string[] | true, deny: readonly string[]) {
    this.#allowAll = allow === true;
    if (allow !== true) for (const e of allow) add(this.#allow, parseEntry(e, 'allow'));
    for (const e of deny) add(this.#deny, parseEntry(e, 'deny'));
  }

  /**
   * A policy from `allow.net` entries: `host`, `host:port`, an IPv4 address, `[IPv6]`, each
   * optionally with `:port`. `true` allows every host and port (http/https only, no userinfo).
   * Throws a TypeError naming the first bad entry. An empty list denies everything.
   */
  static create(allow: readonly string[] | true, options: NetPolicyOptions = {}): NetPolicy {
    if (allow !== true && !Array.isArray(allow)) throw new TypeError('allow.net must be an array of host or host:port strings, or true');
    const deny = options.deny ?? [];
    if (!Array.isArray(deny)) throw new TypeError('deny.net must be an array of host or host:port strings');
    return new NetPolicy(allow, deny);
  }

  /** Whether any network access is possible at all (the bridge offers `requests` only then). */
  get enabled(): boolean {
    return this.#allowAll || this.#allow.size > 0;
  }

  /**
   * Checks a URL the script wrote. Returns what to fetch, or throws a NetError: InvalidURL,
   * MissingSchema, InvalidSchema, or PermissionError (userinfo, host or port not listed, denied).
   */
  check(input: string): NetTarget {
    return this.#check(input, null);
  }

  /** Checks a redirect's Location (already resolved against `from`'s URL); messages say so. */
  checkRedirect(location: string, from: NetTarget): NetTarget {
    return this.#check(location, from);
  }

  #check(input: string, from: NetTarget | null): NetTarget {
    if (typeof input !== 'string') throw new NetError('InvalidURL', 'URL must be a string');
    const shown = clip(input);
    let url: URL;
    try {
      url = new URL(input);
    } catch {
      if (from === null && !/^[a-z][a-z0-9+.-]*:/i.test(input.trim()) && canParse(`http://${input}`)) {
        throw new NetError('MissingSchema', `Invalid URL '${shown}': No scheme supplied. Perhaps you meant https://${shown}?`);
      }
      throw new NetError('InvalidURL', from === null ? `Invalid URL '${shown}'` : `redirect from '${from.grant}' to an invalid URL`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      const scheme = clip(rawScheme(input) ?? url.protocol.slice(0, -1));
      throw new NetError('InvalidSchema', from === null
        ? `URL scheme '${scheme}' is not supported (only http and https): '${shown}'`
        : `redirect from '${from.grant}' to a '${scheme}' URL is not allowed (only http and https)`);
    }
    const written = from === null ? clip(rawAuthority(input) ?? url.host) : url.host;
    if (url.username !== '' || url.password !== '') {
      throw new NetError('PermissionError', `network access to '${written}' with credentials in the URL (user:password@) is not allowed`);
    }
    let host = url.hostname;
    if (host === '') throw new NetError('InvalidURL', `Invalid URL '${shown}': No host supplied`);
    if (host.endsWith('.')) {
      host = host.slice(0, -1);
      url.hostname = host;
    }
    const protocol = url.protocol;
    const explicitPort = url.port === '' ? null : Number(url.port);
    const port = explicitPort ?? (protocol === 'https:' ? 443 : 80);
    const grant = explicitPort === null ? host : `${host}:${explicitPort}`;
    const target: NetTarget = { href: url.href, host, port, grant, protocol };
    const what = from === null ? `network access to '${written}'` : `redirect from '${from.grant}' to '${grant}'`;

    const denied = this.#deny.get(host);
    if (denied !== undefined && (denied.has(DEFAULT) || denied.has(port))) {
      throw new NetError('PermissionError', `${what} is denied`);
    }
    if (this.#allowAll) return target;
    const ports = this.#allow.get(host);
    if (ports !== undefined && (ports.has(port) || (explicitPort === null && ports.has(DEFAULT)))) return target;
    const why = isIpLiteral(host) ? ' (IP addresses must be listed as such)' : '';
    throw new NetError('PermissionError', `${what} is not allowed${why}; run again with --allow-net=${grant}`);
  }
}

function add(map: Map<string, Set<number | typeof DEFAULT>>, entry: Entry): void {
  let ports = map.get(entry.host);
  if (ports === undefined) map.set(entry.host, (ports = new Set()));
  ports.add(entry.port ?? DEFAULT);
}

/** Parses one allow/deny entry, normalising the host exactly as a URL's host is normalised. */
function parseEntry(entry: unknown, list: 'allow' | 'deny'): Entry {
  const bad = (why: string): TypeError => new TypeError(`${list}.net entry ${JSON.stringify(entry)}: ${why}`);
  if (typeof entry !== 'string') throw bad('must be a string');
  const text = entry.trim();
  if (text === '') throw bad('is empty');
  if (text.includes('*')) throw bad('wildcards are not supported; list each host');
  if (/[\s/\\?#@%]/.test(text)) throw bad('must be host or host:port, without scheme, path or credentials');
  const m = /^(\[[^\]]*\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(text);
  if (m === null) {
    throw bad(/^[^[]*:.*:/.test(text) ? 'IPv6 addresses must be in brackets: [::1] or [::1]:8080' : 'must be host or host:port');
  }
  const port = m[2] === undefined ? null : Number(m[2]);
  if (port !== null && (port < 1 || port > 65535)) throw bad('port must be between 1 and 65535');
  let host: string;
  try {
    host = new URL(`http://${m[1]}/`).hostname;
  } catch {
    throw bad('is not a valid host name or IP address');
  }
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (host === '' || host.endsWith('.')) throw bad('is not a valid host name');
  return { host, port };
}

function canParse(input: string): boolean {
  try {
    return new URL(input).hostname !== '';
  } catch {
    return false;
  }
}

/** Whether a compared host is an IP literal (dotted-quad after WHATWG parsing, or [IPv6]). */
export function isIpLiteral(host: string): boolean {
  return isIP(host.startsWith('[') ? host.slice(1, -1) : host) !== 0;
}

/** Shortens what the script wrote for a message, and makes control characters visible. */
function clip(text: string): string {
  // eslint-disable-next-line no-control-regex
  const visible = text.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return visible.length > MAX_SHOWN ? `${visible.slice(0, MAX_SHOWN)}…` : visible;
}

function rawScheme(input: string): string | null {
  return /^[\u0000-\u0020]*([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(input)?.[1] ?? null;
}

/**
 * The host[:port] as the script wrote it, for messages only (WHATWG would show `0x7f.1` as
 * `127.0.0.1`). Mirrors the parser's authority split for http(s): skip slashes and backslashes
 * after the scheme, stop at / \ ? #, drop userinfo up to the last '@'. Never used for decisions.
 */
function rawAuthority(input: string): string | null {
  const s = input.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  const m = /^[a-zA-Z][a-zA-Z0-9+.-]*:[/\\]*([^/\\?#]*)/.exec(s);
  if (m === null || m[1] === undefined) return null;
  const authority = m[1];
  const at = authority.lastIndexOf('@');
  const hostPort = at === -1 ? authority : authority.slice(at + 1);
  return hostPort === '' ? null : hostPort;
}
