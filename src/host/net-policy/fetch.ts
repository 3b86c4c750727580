// A fetch that enforces a NetPolicy: every URL, including each redirect's Location, is checked
// before any connection is made; redirects are followed by hand; the body is capped while it
// streams; one timer covers the whole exchange. The result is plain copied data.

import { NetError } from './errors.js';
import type { NetPolicy, NetTarget } from './policy.js';

export interface NetRequest {
  /** Any token method except CONNECT/TRACE/TRACK; default GET. Standard methods are upper-cased. */
  readonly method?: string;
  /** Header pairs or a record. Host, Content-Length and hop-by-hop headers are refused. */
  readonly headers?: Iterable<readonly [string, string]> | Readonly<Record<string, string>>;
  /** Sent as is (a string as UTF-8). Not allowed with GET or HEAD. */
  readonly body?: Uint8Array | string | null;
}

export interface NetCaps {
  /** Decoded response body bytes; exceeding them aborts the connection. Default 10 MiB. */
  readonly maxResponseBytes?: number;
  /** Wall clock for the whole exchange, redirects and body included. Default 30 s. */
  readonly timeoutMs?: number;
  /** Redirects followed before TooManyRedirects. Default 30 (as requests). 0 refuses any redirect. */
  readonly maxRedirects?: number;
  /** Cancels the exchange (e.g. the run's signal). */
  readonly signal?: AbortSignal;
}

export interface NetResponse {
  readonly status: number;
  readonly statusText: string;
  /** Lowercase names in order; Set-Cookie stays one pair per cookie, other repeats are joined with ', '. */
  readonly headers: [string, string][];
  readonly body: Uint8Array;
  /** The final URL, after redirects. */
  readonly url: string;
  /** How many redirects were followed. */
  readonly redirects: number;
}

export const DEFAULT_NET_CAPS = Object.freeze({ maxResponseBytes: 10 * 1024 * 1024, timeoutMs: 30_000, maxRedirects: 30 });

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const STANDARD_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
const REFUSED_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);
/** Headers the host sets itself, or that would let a script steer the connection. */
const REFUSED_HEADERS = new Set([
  'host', 'content-length', 'connection', 'keep-alive', 'proxy-connection', 'transfer-encoding',
  'te', 'trailer', 'upgrade', 'expect', 'proxy-authorization', 'proxy-authenticate',
]);
/** Dropped when a redirect turns the request into a GET without body (as fetch does). */
const BODY_HEADERS = new Set(['content-type', 'content-encoding', 'content-language', 'content-location']);
/** Dropped when a redirect leaves the origin (fetch drops Authorization; requests also Cookie). */
const CREDENTIAL_HEADERS = new Set(['authorization', 'cookie']);
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/**
 * Performs one HTTP exchange the policy allows. Rejects with a NetError (see errors.ts) for every
 * refusal and failure; rejects with a TypeError only for bad `caps` (a host bug).
 */
export async function policyFetch(policy: NetPolicy, url: string, request: NetRequest = {}, caps: NetCaps = {}): Promise<NetResponse> {
  const limits = resolveCaps(caps);
  const first = policy.check(url);
  let target = first;
  let method = normaliseMethod(request.method);
  let headers = normaliseHeaders(request.headers);
  let body: Uint8Array | null = request.body == null ? null : typeof request.body === 'string' ? new TextEncoder().encode(request.body) : new Uint8Array(request.body);
  if (body !== null && (method === 'GET' || method === 'HEAD')) {
    throw new NetError('ValueError', `a ${method} request cannot have a body`);
  }
  const shown = first.grant;

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, limits.timeoutMs);
  const external = caps.signal;
  const onAbort = (): void => controller.abort();
  if (external?.aborted) controller.abort();
  external?.addEventListener('abort', onAbort, { once: true });

  try {
    for (let redirects = 0; ; redirects++) {
      const res = await fetch(target.href, {
        method,
        headers,
        body,
        redirect: 'manual',
        signal: controller.signal,
      });
      const location = REDIRECTS.has(res.status) ? res.headers.get('location') : null;
      if (location === null) {
        const bytes = await readCapped(res, limits.maxResponseBytes, controller, shown);
        return {
          status: res.status,
          statusText: res.statusText,
          headers: [...res.headers].map(([k, v]) => [k, v]),
          body: bytes,
          url: target.href,
          redirects,
        };
      }
      await res.body?.cancel().catch(() => undefined);
      if (redirects >= limits.maxRedirects) {
        throw new NetError('TooManyRedirects', `Exceeded ${limits.maxRedirects} redirects.`);
      }
      let resolved: string;
      try {
        resolved = new URL(location, target.href).href;
      } catch {
        throw new NetError('InvalidURL', `redirect from '${target.grant}' to an invalid URL`);
      }
      const next: NetTarget = policy.checkRedirect(resolved, target);
      if ((res.status === 303 && method !== 'GET' && method !== 'HEAD') || ((res.status === 301 || res.status === 302) && method === 'POST')) {
        method = 'GET';
        body = null;
        headers = headers.filter(([k]) => !BODY_HEADERS.has(k));
      }
      if (origin(next) !== origin(target)) headers = headers.filter(([k]) => !CREDENTIAL_HEADERS.has(k));
      target = next;
    }
  } catch (err) {
    if (!controller.signal.aborted) controller.abort(); // frees a connection whose body nobody read
    if (timedOut) throw new NetError('Timeout', `request to '${shown}' timed out after ${limits.timeoutMs} ms`);
    if (external?.aborted) throw new NetError('ConnectionError', `request to '${shown}' was cancelled`);
    if (err instanceof NetError) throw err;
    throw new NetError('ConnectionError', `request to '${shown}' failed: ${describe(err)}`);
  } finally {
    clearTimeout(timer);
    external?.removeEventListener('abort', onAbort);
  }
}

