// Buffered stdout: print() appends here; the buffer is flushed through the host's write callback
// when it passes ~8 KiB and at the end of the run. Bytes are counted (UTF-8) against
// maxOutputBytes; a script that exceeds it gets what fits, then the 'output' limit.

import { runCtx } from './state.js';
import { haltRun } from './core/budget.js';

const FLUSH_AT = 8192;

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A surrogate pair is 4 bytes: 2 for each half.
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;
  }
  return n;
}

/** The longest prefix of s (whole code points) that fits in `room` UTF-8 bytes. */
function utf8Prefix(s: string, room: number): string {
  let used = 0, i = 0;
  while (i < s.length) {
    const cp = s.codePointAt(i)!;
    const w = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (used + w > room) break;
    used += w;
    i += cp > 0xffff ? 2 : 1;
  }
  return s.slice(0, i);
}

export function flushOutput(): void {
  if (runCtx.outBuf.length === 0 || runCtx.write === null) return;
  const text = runCtx.outBuf.join('');
  runCtx.outBuf = [];
  runCtx.outPending = 0;
  runCtx.write(1, text);
}

export function writeOutput(text: string): void {
  if (text.length === 0) return;
  const bytes = utf8Length(text);
  if (runCtx.outBytes + bytes > runCtx.maxOutputBytes) {
    const fit = utf8Prefix(text, runCtx.maxOutputBytes - runCtx.outBytes);
    if (fit.length > 0) runCtx.outBuf.push(fit);
    runCtx.outBytes = runCtx.maxOutputBytes;
    flushOutput();
    haltRun('output');
  }
  runCtx.outBytes += bytes;
  runCtx.outBuf.push(text);
  runCtx.outPending += text.length;
  if (runCtx.outPending >= FLUSH_AT) flushOutput();
}
