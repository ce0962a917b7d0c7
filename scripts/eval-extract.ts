// npm run eval:extract [-- SAMPLES_DIR]: scores the extractor on every *.gold.json of the samples folder
// (default: ../shared/samples beside the repository) and lists what it missed and what it added.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocumentText } from '../src/cli/extract-command.js';
import { extractDocument } from '../src/domain/extract/index.js';
import { scoreExtraction, sumScores, type FileScore, type GoldFile, type Prf } from './eval-extract-score.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const samplesDir = path.resolve(process.argv[2] ?? path.join(repoRoot, '..', 'shared', 'samples'));

function formatPrf(name: string, s: Prf): string {
  const pct = (x: number): string => x.toFixed(3);
  return `${name.padEnd(9)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (matched ${s.matched}, counted predictions ${s.predicted}, gold ${s.gold})`;
}

function describeTarget(t: { value: number | null | 'X'; unit: string }, extra: string): string {
  return `${String(t.value)}${t.unit} ${extra}`;
}

function printFile(name: string, s: FileScore): void {
  console.log(`\n== ${name}`);
  console.log(formatPrf('targets', s.targets));
  console.log(formatPrf('headings', s.headings));
  console.log(`deadline  accuracy ${s.deadline.accuracy.toFixed(3)} (${s.deadline.correct}/${s.deadline.graded})`);
  for (const g of s.unmatchedGoldTargets) console.log(`  missed target    ${describeTarget(g, `key=${g.key}${g.max === undefined ? '' : ` max=${g.max}`}`)}`);
  for (const p of s.unmatchedPredictedTargets) {
    console.log(`  extra target     ${describeTarget(p, `raw=${p.raw} indicator=${p.indicator}`)}`);
  }
  for (const w of s.wrongDeadlines) {
    console.log(`  wrong deadline   ${w.gold.key}: ${w.predicted.deadline ?? 'null'} (${w.predicted.deadlineText ?? ''}) not in ${JSON.stringify(w.gold.years)}`);
  }
  for (const h of s.unmatchedGoldHeadings) console.log(`  missed heading   ${h.key}`);
  for (const sec of s.unmatchedPredictedSections) console.log(`  extra heading    ${sec.number} ${sec.title}`);
}

const entries = (await readdir(samplesDir)).filter((f) => f.endsWith('.gold.json')).sort();
if (entries.length === 0) {
  console.error(`no *.gold.json in ${samplesDir}`);
  process.exit(1);
}
const scores: FileScore[] = [];
for (const entry of entries) {
  const gold = JSON.parse(await readFile(path.join(samplesDir, entry), 'utf8')) as GoldFile;
  const documentFile = path.join(samplesDir, gold.document || entry.replace(/\.gold\.json$/, '.txt'));
  const text = await readDocumentText(documentFile);
  const result = extractDocument(text, { meetingDate: gold.date });
  const score = scoreExtraction(result, gold);
  scores.push(score);
  printFile(entry, score);
}
const total = sumScores(scores);
console.log(`\n== overall (${entries.length} file${entries.length === 1 ? '' : 's'})`);
console.log(formatPrf('targets', total.targets));
console.log(formatPrf('headings', total.headings));
console.log(`deadline  accuracy ${total.deadline.accuracy.toFixed(3)} (${total.deadline.correct}/${total.deadline.graded})`);