async function readCapped(res: Response, max: number, controller: AbortController, shown: string): Promise<Uint8Array> {
  const tooLarge = (): NetError => new NetError('ContentTooLarge', `response from '${shown}' is larger than the limit of ${max} bytes`);
  // fetch decodes gzip/deflate/br, so a declared length only says something about plain bodies;
  // decoded bytes are what is counted below (a compression bomb stops at the cap).
  const declared = res.headers.get('content-encoding') === null ? res.headers.get('content-length') : null;
  if (declared !== null && /^\d+$/.test(declared) && Number(declared) > max) {
    controller.abort();
    throw tooLarge();
  }
  if (res.body === null) return new Uint8Array(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      controller.abort();
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function resolveCaps(caps: NetCaps): { maxResponseBytes: number; timeoutMs: number; maxRedirects: number } {
  const out: { maxResponseBytes: number; timeoutMs: number; maxRedirects: number } = { ...DEFAULT_NET_CAPS };
  for (const key of Object.keys(DEFAULT_NET_CAPS) as (keyof typeof DEFAULT_NET_CAPS)[]) {
    const v = caps[key];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) throw new TypeError(`net caps: ${key} must be a non-negative integer`);
    out[key] = v;
  }
  if (out.timeoutMs < 1 || out.timeoutMs > MAX_TIMEOUT_MS) throw new TypeError(`net caps: timeoutMs must be between 1 and ${MAX_TIMEOUT_MS}`);
  return out;
}

function normaliseMethod(method: unknown): string {
  if (method === undefined) return 'GET';
  if (typeof method !== 'string' || !TOKEN.test(method)) throw new NetError('ValueError', 'invalid HTTP method');
  const upper = method.toUpperCase();
  if (REFUSED_METHODS.has(upper)) throw new NetError('PermissionError', `HTTP method '${upper}' is not allowed`);
  return STANDARD_METHODS.has(upper) ? upper : method;
}

function normaliseHeaders(input: NetRequest['headers']): [string, string][] {
  if (input == null) return [];
  const pairs: Iterable<readonly [unknown, unknown]> =
    typeof (input as Iterable<unknown>)[Symbol.iterator] === 'function' ? (input as Iterable<readonly [string, string]>) : Object.entries(input);
  const out: [string, string][] = [];
  for (const pair of pairs) {
    if (!Array.isArray(pair) || pair.length !== 2) throw new NetError('ValueError', 'headers must be name/value pairs');
    const [name, value] = pair as [unknown, unknown];
    if (typeof name !== 'string' || !TOKEN.test(name)) throw new NetError('ValueError', 'invalid header name');
    if (typeof value !== 'string' || /[\r\n\0]/.test(value)) throw new NetError('ValueError', `invalid value for header '${name}'`);
    const lower = name.toLowerCase();
    if (REFUSED_HEADERS.has(lower) || lower.startsWith('proxy-')) throw new NetError('PermissionError', `header '${name}' cannot be set by a script`);
    out.push([lower, value.trim()]);
  }
  return out;
}

function origin(t: NetTarget): string {
  return `${t.protocol}//${t.host}:${t.port}`;
}

/** A fixed description of a network failure: never the resolved address or a host stack. */
function describe(err: unknown): string {
  const code = errorCode(err);
  switch (code) {
    case 'ECONNREFUSED': return 'connection refused';
    case 'ECONNRESET': case 'UND_ERR_SOCKET': return 'connection reset';
    case 'ENOTFOUND': case 'EAI_AGAIN': return 'host name not resolved';
    case 'ETIMEDOUT': case 'UND_ERR_CONNECT_TIMEOUT': return 'connection timed out';
    case 'EHOSTUNREACH': case 'ENETUNREACH': return 'host unreachable';
    case 'UND_ERR_HEADERS_OVERFLOW': return 'response headers too large';
    default:
      if (code !== null && /CERT|SSL|TLS/.test(code)) return 'TLS certificate or handshake error';
      return 'connection error';
  }
}

function errorCode(err: unknown): string | null {
  for (let e: unknown = err, i = 0; e !== null && typeof e === 'object' && i < 5; e = (e as { cause?: unknown }).cause, i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return null;
}
