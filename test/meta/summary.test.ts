// Guards the test harness itself: the reporter CI relies on must exist and export a reporter.
import { describe, expect, it } from 'vitest';
import SummaryReporter from '../summary-reporter.js';

describe('summary reporter', () => {
  it('prints "N passed, N failed" for a finished run', () => {
    const out: string[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((s: string) => (out.push(s), true)) as typeof process.stdout.write;
    try {
      const test = (state: string) => ({ result: () => ({ state }) });
      const mod = { children: { allTests: () => [test('passed'), test('passed'), test('failed')] } };
      new SummaryReporter().onTestRunEnd([mod as never]);
    } finally {
      process.stdout.write = write;
    }
    expect(out.join('')).toContain('2 passed, 1 failed');
  });
});
