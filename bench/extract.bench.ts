// npx tsx bench/extract.bench.ts: extraction time of a ~100,000-character document (goal: < 1 s), next to
// one plain regex pass over the same text as its ceiling.
import { readFileSync } from 'node:fs';
import { extractDocument } from '../src/domain/extract/index.js';
import { report, writeResults } from './lib/results';

const fixtures = ['work-report.txt', 'year-end-speech.txt'].map((name) =>
  readFileSync(new URL(`../src/domain/extract/fixtures/${name}`, import.meta.url), 'utf8'),
);

/** Repeats the fixtures with varied numbers until the document reaches the wanted length. */
function buildDocument(chars: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let round = 0; length < chars; round++) {
    const source = fixtures[round % fixtures.length] ?? '';
    const varied = source.replace(/\d+/g, (n) => String(Number(n) + (round % 7)));
    parts.push(varied);
    length += varied.length;
  }
  return parts.join('\n');
}

const text = buildDocument(100_000);
const runs = 7;
const times: number[] = [];
let tasks = 0;
let targets = 0;
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  const result = extractDocument(text, { meetingDate: '2024-01-05' });
  times.push(performance.now() - start);
  tasks = result.tasks.length;
  targets = result.tasks.reduce((n, t) => n + t.targets.length, 0);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(runs / 2)] ?? 0;
// Ceiling: one plain pass over the same text (split into sentences, pick out the numbers) — no extraction
// can read the document faster than that.
const scans: number[] = [];
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  let numbers = 0;
  for (const sentence of text.split(/[。！？；\n]/))
    numbers += (sentence.match(/\d+(?:\.\d+)?/g) ?? []).length;
  scans.push(performance.now() - start + (numbers < 0 ? 1 : 0));
}
scans.sort((a, b) => a - b);
const scan = scans[Math.floor(runs / 2)] ?? 0;
console.log(`extract: ${text.length} chars, ${tasks} tasks, ${targets} targets, median of ${runs} runs`);
const figure = report({
  name: 'extract a 100,000-character document',
  value: median,
  unit: 'ms',
  ceiling: { name: 'one regex pass over the text', value: scan },
  ratio: median / scan,
  goal: '< 1000 ms',
  met: median < 1000,
  extra: { chars: text.length, tasks, targets },
});
writeResults('extract', 'none', [figure], { runs });
