// A stand-in for worker.mjs in fuzz.test.ts: it misbehaves on request, so the test can check that
// the harness notices a worker that hangs or dies. Source 'hang' spins, 'crash' aborts, 'exit' exits.
process.on('message', (/** @type {any} */ msg) => {
  process.send?.({ id: msg.id, phase: 'run 1' }, () => {
    if (msg.source === 'hang') for (;;);
    if (msg.source === 'crash') process.abort();
    if (msg.source === 'exit') process.exit(3);
    process.send?.({ id: msg.id, done: true, problems: [], outcome: 'ok', ops: 1 });
  });
});
