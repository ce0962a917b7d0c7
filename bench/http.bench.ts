/**
 * The HTTP overhead ceiling: an empty Fastify route (same Fastify as the app, no plugins, no database) under
 * autocannon on this machine, next to a bare node:http server as its own ceiling. No application request
 * can be faster than the empty route; the other benchmarks' per-request floors are relative to it.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { report, writeResults, type Figure } from './lib/results';

const seconds = Number(process.env.BENCH_HTTP_SECONDS ?? 8);
const connections = 20;

async function load(url: string) {
  const r = await autocannon({ url, connections, duration: seconds });
  return {
    rate: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
  };
}

const bare = createServer((_req, res) => {
  res.setHeader('content-type', 'application/json');
  res.end('{}');
});
await new Promise<void>((r) => bare.listen(0, '127.0.0.1', () => r()));
const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/`;
const app = Fastify({ logger: false });
app.get('/empty', async () => ({}));
const fastifyUrl = `${await app.listen({ port: 0, host: '127.0.0.1' })}/empty`;

const figures: Figure[] = [];
try {
  await load(fastifyUrl); // warm-up is the first second of a short run; a separate run keeps it out
  const node = await load(bareUrl);
  const fastify = await load(fastifyUrl);
  process.stdout.write(`${connections} connections × ${seconds} s each (autocannon)\n`);
  figures.push(
    report({ name: 'bare node:http (ceiling of the ceiling)', value: node.rate, unit: 'req/s', extra: node }),
  );
  figures.push(
    report({
      name: 'empty Fastify route',
      value: fastify.rate,
      unit: 'req/s',
      ceiling: { name: 'bare node:http', value: node.rate },
      ratio: fastify.rate / node.rate,
      extra: fastify,
    }),
  );
  writeResults('http', 'none', figures, { connections, seconds });
} finally {
  await app.close();
  bare.close();
}
