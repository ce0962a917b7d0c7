// A transaction holds one connection: two queries sent on it at once (Promise.all over `tx`) are only queued by
// node-postgres 8, which warns once per process, and refused by node-postgres 9. This fails the test file in
// which a query is sent on a client that still has one waiting. It watches `Client.prototype.query` itself
// rather than Node's deprecation warning, because test files share worker processes (vitest.config.ts,
// `isolate: false`) and Node prints a deprecation only once per process.
import pg from 'pg';
import { afterAll } from 'vitest';

const PATCHED = Symbol.for('luoshi.test.queuedQueryGuard');
const FOUND = Symbol.for('luoshi.test.queuedQueries');

interface QueueingClient {
  /** node-postgres 8's queue of queries not yet sent, and the query being run. */
  _queryQueue?: unknown[];
  _activeQuery?: unknown;
  pipeline?: boolean;
}

const found: string[] = [];
(globalThis as Record<symbol, unknown>)[FOUND] = found;

const proto = pg.Client.prototype as unknown as Record<symbol, unknown> & {
  query: (...args: unknown[]) => unknown;
};
if (proto[PATCHED] !== true) {
  const probe = new pg.Client() as unknown as QueueingClient;
  if (!Array.isArray(probe._queryQueue) || !('_activeQuery' in probe))
    throw new Error('node-postgres changed its query queue: update test/setup/one-query-per-connection.ts');
  const original = proto.query;
  proto.query = function guardedQuery(this: QueueingClient, ...args: unknown[]) {
    // Stricter than node-postgres 8's own warning (a second query waiting): any query sent while one runs.
    const busy = (this._queryQueue?.length ?? 0) > 0 || (this._activeQuery ?? null) !== null;
    if (busy && this.pipeline !== true) {
      const sink = (globalThis as Record<symbol, unknown>)[FOUND] as string[];
      sink.push(new Error('a query was sent while another waited on the same connection').stack ?? '');
    }
    return original.apply(this, args);
  };
  proto[PATCHED] = true;
}

afterAll(() => {
  if (found.length > 0)
    throw new Error(`a query was sent on a connection already running one:\n${found.join('\n')}`);
});
