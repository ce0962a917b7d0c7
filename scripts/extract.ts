// Standalone entry: npx tsx scripts/extract.ts FILE [--date YYYY-MM-DD]
import { runExtract } from '../src/cli/extract-command.js';

const args = process.argv.slice(2);
const dateAt = args.indexOf('--date');
const date = dateAt >= 0 ? args[dateAt + 1] : undefined;
const file = args.find((a, i) => !a.startsWith('--') && (dateAt < 0 || i !== dateAt + 1));
if (file === undefined) {
  console.error('usage: npx tsx scripts/extract.ts FILE [--date YYYY-MM-DD]');
  process.exit(2);
}
const result = await runExtract(file, date === undefined ? {} : { date });
console.log(JSON.stringify(result, null, 2));
