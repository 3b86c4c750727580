// The host-side network policy and the policy-enforcing fetch (src/host/net-policy.ts), against
// real HTTP servers on loopback. `localhost:<port>` is listed; a second server on another port is
// not, and must never receive a request it was not granted.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NetError, NetPolicy, isNetDenied, policyFetch, type NetErrorType } from '../../src/host/net-policy.js';
import { startServer, type TestServer } from './net-policy-server.js';

let main: TestServer;
let other: TestServer;
let P: number;
let Q: number;
let policy: NetPolicy;

beforeAll(async () => {
  main = await startServer();
  other = await startServer();
  P = main.port;
  Q = other.port;
  policy = NetPolicy.create([`localhost:${P}`, 'api.example.com', 'xn--bcher-kva.example']);
});
afterAll(async () => {
  await main.close();
  await other.close();
});
beforeEach(() => {
  main.seen.length = 0;
  other.seen.length = 0;
});

/** The NetError a call throws (sync or async), checked for its Python type. */
async function failure(fn: () => unknown, pyType: NetErrorType): Promise<NetError> {
  let caught: unknown;
  try {
    await fn();
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(NetError);
  const err = caught as NetError;
  expect({ pyType: err.pyType, message: err.message }).toMatchObject({ pyType });
  return err;
}

const text = (body: Uint8Array): string => new TextDecoder().decode(body);
const echoed = (body: Uint8Array): { method: string; url: string; headers: Record<string, string>; body: string } => JSON.parse(text(body));

describe('NetPolicy.create', () => {
  it('normalises entries as URL hosts are normalised (case, one trailing dot, IDNA, IPv4 spellings)', () => {
    expect(NetPolicy.create(['API.Example.COM.']).check('http://api.example.com/').host).toBe('api.example.com');
    expect(NetPolicy.create(['BÜCHER.example']).check('https://xn--bcher-kva.example/').host).toBe('xn--bcher-kva.example');
    expect(NetPolicy.create(['[::1]:8080']).check('http://[0:0::1]:8080/').host).toBe('[::1]');
    expect(NetPolicy.create(['0x7f.1:8080']).check('http://127.0.0.1:8080/').host).toBe('127.0.0.1');
    expect(NetPolicy.create(['[::ffff:127.0.0.1]']).check('http://[::ffff:7f00:1]/').host).toBe('[::ffff:7f00:1]');
    expect(NetPolicy.create([' api.example.com ']).check('http://api.example.com/').host).toBe('api.example.com');
  });

  it('refuses nonsense entries with a TypeError naming the entry', () => {
    const bad: unknown[] = ['https://a.com', 'a.com/x', 'user@a.com', '*.a.com', '*', '', '   ', 'a.com:0', 'a.com:70000', 'a.com:', 'a.com:80:80',
      '::1', '[::1', 'a b.com', 'a.com?x', 'a.com#x', 'a%2ecom', 'a.com..', '.', '1.2.3.4.5', '[::1]x', 'a\\b', 42, null];
    for (const entry of bad) {
      expect(() => NetPolicy.create([entry as string]), String(entry)).toThrow(TypeError);
    }
    expect(() => NetPolicy.create(['*.a.com'])).toThrow(/wildcards are not supported/);
    expect(() => NetPolicy.create(['::1'])).toThrow(/brackets/);
    expect(() => NetPolicy.create('a.com' as unknown as string[])).toThrow(TypeError);
    expect(() => NetPolicy.create([], { deny: ['*'] })).toThrow(/deny\.net/);
  });

  it('denies everything when empty', async () => {
    const none = NetPolicy.create([]);
    expect(none.enabled).toBe(false);
    expect(policy.enabled).toBe(true);
    expect(NetPolicy.create(true).enabled).toBe(true);
    await failure(() => none.check(`http://localhost:${P}/`), 'PermissionError');
  });
});

describe('NetPolicy.check', () => {
  it('allows only http and https', async () => {
    for (const url of ['file:///etc/passwd', 'FILE:///etc/passwd', 'ftp://api.example.com/', 'javascript:alert(1)', 'data:text/plain,hi',
      'ws://api.example.com/', 'wss://api.example.com/', 'blob:http://api.example.com/x', 'gopher://api.example.com/', 'about:blank']) {
      const err = await failure(() => policy.check(url), 'InvalidSchema');
      expect(err.message).toMatch(/only http and https/);
    }
    expect((await failure(() => policy.check('FILE:///etc/passwd'), 'InvalidSchema')).message).toContain("'FILE'");
  });

  it('refuses malformed URLs as InvalidURL, and scheme-less ones as MissingSchema', async () => {
    for (const url of ['http://', 'https://', 'http://[::1', 'http://api.example.com:99999/', 'http://exa mple.com/', '', 'http://a.com:80x/',
      'http://1.2.3.4.5/', 'http://0x100000000/', 'http://[::1]x/', '::::']) {
      await failure(() => policy.check(url), 'InvalidURL');
    }
    const err = await failure(() => policy.check('api.example.com/x'), 'MissingSchema');
    expect(err.message).toBe("Invalid URL 'api.example.com/x': No scheme supplied. Perhaps you meant https://api.example.com/x?");
    await failure(() => policy.check(42 as unknown as string), 'InvalidURL');
  });

  it('refuses userinfo without echoing the credentials', async () => {
    for (const url of ['http://user:secret@api.example.com/', 'http://user@api.example.com/', 'http://:secret@api.example.com/',
      `http://localhost:${P}@evil.com/`, 'HTTP://USER:secret@API.EXAMPLE.COM/']) {
      const err = await failure(() => policy.check(url), 'PermissionError');
      expect(err.message).toMatch(/credentials in the URL/);
      expect(err.message).not.toMatch(/secret|USER|user@/);
    }
    // An empty userinfo is no userinfo: WHATWG drops it.
    expect(policy.check('http://:@api.example.com/').href).toBe('http://api.example.com/');
  });

  it('matches the host after case folding, one trailing dot and IDNA', () => {
    for (const url of ['http://API.EXAMPLE.COM/', 'http://api.example.com./', 'https://Api.Example.Com./x', 'http://ａｐｉ.ｅｘａｍｐｌｅ.ｃｏｍ/',
      'http://%61pi.example.com/', 'http://api。example。com/']) {
      const t = policy.check(url);
      expect(t.host, url).toBe('api.example.com');
      expect(t.href, url).toMatch(/^https?:\/\/api\.example\.com\//);
    }
    for (const url of ['https://BÜCHER.example/', 'https://bücher.example./', 'https://xn--bcher-kva.example/', 'https://XN--BCHER-KVA.EXAMPLE/']) {
      expect(policy.check(url).host, url).toBe('xn--bcher-kva.example');
    }
  });

  it('refuses look-alike hosts', async () => {
    for (const url of ['http://api.example.com../', 'http://api.example.com.evil.com/', 'http://evil.com/api.example.com', 'http://api-example.com/',
      'http://example.com/', 'http://sub.api.example.com/', 'http://bucher.example/', 'http://büсher.example/' /* Cyrillic с */,
      'http:///evil.com/', 'http:\\\\evil.com\\', 'http://evil.com#@api.example.com/', 'http://evil.com\\@api.example.com/',
      'http://evil%2Ecom/', 'http://api.example.com%00/']) {
      if (url.endsWith('%00/')) {
        await failure(() => policy.check(url), 'InvalidURL');
        continue;
      }
      const err = await failure(() => policy.check(url), 'PermissionError');
      expect(err.message, url).toMatch(/is not allowed; run again with --allow-net=/);
    }
    // A backslash ends the authority for http(s), so this is a path on the listed host.
    expect(policy.check(`http://localhost:${P}\\@evil.com`).href).toBe(`http://localhost:${P}/@evil.com`);
  });

  it('allows only the listed port, or the default ports when none is listed', async () => {
    expect(policy.check('http://api.example.com/')).toMatchObject({ port: 80, grant: 'api.example.com', protocol: 'http:' });
    expect(policy.check('https://api.example.com/')).toMatchObject({ port: 443, grant: 'api.example.com', protocol: 'https:' });
    expect(policy.check('http://api.example.com:80/').port).toBe(80);
    expect(policy.check('https://api.example.com:443/').port).toBe(443);
    expect((await failure(() => policy.check('https://api.example.com:80/'), 'PermissionError')).message).toBe(
      "network access to 'api.example.com:80' is not allowed; run again with --allow-net=api.example.com:80");
    await failure(() => policy.check('http://api.example.com:443/'), 'PermissionError');
    await failure(() => policy.check('http://api.example.com:8080/'), 'PermissionError');
    expect(policy.check(`http://localhost:${P}/`).port).toBe(P);
    expect(policy.check(`https://localhost:${P}/`).port).toBe(P);
    expect(policy.check(`http://localhost:0${P}/`).port).toBe(P);
    expect((await failure(() => policy.check('http://localhost/'), 'PermissionError')).message).toBe(
      "network access to 'localhost' is not allowed; run again with --allow-net=localhost");
    await failure(() => policy.check(`http://localhost:${Q}/`), 'PermissionError');
    const explicit443 = NetPolicy.create(['api.example.com:443']);
    expect(explicit443.check('https://api.example.com/').port).toBe(443);
    expect(explicit443.check('http://api.example.com:443/').port).toBe(443);
    await failure(() => explicit443.check('http://api.example.com/'), 'PermissionError');
  });

  it('refuses IP literals in any spelling unless that address is listed', async () => {
    const spellings: [string, string][] = [
      [`http://127.0.0.1:${P}/`, `127.0.0.1:${P}`],
      [`http://0x7f.1:${P}/`, `127.0.0.1:${P}`],
      [`http://2130706433:${P}/`, `127.0.0.1:${P}`],
      [`http://0177.0.0.1:${P}/`, `127.0.0.1:${P}`],
      [`http://127.1:${P}/`, `127.0.0.1:${P}`],
      [`http://0x7F000001:${P}/`, `127.0.0.1:${P}`],
      [`http://127.0.0.1.:${P}/`, `127.0.0.1:${P}`],
      [`http://[::1]:${P}/`, `[::1]:${P}`],
      [`http://[0:0:0:0:0:0:0:1]:${P}/`, `[::1]:${P}`],
      ['http://[::ffff:7f00:1]/', '[::ffff:7f00:1]'],
      [`http://[::ffff:127.0.0.1]:${P}/`, `[::ffff:7f00:1]:${P}`],
      ['http://[::]/', '[::]'],
      ['http://0/', '0.0.0.0'],
      ['http://169.254.169.254/latest/meta-data/', '169.254.169.254'],
    ];
    for (const [url, grant] of spellings) {
      const err = await failure(() => policy.check(url), 'PermissionError');
      expect(err.message, url).toContain(`(IP addresses must be listed as such); run again with --allow-net=${grant}`);
      expect(err.message, url).not.toContain('localhost');
    }
    const written = (await failure(() => policy.check(`http://0x7f.1:${P}/`), 'PermissionError')).message;
    expect(written.startsWith(`network access to '0x7f.1:${P}' is not allowed`)).toBe(true);

    const byAddress = NetPolicy.create([`127.0.0.1:${P}`]);
    for (const [url] of spellings.slice(0, 7)) expect(byAddress.check(url).host, url).toBe('127.0.0.1');
    for (const [url] of spellings.slice(7)) await failure(() => byAddress.check(url), 'PermissionError');
    await failure(() => byAddress.check(`http://localhost:${P}/`), 'PermissionError');
  });

  it('applies deny entries over allow entries, and allow-all still refuses schemes and userinfo', async () => {
    const p = NetPolicy.create(['a.com', 'a.com:8080', 'b.com'], { deny: ['a.com:8080'] });
    expect(p.check('http://a.com/').host).toBe('a.com');
    expect((await failure(() => p.check('http://A.com.:8080/'), 'PermissionError')).message).toBe("network access to 'A.com.:8080' is denied");
    const all = NetPolicy.create(true, { deny: ['b.com', '169.254.169.254'] });
    expect(all.check('http://anything.test:1234/').port).toBe(1234);
    expect(all.check('http://0x7f.1/').host).toBe('127.0.0.1');
    await failure(() => all.check('http://b.com:9999/'), 'PermissionError');
    await failure(() => all.check('http://2852039166/'), 'PermissionError'); // 169.254.169.254
    await failure(() => all.check('file:///etc/passwd'), 'InvalidSchema');
    await failure(() => all.check('http://u:p@x.test/'), 'PermissionError');
  });

  it('keeps messages to what the script wrote plus the grant', async () => {
    const long = `http://${'a'.repeat(500)}.com/`;
    const err = await failure(() => policy.check(long), 'PermissionError');
    expect(err.message.length).toBeLessThan(800);
    const ctl = await failure(() => policy.check('http://evil.com\u0001/'), 'InvalidURL');
    expect(ctl.message).toContain('\\x01');
    for (const url of ['http://evil.com/', `http://127.0.0.1:${P}/`, 'http://api.example.com:1/']) {
      const m = (await failure(() => policy.check(url), 'PermissionError')).message;
      expect(m).not.toMatch(/xn--bcher|localhost/); // never lists what is allowed
    }
    expect(isNetDenied(await failure(() => policy.check('http://evil.com/'), 'PermissionError'))).toBe(true);
    expect(isNetDenied(await failure(() => policy.check('file:///'), 'InvalidSchema'))).toBe(false);
  });
});

describe('policyFetch', () => {
  it('performs an allowed GET and returns plain copied data', async () => {
    const res = await policyFetch(policy, `http://localhost:${P}/echo?q=1`);
    expect(res.status).toBe(200);
    expect(res.statusText).toBe('Fine');
    expect(res.url).toBe(`http://localhost:${P}/echo?q=1`);
    expect(res.redirects).toBe(0);
    expect(Object.getPrototypeOf(res.body)).toBe(Uint8Array.prototype);
    expect(res.headers).toContainEqual(['x-reply', 'yes']);
    expect(res.headers.filter(([k]) => k === 'set-cookie')).toEqual([['set-cookie', 'a=1'], ['set-cookie', 'b=2']]);
    for (const pair of res.headers) {
      expect(Array.isArray(pair) && pair.length === 2 && typeof pair[0] === 'string' && typeof pair[1] === 'string').toBe(true);
    }
    const e = echoed(res.body);
    expect(e).toMatchObject({ method: 'GET', url: '/echo?q=1' });
    expect(e.headers.host).toBe(`localhost:${P}`);
  });

  it('performs a POST with body and headers (pairs or a record)', async () => {
    const res = await policyFetch(policy, `http://localhost:${P}/echo`, {
      method: 'post', headers: [['Content-Type', 'application/json'], ['X-Custom', ' v ']], body: '{"a":"ü"}',
    });
    expect(echoed(res.body)).toMatchObject({ method: 'POST', body: '{"a":"ü"}' });
    expect(echoed(res.body).headers).toMatchObject({ 'content-type': 'application/json', 'x-custom': 'v' });
    const put = await policyFetch(policy, `http://localhost:${P}/echo`, { method: 'PUT', headers: { 'x-rec': '1' }, body: new Uint8Array([104, 105]) });
    expect(echoed(put.body)).toMatchObject({ method: 'PUT', body: 'hi', headers: { 'x-rec': '1' } });
    const custom = await policyFetch(policy, `http://localhost:${P}/echo`, { method: 'PROPFIND' });
    expect(echoed(custom.body).method).toBe('PROPFIND');
  });

  it('goes to the listed name when the script writes a trailing dot or another case', async () => {
    const res = await policyFetch(policy, `http://LOCALHOST.:${P}/echo`);
    expect(res.url).toBe(`http://localhost:${P}/echo`);
    expect(echoed(res.body).headers.host).toBe(`localhost:${P}`);
  });

  it('refuses before connecting: other ports, IP spellings, bad headers and methods', async () => {
    await failure(() => policyFetch(policy, `http://localhost:${Q}/echo`), 'PermissionError');
    await failure(() => policyFetch(policy, `http://127.0.0.1:${P}/echo`), 'PermissionError');
    await failure(() => policyFetch(policy, `http://0x7f.1:${P}/echo`), 'PermissionError');
    await failure(() => policyFetch(policy, `http://2130706433:${P}/echo`), 'PermissionError');
    await failure(() => policyFetch(policy, `http://[::1]:${P}/echo`), 'PermissionError');
    await failure(() => policyFetch(policy, `http://[::ffff:7f00:1]:${P}/echo`), 'PermissionError');
    await failure(() => policyFetch(policy, `http://u:p@localhost:${P}/echo`), 'PermissionError');
    for (const h of ['Host', 'content-length', 'Transfer-Encoding', 'Connection', 'Upgrade', 'TE', 'Expect', 'Proxy-Authorization', 'proxy-x']) {
      await failure(() => policyFetch(policy, `http://localhost:${P}/echo`, { headers: [[h, 'x']] }), 'PermissionError');
    }
    await failure(() => policyFetch(policy, `http://localhost:${P}/echo`, { headers: [['X-A', 'a\r\nHost: evil.com']] }), 'ValueError');
    await failure(() => policyFetch(policy, `http://localhost:${P}/echo`, { headers: [['Bad Name', 'a']] }), 'ValueError');
    await failure(() => policyFetch(policy, `http://localhost:${P}/echo`, { headers: [['X-A', 1 as unknown as string]] }), 'ValueError');
    await failure(() => policyFetch(policy, `http://localhost:${P}/echo`, { body: 'x' }), 'ValueError');
    await failure(() => policyFetch(policy, `http://localhost:${P}/echo`, { method: 'HEAD', body: 'x' }), 'ValueError');
    await failure(() => policyFetch(policy, `http://localhost:${P}/echo`, { method: 'CONNECT' }), 'PermissionError');
    await failure(() => policyFetch(policy, `http://localhost:${P}/echo`, { method: 'trace' }), 'PermissionError');
    await failure(() => policyFetch(policy, `http://localhost:${P}/echo`, { method: 'GE T' }), 'ValueError');
    expect(main.seen).toEqual([]);
    expect(other.seen).toEqual([]);
  });

  it('validates caps with a TypeError (a host bug, not a script error)', async () => {
    await expect(policyFetch(policy, `http://localhost:${P}/echo`, {}, { timeoutMs: 0 })).rejects.toThrow(TypeError);
    await expect(policyFetch(policy, `http://localhost:${P}/echo`, {}, { maxResponseBytes: -1 })).rejects.toThrow(TypeError);
    await expect(policyFetch(policy, `http://localhost:${P}/echo`, {}, { maxRedirects: 1.5 })).rejects.toThrow(TypeError);
    expect(main.seen).toEqual([]);
  });

  describe('redirects', () => {
    const r = (status: number, to: string): string => `http://localhost:${P}/redirect?status=${status}&to=${encodeURIComponent(to)}`;

    it('follows a redirect to an allowed URL, absolute or relative', async () => {
      const abs = await policyFetch(policy, r(302, `http://localhost:${P}/echo?from=abs`));
      expect(abs).toMatchObject({ status: 200, redirects: 1, url: `http://localhost:${P}/echo?from=abs` });
      const rel = await policyFetch(policy, r(301, 'echo?from=rel'));
      expect(rel.url).toBe(`http://localhost:${P}/echo?from=rel`);
      const root = await policyFetch(policy, r(307, '/echo'));
      expect(echoed(root.body).url).toBe('/echo');
      const schemeRelative = await policyFetch(policy, r(308, `//localhost:${P}/echo`));
      expect(schemeRelative.url).toBe(`http://localhost:${P}/echo`);
      const chain = await policyFetch(policy, r(302, `/redirect?status=303&to=${encodeURIComponent('/echo?x=2')}`));
      expect(chain).toMatchObject({ redirects: 2, url: `http://localhost:${P}/echo?x=2` });
    });

    it('refuses a redirect to a host not on the list without contacting it', async () => {
      const err = await failure(() => policyFetch(policy, r(302, `http://localhost:${Q}/echo`)), 'PermissionError');
      expect(err.message).toBe(`redirect from 'localhost:${P}' to 'localhost:${Q}' is not allowed; run again with --allow-net=localhost:${Q}`);
      for (const to of [`http://127.0.0.1:${Q}/echo`, `http://127.0.0.1:${P}/echo`, `http://0x7f.1:${P}/echo`, `http://[::1]:${P}/echo`,
        `http://u:p@localhost:${P}/echo`, 'http://evil.com/', `https://localhost/echo`]) {
        await failure(() => policyFetch(policy, r(302, to)), 'PermissionError');
      }
      await failure(() => policyFetch(policy, r(302, 'file:///etc/passwd')), 'InvalidSchema');
      await failure(() => policyFetch(policy, r(302, 'javascript:alert(1)')), 'InvalidSchema');
      await failure(() => policyFetch(policy, r(302, 'http://[::1')), 'InvalidURL');
      expect(other.seen).toEqual([]);
      expect(main.seen.every((s) => s.url.startsWith('/redirect'))).toBe(true);
    });

    it('caps redirect loops', async () => {
      const err = await failure(() => policyFetch(policy, `http://localhost:${P}/loop`, {}, { maxRedirects: 5 }), 'TooManyRedirects');
      expect(err.message).toBe('Exceeded 5 redirects.');
      expect(main.seen.length).toBe(6);
      main.seen.length = 0;
      await failure(() => policyFetch(policy, r(302, '/echo'), {}, { maxRedirects: 0 }), 'TooManyRedirects');
      expect(main.seen.length).toBe(1);
      main.seen.length = 0;
      await failure(() => policyFetch(policy, `http://localhost:${P}/loop`), 'TooManyRedirects');
      expect(main.seen.length).toBe(31);
    });

    it('turns POST into GET without body on 301/302/303, keeps method and body on 307/308', async () => {
      const post = { method: 'POST', headers: [['Content-Type', 'text/plain'], ['X-Keep', 'k']] as [string, string][], body: 'payload' };
      for (const status of [301, 302, 303]) {
        const res = await policyFetch(policy, r(status, '/echo'), post);
        const e = echoed(res.body);
        expect(e, String(status)).toMatchObject({ method: 'GET', body: '' });
        expect(e.headers['content-type'], String(status)).toBeUndefined();
        expect(e.headers['x-keep'], String(status)).toBe('k');
      }
      for (const status of [307, 308]) {
        const e = echoed((await policyFetch(policy, r(status, '/echo'), post)).body);
        expect(e, String(status)).toMatchObject({ method: 'POST', body: 'payload', headers: { 'content-type': 'text/plain' } });
      }
      const put = echoed((await policyFetch(policy, r(303, '/echo'), { method: 'PUT', body: 'x' })).body);
      expect(put.method).toBe('GET');
      const put302 = echoed((await policyFetch(policy, r(302, '/echo'), { method: 'PUT', body: 'x' })).body);
      expect(put302).toMatchObject({ method: 'PUT', body: 'x' });
    });

    it('drops Authorization and Cookie when a redirect leaves the origin', async () => {
      const both = NetPolicy.create([`localhost:${P}`, `localhost:${Q}`]);
      const headers = { Authorization: 'Bearer t', Cookie: 'c=1', 'X-Other': 'o' };
      const same = echoed((await policyFetch(both, r(302, '/echo'), { headers })).body);
      expect(same.headers).toMatchObject({ authorization: 'Bearer t', cookie: 'c=1' });
      const cross = echoed((await policyFetch(both, r(302, `http://localhost:${Q}/echo`), { headers })).body);
      expect(cross.headers.authorization).toBeUndefined();
      expect(cross.headers.cookie).toBeUndefined();
      expect(cross.headers['x-other']).toBe('o');
      expect(other.seen.length).toBe(1);
    });

    it('returns a redirect status without Location as it is', async () => {
      const res = await policyFetch(policy, `http://localhost:${P}/no-location`);
      expect(res.status).toBe(302);
      expect(text(res.body)).toBe('nowhere');
    });
  });

  describe('caps', () => {
    it('aborts a response larger than maxResponseBytes while it streams', async () => {
      const before = main.bigStreams.length;
      const err = await failure(() => policyFetch(policy, `http://localhost:${P}/big`, {}, { maxResponseBytes: 1024 * 1024 }), 'ContentTooLarge');
      expect(err.message).toBe(`response from 'localhost:${P}' is larger than the limit of 1048576 bytes`);
      const stream = main.bigStreams[before];
      expect(stream).toBeDefined();
      const closed = await stream!.closed;
      expect(closed.finished).toBe(false);
      expect(closed.written).toBeLessThan(10 * 1024 * 1024);
    });

    it('refuses a declared Content-Length over the cap before reading', async () => {
      const before = main.bigStreams.length;
      await failure(() => policyFetch(policy, `http://localhost:${P}/big-declared`, {}, { maxResponseBytes: 1024 * 1024 }), 'ContentTooLarge');
      const closed = await main.bigStreams[before]!.closed;
      expect(closed.finished).toBe(false);
    });

    it('counts decoded bytes, so a compression bomb stops at the cap', async () => {
      const err = await failure(() => policyFetch(policy, `http://localhost:${P}/gzip-bomb`, {}, { maxResponseBytes: 1024 * 1024 }), 'ContentTooLarge');
      expect(err.message).toMatch(/larger than the limit of 1048576 bytes/);
      const whole = await policyFetch(policy, `http://localhost:${P}/gzip-bomb`, {}, { maxResponseBytes: 10 * 1024 * 1024 });
      expect(whole.body.byteLength).toBe(10 * 1024 * 1024);
    });

    it('accepts a body exactly at the cap', async () => {
      const full = await policyFetch(policy, `http://localhost:${P}/echo`);
      const exact = await policyFetch(policy, `http://localhost:${P}/echo`, {}, { maxResponseBytes: full.body.byteLength });
      expect(exact.body.byteLength).toBe(full.body.byteLength);
      await failure(() => policyFetch(policy, `http://localhost:${P}/echo`, {}, { maxResponseBytes: full.body.byteLength - 1 }), 'ContentTooLarge');
    });

    it('times out when the server never answers, or stops mid-body', async () => {
      for (const path of ['/hang', '/hang-body']) {
        const started = Date.now();
        const err = await failure(() => policyFetch(policy, `http://localhost:${P}${path}`, {}, { timeoutMs: 300 }), 'Timeout');
        expect(err.message).toBe(`request to 'localhost:${P}' timed out after 300 ms`);
        expect(Date.now() - started).toBeLessThan(5000);
      }
    });

    it('is cancelled by the caller signal', async () => {
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 100);
      const err = await failure(() => policyFetch(policy, `http://localhost:${P}/hang`, {}, { signal: controller.signal }), 'ConnectionError');
      expect(err.message).toMatch(/cancelled/);
      await failure(() => policyFetch(policy, `http://localhost:${P}/echo`, {}, { signal: AbortSignal.abort() }), 'ConnectionError');
    });

    it('reports connection failures without the resolved address', async () => {
      const gone = await startServer();
      const port = gone.port;
      await gone.close();
      const err = await failure(() => policyFetch(NetPolicy.create([`localhost:${port}`]), `http://localhost:${port}/`), 'ConnectionError');
      expect(err.message).toBe(`request to 'localhost:${port}' failed: connection refused`);
      const dns = await failure(() => policyFetch(NetPolicy.create(['nonexistent.invalid']), 'http://nonexistent.invalid/'), 'ConnectionError');
      expect(dns.message).toMatch(/^request to 'nonexistent.invalid' failed: (host name not resolved|connection error)$/);
    });
  });
});
