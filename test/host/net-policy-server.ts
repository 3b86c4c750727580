// A real HTTP server on loopback for the net-policy tests: records every request it receives and
// serves a few routes (echo, redirects, a 10 MB stream, a request that never answers).

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

export interface SeenRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface BigStream {
  /** Resolves when the response stream closes: whether it finished, and how many bytes were written. */
  closed: Promise<{ finished: boolean; written: number }>;
}

export interface TestServer {
  port: number;
  seen: SeenRequest[];
  bigStreams: BigStream[];
  close(): Promise<void>;
}

const BIG = 10 * 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, 0x61);
/** 10 MB of zeros, about 10 KB compressed. */
const GZIP_BOMB = gzipSync(Buffer.alloc(BIG));

export async function startServer(): Promise<TestServer> {
  const seen: SeenRequest[] = [];
  const bigStreams: BigStream[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const url = new URL(req.url ?? '/', 'http://x');
      switch (url.pathname) {
        case '/echo': {
          res.writeHead(200, 'Fine', { 'content-type': 'application/json', 'set-cookie': ['a=1', 'b=2'], 'x-reply': 'yes' });
          res.end(JSON.stringify({ method: req.method, url: req.url, headers: req.headers, body }));
          return;
        }
        case '/redirect': {
          res.writeHead(Number(url.searchParams.get('status') ?? '302'), { location: url.searchParams.get('to') ?? '/echo' });
          res.end('moved');
          return;
        }
        case '/no-location': {
          res.writeHead(302);
          res.end('nowhere');
          return;
        }
        case '/loop': {
          res.writeHead(302, { location: '/loop' });
          res.end();
          return;
        }
        case '/big':
        case '/big-declared': {
          let written = 0;
          let resolve!: (v: { finished: boolean; written: number }) => void;
          bigStreams.push({ closed: new Promise((r) => (resolve = r)) });
          res.on('close', () => resolve({ finished: res.writableFinished, written }));
          res.writeHead(200, url.pathname === '/big-declared' ? { 'content-length': String(BIG) } : {});
          const pump = (): void => {
            while (written < BIG && !res.destroyed) {
              written += CHUNK.length;
              if (!res.write(CHUNK)) {
                res.once('drain', pump);
                return;
              }
            }
            if (written >= BIG) res.end();
          };
          pump();
          return;
        }
        case '/gzip-bomb': {
          res.writeHead(200, { 'content-encoding': 'gzip', 'content-length': String(GZIP_BOMB.length) });
          res.end(GZIP_BOMB);
          return;
        }
        case '/hang':
          return; // never answers
        case '/hang-body':
          res.writeHead(200, { 'content-type': 'text/plain' });
          res.write('partial');
          return; // never ends
        default:
          res.writeHead(404);
          res.end('not found');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    seen,
    bigStreams,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
