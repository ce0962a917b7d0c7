/**
 * `npm run bench`: runs every benchmark in bench/ and prints its figures. So far: document extraction and a
 * district generated and timed through HTTP (bench/district.bench.ts). The scale issue adds the ceilings,
 * ratios and JSON results.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const benches = readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort();
let failed = 0;
for (const file of benches) {
  process.stdout.write(`\n== ${file}\n`);
  const run = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', `bench/${file}`], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exit(failed > 0 ? 1 : 0);
