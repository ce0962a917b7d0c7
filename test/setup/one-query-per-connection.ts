// A transaction holds one connection: two queries sent on it at once (Promise.all over `tx`) are only queued by
// node-postgres 8, which warns, and refused by node-postgres 9. This turns that warning into a failure of the
// test file in which it is first printed (Node prints a deprecation once per process).
import { afterAll } from 'vitest';

const queuedQueries: string[] = [];

process.on('warning', (warning) => {
  if (warning.message.includes('already executing a query'))
    queuedQueries.push(warning.stack ?? warning.message);
});

afterAll(async () => {
  // Warnings are emitted on a later tick than the call that caused them.
  await new Promise((resolve) => setImmediate(resolve));
  if (queuedQueries.length > 0) {
    throw new Error(`a query was sent on a connection already running one:\n${queuedQueries.join('\n')}`);
  }
});
